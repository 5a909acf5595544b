/**
 * Booking, moving and cancelling end to end through the offline responder,
 * against questions about the rules around them: "I need to cancel my
 * appointment" goes to the booking flow (a booking hand-over), "is there a
 * fee if I cancel?" to the cancellation policy, "how do I book?" to the
 * business's entry about booking when it has one. In every language the
 * responder reads, and small talk as people type it.
 */
import { describe, expect, it } from 'vitest';
import type { BusinessProfileInput } from '../../profile/schema.js';
import { businessFrom, request } from '../fixture.test-helper.js';
import type { BusinessContext } from '../responder.js';
import { respond } from './offline.js';

/** A hair salon in Geneva whose customers write in every language the responder reads. */
const INPUT: BusinessProfileInput = {
  id: 'salon-leman',
  profile: {
    name: 'Salon Léman',
    vertical: 'salon',
    timezone: 'Europe/Zurich',
    languages: ['fr', 'de', 'en', 'it', 'es', 'ca', 'pt', 'ar'],
    currency: 'CHF',
    phone: '+41 22 555 01 02',
    address: { fr: 'Rue du Rhône 10, Genève' },
  },
  hours: {
    mon: [],
    tue: [{ open: '09:00', close: '18:30' }],
    wed: [{ open: '09:00', close: '18:30' }],
    thu: [{ open: '09:00', close: '20:00' }],
    fri: [{ open: '09:00', close: '18:30' }],
    sat: [{ open: '08:30', close: '16:00' }],
    sun: [],
  },
  holidays: [],
  policies: [
    {
      id: 'cancellation',
      title: { fr: 'Annulation', en: 'Cancellation policy', de: 'Absage' },
      text: {
        fr: 'Merci de nous prévenir 24 heures à l’avance pour annuler ou déplacer un rendez-vous ; sinon 50 % du prix est facturé.',
        en: 'Please give us 24 hours notice to cancel or move an appointment; otherwise we charge 50 % of the price.',
        de: 'Bitte sagen Sie Termine mindestens 24 Stunden vorher ab; sonst verrechnen wir 50 % des Preises.',
      },
    },
  ],
  services: [
    { id: 'cut', name: { fr: 'Coupe', en: 'Haircut', de: 'Haarschnitt' }, durationMinutes: 45, price: 75 },
    { id: 'colour', name: { fr: 'Coloration', en: 'Colour', de: 'Färben' }, durationMinutes: 90, price: 140 },
  ],
  knowledge: [],
  qa: [
    {
      id: 'patch-test',
      question: {
        en: 'Do I need a patch test before a colour?',
        fr: 'Faut-il un test d’allergie avant une coloration ?',
      },
      answer: {
        en: 'Yes, for a first colour: a quick patch test at least 48 hours before; it is free.',
        fr: 'Oui, pour une première coloration : un test rapide au moins 48 heures avant, gratuit.',
      },
    },
    {
      id: 'how-to-book',
      question: { en: 'How do I book an appointment?', fr: 'Comment prendre rendez-vous ?' },
      answer: {
        en: 'Write to us here with the day and service you would like, and we confirm within the hour.',
        fr: 'Écrivez-nous ici avec le jour et la prestation souhaités, nous confirmons dans l’heure.',
      },
    },
  ],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@leman.test', name: 'Owner', role: 'owner' }],
};

const salon = businessFrom(INPUT);
/** The same salon with a word on children and on men. */
const family = businessFrom({
  ...INPUT,
  policies: [
    ...(INPUT.policies ?? []),
    {
      id: 'children',
      title: { en: 'Children' },
      text: { en: 'We cut children from age 3; children under 12 must come with a parent or guardian.' },
    },
  ],
  qa: [
    ...(INPUT.qa ?? []),
    {
      id: 'men',
      question: { en: 'Do you cut men’s hair?' },
      answer: { en: 'Yes: men, women and children, all week.' },
    },
  ],
});
/** The same salon without an entry about booking. */
const bare = businessFrom({ ...INPUT, qa: [] });
/** Wednesday 9 December 2026, 10:00 in Geneva (open). */
const NOW = new Date('2026-12-09T09:00:00Z');
const ask = (business: BusinessContext, text: string) => respond(request(business, text, { now: NOW }));

