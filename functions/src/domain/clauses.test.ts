import { describe, expect, it } from 'vitest';
import { clauseOfWords, endsAsking, splitClauses } from './clauses.js';
import { expandedWords } from './text.js';

describe('splitClauses', () => {
  it.each([
    ['how much is a cleaning? and do you have parking? open sunday?', 3],
    ['¿cuánto cuesta? ¿tenéis parking?', 2],
    ['هل عندكم موقف؟ كم السعر؟', 2],
    ['what languages do you speak at the clinic? my spanish is terrible', 2],
    ['one line\nanother line', 2],
    // An emoji ends what was told: the question after it is a clause of its own.
    ['me he torcido el tobillo jugando al padel 🙄 se puede congelar el bono? me caduca en febrero', 3],
    ['hola 👋🏻 tenéis cita mañana?', 2],
    ['gracias 😊', 1],
    // A point between digits is a decimal or a time, not a full stop.
    ['is it open at 10.30', 1],
    ['was kostet ne Inspektion für nen Golf 7 Variant 2.0 TDI, hat jetzt 142tkm drauf?', 1],
    ['just one question', 1],
    ['???', 0],
  ])('%s → %d clauses', (text, n) => {
    expect(splitClauses(text)).toHaveLength(n);
  });
});

describe('clauseOfWords', () => {
  it('gives each word its clause, in the positions every reader shares', () => {
    const text = "how much? I'm new here. vcs atendem?";
    const clauses = clauseOfWords(text, 'en');
    expect(clauses).toHaveLength(expandedWords(text, 'en').length);
    expect(clauses).toEqual([0, 0, 1, 1, 1, 1, 2, 2]);
  });
});

describe('endsAsking', () => {
  it.each([
    ['tenéis algo tipo vale regalo?? 🎁', true],
    ['is it open on sunday? 🙏🏽', true],
    ['هل عندكم موقف؟ 😊', true],
    ['(do you take cards?)', true],
    ['vous êtes ouverts ?', true],
    ['thanks 😊', false],
    ['is it open? no, I know it is', false],
  ])('%s → %s', (clause, asks) => {
    expect(endsAsking(clause)).toBe(asks);
  });
});
