/**
 * The offline responder against the demo businesses in functions/demo, as a
 * customer would meet them. The checks name services and Q&A by id and
 * prices by the profile's own numbers, not by the demo's wording. (How well
 * it answers messages it was never tuned on is `npm run eval`'s job.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unknownAmounts } from '../../domain/amounts.js';
import { businessFrom, CLOSED_NOW, OPEN_NOW, request } from '../fixture.test-helper.js';
import { NEAR_QA, type BusinessContext } from '../responder.js';
import { respond } from './offline.js';

const demoDir = new URL('../../../demo/', import.meta.url);
const load = (file: string): BusinessContext =>
  businessFrom(JSON.parse(readFileSync(new URL(file, demoDir), 'utf8')) as unknown);
/** Intl puts no-break spaces in prices ("AED\u00a0600"); compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('Glow Laser Clinic demo', () => {
  const glow = load('glow-laser-clinic.json');
  const service = (id: string) => glow.services.find((s) => s.id === id)!;
  const ask = (text: string, now = OPEN_NOW) => respond(request(glow, text, { now }));

  it.each([
    ['how much is full legs?', 'en', 'full-legs'],
    ["combien coûte l'épilation des aisselles ?", 'fr', 'underarms'],
    ['كم سعر الليزر للإبط؟', 'ar', 'underarms'],
    ['kam se3r el underarms?', 'ar', 'underarms'],
  ])('prices %j from the business data, every variant', (text, language, serviceId) => {
    // From the service list or from the clinic's own price Q&A: either way, every price of the area.
    const reply = ask(text);
    expect(reply.language).toBe(language);
    expect(reply.handoff).toBeUndefined();
    for (const variant of service(serviceId).variants) expect(plain(reply.text)).toContain(String(variant.price));
  });

  it('narrows a price to the variant named', () => {
    const legs = service('full-legs');
    const men = legs.variants.find((v) => v.id === 'men')!;
    const women = legs.variants.find((v) => v.id === 'women')!;
    const reply = ask('how much is full legs for men?');
    expect(reply.sources).toEqual(['full-legs']);
    expect(reply.text).toContain(String(men.price));
    expect(reply.text).not.toContain(String(women.price));
  });

  it('keeps the conditions of a price: a package says it is for 6 sessions and valid 18 months', () => {
    const reply = ask('how much is the full body package of 6 sessions?');
    expect(reply.sources).toContain('full-body-package-6');
    expect(plain(reply.text)).toMatch(/7,200[\s\S]*Valid for 18 months/);
  });

  it.each([
    ['do you have parking?', 'parking'],
    ['is laser painful?', 'pain'],
    ['can I have laser while pregnant?', 'pregnancy'],
    ['هل الليزر مؤلم؟', 'pain'],
  ])('answers %j from the Q&A', (text, id) => {
    const reply = ask(text);
    expect(reply.responder).toBe('offline:qa');
    expect(reply.sources).toEqual([id]);
    expect(reply.handoff).toBeUndefined();
  });

  it('answers "are you open now?" at night with the next opening', () => {
    const reply = ask('are you open now?', CLOSED_NOW);
    expect(reply.text).toContain('tomorrow at 10:00');
  });

  it('answers for a named holiday from its special hours', () => {
    const reply = ask('are you open on national day?', new Date('2026-11-30T07:00:00Z'));
    expect(reply.responder).toBe('offline:hours-date');
    expect(reply.text).toContain('UAE National Day');
  });

  it.each(['are you working on national day?', 'vous travaillez le 2 décembre ?'])(
    'reads %j, working on a day, as opening on it',
    (text) => {
      const reply = ask(text, new Date('2026-11-30T07:00:00Z'));
      expect(reply.responder, reply.note).toBe('offline:hours-date');
      expect(reply.text).toMatch(/National Day|Fête nationale/);
    },
  );

  it('does not read working with someone, without a day, as opening hours', () => {
    expect(ask('do you work with insurance companies?').responder).not.toMatch(/hours/);
  });

  it('answers how many sessions with how many, not with how long one takes (which its Arabic question asks with كم)', () => {
    expect(ask('how many sessions do i need for underarms').sources).toEqual(['how-many-sessions']);
  });

  it('greets with the style guide greeting', () => {
    const reply = ask('hello');
    expect(reply.responder).toBe('offline:greeting');
    expect(reply.text).toContain(glow.profile.name);
  });

  it('adds no emojis of its own, as its style guide asks', () => {
    expect(ask('where are you?').text).not.toMatch(/📍|📞|✉️|🌐/u);
  });

  it.each([
    ['I want to talk to a human', 'requested'],
    ['your laser burned my skin, this is unacceptable', 'complaint'],
    ['qwertz uiop', 'low_confidence'],
  ])('hands %j off (%s)', (text, reason) => {
    expect(ask(text).handoff?.reason).toBe(reason);
  });

  it('names the Q&A entry closest to a question it hands off, for staff to keep the wording under', () => {
    // "Leaving the car" is parking now (the lexicon's), which answers it; room for a car outside is still unsure.
    const reply = ask('do you have room for my car outside');
    expect(reply.handoff?.reason, reply.note).toBe('low_confidence');
    expect(reply.handoff?.nearQa?.[0]).toBe('parking');
  });
});

describe('Happy Paws Grooming demo', () => {
  const paws = load('happy-paws-grooming.json');
  const ask = (text: string) => respond(request(paws, text, { now: OPEN_NOW }));

  it.each(['mi perra está embarazada, se la puede bañar?', 'my dog is pregnant, can she have a bath and brush?'])(
    'hands off a condition no answer speaks to (%j), rather than answer with the bath’s price',
    (text) => {
      const reply = ask(text);
      expect(reply.handoff?.reason, reply.note).toBe('low_confidence');
      expect(plain(reply.text)).not.toMatch(/\$50/);
      // Staff are offered the business's own Q&A entries, each once, at most NEAR_QA of them.
      const near = reply.handoff?.nearQa ?? [];
      expect(near.length).toBeGreaterThan(0);
      expect(near.length).toBeLessThanOrEqual(NEAR_QA);
      expect(new Set(near).size).toBe(near.length);
      for (const id of near) expect(paws.qa.map((q) => q.id)).toContain(id);
    },
  );

  it('answers a condition that is only when something began ("since her pregnancy")', () => {
    const reply = ask('she has been itchy since her pregnancy, can she have a bath and brush?');
    expect(reply.handoff, reply.note).toBeUndefined();
  });

  it('still hands off a condition said now ("she takes antibiotics")', () => {
    const reply = ask('she takes antibiotics for her ears, can she have a bath and brush?');
    expect(reply.handoff?.reason, reply.note).toBe('low_confidence');
  });

  it('hands money asked back to a person, rather than answer with the price of what was bought', () => {
    const reply = ask('can you refund my bath and brush?');
    expect(reply.handoff, reply.note).toBeDefined();
    expect(plain(reply.text)).not.toMatch(/\$50/);
  });

  it('answers shedding told of a dog named by its breed', () => {
    const reply = ask('my retriever sheds like mad, can you help');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('de-shedding');
  });

  it('fills the closest Q&A entries it names with the knowledge search’s weaker matches', () => {
    // A dog groomer asked about a rabbit: the shedding entry is near, but not the answer.
    const reply = ask('my rabbit sheds like mad, can you help');
    expect(reply.handoff?.reason, reply.note).toBe('low_confidence');
    expect(reply.handoff?.nearQa).toHaveLength(NEAR_QA);
    expect(reply.handoff?.nearQa).toContain('de-shedding');
  });

  it('adds the price asked for when the best answer speaks to the dog but not to the price', () => {
    const reply = ask('how much is a bath for my 12 year old dog?');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toEqual(expect.arrayContaining(['senior-dogs', 'bath-brush']));
    expect(plain(reply.text)).toContain('$50');
  });

  it('answers when an entry speaks to the condition: Glow Laser has one on breastfeeding', () => {
    const reply = respond(
      request(load('glow-laser-clinic.json'), "I'm breastfeeding, how much is laser for underarms?"),
    );
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('breastfeeding');
  });
});

describe('Clínica Dental Mar Blau demo', () => {
  const dental = load('mar-blau-dental.json');
  /** Thursday 10 December 2026, 11:00 in València. */
  const NOW = new Date('2026-12-10T10:00:00Z');
  const ask = (text: string, now = NOW) => respond(request(dental, text, { now }));

  it.each([
    'je voudrais parler directement au docteur, pas à un robot',
    'je veux parler au dentiste',
    'quiero hablar con la doctora, no con un robot',
    'kann ich mit der Zahnärztin sprechen? keinen Bot bitte',
    'voglio parlare col dottore, non con un robot',
  ])('hands %j to a person: asked for, not a question about languages', (text) => {
    const reply = ask(text);
    expect(reply.handoff?.reason, `${reply.responder} ${reply.note ?? ''}`).toBe('requested');
  });

  it('answers the question asked, whatever story follows it ("…we moved here last month with three kids")', () => {
    const reply = ask('can I pay with bizum? we moved here from Stockholm last month with three kids and a cat');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('bizum');
  });

  it('answers in Valencian/Catalan, Spanish, English and Portuguese', () => {
    expect(ask('quant costa una neteja?').language).toBe('ca');
    expect(ask('cuánto cuesta una limpieza?').language).toBe('es');
    expect(ask('how much is a cleaning?').language).toBe('en');
    expect(ask('quanto custa uma limpeza?').language).toBe('pt');
  });

  it('answers from a Q&A written in another language, and says so', () => {
    // The owner wrote the gift card answer in Valencian only.
    const reply = ask('do you sell gift vouchers?');
    expect(reply).toMatchObject({ language: 'en', answerLanguage: 'ca', sources: ['gift-card'] });
    expect(reply.text).toContain('(We have this answer written in Catalan.)');
  });

  it('keeps the conditions of a price', () => {
    expect(ask('how much is teeth whitening?').text).toContain('If you have not had a cleaning in the last 6 months');
    expect(ask('how much is an implant?').text).toContain('the crown on the implant is paid separately');
    expect(ask('how much is the deep cleaning for gum disease?').text).toContain('Price per quadrant');
  });

  it('answers how long a pack is valid with its validity, not with how long a visit takes', () => {
    const reply = ask('how long is the 2-cleaning pack valid?');
    expect(reply.sources).toEqual(['cleaning-pack']);
    expect(reply.text).toContain('valid for 12 months');
    expect(reply.text).not.toContain('45 min');
  });

  it.each([
    ['are you open on the 19th?', ['Team training day', 'closed']],
    ['obriu dissabte?', ['10:00–14:00']],
    ['abrís el día 24?', ['Nochebuena', '09:00–13:00']],
  ])('answers %j for that day', (text, parts) => {
    const reply = ask(text);
    expect(reply.responder).toBe('offline:hours-date');
    for (const part of parts) expect(reply.text).toContain(part);
  });

  it('speaks to Spanish patients with "tú", as its style guide asks', () => {
    expect(ask('hola, buenas tardes').text).toContain('¿En qué te podemos ayudar?');
    expect(ask('quiero pedir cita para una limpieza').text).toContain('envíanos el servicio que quieres');
  });

  it("quotes the practice's own emergency advice to a patient who may be in danger", () => {
    const reply = ask('tengo la cara muy hinchada desde la extracción y me cuesta respirar');
    expect(reply).toMatchObject({ responder: 'offline:safety', sources: ['emergencies'] });
    expect(reply.text).toContain('llama al 112');
    expect(reply.handoff).toBeDefined();
  });

  it('reads toothache as a reason to come in, not as a complaint', () => {
    const reply = ask('tinc molt de mal de queixal, em podeu atendre avui?');
    expect(reply.handoff?.reason).not.toBe('complaint');
    expect(reply.intent).toBe('booking');
  });

  it('never states a price for a treatment it has no price for', () => {
    const reply = ask('how much do veneers cost?');
    expect(reply.sources).toEqual(['veneers']);
    expect(unknownAmounts(reply.text, dental)).toEqual([]);
  });
});

describe.each(readdirSync(demoDir).filter((f) => f.endsWith('.json')))('demo %s', (file) => {
  const business = load(file);
  const languages = business.profile.languages;

  it.each(['hello', 'what are your opening hours?', 'what services do you offer?', 'where are you?'])(
    'answers %j without handing off',
    (text) => {
      const reply = respond(request(business, text));
      expect(reply.handoff, reply.text).toBeUndefined();
      expect(languages).toContain(reply.language);
      expect(reply.text.trim()).not.toBe('');
    },
  );

  it.each(['what services do you offer?', 'how much is it?', 'prices?', 'what are your prices?'])(
    'states only amounts from its data: %j',
    (text) => {
      const reply = respond(request(business, text));
      expect(unknownAmounts(reply.text, business)).toEqual([]);
    },
  );
});
