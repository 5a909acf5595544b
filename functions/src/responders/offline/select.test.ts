import { describe, expect, it } from 'vitest';
import { businessFrom, FIXTURE_INPUT, OPEN_NOW, request } from '../fixture.test-helper.js';
import { byScore, type Candidate, preferSpecific } from './candidates.js';
import type { Part } from './compose.js';
import { clearsBar, DEFAULT_TUNING, respond } from './offline.js';
import { select } from './select.js';
import type { Reading } from './understand.js';

/** A part that renders nothing: these tests look at scores only. */
const PART: Part = { responder: 'x', sources: [], confidence: 0, render: () => ({ text: '', language: 'en' }) };

interface EntryShape {
  id: string;
  score: number;
  /** Query units the entry explains (its match). */
  matched: number[];
  /** Those of them its own question or title holds. */
  keyMatched: number[];
  kind?: 'qa' | 'article' | 'policy';
  keyCoverage?: number;
  keyShare?: number;
  keySize?: number;
  querySize?: number;
}

/** A Q&A entry, article or policy as retrieval scores it. */
const entryCandidate = (e: EntryShape): Candidate => ({
  kind: 'knowledge',
  score: e.score,
  explains: new Set(e.matched),
  part: PART,
  hit: {
    kind: e.kind ?? 'qa',
    id: e.id,
    strength: e.score,
    hit: {
      id: e.id,
      score: 1,
      coverage: e.score,
      keyCoverage: e.keyCoverage ?? 0.5,
      keyShare: e.keyShare ?? e.keyCoverage ?? 0.5,
      matched: e.matched,
      keyMatched: e.keyMatched,
      keySize: e.keySize ?? 4,
      querySize: e.querySize ?? e.matched.length + 1,
    },
  },
});

describe('clearsBar', () => {
  const t = DEFAULT_TUNING; // threshold 0.40; a clear leader from 0.30, 0.08 ahead, the next at most 0.6 of it
  it.each([
    [0.5, 'knowledge', 0.49, true], // above the threshold, whatever the rival
    [0.45, 'service', undefined, true],
    [0.35, 'knowledge', 0.2, true], // under it, but far ahead of every other answer
    [0.35, 'knowledge', undefined, true],
    [0.39, 'knowledge', 0.26, false], // 0.13 ahead, but the next is more than 0.6 of it: two plausible answers
    [0.37, 'knowledge', 0.24, false], // the same, on a smaller scale
    [0.35, 'knowledge', 0.3, false], // a close second
    [0.28, 'knowledge', 0, false], // under the floor: too little of the message explained
    [0.35, 'service', 0, false], // a rule under the threshold explains too little of the message
  ])('best %f (%s), next %s → %s', (best, kind, next, expected) => {
    expect(clearsBar(best, kind, next, t)).toBe(expected);
  });

  it('takes no clear leader that holds none of the message in its own question or title', () => {
    expect(clearsBar(0.35, 'knowledge', 0.1, t, false)).toBe(false);
    expect(clearsBar(0.5, 'knowledge', 0.1, t, false)).toBe(true); // above the threshold, key or not
  });

  it('takes an entry whose own question holds three or more of the message’s words, more than any other, from 0.25', () => {
    expect(clearsBar(0.3, 'knowledge', 0.25, t, true, true)).toBe(true); // a close second, but not its question
    expect(clearsBar(0.3, 'knowledge', 0.25, t, true, false)).toBe(false);
    expect(clearsBar(0.24, 'knowledge', 0, t, true, true)).toBe(false); // too little of the message explained
    expect(clearsBar(0.3, 'service', 0, t, true, true)).toBe(false); // entries only
  });

  it('takes an entry whose own question the message mostly covers from 0.30, when the next is at most 0.85 of it', () => {
    expect(clearsBar(0.34, 'knowledge', 0.28, t, true, false, 0.6)).toBe(true); // 0.06 ahead, 0.82 of it
    expect(clearsBar(0.34, 'knowledge', 0.28, t, true, false, 0.3)).toBe(false); // its key barely touched
    expect(clearsBar(0.34, 'knowledge', 0.31, t, true, false, 0.6)).toBe(false); // a close second
    expect(clearsBar(0.28, 'knowledge', 0.1, t, true, false, 0.9)).toBe(false); // under the floor
    expect(clearsBar(0.34, 'service', 0, t, true, false, 1)).toBe(false); // entries only
  });

  it('with the clear-leader rule off, nothing under the threshold answers', () => {
    const off = { ...DEFAULT_TUNING, clearLead: 1 };
    expect(clearsBar(0.39, 'knowledge', 0, off)).toBe(false);
    expect(clearsBar(0.4, 'knowledge', 0.39, off)).toBe(true);
  });
});

