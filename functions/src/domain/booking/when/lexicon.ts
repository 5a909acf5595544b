/**
 * The words customers use for days and times, in English, Spanish, French,
 * Arabic (Arabic script and Arabizi), Catalan and Portuguese, each mapped
 * to what it means for the parser (`Fact`). Phrases are written as a
 * customer writes them and normalised like the message (tokens.ts), so
 * accents, hamza forms and tāʾ marbūṭa take care of themselves; `|`
 * separates alternatives. The longest phrase wins at each position, which
 * is how "mañana por la mañana" is tomorrow *and* morning.
 */
import type { Weekday } from '../../business.js';

export type PartOfDay = 'morning' | 'midday' | 'afternoon' | 'evening' | 'night';

export type Fact =
  | { t: 'rel'; days: number }
  | { t: 'weekday'; day: Weekday }
  /** English "next Friday" may mean this week's or the one after; other languages' words do not. */
  | { t: 'next'; english?: boolean }
  | { t: 'this' }
  | { t: 'part'; part: PartOfDay }
  | { t: 'noon' }
  | { t: 'midnight' }
  | { t: 'week' }
  | { t: 'weekend' }
  | { t: 'month'; month: number }
  /** "at", "a las", "à", "الساعة", "3al": a clock time follows. */
  | { t: 'at' }
  | { t: 'around' }
  | { t: 'after' }
  | { t: 'before' }
  | { t: 'between' }
  /** "and" inside "between 2 and 4". */
  | { t: 'and' }
  /** "el", "le", "the", "day", "يوم": a day of the month may follow. */
  | { t: 'dayword' }
  | { t: 'in' }
  | { t: 'unit'; unit: 'day' | 'week' }
  | { t: 'numword'; n: number }
  /** Minutes added to (or, negative, taken from) the hour just said: "y media", "moins le quart", "وربع". */
  | { t: 'minutes'; minutes: number }
  /** English "half past", "quarter to": minutes relative to the hour that follows. */
  | { t: 'prefix'; minutes: number }
  /** Catalan "dos quarts de sis" (5:30): quarters before the hour that follows. */
  | { t: 'quarts'; minutes: number }
  | { t: 'meridiem'; value: 'am' | 'pm' }
  /** "o'clock", "heures", "horas", "hores": the number before is a time. */
  | { t: 'hours' }
  /** "de", "of", "du": between a day number and its month. */
  | { t: 'of' };

type Entry = [phrases: string, facts: Fact[]];

const rel = (days: number): Fact[] => [{ t: 'rel', days }];
const wd = (day: Weekday): Fact[] => [{ t: 'weekday', day }];
const part = (p: PartOfDay): Fact[] => [{ t: 'part', part: p }];
const today = (p: PartOfDay): Fact[] => [
  { t: 'rel', days: 0 },
  { t: 'part', part: p },
];
const month = (m: number): Fact[] => [{ t: 'month', month: m }];
const num = (n: number): Fact[] => [{ t: 'numword', n }];
const minutes = (m: number): Fact[] => [{ t: 'minutes', minutes: m }];
const fact = (f: Fact): Fact[] => [f];

