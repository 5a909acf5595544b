import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import { Vocabulary } from './fuzzy.js';
import type { TextLanguage } from './languages.js';

/** `text` analysed in `language` alone. */
const analysed = (text: string, language: TextLanguage) => analyse(text, { languages: [language], primary: language });
const concepts = (text: string, language: TextLanguage) => analysed(text, language).concepts.map((c) => c.key);

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

  it.each(['lashes that fall out in the first 72 hours', 'our 48-hour rule', 'it takes a few hours'])(
    'counted hours are a duration, not the opening hours: %s',
    (text) => {
      expect(concepts(text, 'en')).not.toContain('opening');
    },
  );

  it.each(['what are your hours?', 'your hours on Sunday?'])('hours alone are the opening hours: %s', (text) => {
    expect(concepts(text, 'en')).toContain('opening');
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

describe('analyse: a word of changing or of room that takes an object', () => {
  it.each<[TextLanguage, string]>([
    ['es', 'mañana quería pasar a cambiar la batería'],
    ['pt', 'queria trocar as olivas do aparelho'],
    ['fr', 'vous pouvez changer les pneus ?'],
    ['en', 'can you change the filters?'],
    ['es', 'cuánto cuesta el cambio de aceite?'],
  ])('changing a thing is no moving of an appointment (%s): %s', (language, text) => {
    expect(concepts(text, language)).not.toContain('reschedule');
  });

  it.each<[TextLanguage, string]>([
    ['es', 'puedo cambiar la cita al martes?'],
    ['fr', 'je voudrais changer le rendez-vous'],
    ['it', 'posso cambiare il giorno?'],
    ['en', 'could you change my 5pm massage to 6pm please'],
    ['en', 'need to move my contact lens check from the 10th to the week after'],
    ['en', 'can i change it to friday?'],
    ['de', 'kann ich den Termin ändern?'],
  ])('changing the appointment or its time still moves it (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('reschedule');
  });

  it.each<[TextLanguage, string]>([
    ['es', 'hay sitio para aparcar?'],
    ['es', 'tienen lugar para estacionar?'],
  ])('room to park is no free slot (%s): %s', (language, text) => {
    const found = concepts(text, language);
    expect(found).toContain('parking');
    expect(found).not.toContain('booking');
  });

  it('a day still makes room a slot: "hay sitio el martes?"', () => {
    expect(concepts('hay sitio el martes?', 'es')).toContain('booking');
  });

  it('a scheduled service is no booking, scheduling one is', () => {
    expect(concepts('if we get the scheduled service done at your garage', 'en')).not.toContain('booking');
    expect(concepts('can I schedule a service for friday?', 'en')).toContain('booking');
  });

  it('never corrects a word a concept holds as written: "aparcar" is parking, not a typo for "apartar"', () => {
    const vocabulary = new Vocabulary(['apartar'], []);
    const analysis = analyse('hay donde aparcar?', { languages: ['es'], primary: 'es', vocabulary });
    expect(analysis.corrected).toContain('aparcar');
    expect(analysis.concepts.map((c) => c.key)).toContain('parking');
    expect(analysis.concepts.map((c) => c.key)).not.toContain('booking');
  });
});

describe('analyse: verbs in -ger and -gir with their "j"', () => {
  const terms = (text: string, language: TextLanguage) => analysed(text, language).units.flatMap((u) => [...u.keys()]);

  it('"recojo" meets "recogen", "corrijo" meets "corrigir"', () => {
    expect(terms('recogen', 'es')).toContain('recog');
    expect(terms('si no recojo la bici', 'es')).toContain('recog');
    expect(terms('corrigir', 'pt')).toContain('corrig');
    expect(terms('corrijo', 'pt')).toContain('corrig');
  });

  it('only words that end in "jo", "ja" and their plurals', () => {
    expect(terms('el viaje', 'es').some((t) => t.endsWith('g'))).toBe(false);
    expect(terms('un reloj', 'es').some((t) => t.endsWith('g'))).toBe(false);
  });
});

describe('analyse: a son or a daughter of age', () => {
  it.each<[TextLanguage, string]>([
    ['pt', 'a minha filha tem 19 anos e foi diagnosticada com endometriose'],
    ['en', 'my son is 22 years old and has back pain'],
    ['es', 'mi hija de 25 años quiere venir'],
    ['fr', 'ma fille a 30 ans, elle peut venir seule ?'],
    ['de', 'meine Tochter ist 18 Jahre alt'],
  ])('is no child (%s): %s', (language, text) => {
    expect(concepts(text, language)).not.toContain('children');
  });

  it.each<[TextLanguage, string]>([
    ['pt', 'a minha filha tem 9 anos'],
    ['en', 'my son is 12 years old, do you see kids?'],
    ['es', 'mi hija tiene 3 años y mi padre 70 años'],
    ['en', 'my daughter has 20 minutes of homework'],
  ])('a young one, or no age, is a child (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('children');
  });
});

