import { describe, expect, it } from 'vitest';
import {
  type ContactMemory,
  ContactMemoryPatch,
  MAX_NOTES,
  applyMemoryPatch,
  emptyMemory,
  readMemory,
} from './contact-memory.js';

const base: ContactMemory = {
  name: 'Sara',
  language: 'ar',
  pets: [{ name: 'Milo', species: 'dog', breed: 'poodle' }],
  preferences: ['prefers mornings'],
  notes: [],
};

describe('applyMemoryPatch', () => {
  it.each<[string, ContactMemoryPatch, Partial<ContactMemory>]>([
    ['sets the name', { name: 'Sara K.' }, { name: 'Sara K.' }],
    ['sets the gender', { gender: 'feminine' }, { gender: 'feminine' }],
    ['switches the language', { language: 'fr' }, { language: 'fr' }],
    [
      'adds a new pet',
      { pet: { name: 'Luna', species: 'cat' } },
      {
        pets: [
          { name: 'Milo', species: 'dog', breed: 'poodle' },
          { name: 'Luna', species: 'cat' },
        ],
      },
    ],
    [
      'updates a known pet by name, case-insensitively, keeping what it knew',
      { pet: { name: 'milo', size: 'small', notes: 'nervous with dryers' } },
      { pets: [{ name: 'milo', species: 'dog', breed: 'poodle', size: 'small', notes: 'nervous with dryers' }] },
    ],
    ['adds a preference once', { preference: 'Prefers mornings' }, { preferences: ['prefers mornings'] }],
    ['adds a note', { note: 'allergic to lidocaine' }, { notes: ['allergic to lidocaine'] }],
  ])('%s', (_, patch, expected) => {
    const before = structuredClone(base);
    expect(applyMemoryPatch(base, ContactMemoryPatch.parse(patch))).toEqual({ ...base, ...expected });
    expect(base).toEqual(before);
  });

  it('keeps only the newest notes when over the cap', () => {
    let memory = emptyMemory();
    for (let i = 0; i < MAX_NOTES + 5; i++) memory = applyMemoryPatch(memory, { note: `note ${i}` });
    expect(memory.notes).toHaveLength(MAX_NOTES);
    expect(memory.notes[0]).toBe('note 5');
  });
});

describe('ContactMemoryPatch', () => {
  it.each([
    [{}, 'an empty patch'],
    [{ language: 'english' }, 'a language that is not a code'],
    [{ gender: 'other' }, 'an unknown gender'],
    [{ pet: { species: 'dog' } }, 'a pet without a name'],
    [{ note: 'x'.repeat(301) }, 'a note too long'],
    [{ name: '   ' }, 'a blank name'],
    [{ discount: 100 }, 'an unknown field'],
  ])('refuses %j (%s)', (patch, _why) => {
    expect(ContactMemoryPatch.safeParse(patch).success).toBe(false);
  });
});

describe('readMemory', () => {
  it.each<[unknown, ContactMemory]>([
    [undefined, emptyMemory()],
    [
      { name: 'Sara', language: 'en' },
      { ...emptyMemory(), name: 'Sara', language: 'en' },
    ],
    [
      { name: 'Sara', language: 'english', pets: [{ name: 'Milo' }, { species: 'cat' }], notes: 'x', extra: 1 },
      { ...emptyMemory(), name: 'Sara', pets: [{ name: 'Milo' }] },
    ],
  ])('reads %j', (stored, expected) => {
    expect(readMemory(stored)).toEqual(expected);
  });
});
