import { describe, expect, it } from 'vitest';
import { Pet, findPet } from './clients.js';

describe('pets', () => {
  const pets = [
    { id: 'p1', name: 'Luna' },
    { id: 'p2', name: 'Chloé' },
    { id: 'p3', name: 'Max' },
    { id: 'p4', name: 'max' },
  ];
  it.each([
    ['luna', 'p1'],
    [' LUNA ', 'p1'],
    ['Chloe', 'p2'],
    ['Max', undefined], // two pets answer to it: ask rather than guess
    ['Rex', undefined],
  ])('findPet(%s) = %s', (name, id) => {
    expect(findPet(pets, name)).toBe(id);
  });

  it('a pet record: species from the list, photos by media-store path, notes bounded', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const pet = Pet.parse({
      id: 'p1',
      contactId: 'c1',
      name: 'Luna',
      species: 'dog',
      breed: 'Goldendoodle',
      size: 'medium',
      coatNotes: 'curly, mats behind the ears',
      temperamentNotes: 'nervous with dryers',
      photos: [{ path: 'businesses/b/media/abc.jpg', mimeType: 'image/jpeg', addedAt: now }],
      createdAt: now,
      updatedAt: now,
    });
    expect(pet.photos).toHaveLength(1);
    expect(Pet.safeParse({ ...pet, species: 'dragon' }).success).toBe(false);
    expect(Pet.safeParse({ ...pet, coatNotes: 'x'.repeat(1001) }).success).toBe(false);
  });
});
