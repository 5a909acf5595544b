import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../../domain/languages.js';
import { compilePhrases } from '../../domain/lexicon/phrases.js';
import { expandedWords } from '../../domain/text.js';
import { classify, type Intent } from './intents.js';
import { INTENTS, LEXICON } from './lexicon.js';

const intentsOf = (text: string, languages: readonly TextLanguage[] = TEXT_LANGUAGES) =>
  classify(expandedWords(text), languages).intents;

describe('classify', () => {
  it.each<[string, Intent[]]>([
    ['hi', ['greeting']],
    ['Bonjour', ['greeting']],
    ['¡Hola!', ['greeting']],
    ['bon dia', ['greeting']],
    ['oi, tudo bem?', ['greeting']],
    ['مرحبا', ['greeting']],
    ['السلام عليكم', ['greeting', 'salam']],
    ['mar7aba', ['greeting']],
    ['thanks a lot', ['thanks']],
    ['moltes gràcies', ['thanks']],
    ['muito obrigada', ['thanks']],
    ['شكراً', ['thanks']],
    ['bye, have a nice day', ['goodbye']],
    ['adeu, fins demà', ['goodbye']],
    ['I would like to book an appointment', ['request', 'bookingAct']],
    ['je voudrais prendre rendez-vous', ['request', 'bookingAct']],
    ["j'aimerais prendre rendez-vous", ['request', 'bookingAct']],
    ['quiero pedir cita', ['request', 'bookingAct']],
    ['vull demanar cita', ['request', 'bookingAct']],
    ['queria marcar uma consulta', ['request', 'bookingAct']],
    ['بدي احجز موعد', ['request', 'bookingAct']],
    ['I want to talk to a human', ['human']],
    ['can I speak to the manager', ['human']],
    ['je veux parler à quelqu’un', ['human']],
    ['vull parlar amb una persona', ['human']],
    ['quero falar com alguém', ['human']],
    ['بدي احكي مع موظف', ['human']],
    ['this is unacceptable', ['complaint']],
    ['estoy muy descontenta', ['complaint']],
    ['I want a refund', ['complaint']],
    ['خدمة سيئة', ['complaint']],
    ['the service was terrible', ['severity']],
    ['dor lombar horrível', ['severity']],
    ['encías fatal', ['severity']],
    ['after my last session I got burns', ['harm', 'blame']],
    ["huge blisters on my legs after yesterday's session", ['harm', 'blame']],
    ["j'ai des cloques depuis hier", ['harm', 'blame']],
    ['tenho uma queimadura depois de fazer laser', ['harm', 'blame']],
    ['I want my money back', ['protest']],
    ['exijo una explicación', ['protest']],
    ['ich will mein Geld zurück', ['protest']],
    ['c est inadmissible', ['complaint']],
    ['ninguém pediu desculpa', ['complaint']],
    ['ma a7ad e3tathar', ['complaint']],
    ["j'ai fait ma couleur à la maison", ['elsewhere']],
    ['had a bad experience as a kid', ['complaint', 'elsewhere']],
    ['fiz noutro salão', ['elsewhere']],
    ['my dog came home with a cut', ['blame']],
    ['pásame con Laura', ['human']],
    ['put me through to reception', ['human']],
    ['awesome thank you!!', ['yes', 'thanks']],
    ['obg, bjs', ['thanks', 'goodbye']],
    ['merci bcp', ['thanks']],
    ['are you open now?', ['now']],
    ['yes please', ['yes']],
    ['vale, perfecto', ['yes']],
  ])('%j → %j', (text, expected) => {
    const intents = intentsOf(text);
    for (const intent of expected) expect([...intents]).toContain(intent);
  });

  it.each<[string, Intent]>([
    ['fino a che ora siete aperti?', 'now'],
    ["a che ora aprite l'8 dicembre?", 'now'],
    ['does laser burn?', 'complaint'],
    ['it hurts a bit, is that normal?', 'complaint'],
    ['me duele la muela', 'complaint'],
    ['does anyone speak Spanish?', 'human'],
    ['el dentista habla inglés?', 'human'],
    ['hola buenas', 'goodbye'],
    ['coupe homme c combien?', 'human'],
    ['momken a3mello 7ammam?', 'human'],
    ['هل عندكم موظفات؟', 'human'],
    ['كلبي عنده التهاب', 'blame'],
    ["I'm really scared of needles", 'harm'],
    ['do you refund the deposit?', 'protest'],
  ])('%j is not %s', (text, intent) => {
    expect(intentsOf(text).has(intent)).toBe(false);
  });

  it('looks only for the cues of the languages it is given', () => {
    expect(intentsOf('gracias', ['es']).has('thanks')).toBe(true);
    expect(intentsOf('gracias', ['en']).has('thanks')).toBe(false);
  });

  it('says where each cue is', () => {
    const { matches } = classify(expandedWords('hi, I want to book'), ['en']);
    expect(matches.find((m) => m.key === 'greeting')).toMatchObject({ start: 0, end: 1 });
    expect(matches.find((m) => m.key === 'bookingAct')).toMatchObject({ start: 4 });
  });
});

describe('lexicon', () => {
  it('has cues for every intent, and every cue compiles to words', () => {
    const cues = compilePhrases(LEXICON);
    for (const intent of INTENTS)
      expect(
        cues.some((c) => c.key === intent),
        intent,
      ).toBe(true);
    for (const cue of cues) expect(cue.tokens.length).toBeGreaterThan(0);
  });
});

describe('Catalan "hi" before a verb', () => {
  it.each([
    ['hi ha parking a prop?', false],
    ['hi puc anar amb el gos?', false],
    ['hi, is there parking?', true],
    ['hi there', true],
  ])('%j greets: %s', (text, greets) => {
    expect(classify(expandedWords(text), ['en', 'ca']).intents.has('greeting')).toBe(greets);
  });
});

describe('classify: a weak cue inside a longer one', () => {
  it('counts "come" in "come in for" once, not as two weak booking cues', () => {
    const { distinct } = classify(expandedWords('is it safe to come in for chiropody while pregnant?'), ['en']);
    expect(distinct.bookingAct).toBe(0.5);
  });

  it('still adds up weak cues apart from each other, and strong ones as before', () => {
    expect(
      classify(expandedWords('can i book in for saturday?'), ['en']).scores.bookingAct ?? 0,
    ).toBeGreaterThanOrEqual(1);
  });
});
