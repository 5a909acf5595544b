import { describe, expect, it } from 'vitest';
import { type WhenContext, type WhenRequest, parseWhen } from './parse.js';

/** Tuesday 10 February 2026, 09:30 in Madrid. */
const MADRID: WhenContext = { now: new Date('2026-02-10T08:30:00Z'), timeZone: 'Europe/Madrid' };

const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A request as one line: "date time ?ambiguity…", "-" for nothing. */
function summary(r: WhenRequest): string {
  const date = !r.date ? '-' : r.date.kind === 'day' ? r.date.date : `${r.date.from}..${r.date.to}`;
  const time = !r.time
    ? '-'
    : r.time.kind === 'at'
      ? `${clock(r.time.minutes)}${r.time.approximate ? '~' : ''}`
      : `${r.time.part ?? ''}(${clock(r.time.from)}-${clock(r.time.to)})`;
  const ambiguities = r.ambiguities.map((a) => {
    if (a.kind === 'am_pm') return ` ?am_pm:${a.candidates.map(clock).join('|')}`;
    if (a.kind === 'date')
      return ` ?${a.reason}:${a.candidates.map((c) => (c.kind === 'day' ? c.date : `${c.from}..${c.to}`)).join('|')}`;
    return ` ?time_conflict:${a.candidates.length}`;
  });
  return `${date} ${time}${ambiguities.join('')}`;
}

const read = (text: string, context: WhenContext = MADRID) => summary(parseWhen(text, context));

const cases = (rows: [string, string][]) => rows;

