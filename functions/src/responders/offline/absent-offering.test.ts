/**
 * A customer who asks about an offering the business never wrote about
 * ("do you board dogs?", "are you hiring?") asks what its data cannot
 * answer: the message goes to a person, even when an entry shares its
 * other words ("dog", "groomer") and would otherwise answer. Once the
 * business writes about it, the same question is answered.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { searchKnowledge } from '../../domain/knowledge-index.js';
import { respond } from './offline.js';

const WEEK = {
  mon: [],
  tue: [{ open: '09:00', close: '18:00' }],
  wed: [{ open: '09:00', close: '18:00' }],
  thu: [{ open: '09:00', close: '18:00' }],
  fri: [{ open: '09:00', close: '18:00' }],
  sat: [{ open: '09:00', close: '14:00' }],
  sun: [],
};

/** A small business in euros, open Tuesday to Saturday, with one owner. */
const smallBusiness = (id: string, profile: object, content: { services: object[]; qa?: object[] }) =>
  businessFrom({
    id,
    profile: { currency: 'EUR', ...profile },
    hours: WEEK,
    ...content,
    staff: [{ email: `owner@${id}.test`, name: 'Owner', role: 'owner' }],
  });

const groomer = (extraQa: object[] = []) =>
  smallBusiness(
    'groomer-test',
    {
      name: 'Groomer Test',
      vertical: 'grooming',
      timezone: 'Europe/Madrid',
      languages: ['en', 'es'],
      phone: '+34 930 000 000',
      address: { en: 'Carrer de Verdi 5, Barcelona' },
    },
    {
      services: [
        { id: 'full-groom', name: { en: 'Full groom', es: 'Peluquería completa' }, durationMinutes: 90, price: 45 },
        { id: 'bath', name: { en: 'Bath and brush', es: 'Baño y cepillado' }, durationMinutes: 45, price: 25 },
        { id: 'nails', name: { en: 'Nail trim', es: 'Corte de uñas' }, durationMinutes: 15, price: 10 },
      ],
      qa: [
        {
          id: 'stay',
          question: { en: 'Can I stay with my dog during the groom?' },
          answer: { en: 'Yes, you can stay and watch; most dogs relax more when you wait outside.' },
        },
        {
          id: 'nervous',
          question: { en: 'My dog is nervous or aggressive, can you still groom him?' },
          answer: { en: 'Yes, we go slowly with lots of breaks; tell us when you book so we plan a quiet time.' },
        },
        {
          id: 'drop-off',
          question: { en: 'When can I drop off and pick up my dog?' },
          answer: { en: 'Drop off from 9:00; we message you when your dog is ready to be picked up.' },
        },
        {
          id: 'shampoo',
          question: { en: 'What shampoo do you use? Can I bring my own?' },
          answer: { en: 'A gentle oatmeal shampoo; you can bring a vet-prescribed one at no extra cost.' },
        },
        ...extraQa,
      ],
    },
  );

/** Wednesday 9 December 2026, 11:00 in Barcelona: open. */
const NOW = new Date('2026-12-09T10:00:00Z');
const ask = (business: ReturnType<typeof groomer>, text: string) => respond(request(business, text, { now: NOW }));

