/**
 * Moving an appointment as Arabic speakers write it: Egyptian "عايز أأجل الميعاد", Levantine "بدي
 * أجّل موعدي", Gulf "ابي اغير الموعد", a verb with its object ("نأجله"), a noun ("تأجيل الحجز"). Each goes to
 * the booking flow. Not the "أجل" of "من أجل" (for the sake of), nor "معاد" of a thing made again
 * ("معاد تدويره", recycled), which ask about the business.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const ask = (text: string) => respond(request(fixtureBusiness(), text));

describe('offline responder: Arabic moving of an appointment', () => {
  it.each([
    'عايز أأجل الميعاد بتاعي من الخميس للسبت',
    'عايزة أغير معادي ليوم الحد',
    'بدي أجّل موعدي لأسبوع الجاي',
    'ابي اغير الموعد من الاربعاء للخميس',
    'ممكن تأجيل الحجز ليوم الجمعة؟',
    'ينفع نأجله ليوم السبت؟',
  ])('%j goes to the booking flow', (text) => {
    const reply = ask(text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBe('booking');
  });

  it.each(['شو لازم اعمل من أجل العناية بالبشرة بعد الجلسة؟', 'هل الكريم اللي تستعملوه معاد تدويره؟'])(
    '%j books nothing',
    (text) => {
      const reply = ask(text);
      expect(reply.intent, `${reply.responder} ${reply.note}`).not.toBe('booking');
    },
  );
});
