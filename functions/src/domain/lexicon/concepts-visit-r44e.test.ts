/**
 * Round 44 (r44e): coming without an appointment said with the Egyptian and Levantine "ميعاد" ("من غير ميعاد"),
 * a nurse who "can come home", and the Gulf "يجي البيت" are what they mean; a father is company like a mother.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

beforeAll(() => {
  for (const language of TEXT_LANGUAGES) conceptsOf('hola', language);
}, 60_000);

describe('walk-ins, home visits and a father (r44e)', () => {
  it.each<[TextLanguage, string, string]>([
    ['ar', 'لو سمحت ينفع اجي كده من غير ميعاد؟', 'walkIn'],
    ['ar', 'اقدر اجي بدون ميعاد؟', 'walkIn'],
    ['en', 'do you have a male nurse who can come home and put the drip?', 'homeVisit'],
    ['ar', 'ممكن ممرض رجال يجي البيت لزوجي؟', 'homeVisit'],
    ['en', 'my father is 72 and lives with us', 'companion'],
    ['es', 'mi papa tiene 74 anos', 'companion'],
    ['it', 'mio padre ha 72 anni', 'companion'],
    ['de', 'mein Vater ist 75', 'companion'],
    ['fr', 'mon père a 72 ans', 'companion'],
    ['ca', 'el meu pare té 75 anys', 'companion'],
    ['pt', 'o meu pai tem 80 anos', 'companion'],
    ['ar', 'ممرض رجال لزوجي وأبوي', 'companion'],
  ])('%s: %s raises %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    ['ar', 'عندي ميعاد بكره الساعه 5', 'walkIn'],
    ['en', 'when I come home from work I will call', 'homeVisit'],
    ['en', 'can I book for 5pm?', 'walkIn'],
  ])('%s: %s raises no %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