describe('choosing between entries', () => {
  // Two entries that both answer "is there a student discount?", each a good match on its own.
  const business = businessFrom({
    ...FIXTURE_INPUT,
    qa: [
      ...(FIXTURE_INPUT.qa ?? []),
      {
        id: 'student-gold',
        question: { en: 'Is there a student discount with the Gold card?' },
        answer: { en: 'Gold card holders who are students get 10% off every session.' },
      },
      {
        id: 'student-silver',
        question: { en: 'Is there a student discount with the Silver card?' },
        answer: { en: 'Silver card holders who are students get 5% off facials.' },
      },
    ],
  });

  it('answers with two strong entries tied for first, rather than handing off', () => {
    const result = respond(request(business, 'student discount for my nephew?', { now: OPEN_NOW }));
    expect(result.handoff, `${result.note} ${result.text}`).toBeUndefined();
    expect(result.sources).toEqual(expect.arrayContaining(['student-gold', 'student-silver']));
  });

  it('hands off when only one word of a longer message matches', () => {
    const result = respond(request(business, 'do you do teeth whitening for students?', { now: OPEN_NOW }));
    expect(result.handoff?.reason, result.text).toBe('low_confidence');
  });
});

describe('three entries at the same score', () => {
  // A word three entries share is not the customer's question.
  const card = (id: string, colour: string) => ({
    id,
    question: { en: `Is there a student discount with the ${colour} card?` },
    answer: { en: `${colour} card holders who are students get a discount.` },
  });
  const business = businessFrom({
    ...FIXTURE_INPUT,
    qa: [
      ...(FIXTURE_INPUT.qa ?? []),
      card('student-gold', 'Gold'),
      card('student-silver', 'Silver'),
      card('student-bronze', 'Bronze'),
    ],
  });

  it('hands off rather than answer with two of them', () => {
    const result = respond(request(business, 'student discount for my nephew?', { now: OPEN_NOW }));
    expect(result.handoff?.reason, `${result.note} ${result.text}`).toBe('low_confidence');
  });
});

describe('preferSpecific: an entry about a named service', () => {
  const reading = { unitsWith: () => [], asks: true, dates: [] };
  const entry = (score: number, explains: number[]) =>
    entryCandidate({ id: 'pregnancy', score, matched: explains, keyMatched: [0], querySize: 3 });
  // "grávida pode fazer limpeza?": the cleaning's details explain "limpeza" only.
  const service: Candidate = { kind: 'service', mode: 'info', score: 0.525, explains: new Set([1]), part: PART };
  it.each([
    ['explains the name and more', entry(0.39, [0, 1]), 0.535],
    ['explains only other words', entry(0.39, [0]), 0.39],
    ['too weak a match', entry(0.25, [0, 1]), 0.25],
  ])('%s', (_name, candidate, expected) => {
    const [scored] = preferSpecific([candidate, service], reading);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });
});

describe('preferSpecific: an entry that explains what the card of a named service leaves', () => {
  // "should i wear deodorant on the day of my underarm session?": units 0 wear, 1 deodorant, 2 day, 3 underarm
  // (the card's name), 4 session (in the card's description). The entry on before a session explains the rest.
  const reading = { unitsWith: () => [], asks: true, dates: [] };
  const card: Candidate = {
    kind: 'service',
    mode: 'info',
    score: 0.47,
    explains: new Set([3, 4]),
    named: new Set([3]),
    part: PART,
  };
  const entry = (matched: number[], score = 0.38) =>
    entryCandidate({ id: 'before-your-session', kind: 'article', score, matched, keyMatched: [4], querySize: 5 });
  it.each([
    ['explains the rest of the message', entry([1, 2, 4]), 0.48],
    ['explains one word more than the card', entry([1, 4]), 0.38],
    ['leaves a word the card explains besides its name', entry([1, 2]), 0.38],
    ['too weak a match', entry([1, 2, 4], 0.25), 0.25],
  ])('%s', (_name, candidate, expected) => {
    const [scored] = preferSpecific([candidate, card], reading);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });
});