export const ENTRIES: Entry[] = [
  // Relative days.
  [
    'today|hoy|aujourd hui|aujourdhui|auj|avui|hoje|اليوم|lyom|el yom|elyom|alyom|al yom|el yoom|lyoum|el youm|elyoum|alyoum|ilyom|l yom',
    rel(0),
  ],
  [
    'tomorrow|tmrw|tmr|tmw|tomoro|tomorow|2moro|2morrow|manana|demain|dema|amanha|بكرا|بكره|بكرى|غدا|باكر|bukra|bokra|bukrah|bokrah|boukra|bkra|bukara|ghadan|ghada',
    rel(1),
  ],
  [
    'day after tomorrow|the day after tomorrow|pasado manana|apres demain|apres-demain|dema passat|despus dema|depois de amanha|بعد بكرا|بعد بكره|بعد غد|بعد غدا|ba3d bukra|ba3d bokra|ba3ed bukra|ba3ed bokra|ba3d boukra',
    rel(2),
  ],
  [
    'tonight|2nite|tonite|ce soir|esta noche|aquest vespre|aquesta nit|hoje a noite|esta noite|الليله|هالليله|el leile|el lela',
    today('evening'),
  ],
  ['this morning|esta manana|ce matin|aquest mati|esta manha|hoje de manha|هالصبح|الصبح اليوم', today('morning')],
  [
    'this afternoon|esta tarde|cet apres midi|cet aprem|aquesta tarda|hoje a tarde|hoje de tarde|العصر اليوم',
    today('afternoon'),
  ],
  ['this evening|cette soiree|هالمسا|hal masa', today('evening')],

  // Weekdays.
  [
    'monday|lunes|lundi|dilluns|segunda|segunda feira|الاثنين|الاتنين|اثنين|اتنين|تنين|el etnen|etnen|itnein|etnein|tnen|el tnen|ltnen|lt nen|el ithnayn',
    wd('mon'),
  ],
  [
    'tuesday|tue|tues|martes|mardi|dimarts|terca|terca feira|الثلاثاء|الثلاثا|التلات|الثلاث|ثلاثاء|تلات|talata|el talata|ltalata|tlete|el tlete|el talat',
    wd('tue'),
  ],
  [
    'wednesday|wed|weds|miercoles|mercredi|dimecres|quarta|quarta feira|الاربعاء|الاربعا|الاربع|اربعاء|اربعا|arb3a|el arb3a|larb3a|arba3a|el arba3a|arbe3a|arbaa',
    wd('wed'),
  ],
  [
    'thursday|thu|thur|thurs|jueves|jeudi|dijous|quinta|quinta feira|الخميس|خميس|khamis|el khamis|lkhamis|5amis|el 5amis|l5amis|khamees',
    wd('thu'),
  ],
  [
    'friday|fri|viernes|vendredi|divendres|sexta|sexta feira|الجمعه|جمعه|jem3a|el jem3a|ljem3a|jum3a|el jum3a|jom3a|el jom3a|jumaa|jomaa|joum3a',
    wd('fri'),
  ],
  ['saturday|sat|sabado|samedi|dissabte|السبت|سبت|sabt|el sabt|ssabt|esabt', wd('sat')],
  ['sunday|sun|domingo|dimanche|diumenge|الاحد|احد|a7ad|el a7ad|l a7ad|la7ad|ahad|el ahad|lahad|el had', wd('sun')],

  // This / next.
  ['next', fact({ t: 'next', english: true })],
  [
    'proximo|proxima|prochain|prochaine|proper|propera|vinent|que viene|que ve|que vem|siguiente|الجاي|الجايه|القادم|القادمه|المقبل|المقبله|الياي|الجاييه|jeye|jaye|jayi|jeyi|el jeye|el jaye|ljeye|el jay|ljay',
    fact({ t: 'next' }),
  ],
  [
    'this|this coming|coming|este|esta|ce|cette|cet|aquest|aquesta|nesta|neste|هذا|هاد|هيدا|هاذا|هادا|هاي|hal|hayda|hada',
    fact({ t: 'this' }),
  ],

  // Weeks and weekends.
  ['week|semana|semaine|setmana|اسبوع|الاسبوع|jom3a kemle|esbou3|el esbou3|l esbou3|isbou3|usbu3', fact({ t: 'week' })],
  [
    'weekend|week end|wkend|fin de semana|finde|finde semana|week-end|cap de setmana|fim de semana|fds|الويكند|ويكند|ويك اند|نهايه الاسبوع|عطله نهايه الاسبوع|wiken|el weekend|l weekend|wikend',
    fact({ t: 'weekend' }),
  ],

  // Parts of the day (with the articles and prepositions around them).
  [
    'morning|mornings|in the morning|am morning|por la manana|de la manana|en la manana|la manana|las mananas|de manana|matin|le matin|du matin|dans la matinee|matinee|en matinee|mati|al mati|del mati|de mati|manha|de manha|pela manha|da manha|a manha|الصبح|صباحا|الصباح|صباح|الصبحيه|بالصبح|sob7|el sob7|es sob7|l sob7|bel sob7|sobh|el sobh|sabah|el sabah|sabahan',
    part('morning'),
  ],
  [
    'midday|lunch|lunchtime|lunch time|at lunch|mediodia|al mediodia|a mediodia|migdia|al migdia|a migdia|الظهر|ظهر|الضهر|ضهر|dohr|el dohr|l dohr|ed dohr|duhr|el duhr|الظهريه',
    part('midday'),
  ],
  [
    'afternoon|in the afternoon|arvo|tarde|por la tarde|de la tarde|en la tarde|la tarde|a la tarde|apres midi|l apres midi|de l apres midi|dans l apres midi|aprem|tarda|a la tarda|de la tarda|la tarda|a tarde|de tarde|da tarde|a tardinha|بعد الظهر|بعد الضهر|العصر|عصر|بالعصر|ba3d el dohr|ba3d l dohr|ba3d ed dohr|ba3d dohr|3asr|el 3asr|l 3asr|al 3asr|pm afternoon',
    part('afternoon'),
  ],
  [
    'evening|in the evening|soir|le soir|du soir|en soiree|soiree|vespre|al vespre|del vespre|المسا|المساء|مسا|مساء|مساءا|بالمسا|بالمساء|masa|el masa|l masa|bel masa|bil masa|masaan',
    part('evening'),
  ],
  [
    'night|at night|noche|por la noche|de la noche|en la noche|la noche|nuit|la nuit|de nuit|nit|a la nit|de la nit|noite|a noite|de noite|da noite|الليل|بالليل|ليلا|بليل|el lel|bel lel|bil leil|el leil',
    part('night'),
  ],
  ['noon|midi|meio dia|ao meio dia|twelve noon|12 noon', fact({ t: 'noon' })],
  ['midnight|medianoche|minuit|mitjanit|meia noite|منتصف الليل|نص الليل', fact({ t: 'midnight' })],
  ['am|a m|a.m|da manha', fact({ t: 'meridiem', value: 'am' })],
  ['pm|p m|p.m', fact({ t: 'meridiem', value: 'pm' })],

  // Clock markers.
  [
    'at|@|a las|a la|las|a|à|a les|a l|les|as|às|ao|الساعه|الساعة|ساعه|ع الساعه|على الساعه|عالساعه|ع|على|عال|الساعه ال|sa3a|el sa3a|l sa3a|al sa3a|3al sa3a|3a sa3a|3al|3a|3ala|3l|3end|on the dot',
    fact({ t: 'at' }),
  ],
  [
    'around|about|round|approx|approximately|circa|ish|hacia las|hacia la|sobre las|sobre la|como a las|a eso de las|tipo|vers|aux alentours de|environ|cap a les|cap a la|sobre les|sobre la una|por volta das|por volta da|la pelas|lá pelas|pelas|حوالي|تقريبا|نحو|7awali|hawali|ta2riban|taqriban|ta2reeban',
    fact({ t: 'around' }),
  ],
  [
    'after|from|despues de las|despues de la|a partir de las|a partir de la|desde las|apres|a partir de|despres de les|a partir de les|depois das|depois da|a partir das|a partir da|بعد|بعد الساعه|من الساعه|ba3d|ba3ed|ba3d el sa3a|ba3d l sa3a|men el sa3a',
    fact({ t: 'after' }),
  ],
  [
    'before|by|antes de las|antes de la|antes del|antes de|avant|abans de les|abans de la|abans del|antes das|antes da|antes do|قبل|قبل الساعه|abel|2abl|abl|2abel|qabl',
    fact({ t: 'before' }),
  ],
  ['between|entre las|entre la|entre|entre les|entre as|بين|ben|bayn|bein', fact({ t: 'between' })],
  ['and|y|et|i|e|و|w|wa|y las|i les|e as|et a', fact({ t: 'and' })],
  ['of|de|del|d|da|do|du|dels|de la', fact({ t: 'of' })],

  // Day-of-month markers ("el 15", "le 15", "the 15th", "dia 15", "يوم ١٥").
  ['the|on the|el|le|el dia|le jour|day|dia|o dia|el dia de|يوم|بيوم|yom|nhar', fact({ t: 'dayword' })],
  ['in|within|dentro de|en|dans|d aqui a|daqui a|em|خلال|بعد كم|ba3d kam', fact({ t: 'in' })],
  ['day|days|dia|dias|jour|jours|dies|يوم|ايام|يومين|yom|iyam|ayyam', [{ t: 'unit', unit: 'day' }]],
  ['week|weeks|semana|semanas|semaine|semaines|setmana|setmanes|اسبوع|اسابيع|esbou3', [{ t: 'unit', unit: 'week' }]],

  // Hours words.
  ['o clock|oclock|heures|heure|h|hs|hrs|hr|horas|hora|hores|hora en punt|en punto|pile|ساعات', fact({ t: 'hours' })],

  // Minutes after the hour.
  [
    'y media|e meia|et demie|et demi|i mitja|and a half|ونص|و نص|ونصف|و نصف|w nos|w nus|wnos|w noss|w nuss|u nos',
    minutes(30),
  ],
  [
    'y cuarto|e um quarto|e quarto|et quart|et quart d heure|i quart|وربع|و ربع|w rob3|w rebe3|w rub3|w roub3',
    minutes(15),
  ],
  [
    'menos cuarto|menos um quarto|moins le quart|moins quart|menys quart|الا ربع|ella rob3|illa rob3|ila rob3|la rob3|ela rebe3',
    minutes(-15),
  ],
  ['وثلث|و ثلث|وتلت|و تلت|w tilt|w telt|w tult', minutes(20)],
  ['الا ثلث|الا تلت|illa tilt|ella telt', minutes(-20)],
  ['y diez|e dez|et dix|i deu', minutes(10)],
  ['y veinte|e vinte|et vingt|i vint', minutes(20)],
  ['un quart de|un quart d', fact({ t: 'quarts', minutes: 15 })],
  ['dos quarts de|dos quarts d', fact({ t: 'quarts', minutes: 30 })],
  ['tres quarts de|tres quarts d', fact({ t: 'quarts', minutes: 45 })],

  // Numbers as words (only read as hours after a clock marker or before an hours word).
  ['one|una|uno|une|un|um|uma|واحده|وحده|الواحده|wa7de|wahde|wa7da', num(1)],
  ['two|dos|deux|dues|dois|duas|ثنتين|تنتين|اتنين|ثنين|tnen|tenten|tintein', num(2)],
  ['three|tres|trois|ثلاثه|تلاته|التلاته|tlete|tleta|talata', num(3)],
  ['four|cuatro|quatre|quatro|اربعه|الاربعه|arb3a|arba3a|arbaa', num(4)],
  ['five|cinco|cinq|cinc|خمسه|الخمسه|khamse|5amse|khamsa', num(5)],
  ['six|seis|sis|سته|السته|sette|sitta', num(6)],
  ['seven|siete|sept|set|sete|سبعه|السبعه|sab3a|saba3a', num(7)],
  ['eight|ocho|huit|vuit|oito|ثمانيه|تمانيه|التمانيه|tmene|tamanye|tmenye', num(8)],
  ['nine|nueve|neuf|nou|nove|تسعه|التسعه|tes3a|tis3a', num(9)],
  ['ten|diez|dix|deu|dez|عشره|العشره|3ashra|3ashara|3achra', num(10)],
  ['eleven|once|onze|حدعش|احدعش|حداعش|الحدعش|احد عشر|7da3sh|hda3sh|7eda3sh', num(11)],
  ['twelve|doce|douze|dotze|doze|اتناعش|طناعش|الاتناعش|اثنا عشر|tna3sh|etna3sh|tnaash', num(12)],

  // Months (only read next to a day number).
  ['january|jan|enero|janvier|gener|janeiro|يناير|كانون الثاني|جانفي', month(1)],
  ['february|feb|febrero|fevrier|febrer|fevereiro|فبراير|شباط|فيفري', month(2)],
  ['march|mar|marzo|mars|marc|marco|مارس|اذار', month(3)],
  ['april|apr|abril|avril|ابريل|نيسان|افريل', month(4)],
  ['may|mayo|mai|maig|maio|مايو|ايار|ماي', month(5)],
  ['june|jun|junio|juin|juny|junho|يونيو|حزيران|جوان', month(6)],
  ['july|jul|julio|juillet|juliol|julho|يوليو|تموز|جويليه', month(7)],
  ['august|aug|agosto|aout|agost|اغسطس|اب|اوت', month(8)],
  ['september|sep|sept|septiembre|setiembre|septembre|setembre|setembro|سبتمبر|ايلول', month(9)],
  ['october|oct|octubre|octobre|outubro|اكتوبر|تشرين الاول', month(10)],
  ['november|nov|noviembre|novembre|novembro|نوفمبر|تشرين الثاني', month(11)],
  ['december|dec|diciembre|decembre|desembre|dezembro|ديسمبر|كانون الاول', month(12)],

  // English hour prefixes: "half past four" is 4:30, "quarter to five" 4:45.
  ['half past|half after', [{ t: 'prefix', minutes: 30 }]],
  ['quarter past|quarter after|a quarter past|a quarter after', [{ t: 'prefix', minutes: 15 }]],
  ['quarter to|quarter till|quarter of|a quarter to|a quarter till', [{ t: 'prefix', minutes: -15 }]],
];
