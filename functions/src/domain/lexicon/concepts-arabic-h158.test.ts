/**
 * Gulf, Levantine and Kuwaiti words, in both scripts, beside older concepts: a group that comes all together,
 * rain and a strong wind, a basement car park, a car collected, children ("يهال", "عيال") and belongings
 * ("اغراض"); a leased car in English; and the near misses whose loose Arabizi skeletons once raised a concept
 * ("fil", in the, is no "flil", at night; "ghaym", cloudy, is no gym).
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('Gulf and Levantine words beside older concepts (h158)', () => {
  it.each<[TextLanguage, string, string]>([
    ['ar', 'احنا 5 ربع ونبي نجي كلنا مع بعض', 'groups'],
    ['ar', 'بدنا نطلع كلنا سوا نفس اليوم', 'groups'],
    ['ar', 'e7na 4 w bidna nruh kolna sawa', 'groups'],
    ['ar', 'law fi matar bukra shu bisir?', 'badWeather'],
    ['ar', 'الهوا قوي كثير عندنا اليوم', 'badWeather'],
    ['ar', 'el ri7 qawiya el yom, 3adi?', 'badWeather'],
    ['ar', 'سيارتي واقفة في البيسمنت تحت العمارة', 'parking'],
    ['ar', 'sayarti dayman bil basement', 'parking'],
    ['ar', 'ممكن حد يستلم السيارة من البيت الصبح؟', 'collect'],
    ['ar', 'تقدرون تاخذون السيارة من عند المكتب؟', 'collect'],
    ['ar', 'عندي ثلاث يهال', 'children'],
    ['ar', 'العيال بيكونون معي', 'children'],
    ['ar', 'el yahal ma3i bil sayyara', 'children'],
    ['ar', 'السيارة مليانة اغراض', 'valuables'],
    ['ar', 'fiha aghrad wayid', 'valuables'],
    ['en', 'I have to hand back my leased car next month', 'rentalCar'],
    ['en', 'can you clean it before I give back my lease car?', 'rentalCar'],
    // The claim form of French and Moroccan insurance, in French and in Darija that borrows it.
    ['fr', 'vous remplissez la feuille de soins pour la mutuelle ?', 'insurance'],
    ['ar', 'wach kat3tiw la feuille de soins?', 'insurance'],
    // Still read as they were: Darija "flil" (at night), a gym written as such.
    ['ar', 'wach kat7ello flil?', 'afterHours'],
    ['ar', 'ana kanmchi l gym kol nhar', 'sport'],
  ])('%s: %s is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // "fil"/"bil" (in the, with the) is no "flil"; cloudy is no gym; the airport is no rain; "with some people"
    // is no group; "hala" (hello) and "3ala" (on) are no children; a car talked about is no pickup.
    ['ar', 'ana sakin fil khuwair w sayarti fil garage', 'afterHours'],
    ['ar', 'el jaw ghaym el yom', 'sport'],
    ['ar', 'ana wasil mn el matar el7ain', 'badWeather'],
    ['ar', 'جيت مع بعض الناس من الشغل', 'groups'],
    ['ar', 'hala wallah, shukran 3ala kil shay', 'children'],
    ['ar', 'السيارة قديمة شوي بس نظيفة', 'collect'],
    ['en', 'I rent a flat near you, is there parking?', 'rentalCar'],
    ['fr', 'une feuille de papier et des crayons pour le petit ?', 'insurance'],
    ['ar', 'la feuille dyal l3ilaj fin nlqaha?', 'afterHours'],
  ])('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
