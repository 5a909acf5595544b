import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { expectedLanguage, isCrossLingual, judge, meetsGoal, summarise } from './eval-score.mjs';

type Message = { id: string; text: string; kind: string; lang: string; expect: string[]; include?: string[] };
const message = (m: Partial<Message>): Message => ({ id: 'x', text: 'x', kind: 'qa', lang: 'en', expect: [], ...m });
const LANGUAGES = ['ca', 'es', 'en', 'pt'];
const business = {
  profile: { languages: LANGUAGES },
  qa: [
    { id: 'parking', question: { ca: 'On puc aparcar?' } },
    { id: 'bizum', question: { ca: 'Bizum?', es: '¿Bizum?' } },
  ],
  knowledge: [],
  policies: [],
  services: [{ id: 'cleaning', name: { ca: 'Neteja', es: 'Limpieza', en: 'Cleaning', pt: 'Limpeza' } }],
};

describe('expectedLanguage', () => {
  it.each([
    ['es', 'es'],
    ['fr', 'en'], // not listed: English
    ['ar-Latn', 'en'],
  ])('%s → %s', (lang, expected) => {
    expect(expectedLanguage(lang, LANGUAGES)).toBe(expected);
  });

  it('falls back to the default language without English', () => {
    expect(expectedLanguage('fr', ['ca', 'es'])).toBe('ca');
  });
});

describe('isCrossLingual', () => {
  it.each([
    [message({ lang: 'en', expect: ['qa:parking'] }), true], // written in Valencian only
    [message({ lang: 'ca', expect: ['qa:parking'] }), false],
    [message({ lang: 'es', expect: ['qa:bizum'] }), false],
    [message({ lang: 'en', expect: ['service:cleaning'] }), false],
    [message({ lang: 'fr', expect: ['service:cleaning'] }), true], // a language the business does not list
    [message({ lang: 'en', kind: 'booking', expect: ['booking'] }), false],
  ])('%j → %s', (m, expected) => {
    expect(isCrossLingual(m, business)).toBe(expected);
  });
});

describe('judge', () => {
  const reply = (r: object) => ({ text: 'text', language: 'en', sources: [], responder: 'offline:qa', ...r });

  it('wants an expected entry, in the right language, without a handoff', () => {
    const m = message({ expect: ['qa:parking', 'article:getting-here'] });
    expect(judge(m, reply({ sources: ['getting-here'] }), LANGUAGES).correct).toBe(true);
    expect(judge(m, reply({ sources: ['bizum'] }), LANGUAGES).correct).toBe(false);
    expect(judge(m, reply({ sources: ['parking'], language: 'ca' }), LANGUAGES).correct).toBe(false);
    expect(judge(m, reply({ sources: ['parking'], handoff: { reason: 'low_confidence' } }), LANGUAGES).correct).toBe(
      false,
    );
  });

  it('checks facts by kind and text', () => {
    const m = message({ kind: 'fact', expect: ['hours'], include: ['10:00'] });
    expect(
      judge(m, reply({ responder: 'offline:hours-date', text: 'On Saturday we are open 10:00–14:00' }), LANGUAGES)
        .correct,
    ).toBe(true);
    expect(judge(m, reply({ responder: 'offline:hours', text: 'closed' }), LANGUAGES).correct).toBe(false);
  });

  it('wants a handoff, and an emergency flagged as one', () => {
    const emergency = message({ kind: 'handoff', expect: ['emergency'] });
    expect(judge(emergency, reply({ handoff: { reason: 'unsupported' } }), LANGUAGES).correct).toBe(false);
    expect(
      judge(emergency, reply({ handoff: { reason: 'unsupported' }, safety: { emergency: 'bleeding' } }), LANGUAGES)
        .correct,
    ).toBe(true);
    expect(judge(message({ kind: 'handoff', expect: ['complaint'] }), reply({}), LANGUAGES).correct).toBe(false);
  });

  it('wants the booking intent for booking messages, and the right small talk', () => {
    expect(
      judge(
        message({ kind: 'booking', expect: ['booking'] }),
        reply({ intent: 'booking', handoff: { reason: 'unsupported' } }),
        LANGUAGES,
      ).correct,
    ).toBe(true);
    expect(
      judge(message({ kind: 'greeting', expect: ['thanks'] }), reply({ responder: 'offline:thanks' }), LANGUAGES)
        .correct,
    ).toBe(true);
    expect(
      judge(message({ kind: 'greeting', expect: ['thanks'] }), reply({ responder: 'offline:greeting' }), LANGUAGES)
        .correct,
    ).toBe(false);
  });
});

describe('summarise', () => {
  const row = (kind: string, correct: boolean, handedOff: boolean, lang = 'en') => ({
    message: message({ kind, lang }),
    correct,
    handedOff,
    invented: [],
    crossLingual: lang === 'fr',
  });

  it('computes the figures of the goal', () => {
    const summary = summarise([
      row('qa', true, false),
      row('qa', false, true),
      row('fact', true, false, 'fr'),
      row('handoff', true, true),
      row('handoff', false, false),
      row('greeting', true, false),
    ]);
    expect(summary.byKind.qa).toEqual({ n: 2, correct: 1, accuracy: 0.5 });
    expect(summary.macro).toBeCloseTo((0.5 + 1 + 0.5 + 1) / 4);
    expect(summary.handoffOnAnswerable).toBeCloseTo(1 / 4);
    expect(summary.missedHandoff).toBeCloseTo(1 / 2);
    expect(summary.crossLingualShare).toBeCloseTo(1 / 6);
    expect(meetsGoal(summary)).toBe(false);
  });
});
