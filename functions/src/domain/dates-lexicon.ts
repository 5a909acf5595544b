/**
 * Words for days in every supported language (normalised: lowercase, no
 * accents), for domain/dates.ts.
 */
import type { Weekday } from './business.js';
import { normalise } from './text.js';

const list = (s: string) => s.split('|').map((p) => normalise(p));

export const DATE_WORDS = {
  today: list(
    "today|todays|tonight|tonights|this afternoon|this evening|this morning|hoy|esta tarde|esta noche|avui|hui|aquesta tarda|aquesta vesprada|aquest mati|aujourd'hui|ce soir|cet apres-midi|ce matin|hoje|hoje a tarde|esta noite|oggi|stasera|oggi pomeriggio|stamattina|stamani|heute|heute abend|heute nachmittag|heute morgen|heute fruh|heut|اليوم|lyom|el yom|elyom|alyom|hal yom",
  ),
  tomorrow: list(
    'tomorrow|tomorrows|manana|dema|demain|amanha|domani|morgen|bis morgen|بكرا|بكره|بكرة|غدا|bukra|bokra|boukra',
  ),
  dayAfterTomorrow: list(
    'day after tomorrow|pasado manana|dema passat|passat dema|apres-demain|depois de amanha|dopodomani|dopo domani|ubermorgen|uebermorgen|übermorn|بعد بكرا',
  ),
  /** "mañana" after these is the morning, not tomorrow ("mañana por la mañana" is tomorrow morning). */
  morning: list(
    'la manana|por la manana|de la manana|las mananas|esta manana|de manana|una manana|esa manana|aquella manana|cada manana|toda la manana|en la manana|por las mananas|guten morgen|am morgen|heute morgen|gestern morgen|jeden morgen|diesen morgen|den ganzen morgen|morgens',
  ),
  weekend: list(
    'weekend|this weekend|fin de semana|finde|cap de setmana|week-end|fim de semana|الويكند|الويك اند|نهايه الاسبوع|نهايه هالاسبوع|اخر الاسبوع|الويكاند|ويكند|wikend|fine settimana|weekend|questo weekend|questo fine settimana|wochenende|am wochenende|dieses wochenende',
  ),
  every: list('every|each|cada|tots|todos|todas|tous|toutes|ogni|tutti|tutte|jeden|jede|jeder|immer'),
};

const WEEKDAY_TABLE: Record<Weekday, string> = {
  mon: 'monday|mon|lunes|dilluns|lundi|segunda|segunda-feira|lunedi|lunedì|montag|الاثنين|الاتنين|tnen|etnen',
  tue: 'tuesday|tue|tues|martes|dimarts|mardi|terca|terca-feira|martedi|martedì|dienstag|الثلاثاء|التلات|talata|tlata',
  wed: 'wednesday|wed|weds|miercoles|dimecres|mercredi|quarta|quarta-feira|mercoledi|mercoledì|mittwoch|الاربعاء|الاربعا|arba3a|arb3a',
  thu: 'thursday|thu|thur|thurs|jueves|dijous|jeudi|quinta|quinta-feira|giovedi|giovedì|donnerstag|الخميس|khamis|5amis',
  fri: 'friday|fri|viernes|divendres|vendredi|sexta|sexta-feira|venerdi|venerdì|freitag|الجمعه|jum3a|jem3a|jim3a',
  sat: 'saturday|sat|sabado|dissabte|samedi|sabato|samstag|sonnabend|السبت|sabt|sebt',
  sun: 'sunday|domingo|diumenge|dimanche|domenica|sonntag|الاحد|a7ad|ahad|7ad',
};
/**
 * Spoken Arabic names of days, in both scripts, beside the standard ones
 * above: Moroccan "الحد", "التنين", "lhad", "ssebt", "ljem3a"; Egyptian and
 * Levantine Arabizi "el gom3a" (Cairo says g for j), "etnein", "5amees".
 */