describe('an offering the business never wrote about', () => {
  it.each([
    'do you offer dog walking?',
    'i own a grooming salon, can i buy your shampoo wholesale? like 50 bottles a month',
    'vendéis el champú al por mayor? tengo una tienda',
    'do you do dog training as well?',
    'are you hiring groomers?',
    'do you sell dog food?',
    'can you microchip my puppy?',
    'do you board dogs over christmas?',
    'is your shampoo vegan?',
    'can you trim my rabbit nails?',
    'buscáis peluquera canina? os puedo dejar mi cv',
    'hacéis adiestramiento para perros?',
    'vous faites la garde de chien pendant les vacances ?',
    'macht ihr auch Hundetraining?',
    // Things the lexicon does not name, asked for by the question's frame (domain/asked-offering.ts).
    'do you do hydrotherapy for nervous dogs?',
    'hacéis hidroterapia a perros nerviosos?',
    'vous faites le stripping pour les chiens nerveux ?',
  ])('hands %j to a person', (text) => {
    const reply = ask(groomer(), text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''} ${reply.text}`).toBeDefined();
    expect(reply.sources ?? []).toEqual([]);
  });

  it('answers the same question once the business writes about it', () => {
    const withBoarding = groomer([
      {
        id: 'boarding',
        question: { en: 'Do you board dogs?' },
        answer: { en: 'Yes, overnight boarding for small dogs, €30 a night.' },
      },
    ]);
    const reply = ask(withBoarding, 'do you board dogs over christmas?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toEqual(['boarding']);
  });

  it.each([
    ['can I stay with my dog while you groom him?', 'stay'],
    ['my dog gets really nervous, can you still do him?', 'nervous'],
    ['when can I drop off my dog?', 'drop-off'],
    ['mi perrita es muy nerviosa, la podéis atender?', 'nervous'],
    // An offering told of after the question, not asked for: the vet who prescribed it, the training done.
    ['my dog gets really nervous, can you still do him? the vet gave him a microchip last week', 'nervous'],
    // Told in a part of the sentence that asks nothing, beside one that requests: context.
    ['I would like to bring my dog, he was boarded at the kennels last week. can I stay with him? 🐶', 'stay'],
    // Told before a spaced dash, which cuts the sentence like a comma.
    ['we are boarding him at the kennels after the groom - what shampoo do you use??', 'shampoo'],
  ])('still answers %j, which asks about nothing the business lacks', (text, id) => {
    const reply = ask(groomer(), text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources?.[0]).toBe(id);
  });
});

describe('an offering told, then asked about with a pronoun', () => {
  it.each([
    'a friend said hand stripping works wonders for terriers. do you do it? how much is the full groom?',
    'mi vecina dice que el stripping le va genial a los terriers. lo hacéis? cuánto cuesta el baño?',
  ])('%j goes to a person', (text) => {
    const reply = ask(groomer(), text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeDefined();
  });

  it('a pronoun question about what the business does is answered', () => {
    const reply = ask(groomer(), 'a friend said your full groom works wonders for terriers. do you do it on puppies?');
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
  });
});

describe('an offering asked for beside a question the business answers', () => {
  it.each([
    'my dog gets really nervous, can you still do him? do you also microchip',
    'my dog gets really nervous, can you still do him? I would also like to board him over christmas',
  ])('hands the rest of %j to a person, a question without its question mark', (text) => {
    const reply = ask(groomer(), text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeDefined();
  });
});

describe('a policy the business never wrote about', () => {
  it.each([
    'do I have to pay a deposit?',
    'can I just walk in without booking?',
    'can I get an invoice for my company?',
  ])('hands %j to a person', (text) => {
    const reply = ask(groomer(), text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeDefined();
    expect(reply.sources ?? []).toEqual([]);
  });

  it('still hands a request to cancel an appointment over to booking', () => {
    const reply = ask(groomer(), 'I need to cancel my appointment on Friday');
    expect(reply.intent, reply.note).toBe('booking');
  });
});

describe('an offering of its own next to one the business does', () => {
  // Microblading is a semi-permanent tattoo, not a brow treatment like lamination: a studio that
  // does only lamination must not answer "do you do microblading?" with the lamination price.
  const browStudio = (extraServices: object[] = []) =>
    smallBusiness(
      'brows-test',
      {
        name: 'Brows Test',
        vertical: 'salon',
        timezone: 'Europe/Lisbon',
        languages: ['en', 'pt'],
        phone: '+351 210 000 000',
        address: { en: 'Rua Augusta 10, Lisboa' },
      },
      {
        services: [
          {
            id: 'lamination',
            name: { en: 'Brow lamination', pt: 'Laminação de sobrancelhas' },
            durationMinutes: 45,
            price: 40,
          },
          ...extraServices,
        ],
      },
    );

  it.each(['vocês fazem microblading de sobrancelha? quanto fica?', 'do you do microblading on brows? how much?'])(
    'hands %j to a person when the business lists no microblading',
    (text) => {
      const reply = ask(browStudio(), text);
      expect(reply.handoff, `${reply.responder} ${reply.note ?? ''} ${reply.text}`).toBeDefined();
    },
  );

  it.each([
    'how much is dermaplaning?',
    'quanto custa o dermaplaning?',
    'how much does dermaplaning cost?',
    'how much would dermaplaning cost me',
  ])('hands the price of a treatment it does not list (%j) to a person rather than its price list', (text) => {
    const reply = ask(browStudio(), text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''} ${reply.text}`).toBeDefined();
    expect(reply.text).not.toContain('40');
  });

  it('answers the price of the brow treatment it does', () => {
    const reply = ask(browStudio(), 'quanto custa a laminação de sobrancelha?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('40');
  });

  it('answers the part it can and leaves the offering it does not list to a person', () => {
    const reply = ask(browStudio(), 'how much is the brow lamination? and do you do microblading?');
    expect(reply.text).toContain('40');
    expect(reply.handoff, reply.note).toBeDefined();
  });

  it('answers microblading once the business lists it', () => {
    const reply = ask(
      browStudio([{ id: 'microblading', name: { en: 'Microblading' }, durationMinutes: 120, price: 250 }]),
      'vocês fazem microblading de sobrancelha? quanto fica?',
    );
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.text).toContain('250');
  });
});