describe('preferSpecific: the fee of a booking rule', () => {
  // "si cancelo la cita el mismo día, me cobráis algo?": unit 0 cancelling, 1 the fee, 2 "the same day", which
  // a service's name holds ("Same-day emergency visit").
  const units: Record<string, number[]> = { cancel: [0], price: [1] };
  const reading = { unitsWith: (...cs: string[]) => cs.flatMap((c) => units[c] ?? []), asks: true, dates: [] };
  const policy = (score: number, explains: number[]) =>
    entryCandidate({
      id: 'cancellations',
      kind: 'policy',
      score,
      matched: explains,
      keyMatched: [0],
      keySize: 2,
      querySize: 3,
    });
  const price: Candidate = { kind: 'service', mode: 'price', score: 0.78, explains: new Set([1, 2]), part: PART };
  it.each([
    ['explains the cancelling and the fee', policy(0.6, [0, 1]), 0.79],
    ['explains the cancelling but not the fee', policy(0.6, [0]), 0.6],
    ['too weak a match', policy(0.25, [0, 1]), 0.25],
  ])('a policy that %s', (_name, candidate, expected) => {
    const [scored] = preferSpecific([candidate, price], reading);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });

  it('leaves a service price that explains the cancelling too', () => {
    const cancellationFee: Candidate = { ...price, explains: new Set([0, 1, 2]) };
    const [scored] = preferSpecific([policy(0.6, [0, 1]), cancellationFee], reading);
    expect(scored?.score).toBeCloseTo(0.6, 5);
  });
});

describe('entries lifted over the same rule', () => {
  // "do i need a patch test for a brow tint?": three entries explain "brow tint" and more, so each beats the
  // brow tint's card; lifted to the same score, they are still told apart by how well each matched.
  const reading = { unitsWith: () => [], asks: true, dates: [] };
  const entry = (id: string, score: number) =>
    entryCandidate({ id, kind: 'policy', score, matched: [0, 1], keyMatched: [0], keyCoverage: 0.3 });
  const card: Candidate = { kind: 'service', mode: 'info', score: 0.525, explains: new Set([1]), part: PART };
  const lifted = preferSpecific([entry('patch-test', 0.42), entry('why-a-test', 0.38), card], reading).sort(byScore);

  it('keeps their own order and strength', () => {
    expect(lifted.map((c) => c.hit?.id ?? c.kind)).toEqual(['patch-test', 'why-a-test', 'service']);
    expect(lifted[0]?.score).toBeCloseTo(lifted[1]?.score ?? 0, 5);
    expect(lifted.map((c) => c.strength)).toEqual([0.42, 0.38, undefined]);
  });

  it('answers with the better match rather than calling it a tie', () => {
    const selecting = {
      content: [0, 1],
      search: { absent: [], askedFor: [], pervasive: [] },
      unitsWith: () => [],
    } as unknown as Reading;
    const selection = select(lifted, selecting, DEFAULT_TUNING);
    expect(selection?.chosen.map((c) => c.hit?.id)).toEqual(['patch-test']);
  });
});

describe('preferSpecific: an entry about a condition of a named service', () => {
  // "just had a filling, how long before I can eat?": unit 0 the filling, 1 "how long", 2 eating (a condition).
  const units: Record<string, number[]> = { eat: [2], duration: [1] };
  const reading = {
    unitsWith: (...concepts: string[]) => concepts.flatMap((c) => units[c] ?? []),
    asks: true,
    dates: [],
  };
  const entry = (score: number, matched: number[], keyMatched: number[]) =>
    entryCandidate({ id: 'eating-after-filling', score, matched, keyMatched, keyCoverage: 0.7, querySize: 3 });
  // The filling's card explains the filling and "how long" (its length).
  const card: Candidate = {
    kind: 'service',
    mode: 'duration',
    score: 0.52,
    explains: new Set([0, 1]),
    named: new Set([0]),
    part: PART,
  };
  it.each([
    ['its own question names the service and the condition', entry(0.28, [0, 2], [0, 2]), 0.53],
    ['the condition only in its body', entry(0.28, [0, 2], [0]), 0.28],
    ['the condition, not the service, in its question, a weak match', entry(0.28, [0, 2], [2]), 0.28],
    // "can pregnant women get a dental check-up?": the entry on pregnancy speaks of the check-up in its answer.
    ['the condition in its question, the service in its answer', entry(0.42, [0, 2], [2]), 0.53],
    ['the condition in its question, another service in its answer', entry(0.42, [2], [2]), 0.42],
    ['too weak a match', entry(0.2, [0, 2], [0, 2]), 0.2],
  ])('%s', (_name, candidate, expected) => {
    const [scored] = preferSpecific([candidate, card], reading);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });
});