const SPOKEN_ARABIC_WEEKDAYS: Record<Weekday, string> = {
  mon: 'التنين|الثنين|اثنين|tnin|letnin|ltnin|l2tnin|lethnin|itnin|etnein|itnein|tnein|el2etnein',
  tue: 'الثلاث|التلات|الثلاث|tlat|ttlat|ltlat|ttlata|talat|tala2|ettalat',
  wed: 'لاربع|الاربع|larb3|larb3a|larbe3|larba3|arb3|arba3|larbaa',
  thu: 'لخميس|lkhmis|lkhemis|l5mis|khmis|khamees|5amees|el5amis',
  fri: 'الجمعه|جمعه|jem3a|ljem3a|ljom3a|ljm3a|jm3a|ljema3|gom3a|gum3a|jom3a|gom3aa|elgom3a',
  sat: 'سبت|ssebt|lsebt|sebt|ssbt|sabt',
  sun: 'الحد|lhad|l7ed|l7ad|lhed',
};

/**
 * Swiss German names of days ("am Donnschtig", "Samschtig", "mäntigs"),
 * and the old Bavarian and Austrian "Pfinztag" and "Ertag": no other
 * language spells a word like them.
 */
const SPOKEN_GERMAN_WEEKDAYS: Record<Weekday, string> = {
  mon: 'mäntig|mändig|määntig',
  tue: 'zischtig|ziischtig|zyschtig|ertag|erchtag',
  wed: 'mittwuch|mittwuche',
  thu: 'dunschtig|donnschtig|donschtig|dunnschtig|donstig|dunstig|pfinztag',
  fri: 'friitig|fritig|frytig|fryttig',
  sat: 'samschtig|samstig',
  sun: 'sunntig|suntig|sonntig|sunnda|sonnda',
};
const SPOKEN_GERMAN_PLURALS: Record<Weekday, string> = {
  mon: 'mäntigs|mändigs',
  tue: 'zischtigs',
  wed: 'mittwuchs',
  thu: 'dunschtigs|donnschtigs|donschtigs',
  fri: 'friitigs|fritigs',
  sat: 'samschtigs',
  sun: 'sunntigs|suntigs',
};

const PLURAL_TABLE: Record<Weekday, string> = {
  mon: 'mondays|dillunss|lundis|montags',
  tue: 'tuesdays|dimartss|mardis|dienstags',
  wed: 'wednesdays|mercredis|mittwochs',
  thu: 'thursdays|jeudis|donnerstags',
  fri: 'fridays|divendress|vendredis|sextas|freitags',
  sat: 'saturdays|sabados|dissabtes|samedis|samstags|sabati',
  sun: 'sundays|domingos|diumenges|dimanches|sonntags|domeniche',
};

/** Normalised weekday word → the day, and whether it is a plural ("on Saturdays": every Saturday). */
export const WEEKDAY_NAMES: ReadonlyMap<string, { day: Weekday; plural: boolean }> = new Map(
  [false, true].flatMap((plural) =>
    (
      [
        ...Object.entries(plural ? PLURAL_TABLE : WEEKDAY_TABLE),
        ...Object.entries(plural ? SPOKEN_GERMAN_PLURALS : SPOKEN_GERMAN_WEEKDAYS),
        ...(plural ? [] : Object.entries(SPOKEN_ARABIC_WEEKDAYS)),
      ] as [Weekday, string][]
    ).flatMap(([day, names]) =>
      list(names).map((name): [string, { day: Weekday; plural: boolean }] => [name, { day, plural }]),
    ),
  ),
);

const MONTH_TABLE = [
  'january|jan|enero|gener|janvier|janeiro|يناير|كانون الثاني|جانفي|gennaio|januar|jaenner|janner',
  'february|feb|febrero|febrer|fevrier|fevereiro|فبراير|شباط|فيفري|febbraio|februar|feber',
  'march|mar|marzo|marc|mars|marco|مارس|اذار|maerz|marz|märz',
  'april|apr|abril|avril|ابريل|نيسان|افريل|aprile',
  'may|mayo|maig|mai|maio|مايو|ايار|ماي|maggio',
  'june|jun|junio|juny|juin|junho|يونيو|حزيران|جوان|giugno|juni',
  'july|jul|julio|juliol|juillet|julho|يوليو|تموز|يوليوز|جويليه|luglio|juli',
  'august|aug|agosto|agost|aout|اغسطس|اب|غشت|اوت|agosto|august|auguscht',
  'september|sep|sept|septiembre|setiembre|setembre|septembre|setembro|سبتمبر|ايلول|شتنبر|settembre|septämber',
  'october|oct|octubre|octobre|outubro|اكتوبر|تشرين الاول|ottobre|oktober',
  'november|nov|noviembre|novembre|novembro|نوفمبر|تشرين الثاني|نونبر|novembre|novämber',
  'december|dec|diciembre|desembre|decembre|dezembro|ديسمبر|كانون الاول|دجنبر|dicembre|dezember|dezämber',
];