describe('an offering the business names only as something not to do', () => {
  // A laser clinic's Q&A says not to wax between sessions: waxing is named, not offered.
  const laserClinic = (extraQa: object[] = []) =>
    smallBusiness(
      'laser-test',
      {
        name: 'Laser Test',
        vertical: 'clinic',
        timezone: 'Europe/Madrid',
        languages: ['en', 'es', 'fr', 'de'],
        phone: '+34 930 000 001',
        address: { en: 'Carrer de Verdi 7, Barcelona' },
      },
      {
        services: [
          {
            id: 'full-legs',
            name: { en: 'Laser hair removal, full legs', es: 'Depilación láser piernas completas' },
            durationMinutes: 60,
            price: 120,
          },
          {
            id: 'underarms',
            name: { en: 'Laser hair removal, underarms', es: 'Depilación láser axilas' },
            durationMinutes: 20,
            price: 45,
          },
        ],
        qa: [
          {
            id: 'waxing-between',
            question: {
              en: 'Can I wax between sessions?',
              es: '¿Puedo depilarme con cera entre sesiones?',
              fr: 'Puis-je utiliser la cire entre les séances ?',
              de: 'Darf ich zwischen den Sitzungen wachsen?',
            },
            answer: {
              en: 'No. Between sessions you can shave, but please do not wax, thread or pluck.',
              es: 'No. Entre sesiones puedes afeitarte, pero no uses cera, hilo ni pinzas.',
              fr: 'Non. Entre les séances vous pouvez vous raser, mais pas de cire, de fil ni de pince.',
              de: 'Nein. Zwischen den Sitzungen dürfen Sie rasieren, aber bitte kein Waxing und nicht zupfen.',
            },
            alternates: ['can I use wax'],
            tags: ['waxing'],
          },
          {
            id: 'before',
            question: { en: 'How do I prepare for my session?', es: '¿Cómo me preparo para la sesión?' },
            answer: {
              en: 'Shave the area the day before. Avoid sun and self-tan for two weeks before your session.',
              es: 'Aféitate la zona el día antes. Evita el sol y el autobronceador dos semanas antes de la sesión.',
            },
          },
          ...extraQa,
        ],
      },
    );

  it.each([
    'do you do waxing too?',
    'do u also do waxing',
    'hacéis depilación con cera también?',
    'hacen cera?',
    'vous faites aussi l épilation à la cire ?',
    'macht ihr auch Waxing?',
  ])('hands %j to a person', (text) => {
    const reply = ask(laserClinic(), text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''} ${reply.text}`).toBeDefined();
  });

  it.each([
    ['can I wax between sessions?', 'waxing-between'],
    ['puedo depilarme con cera entre sesiones?', 'waxing-between'],
  ])('still answers %j, the question the Q&A is about', (text, id) => {
    const reply = ask(laserClinic(), text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources?.[0]).toBe(id);
  });

  it('still answers "do you do laser hair removal?", which it offers', () => {
    const reply = ask(laserClinic(), 'do you do laser hair removal on legs?');
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
  });

  it('answers waxing once a Q&A is about it', () => {
    const withWaxing = laserClinic([
      {
        id: 'waxing',
        question: { en: 'Do you also do waxing?', es: '¿Hacéis también depilación con cera?' },
        answer: { en: 'Yes, waxing for small areas, €15.', es: 'Sí, cera en zonas pequeñas, 15 €.' },
      },
    ]);
    for (const text of ['do you do waxing too?', 'hacéis depilación con cera también?']) {
      const reply = ask(withWaxing, text);
      expect(reply.handoff, `${text}: ${reply.note ?? ''} ${reply.text}`).toBeUndefined();
      expect(reply.text).toContain('15');
    }
  });

  it.each([
    ['en', 'Yes, we also do waxing for small areas, €15.'],
    ['es', 'Sí, también hacemos depilación con cera en zonas pequeñas, 15 €.'],
    ['fr', "Oui, nous faisons aussi l'épilation à la cire sur les petites zones."],
    ['de', 'Ja, wir machen auch Waxing für kleine Zonen.'],
  ])('no longer counts waxing as missing once an answer [%s] says it is done: %j', (language, answer) => {
    const withWaxing = laserClinic([
      { id: 'other', question: { [language]: 'Other treatments?' }, answer: { [language]: answer } },
    ]);
    for (const text of ['do you do waxing too?', 'hacéis depilación con cera también?', 'macht ihr auch Waxing?']) {
      expect(searchKnowledge(withWaxing, text).askedFor, text).toEqual([]);
      expect(searchKnowledge(laserClinic(), text).askedFor, text).not.toEqual([]);
    }
  });
});