describe('preferSpecific: a term of the visit asked of a named service', () => {
  // "how much is the deposit for the full body package?": unit 0 "how much", 1 the deposit, 2 the full body
  // package, which the card's name holds. The deposit is a term of every visit, which an entry answers.
  const units: Record<string, number[]> = { price: [0], deposit: [1] };
  const reading = { unitsWith: (...cs: string[]) => cs.flatMap((c) => units[c] ?? []), asks: true, dates: [] };
  const card: Candidate = {
    kind: 'service',
    mode: 'price',
    score: 0.95,
    explains: new Set([0, 1, 2]),
    named: new Set([2]),
    part: PART,
  };
  const policy = (score: number, matched: number[], keyMatched: number[], keyCoverage = 0.5) =>
    entryCandidate({ id: 'deposit', kind: 'policy', score, matched, keyMatched, keyCoverage, querySize: 3 });
  it.each([
    ['the deposit in its own title, about every service', policy(0.6, [0, 1, 2], [1]), 0.96],
    ['the deposit only in its body', policy(0.6, [0, 1, 2], []), 0.6],
    ['another service: the name unexplained, little of its title asked', policy(0.6, [0, 1], [1]), 0.6],
    ['its own question is the message, price and all', policy(0.6, [0, 1], [1], 0.9), 0.96],
    ['its own question is the message, but the price left to the card', policy(0.6, [1], [1], 0.9), 0.6],
    ['too weak a match', policy(0.25, [0, 1, 2], [1]), 0.25],
  ])('%s', (_name, candidate, expected) => {
    const [scored] = preferSpecific([candidate, card], reading);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });

  it('does not lift the card over a text on the same price when an entry answers the term', () => {
    // The card beat a text about the package's price ("how much is the package?") by being the surer price answer;
    // with the deposit asked, the deposit's entry competes on its own score.
    const packages = entryCandidate({ id: 'packages', score: 1, matched: [0, 1, 2], keyMatched: [0, 2] });
    const scored = preferSpecific([packages, policy(1, [0, 1, 2], [1]), card], reading);
    expect(scored[2]?.score).toBeCloseTo(0.95, 5);
  });

  it('a price asked of the service itself keeps the card', () => {
    // "how much is the full body package?": no term asked, the card is the surer answer than a text about it.
    const priceOnly = { unitsWith: (...cs: string[]) => (cs.includes('price') ? [0] : []), asks: true, dates: [] };
    const packages = entryCandidate({ id: 'packages', score: 1, matched: [0, 2], keyMatched: [0, 2] });
    const scored = preferSpecific([packages, { ...card, explains: new Set([0, 2]) }], priceOnly);
    expect(scored[1]?.score).toBeCloseTo(1.01, 5);
  });

  it('pain asked of a service named: the entry on pain', () => {
    // "a fisioterapia dói?": unit 0 the service (its name), 1 pain, which the card explains only by its description.
    const pain = { unitsWith: (...cs: string[]) => (cs.includes('pain') ? [1] : []), asks: true, dates: [] };
    const info: Candidate = {
      kind: 'service',
      mode: 'info',
      score: 0.62,
      explains: new Set([0, 1]),
      named: new Set([0]),
      part: PART,
    };
    const entry = entryCandidate({ id: 'does-it-hurt', score: 0.48, matched: [0, 1], keyMatched: [1] });
    const [scored] = preferSpecific([entry, info], pain);
    expect(scored?.score).toBeCloseTo(0.63, 5);
  });
});