describe('what booking takes, answered by an entry', () => {
  it.each([
    'do I need a patch test before I book a colour?',
    'faut-il faire un test d’allergie avant de réserver une coloration ?',
  ])('answers %j from the entry, not as a request to book', (text) => {
    const reply = ask(salon, text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeUndefined();
    expect(reply.sources).toContain('patch-test');
  });

  it('still books "I need to book a colour on Saturday, do I need a patch test?"', () => {
    expect(ask(salon, 'I need to book a colour on Saturday, do I need a patch test?').intent).toBe('booking');
  });
});

describe('a question about a condition of the visit, answered by an entry', () => {
  // The salon with two entries about conditions of a visit.
  const conditions = businessFrom({
    ...INPUT,
    qa: [
      ...(INPUT.qa ?? []),
      {
        id: 'pregnancy',
        question: { en: 'Can I have a colour while pregnant?', fr: 'Puis-je faire une coloration enceinte ?' },
        answer: {
          en: 'Yes, from the second trimester, with an ammonia-free colour; tell us when you book.',
          fr: 'Oui, à partir du deuxième trimestre, avec une coloration sans ammoniaque ; dites-le-nous en réservant.',
        },
      },
      {
        id: 'sun',
        question: { en: 'Can I go in the sun after a colour?' },
        answer: { en: 'Yes, but protect your hair with a hat for the first week: the sun fades fresh colour.' },
      },
    ],
  });

  it.each([
    ['I’m pregnant, is that a problem for my colour appointment on Saturday?', 'pregnancy'],
    ['je suis enceinte, c’est un problème pour mon rendez-vous coloration de samedi ?', 'pregnancy'],
    ['my appointment for a colour is on thursday and we go to the beach friday, is the sun ok?', 'sun'],
    // "is that a problem?" asks about the clause before it, not a question of its own for a person.
    ['I’m 5 months pregnant and I want a colour. is that a problem?', 'pregnancy'],
    // A booking only thought of ("before we book"), with no day named, beside the question.
    ['Bevor wir einen Termin buchen: ist eine Färbung in der Schwangerschaft ok?', 'pregnancy'],
    ['before I book: is a colour ok when pregnant?', 'pregnancy'],
  ])('%j is no booking request', (text, id) => {
    const reply = ask(conditions, text);
    expect(reply.intent, `${reply.responder} ${reply.note ?? ''}`).not.toBe('booking');
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeUndefined();
    expect(reply.sources).toContain(id);
  });

  it('still books when the customer asks to book ("can you book me a colour on Saturday? I’m pregnant")', () => {
    expect(ask(conditions, 'can you book me a colour on Saturday? I’m pregnant').intent).toBe('booking');
  });
});

describe('asking for a slot, as customers write it', () => {
  it.each([
    'do you have space friday?',
    'can you fit me in tomorrow?',
    'any slot left this week?',
    'is 3pm possible on thursday?',
    'ist noch was frei am Freitag?',
    'hätten Sie diese Woche einen Termin?',
    'würd gern nen Termin am Freitag',
    'hätt gern n termin nächste woche',
    'tenéis hueco el viernes?',
    'me das cita para el sábado?',
    'hi ha lloc dijous?',
    'teniu hora per divendres?',
    "c'è posto sabato?",
    'avete disponibilità giovedì?',
    'vous avez une dispo samedi ?',
    'vous auriez un créneau jeudi ?',
    'tem vaga sexta?',
    'vc tem horário pra sábado?',
    'bghit nakhod rendez-vous ghda',
    'kayn chi blasa nhar sebt?',
    'عندكم موعد يوم الجمعة؟',
    'can I bring her in on friday?',
  ])('%j is a booking request', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBe('booking');
    expect(reply.handoff?.detail).toBe('booking request');
  });
});

