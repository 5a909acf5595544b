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
    ['it', 'cmq nn posso venire xke lavoro, grz', 'comunque non posso venire perche lavoro grazie'],
    ['it', 'x domani avete qlc posto? tvb', 'per domani avete qualche posto ti voglio bene'],
    [
      'it',
      'voglio parlà cu Gennaro, no cu na machina. è pe na cosa',
      'voglio parla con gennaro no con na machina e per na cosa',
    ],
    ['de', 'vllt morgen bzw uebermorgen, lg', 'vielleicht morgen beziehungsweise ubermorgen liebe grusse'],
    ['de', 'hdl, vg', 'hab dich lieb viele grusse'],
    ['en', 'running l8, nxt avail slot?', 'running late next available slot'],
    ['en', 'my pup is 10 weeks, do u take pups', 'my puppy is 10 weeks do you take puppies'],
    ['es', 'weno, aora no puedo xfavor', 'bueno ahora no puedo por favor'],
    // Andalusian: "mu", "toavía", "pa'l", "quillo".
    ['es', 'quillo, mi niño toavia es mu chico pal curso?', 'tio mi nino todavia es muy chico para el curso'],
    ['pt', 'qnt custa? pfv', 'quanto custa por favor'],
    // Cape Verdean Creole words in Portuguese.
    ['pt', 'obrigadu, bo é 5 estrelas', 'obrigado voce e 5 estrelas'],
    ['pt', 'nha fidju dja sta melhor', 'minha filho ja esta melhor'],
    ['pt', 'kuze ki mi tem ki levar?', 'o que que eu tem que levar'],
    ['fr', 'chui en retard, jpeux venir?', 'je suis en retard je peux venir'],
    ['de', 'i kann ned kommen, nix zu machen', 'ich kann nicht kommen nichts zu machen'], // Bavarian "i" too (dialects.ts)
    // Ordinals written with figures: "la 1ère consultation", "la 2da sesión", "a 1ª consulta", "my 1st visit".
    ['fr', 'combien coute la 1ère consultation et la 2ème', 'combien coute la premiere consultation et la deuxieme'],
    ['es', 'cuanto cuesta la 2da sesion', 'cuanto cuesta la segunda sesion'],
    ['pt', 'a 1ª consulta', 'a primeira consulta'],
    ['en', 'is the 1st visit longer', 'is the first visit longer'],
    // "yo" is an age only after a number; alone it greets.
    ['en', 'my son is 6 yo, can he come', 'my son is 6 years old can he come'],
    ['en', 'yo how much for a fade', 'yo how much for a fade'],
  ])('%s: %j', (language, text, expected) => {
    expect(expandAbbreviations(words(text), language).join(' ')).toBe(expected);
  });

  it('expands only unambiguous shorthand when the language is unknown', () => {
    // "q" is "que" in Spanish, Catalan and Portuguese but nothing in English.
    expect(expandAbbreviations(words('q pls xfa'))).toEqual(['q', 'please', 'por', 'favor']);
  });

  it('reads German umlauts written out as the umlaut itself', () => {
    expect(expandAbbreviations(words('ich möchte Zähne'), 'de')).toEqual(
      expandAbbreviations(words('ich moechte zaehne'), 'de'),
    );
    expect(expandAbbreviations(words('Straße'), 'de')).toEqual(['strasse']);
  });

  it('splits German compounds of front-desk words on their head', () => {
    expect(expandAbbreviations(words('Zahnarzttermin'), 'de')).toEqual(['zahnarzt', 'termin']);
    expect(expandAbbreviations(words('Zahnreinigungstermin'), 'de')).toEqual(['zahn', 'reinigung', 'termin']);
    expect(expandAbbreviations(words('Behandlungskosten'), 'de')).toEqual(['behandlung', 'kosten']);
    // Too short a modifier, or no known head: one word.
    expect(expandAbbreviations(words('Termin Vortermin Mitternacht'), 'de')).toEqual([
      'termin',
      'vortermin',
      'mitternacht',
    ]);
  });

  it('leaves ordinary words alone', () => {
    expect(expandAbbreviations(words('how much is a cleaning'), 'en')).toEqual(['how', 'much', 'is', 'a', 'cleaning']);
  });
});
