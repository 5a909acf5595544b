/**
 * The concept lexicon of the appointment-business domain: words of every
 * supported language mapped to shared concepts (price, cancel, parking,
 * pregnancy, whitening, …). Retrieval adds a concept term (`#parking`)
 * wherever a concept's words occur, in the business's texts and in the
 * customer's message alike, which is how a question in one language finds
 * an answer written in another (domain/knowledge-index.ts).
 *
 * To extend it: add words to a concept, or a concept to one of the tables
 * (desk, care, services, practice, body; visit, beauty, animals, studio; offers; sight and feet; hearing; lab; photo; music; rehearsal; spine; vehicle; bicycle; repair; travel; maternity; speech; snow; outdoor; coast; guests; visitors; leisure; dojo; golf; childhood). A concept should mean the same thing wherever it
 * matches; a word that means different things in different contexts is
 * better left to plain word matching.
 */
import type { TextLanguage } from '../languages.js';
import { ANIMAL_CONCEPTS } from './concepts-animals.js';
import { ATTIRE_CONCEPTS } from './concepts-attire.js';
import { BEAUTY_CONCEPTS } from './concepts-beauty.js';
import { BICYCLE_CONCEPTS } from './concepts-bicycle.js';
import { BODY_CONCEPTS } from './concepts-body.js';
import { CARE_CONCEPTS } from './concepts-care.js';
import { DESK_CONCEPTS } from './concepts-desk.js';
import { ENT_CONCEPTS } from './concepts-ent.js';
import { FIRST_AID_CONCEPTS } from './concepts-first-aid.js';
import { GUEST_CONCEPTS } from './concepts-guests.js';
import { HEADCOUNT_CONCEPTS } from './concepts-headcount.js';
import { HEARING_CONCEPTS } from './concepts-hearing.js';
import { LAB_CONCEPTS } from './concepts-lab.js';
import { LANE_CONCEPTS } from './concepts-lane.js';
import { WILDLIFE_CONCEPTS } from './concepts-wildlife.js';
import { LEISURE_CONCEPTS } from './concepts-leisure.js';
import { MATERNITY_CONCEPTS } from './concepts-maternity.js';
import { MEDICINE_CONCEPTS } from './concepts-medicine.js';
import { MUSIC_CONCEPTS } from './concepts-music.js';
import { OFFER_CONCEPTS } from './concepts-offers.js';
import { OUTDOOR_CONCEPTS } from './concepts-outdoor.js';
import { OUTING_CONCEPTS } from './concepts-outing.js';
import { ABOARD_CONCEPTS } from './concepts-aboard.js';
import { PHOTO_CONCEPTS } from './concepts-photo.js';
import { PARTY_CONCEPTS } from './concepts-party.js';
import { PLAY_CONCEPTS } from './concepts-play.js';
import { POTTERY_CONCEPTS } from './concepts-pottery.js';
import { PRACTICE_CONCEPTS } from './concepts-practice.js';
import { RACKET_CONCEPTS } from './concepts-racket.js';
import { REPORT_CONCEPTS } from './concepts-report.js';
import { REHEARSAL_CONCEPTS } from './concepts-rehearsal.js';
import { SLEEP_CONCEPTS } from './concepts-sleep.js';
import { REPAIR_CONCEPTS } from './concepts-repair.js';
import { SERVICE_CONCEPTS } from './concepts-services.js';
import { SIGHT_FEET_CONCEPTS } from './concepts-sight-feet.js';
import { SIMULATOR_CONCEPTS } from './concepts-simulator.js';
import { SKIN_TEETH_CONCEPTS } from './concepts-skin-teeth.js';
import { SPEECH_CONCEPTS } from './concepts-speech.js';
import { SPORT_CONCEPTS } from './concepts-sport.js';
import { SPINE_CONCEPTS } from './concepts-spine.js';
import { SCHOOL_CONCEPTS } from './concepts-school.js';
import { SEASIDE_CONCEPTS } from './concepts-seaside.js';
import { COAST_CONCEPTS } from './concepts-coast.js';
import { SNOW_CONCEPTS } from './concepts-snow.js';
import { STUDIO_CONCEPTS } from './concepts-studio.js';
import { TAILORING_CONCEPTS } from './concepts-tailoring.js';
import { TRAVEL_CONCEPTS } from './concepts-travel.js';
import { VEHICLE_CONCEPTS } from './concepts-vehicle.js';
import { DETAILING_CONCEPTS } from './concepts-detailing.js';
import { DOJO_CONCEPTS } from './concepts-dojo.js';
import { GOLF_CONCEPTS } from './concepts-golf.js';
import { CHILDHOOD_CONCEPTS } from './concepts-childhood.js';
import { VISIT_CONCEPTS } from './concepts-visit.js';
import { VISITOR_CONCEPTS } from './concepts-visitors.js';
import { WATER_CONCEPTS } from './concepts-water.js';
import { ILLNESS_CONCEPTS } from './concepts-illness.js';
import { IDIOMS } from './idioms.js';
import { matchPhrases, PhraseBook, type PhraseMatch, type PreparedWords } from './phrases.js';
import { normalise } from '../text.js';

