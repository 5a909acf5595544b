/**
 * Round 33's readings of a message of several questions: one question answered by the answer found for
 * another, and a short detail question a remark away from the question it details.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT, fixtureBusiness, OPEN_NOW, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';
import { clauseAnswers } from './questions.js';
import { DEFAULT_TUNING } from './select.js';
import { replyStyle } from './style.js';

/** The fixture clinic with a fertility clinic's entry on treating single women, in Spanish and English. */
const clinic = businessFrom({
  ...FIXTURE_INPUT,
  profile: { ...(FIXTURE_INPUT.profile as Record<string, unknown>), languages: ['en', 'es'] },
  qa: [
    ...FIXTURE_INPUT.qa!,
    {
      id: 'single-women',
      question: { es: '¿Atendéis a mujeres solas?', en: 'Do you treat single women?' },
      answer: {
        es: 'Sí. Según tu edad y tu estudio te propondremos inseminación o FIV con semen de donante.',
        en: 'Yes. Depending on your age and tests we offer insemination or IVF with donor sperm.',
      },
    },
  ],
});

/** The questions of a message read clause by clause, as when the whole message found no answer. */
const byClause = (text: string) =>
  clauseAnswers(
    clinic,
    {},
    text,
    OPEN_NOW,
    { business: clinic, language: 'es', now: OPEN_NOW, style: replyStyle(clinic.styleGuide) },
    DEFAULT_TUNING,
  );

describe('a question answered by the answer of another', () => {
  it('counts the options asked after the question answered as answered by it, read clause by clause', () => {
    const answers = byClause('¿Atendéis a mujeres solas?? ¿Qué opciones tengo, inseminación, fiv...?');
    expect(answers?.chosen.map((c) => c.hit?.id)).toContain('single-women');
    expect(answers?.unanswered).toBe(0);
  });

  it('still counts a question of its own that the answer does not explain', () => {
    const answers = byClause('¿Atendéis a mujeres solas?? ¿Vendéis comida ecológica para perros?');
    expect(answers?.unanswered).toBe(1);
  });

  it.each([
    'Hola. Tengo 40 años, sin pareja y la verdad ya me cansé de esperar 😅 ¿Atendéis a mujeres solas?? ¿Qué opciones tengo, inseminación, fiv...? no sé ni por dónde empezar',
    'Hola, tengo 39 y estoy sola desde hace años, ya no espero más. ¿Atendéis a mujeres solas? ¿Qué opciones hay, inseminación, fiv…? ni idea de por dónde empezar',
    "Hi, I'm 41 and single, done waiting for Mr Right lol. Do you treat single women? what are my options, insemination, IVF...? no clue where to start",
  ])('is not handed off: %s', (text) => {
    const reply = respond(request(clinic, text));
    expect(reply.sources).toContain('single-women');
    expect(reply.handoff, reply.note).toBeUndefined();
  });

  it('still hands over a question the answer does not explain', () => {
    const text =
      'Hola, tengo 39 y estoy sola desde hace años. ¿Atendéis a mujeres solas? ¿Y vendéis comida ecológica para perros?';
    const reply = respond(request(clinic, text));
    expect(reply.handoff?.reason).toBe('low_confidence');
  });
});

describe('a detail question a remark away from its question', () => {
  it.each([
    'do you have parking? my car is huge lol. underground or outside?',
    "Avez-vous un parking ? j'ai une camionnette énorme mdr. gratuit ou payant ?",
  ])('details the answered one: %s', (text) => {
    const reply = respond(request(fixtureBusiness(), text));
    expect(reply.sources).toContain('parking');
    expect(reply.handoff, reply.note).toBeUndefined();
  });
});