/** Normalised month word → 1..12. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_TABLE.flatMap((names, i) => list(names).map((name) => [name, i + 1] as const)),
);

/** Days with a name everyone uses, whether or not the business listed them. */
export const FIXED_DATES: readonly { phrases: string[]; month: number; day: number }[] = [
  {
    phrases: list(
      'christmas eve|nochebuena|noche buena|nit de nadal|nit de nadal|veille de noel|reveillon de noel|vespera de natal|consoada|vigilia di natale|heiligabend|heiliger abend|ليله الميلاد',
    ),
    month: 12,
    day: 24,
  },
  {
    phrases: list(
      'christmas|christmas day|xmas|navidad|dia de navidad|nadal|dia de nadal|noel|jour de noel|natal|dia de natal|natale|giorno di natale|weihnachten|erster weihnachtstag|1 weihnachtstag|عيد الميلاد',
    ),
    month: 12,
    day: 25,
  },
  {
    phrases: list(
      "new year's eve|new years eve|nye|nochevieja|nit de cap d'any|nit de cap dany|saint-sylvestre|reveillon|vespera de ano novo|passagem de ano|san silvestro|capodanno sera|silvester|ليله راس السنه",
    ),
    month: 12,
    day: 31,
  },
  {
    phrases: list(
      "new year's day|new years day|new year|ano nuevo|cap d'any|jour de l'an|nouvel an|ano novo|dia de ano novo|capodanno|primo gennaio|neujahr|neujahrstag|راس السنه",
    ),
    month: 1,
    day: 1,
  },
  {
    phrases: list(
      'santo stefano|zweiter weihnachtstag|2 weihnachtstag|stefanitag|boxing day|sant esteve|saint etienne',
    ),
    month: 12,
    day: 26,
  },
  { phrases: list('ferragosto|assunzione|mariae himmelfahrt|maria himmelfahrt|assumption day'), month: 8, day: 15 },
  { phrases: list('tag der deutschen einheit|einheitstag'), month: 10, day: 3 },
  { phrases: list('festa della liberazione|25 aprile'), month: 4, day: 25 },
  { phrases: list('festa della repubblica|2 giugno'), month: 6, day: 2 },
  {
    phrases: list(
      'epiphany|reyes|dia de reyes|reis|dia de reis|epiphanie|dia de reis|three kings|epifania|befana|heilige drei konige|dreikonigstag',
    ),
    month: 1,
    day: 6,
  },
];

/**
 * Spoken Arabic (Moroccan Darija first, then Egyptian) for today, tomorrow and the day
 * after, in both scripts; kept apart so each language's words stay easy to
 * find, and added to DATE_WORDS once.
 */
const SPOKEN_ARABIC_DAYS: Partial<Record<keyof typeof DATE_WORDS, string>> = {
  today:
    'ليوم|ليوما|اليوما|هاد النهار|lyoum|lyouma|lyoma|lioum|lyoom|l yoom|had nhar|lyom|النهارده|انهارده|النهارده دي|ennaharda|elnaharda',
  tomorrow: 'غدوه|غدوا|غذا|bokra|ghda|ghedda|ghadda|ghdda|ghedwa|ghodwa',
  dayAfterTomorrow: 'بعد غدا|من بعد غدا|بعد غدوه|من غير غدا|b3d ghda|mn b3d ghda|ba3d ghda|ba3d bokra',
};
for (const [key, phrases] of Object.entries(SPOKEN_ARABIC_DAYS) as [keyof typeof DATE_WORDS, string][]) {
  DATE_WORDS[key].push(...list(phrases));
}

