/**
 * The offline responder reading Arabic the way customers in Morocco (and
 * elsewhere) write it: Darija in Arabic script and in Arabizi, French words
 * mixed in. Glow Laser Clinic lists English, Arabic and French; a copy of it
 * whose deposit, payment and parking entries exist only in English and
 * French shows the cross-lingual path (a Darija question answered by an
 * entry the business never wrote in Arabic).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessFrom, request } from '../fixture.test-helper.js';
import type { BusinessContext } from '../responder.js';
import { respond } from './offline.js';

const demoDir = new URL('../../../demo/', import.meta.url);
const raw = () =>
  JSON.parse(readFileSync(new URL('glow-laser-clinic.json', demoDir), 'utf8')) as Record<string, unknown>;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Glow with the Arabic taken out of the entries whose ids are given: what an owner who wrote them in English and French has. */
function withoutArabic(ids: readonly string[]): BusinessContext {
  const input = raw();
  const strip = (value: unknown) => {
    if (value && typeof value === 'object' && 'ar' in value) delete (value as Record<string, unknown>).ar;
  };
  for (const list of ['qa', 'knowledge', 'policies'] as const) {
    for (const entry of input[list] as Record<string, unknown>[]) {
      if (!ids.includes(entry.id as string)) continue;
      for (const field of ['question', 'answer', 'title', 'body', 'text']) strip(entry[field]);
      if (Array.isArray(entry.alternates)) entry.alternates = [];
    }
  }
  return businessFrom(input);
}

describe('offline responder, spoken Arabic (Glow Laser Clinic)', () => {
  const glow = businessFrom(raw());
  const ask = (text: string) => respond(request(glow, text));

  it.each([
    ['واش الليزر كيضر بزاف؟', 'pain'],
    ['wach laser kaydrr bzaf?', 'pain'],
    ['واش نقدر ندير الليزر وانا حامله؟', 'pregnancy'],
    ['ana 7amla, wach n9der ndir laser?', 'pregnancy'],
    ['wach kayn parking 9rib?', 'parking|location-parking'],
    ['شحال من جلسه خاصني باش يمشي الشعر؟', 'sessions-count|how-many-sessions'],
  ])('answers %j from the Q&A or the knowledge, in Arabic', (text, ids) => {
    const reply = ask(text);
    expect(reply.language).toBe('ar');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources?.some((id) => ids.split('|').includes(id))).toBe(true);
  });

  it.each(['فين جات العيادة؟', 'fin kaynin 3afak?'])('gives the address for %j', (text) => {
    const reply = ask(text);
    expect(reply.language).toBe('ar');
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.responder).toBe('offline:location');
  });

  it.each(['بشحال الليزر ديال الابط؟', 'bch7al laser dyal l underarms?', 'chhal le prix dyal les aisselles?'])(
    'prices %j from the business data, in Arabic',
    (text) => {
      const reply = ask(text);
      expect(reply.language).toBe('ar');
      const underarms = glow.services.find((s) => s.id === 'underarms')!;
      for (const variant of underarms.variants) expect(plain(reply.text)).toContain(String(variant.price));
    },
  );

  it.each([
    ['salam', 'offline:greeting'],
    ['السلام عليكم', 'offline:greeting'],
    ['slm labas 3likom', 'offline:greeting'],
    ['salam 3alaikum shabab', 'offline:greeting'],
    ['salam ya jama3a', 'offline:greeting'],
    ['chokran bzaf', 'offline:thanks'],
    ['شكرا، الله يخليك', 'offline:thanks'],
    // Thanks said apart from the "salam" that shares their root: thanks, whatever else is said.
    ['salam, chokran bzaf 3la lm3louma', 'offline:thanks'],
    ['3aslema', 'offline:greeting'],
    ['يعيشك برشا، ربي يحفظك', 'offline:thanks'],
    ['بسلامة', 'offline:goodbye'],
    ['bslama', 'offline:goodbye'],
  ])('answers the small talk %j in Arabic', (text, responder) => {
    const reply = ask(text);
    expect(reply.responder).toBe(responder);
    expect(reply.language).toBe('ar');
    expect(reply.handoff).toBeUndefined();
  });

  it.each(['bghit ndir rdv ghda 3afak', 'بغيت ناخد موعد نهار السبت', 'wach n9der nakhod rendez-vous lyoum?'])(
    'reads %j as a booking request',
    (text) => {
      const reply = ask(text);
      expect(reply.intent).toBe('booking');
      expect(reply.language).toBe('ar');
    },
  );

  it.each(['ما قادراش نتنفس من بعد الجلسه، وجهي تنفخ', 'wjhi tnfkh w ma n9drch ntneffes'])(
    'hands %j to a person with emergency advice',
    (text) => {
      const reply = ask(text);
      expect(reply.safety?.emergency).toBeTruthy();
      expect(reply.handoff).toBeDefined();
      expect(reply.intent).not.toBe('booking');
    },
  );
});

describe('offline responder, Egyptian Arabic (Glow Laser Clinic)', () => {
  const glow = businessFrom(raw());
  const ask = (text: string) => respond(request(glow, text));

  it.each(['عايز ميعاد بكرة الساعة ٥', 'محتاجه ميعاد النهارده', '3ayza a7gez bokra'])(
    'reads %j as a booking request',
    (text) => {
      const reply = ask(text);
      expect(reply.intent, reply.note).toBe('booking');
      expect(reply.language).toBe('ar');
    },
  );

  it.each(['انتو فاتحين دلوقتي؟', 'انتو قافلين النهارده؟'])('answers %j with the opening hours', (text) => {
    const reply = ask(text);
    expect(reply.responder, reply.note).toMatch(/^offline:hours/);
    expect(reply.language).toBe('ar');
  });

  it('hands "عايز اكلم حد من الموظفين" (I want to talk to someone) to a person', () => {
    expect(ask('عايز اكلم حد من الموظفين لو سمحت').handoff?.reason).toBe('requested');
  });
});

describe('offline responder, a Darija question answered by an entry written in English or French', () => {
  const business = withoutArabic(['deposit', 'payment-methods', 'parking', 'location-parking']);
  const ask = (text: string) => respond(request(business, text));

  it.each([
    ['واش خاصني نخلص العربون؟', 'deposit'],
    ['wach khass tasbi9?', 'deposit'],
    ['kifach nkhless? cash wla carte?', 'payment-methods'],
    ['واش كاين باركينغ؟', 'parking'],
  ])('answers %j in Arabic from an entry written in another language', (text, id) => {
    const reply = ask(text);
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(reply.sources).toContain(id);
    expect(reply.language).toBe('ar');
    expect(['en', 'fr']).toContain(reply.answerLanguage);
  });
});

describe('offline responder, Arabizi to a business that does not list Arabic', () => {
  const paws = businessFrom(JSON.parse(readFileSync(new URL('happy-paws-grooming.json', demoDir), 'utf8')) as unknown);

  it('answers in English, which the business lists', () => {
    const reply = respond(request(paws, 'salam, wach kayn parking 9rib?'));
    expect(reply.language).toBe('en');
  });

  it.each(['tamam', 'ok tamam', 'tmam chokran'])('answers %j, an Arabizi acknowledgement, as small talk', (text) => {
    const reply = respond(request(paws, text));
    expect(reply.handoff, reply.note).toBeUndefined();
    expect(['offline:ack', 'offline:thanks']).toContain(reply.responder);
  });
});
