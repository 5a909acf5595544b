/**
 * Complete booking dialogues, message by message, against the in-memory
 * booking engine (real slots, locks and lifecycle). Between turns the state
 * goes through JSON, as it will on the conversation document. Every reply
 * is checked for honesty: each number in it must come from the business's
 * data or from availability.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BusinessProfileFile, type BusinessProfileInput } from '../../../profile/schema.js';
import type { Business } from '../../business.js';
import { bookingTurn } from './dialogue.js';
import { MemoryBooking } from './memory-booking.test-helper.js';
import type { DialogueContext, DialogueState, DialogueTurn } from './port.js';

function business(input: unknown): Business {
  const { channels: _c, staff: _s, ...rest } = BusinessProfileFile.parse(input);
  return rest;
}
const demo = (name: string) =>
  business(JSON.parse(readFileSync(new URL(`../../../../demo/${name}.json`, import.meta.url), 'utf8')));
const PAWS = demo('happy-paws-grooming');
const GLOW = demo('glow-laser-clinic');

interface Step {
  say: string;
  press?: string;
  /** Substrings the reply must contain. */
  expect: string[];
  buttons?: string[];
  outcome?: DialogueTurn['outcome'];
  /** Minutes to let pass before this message. */
  wait?: number;
}

class Conversation {
  state: DialogueState | undefined;
  now: Date;
  readonly booking: MemoryBooking;
  readonly transcript: string[] = [];

  constructor(
    readonly business: Business,
    start: string,
    readonly options: { maxButtons: number; language?: string; contact?: DialogueContext['contact'] },
  ) {
    this.now = new Date(start);
    this.booking = new MemoryBooking(business, () => this.now);
  }

  async send(text: string, replyId?: string): Promise<DialogueTurn> {
    const turn = await bookingTurn(
      this.state,
      { text, ...(replyId ? { replyId } : {}) },
      {
        business: this.business,
        now: this.now,
        language: this.options.language,
        maxButtons: this.options.maxButtons,
        contact: this.options.contact ?? { id: 'contact-1' },
        booking: this.booking,
      },
    );
    // The state is stored as JSON on the conversation between messages.
    this.state = turn.state === undefined ? undefined : (JSON.parse(JSON.stringify(turn.state)) as DialogueState);
    this.transcript.push(
      `> ${text}`,
      `< ${turn.reply.text}${turn.reply.buttons ? ` [${turn.reply.buttons.map((b) => b.title).join(' | ')}]` : ''}`,
    );
    expectHonest(turn, this.business, this.booking);
    if (process.env.SHOW_DIALOGUES) console.log(this.transcript.slice(-2).join('\n'));
    return turn;
  }

  async run(steps: Step[]): Promise<DialogueTurn> {
    let last: DialogueTurn | undefined;
    for (const step of steps) {
      if (step.wait) this.now = new Date(this.now.getTime() + step.wait * 60_000);
      last = await this.send(step.say, step.press);
      const context = this.transcript.join('\n');
      for (const part of step.expect) expect(last.reply.text, context).toContain(part);
      if (step.buttons) expect(last.reply.buttons?.map((b) => b.title) ?? [], context).toEqual(step.buttons);
      expect(last.outcome, context).toBe(step.outcome ?? 'continue');
    }
    return last!;
  }
}

/** Every number a reply states was given by the business data or by availability. */
function expectHonest(turn: DialogueTurn, business: Business, booking: MemoryBooking) {
  const text = [turn.reply.text, ...(turn.reply.buttons ?? []).map((b) => b.title)]
    .join(' ')
    .replace(/https?:\/\/\S+/g, '');
  const numbers = (s: string) =>
    (s.match(/\d+(?:[.,]\d{3})*(?::\d{2})?/g) ?? []).map((n) => (n.includes(':') ? n : n.replace(/[.,]/g, '')));
  const allowed = new Set<string>();
  const data = business.services.flatMap((s) => [
    s.price,
    s.deposit ?? 0,
    JSON.stringify(s.name),
    ...s.variants.flatMap((v) => [v.price, JSON.stringify(v.name)]),
  ]);
  for (const item of data) numbers(String(item)).forEach((n) => allowed.add(n));
  for (const slot of booking.offeredTimes) {
    const [date, time] = slot.split(' ') as [string, string];
    allowed.add(time);
    allowed.add(String(Number(date.slice(8, 10))));
  }
  for (const a of booking.appointments.values())
    if (a.paymentExpiresAt) {
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: business.profile.timezone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      allowed.add(local.format(a.paymentExpiresAt));
    }
  for (let i = 1; i <= 20; i++) allowed.add(String(i)); // list numbering
  const invented = numbers(text).filter((n) => !allowed.has(n));
  expect(invented, `numbers not from the business or availability in: ${turn.reply.text}`).toEqual([]);
}

