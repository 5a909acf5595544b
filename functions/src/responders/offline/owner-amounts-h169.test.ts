/**
 * Amounts written as the owner writes them: an owner who writes "1500 DH" and
 * "12000 DH" gets "1500" in a reply, not "1 500" (the customer looks in the
 * reply for the figure as they and the owner write it); an owner who groups
 * thousands, writes both ways, or writes no amount of four digits keeps the
 * language's grouping.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { ownerWritesThousandsWhole } from '../../domain/amounts.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const WEEK = {
  mon: [{ open: '09:00', close: '17:00' }],
  tue: [{ open: '09:00', close: '17:00' }],
  wed: [{ open: '09:00', close: '17:00' }],
  thu: [{ open: '09:00', close: '17:00' }],
  fri: [{ open: '09:00', close: '17:00' }],
  sat: [],
  sun: [],
};

/** A physiotherapy practice in Casablanca; `note` is how its owner writes a price in a Q&A answer. */
const practice = (note: string): BusinessProfileInput => ({
  id: 'kine-anfa',
  profile: {
    name: 'Kiné Anfa',
    vertical: 'clinic',
    timezone: 'Africa/Casablanca',
    languages: ['fr', 'ar'],
    currency: 'MAD',
    phone: '+212 522 00 00 00',
    address: { fr: '12 boulevard d’Anfa, Casablanca' },
  },
  hours: WEEK,
  holidays: [],
  policies: [],
  services: [
    { id: 'bilan', name: { fr: 'Bilan postural', ar: 'تقييم وضعية الجسم' }, durationMinutes: 60, price: 1500 },
    {
      id: 'forfait',
      name: { fr: 'Forfait rééducation du genou', ar: 'باقة إعادة تأهيل الركبة' },
      durationMinutes: 45,
      price: 12000,
    },
    { id: 'seance', name: { fr: 'Séance de kiné', ar: 'حصة علاج طبيعي' }, durationMinutes: 45, price: 400 },
  ],
  knowledge: [],
  qa: [{ id: 'remboursement', question: { fr: 'Est-ce remboursé par la mutuelle ?' }, answer: { fr: note } }],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@kine.test', name: 'Owner', role: 'owner' }],
});

const NOW = new Date('2027-05-12T10:00:00Z');
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts written as the owner writes them', () => {
  const whole = businessFrom(
    practice('Oui : le bilan (1500 DH) et le forfait genou (12000 DH) sont remboursés sur facture.'),
  );
  const grouped = businessFrom(
    practice('Oui : le bilan (1 500 DH) et le forfait genou (12 000 DH) sont remboursés sur facture.'),
  );
  const none = businessFrom(practice('Oui, sur facture, selon votre mutuelle.'));

  it('reads an owner who writes "1500 DH" and "12000 DH" as writing thousands whole', () => {
    expect(ownerWritesThousandsWhole(whole)).toBe(true);
  });

  it('does not when the owner groups them, or writes no amount of four digits', () => {
    expect(ownerWritesThousandsWhole(grouped)).toBe(false);
    expect(ownerWritesThousandsWhole(none)).toBe(false);
  });

  it('does not when the owner writes them both ways', () => {
    const mixed = businessFrom(practice('Le bilan (1500 DH) et le forfait genou (12 000 DH) sont remboursés.'));
    expect(ownerWritesThousandsWhole(mixed)).toBe(false);
  });

  it('does not count a number that is no price of the business (a year, a postcode)', () => {
    const year = businessFrom(practice('Remboursé depuis 2024 par la CNSS, code 20050.'));
    expect(ownerWritesThousandsWhole(year)).toBe(false);
  });

  it('answers "combien coûte le bilan postural ?" with 1500 when the owner writes it so', () => {
    const reply = respond(request(whole, 'combien coûte le bilan postural ?', { now: NOW }));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(plain(reply.text)).toContain('1500');
  });

  it('answers in Arabic with the figure whole too', () => {
    const reply = respond(request(whole, 'بشحال تقييم وضعية الجسم؟', { now: NOW }));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(plain(reply.text)).toContain('1500');
  });

  it('keeps the grouping of French when the owner groups thousands', () => {
    const reply = respond(request(grouped, 'combien coûte le bilan postural ?', { now: NOW }));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(plain(reply.text)).toContain('1 500');
    expect(plain(reply.text)).not.toContain('1500');
  });
});
