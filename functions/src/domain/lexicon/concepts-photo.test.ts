/**
 * The photo-studio concepts (concepts-photo.ts): each is found in a
 * customer's phrase in every language, and the same words in another sense
 * (a bus pass, a club card, a medical scan, an old customer) do not raise it.
 */
import { describe, expect, it } from 'vitest';
import { splitGermanCompound } from '../compounds.js';
import { PHOTO_CONCEPTS } from './concepts-photo.js';
import { conceptsOf, type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'idPhoto',
    [
      ['en', 'how much for passport photos?'],
      ['en', 'do u do photos for a polish passport'],
      ['en', 'need a visa pic for china asap'],
      ['es', 'cuánto cuesta la foto de carnet?'],
      ['es', 'hacéis fotos para el pasaporte mexicano?'],
      ['fr', "c'est combien les photos d'identité ?"],
      ['fr', 'il me faut une photo pour le passeport de ma fille'],
      ['it', 'quanto costano le fototessere?'],
      ['it', 'fate foto per il passaporto?'],
      ['de', 'Was kostet ein Passfoto?'],
      ['de', 'Macht ihr biometrische Passbilder?'],
      ['de', 'brauche ein Foto für den Pass'],
      ['ca', 'quant val una foto de carnet?'],
      ['pt', 'fazem fotos tipo passe?'],
      ['pt', 'quanto custa a foto para passaporte?'],
      ['ar', 'بكم صور الجواز؟'],
      ['ar', 'تسوون صورة شخصية للهوية؟'],
    ],
  ],
  [
    'headshot',
    [
      ['en', 'need decent headshots for linkedin'],
      ['en', 'price for a CV photo?'],
      ['es', 'quiero una foto para el CV'],
      ['fr', 'vous faites des photos pour LinkedIn ?'],
      ['fr', 'un portrait professionnel pour mon site'],
      ['it', 'mi serve una foto per il curriculum'],
      ['de', 'Was kostet ein Bewerbungsfoto?'],
      ['de', 'wir brauchen neue Teamfotos'],
      ['ca', 'necessito una foto per al currículum'],
      ['pt', 'quanto custa uma foto para o currículo?'],
      ['ar', 'ابي صورة للسيرة الذاتية'],
    ],
  ],
  [
    'photoRestoration',
    [
      ['en', 'can you restore an old photo of my grandad?'],
      ['en', 'I have a box of old photos to scan'],
      ['es', 'quiero enviaros unas fotos antiguas de mi abuela'],
      ['fr', 'vous numérisez des vieilles photos ?'],
      ['it', 'fate il restauro di foto vecchie?'],
      ['de', 'Könnt ihr alte Fotos digitalisieren?'],
      ['ca', 'podeu restaurar una foto antiga?'],
      ['pt', 'vocês restauram fotos antigas?'],
      ['ar', 'تسوون ترميم صور قديمة؟'],
    ],
  ],
];

describeConceptTable('the photo-studio concepts', PHOTO_CONCEPTS, examples, [
  ['en', 'can I pass by tomorrow?', 'idPhoto'],
  ['en', 'do I need my passport to check in?', 'idPhoto'],
  ['es', 'me pasas tu email?', 'idPhoto'],
  ['es', 'tengo el carnet de conducir', 'idPhoto'],
  ['it', 'ho la tessera del club', 'idPhoto'],
  ['fr', "j'ai oublié ma carte d'identité", 'idPhoto'],
  ['de', 'Ich habe meinen Pass verloren', 'idPhoto'],
  ['en', 'is a scan included in the check-up?', 'photoRestoration'],
  ['en', 'I am an old customer of yours', 'photoRestoration'],
  ['en', 'how old do you have to be?', 'photoRestoration'],
  ['en', 'can I send you a photo of the rash?', 'headshot'],
  ['fr', 'je vous envoie une photo de mon chien', 'headshot'],
]);

describe('German photo compounds', () => {
  it.each([
    ['bewerbungsfotos', ['bewerbung', 'fotos']],
    ['familienshooting', ['familien', 'shooting']],
    ['hochzeitsbilder', ['hochzeits', 'bilder']],
    ['kinderfoto', ['kinder', 'foto']],
  ])('splits %s off its head', (word, parts) => {
    expect(splitGermanCompound(word)).toEqual(parts);
  });

  // Allergies and jewellery are heads too: "Nickelallergie" meets "nickel" and "Allergie".
  it.each([
    ['nickelallergie', ['nickel', 'allergie']],
    ['titanschmuck', ['titan', 'schmuck']],
  ])('splits %s off its head', (word, parts) => {
    expect(splitGermanCompound(word)).toEqual(parts);
  });

  it.each(['passfoto', 'passbild', 'babyfoto', 'vorbild'])('keeps %s, whose modifier is short, whole', (word) => {
    expect(splitGermanCompound(word)).toEqual([word]);
  });
});

describe('a head covering worn for faith', () => {
  it.each([
    ['en', 'can I keep my hijab on for the passport photo?'],
    ['es', '¿puedo llevar el hiyab en la foto?'],
    ['fr', 'je porte le voile, c’est possible pour la photo ?'],
    ['it', 'posso tenere il velo islamico?'],
    ['de', 'Darf ich ein Kopftuch tragen?'],
    ['ca', 'puc portar el mocador al cap?'],
    ['pt', 'posso usar o hijab na foto?'],
    ['ar', 'اقدر اتصور بالحجاب؟'],
  ] as const)('is found in %s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('headscarf');
  });

  it.each([
    ['en', 'do you do bridal hair with a veil?'],
    ['fr', 'un voile de mariée pour la séance'],
    ['es', 'se me olvidó un pañuelo'],
  ] as const)('is not a bride’s veil or a handkerchief: %s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('headscarf');
  });
});

describe('fasting', () => {
  it('is not speed ("how fast do I get them")', () => {
    expect(conceptsOf('whats the price and how fast do i get them?', 'en')).not.toContain('fasting');
    expect(conceptsOf('I am fasting, can I still come?', 'en')).toContain('fasting');
    expect(conceptsOf('do I need to fast before the test?', 'en')).toContain('fasting');
  });
});