// Monday 2 March 2026, 10:00 in Austin (the groomer is closed on Mondays).
const AUSTIN_MONDAY = '2026-03-02T16:00:00Z';
// Monday 2 March 2026, 09:00 in Dubai.
const DUBAI_MONDAY = '2026-03-02T05:00:00Z';

describe('a groomer on WhatsApp (three buttons), in English', () => {
  it('service → size → day → a list of real times → name → pet → confirm → deposit link', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 3, language: 'en' });
    const last = await chat.run([
      {
        say: 'Hi, I’d like to book a full groom',
        expect: [
          'Which option would you like for Full groom?',
          '2. Medium (21–50 lb / 10–23 kg)',
          'Reply with the number.',
        ],
      },
      { say: '2', expect: ['Which day suits you for Full groom – Medium', '1. Tue, Mar 3'] },
      {
        say: 'tomorrow afternoon',
        expect: ['Free times for Full groom – Medium (21–50 lb / 10–23 kg) on Tuesday, March 3:', '12:00', '16:00'],
      },
      { say: '3', expect: ['What name should I put the booking under?'] },
      { say: 'I’m Ana Ruiz', expect: ['What’s your pet’s name?'] },
      {
        say: 'Luna',
        expect: [
          'Full groom – Medium (21–50 lb / 10–23 kg) on Tuesday, March 3 at 13:30 for Luna. Price: $95. A deposit of $25 confirms it. Shall I book it?',
        ],
        buttons: ['Yes, book it', 'Change', 'Cancel'],
      },
      {
        say: 'Yes, book it',
        press: 'yes',
        expect: ['Almost done, Ana Ruiz! Please pay the $25 deposit', 'https://pay.example.test/apt-1', 'until 11:00'],
        outcome: 'awaiting_payment',
      },
    ]);
    expect(last.appointmentId).toBe('apt-1');
    expect(last.state).toBeUndefined();
    const [appointment] = chat.booking.live();
    expect(appointment).toMatchObject({
      status: 'awaiting_payment',
      serviceId: 'full-groom',
      variantId: 'medium',
      price: 95,
      deposit: 25,
      customerName: 'Ana Ruiz',
    });
    expect(appointment!.start.toISOString()).toBe('2026-03-03T19:30:00.000Z'); // 13:30 CST
    expect(chat.booking.calls).toContain('book apt-1 Ana Ruiz Luna');
  });

  it('a known pet with a size picks the option and skips the pet question', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, {
      maxButtons: 3,
      language: 'en',
      contact: { id: 'c-2', name: 'Sam', pets: [{ id: 'pet-1', name: 'Bruno', size: 'large' }] },
    });
    await chat.run([
      {
        say: 'can I book a bath and brush on thursday at 10am?',
        expect: ['Bath & brush – Large (51–90 lb / 23–41 kg) on Thursday, March 5 at 10:00 for Bruno. Price: $85.'],
      },
      {
        say: 'yes please',
        expect: ['You’re booked, Sam: Bath & brush – Large', 'Thursday, March 5 at 10:00'],
        outcome: 'booked',
      },
    ]);
    expect(chat.booking.live()).toHaveLength(1);
  });

  it('a vague service name offers the services it could be', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 3, language: 'en' });
    await chat.run([
      { say: 'I want to book a groom', expect: ['Which of these do you mean?'], buttons: ['Full groom', 'Cat groom'] },
      { say: 'the first one', expect: ['Which option would you like for Full groom?'] },
    ]);
  });

  it('a slot taken by someone else between the offer and the choice is re-offered without it', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 8, language: 'en' });
    const offered = await chat.run([
      { say: 'book a nail trim on wednesday morning', expect: ['Free times for Nail trim on Wednesday, March 4:'] },
    ]);
    const first = offered.reply.buttons![0]!;
    const start = first.id.slice('slot:'.length);
    // Both groomers can trim nails: two other customers take 08:00 with each of them.
    expect((await chat.booking.hold({ serviceId: 'nail-trim', start, contactId: 'other-1' })).ok).toBe(true);
    expect((await chat.booking.hold({ serviceId: 'nail-trim', start, contactId: 'other-2' })).ok).toBe(true);
    const retry = await chat.run([
      { say: first.title, press: first.id, expect: ['Sorry, that time was just taken.', 'Free times for Nail trim'] },
    ]);
    expect(retry.reply.buttons!.map((b) => b.title)).not.toContain(first.title);
  });

  it('abandoning mid-way releases the hold', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 3, language: 'en' });
    await chat.run([
      { say: 'nail trim friday at 2pm please', expect: ['What name should I put the booking under?'] },
      { say: 'actually, forget it', expect: ['No problem, I’ve stopped the booking.'], outcome: 'abandoned' },
    ]);
    expect(chat.booking.live()).toEqual([]);
    expect(chat.booking.calls.at(-1)).toBe('release apt-1');
  });

  it('cancelling from the confirmation buttons releases the hold too', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, {
      maxButtons: 3,
      language: 'en',
      contact: { id: 'c', name: 'Jo', pets: [] },
    });
    await chat.run([
      { say: 'teeth brushing saturday 11am', expect: ['What’s your pet’s name?'] },
      { say: 'Max', expect: ['Shall I book it?'] },
      { say: 'Cancel', press: 'cancel', expect: ['No problem'], outcome: 'abandoned' },
    ]);
    expect(chat.booking.live()).toEqual([]);
  });

  it('three replies it cannot use hand over to the team', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 3, language: 'en' });
    await chat.run([
      { say: 'nail trim friday at 2pm', expect: ['What name'] },
      { say: '123', expect: ['Sorry, I didn’t catch that. What name'] },
      { say: '???', expect: ['Sorry, I didn’t catch that.'] },
      { say: '42', expect: ['I’ll pass you to the team'], outcome: 'handoff' },
    ]);
    expect(chat.booking.live()).toEqual([]);
  });

  it('a hold that lapsed before "yes" is taken again if the time is still free', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, {
      maxButtons: 3,
      language: 'en',
      contact: { id: 'c', name: 'Jo', pets: [{ id: 'p', name: 'Rex' }] },
    });
    await chat.run([
      {
        say: 'paw and pad care on saturday at 9am',
        expect: ['Which pet is this for?'],
        buttons: ['Rex', 'Another pet'],
      },
      { say: 'Rex', press: 'pet:p', expect: ['Paw & pad care on Saturday, March 7 at 09:00 for Rex. Price: $18.'] },
      { say: 'yes', wait: 15, expect: ['You’re booked, Jo'], outcome: 'booked' },
    ]);
    expect(chat.booking.live().map((a) => a.id)).toEqual(['apt-2']);
  });

  it('asking for a person ends the dialogue for staff', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 3, language: 'en' });
    await chat.run([
      { say: 'full groom', expect: ['Which option'] },
      { say: 'can I talk to someone from the team?', expect: ['I’ll pass you to the team'], outcome: 'handoff' },
    ]);
  });
});