describe('preferSpecific: an entry whose own question names the service and more', () => {
  // "quanto tempo duram as extensões de cílios?": unit 0 "how long" (duration), 1 lasting, 2 the lash
  // extensions, which the card's name holds. The card explains all three (its length); the entry's own question
  // is how long extensions last.
  const reading = { unitsWith: (...cs: string[]) => (cs.includes('duration') ? [0] : []), asks: true, dates: [] };
  const card = (mode: 'duration' | 'price' | 'info', explains = [0, 1, 2]): Candidate => ({
    kind: 'service',
    mode,
    score: 0.67,
    explains: new Set(explains),
    named: new Set([2]),
    part: PART,
  });
  const entry = (matched: number[], keyMatched: number[], score = 0.47) =>
    entryCandidate({ id: 'extensions-last', score, matched, keyMatched, keyCoverage: 0.9, querySize: 3 });
  it.each([
    ['the service and how long it lasts in its question', entry([1, 2], [1, 2]), card('duration'), 0.68],
    ['only the service in its question', entry([1, 2], [2]), card('duration'), 0.47],
    ['not the service in its question', entry([1, 2], [1]), card('duration'), 0.47],
    // Unit 3, a word of the card's description ("tengo una uña encarnada en el pie… la pedicura?"): "pie".
    ["a word of the card's description left out", entry([1, 2], [1, 2]), card('info', [1, 2, 3]), 0.68],
    ['too weak a match', entry([1, 2], [1, 2], 0.25), card('duration'), 0.25],
    ["a price card: the price asked is the card's", entry([1, 2], [1, 2]), card('price'), 0.47],
  ])('%s', (_name, candidate, rule, expected) => {
    const [scored] = preferSpecific([candidate, rule], reading);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });
});

describe('preferSpecific: a request that names a service', () => {
  // "necessite una cita urgent, se m'ha trencat una dent": units 0 appointment, 1 urgent, 2 broken, 3 tooth; the
  // emergency visit's name holds "cita urgent", which the booking request explains as the service to book.
  const booking: Candidate = { kind: 'booking', score: 0.65, explains: new Set([0, 1, 3]), part: PART };
  const card = (explains: number[]): Candidate => ({
    kind: 'service',
    mode: 'info',
    score: 0.66,
    explains: new Set(explains),
    named: new Set([0, 1]),
    part: PART,
  });
  const reading = (asks: boolean) => ({ unitsWith: () => [], asks, dates: [] });
  it.each([
    ['a request: the booking', card([0, 1, 3]), reading(false), 0.67],
    ['a question about the service: its card', card([0, 1, 3]), reading(true), 0.65],
    ['the card explains more than the request', card([0, 1, 2, 3]), reading(false), 0.65],
  ])('%s', (_name, rule, r, expected) => {
    const [scored] = preferSpecific([booking, rule], r);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });
});

describe('preferSpecific: a question about booking itself', () => {
  // "do I need a prescription to book?": units 0 prescription, 1 book (the booking concept).
  const entry = (score: number, keyMatched: number[], keyCoverage = 0.8) =>
    entryCandidate({
      id: 'prescription',
      score,
      matched: [0, 1],
      keyMatched,
      keyCoverage,
      keyShare: 0.5,
      querySize: 2,
    });
  const booking: Candidate = { kind: 'booking', score: 1, explains: new Set([1]), part: PART };
  const reading = (asks: boolean, dated = false) => ({
    unitsWith: (...concepts: string[]) => (concepts.includes('booking') ? [1] : []),
    asks,
    dates: dated ? [{} as never] : [],
  });
  it.each([
    ['a question the entry asks too: the entry', entry(0.54, [0, 1]), reading(true), 0.53],
    ['a request, not a question: booking', entry(0.54, [0, 1]), reading(false), 1],
    ['a day named: booking', entry(0.54, [0, 1]), reading(true, true), 1],
    ['the booking word only in the answer: booking', entry(0.54, [0]), reading(true), 1],
    ['too weak an entry: booking', entry(0.4, [0, 1]), reading(true), 1],
  ])('%s', (_name, candidate, r, expected) => {
    const scored = preferSpecific([candidate, booking], r);
    expect(scored[1]?.score).toBeCloseTo(expected, 5);
  });
});