/**
 * Feasts whose date moves from year to year, by the words customers name them with in the languages they write
 * (a name of several words matches them in a row): a holiday the business listed under one of these names is that
 * feast, whatever else its name says ("Eid al-Fitr, first day (expected date)", "Thanksgiving Day"). Not a word
 * that is also an everyday one ("aid" alone is a hearing aid; "عيد" alone a birthday's).
 */
export const MOVABLE_FEASTS: readonly string[][] = [
  'eid|eid al fitr|eid ul fitr|eid al adha|eid ul adha|eid mubarak|aid el fitr|aid al fitr|aid el kebir|aid al adha|العيد|عيد الفطر|عيد الاضحى|bayram|bayrami|hari raya|lebaran|3id|l3id|el 3id',
  'thanksgiving|accion de gracias|action de grace|action de graces|acao de gracas|dia de acao de gracas|ringraziamento',
  'easter|pascua|paques|pasqua|pascoa|ostern|pasko ng pagkabuhay',
  'diwali|deepavali|divali',
  // Egypt's spring feast, the Monday after Coptic Easter.
  'sham el nessim|sham el nesim|sham el nasim|sham ennessim|sham al naseem|sham el naseem|شم النسيم|شم نسيم',
].map(list);

/** Words in a holiday's name that make it the day before or after a feast, not the feast ("Eid eve", "Day after"). */
export const FEAST_NEIGHBOUR_WORDS: ReadonlySet<string> = new Set(
  list(
    'eve|before|after|night|vispera|vigilia|veille|lendemain|avant|apres|despues|antes|dopo|prima|vorabend|vortag|abans|despres|vespera|revetlla|ليلة|وقفة|عشية|غداة|raat',
  ),
);

/**
 * Ordinals of a feast's days ("the second day of Eid", "el segundo día", "ثاني يوم العيد", Tagalog "pangalawang
 * araw"), by the day they name; a day word stands next to them (FEAST_DAY_WORDS).
 */
export const FEAST_ORDINALS: ReadonlyMap<string, number> = new Map(
  (
    [
      [
        1,
        'first|1st|primer|primero|primera|premier|premiere|1er|primo|erster|ersten|erste|primeiro|primeira|unang|ikaunang|اول|أول|premye',
      ],
      [
        2,
        'second|2nd|segundo|segunda|deuxieme|2eme|2e|secondo|seconda|zweiter|zweiten|zweite|segon|segona|pangalawang|pangalawa|ikalawang|ikalawa|ثاني|تاني|dezyem',
      ],
      [
        3,
        'third|3rd|tercer|tercero|tercera|troisieme|3eme|3e|terzo|terza|dritter|dritten|dritte|terceiro|terceira|tercer|tercera|pangatlong|pangatlo|ikatlong|ikatlo|ثالث|تالت|twazyem',
      ],
    ] as const
  ).flatMap(([n, words]) => list(words).map((w) => [w, n] as const)),
);
export const FEAST_DAY_WORDS: ReadonlySet<string> = new Set(
  list('day|days|dia|dias|jour|jours|giorno|giorni|tag|tages|araw|يوم|ايام|أيام|jou|dag'),
);

/** Words that name a feast's eve, said before or after its name ("la veille de l'Aïd", "Eid eve", "ليلة العيد"). */
export const EVE_WORDS: ReadonlySet<string> = new Set(
  list('eve|vispera|veille|vigilia|vorabend|vespera|revetlla|ليلة|وقفة|عشية'),
);
/** A day word said alone, not counted: "the day before Eid" is its eve, "two days before" is not read. */
export const ONE_DAY_WORDS: ReadonlySet<string> = new Set(list('day|dia|jour|giorno|tag|araw|يوم|jou|dag'));

/** Words that put a weekday before or after a feast: "the Wednesday before Thanksgiving", "mekredi anvan". */
export const BEFORE_WORDS: ReadonlySet<string> = new Set(list('before|antes|avant|prima|vor|abans|anvan|bago|قبل'));
export const AFTER_WORDS: ReadonlySet<string> = new Set(list('after|despues|apres|dopo|nach|despres|depois|apre|بعد'));
