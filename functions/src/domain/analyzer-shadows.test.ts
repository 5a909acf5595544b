import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import { Vocabulary } from './fuzzy.js';
import type { TextLanguage } from './languages.js';

const concepts = (text: string, language: TextLanguage) =>
  analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key);

describe('analyse: a phrase that holds another concept’s word without meaning it', () => {
  it.each<[TextLanguage, string]>([
    ['it', 'avete un indirizzo email?'],
    ['fr', 'vous avez une adresse mail ?'],
    ['es', 'me dais vuestra dirección de correo?'],
    ['de', 'wie ist eure E-Mail-Adresse?'],
    ['pt', 'qual é o endereço de email?'],
    ['ca', "quina és l'adreça electrònica?"],
    ['en', "what's your email address?"],
  ])('an email address is a contact, not where the business is (%s): %s', (language, text) => {
    const found = concepts(text, language);
    expect(found).toContain('contact');
    expect(found).not.toContain('location');
  });

  it.each<[TextLanguage, string]>([
    ['it', 'qual è il vostro indirizzo?'],
    ['fr', 'quelle est votre adresse ?'],
    ['en', "what's your address?"],
  ])('an address alone is still where the business is (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('location');
  });

  it.each([
    'i got a rash after the treatment last week',
    'my last appointment was a disaster',
    'same as last time please',
  ])('"last" of a time gone by is no question of how long it lasts: %s', (text) => {
    const found = concepts(text, 'en');
    expect(found).toContain('past');
    expect(found).not.toContain('lasting');
  });

  it.each(['how long does the laser last?', 'does the colour last?'])('"last" alone still lasts: %s', (text) => {
    expect(concepts(text, 'en')).toContain('lasting');
  });

  it.each<[TextLanguage, string]>([
    ['ca', 'teniu targetes regal?'],
    ['es', 'vendéis tarjetas regalo?'],
    ['en', 'do you sell gift cards?'],
  ])('a gift card is no way of paying (%s): %s', (language, text) => {
    const found = concepts(text, language);
    expect(found).toContain('giftCard');
    expect(found).not.toContain('payment');
  });

  it.each<[TextLanguage, string]>([
    ['es', 'puedo pagar con tarjeta?'],
    ['ca', 'puc pagar amb targeta?'],
    ['en', 'can I pay by card?'],
  ])('paying by card still is (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('payment');
  });
});

describe('analyse: near is no closing time', () => {
  it.each(['where do I park? anything close?', 'is there a car park close by?', 'closest metro stop?'])(
    '%s is about the place',
    (text) => {
      const found = concepts(text, 'en');
      expect(found).toContain('location');
      expect(found).not.toContain('opening');
    },
  );

  it('what time you close is still a closing time', () => {
    expect(concepts('what time do you close on saturday?', 'en')).toContain('opening');
  });
});

describe('analyse: words that only look like another language’s', () => {
  it('never corrects the name of a month as a typo: Italian "marzo" is March, not Spanish "mareo"', () => {
    const vocabulary = new Vocabulary(['mareo', 'maraton'], []);
    const analysis = analyse('corro la maratona a marzo', { languages: ['it', 'es'], primary: 'it', vocabulary });
    expect(analysis.corrected).toContain('marzo');
    expect(analysis.concepts.map((c) => c.key)).not.toContain('head');
  });

  // Read in the customer's language and another the business writes: a word of one is no word of the other.
  it.each<[TextLanguage[], string, string]>([
    [['en', 'de'], 'how long is the 10 class pass valid for?', 'documents'],
    [['en', 'fr'], 'need to pick up my sons report before the holidays', 'reschedule'],
    [['es', 'en'], 'me he torcido el tobillo jugando al padel', 'orthodontics'],
  ])('%j: %j is no %s', (languages, text, concept) => {
    const found = analyse(text, { languages, primary: languages[0] }).concepts.map((c) => c.key);
    expect(found).not.toContain(concept);
  });
});