export const CONCEPT_TABLE = {
  ...DESK_CONCEPTS,
  ...CARE_CONCEPTS,
  ...SERVICE_CONCEPTS,
  ...PRACTICE_CONCEPTS,
  ...BODY_CONCEPTS,
  ...VISIT_CONCEPTS,
  ...BEAUTY_CONCEPTS,
  ...ANIMAL_CONCEPTS,
  ...STUDIO_CONCEPTS,
  ...OFFER_CONCEPTS,
  ...SIGHT_FEET_CONCEPTS,
  ...HEARING_CONCEPTS,
  ...LAB_CONCEPTS,
  ...PHOTO_CONCEPTS,
  ...MUSIC_CONCEPTS,
  ...SPINE_CONCEPTS,
  ...SKIN_TEETH_CONCEPTS,
  ...SCHOOL_CONCEPTS,
  ...VEHICLE_CONCEPTS,
  ...DETAILING_CONCEPTS,
  ...BICYCLE_CONCEPTS,
  ...REPAIR_CONCEPTS,
  ...TRAVEL_CONCEPTS,
  ...MATERNITY_CONCEPTS,
  ...SPEECH_CONCEPTS,
  ...FIRST_AID_CONCEPTS,
  ...SNOW_CONCEPTS,
  ...RACKET_CONCEPTS,
  ...SIMULATOR_CONCEPTS,
  ...OUTING_CONCEPTS,
  ...ABOARD_CONCEPTS,
  ...MEDICINE_CONCEPTS,
  ...OUTDOOR_CONCEPTS,
  ...GUEST_CONCEPTS,
  ...VISITOR_CONCEPTS,
  ...LEISURE_CONCEPTS,
  ...POTTERY_CONCEPTS,
  ...TAILORING_CONCEPTS,
  ...SPORT_CONCEPTS,
  ...WATER_CONCEPTS,
  ...ILLNESS_CONCEPTS,
  ...PLAY_CONCEPTS,
  ...PARTY_CONCEPTS,
  ...DOJO_CONCEPTS,
  ...GOLF_CONCEPTS,
  ...CHILDHOOD_CONCEPTS,
  ...SEASIDE_CONCEPTS,
  ...COAST_CONCEPTS,
  ...ATTIRE_CONCEPTS,
  ...HEADCOUNT_CONCEPTS,
  ...REPORT_CONCEPTS,
  ...ENT_CONCEPTS,
  ...LANE_CONCEPTS,
  ...WILDLIFE_CONCEPTS,
  ...REHEARSAL_CONCEPTS,
  ...SLEEP_CONCEPTS,
};
export type Concept = keyof typeof CONCEPT_TABLE;

/**
 * Concepts of a device as a thing (concepts-repair.ts): the phone repaired, bought or sold ("my phone's screen",
 * "téléphones d'occasion", "il telefono non si accende"), whose phrases hold the words of a phone number
 * (contact: "phone", "téléphone", "telefono", "Handy").
 */
export const DEVICE_CONCEPTS: readonly Concept[] = Object.keys(REPAIR_CONCEPTS) as Concept[];

/** The devices a repair shop mends (concepts-repair.ts): the customer's own things, not offerings. */
const REPAIR_DEVICES: ReadonlySet<string> = new Set(['smartphone', 'tablet', 'laptop', 'gameConsole']);

/** The concepts that name a language or languages ("English", "idioma"): what "do you speak …?" is about. */
export const LANGUAGE_CONCEPTS: readonly Concept[] = [
  'language',
  'english',
  'spanish',
  'catalan',
  'portuguese',
  'italian',
  'german',
  'french',
  'arabic',
  'dutch',
  'russian',
  'ukrainian',
  'polish',
  'turkish',
  'romanian',
  'chinese',
  'berber',
  'hindi',
  'persian',
];

/**
 * Concepts that name something a business offers, has or decides (a
 * service, a product, an amenity, a way to pay, a deposit or cancellation
 * policy), as opposed to the customer's context (the body, a child, a
 * fear, a language, a day). A customer who asks about one the business
 * never wrote about asks what its data cannot answer ("do you board dogs?"
 * at a groomer that never mentions boarding; "is there a deposit?" where
 * no text mentions one).
 */
