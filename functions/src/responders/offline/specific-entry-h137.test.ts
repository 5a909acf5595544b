/**
 * A salon's own entry about a trial before the day, skin going red, sugaring instead of wax, a place to pray, and
 * home visits to a town whose name looks like a word ("الوكرة", not a locker), asked in Gulf and Egyptian Arabic,
 * Arabizi and English: the entry answers, not the service's card nor a handover. Near misses keep the card.
 */
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const WEEK = {
  mon: [{ open: '10:00', close: '21:00' }],
  tue: [{ open: '10:00', close: '21:00' }],
  wed: [{ open: '10:00', close: '21:00' }],
  thu: [{ open: '10:00', close: '21:00' }],
  fri: [{ open: '16:00', close: '21:00' }],
  sat: [{ open: '10:00', close: '21:00' }],
  sun: [{ open: '10:00', close: '21:00' }],
};

const salon = businessFrom({
  id: 'henna-test',
  profile: {
    name: 'Henna Test',
    vertical: 'salon',
    timezone: 'Asia/Dubai',
    currency: 'AED',
    languages: ['en', 'ar'],
    phone: '+971 4 000 0000',
    address: { en: 'Al Barsha 1, Dubai' },
  },
  hours: WEEK,
  services: [
    {
      id: 'bride-henna',
      name: { en: 'Henna for the bride', ar: 'حنة العروس' },
      description: { en: 'Hands and feet, natural henna, at the salon or at home.' },
      durationMinutes: 180,
      price: 700,
      priceMax: 1200,
    },
    { id: 'brows', name: { en: 'Eyebrow threading', ar: 'خيط الحواجب' }, durationMinutes: 15, price: 30 },
    { id: 'leg-wax', name: { en: 'Full leg wax', ar: 'شمع الرجلين' }, durationMinutes: 45, price: 120 },
  ],
  qa: [
    {
      id: 'trial',
      question: { en: 'Can I book a henna trial for my wedding?' },
      answer: { en: 'Yes: a trial on one hand is 100 AED, taken off the bridal price if you book within a month.' },
    },
    {
      id: 'red-after',
      question: { en: 'Will my skin go red after threading?' },
      answer: { en: 'A little pink for up to an hour. Come the day before an event, not the same morning.' },
    },
    {
      id: 'sugar',
      question: { ar: 'تسوون حلاوة بدل الشمع؟' },
      answer: { ar: 'لا، نستخدم شمع صلب للمناطق الحساسة وشمع الشرائط للجسم.' },
    },
    {
      id: 'prayer',
      question: { ar: 'عندكم مصلى؟' },
      answer: { ar: 'نعم، ركن صغير للصلاة مع سجادة، والوضوء في الحمام.' },
    },
    {
      id: 'home',
      question: { en: 'Do you come to the house for henna?', ar: 'تجون البيت للحناء؟' },
      answer: { en: 'Yes, anywhere in Dubai (+150) and in Sharjah or Al Wakra (+250).' },
    },
  ],
  staff: [{ email: 'owner@henna-test.test', name: 'Owner', role: 'owner' }],
});

/** Tuesday 8 December 2026, 14:00 in Dubai: open. */
const NOW = new Date('2026-12-08T10:00:00Z');
const ask = (text: string) => respond(request(salon, text, { now: NOW }));

describe("a salon's own entry over its card or a handover (h137)", () => {
  it.each([
    // Egyptian Arabic: a trial of the henna before booking, and its price.
    ['عايزه اعمل تجربه للحنه الاول قبل الفرح، بكام؟', 'trial'],
    // Gulf Arabic: will threading leave the face red before an evening event.
    ['اذا سويت خيط للحواجب اليوم العصر بشرتي بتحمر؟ عندي عرس بالليل', 'red-after'],
    ['my engagement party is tonight, if I get my brows threaded at noon will my skin stay red?', 'red-after'],
    // Arabizi: sugaring instead of wax, with sensitive skin.
    ['3andkom 7alawa badal el sham3? bashrti ma tit7ammal', 'sugar'],
    // English: a place to pray and to make wudu while waiting.
    ['can I pray somewhere inside while I wait? and is there a place for wudu?', 'prayer'],
    // A town whose name reads like "locker".
    ['تجون البيت في الوكرة؟', 'home'],
  ])('answers %j with its own entry', (text, id) => {
    const reply = ask(text);
    expect(reply.handoff, `${reply.note ?? ''} ${reply.text}`).toBeUndefined();
    expect(reply.sources, reply.note).toContain(id);
  });

  it.each([
    // The price of the bride's henna itself is the card's.
    ['بكام حنة العروس؟', 'bride-henna'],
    ['how much is eyebrow threading?', 'brows'],
    ['how much is a full leg wax?', 'leg-wax'],
  ])('keeps %j for the card', (text, id) => {
    const reply = ask(text);
    expect(reply.sources, reply.note).toContain(id);
    expect(reply.sources).not.toContain('trial');
    expect(reply.sources).not.toContain('red-after');
    expect(reply.sources).not.toContain('sugar');
  });

  it('does not answer a question about opening after the prayer with the prayer corner', () => {
    const reply = ask('بتفتحوا بعد صلاة الجمعة؟');
    expect(reply.sources ?? []).not.toContain('prayer');
  });
});