describe('bringing something of her own is no booking', () => {
  it('"can I bring hers?" asks about her own things', () => {
    const reply = ask(salon, 'what products do you use? can I bring hers and you use that one instead?');
    expect(reply.intent, `${reply.responder} ${reply.note}`).not.toBe('booking');
  });
});

describe('moving or cancelling one’s own appointment, against the policy', () => {
  it.each([
    'I need to cancel my appointment on the 17th',
    // A class, a lesson or a course is the appointment at a studio.
    'pls cancel my class tomorrow',
    'annulez mon cours de jeudi svp',
    'cancelad mi clase del martes, porfa',
    'can I move my booking to next week?',
    'I have to reschedule my appointment',
    'need to cancel tmrw, sorry',
    'i need to cancel tomorrows appt, sorry',
    'ich muss meinen Termin absagen',
    'kann ich meinen Termin verschieben?',
    'je dois annuler mon rdv',
    'est-ce que je peux décaler mon rendez-vous ?',
    'necesito cancelar mi cita del jueves',
    "he d'anul·lar la meva cita",
    'posso spostare il mio appuntamento?',
    'preciso cancelar meu horário',
    'dá pra remarcar meu horário?',
    'bghit n annuler rdv dyali',
    'bghit nlghi rendez-vous dyal ghda',
    'بدي الغي موعدي',
    // Darija borrows the French verb: "nreservi" (I book).
    'salam, bghit nreservi l bent dyali nhar sebt',
    // "If possible" is a courtesy, not a supposition.
    'need to move my appointment from friday to next tuesday if possible',
    'tengo que cambiar mi cita del viernes al martes, si es posible',
    'ich muss meinen Termin von Freitag auf Dienstag verschieben, wenn möglich',
    // Hinglish: "mera appointment" is the customer's own.
    'kal 5 baje mera appointment hai, please cancel kar dijiye',
    // Moving a class to a day named, put impersonally: this customer's class.
    'el jueves es festivo, se puede pasar la clase al viernes?',
    'dijous és festiu, es pot passar la classe al divendres?',
    // Said outright as the first words, with the day: the act itself.
    'pls cancel my 8:30 cut tomorrow, i am sick',
    'annullo il taglio di giovedì, scusate ma ho un imprevisto',
    'anulo la cita del martes, lo siento',
    // Brazilian "passar meu horário" moves it.
    'da pra passar meu horario das 16h pras 18h hj?',
    // Asked together ("possiamo", "can we"), or "please" after it, or told as not coming, with the day.
    'Possiamo spostare il taglio di lunedì a mercoledì pomeriggio?',
    'can we move the colour from friday to next tuesday?',
    "Demà no podré venir, m'anul·leu la cita porfa?",
    'tengo el corte este viernes a las 3 pero ya no puedo ir 😩',
  ])('%j goes to the booking flow', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBe('booking');
  });

  it.each([
    'how much notice do I need to cancel?',
    'is there a fee if I cancel?',
    'what happens if I cancel my appointment late?',
    'wie kurzfristig kann ich absagen?',
    'combien de temps avant faut-il annuler ?',
  ])('%j is answered by the cancellation policy', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBeUndefined();
    expect(reply.sources).toEqual(['cancellation']);
  });
});

describe('a need said of something else beside a word of changing', () => {
  // The need governs bringing food; the change is feared, not asked for.
  it.each([
    'la setmana que ve es queda 4 nits. li he de portar jo el pinso? em fa por canviar-li el menjar',
    'la semana que viene se queda 4 noches. tengo que llevarle yo el pienso? me da miedo cambiárselo',
    "next week she stays with you. do I have to pack her food? I'm scared to change it",
  ])('%j does not act on a booking', (text) => {
    expect(ask(salon, text).intent).toBeUndefined();
  });

  it.each(['next week I need to cancel my colour', 'la setmana que ve he de canviar la cita'])(
    '%j still does',
    (text) => {
      expect(ask(salon, text).intent).toBe('booking');
    },
  );
});