export const OFFERING_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([
  ...(['cleaning', 'whitening', 'filling', 'rootCanal', 'extraction', 'wisdomTooth', 'implant', 'crown'] as const),
  ...(['veneers', 'orthodontics', 'dentures', 'xray', 'laser', 'hairRemoval', 'groom', 'bath', 'vaccine'] as const),
  ...(Object.keys(BEAUTY_CONCEPTS) as Concept[]),
  ...(['design', 'coverUp', 'touchUp', 'piercing', 'needling', 'acupuncture', 'taping', 'surgery', 'tattoo'] as const),
  ...(['cryotherapy', 'biopsy', 'sealant', 'sedationGas', 'taxDeduction'] as const),
  ...(['vet', 'neuter', 'deworming', 'microchip', 'bloodTest', 'ultrasound', 'hospitalisation'] as const),
  ...(['euthanasia', 'exoticPets', 'boarding', 'handStripping', 'animalTransport'] as const),
  ...(['wifi', 'groups', 'hotelTransfer', 'homeVisit', 'remoteConsultation', 'medicalCertificate'] as const),
  ...([
    'spaKit',
    'loyalty',
    'referFriend',
    'petFriendly',
    'invoice',
    'refund',
    'tipping',
    'facilities',
    'products',
    'reviews',
    'portfolio',
  ] as const),
  // Not lateness or waiting: "what if I cancel late?" and "I'll be late" are the customer's situation.
  ...(['deposit', 'payment', 'cancel', 'notice', 'walkIn', 'discount'] as const),
  ...(['instalments', 'giftCard', 'package', 'parking', 'accessibility', 'student', 'insurance'] as const),
  ...(Object.keys(OFFER_CONCEPTS) as Concept[]),
  // A company's team building, as a private event is: not the hen party or the horror room a customer tells of.
  ...(['teamBuilding'] as const),
  // Not a warning light on the dashboard: that is the customer's situation.
  ...(['tyres', 'winterTyres', 'brakes', 'timingBelt', 'airCon', 'roadworthiness', 'carService'] as const),
  ...(['bodywork', 'towing', 'courtesyCar', 'rentalCar', 'clutch', 'exhaust'] as const),
  // Not the bike itself, nor an electric one: they are the customer's, whatever the business does.
  ...(['puncture', 'gears', 'ebikeLimiter', 'suspension', 'wheelTruing', 'bikeFitting', 'bikeBox'] as const),
  ...(['bikeRental', 'kidsBike', 'usedBikes', 'childSeat', 'bikeRack'] as const),
  // A travel clinic's vaccines, tablets, consultation and certificate; not hepatitis (as often the customer's own
  // condition, told to a dentist or a tattooist), altitude sickness or the pilgrimage (the customer's trip).
  ...(['yellowFever', 'meningitis', 'typhoid', 'cholera', 'encephalitis', 'malaria'] as const),
  ...(['travelConsultation', 'travelCertificate'] as const),
  // An eye clinic's laser surgery and coloured lenses; not a cataract or glaucoma (as often a relative's condition).
  ...(['laserEye', 'colouredLenses'] as const),
  // A laboratory's tests: every concept of its table names one (a condition alone is left out there).
  ...(Object.keys(LAB_CONCEPTS) as Concept[]),
  // A studio's kinds of photo: each one it takes or does not.
  ...(Object.keys(PHOTO_CONCEPTS) as Concept[]),
  // A midwife's classes, rehabilitation, contraception and screening; not twins or the weeks after a birth (the
  // customer's own).
  ...(['birthPrep', 'pelvicFloor', 'contraception', 'smearTest'] as const),
  // A school's instruments, classes and shows: each one it teaches or holds, or not. Not its exams alone.
  ...(['trialLesson', 'piano', 'guitar', 'strings', 'drums', 'singing', 'windInstrument', 'musicTheory'] as const),
  ...(['ensemble', 'instrumentRental', 'recital', 'musicLessons', 'dance', 'drama', 'oud'] as const),
  ...(['musicProduction', 'songwriting', 'earlyMusic'] as const),
  // A musculoskeletal practice's therapies; not whiplash, scoliosis, numbness or the jaw (the customer's own).
  ...(['chiropractic', 'osteopathy', 'cupping', 'spinalDecompression', 'electrotherapy'] as const),
  // A repair shop's repairs, parts, trade and services; not the device itself (a phone, a laptop, a console: the
  // customer's, whatever the shop does) nor a device that is dead (the customer's situation).
  ...(Object.keys(REPAIR_CONCEPTS) as Concept[]).filter((c) => !REPAIR_DEVICES.has(c) && c !== 'noPower'),
  // A speech therapist's therapies; not a lisp, a stutter, a late talker, a swallowing problem, a hoarse voice, a
  // tongue-tie or dyslexia (the customer's own, which a dentist, a midwife or a school hears too).
  ...(['speechTherapy', 'voiceTherapy', 'accentReduction'] as const),
]);

