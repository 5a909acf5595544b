/**
 * The shared retrieval index: across languages, through typos, over every
 * demo business. Every Q&A entry of every demo must be found by its own
 * question, in each language it is written in — an owner who writes a
 * question must be able to trust that customers asking it get its answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT, fixtureBusiness } from '../responders/fixture.test-helper.js';
import { knowledgeIndex, nameAliases, searchKnowledge, searchOptions } from './knowledge-index.js';
import { detectLanguage } from './language.js';
import { isTextLanguage, TEXT_LANGUAGES, type TextLanguage } from './languages.js';
import { allTexts } from './localized.js';

const search = (business: ReturnType<typeof fixtureBusiness>, text: string) => {
  const guess = detectLanguage(text);
  const languages: TextLanguage[] =
    guess.language && guess.confidence >= 0.4 ? [guess.language, 'en'] : [...TEXT_LANGUAGES];
  return knowledgeIndex(business).search(text, {
    languages,
    primary: guess.confidence >= 0.4 ? guess.language : undefined,
  });
};

describe('nameAliases', () => {
  it.each([
    ['Full bikini / Brazilian', ['Full bikini / Brazilian', 'Full bikini', 'Brazilian']],
    ['Large (51–90 lb)', ['Large (51–90 lb)', 'Large']],
    [
      'Curetaje periodontal (por cuadrante)',
      ['Curetaje periodontal (por cuadrante)', 'Curetaje periodontal', 'por cuadrante'],
    ],
    ['HydraFacial', ['HydraFacial']],
  ])('%s', (name, expected) => {
    expect(nameAliases(name)).toEqual(expected);
  });
});

describe('knowledgeIndex across the languages a message is read in', () => {
  const business = businessFrom(
    JSON.parse(readFileSync(new URL('../../demo/happy-paws-grooming.json', import.meta.url), 'utf8')) as unknown,
  );

  it('corrects a typo towards the lexicon of the languages searched only', () => {
    // Spanish "regalarle" is one letter from Italian "regalare": a Spanish message is not corrected into Italian.
    const text = 'quiero regalarle un baño a mi vecina, tienen gift cards?';
    const spanish = knowledgeIndex(business).search(text, { languages: ['es', 'en'], primary: 'es' });
    expect(spanish.analysis.corrected).not.toContain('regalare');
    const italian = knowledgeIndex(business).search('vorrei regalre un bagno', { languages: ['it'], primary: 'it' });
    expect(italian.analysis.corrected).toContain('regalare');
  });

  it('never corrects a name told inside a sentence', () => {
    const index = knowledgeIndex(business);
    const read = (text: string) => index.search(text, { languages: ['en'], primary: 'en' }).analysis.corrected;
    // "Puppi" is a typo for "puppy" said as a word, a name told as one ("we live in Puppi now").
    expect(read('do you do puppi cuts?')).toContain('puppy');
    expect(read('we live in Puppi now')).toContain('puppi');
    expect(read('we came from Deshedingg last year')).toContain('deshedingg');
  });

  it('reads a short alternate in the business language its words point to', () => {
    const dental = businessFrom(
      JSON.parse(readFileSync(new URL('../../demo/mar-blau-dental.json', import.meta.url), 'utf8')) as unknown,
    );
    // "fa mal un implant" is an alternate the owner wrote in Catalan on a Spanish entry.
    const result = searchKnowledge(dental, 'fa mal un implant?', 'ca');
    expect(result.knowledge[0]?.id).toBe('implant-pain');
  });
});

describe('knowledgeIndex on the fixture', () => {
  const business = fixtureBusiness();

  it.each([
    ['where can I leave my car?', 'parking'],
    ['hay parking?', 'parking'], // Spanish: the business has no Spanish at all
    ['is there parkng?', 'parking'], // a typo
    ['does the lazer hurt?', 'laser-pain'],
    ['fa mal el làser?', 'laser-pain'], // Catalan: "mal" is pain
    ['combien de séances ?', 'sessions'],
  ])('%j → %s', (text, id) => {
    expect(search(business, text).knowledge[0]?.id).toBe(id);
  });

  it('finds services by name, variant and category, in any of their languages', () => {
    expect(search(business, 'how much for full legs').services[0]).toMatchObject({
      service: { id: 'laser-hair-removal' },
      variants: [{ id: 'full-legs' }],
    });
    expect(search(business, 'prix des aisselles').services[0]?.variants.map((v) => v.id)).toEqual(['underarms']);
    expect(
      search(business, 'how much for legs')
        .services[0]?.variants.map((v) => v.id)
        .sort(),
    ).toEqual(['full-legs', 'half-legs']);
  });

  it('reads a message in the languages it may be in, for any responder', () => {
    expect(searchKnowledge(business, 'hi ha pàrquing?').knowledge[0]?.id).toBe('parking');
    expect(searchOptions('where can I park?', business)).toEqual({
      languages: ['en', 'fr'],
      primary: 'en',
    });
    // Arabizi skeletons only for text that looks Arabic.
    expect(searchOptions('fi parking 3andkon?', business).languages).toContain('ar');
  });

  // Carried over from the offline responder's former retrieval tests.
  it.each([
    ['how much is full legs?', 'laser-hair-removal', ['full-legs']],
    ['jambes complètes', 'laser-hair-removal', ['full-legs']],
    ['الساقين كاملة', 'laser-hair-removal', ['full-legs']],
    ['kam se3r el underarms', 'laser-hair-removal', ['underarms']],
    ['legs', 'laser-hair-removal', ['full-legs', 'half-legs']],
    ['full legs and underarms', 'laser-hair-removal', ['full-legs', 'underarms']],
    ['laser hair removal', 'laser-hair-removal', []],
    ['laser', 'laser-hair-removal', []],
    ['hydrafacial', 'hydrafacial', []],
  ])('finds the service in %j: %s %j', (text, serviceId, variantIds) => {
    const [match] = search(business, text).services;
    expect(match?.service.id).toBe(serviceId);
    expect(match?.variants.map((v) => v.id).sort()).toEqual([...variantIds].sort());
  });

  it.each(['do you have parking?', 'asdkj qwe', 'is it safe?'])('finds no service in %j', (text) => {
    expect(search(business, text).services).toEqual([]);
  });

  it.each([
    ['do you have parking?', 'qa', 'parking'],
    ['is there somewhere to leave my car', 'qa', 'parking'],
    ['fi parking?', 'qa', 'parking'],
    ['هل يوجد موقف سيارات؟', 'qa', 'parking'],
    ['Avez-vous un parking ?', 'qa', 'parking'],
    ['how should I prepare for my laser session?', 'article', 'before-laser'],
    ['what is your cancellation policy?', 'policy', 'cancellation'],
  ])('finds %j with confidence: %s %s', (text, kind, id) => {
    const [match] = search(business, text).knowledge;
    expect(match).toMatchObject({ kind, id });
    expect(match?.strength).toBeGreaterThanOrEqual(0.75);
  });

  // One shared word is weak evidence: at most the single-unit cap of matchStrength (0.45).
  it.each(['asdkj qwe zzzx', 'laser', 'do you accept credit cards?'])('has no strong match for %j', (text) => {
    expect(search(business, text).knowledge[0]?.strength ?? 0).toBeLessThanOrEqual(0.45);
  });

  it('builds the index once per business object', () => {
    expect(knowledgeIndex(business)).toBe(knowledgeIndex(business));
  });
});

const demoDir = new URL('../../demo/', import.meta.url);
describe.each(readdirSync(demoDir).filter((f) => f.endsWith('.json')))('every Q&A entry of %s', (file) => {
  const business = businessFrom(JSON.parse(readFileSync(new URL(file, demoDir), 'utf8')) as unknown);
  const defaultLanguage = business.profile.languages[0] ?? 'en';
  const questions = business.qa.flatMap((qa) =>
    allTexts(qa.question, defaultLanguage).map(({ language, text }) => ({ id: qa.id, language, text })),
  );

  it.each(questions)('is found by its own question: $id ($language)', ({ id, language, text }) => {
    const languages: TextLanguage[] = isTextLanguage(language) ? [language] : [...TEXT_LANGUAGES];
    const result = knowledgeIndex(business).search(text, { languages, primary: languages[0] });
    const best = result.knowledge[0];
    // Another entry may tie (two entries with the same question); it may not win.
    const mine = result.knowledge.find((k) => k.id === id);
    expect(mine, JSON.stringify(result.knowledge.slice(0, 3).map((k) => [k.id, k.strength]))).toBeDefined();
    expect(mine!.strength).toBeGreaterThanOrEqual((best?.strength ?? 0) - 1e-9);
    expect(mine!.strength).toBeGreaterThan(0.9);
  });
});

describe('the service a message names', () => {
  // A name that holds more of the message's words is the service meant, before one whose description
  // holds them ("Consultation required" in the colour correction's).
  const business = businessFrom({
    ...FIXTURE_INPUT,
    services: [
      {
        id: 'colour-correction',
        name: { en: 'Colour correction', fr: 'Correction de couleur' },
        description: {
          en: 'For a box dye gone wrong or a radical change. Consultation required first.',
          fr: 'Pour une couleur maison ratée ou un changement radical. Consultation obligatoire avant.',
        },
        durationMinutes: 240,
        price: 120,
      },
      {
        id: 'colour-consultation',
        name: { en: 'Colour consultation and patch test', fr: "Consultation couleur et test d'allergie" },
        durationMinutes: 15,
        price: 0,
      },
    ],
  });
  it.each([
    ['faut-il payer pour la consultation avant une couleur ?', 'colour-consultation'],
    ['do i have to pay for the consultation before a colour?', 'colour-consultation'],
    ['how much is a colour correction?', 'colour-correction'],
  ])('%j: %s', (text, serviceId) => {
    expect(search(business, text).services[0]?.service.id).toBe(serviceId);
  });
});

describe('offerings the business does not have', () => {
  // A salon that writes about colour and cuts, and nothing about vegan products.
  const business = businessFrom({
    ...FIXTURE_INPUT,
    qa: [
      {
        id: 'platinum',
        question: { it: 'Quanto dura il platino?' },
        answer: { it: 'Il platino dura circa sei settimane prima del ritocco delle radici.' },
      },
    ],
  });
  const absentWords = (text: string) => {
    const result = knowledgeIndex(business).search(text, { languages: ['it', 'en'], primary: 'it' });
    return result.absent.map((u) => result.analysis.positions[u]!.map((p) => result.analysis.words[p]).join(' '));
  };

  it('are named by a word as written', () => {
    expect(absentWords('usate prodotti vegani?')).toContain('vegani');
  });

  it('are not guessed from a typo correction of another word ("vedano" is no "vegano")', () => {
    expect(absentWords('il platino quanto dura prima che si vedano le radici?')).toEqual([]);
  });
});

describe('searchKnowledge: a concept that is the business’s own subject', () => {
  const qa = (id: string, question: string, answer: string) => ({
    id,
    question: { en: question },
    answer: { en: answer },
  });
  const midwife = businessFrom({
    ...FIXTURE_INPUT,
    qa: [
      qa('scan', 'When is the first scan in pregnancy?', 'Around 12 weeks of pregnancy.'),
      qa('classes', 'Do you run classes for pregnant women?', 'Yes, antenatal classes from 28 weeks of pregnancy.'),
      qa('sport', 'Can I exercise while pregnant?', 'Gentle exercise is good in pregnancy.'),
      qa('referral', 'Do I need a referral?', 'No, you can book directly.'),
    ],
  });

  const pervasiveTerms = (result: ReturnType<typeof searchKnowledge>) =>
    result.pervasive.flatMap((u) => [...result.analysis.units[u]!.keys()]);

  it('marks the pregnancy a midwife writes about everywhere as pervasive', () => {
    expect(pervasiveTerms(searchKnowledge(midwife, 'I am pregnant, do I need a referral?', 'en'))).toContain(
      '#pregnancy',
    );
  });

  it('not at a laser clinic that never names it; its laser is', () => {
    const terms = pervasiveTerms(searchKnowledge(fixtureBusiness(), 'I am pregnant, can I do laser?', 'en'));
    expect(terms).not.toContain('#pregnancy');
    expect(terms).toContain('#laser');
  });
});

describe('services named in full', () => {
  it('a name given in full beats a service whose description shares a word ("…after 5")', () => {
    const business = businessFrom({
      ...FIXTURE_INPUT,
      services: [
        {
          id: 'drainage',
          name: { en: 'Manual lymphatic drainage' },
          description: { en: 'A gentle massage after surgery and for swelling.' },
          durationMinutes: 60,
          price: 50,
        },
        { id: 'sports-massage', name: { en: 'Sports massage' }, durationMinutes: 50, price: 50 },
      ],
    });
    const found = searchKnowledge(business, 'can i get a sports massage tomorrow after 5?');
    expect(found.services[0]?.service.id).toBe('sports-massage');
  });
});
