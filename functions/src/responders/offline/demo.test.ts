/**
 * The offline responder against the demo businesses in functions/demo, as a
 * customer would meet them. The checks name services and Q&A by id and
 * prices by the profile's own numbers, not by the demo's wording.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessFrom, CLOSED_NOW, OPEN_NOW, request } from '../fixture.test-helper.js';
import type { BusinessContext } from '../responder.js';
import { formatMoney } from './format.js';
import { respond } from './offline.js';

const demoDir = new URL('../../../demo/', import.meta.url);
const load = (file: string): BusinessContext =>
  businessFrom(JSON.parse(readFileSync(new URL(file, demoDir), 'utf8')) as unknown);

describe('Glow Laser Clinic demo', () => {
  const glow = load('glow-laser-clinic.json');
  const service = (id: string) => glow.services.find((s) => s.id === id)!;
  const ask = (text: string, now = OPEN_NOW) => respond(request(glow, text, { now }));

  it.each([
    ['how much is full legs?', 'en', 'full-legs'],
    ["combien coûte l'épilation des aisselles ?", 'fr', 'underarms'],
    ['كم سعر الليزر للإبط؟', 'ar', 'underarms'],
    ['kam se3r el underarms?', 'ar', 'underarms'],
  ])('prices %j from the service list', (text, language, serviceId) => {
    const reply = ask(text);
    expect(reply).toMatchObject({ language, responder: 'offline:service-price', sources: [serviceId] });
    for (const variant of service(serviceId).variants) expect(reply.text).toContain(String(variant.price));
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

  it('greets with the style guide greeting', () => {
    const reply = ask('hello');
    expect(reply.responder).toBe('offline:greeting');
    expect(reply.text).toContain(glow.profile.name);
  });

  it.each([
    ['I want to talk to a human', 'requested'],
    ['your laser burned my skin, this is unacceptable', 'complaint'],
    ['qwertz uiop', 'low_confidence'],
  ])('hands %j off (%s)', (text, reason) => {
    expect(ask(text).handoff?.reason).toBe(reason);
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

  it('quotes only prices from its services', () => {
    const reply = respond(request(business, 'what services do you offer?'));
    const prices = new Set(business.services.flatMap((s) => [s.price, s.priceMax, ...s.variants.map((v) => v.price)]));
    // Find amounts the way they are written: "AED 450", "$45", "45 €"…
    const [before = '', after = ''] = formatMoney(7, business.profile.currency, reply.language).split('7');
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const money = new RegExp(`${escape(before)}([\\d,.]+)${escape(after)}`, 'g');
    const quoted = [...reply.text.matchAll(money)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(quoted.length).toBeGreaterThan(0);
    for (const amount of quoted) expect(prices.has(amount), `${amount} in ${reply.text}`).toBe(true);
  });
});
