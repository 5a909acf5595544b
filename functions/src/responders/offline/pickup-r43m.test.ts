/**
 * Being picked up at one's lodging, asked in the words people use ("venite a prenderci?", "nos venís a buscar?",
 * a Russian "трансфер из отеля"), reaches the business's pick-up service or its entry, whichever language it is
 * written in; a French deposit question ("faut-il payer quelque chose d'avance ?") reaches the deposit policy.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const tours = businessFrom({
  id: 'tours-pickup',
  profile: {
    name: 'Passeios do Montado',
    vertical: 'other',
    timezone: 'Europe/Lisbon',
    languages: ['pt', 'en'],
    currency: 'EUR',
    phone: '+351 900 000 000',
    address: { pt: 'Rua Direita 1, Évora' },
  },
  hours: {
    mon: [{ open: '08:00', close: '18:00' }],
    tue: [{ open: '08:00', close: '18:00' }],
    wed: [{ open: '08:00', close: '18:00' }],
    thu: [{ open: '08:00', close: '18:00' }],
    fri: [{ open: '08:00', close: '18:00' }],
    sat: [{ open: '08:00', close: '13:00' }],
    sun: [],
  },
  holidays: [],
  policies: [
    {
      id: 'sinal',
      title: { pt: 'Sinal e pagamento', en: 'Deposit and payment' },
      text: {
        pt: 'Para reservar pedimos um sinal de 30 % por MB Way ou transferência; o resto paga-se no dia.',
        en: 'To book we ask a 30 % deposit by MB Way or bank transfer; the rest is paid on the day.',
      },
    },
  ],
  services: [
    {
      id: 'passeio',
      name: { pt: 'Passeio de jipe no montado', en: 'Jeep tour of the cork forest' },
      durationMinutes: 180,
      price: 55,
    },
    {
      id: 'recolha',
      name: { pt: 'Recolha no hotel em Évora', en: 'Pick-up from Évora hotels' },
      durationMinutes: 30,
      price: 12,
      priceNote: { pt: 'por pessoa, ida e volta' },
    },
  ],
  knowledge: [],
  qa: [
    {
      id: 'buscar-hotel',
      question: 'Vocês vão buscar ao hotel?',
      answer: 'Sim, a alojamentos em Évora e até 10 km, 12 € por pessoa ida e volta.',
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@montado.test', name: 'Owner', role: 'owner' }],
});
/** Tuesday 8 June 2027, 10:00 in Évora. */
const NOW = new Date('2027-06-08T09:00:00Z');
const ask = (text: string) => respond(request(tours, text, { now: NOW }));

describe('a pick-up at the lodging, asked as people ask it', () => {
  it.each([
    'venite a prenderci in hotel la mattina o dobbiamo prendere un taxi?',
    'nos venís a buscar al hotel?',
    'vous passez nous prendre à l hôtel ?',
    'Сколько стоит трансфер из отеля и обратно?',
  ])('%j reaches the pick-up', (text) => {
    const reply = ask(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(['recolha', 'buscar-hotel']).toContain(reply.sources?.[0]);
  });

  it('answers a French question about paying something in advance with the deposit policy', () => {
    const reply = ask("pour réserver il faut payer quelque chose d'avance ? on peut faire un virement ?");
    expect(reply.sources?.[0], reply.note).toBe('sinal');
  });

  it('does not read a French thanks in advance as a deposit question', () => {
    const reply = ask("vous faites des balades en jeep ? merci d'avance");
    expect(reply.sources ?? []).not.toContain('sinal');
  });
});