describe('English', () => {
  it.each(
    cases([
      ['today', '2026-02-10 -'],
      ['tomorrow afternoon', '2026-02-11 afternoon(12:00-19:00)'],
      ['tmrw morning?', '2026-02-11 morning(06:00-12:00)'],
      ['tonight', '2026-02-10 evening(17:00-22:00)'],
      ['the day after tomorrow at 3pm', '2026-02-12 15:00'],
      ['next Friday', '2026-02-13 - ?next_weekday:2026-02-13|2026-02-20'],
      ['next Monday', '2026-02-16 -'],
      ['this Friday', '2026-02-13 -'],
      ['on Friday', '2026-02-13 -'],
      ['friday next week', '2026-02-20 -'],
      ['Tuesday', '2026-02-10 - ?weekday_today:2026-02-10|2026-02-17'],
      ['the 15th', '2026-02-15 -'],
      ['on the 5th', '2026-03-05 -'],
      ['March 3rd', '2026-03-03 -'],
      ['15th of March at 10am', '2026-03-15 10:00'],
      ['January 3', '2027-01-03 -'],
      ['this weekend', '2026-02-14..2026-02-15 -'],
      ['next weekend', '2026-02-14..2026-02-15 - ?next_weekend:2026-02-14..2026-02-15|2026-02-21..2026-02-22'],
      ['next week', '2026-02-16..2026-02-22 -'],
      ['sometime this week', '2026-02-10..2026-02-15 -'],
      ['in 3 days', '2026-02-13 -'],
      ['in a week', '2026-02-17 -'],
      ['at 5', '- 17:00 ?am_pm:17:00|05:00'],
      ['at 10', '- 10:00 ?am_pm:10:00|22:00'],
      ['5pm', '- 17:00'],
      ['5:30pm', '- 17:30'],
      ['17:30', '- 17:30'],
      ['9:45', '- 09:45 ?am_pm:09:45|21:45'],
      ['around 3', '- 15:00~ ?am_pm:15:00|03:00'],
      ['3ish', '- 15:00~ ?am_pm:15:00|03:00'],
      ['half past four', '- 16:30 ?am_pm:16:30|04:30'],
      ['quarter to five in the afternoon', '- 16:45'],
      ['noon', '- 12:00'],
      ['friday at noon', '2026-02-13 12:00'],
      ['tomorrow afternoon at 5', '2026-02-11 17:00'],
      ['tomorrow at 9 in the morning', '2026-02-11 09:00'],
      ['thursday 4pm', '2026-02-12 16:00'],
      ['after 5', '- (17:00-24:00) ?am_pm:17:00|05:00'],
      ['tomorrow after 3pm', '2026-02-11 (15:00-24:00)'],
      ['tomorrow afternoon after 3', '2026-02-11 afternoon(15:00-19:00)'],
      ['before noon on saturday', '2026-02-14 (00:00-12:00)'],
      ['between 2 and 4', '- (14:00-16:00) ?am_pm:14:00|02:00'],
      ['between 10am and 12pm on monday', '2026-02-16 (10:00-12:00)'],
      ['any time after lunch', '- (15:00-24:00)'],
      ['can I come in tomorrow at 10:30?', '2026-02-11 10:30 ?am_pm:10:30|22:30'],
      ['book me in for next tuesday at 3:15pm', '2026-02-17 15:15'],
      ['11am tomorrow', '2026-02-11 11:00'],
      ['sat 10am', '2026-02-14 10:00'],
      ['Saturday at 9.30', '2026-02-14 09:30 ?am_pm:09:30|21:30'],
      ['any slots this saturday afternoon?', '2026-02-14 afternoon(12:00-19:00)'],
      ['do you have anything on the 3rd?', '2026-03-03 -'],
      ['on Mar 13', '2026-03-13 -'],
      ['tomorrow evening around 7', '2026-02-11 19:00~'],
      ['quarter past 3', '- 15:15 ?am_pm:15:15|03:15'],
      ['at midnight', '- 00:00'],
      ['in two weeks', '2026-02-24 -'],
      ['how much is a full groom?', '- -'],
      ['may I book?', '- -'],
      ['I have 2 dogs', '- -'],
      ['2', '- -'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('Spanish', () => {
  it.each(
    cases([
      ['mañana', '2026-02-11 -'],
      ['hoy por la tarde', '2026-02-10 afternoon(12:00-19:00)'],
      ['esta tarde', '2026-02-10 afternoon(12:00-19:00)'],
      ['mañana por la mañana', '2026-02-11 morning(06:00-12:00)'],
      ['por la mañana', '- morning(06:00-12:00)'],
      ['pasado mañana a las 11', '2026-02-12 11:00 ?am_pm:11:00|23:00'],
      ['el martes a las 5', '2026-02-10 17:00 ?weekday_today:2026-02-10|2026-02-17 ?am_pm:17:00|05:00'],
      ['el jueves a las 5', '2026-02-12 17:00 ?am_pm:17:00|05:00'],
      ['el jueves a las cinco de la tarde', '2026-02-12 17:00'],
      ['el viernes a las 10 de la mañana', '2026-02-13 10:00'],
      ['el próximo viernes', '2026-02-13 -'],
      ['el viernes que viene', '2026-02-13 -'],
      ['el viernes de la semana que viene', '2026-02-20 -'],
      ['el martes 17', '2026-02-17 -'],
      ['el 15', '2026-02-15 -'],
      ['el día 20 a las 17h', '2026-02-20 17:00'],
      ['15 de marzo', '2026-03-15 -'],
      ['el 3 de enero', '2027-01-03 -'],
      ['a las 5 y media', '- 17:30 ?am_pm:17:30|05:30'],
      ['a las 6 menos cuarto', '- 17:45 ?am_pm:17:45|05:45'],
      ['sobre las 4', '- 16:00~ ?am_pm:16:00|04:00'],
      ['a la una', '- 13:00 ?am_pm:13:00|01:00'],
      ['al mediodía', '- midday(12:00-15:00)'],
      ['este fin de semana', '2026-02-14..2026-02-15 -'],
      ['el finde que viene', '2026-02-14..2026-02-15 -'],
      ['la semana que viene', '2026-02-16..2026-02-22 -'],
      ['la próxima semana por la tarde', '2026-02-16..2026-02-22 afternoon(12:00-19:00)'],
      ['dentro de 3 días', '2026-02-13 -'],
      ['después de las 6', '- (18:00-24:00) ?am_pm:18:00|06:00'],
      ['entre las 10 y las 12', '- (10:00-12:00)'],
      ['quiero cita para el sábado por la mañana', '2026-02-14 morning(06:00-12:00)'],
      ['quiero cita el 20/03 a las 16:30', '2026-03-20 16:30'],
      ['el lunes 16 a las 9', '2026-02-16 09:00 ?am_pm:09:00|21:00'],
      ['el viernes 13', '2026-02-13 -'],
      ['para el 14 de febrero', '2026-02-14 -'],
      ['después de las 5 de la tarde', '- (17:00-24:00)'],
      ['en 2 semanas', '2026-02-24 -'],
      ['a las 12', '- 12:00 ?am_pm:12:00|00:00'],
      ['¿cuánto cuesta?', '- -'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('French', () => {
  it.each(
    cases([
      ['demain vers 14h', '2026-02-11 14:00~'],
      ["aujourd'hui", '2026-02-10 -'],
      ['après-demain matin', '2026-02-12 morning(06:00-12:00)'],
      ['ce soir', '2026-02-10 evening(17:00-22:00)'],
      ['cet après-midi', '2026-02-10 afternoon(12:00-19:00)'],
      ['vendredi prochain', '2026-02-13 -'],
      ['jeudi à 15 heures', '2026-02-12 15:00'],
      ['samedi à 10h30', '2026-02-14 10:30'],
      ['lundi à 3 heures de l’après-midi', '2026-02-16 15:00'],
      ['le 15', '2026-02-15 -'],
      ['le 1er mars', '2026-03-01 -'],
      ['le 3 avril à 9h', '2026-04-03 09:00'],
      ['à midi', '- 12:00'],
      ['midi et demi', '- 12:30'],
      ['vers 5 heures et demie', '- 17:30~ ?am_pm:17:30|05:30'],
      ['à 6 heures moins le quart', '- 17:45 ?am_pm:17:45|05:45'],
      ['ce week-end', '2026-02-14..2026-02-15 -'],
      ['la semaine prochaine', '2026-02-16..2026-02-22 -'],
      ['dans 2 semaines', '2026-02-24 -'],
      ['après 17h', '- (17:00-24:00)'],
      ['avant midi', '- (00:00-12:00)'],
      ['je voudrais un rdv jeudi prochain vers 10h', '2026-02-12 10:00~'],
      ['le samedi 14 à 11h', '2026-02-14 11:00'],
      ['dans une semaine', '2026-02-17 -'],
      ['mon chien a besoin d’une coupe', '- -'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('Arabic, in Arabic script and Arabizi', () => {
  it.each(
    cases([
      ['بكرا الساعة ٤', '2026-02-11 16:00 ?am_pm:16:00|04:00'],
      ['بكرة الساعة 4 العصر', '2026-02-11 16:00'],
      ['غدًا صباحًا', '2026-02-11 morning(06:00-12:00)'],
      ['اليوم المسا', '2026-02-10 evening(17:00-22:00)'],
      ['بعد بكرا بعد الظهر', '2026-02-12 afternoon(12:00-19:00)'],
      ['يوم الخميس الجاي', '2026-02-12 -'],
      ['الجمعة الصبح', '2026-02-13 morning(06:00-12:00)'],
      ['السبت الساعة ١٠ ونص', '2026-02-14 10:30 ?am_pm:10:30|22:30'],
      ['الأحد ع ٥', '2026-02-15 17:00 ?am_pm:17:00|05:00'],
      ['٤ وربع', '- 16:15 ?am_pm:16:15|04:15'],
      ['الساعة ٦ الا ربع المسا', '- 17:45'],
      ['يوم ١٥', '2026-02-15 -'],
      ['١٥ مارس', '2026-03-15 -'],
      ['الأسبوع الجاي', '2026-02-16..2026-02-22 -'],
      ['هالأسبوع', '2026-02-10..2026-02-15 -'],
      ['بالليل', '- night(19:00-24:00)'],
      ['حوالي الساعة ٣', '- 15:00~ ?am_pm:15:00|03:00'],
      ['bukra el sa3a 4', '2026-02-11 16:00 ?am_pm:16:00|04:00'],
      ['bokra ba3d l dohr', '2026-02-11 afternoon(12:00-19:00)'],
      ['el khamis el jeye 3al 5', '2026-02-12 17:00 ?am_pm:17:00|05:00'],
      ['ba3d bukra el sob7', '2026-02-12 morning(06:00-12:00)'],
      ['jem3a sa3a 6 w nos', '2026-02-13 18:30 ?am_pm:18:30|06:30'],
      ['ممكن موعد يوم السبت الساعة ١١ الصبح', '2026-02-14 11:00'],
      ['الخميس الساعة ٣ العصر', '2026-02-12 15:00'],
      ['يوم الاحد الجاي', '2026-02-15 -'],
      ['bde 7ajez bukra 3al 5 ba3d l dohr', '2026-02-11 17:00'],
      ['bokra el sa3a 10 el sob7', '2026-02-11 10:00'],
      ['bukra ba3d el sa3a 4', '2026-02-11 (16:00-24:00) ?am_pm:16:00|04:00'],
      ['kam se3r el laser?', '- -'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('Catalan', () => {
  it.each(
    cases([
      ['dissabte al matí', '2026-02-14 morning(06:00-12:00)'],
      ['demà a les 5 de la tarda', '2026-02-11 17:00'],
      ['avui al vespre', '2026-02-10 evening(17:00-22:00)'],
      ['demà passat', '2026-02-12 -'],
      ['dilluns que ve', '2026-02-16 -'],
      ['divendres vinent a les 10', '2026-02-13 10:00 ?am_pm:10:00|22:00'],
      ['a les dues', '- 14:00 ?am_pm:14:00|02:00'],
      ['a dos quarts de sis de la tarda', '- 17:30'],
      ['a un quart de deu del matí', '- 09:15'],
      ['aquest cap de setmana', '2026-02-14..2026-02-15 -'],
      ['la setmana que ve', '2026-02-16..2026-02-22 -'],
      ['el 20 de març', '2026-03-20 -'],
      ["d'aquí a 3 dies", '2026-02-13 -'],
      ['vull reservar per dijous a les 6 de la tarda', '2026-02-12 18:00'],
      ['divendres a les 9 del matí', '2026-02-13 09:00'],
      ['dimecres a la tarda', '2026-02-11 afternoon(12:00-19:00)'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('Portuguese', () => {
  it.each(
    cases([
      ['amanhã de manhã', '2026-02-11 morning(06:00-12:00)'],
      ['hoje à noite', '2026-02-10 evening(17:00-22:00)'],
      ['depois de amanhã à tarde', '2026-02-12 afternoon(12:00-19:00)'],
      ['sexta às 3 da tarde', '2026-02-13 15:00'],
      ['sexta-feira às 10h', '2026-02-13 10:00'],
      ['próxima segunda', '2026-02-16 -'],
      ['quinta que vem', '2026-02-12 -'],
      ['às 10 e meia', '- 10:30 ?am_pm:10:30|22:30'],
      ['ao meio-dia', '- 12:00'],
      ['dia 20', '2026-02-20 -'],
      ['20 de março', '2026-03-20 -'],
      ['este fim de semana', '2026-02-14..2026-02-15 -'],
      ['semana que vem', '2026-02-16..2026-02-22 -'],
      ['por volta das 4', '- 16:00~ ?am_pm:16:00|04:00'],
      ['daqui a 2 dias', '2026-02-12 -'],
      ['queria marcar para sábado de manhã', '2026-02-14 morning(06:00-12:00)'],
      ['amanhã às 16h30', '2026-02-11 16:30'],
      ['às 9 da manhã de sexta', '2026-02-13 09:00'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});

describe('numeric dates', () => {
  it.each(
    cases([
      ['15/03', '2026-03-15 -'],
      ['15.03.', '2026-03-15 -'],
      ['03/04', '2026-04-03 - ?day_month_order:2026-04-03|2026-03-04'],
      ['2026-03-20', '2026-03-20 -'],
      ['20/03/2027', '2027-03-20 -'],
      ['1/1', '2027-01-01 -'],
      ['31/02', '- -'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it('reads month first where the business says so (the US), without an ambiguity', () => {
    expect(read('03/04', { ...MADRID, dateOrder: 'mdy' })).toBe('2026-03-04 -');
    expect(read('15/03', { ...MADRID, dateOrder: 'mdy' })).toBe('2026-03-15 -');
  });
});

describe('relative to the business’s time zone', () => {
  // 23:30 UTC on Tuesday 10 February: still Tuesday in Chicago, already Wednesday in Dubai.
  const now = new Date('2026-02-10T23:30:00Z');
  it.each([
    ['America/Chicago', 'tomorrow', '2026-02-11 -'],
    ['Asia/Dubai', 'tomorrow', '2026-02-12 -'],
    ['Asia/Dubai', 'بكرا', '2026-02-12 -'],
    ['America/Chicago', 'this weekend', '2026-02-14..2026-02-15 -'],
  ])('%s: %s → %s', (timeZone, text, expected) => {
    expect(read(text, { now, timeZone })).toBe(expected);
  });

  it('a business whose weekend is Friday and Saturday', () => {
    expect(read('الويكند', { ...MADRID, timeZone: 'Asia/Riyadh', weekend: ['fri', 'sat'] })).toBe(
      '2026-02-13..2026-02-14 -',
    );
  });

  it('on a Saturday, "this weekend" starts today and "next weekend" is the one after', () => {
    const saturday = { ...MADRID, now: new Date('2026-02-14T10:00:00Z') };
    expect(read('this weekend', saturday)).toBe('2026-02-14..2026-02-15 -');
    expect(read('next weekend', saturday)).toBe('2026-02-21..2026-02-22 -');
  });
});

describe('conflicting parts are reported, not resolved silently', () => {
  it.each(
    cases([
      // tomorrow is Wednesday
      ['tomorrow, Friday', '2026-02-11 - ?conflict:2026-02-11|2026-02-13'],
      ['this weekend on sunday', '2026-02-15 -'],
      ['at 5, no, at 6', '- 17:00 ?am_pm:17:00|05:00 ?time_conflict:2'],
      ['thursday or friday', '2026-02-12 - ?conflict:2026-02-12|2026-02-13'],
      ['Friday 13 March', '2026-03-13 -'],
      ['Thursday 13 March', '2026-02-12 - ?conflict:2026-02-12|2026-03-13'],
    ]),
  )('%s → %s', (text, expected) => {
    expect(read(text)).toBe(expected);
  });
});
