import { describe, expect, it } from 'vitest';
import { fixtureBusiness, OPEN_NOW, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();

describe('several questions in one message', () => {
  it.each([
    // [message, sources every part of which must be in the reply]
    ['does laser hurt? do you have parking?', ['laser-pain', 'parking']],
    ['how many sessions will I need? is there parking?', ['sessions', 'parking']],
    ['Combien de séances faut-il ? Avez-vous un parking ?', ['sessions', 'parking']],
    ['هل يوجد موقف سيارات؟ هل الليزر مؤلم؟', ['parking', 'laser-pain']],
  ])('answers each: %s', (text, sources) => {
    const reply = respond(request(business, text));
    expect(reply.handoff).toBeUndefined();
    for (const source of sources) expect(reply.sources).toContain(source);
  });

  it('gives what it can and hands the rest to a person', () => {
    const reply = respond(request(business, 'do you have parking? do you sell organic dog food?'));
    expect(reply.handoff?.reason).toBe('low_confidence');
    expect(reply.sources).toContain('parking');
    expect(reply.text).toContain('Marina Walk basement');
    expect(reply.text).toContain('One of our team will get back to you shortly.');
  });

  it.each([
    'do you have parking? underground or outside?',
    'is there parking nearby? for free?',
    'hay parking? gratis o de pago?',
  ])('takes %j, a clause of a word or two after an answered one, for a detail of that answer', (text) => {
    const reply = respond(request(business, text));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('parking');
  });

  it('takes the one question after the clauses that tell its case for a question about them', () => {
    const text = 'My mum is 60. She read that laser hair removal hurts. Is it bearable at her age?';
    const reply = respond(request(business, text));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('laser-pain');
  });

  it.each([
    'I have had a ringing in my ears for six months and the ENT found nothing. Does laser help with this?',
    'J’ai des acouphènes depuis des mois, l’ORL n’a rien trouvé. Le laser peut aider pour ça ?',
  ])('hands over a question about the story when the story tells what the business never wrote about: %s', (text) => {
    const reply = respond(request(business, text));
    expect(reply.handoff?.reason, reply.note).toBe('low_confidence');
  });

  it('answers a question about the story with what answers the story', () => {
    const text = 'My mum is 60 and she is scared that laser hair removal hurts. Can you help with that?';
    const reply = respond(request(business, text));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('laser-pain');
  });

  it('still hands over the one question when it names an offering the business never wrote about', () => {
    const text = 'My sister is scared that laser hair removal hurts a lot. Do you also sell organic dog food?';
    const reply = respond(request(business, text));
    expect(reply.handoff?.reason).toBe('low_confidence');
  });

  it('still hands over a longer question of its own after an answered one', () => {
    const reply = respond(request(business, 'do you have parking? and can my husband wait in the room with me?'));
    expect(reply.sources).toContain('parking');
    expect(reply.handoff?.reason).toBe('low_confidence');
  });

  it.each(['do you have parking? honestly tbh anyway lol 2?', 'is there parking? honestly we have like 2 lol?'])(
    'takes %j, a clause of everyday words and figures, for telling, not asking',
    (text) => {
      const reply = respond(request(business, text));
      expect(reply.handoff, reply.note).toBeUndefined();
      expect(reply.sources).toContain('parking');
    },
  );

  it.each([
    'oii gente tudo bem? vocês têm estacionamento?',
    'hola chicos, qué tal? tenéis parking?',
    'hey guys how are you? is there parking?',
  ])('takes %j, a greeting that asks after the customer, for small talk, not a question', (text) => {
    const reply = respond(request(business, text));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain('parking');
  });

  it('answers one question once, however many clauses ask it', () => {
    const reply = respond(request(business, 'parking? where can I park? is there parking?'));
    expect(reply.sources).toEqual(['parking']);
    expect(reply.text.match(/Marina Walk basement/g)).toHaveLength(1);
  });

  it('leaves small talk out of the questions', () => {
    const reply = respond(request(business, 'Hi! Do you have parking? Thanks'));
    expect(reply.handoff).toBeUndefined();
    expect(reply.sources).toEqual(['parking']);
  });
});

it('reads the clauses at the time of the request', () => {
  expect(respond(request(business, 'do you have parking?', { now: OPEN_NOW })).sources).toEqual(['parking']);
});

describe('what is told around a question', () => {
  it.each([
    'my sister screams for hours every time she waxes. does laser hurt?',
    'my mum cried for hours after her last wax!! does laser hurt?',
  ])('%j: opening hours said in the story are no question about opening', (text) => {
    const reply = respond(request(business, text));
    expect(reply.responder).not.toMatch(/hours/);
    expect(reply.sources).toContain('laser-pain');
  });
});
