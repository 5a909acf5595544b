/**
 * A small business for responder tests: a laser clinic in Dubai that
 * writes in English, Arabic and French (not Spanish), open Saturday to
 * Thursday 10:00–21:00 and Friday 14:00–21:00.
 */
import { BusinessProfileFile, type BusinessProfileInput } from '../profile/schema.js';
import type { BusinessContext, ReplyRequest } from './responder.js';

export const FIXTURE_INPUT: BusinessProfileInput = {
  id: 'glow-test',
  profile: {
    name: 'Glow Test Clinic',
    vertical: 'clinic',
    timezone: 'Asia/Dubai',
    languages: ['en', 'ar', 'fr'],
    currency: 'AED',
    phone: '+971 4 555 0100',
    email: 'hello@glow.test',
    address: {
      en: 'Shop 12, Marina Walk, Dubai Marina',
      ar: 'محل 12، ممشى المارينا، دبي مارينا',
      fr: 'Boutique 12, Marina Walk, Dubai Marina',
    },
    mapsUrl: 'https://maps.example.com/glow-test',
  },
  hours: {
    mon: [{ open: '10:00', close: '21:00' }],
    tue: [{ open: '10:00', close: '21:00' }],
    wed: [{ open: '10:00', close: '21:00' }],
    thu: [{ open: '10:00', close: '21:00' }],
    fri: [{ open: '14:00', close: '21:00' }],
    sat: [{ open: '10:00', close: '21:00' }],
    sun: [{ open: '10:00', close: '21:00' }],
  },
  holidays: [{ date: '2025-03-30', name: { en: 'Eid al-Fitr', ar: 'عيد الفطر', fr: 'Aïd el-Fitr' } }],
  policies: [
    {
      id: 'cancellation',
      title: { en: 'Cancellation policy', fr: "Politique d'annulation", ar: 'سياسة الإلغاء' },
      text: {
        en: 'Please give us 24 hours notice to cancel or move an appointment; late cancellations lose the deposit.',
        fr: 'Merci de nous prévenir 24 heures à l’avance pour annuler ou déplacer un rendez-vous ; sinon l’acompte est perdu.',
        ar: 'يرجى إبلاغنا قبل 24 ساعة لإلغاء الموعد أو تغييره، وإلا يُفقد العربون.',
      },
    },
  ],
  services: [
    {
      id: 'laser-hair-removal',
      name: { en: 'Laser hair removal', fr: 'Épilation laser', ar: 'إزالة الشعر بالليزر' },
      category: { en: 'Laser', fr: 'Laser', ar: 'ليزر' },
      durationMinutes: 30,
      price: 150,
      priceMax: 900,
      deposit: 100,
      variants: [
        { id: 'underarms', name: { en: 'Underarms', fr: 'Aisselles', ar: 'الإبط' }, durationMinutes: 15, price: 150 },
        {
          id: 'full-legs',
          name: { en: 'Full legs', fr: 'Jambes complètes', ar: 'الساقين كاملة' },
          durationMinutes: 60,
          price: 600,
        },
        {
          id: 'half-legs',
          name: { en: 'Half legs', fr: 'Demi-jambes', ar: 'نصف الساقين' },
          durationMinutes: 40,
          price: 400,
        },
        {
          id: 'full-body',
          name: { en: 'Full body', fr: 'Corps entier', ar: 'الجسم كامل' },
          durationMinutes: 120,
          price: 900,
        },
      ],
    },
    {
      id: 'hydrafacial',
      name: { en: 'HydraFacial', fr: 'HydraFacial', ar: 'هيدرافيشل' },
      description: {
        en: 'Deep cleansing, exfoliation and hydration in one 60-minute facial.',
        fr: 'Nettoyage en profondeur, exfoliation et hydratation en un soin de 60 minutes.',
        ar: 'تنظيف عميق وتقشير وترطيب في جلسة واحدة مدتها 60 دقيقة.',
      },
      durationMinutes: 60,
      price: 450,
    },
    {
      id: 'consultation',
      name: { en: 'Skin consultation', fr: 'Consultation de peau', ar: 'استشارة البشرة' },
      durationMinutes: 20,
      price: 0,
    },
  ],
  knowledge: [
    {
      id: 'before-laser',
      title: { en: 'Preparing for your laser session', fr: 'Préparer votre séance laser', ar: 'التحضير لجلسة الليزر' },
      body: {
        en: 'Shave the area the day before your session. Avoid sun exposure and tanning for two weeks, and do not wax or pluck for four weeks before.',
        fr: 'Rasez la zone la veille de votre séance. Évitez le soleil et le bronzage pendant deux semaines, et ne faites pas de cire ni d’épilation à la pince pendant quatre semaines avant.',
        ar: 'احلقوا المنطقة قبل يوم من الجلسة. تجنبوا الشمس والتسمير لمدة أسبوعين، ولا تستخدموا الشمع أو الملقط لمدة أربعة أسابيع قبلها.',
      },
    },
  ],
  qa: [
    {
      id: 'parking',
      question: { en: 'Do you have parking?', fr: 'Avez-vous un parking ?', ar: 'هل يوجد موقف سيارات؟' },
      answer: {
        en: 'Yes — free parking for clients in the Marina Walk basement, level B1.',
        fr: 'Oui — parking gratuit pour les clients au sous-sol de Marina Walk, niveau B1.',
        ar: 'نعم، يوجد موقف مجاني للعملاء في الطابق السفلي B1 من ممشى المارينا.',
      },
      alternates: ['where can I park', 'is there somewhere to leave my car', 'fi parking?'],
    },
    {
      id: 'laser-pain',
      question: {
        en: 'Does laser hair removal hurt?',
        fr: "L'épilation laser fait-elle mal ?",
        ar: 'هل إزالة الشعر بالليزر مؤلمة؟',
      },
      answer: {
        en: 'Most clients feel a light snapping sensation. Our lasers have a cooling tip to keep you comfortable.',
        fr: 'La plupart des clientes ressentent un léger picotement. Nos lasers ont un embout refroidissant pour votre confort.',
        ar: 'يشعر معظم العملاء بوخز خفيف، وأجهزتنا مزودة برأس تبريد لراحتكم.',
      },
      alternates: ['is laser painful', 'will it be painful', 'does it sting'],
    },
    {
      id: 'sessions',
      // Answered in English only: French customers get the English answer.
      question: { en: 'How many sessions will I need?', fr: 'Combien de séances faut-il ?' },
      answer: { en: 'Most people need 6 to 8 sessions, 4 to 6 weeks apart.' },
      alternates: ['how many treatments do I need', 'number of sessions'],
    },
  ],
  styleGuide: {
    tone: 'warm and concise',
    greeting: { en: 'Hi! Welcome to Glow Test Clinic ✨', ar: 'أهلًا وسهلًا في عيادة جلو ✨' },
    handoffMessage: {
      en: 'Thanks! One of our team will get back to you shortly.',
      ar: 'شكرًا لكم! سيتواصل معكم أحد أعضاء فريقنا قريبًا.',
    },
  },
  staff: [{ email: 'owner@glow.test', name: 'Owner', role: 'owner' }],
};

