/**
 * Round 43 (r43e), end to end through the offline responder on a sailing-tour business that writes in English and
 * Italian: a question about sitting or standing on board, about the cold out there and a jacket (with laughter and
 * light verbs around it) find the entry that answers them, in other languages.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

/** A small sailing-tour operator on Lake Garda. */
const INPUT: BusinessProfileInput = {
  id: 'garda-sailing-tours',
  profile: {
    name: 'Vela Garda Tours',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en'],
    currency: 'EUR',
    phone: '+39 045 000 0000',
    address: { it: 'Porto di Bardolino' },
  },
  hours: {
    mon: [{ open: '09:00', close: '19:00' }],
    tue: [{ open: '09:00', close: '19:00' }],
    wed: [{ open: '09:00', close: '19:00' }],
    thu: [{ open: '09:00', close: '19:00' }],
    fri: [{ open: '09:00', close: '19:00' }],
    sat: [{ open: '09:00', close: '19:00' }],
    sun: [{ open: '09:00', close: '13:00' }],
  },
  holidays: [],
  policies: [
    {
      id: 'cancellations',
      title: { it: 'Cancellazioni' },
      text: { it: 'Cancellazione gratuita fino a 48 ore prima; dopo tratteniamo la caparra.' },
    },
  ],
  services: [
    {
      id: 'morning-trip',
      name: { it: 'Giro in barca del mattino', en: 'Morning boat trip' },
      description: { it: 'Tre ore sul lago con lo skipper, partenza alle 9.' },
      durationMinutes: 180,
      price: 60,
    },
    {
      id: 'sunset-trip',
      name: { it: 'Giro in barca al tramonto', en: 'Sunset boat trip' },
      description: { it: 'Due ore al tramonto con aperitivo a bordo, da maggio a settembre.' },
      durationMinutes: 120,
      price: 75,
    },
  ],
  knowledge: [],
  qa: [
    {
      id: 'seduti',
      question: { it: 'Si sta seduti durante la veleggiata?' },
      answer: { it: 'Sì, ci sono panche imbottite in pozzetto; solo chi vuole aiuta in piedi con le vele.' },
    },
    {
      id: 'freddo',
      question: { it: 'Fa freddo sul lago?' },
      answer: { it: 'Al mattino e al tramonto sì: portate una giacca a vento o una felpa anche d’estate.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@velagarda.test', name: 'Owner', role: 'owner' }],
};

const garda = businessFrom(INPUT);
const NOW = new Date('2027-05-10T08:00:00Z');
const ask = (text: string) => respond(request(garda, text, { now: NOW }));

describe('sitting or standing on board', () => {
  it.each([
    ['es', 'mi suegra tiene 80 años, hay que ir de pie todo el rato o puede ir sentada?'],
    ['pt', 'meu pai ta perguntando se da pra ir sentado ou se fica em pé o tempo todo rs'],
    ['fr', 'on est assis pendant la veleggiata ?'],
    ['de', 'kann man auf dem Boot sitzen?'],
  ])('%s: %j', (_language, text) => {
    const result = ask(text);
    expect(result.sources, result.note).toContain('seduti');
  });
});

describe('the cold out there, and a jacket', () => {
  it.each([
    ['es', 'oigan hace frío en el lago? somos de Guadalajara jaja, traemos chamarra o no?'],
    ['pt', 'faz frio lá no lago de manhã? levo agasalho?'],
    ['ca', 'fa fred al llac? cal portar jersei?'],
    ['en', 'is it cold on the lake in the morning, should we bring a jacket?'],
  ])('%s: %j', (_language, text) => {
    const result = ask(text);
    expect(result.handoff, result.note).toBeUndefined();
    expect(result.sources, result.note).toContain('freddo');
  });
});
