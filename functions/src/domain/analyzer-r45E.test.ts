/**
 * Round 45 (helper 230): feet after a number are a height, no foot; Arabic ظهر after a figure is noon, no back;
 * back problems said as a whole meet a slipped disc (sciatica); "the whole visit", "insgesamt" are one concept, and German "mit allem Drum und
 * Dran" is no drum; English "fly" is flying as a verb only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TextLanguage } from './languages.js';
import { conceptsOf } from './lexicon/concepts.test-helper.js';

beforeAll(() => void conceptsOf('warm up', 'en'), 60_000);

describe('a height in feet (r45E)', () => {
  it.each([
    'I am 6 feet 1 inch and 112 kg, am I allowed to fly?',
    'my son is 5 foot 2, can he fly?',
    'he is six feet tall and 95 kilos',
    'my husband is five foot eight',
  ])('%j is a height, no foot', (text) => {
    const found = conceptsOf(text, 'en');
    expect(found).toContain('bodyHeight');
    expect(found).not.toContain('ankle');
  });

  it.each([
    'my feet hurt after standing all day',
    'I have a problem with my foot',
    'both feet are swollen since the flight',
    'my two feet are swollen and red',
    'I have pain in my two feet since Monday',
  ])('%j is still the feet', (text) => {
    const found = conceptsOf(text, 'en');
    expect(found).toContain('ankle');
    expect(found).not.toContain('bodyHeight');
  });
});

describe('Arabic noon after a figure is no back (r45E)', () => {
  it.each(['نفتح من 2 ظهراً حتى 12 منتصف الليل', 'الدوام من 10 صباحا الى 1 ظهرا'])('%j', (text) => {
    expect(conceptsOf(text, 'ar')).not.toContain('back');
  });

  it.each(['عندي ألم في الظهر', 'ظهري يوجعني من يومين'])('%j is still a back', (text) => {
    expect(conceptsOf(text, 'ar')).toContain('back');
  });
});

describe('back problems, said as a whole, meet a slipped disc (r45E)', () => {
  it.each<[TextLanguage, string]>([
    ['en', 'I have back problems, can I fly?'],
    ['es', 'tengo problemas de espalda, puedo hacerlo?'],
    ['fr', 'il a des problèmes de dos'],
    ['it', 'ho problemi alla schiena'],
    ['de', 'ich habe Rückenprobleme'],
    ['ca', "tinc problemes d'esquena"],
    ['pt', 'tenho problemas de coluna'],
    ['ar', 'عندي مشاكل في الظهر'],
  ])('%s %j', (language, text) => {
    expect(conceptsOf(text, language)).toContain('sciatica');
  });

  it.each<[TextLanguage, string]>([
    ['en', 'my lower back hurts after driving all day'],
    ['fr', 'j’ai mal au dos depuis hier'],
    ['es', 'me duele la espalda'],
  ])('%s %j, a back that hurts, is no sciatica', (language, text) => {
    const found = conceptsOf(text, language);
    expect(found).toContain('back');
    expect(found).not.toContain('sciatica');
  });
});

describe('the whole visit, in total (r45E)', () => {
  it('"mit allem Drum und Dran" is the whole, no drums', () => {
    const found = conceptsOf('wie lange dauert der ganze Besuch mit allem drum und dran?', 'de');
    expect(found).toContain('inTotal');
    expect(found).not.toContain('drums');
  });

  it.each<[TextLanguage, string]>([
    ['en', 'my whole body aches'],
    ['fr', 'en tout cas merci beaucoup'],
    ['en', 'do I need to bring overalls?'],
  ])('%s %j is no total', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('inTotal');
  });
});

describe('flying as a verb (r45E)', () => {
  it.each<[TextLanguage, string]>([
    ['en', 'I have back problems, can I fly?'],
    ['en', 'you must not fly after alcohol'],
    ['fr', 'il peut voler quand même ?'],
  ])('%s %j is flying', (language, text) => {
    expect(conceptsOf(text, language)).toContain('flight');
  });

  it.each<[TextLanguage, string]>([
    ['en', 'there is a fly in the waiting room'],
    ['fr', 'on m a volé mon vélo devant chez vous'],
  ])('%s %j is no flight', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('flight');
  });
});