/** A parsed profile file as the responder sees it (no channels or staff). */
export function businessFrom(input: unknown): BusinessContext {
  const { channels: _channels, staff: _staff, ...business } = BusinessProfileFile.parse(input);
  return business;
}

export const fixtureBusiness = (): BusinessContext => businessFrom(FIXTURE_INPUT);

/** The fixture business listing every language Frontdesk reads: a message is read in its own language. */
export const everyLanguageBusiness = (): BusinessContext =>
  businessFrom({
    ...FIXTURE_INPUT,
    profile: {
      ...(FIXTURE_INPUT.profile as Record<string, unknown>),
      languages: ['en', 'es', 'fr', 'ca', 'pt', 'ar', 'it', 'de'],
    },
  });

/** Monday 6 January 2025, 12:00 in Dubai (open). */
export const OPEN_NOW = new Date('2025-01-06T08:00:00Z');
/** Monday 6 January 2025, 23:00 in Dubai (closed; opens Tuesday 10:00). */
export const CLOSED_NOW = new Date('2025-01-06T19:00:00Z');

export function request(
  business: BusinessContext,
  text: string,
  options: Partial<Omit<ReplyRequest, 'business' | 'message'>> = {},
): ReplyRequest {
  return { business, contact: {}, history: [], now: OPEN_NOW, ...options, message: { text, type: 'text' } };
}

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** Weekly hours for a test business: Monday to Friday `open`–`close`, closed at the weekend. */
export function weekdays(open: string, close: string): BusinessProfileInput['hours'] {
  return weekly(open, close, ['sat', 'sun']);
}