describe('preferSpecific: how long, asked of an entry', () => {
  // "how long does the aligner treatment last?": units 0 how long (duration), 1 treatment, 2 aligners, 3 invisible.
  const entry = (keyMatched: number[]) =>
    entryCandidate({
      id: 'aligners-duration',
      score: 0.54,
      matched: [0, 1, 2],
      keyMatched,
      keyCoverage: 0.84,
      keyShare: 0.8,
      querySize: 4,
    });
  const visit: Candidate = { kind: 'service', mode: 'duration', score: 0.7, explains: new Set([0, 2, 3]), part: PART };
  const reading = { unitsWith: (...c: string[]) => (c.includes('duration') ? [0] : []), asks: true, dates: [] };
  it.each([
    ['its own question asks how long: the entry', [0, 1, 2], 0.71],
    ['how long only in its answer: the length of a visit', [1, 2], 0.54],
  ])('%s', (_name, keyMatched, expected) => {
    const [scored] = preferSpecific([entry(keyMatched), visit], reading);
    expect(scored?.score).toBeCloseTo(expected, 5);
  });
});

describe('a question about the services in general', () => {
  // A service whose name holds the generic word ("treatment") must not answer "what treatments do you offer?".
  const business = businessFrom({
    ...FIXTURE_INPUT,
    services: [
      ...(FIXTURE_INPUT.services ?? []),
      { id: 'acne', name: { en: 'Acne treatment', fr: "Traitement de l'acné" }, durationMinutes: 45, price: 300 },
    ],
  });
  it.each([
    ['what treatments do you offer?', 'offline:services'],
    ['quels traitements proposez-vous ?', 'offline:services'],
    ['what does the acne treatment involve?', 'offline:service'],
  ])('%j → %s', (text, responder) => {
    const result = respond(request(business, text, { now: OPEN_NOW }));
    expect(result.responder, `${result.note} ${result.text}`).toBe(responder);
  });
});

describe('a term of the visit asked of a service the customer names', () => {
  // The service is the subject; the deposit, or what to wear, is what is asked, and the business wrote about it.
  const business = businessFrom({
    ...FIXTURE_INPUT,
    policies: [
      ...(FIXTURE_INPUT.policies ?? []),
      {
        id: 'deposit',
        title: { en: 'Deposit', fr: 'Acompte', ar: 'العربون' },
        text: {
          en: 'A deposit of AED 100 secures any laser or facial appointment and is deducted from the price.',
          fr: 'Un acompte de 100 AED réserve tout rendez-vous laser ou soin du visage ; il est déduit du prix.',
          ar: 'عربون 100 درهم يثبت أي موعد ليزر أو عناية بالوجه ويُخصم من السعر.',
        },
      },
    ],
    qa: [
      ...(FIXTURE_INPUT.qa ?? []),
      {
        id: 'what-to-wear',
        question: { en: 'What should I wear to my appointment?', fr: 'Quelle tenue pour mon rendez-vous ?' },
        answer: {
          en: 'Comfortable, loose clothes; we give you a gown.',
          fr: 'Des vêtements amples ; on vous donne une blouse.',
        },
        alternates: [],
      },
    ],
  });
  it.each([
    ['how much is the deposit for full legs laser?', 'offline:policy', 'deposit'],
    ["c'est combien l'acompte pour l'hydrafacial ?", 'offline:policy', 'deposit'],
    ['what should i wear to my hydrafacial appointment?', 'offline:qa', 'what-to-wear'],
    // A price asked of the service itself still gets its card.
    ['how much is full legs laser?', 'offline:service-price', 'laser-hair-removal'],
  ])('%j → %s', (text, responder, source) => {
    const result = respond(request(business, text, { now: OPEN_NOW }));
    expect(result.responder, `${result.note} ${result.text}`).toBe(responder);
    expect(result.sources).toContain(source);
  });
});

