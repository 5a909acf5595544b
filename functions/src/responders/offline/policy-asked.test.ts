/**
 * A customer who asks for a rule by its name ("what's your cancellation
 * policy?") gets the policy, not a Q&A entry or an article that shares its
 * words; "policy" itself is a frame word that matches no insurance policy.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const base = FIXTURE_INPUT as { qa: unknown[]; knowledge: unknown[] } & Record<string, unknown>;
const business = businessFrom({
  ...base,
  // Its title names the rule without the word "policy", as owners write it.
  policies: [
    {
      id: 'cancellation',
      title: { en: 'Cancellation & rescheduling', fr: 'Annulation et report' },
      text: {
        en: 'Cancel or move free of charge up to 24 hours before; later, the deposit is lost.',
        fr: "Annulation ou report gratuits jusqu'à 24 heures avant ; après, l'acompte est perdu.",
      },
    },
  ],
  qa: [
    ...base.qa,
    {
      id: 'cancel',
      question: { en: 'How do I cancel my appointment?', fr: 'Comment annuler mon rendez-vous ?' },
      answer: { en: 'Reply here and we will cancel it for you.', fr: "Répondez ici et nous l'annulerons." },
    },
  ],
  knowledge: [
    ...base.knowledge,
    {
      id: 'insurance',
      title: { en: 'Insurance' },
      body: { en: 'Your policy may refund part of a medical laser session: ask your insurer what your policy covers.' },
    },
  ],
});

describe('a policy asked for by name', () => {
  it.each([
    "what's your cancellation policy?",
    'what is the cancellation policy',
    "c'est quoi votre politique d'annulation ?",
  ])('%j is answered with the policy', (text) => {
    const result = respond(request(business, text));
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.sources, result.note).toEqual(['cancellation']);
  });
});