describe('what happens if the customer cancels, or whether they get their money back', () => {
  it.each([
    'if i have to cancel my appointment tomorrow do i get my money back?',
    'si je dois annuler mon rdv de demain, je suis remboursé ?',
    'si tengo que cancelar la cita me devolveis el dinero?',
    'ila bghit nlghi rendez-vous dyali wach kanraj3 lflous?',
    'ila lghit lmaw3id wach katrj3o lflous?',
    "what's your cancellation policy? something might come up for my saturday appt",
    "quelle est votre politique d'annulation? j'ai un rdv samedi",
    'welche Stornobedingungen habt ihr? hab am Samstag einen Termin',
    'cual es vuestra politica de cancelacion? tengo cita el sabado',
    // What happens if a visit is missed or moved, asked: the rules, not a request to move it.
    'si no puedo venir el jueves, puedo pasar la cita a otro día sin pagar?',
    'if i miss thursday, can i move it to another day or is it lost?',
    'booked a colour for saturday and paid the deposit. if i cancel today do i get it back?',
    // Asked impersonally, with no day: how booking goes for everyone.
    'ab wann kann man sich für die Kurse anmelden?',
    'se puede reservar por aquí o hay que llamar?',
  ])('%j is a question about the rules, not a request to cancel', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBeUndefined();
  });
});

describe('which is better', () => {
  it.each([
    'posso toglierle da sola a casa con l olio o è meglio venire da voi?',
    'is it better to do it at home or come in?',
    '¿es mejor venir antes o después de la depilación?',
  ])('%j asks for advice on a choice, not for a slot', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBeUndefined();
  });

  it.each(['quiero reservar, qué es mejor, el lunes o el martes?', 'is it better to come on tuesday or wednesday?'])(
    '%j names days: the customer books',
    (text) => {
      expect(ask(salon, text).intent).toBe('booking');
    },
  );
});

describe('whether a visit may go ahead in spite of something', () => {
  it.each([
    'my daughter has a cold can i still bring her',
    "j'ai un rhume, je peux quand même venir ?",
    'tengo la gripe, puedo ir igual?',
    'kann ich trotzdem kommen, wenn ich erkältet bin?',
    'ho il raffreddore, posso venire comunque?',
    'estou constipada, posso ir mesmo assim?',
  ])('%j asks about the condition, not for a slot', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBeUndefined();
  });

  it.each([
    'she has a cough since sunday, can she still come on tuesday?',
    'our appointment is on friday but I have a fever, should I still come?',
    'mi hija tiene fiebre, tenemos cita el jueves, podemos ir igual?',
    'ich bin erkältet, kann ich am Montag trotzdem kommen?',
    // A service and a day named, and the doubt whether to come at all: no request for a slot.
    'ho 38 di febbre da ieri sera, giovedì avrei la manicure alle 17... vengo lo stesso o meglio di no?',
    'I have a cold, my haircut is on Thursday at 5, should I come or better not?',
  ])('%j, the day already settled, asks about the condition told beside it', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBeUndefined();
  });

  it.each([
    "can my daughter come on her own? she's 11, i'd drop her off and go shopping",
    'can men come too? me and my brother are in town till sunday',
  ])('%j, a question that names a coming and speaks of something else, is no request for a slot', (text) => {
    const reply = ask(family, text);
    expect(reply.intent, `${reply.responder} ${reply.note}`).toBeUndefined();
  });

  it.each([
    'can i still book for tomorrow?',
    'puedo reservar igual para el sábado?',
    'can we still come in on friday at 3?',
  ])('%j, with a word of booking, or a day and nothing else told, asks for a slot', (text) => {
    expect(ask(salon, text).intent).toBe('booking');
  });
});