/** Weekly hours for a test business: `open`–`close` every day but the days named `closed`. */
export function weekly(open: string, close: string, closed: readonly Weekday[] = []): BusinessProfileInput['hours'] {
  const day = (key: Weekday) => (closed.includes(key) ? [] : [{ open, close }]);
  return {
    mon: day('mon'),
    tue: day('tue'),
    wed: day('wed'),
    thu: day('thu'),
    fri: day('fri'),
    sat: day('sat'),
    sun: day('sun'),
  };
}

/**
 * A kayak base in Sardinia, written in Italian and English, open 10:00–22:00 but on Sunday: a rental whose
 * four-word name is named by half its words, a sunset tour and a SUP lesson with day and evening rates.
 */
export const KAYAK_BASE: BusinessProfileInput = {
  id: 'kayak-base',
  profile: {
    name: 'Base Kayak',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en'],
    currency: 'EUR',
    phone: '+39 0784 555 123',
    address: { it: 'Via del Porto 1, Cala Gonone' },
  },
  hours: weekly('10:00', '22:00', ['sun']),
  holidays: [],
  policies: [],
  services: [
    {
      id: 'noleggio-kayak',
      name: { it: 'Noleggio kayak singolo e doppio', en: 'Single and double kayak rental' },
      category: { it: 'Noleggio' },
      durationMinutes: 540,
      price: 45,
      priceNote: { it: 'giornata intera 45 €', en: 'full day 45 €' },
    },
    {
      id: 'tour-tramonto',
      name: { it: 'Kayak al tramonto', en: 'Sunset kayak tour' },
      category: { it: 'Tour guidati' },
      durationMinutes: 150,
      price: 50,
    },
    {
      id: 'lezione',
      name: { it: 'Lezione di SUP', en: 'SUP lesson' },
      durationMinutes: 90,
      price: 35,
      variants: [
        { id: 'giorno', name: { it: 'Tarifa de dia', en: 'Day rate' }, durationMinutes: 90, price: 35 },
        { id: 'sera', name: { it: 'Sera', en: 'Evening' }, durationMinutes: 90, price: 40 },
      ],
    },
  ],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@kayak.test', name: 'Owner', role: 'owner' }],
};

/**
 * A kayak outfitter on the coast whose customers write in many languages, open every day 08:00–19:00, with a
 * cancellation policy and a weather rule that both speak of cancelling.
 */
export const KAYAK_OUTFITTER: BusinessProfileInput = {
  id: 'kayak-outfitter',
  profile: {
    name: 'Pagaia Test',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en', 'fr', 'de', 'es'],
    currency: 'EUR',
    phone: '+39 0784 000 000',
    address: { it: 'Via del Porto 1, Cala Gonone' },
  },
  hours: weekly('08:00', '19:00'),
  holidays: [],
  policies: [
    {
      id: 'cancellation',
      title: { en: 'Cancellation policy', it: 'Cancellazioni', fr: 'Annulation', de: 'Stornierung' },
      text: {
        en: 'You can cancel free of charge up to 48 hours before the tour and we refund the deposit; later, the deposit is kept.',
        it: 'Puoi cancellare gratis fino a 48 ore prima e ti rimborsiamo la caparra; dopo, la caparra resta a noi.',
      },
    },
    {
      id: 'weather',
      title: { en: 'Weather and mistral wind', it: 'Meteo e maestrale', fr: 'Météo et mistral' },
      text: {
        en: 'If the mistral wind or bad weather makes the sea unsafe we cancel the tour and you choose another date or a full refund.',
        it: 'Se il maestrale o il brutto tempo rendono il mare pericoloso annulliamo l’uscita: scegli un’altra data o il rimborso completo.',
      },
    },
  ],
  services: [
    {
      id: 'half-day',
      name: { en: 'Half-day kayak tour', it: 'Mezza giornata in kayak' },
      durationMinutes: 180,
      price: 60,
    },
  ],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@kayak.test', name: 'Owner', role: 'owner' }],
};

/** Monday 7 June 2027, 10:00 in Sardinia. */
export const KAYAK_OUTFITTER_NOW = new Date('2027-06-07T08:00:00Z');
