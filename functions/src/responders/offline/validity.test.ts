/**
 * "How long is the 10-class pass valid?": what an entry about validity
 * says, when the business wrote one; the pass's card (whose price note
 * carries the months) when it did not; and its price when the price is
 * asked too.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const WEEK = {
  mon: [{ open: '08:00', close: '21:00' }],
  tue: [{ open: '08:00', close: '21:00' }],
  wed: [{ open: '08:00', close: '21:00' }],
  thu: [{ open: '08:00', close: '21:00' }],
  fri: [{ open: '08:00', close: '20:00' }],
  sat: [{ open: '09:00', close: '13:00' }],
  sun: [],
};

const PASSES = {
  id: 'reformer',
  name: { en: 'Group reformer class', es: 'Reformer en grupo' },
  durationMinutes: 55,
  price: 28,
  priceMax: 440,
  priceNote: {
    en: 'drop-in €28; 5-class pass €130, 10-class pass €240 (3 months), 20-class pass €440 (6 months)',
    es: 'clase suelta 28 €; bono 5 clases 130 €, bono 10 clases 240 € (3 meses), bono 20 clases 440 € (6 meses)',
  },
  variants: [
    { id: 'drop-in', name: { en: 'Drop-in', es: 'Clase suelta' }, durationMinutes: 55, price: 28 },
    { id: 'pass-10', name: { en: '10-class pass', es: 'Bono 10 clases' }, durationMinutes: 55, price: 240 },
  ],
};

const EXPIRY = {
  id: 'pass-expiry',
  question: { es: '¿Cuánto duran los bonos?' },
  answer: {
    es: 'Los bonos de 5 y de 10 clases duran 3 meses y el de 20 clases 6 meses, desde el día de la compra. Cuando caducan no se pueden ampliar.',
  },
};

const studio = (qa: object[]) =>
  businessFrom({
    id: 'pilates-test',
    profile: {
      name: 'Pilates Test',
      vertical: 'other',
      timezone: 'Europe/Madrid',
      currency: 'EUR',
      languages: ['es', 'en'],
      phone: '+34 971 000 000',
      address: { es: 'Carrer de Sant Magí 10, Palma' },
    },
    hours: WEEK,
    services: [PASSES],
    qa,
    staff: [{ email: 'owner@pilates.test', name: 'Owner', role: 'owner' }],
  });

const NOW = new Date('2027-02-10T10:00:00Z');

describe('how long a pass stays valid', () => {
  it('is answered by the entry about validity, which says from when and what happens after', () => {
    const reply = respond(
      request(studio([EXPIRY]), 'how long is the 10 class reformer pass valid? bought mine in october', { now: NOW }),
    );
    expect(reply.sources, reply.note).toContain('pass-expiry');
  });

  it('is answered by the pass’s card when the business wrote no entry about it', () => {
    const reply = respond(request(studio([]), 'how long is the 10 class reformer pass valid?', { now: NOW }));
    expect(reply.sources, reply.note).toEqual(['reformer']);
    expect(reply.text).toContain('(3 months)');
  });

  it('gives the price too when the price is asked', () => {
    const reply = respond(
      request(studio([EXPIRY]), 'how much is the 10 class pass and how long is it valid?', { now: NOW }),
    );
    expect(reply.sources, reply.note).toContain('reformer');
    expect(reply.text).toContain('240');
  });
});