describe('a groomer in Spanish, changing the day mid-way', () => {
  it('takes service, size and time from one message, moves to Thursday, books', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 8, language: 'es' });
    await chat.run([
      {
        say: 'Hola, quiero reservar un baño y cepillado para mi perro mediano el martes a las 4',
        expect: ['¿A nombre de quién hago la reserva?'],
      },
      { say: 'mejor el jueves', expect: ['¿A nombre de quién hago la reserva?'] },
      { say: 'Carlos Pérez', expect: ['¿Cómo se llama tu mascota?'] },
      {
        say: 'Se llama Toby',
        expect: [
          'Baño y cepillado – Mediano (10–23 kg / 21–50 lb) el jueves, 5 de marzo a las 16:00 para Toby. Precio: 65',
          '¿La reservo?',
        ],
        buttons: ['Sí, resérvala', 'Cambiar', 'Cancelar'],
      },
      {
        say: 'sí',
        expect: ['¡Listo, Carlos Pérez! Tienes reserva: Baño y cepillado', 'jueves, 5 de marzo a las 16:00'],
        outcome: 'booked',
      },
    ]);
    const live = chat.booking.live();
    expect(live).toHaveLength(1);
    expect(live[0]!.start.toISOString()).toBe('2026-03-05T22:00:00.000Z');
    expect(chat.booking.calls.filter((c) => c.startsWith('release'))).toEqual(['release apt-1']);
  });

  it('changes the day from the confirmation, through the change menu', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, {
      maxButtons: 3,
      language: 'es',
      contact: { id: 'c', name: 'Lucía', pets: [{ id: 'p', name: 'Kira' }] },
    });
    await chat.run([
      { say: 'corte de uñas el sábado a las 10 de la mañana', expect: ['¿Para qué mascota es?'] },
      { say: 'Kira', expect: ['Corte de uñas el sábado, 7 de marzo a las 10:00 para Kira.'] },
      { say: 'no', expect: ['¿Qué quieres cambiar?'], buttons: ['Día u hora', 'Servicio', 'Cancelar'] },
      { say: 'Día u hora', press: 'change:day', expect: ['¿Qué día te viene bien para Corte de uñas?'] },
      { say: 'el domingo', expect: ['Horas libres para Corte de uñas el domingo, 8 de marzo:'] },
    ]);
    expect(chat.booking.live()).toEqual([]);
  });
});