const PHRASES = new PhraseBook(CONCEPT_TABLE);

/** The term a concept adds to an index or a query. */
export const conceptTerm = (concept: string) => `#${concept}`;

let offeringTerms: ReadonlySet<string> | undefined;
/** Whether an index term is the term of one of OFFERING_CONCEPTS. */
export const isOfferingTerm = (term: string): boolean =>
  (offeringTerms ??= new Set([...OFFERING_CONCEPTS].map(conceptTerm))).has(term);
/** Whether a term of a unit is a concept's (see conceptTerm). */
export const isConceptTerm = (term: string) => term.startsWith('#');

const IDIOM_PHRASES = new PhraseBook(IDIOMS);

/**
 * The concepts of a message's words. An idiom's words (idioms.ts: "cuesta un ojo de la cara", "من عيوني") raise
 * only what the idiom means, or nothing: no eye, no kidney, no haircut.
 */
export function findConcepts(prepared: PreparedWords): PhraseMatch<Concept>[] {
  const found = matchPhrases(prepared, PHRASES);
  const matched = matchPhrases(prepared, IDIOM_PHRASES);
  if (matched.length === 0) return found;
  // The longest idiom reads the words: "prise en charge par une femme" is cared for by a woman, no "prise en charge"
  // (insurance cover) inside it.
  const idioms = matched.filter(
    (i) =>
      !matched.some(
        (o) => o.key !== i.key && o.start <= i.start && i.end <= o.end && o.end - o.start > i.end - i.start,
      ),
  );
  // A concept that takes an idiom's word is dropped, even one reaching past it: "the [mummy] MOT" is no car's test.
  const within = (m: PhraseMatch<string>) => idioms.some((i) => i.start < m.end && m.start < i.end && i.key !== m.key);
  const meant = idioms.filter((i) => i.key !== 'none') as PhraseMatch<Concept>[];
  return [...found.filter((m) => !within(m)), ...meant].sort((a, b) => a.start - b.start || a.end - b.end);
}

const vocabularies = new Map<string, readonly string[]>();

/** Every word of every phrase in `language` of at least `minLength` letters (normalised, unstemmed). */
export function conceptWords(language: TextLanguage, minLength: number): readonly string[] {
  const key = `${language}:${minLength}`;
  const cached = vocabularies.get(key);
  if (cached) return cached;
  const words = new Set<string>();
  for (const entry of Object.values(CONCEPT_TABLE) as Partial<Record<TextLanguage, string>>[]) {
    for (const phrase of entry[language]?.split('|') ?? []) {
      for (const word of normalise(phrase.replace(/[~*]/g, '')).split(' '))
        if (word.length >= minLength) words.add(word);
    }
  }
  vocabularies.set(key, [...words]);
  return vocabularies.get(key)!;
}

/** The words fuzzy matching corrects typos towards: every concept word of four letters or more. */
export const conceptVocabulary = (language: TextLanguage): readonly string[] => conceptWords(language, 4);

const wordConcepts = new Map<TextLanguage, ReadonlyMap<string, ReadonlySet<Concept>>>();

/**
 * The concepts whose phrases in `language` hold `word` as a word of their own (normalised, unstemmed; a `*`
 * prefix counts as the letters before it): what the word means to that language's lexicon. Empty for a word
 * the language's phrases never write.
 */
export function conceptsOfWord(language: TextLanguage, word: string): ReadonlySet<Concept> {
  let byWord = wordConcepts.get(language);
  if (!byWord) {
    const map = new Map<string, Set<Concept>>();
    for (const [key, entry] of Object.entries(CONCEPT_TABLE) as [Concept, Partial<Record<TextLanguage, string>>][]) {
      for (const phrase of entry[language]?.split('|') ?? []) {
        for (const w of normalise(phrase.replace(/[~*=]/g, '')).split(' ')) {
          if (!w) continue;
          const keys = map.get(w);
          if (keys) keys.add(key);
          else map.set(w, new Set([key]));
        }
      }
    }
    byWord = map;
    wordConcepts.set(language, byWord);
  }
  return byWord.get(word) ?? NO_CONCEPTS;
}

const NO_CONCEPTS: ReadonlySet<Concept> = new Set();