describe('how booking works', () => {
  it.each(['how do I book?', 'how does booking work?', 'comment prendre rendez-vous ?'])(
    '%j is answered by the entry about booking',
    (text) => {
      const reply = ask(salon, text);
      expect(reply.sources, `${reply.responder} ${reply.note}`).toEqual(['how-to-book']);
      expect(reply.intent).toBeUndefined();
    },
  );

  it('is a booking hand-over when the business wrote no such entry', () => {
    expect(ask(bare, 'how do I book?').intent).toBe('booking');
  });

  it('reads "book" as a noun when it is one', () => {
    expect(ask(salon, 'do you sell the book?').intent).toBeUndefined();
  });

  // A booking noun after an article names the thing: the place, a booking already made.
  it.each([
    'se puede ir a echar un ojo al sitio antes de llevar a mi perra? quiero ver donde se va a quedar',
    'ja tinc la reserva feta, li he de portar jo el pinso?',
    'ya tengo la reserva hecha, tengo que traer yo la comida?',
  ])('%j asks for no slot', (text) => {
    expect(ask(salon, text).intent).toBeUndefined();
  });

  it.each(['hay sitio el sábado?', 'la puedo reservar para el martes?', 'quiero hacer una reserva para el sábado'])(
    '%j still asks for a slot',
    (text) => {
      expect(ask(salon, text).intent).toBe('booking');
    },
  );
});

describe('small talk, as customers write it', () => {
  it.each([
    ['Grüezi', 'offline:greeting'],
    ['Hoi zäme', 'offline:greeting'],
    ['Griaß di', 'offline:greeting'],
    ['bon matin', 'offline:greeting'],
    ['ciao raga', 'offline:greeting'],
    ['oii tudo bem?', 'offline:greeting'],
    ['merci vielmal', 'offline:thanks'],
    ['super merci', 'offline:thanks'],
    ['ok gracias!', 'offline:thanks'],
    ['perfeito obrigada', 'offline:thanks'],
    ['brigadão', 'offline:thanks'],
    ['Baba', 'offline:goodbye'],
    ['beleza, até mais', 'offline:goodbye'],
    ['ok va bene', 'offline:ack'],
    ['passt scho', 'offline:ack'],
    ['wakha', 'offline:ack'],
    ['👍', 'offline:ack'],
    // Thanks anyway, and "noted": a question word inside them ("quand") asks nothing.
    ['ah ok merci quand même', 'offline:thanks'],
    ['thanks anyway!', 'offline:thanks'],
    ['vale, gracias de todas formas', 'offline:thanks'],
    ['danke trotzdem', 'offline:thanks'],
    ['obrigada mesmo assim', 'offline:thanks'],
    ['ok je note', 'offline:ack'],
    ['vale, apuntado', 'offline:ack'],
    ['ok preso nota', 'offline:ack'],
    // Ramadan wishes are a greeting, not a question about fasting.
    ['رمضان كريم 🌙', 'offline:greeting'],
    ['Ramadan Kareem!', 'offline:greeting'],
    // Tagalog and Urdu thanks, as the Gulf's and London's customers write them.
    ['Salamat po! 🙏', 'offline:thanks'],
    ['bohat shukriya bhai', 'offline:thanks'],
    // Portuguese "é" says, without a question mark, and Cape Verdean Creole thanks as Portuguese does.
    ['Obrigada Ana, você é um anjo! até segunda', 'offline:goodbye'],
    ['obrigadu, bo é top!', 'offline:thanks'],
    // "That's all I needed" takes leave; it asks for nothing.
    ["perfect, that's all I needed, thanks so much! see you in June", 'offline:goodbye'],
    ["cheers, that's everything I needed. bye for now!", 'offline:goodbye'],
    // Berlin's j for g ("morjen") and a jokey farewell.
    ['allet klar, dann bis morjen! tschüssikowski ✌️', 'offline:goodbye'],
    // Who is greeted ("gente", "manos", "sir", "ma") beside a greeting's question asks after no topic.
    ['oi gente, tudo bem?', 'offline:greeting'],
    ['boa tarde manos, td fixe?', 'offline:greeting'],
    ['Good evening sir, how are you?', 'offline:greeting'],
    // Nigerian Pidgin's greeting, in English.
    ['Good afternoon ma, how una dey?', 'offline:greeting'],
    // Thanks and a goodbye, whatever they tell besides, close the conversation.
    ['thanks so much, my colour came out perfect, bye!', 'offline:goodbye'],
    ['mil gracias, el corte me encanta, hasta la próxima', 'offline:thanks'],
    // Haitian Creole thanks.
    ['Mèsi anpil, mwen renmen koup la!', 'offline:thanks'],
  ])('answers %j as small talk', (text, responder) => {
    const reply = ask(salon, text);
    expect(reply.responder, reply.note).toBe(responder);
    expect(reply.handoff).toBeUndefined();
  });

  it.each([
    // A greeting beside a question about a service is no small talk, nor thanks and a goodbye beside a question.
    'hi guys, do you do keratin treatments?',
    'thanks, bye! how long before I can wash my hair after the colour?',
  ])('does not answer %j as small talk', (text) => {
    const reply = ask(salon, text);
    expect(reply.responder, reply.note).not.toMatch(/greeting|thanks|goodbye/);
  });

  it.each([
    // Nigerian Pidgin's questions, read in English.
    ['Abeg how much una dey charge for haircut?', '75'],
    ['I fit get colouring for una place? how much e be?', '140'],
  ])('reads Pidgin %j', (text, amount) => {
    const reply = ask(salon, text);
    expect(reply.text).toContain(amount);
  });

  it.each([
    ['hallo, was kostet ein Haarschnitt?', '75'],
    ['hola buenas, cuánto cuesta el corte?', '75'],
    ['coucou, combien coûte une coloration ?', '140'],
  ])('answers the question after a greeting: %j', (text, amount) => {
    const reply = ask(salon, text);
    expect(reply.responder, reply.note).not.toMatch(/greeting/);
    expect(reply.text).toContain(amount);
  });
});