describe('select: a decisive condition the best answer leaves out', () => {
  // "bin in der 24. SSW, darf ich noch in den Reformer-Gruppenkurs?": unit 0 the pregnancy, 1 reformer, 2 the
  // group class. The class's card explains 1 and 2; the entries on pregnancy explain the pregnancy and the reformer.
  const reading = (words = ['ssw', 'reformer', 'gruppenkurs']) =>
    ({
      content: [0, 1, 2],
      search: { absent: [], askedFor: [], pervasive: [], analysis: { words, positions: [[0], [1], [2]] } },
      unitsWith: (...concepts: string[]) => (concepts.includes('pregnancy') ? [0] : []),
      asked: () => true,
    }) as unknown as Reading;
  const card: Candidate = { kind: 'service', mode: 'info', score: 0.62, explains: new Set([1, 2]), part: PART };
  const entry = (id: string, score: number, matched: number[]) =>
    entryCandidate({ id, score, matched, keyMatched: [0], keyCoverage: 0.3 });

  it('answers with the entries that speak to it, judged among themselves', () => {
    const all = [card, entry('pregnancy', 0.37, [0, 1]), entry('health', 0.37, [0, 1])];
    const selection = select(all, reading(), DEFAULT_TUNING);
    expect(selection?.chosen.map((c) => c.hit?.id)).toEqual(['pregnancy', 'health']);
  });

  it('one clear entry answers alone', () => {
    const all = [card, entry('pregnancy', 0.37, [0, 1]), entry('prices', 0.2, [1])];
    expect(select(all, reading(), DEFAULT_TUNING)?.chosen.map((c) => c.hit?.id)).toEqual(['pregnancy']);
  });

  it.each([
    ['no entry speaks to it', [card, entry('prices', 0.3, [1, 2])]],
    ['an entry that holds only the condition', [card, entry('pregnancy', 0.37, [0])]],
    ['an entry too weak', [card, entry('pregnancy', 0.25, [0, 1])]],
  ])('hands off when %s', (_name, all) => {
    expect(select(all, reading(), DEFAULT_TUNING)).toBeUndefined();
  });

  it('a condition that is the business’s own subject (a midwife’s pregnancy) tells the case: the card answers', () => {
    const midwife = reading();
    const own = { ...midwife, search: { ...midwife.search, pervasive: [0] } } as unknown as Reading;
    const all = [card, entry('prices', 0.3, [1, 2])];
    expect(select(all, own, DEFAULT_TUNING)?.chosen.map((c) => c.kind)).toEqual(['service']);
  });

  it('a condition that began "since" is no question of its own: the card answers', () => {
    const since = reading(['seit', 'ssw', 'reformer', 'gruppenkurs']);
    const shifted = {
      ...since,
      search: { ...since.search, analysis: { ...since.search.analysis, positions: [[1], [2], [3]] } },
    } as unknown as Reading;
    const all = [card, entry('pregnancy', 0.37, [0, 1])];
    expect(select(all, shifted, DEFAULT_TUNING)?.chosen.map((c) => c.kind)).toEqual(['service']);
  });
});

describe('a service card asked "how many"', () => {
  // The card gives a price, a length and a description, never how many visits it takes: the Q&A entry answers.
  const business = businessFrom(FIXTURE_INPUT);
  it.each([
    'how many full legs sessions do i need?',
    'how many sessions for underarms?',
    'how many laser sessions for full legs',
    'how many hydrafacial sessions do i need',
    'full legs how many sessions',
  ])('%s', (text) => {
    const reply = respond(request(business, text, { now: OPEN_NOW }));
    expect(reply.responder, `${reply.note}`).toBe('offline:qa');
  });
});

describe('select: a second part answers something asked', () => {
  // "el lunes hay clase? mi hija va lunes y miércoles": unit 0 Monday, 1 the class (asked), 2 the daughter and 3
  // Wednesday (told). The day's hours answer; an entry about the days she goes answers nothing asked.
  const told = new Set([2, 3]);
  const reading = {
    content: [0, 1, 2, 3],
    search: {
      absent: [],
      askedFor: [],
      pervasive: [],
      analysis: { words: ['lunes', 'clase', 'hija', 'miercoles'], positions: [[0], [1], [2], [3]] },
    },
    unitsWith: () => [],
    asked: (u: number) => !told.has(u),
  } as unknown as Reading;
  const hours: Candidate = { kind: 'hours-date', score: 0.8, base: 0.95, explains: new Set([0, 1]), part: PART };
  const days = entryCandidate({ id: 'adult-groups', score: 0.6, matched: [2, 3], keyMatched: [3] });

  it('leaves out an entry that explains only what is told', () => {
    expect(select([hours, days], reading, DEFAULT_TUNING)?.chosen.map((c) => c.kind)).toEqual(['hours-date']);
  });

  it('joins one that explains something asked', () => {
    const asking = { ...reading, asked: () => true } as unknown as Reading;
    expect(select([hours, days], asking, DEFAULT_TUNING)?.chosen.map((c) => c.kind)).toEqual([
      'hours-date',
      'knowledge',
    ]);
  });
});
