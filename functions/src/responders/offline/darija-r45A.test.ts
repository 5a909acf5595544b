/**
 * Round 45, end to end: a sleep clinic (fr/ar) answers Arabic as its customers write it. Moving "it" in Darija
 * Arabizi is a booking act; a no-show or a cancelling asked with the deposit ("l avance") is the cancellation
 * policy, not a service's price; MSA asking when the report is ready finds the French Q&A on the report; a
 * Darija fear of needles finds the Q&A on pain; Arabizi "ma kaytnfsch" is an emergency. A question about the
 * night itself stays a question.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import { respond } from './offline.js';

const INPUT: BusinessProfileInput = {
  id: 'sleep-r45a',
  profile: {
    name: 'Centre du Sommeil Test',
    vertical: 'clinic',
    timezone: 'Africa/Casablanca',
    languages: ['fr', 'ar'],
    currency: 'MAD',
    phone: '+212 522 00 00 00',
    address: { fr: '1 rue Test, Casablanca' },
  },
  hours: {
    mon: [{ open: '09:00', close: '18:00' }],
    tue: [{ open: '09:00', close: '18:00' }],
    wed: [{ open: '09:00', close: '18:00' }],
    thu: [{ open: '09:00', close: '18:00' }],
    fri: [{ open: '09:00', close: '18:00' }],
    sat: [{ open: '09:00', close: '13:00' }],
    sun: [],
  },
  holidays: [],
  policies: [
    {
      id: 'annulation',
      title: { fr: 'Annulation, report et absence', ar: 'الإلغاء والتأجيل والغياب' },
      text: {
        fr: "Annulation ou report jusqu'à 72 heures avant : acompte remboursé. Absence sans prévenir : l'acompte de 1 000 DH est perdu.",
        ar: 'الإلغاء أو التأجيل قبل 72 ساعة يرجع التسبيق. الغياب بدون إخبار: يضيع التسبيق ديال 1000 درهم.',
      },
    },
  ],
  services: [
    { id: 'psg', name: { fr: 'Polysomnographie (nuit au laboratoire)' }, durationMinutes: 720, price: 2800 },
    { id: 'actigraphie', name: { fr: 'Actigraphie sept jours' }, durationMinutes: 30, price: 900 },
  ],
  knowledge: [],
  qa: [
    {
      id: 'delai',
      question: { fr: 'Combien de temps pour avoir le compte rendu ?' },
      answer: { fr: 'Le compte rendu est prêt en 7 à 10 jours ouvrables.' },
    },
    {
      id: 'douleur',
      question: { fr: "Est-ce que l'examen fait mal, il y a des piqûres ?" },
      answer: { fr: 'Non : aucune aiguille, les capteurs sont collés sur la peau.' },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@sleep.test', name: 'Owner', role: 'owner' }],
};

const clinic = businessFrom(INPUT);
/** Monday 2 November 2026, 10:00 in Casablanca. */
const NOW = new Date('2026-11-02T10:00:00Z');
const ask = (text: string) => respond(request(clinic, text, { now: NOW }));

describe('Arabic as the clinic’s customers write it (r45A)', () => {
  it('moving "it" in Darija Arabizi is a booking act', () => {
    const reply = ask('slm, 3ndi lila dyal polysomnographie nhar letnin 9 novembre, wach n9der nbdlha l nhar l7ed 15?');
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).toBe('booking');
  }, 30_000);

  it('a no-show asked with the deposit is the cancellation policy', () => {
    const reply = ask(
      'ila ma jitch l lila dyal l examen wla lghitha nhar 9bel, wach ghadi ydi3 lia l avance dyal 1000 dh?',
    );
    expect(reply.sources, reply.responder).toEqual(['annulation']);
  });

  it('MSA: when is the report ready', () => {
    const reply = ask('السلام عليكم، أجريت فحص النوم في المركز ليلة أمس. بعد كم يوما يصبح التقرير جاهزا؟');
    expect(reply.sources[0], reply.responder).toBe('delai');
  });

  it('Darija: needles and pain', () => {
    const reply = ask('واش الفحص ديال النوم فيه الإبر ولا شي حاجة كتوجع؟ راجلي كيخاف بزاف');
    expect(reply.sources[0], reply.responder).toBe('douleur');
  });

  it('Arabizi: not breathing well is an emergency', () => {
    const reply = ask('3afak jawbouni rajli ma kaytnfsch mzyan, chno ndir?');
    expect(reply.handoff?.reason).toBe('emergency');
  });

  it.each(['wach n9der nji m3a rajli l lila dyal l examen?', 'كم ثمن الفحص ديال الليل؟'])(
    '%s stays a question, no booking act and no emergency',
    (text) => {
      const reply = ask(text);
      expect(reply.intent).not.toBe('booking');
      expect(reply.handoff?.reason).not.toBe('emergency');
    },
  );
});