describe('what booking requires', () => {
  const physio = businessFrom({
    id: 'physio-requirement',
    profile: {
      name: 'Physio Test',
      vertical: 'clinic',
      timezone: 'Europe/Lisbon',
      languages: ['pt', 'en'],
      currency: 'EUR',
      phone: '+351 21 000 0000',
      address: { pt: 'Rua Augusta 1, Lisboa' },
    },
    hours: { mon: [{ open: '08:00', close: '20:00' }] },
    services: [
      {
        id: 'fisio',
        name: { pt: 'Sessão de fisioterapia', en: 'Physiotherapy session' },
        durationMinutes: 45,
        price: 45,
      },
    ],
    qa: [
      {
        id: 'receita',
        question: { pt: 'Preciso de receita médica para marcar?' },
        answer: { pt: 'Não, pode marcar sem receita; se tiver seguro, traga a prescrição.' },
      },
    ],
    staff: [{ email: 'owner@physio.test', name: 'Owner', role: 'owner' }],
  });
  const NOW = new Date('2026-12-07T10:00:00Z');

  it.each([
    'do I need a prescription from my doctor before booking?',
    'é preciso receita do médico pra marcar?',
    "do I need a doctor's referral before booking with you?",
  ])('takes %j for a question about what booking requires, not a booking', (text) => {
    const reply = respond(request(physio, text, { now: NOW }));
    expect(reply.intent, reply.note).not.toBe('booking');
  });

  it('still books when the customer asks for a day as well', () => {
    const reply = respond(request(physio, 'do I need a prescription? I want to book for monday morning', { now: NOW }));
    expect(reply.intent, reply.note).toBe('booking');
  });
});

