/**
 * An owner who writes an entry in Arabic and its alternates in English ("lap time", "membership") wrote them in
 * English, not Arabizi: a Latin-script alternate on an Arabic-only entry is read in the business's Latin-script
 * languages unless it reads as Arabizi. Whether a membership is worth it is asked in many words ("beneficial for
 * us", "sale a cuenta", "rentiert sich"), and the Arabic membership ("العضوية") is a membership.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request, weekdays } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const track = businessFrom({
  id: 'track-test',
  profile: {
    name: 'Track Test',
    vertical: 'other',
    timezone: 'Asia/Kuwait',
    currency: 'KWD',
    languages: ['ar', 'en'],
    phone: '+965 2200 0000',
    address: { ar: 'الري، قطعة 1', en: 'Al Rai, Block 1' },
  },
  hours: weekdays('14:00', '23:00'),
  services: [
    { id: 'session', name: { ar: 'سيشن 10 دقايق', en: '10-minute session' }, durationMinutes: 10, price: 5.5 },
    { id: 'card', name: { ar: 'بطاقة العضوية', en: 'Membership card' }, durationMinutes: 10, price: 25 },
  ],
  qa: [
    {
      id: 'results',
      question: 'وين أشوف أوقات لفاتي؟',
      answer: 'بعد كل سيشن توصلك أسرع لفة بالواتساب، وكل أوقاتك محفوظة بالتطبيق.',
      alternates: ['lap time', 'أسرع لفة'],
    },
    {
      id: 'worth',
      question: 'العضوية تستاهل؟',
      answer: 'إذا تجي مرة بالشهر أو أكثر إي: خصم 20% على كل سيشن.',
      alternates: ['membership'],
    },
    {
      id: 'price-word',
      question: 'كم سعر السيشن للأطفال؟',
      answer: 'سيشن الأطفال 4 د.ك.',
      alternates: ['kam se3r el atfal'],
    },
  ],
  staff: [{ email: 'owner@track-test.test', name: 'Owner', role: 'owner' }],
});

const NOW = new Date('2026-12-08T12:00:00Z');
const ask = (text: string) => respond(request(track, text, { now: NOW }));

describe('an English alternate on an Arabic entry is English', () => {
  it.each([
    'where can I check my lap times from last night?',
    'I lost the message with my lap time, can I see it somewhere?',
  ])('%s', (text) => {
    const reply = ask(text);
    expect(reply.sources, reply.note).toContain('results');
  });

  it('the address is still the address', () => {
    const reply = ask('where are you exactly?');
    expect(reply.sources ?? [], reply.note).not.toContain('results');
  });
});

describe('whether a membership is worth it', () => {
  it.each([
    ['en', 'we come twice a month, is the membership beneficial for us?'],
    ['es', '¿nos sale a cuenta la tarjeta de socio si venimos cada semana?'],
    ['de', 'rentiert sich die Mitgliedskarte, wenn wir alle zwei Wochen kommen?'],
    ['ar', 'العضوية تسوى لو اجي كل اسبوعين؟'],
  ])('%s: the entry on whether it is worth it', (_language, text) => {
    const reply = ask(text);
    expect(reply.sources?.[0], reply.note).toBe('worth');
  });

  it('the price of the card is still the card', () => {
    const reply = ask('how much is the membership card?');
    expect(reply.sources, reply.note).toContain('card');
    expect(reply.text).toContain('25');
  });
});