describe('a laser clinic in French and in Arabic', () => {
  it('French: area and time from the first message, women’s option by button, booked', async () => {
    const chat = new Conversation(GLOW, DUBAI_MONDAY, { maxButtons: 3, language: 'fr' });
    await chat.run([
      {
        say: 'Bonjour, je voudrais réserver les aisselles demain vers 14h',
        expect: ['Quelle option souhaitez-vous pour Aisselles ?'],
        buttons: ['Femmes', 'Hommes'],
      },
      { say: 'Femmes', press: 'var:women', expect: ['À quel nom dois-je faire la réservation ?'] },
      { say: 'Je m’appelle Léa', expect: ['Aisselles – Femmes le mardi 3 mars à 14:00. Prix : 150', 'Je réserve ?'] },
      { say: 'oui', expect: ['C’est réservé, Léa : Aisselles – Femmes le mardi 3 mars à 14:00.'], outcome: 'booked' },
    ]);
  });

  it('Arabic on a channel without buttons: numbered lists, Eastern Arabic digits, deposit link', async () => {
    const chat = new Conversation(GLOW, DUBAI_MONDAY, { maxButtons: 0, language: 'ar' });
    await chat.run([
      {
        say: 'مرحبا بدي احجز جلسة الجسم بالكامل بكرا الساعة ٤',
        expect: ['أي خيار تريد لـ جلسة الجسم بالكامل؟', '1. السيدات', '2. الرجال', 'رد برقم الخيار.'],
      },
      { say: '١', expect: ['باسم مين أسجل الحجز؟'] },
      { say: 'اسمي ليلى', expect: ['جلسة الجسم بالكامل – السيدات', 'الساعة 16:00', 'يتأكد الحجز بعربون'] },
      { say: 'نعم', expect: ['قربنا يا ليلى!', 'https://pay.example.test/apt-1'], outcome: 'awaiting_payment' },
    ]);
    expect(chat.booking.live()[0]).toMatchObject({ status: 'awaiting_payment', deposit: 300, price: 1600 });
  });

  it('Arabizi: another day in the middle, then the list', async () => {
    const chat = new Conversation(GLOW, DUBAI_MONDAY, { maxButtons: 3, language: 'ar' });
    await chat.run([
      { say: 'marhaba baddi e7jez upper lip bukra', expect: ['المواعيد المتاحة لـ الشارب'] },
      { say: 'la2 ba3d bukra 3al 5', expect: ['باسم مين أسجل الحجز؟'] },
    ]);
    expect(chat.booking.live()[0]!.start.toISOString()).toBe('2026-03-04T13:00:00.000Z'); // Wednesday 17:00 in Dubai
  });
});

