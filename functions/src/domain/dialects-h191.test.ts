/**
 * Italian as the South writes it (Neapolitan, Sicilian) and English as Scots write it, each mapped word for word to
 * the language it is read in (abbreviations.ts): the words that carry a question become the standard ones, and the
 * words of the standard language with another meaning stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './abbreviations.js';
import { scotsToEnglish } from './dialects.js';
import { normalise } from './text.js';

const read = (text: string, language: string) => expandAbbreviations(normalise(text).split(/\s+/), language).join(' ');

describe('Neapolitan and Sicilian read as Italian', () => {
  it.each<[string, string[]]>([
    ['nun saccio se aggia venì digiuno', ['non', 'so', 'devo']],
    ['picchì a clinica è chiusa dumani?', ['perche', 'domani']],
    ['me figghiu travagghia, pozzu veniri cu me maritu?', ['figlio', 'lavora', 'venire', 'marito']],
    ['quanno putite riceverci? u miedeco dice ca è urgente', ['quando', 'potete', 'medico']],
    ['nuddu mi pò accumpagnari', ['nessuno', 'accompagnare']],
  ])('%j', (text, expected) => {
    const italian = read(text, 'it');
    for (const word of expected) expect(italian.split(' ')).toContain(word);
  });

  it.each([
    ['ho le vene varicose', 'vene'],
    ['allenamento del core', 'core'],
    ['i fari della macchina', 'fari'],
    ['sui siti web', 'siti'],
  ])('%j keeps the Italian word %j', (text, word) => {
    expect(read(text, 'it').split(' ')).toContain(word);
  });

  it('applies only to text read as Italian', () => {
    expect(read('nun saccio', 'es')).toBe('nun saccio');
  });
});

describe('Scots read as English', () => {
  it.each<[string, string]>([
    ['can ma wean come in wi me', 'can my child come in with me'],
    ['we cannae make it the morra', 'we cannot make it the tomorrow'],
    ['is it awright tae bring oor ain tinnies', 'is it alright to bring our ain beers'],
    ['ma auld boy is 70', 'my old boy is 70'],
  ])('%j', (text, english) => {
    expect(read(text, 'en')).toBe(english);
  });

  it.each([
    ['phoned me ma', 'me ma'],
    ['can your ma come', 'your ma come'],
    ['i love ma', 'love ma'],
  ])('%j: "ma" as a mother stays', (text, kept) => {
    expect(scotsToEnglish(normalise(text).split(' ')).join(' ')).toContain(kept);
  });

  it('keeps English words Scots writes too', () => {
    expect(read('does the dog have much fur', 'en')).toBe('does the dog have much fur');
    expect(read('ma wean', 'de')).not.toContain('child');
  });
});