describe('analyse: "after" in a time of day', () => {
  it.each<[TextLanguage, string]>([
    ['en', 'can i come tomorrow after 5?'],
    ['en', 'any slots after work on friday?'],
    ['es', '¿tenéis hueco después de las 6?'],
    ['fr', 'vous avez de la place après 18h ?'],
    ['de', 'geht es nach der Arbeit?'],
  ])('is no aftercare (%s): %s', (language, text) => {
    expect(concepts(text, language)).not.toContain('aftercare');
  });

  it.each<[TextLanguage, string]>([
    ['en', 'what should i do after the massage?'],
    ['en', 'is it ok to shower after 2 days?'],
    ['fr', 'après le soin je peux me maquiller ?'],
  ])('still is when it follows a treatment or counts its days (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('aftercare');
  });
});

describe('analyse: a phrase of a message is said within one clause', () => {
  /** Read as a customer's message is: with the business's vocabulary to correct towards. */
  const inMessage = (text: string, language: TextLanguage) =>
    analyse(text, { languages: [language], primary: language, vocabulary: new Vocabulary([], []) }).concepts.map(
      (c) => c.key,
    );

  it.each<[TextLanguage, string, string]>([
    ['fr', 'vous avez des photos avant et après ?', 'portfolio'],
    ['en', 'hi, can I book the mummy mot thing?', 'postnatal'],
    ['en', 'what do I need to pack for her?? bed, toys', 'comfortItems'],
  ])('%s "%s" raises %s', (language, text, concept) => {
    expect(inMessage(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // "avant ?" ends a question; "et après la course" begins another.
    ['fr', 'le mieux pour me faire masser, la veille ou une semaine avant ? et après la course ?', 'portfolio'],
    ['fr', 'je peux venir avant. et après la séance je peux nager ?', 'portfolio'],
  ])('%s "%s" raises no %s', (language, text, concept) => {
    expect(inMessage(text, language)).not.toContain(concept);
  });
});

describe("analyse: the customer's own time is no opening time", () => {
  it.each<[TextLanguage, string]>([
    ['en', 'can i grab him on my lunch break?'],
    ['fr', 'je peux passer pendant ma pause déjeuner ?'],
  ])('%s "%s" raises no opening', (language, text) => {
    expect(concepts(text, language)).not.toContain('opening');
  });

  it.each<[TextLanguage, string]>([
    ['en', 'do you close for a lunch break?'],
    ['fr', 'vous fermez pendant la pause déjeuner ?'],
  ])('%s "%s" asks about opening', (language, text) => {
    expect(concepts(text, language)).toContain('opening');
  });

  it('"how many hours will you have him" asks how long', () => {
    expect(concepts('roughly how many hours will you have him?', 'en')).toContain('duration');
  });
});

describe('analyse: a prefix names no month or day', () => {
  it.each<[TextLanguage, string]>([
    ['es', 'en abril me llevo a mi perrita a Madrid'],
    ['pt', 'em abril vou viajar com o meu cão'],
  ])('%s "%s" raises no opening', (language, text) => {
    expect(concepts(text, language)).not.toContain('opening');
  });

  it.each<[TextLanguage, string]>([
    ['es', 'abren el sábado?'],
    ['pt', 'vocês abrem em abril?'],
  ])('%s "%s" still asks about opening', (language, text) => {
    expect(concepts(text, language)).toContain('opening');
  });
});
