/**
 * A game centre's own questions found from another language through the
 * leisure concepts (lexicon/concepts-leisure.ts): hen and stag parties, the
 * horror room and its actors, the hardest room and the first one, a price
 * per person or per group, a group kept together, team building. And the
 * near misses: the entry beside it keeps its own questions.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT } from '../responders/fixture.test-helper.js';
import { searchKnowledge } from './knowledge-index.js';

const business = businessFrom({
  ...FIXTURE_INPUT,
  id: 'game-centre-test',
  profile: {
    ...(FIXTURE_INPUT.profile as Record<string, unknown>),
    name: 'Puzzle House Test',
    languages: ['es', 'en', 'pt', 'fr'],
  },
  policies: [],
  knowledge: [],
  services: [
    { id: 'birthday', name: { en: 'Birthday party', es: 'Fiesta de cumpleaños' }, durationMinutes: 120, price: 150 },
    {
      id: 'corporate',
      name: { en: 'Corporate team building', es: 'Team building para empresas' },
      durationMinutes: 180,
      price: 400,
    },
    {
      id: 'crypt',
      name: { en: 'The Crypt (horror game)', es: 'La Cripta (juego de terror)' },
      durationMinutes: 70,
      price: 120,
    },
  ],
  qa: [
    {
      id: 'stag',
      question: { en: 'Can you host a bachelor or bachelorette party?' },
      answer: { en: 'Yes, costumes welcome.' },
    },
    {
      id: 'scary',
      question: { es: '¿La sala de terror asusta mucho?' },
      answer: { es: 'Bastante, pero se puede parar.' },
    },
    { id: 'touch', question: { pt: 'Os atores tocam nos jogadores?' }, answer: { pt: 'Só um toque no ombro.' } },
    { id: 'hardest', question: { en: 'Which room is the most difficult?' }, answer: { en: 'The Vault.' } },
    {
      id: 'first',
      question: { en: "We've never played, which room should we start with?" },
      answer: { en: 'The Library.' },
    },
    { id: 'price-basis', question: { en: 'Do you charge per person or per group?' }, answer: { en: 'Per group.' } },
    { id: 'together', question: { fr: 'Peut-on jouer tous ensemble ?' }, answer: { fr: 'Jusqu’à 6 par salle.' } },
    { id: 'drinks', question: { es: '¿Podemos tomar algo antes de jugar?' }, answer: { es: 'Nada de alcohol antes.' } },
  ],
});

const top = (text: string) => searchKnowledge(business, text).knowledge[0]?.id;

describe('a game centre read through the leisure concepts', () => {
  it.each([
    ['wir kommen als Junggesellenabschied, geht das bei euch?', 'stag'],
    ['é uma despedida de solteira, aceitam?', 'stag'],
    ['how frightening is your horror room?', 'scary'],
    ['ist euer Horrorraum sehr gruselig?', 'scary'],
    ['gli attori ti toccano?', 'touch'],
    ['do the actors touch you in there?', 'touch'],
    ['qual é a sala mais complicada?', 'hardest'],
    ['welcher Raum ist der schwierigste?', 'hardest'],
    ['nunca fizemos nenhuma, qual recomendam?', 'first'],
    ['zahlt man pro Kopf oder für die ganze Gruppe?', 'price-basis'],
    ['é por cabeça?', 'price-basis'],
    ['können wir alle zusammen spielen oder müssen wir uns aufteilen?', 'together'],
  ])('"%s" finds %s', (text, id) => {
    expect(top(text)).toBe(id);
  });

  it('names the team building service, not the birthday party, for a company outing', () => {
    const services = searchKnowledge(business, 'was kostet Teambuilding für unseren Betriebsausflug?').services;
    expect(services[0]?.service.id).toBe('corporate');
    expect(services.find((s) => s.service.id === 'birthday')?.nameCoverage ?? 0).toBeLessThan(0.5);
  });

  it('keeps the near misses on their own entries', () => {
    // A hardest-room question is not the first-time one, and a first-time one not the hardest.
    expect(top('which one is the hardest?')).toBe('hardest');
    expect(top("what's the easiest one for beginners?")).toBe('first');
    // A birthday party is the birthday service the customer names, and no hen party.
    const birthday = searchKnowledge(business, "can we celebrate my son's birthday party with you?");
    expect(birthday.services[0]?.service.id).toBe('birthday');
    expect(birthday.analysis.concepts.map((c) => c.key)).not.toContain('stagParty');
  });
});