const SALON: BusinessProfileInput = {
  id: 'perruqueria-test',
  profile: {
    name: 'Perruqueria Test',
    vertical: 'salon',
    timezone: 'Europe/Madrid',
    languages: ['ca', 'es'],
    currency: 'EUR',
  },
  hours: {
    tue: [
      { open: '09:00', close: '14:00' },
      { open: '16:00', close: '20:00' },
    ],
    sat: [{ open: '09:00', close: '14:00' }],
  },
  services: [
    { id: 'tall', name: { ca: 'Tall de cabell', es: 'Corte de pelo' }, durationMinutes: 30, price: 25 },
    { id: 'tint', name: { ca: 'Tint', es: 'Tinte' }, durationMinutes: 90, price: 60, deposit: 20 },
  ],
  styleGuide: { tone: 'proper' },
  staff: [{ email: 'owner@perruqueria.test', name: 'Montse', role: 'owner' }],
  settings: { booking: { slotMinutes: 30, leadTimeMinutes: 60 } },
};

const DENTIST: BusinessProfileInput = {
  id: 'clinica-test',
  profile: {
    name: 'Clínica Dentária Teste',
    vertical: 'dental',
    timezone: 'Europe/Lisbon',
    languages: ['pt'],
    currency: 'EUR',
  },
  hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ open: '09:00', close: '18:00' }]])),
  services: [{ id: 'limpeza', name: 'Limpeza dentária', durationMinutes: 45, price: 60 }],
  styleGuide: { tone: 'formal' },
  staff: [{ email: 'owner@clinica.test', name: 'Rita', role: 'owner' }],
  settings: { booking: { slotMinutes: 15, approval: { allBookings: true } } },
};

describe('Catalan and Portuguese', () => {
  it('Catalan: a haircut on Saturday morning from a list', async () => {
    // Monday 2 March 2026, 12:00 in Barcelona.
    const chat = new Conversation(business(SALON), '2026-03-02T11:00:00Z', { maxButtons: 3, language: 'ca' });
    await chat.run([
      {
        say: 'Vull demanar hora per un tall de cabell dissabte al matí',
        expect: ['Hores lliures per a Tall de cabell el dissabte, 7 de març:', '1. 09:00', 'Respon amb el número.'],
      },
      { say: '2', expect: ['A nom de qui faig la reserva?'] },
      { say: 'Em dic Marta', expect: ['Tall de cabell el dissabte, 7 de març a les', 'Preu: 25', 'La reservo?'] },
      { say: 'sí', expect: ['Fet, Marta! Tens reserva: Tall de cabell'], outcome: 'booked' },
    ]);
  });

  it('Portuguese: a clean tomorrow at 10h that waits for the clinic’s approval', async () => {
    // Monday 2 March 2026, 09:00 in Lisbon.
    const chat = new Conversation(business(DENTIST), '2026-03-02T09:00:00Z', { maxButtons: 3, language: 'pt' });
    await chat.run([
      { say: 'Queria marcar uma limpeza amanhã às 10h', expect: ['Em nome de quem faço a marcação?'] },
      {
        say: 'Sou o João',
        expect: ['Limpeza dentária, terça-feira, 3 de março, às 10:00. Preço:', '60. Confirmo a marcação?'],
      },
      {
        say: 'sim',
        expect: [
          'Obrigado, João! O seu pedido de Limpeza dentária, terça-feira, 3 de março, às 10:00, está com a equipa',
        ],
        outcome: 'pending_approval',
      },
    ]);
    expect(chat.booking.live()[0]!.status).toBe('pending_approval');
  });
});

describe('state', () => {
  it('a stale dialogue starts over instead of confirming an old hold', async () => {
    const chat = new Conversation(PAWS, AUSTIN_MONDAY, { maxButtons: 3, language: 'en' });
    await chat.run([{ say: 'nail trim friday at 2pm', expect: ['What name'] }]);
    await chat.run([{ say: 'hello again', wait: 120, expect: ['Which service would you like to book?'] }]);
  });
});