describe('a question answered beside a wish to come', () => {
  it.each([
    'are you open on Saturday? I would need to come in the afternoon',
    'habt ihr am Samstag offen? würde gern am Nachmittag vorbeikommen',
    'are you open on Saturday? thinking of booking my son in after school',
    'ouvert samedi ? je pense réserver pour ma fille',
  ])('%j: answers it, says how to book, and keeps the conversation', (text) => {
    const reply = ask(salon, text);
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeUndefined();
    expect(reply.intent).toBe('booking');
    expect(reply.responder).toMatch(/^offline:hours/);
  });

  it.each([
    // Asked to book, and asked what decides it: the answer, how to book, and the conversation kept.
    'I want to book a cut, are you open on Saturday?',
    'quiero reservar un corte, ¿abrís el sábado?',
  ])('%j: answers what decides the booking, and keeps the conversation', (text) => {
    const reply = ask(salon, text);
    expect(reply.intent).toBe('booking');
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeUndefined();
    expect(reply.responder).toMatch(/^offline:hours/);
  });

  it.each(['I need to cancel my appointment on Saturday, are you open on Sunday?', 'ist noch was frei am Freitag?'])(
    '%j acts on a booking or asks for a slot: staff take it over',
    (text) => {
      const reply = ask(salon, text);
      expect(reply.intent).toBe('booking');
      expect(reply.handoff?.reason).toBe('unsupported');
    },
  );
});

describe('a class on a day named', () => {
  it.each(['el jueves hay clase?', "c'è lezione giovedì?", 'is there a class on thursday?'])(
    '%j asks whether the business is open that day',
    (text) => {
      const reply = ask(salon, text);
      expect(reply.responder, reply.note).toBe('offline:hours-date');
    },
  );

  it.each(['quiero reservar una clase el jueves', 'how much is a class on thursday?'])(
    '%j books it or asks its price, not the hours',
    (text) => {
      expect(ask(salon, text).responder).not.toBe('offline:hours-date');
    },
  );
});

describe('a wish to come beside a question about the day', () => {
  it('answers the day and keeps the conversation ("…want to squeeze in a session")', () => {
    const reply = ask(salon, 'are you open this saturday? want to squeeze in a cut before my trip 🎉');
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeUndefined();
    expect(reply.responder).toMatch(/hours/);
  });

  it.each(['can you squeeze me in on saturday?', 'could you squeeze in my mum tomorrow?'])(
    '%j asks to be fitted in: the booking flow',
    (text) => {
      expect(ask(salon, text).intent).toBe('booking');
    },
  );
});

describe('a question about booking, asked beside a wish to book', () => {
  const abroad = businessFrom({
    ...INPUT,
    qa: [
      ...(INPUT.qa ?? []),
      {
        id: 'book-from-abroad',
        question: { en: 'I live abroad: can I book and pay before I arrive in Geneva?' },
        answer: { en: 'Yes: we hold the date with a deposit by bank transfer, and you pay the rest on the day.' },
      },
    ],
  });

  it.each([
    // A long message that tells its case: its questions are still each asked.
    "Bonjour, je vous écris de Bruxelles. Ma fille se marie à Genève le 7 août. Nous arrivons seulement le 30 juillet. Nous voulons réserver une coloration. Est-ce qu'on peut réserver d'ici et payer avant d'arriver à Genève? Et le samedi vous êtes ouverts?",
    'Hi! We live in Dubai and want to book a colour for my wedding. Can I book from abroad and pay before I arrive in Geneva? Are you open on Saturday?',
  ])('%j: the entry about booking answers, and the conversation is kept', (text) => {
    const reply = ask(abroad, text);
    expect(reply.sources, reply.note).toContain('book-from-abroad');
    expect(reply.intent).toBe('booking');
    expect(reply.handoff, `${reply.responder} ${reply.note ?? ''}`).toBeUndefined();
  });

  it('a request to book with nothing asked is still a booking hand-over', () => {
    const reply = ask(abroad, 'We live abroad and would like to book a colour on Saturday the 7th, please.');
    expect(reply.intent).toBe('booking');
    expect(reply.handoff?.detail).toBe('booking request');
  });
});
