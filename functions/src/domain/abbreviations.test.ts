import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './abbreviations.js';
import { words } from './text.js';

describe('expandAbbreviations', () => {
  it.each([
    ['es', 'q precio tiene xq lo quiero xfa', 'que precio tiene porque lo quiero por favor'],
    ['es', 'tb quiero saber dnd estais', 'tambien quiero saber donde estais'],
    ['en', 'r u open tmrw pls', 'are you open tomorrow please'],
    ['en', 'thx, can I book an appt', 'thanks can i book an appointment'],
    ['pt', 'vc tem horario hj? qto custa', 'voce tem horario hoje quanto custa'],
    ['pt', 'obg, vou pra clinica', 'obrigado vou para clinica'],
    ['fr', 'bjr, cb pr un rdv stp', 'bonjour combien pour un rendez vous sil te plait'],
    ['ca', 'q val? dsp et dic xq', 'que val despres et dic perque'],
  ])('%s: %j', (language, text, expected) => {
    expect(expandAbbreviations(words(text), language).join(' ')).toBe(expected);
  });

  it('expands only unambiguous shorthand when the language is unknown', () => {
    // "q" is "que" in Spanish, Catalan and Portuguese but nothing in English.
    expect(expandAbbreviations(words('q pls xfa'))).toEqual(['q', 'please', 'por', 'favor']);
  });

  it('leaves ordinary words alone', () => {
    expect(expandAbbreviations(words('how much is a cleaning'), 'en')).toEqual(['how', 'much', 'is', 'a', 'cleaning']);
  });
});
