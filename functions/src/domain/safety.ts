/**
 * Medical emergency detection, one rule set for every responder (the
 * offline responder and the LLM engine call it before anything else): a
 * customer who may be having a heart attack or a stroke, who cannot
 * breathe, who is bleeding heavily, who may have broken a bone, who has a
 * severe allergic reaction, who speaks of harming themselves, who has
 * fainted or is seizing, or who (or whose pet) swallowed something toxic,
 * must get emergency advice and a person, never opening hours or a booking
 * offer. So must a reaction to a treatment: a face or neck that swells and
 * itches after a hair dye, an eye swollen after a lash tint, blisters after
 * a bleach. So must an animal with a bloated belly, a blocked bladder,
 * heatstroke, a bite, a fall from a balcony or a difficult birth, and a
 * client who collapses in the steam room or is pregnant and bleeding. So
 * must a permanent tooth knocked out (replanted within the hour or lost), a
 * sock or a toy swallowed and then vomited on (a blocked gut), a puppy with
 * bloody diarrhoea, red lines spreading from an infected tattoo, and waters
 * breaking. So must a button battery, magnets, a detergent pod, a needle or
 * glass swallowed by anyone, a coin or a Lego piece swallowed by a child,
 * and a hand on the throat or drooling after swallowing something
 * (domain/safety-lexicon-swallowed.ts). So must sight blurred or lost, or
 * skin gone grey, white or mottled and painful, after a filler (an artery
 * blocked), and a pet beside a ripped-open box of rat bait with its colour
 * round the mouth, however fine it seems. So must bleach or a metal
 * fragment in an eye, sight gone in one eye all at once (said of a father
 * as of oneself), a baby that has moved less since last night late in
 * pregnancy, and a mother who thinks her family "would be better off
 * without me". Gums that bleed when brushed, in pregnancy too, and distance
 * vision blurred over the months are questions for staff.
 *
 * How the message speaks counts as much as what it says: a question about a
 * case or a cause, something long past or over, and (for the mild rules
 * only) "is that normal?", "a little", or a sentence that asks what a
 * treatment may do ("will my lips swell after the filler?") make it a
 * question for staff, and so is a near-faint told as a story ("last time I
 * nearly passed out"), a fever denied, a tongue swollen the day after its
 * piercing with breathing and swallowing fine. A general question about a
 * food or a poison ("is chocolate bad for dogs?") names no ingestion; "my
 * yorkie ate a bar of dark chocolate" does. A rule may name what explains its signals
 * otherwise (trembling with fear named is fear), and a signal's word inside
 * words that mean something else (a "blood test", the "Blutwerte") is not
 * that signal.
 *
 * The mechanism is language-independent: a rule is a combination of signals
 * (domain/safety-lexicon.ts: "chest" + "pain", "breathe" + "cannot") found
 * anywhere in the message, in whatever language it is written, so adding a
 * language means adding words, not rules. A signal right after a negation
 * ("no chest pain", "sin sangrado") does not count, and a message that
 * only asks what to do *if* something happened is a question, not an
 * emergency ("what should I do if the bleeding doesn't stop?").
 */
import { arabiziKey, verbPrefixed } from './arabizi.js';
import { clauseOfWords } from './clauses.js';
import { ARTICLES, MINE } from './determiners.js';
import { detectLanguage, signalLanguages } from './language.js';
import { matchPhrases, PhraseBook, type PhraseMatch, prepareWords } from './lexicon/phrases.js';
import { SAFETY_SIGNALS, type SafetySignal } from './safety-lexicon.js';
import { expandedWords, normalise } from './text.js';

export const EMERGENCY_KINDS = [
  'cardiac',
  'stroke',
  'circulation',
  'electric',
  'avalanche',
  'breathing',
  'diving',
  'choking',
  'infant',
  'bleeding',
  'spinal',
  'head-injury',
  'heatstroke',
  'bloat',
  'urinary',
  'pregnancy',
  'birth',
  'fracture',
  'dental',
  'obstruction',
  'wound',
  'eye',
  'hearing',
  'infection',
  'burn',
  'allergic',
  'self-harm',
  'violence',
  'unconscious',
  'seizure',
  'missing',
  'poisoning',
  'fire',
  'road',
] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

/**
 * A person in crisis rather than a body in danger: thoughts of self-harm, or
 * violence at home. They get a crisis line and a person, not the business's
 * medical advice (what to do for a burn or a bite says nothing to them).
 */
export function isCrisis(kind: EmergencyKind): boolean {
  return kind === 'self-harm' || kind === 'violence';
}

/**
 * A danger that is not (yet) medical: a fire, an animal loose among cars. The reply opens with "get everyone away
 * from the danger" rather than first aid.
 */
export function isHazard(kind: EmergencyKind): boolean {
  return kind === 'fire' || kind === 'road';
}

export interface SafetyAssessment {
  /** The most serious emergency the message describes, or null. */
  emergency: EmergencyKind | null;
  /** Every emergency the message describes, most serious first. */
  kinds: EmergencyKind[];
  /** The words that triggered it, for staff to see why. */
  evidence: string[];
}

/**
 * A set of signals that must all be present. A mild one is also what an
 * ordinary after-effect looks like (lips a little swollen after a filler, a
 * cat in and out of the litter box): a question whether it is normal, or
 * "a little", makes it a question for staff, not an emergency.
 */
type Alternative =
  | readonly SafetySignal[]
  | {
      readonly mild: readonly SafetySignal[];
      /** An injury that is an emergency only when fresh: days, weeks or longer ago, it is a question for staff. */
      readonly fresh?: true;
      /** Signals that explain it otherwise: trembling with fear named is fear, not a fit. */
      readonly unless?: readonly SafetySignal[];
    }
  | {
      /** Signals that must all be present, as in a plain set (a question whether it is normal does not soften them). */
      readonly all: readonly SafetySignal[];
      /** Signals that explain it otherwise: a baby tooth or a crown that falls out is no knocked-out tooth. */
      readonly unless?: readonly SafetySignal[];
      /** As for a mild set: days, weeks or longer ago, it is a question for staff. */
      readonly fresh?: true;
      /**
       * Signals that must be said in one part of a sentence (cut at commas too): "my son ate a battery", not
       * "my son already ate, do you sell batteries?".
       */
      readonly together?: readonly SafetySignal[];
      /**
       * A sign and a place that makes it another one when said in the same part of a sentence (cut at commas
       * too): a bleeding of the gums or the nose ("gravida… to com a gengiva sangrando um pouquinho") is no
       * bleeding of the womb.
       */
      readonly notWith?: readonly [SafetySignal, SafetySignal];
      /**
       * Two signals said in this order, in one part of a sentence, at most so many words apart: "je trouve plus mon
       * fils" (cannot find, then the child), "my son is missing" (the child, then gone). A child named as whose a
       * thing is ("le forfait de mon fils", "my son's pass") is not the one that is meant (see `owner`).
       */
      readonly near?: readonly [SafetySignal, SafetySignal, number];
      /**
       * Signals that must be told, not asked about: "are there stonefish? does a sting hurt?" asks; "stepped on a
       * stonefish, the pain is terrible" tells.
       */
      readonly stated?: readonly SafetySignal[];
      /** A degree word said of one of its signs ("a mild asthma attack", "crise d'asthme légère") makes it a question for staff. */
      readonly graded?: true;
    };

/** Each rule: any of its alternatives. */
const RULES: Record<EmergencyKind, readonly Alternative[]> = {
  // Self-harm said outright, or in words an accident or a haircut beside them would explain (see harmlessly).
  'self-harm': [['selfHarm'], ['selfHarmLike']],
  // Beaten or threatened by a partner or a family member, or afraid to go home: a person in danger now.
  violence: [
    ['assault', 'abuser'],
    ['assault', 'fear'],
  ],
  cardiac: [
    ['heartAttack'],
    ['chest', 'pain'],
    // Palpitations with dizziness, fainting or legs gone weak (a potassium far off, an arrhythmia).
    { mild: ['palpitations', 'dizzy'], unless: ['habitual'] },
    { mild: ['palpitations', 'legWeak'], unless: ['habitual'] },
    ['palpitations', 'collapse'],
    // A hand held on the chest with a fall, a collapse, speech gone wrong, sweat, pallor, dizziness or breathing hard:
    // how a heart attack looks to the one who sees it, whether or not pain is said ("fell holding his chest").
    { all: ['chestClutch', 'fall'], fresh: true },
    ['chestClutch', 'collapse'],
    ['chestClutch', 'speech'],
    ['chestClutch', 'sweating'],
    ['chestClutch', 'pale'],
    ['chestClutch', 'dizzy'],
    ['chestClutch', 'breathesBadly'],
    ['chestClutch', 'breathe', 'cannot'],
  ],
  stroke: [
    // A stroke named as what things have been like since ("seit dem Schlaganfall im Pflegeheim") is past; new signs
    // of one are not.
    { all: ['stroke'], unless: ['strokeBefore'] },
    ['face', 'droop'],
    ['speech', 'droop'],
    ['speech', 'face'],
    // Numb or weak on one side, or the worst headache of one's life out of nowhere.
    { mild: ['numb', 'limb', 'droop'] },
    { mild: ['numb', 'limb', 'sudden'] },
    { mild: ['headache', 'sudden', 'severe'] },
    // Two signs together: seeing double or speech gone wrong with a numb or tingling arm, hand or face.
    ['vision', 'numb', 'limb'],
    ['speech', 'numb', 'limb'],
    ['vision', 'speech'],
    // Down and speech gone wrong, told in one part of a sentence ("fell and can't speak properly"): a stroke or a
    // blow to the head until seen.
    { all: ['fall', 'speech'], together: ['fall', 'speech'], fresh: true },
    // Dizzy with speech gone wrong (slurred after a neck manipulation: an artery torn until seen).
    ['dizzy', 'speech'],
  ],
  // A hand or a foot gone cold and white, or cold and numb, all at once: an artery blocked, hours count.
  circulation: [
    { mild: ['extremity', 'limbCold', 'limbWhite', 'sudden'] },
    { mild: ['extremity', 'limbCold', 'numb', 'sudden'] },
    { mild: ['extremity', 'limbWhite', 'numb', 'sudden'] },
    // Skin gone grey, white, bluish or mottled after a filler or an injection, with pain or worse by the hour: the
    // filler has blocked an artery, the skin dies within hours. "Is that normal?" does not soften it; a bruise
    // where the needle went is no such colour (lookalike).
    { all: ['injected', 'skinColour', 'pain'] },
    { all: ['injected', 'skinColour', 'painful'] },
    { all: ['injected', 'skinColour', 'spreading'] },
  ],
  breathing: [
    // Breathing that stops a few seconds in someone who snores is sleep apnoea, a question for a sleep clinic: "he
    // snores and sometimes stops breathing, then gasps" (a face gone blue, below, still is one).
    { all: ['breathe', 'cannot'], unless: ['snoring'] },
    // A face or lips gone blue or purple (after something swallowed: choking, below).
    { all: ['cyanosis'], unless: ['gulped'] },
    ['throatClosing'],
    // Not a swallow that has been hard since a stroke ("since her stroke she struggles to swallow"): therapy.
    { all: ['swallow', 'cannot'], unless: ['strokeBefore'] },
    { all: ['apnea'], unless: ['snoring'] },
    // An asthma attack, unless "mild" or "a little" is said of it ("a mild flare since yesterday, can we come in?").
    { all: ['asthmaAttack'], graded: true },
    // Blue gums, tongue or lips; pale gums in an animal (shock; in a person, pale lips say too little).
    ['mucosa', 'blue'],
    ['pet', 'mucosa', 'pale'],
    // A cat breathing with its mouth open (a dog pants; a cat that does is short of air), an animal struggling to.
    { mild: ['cat', 'openMouth', 'breathe'] },
    { mild: ['cat', 'openMouth', 'pant'] },
    { mild: ['pet', 'breathesBadly'] },
    // Breathing fast and drowsy or confused (after swallowing water at the pool, with a fever): short of oxygen.
    ['pant', 'confused'],
    // Water swallowed or breathed in while swimming or snorkelling, then breathing oddly, fast, or coughing on and on
    // gone pale or drowsy, or nearly drowned with any of these: water in the lungs until seen (it can worsen hours
    // later). Swallowed water and a cough alone are what a swim leaves.
    { all: ['gulped', 'water', 'breathesBadly'], together: ['gulped', 'water'], fresh: true },
    { all: ['gulped', 'water', 'pant'], together: ['gulped', 'water'], fresh: true },
    { all: ['gulped', 'water', 'cough', 'pale'], together: ['gulped', 'water'], fresh: true },
    { all: ['gulped', 'water', 'cough', 'confused'], together: ['gulped', 'water'], fresh: true },
    { all: ['drowning', 'breathesBadly'], fresh: true },
    { all: ['drowning', 'cough'], fresh: true },
    { all: ['drowning', 'pale'], fresh: true },
    { all: ['drowning', 'confused'], fresh: true },
    { all: ['drowning', 'vomit'], fresh: true },
    { all: ['drowning', 'pant'], fresh: true },
    // A boat turned over and someone still under the sail, the hull or the water: drowning now, the emergency number
    // first. "What if the boat capsizes, do I end up under it?" asks about a case (see questionAt).
    { all: ['capsized', 'underWater'], fresh: true },
    { all: ['drowning', 'underWater'], fresh: true },
  ],
  // After a dive: numb or tingling, a joint that hurts, dizzy, or too weak to stand: decompression sickness until a
  // doctor says otherwise (oxygen, a chamber, no flight). Long ago ("two years ago after a dive my fingers tingled"),
  // a question for staff.
  diving: [
    { all: ['afterDive', 'numb'], fresh: true },
    { all: ['afterDive', 'limbBone', 'pain'], fresh: true },
    { all: ['afterDive', 'cannotGetUp'], fresh: true },
    { all: ['afterDive', 'legWeak'], fresh: true },
    { all: ['afterDive', 'dizzy'], fresh: true },
    { all: ['afterDive', 'confused'], fresh: true },
  ],
  choking: [
    ['stuck', 'throat'],
    // Something swallowed, then a hand on the throat or going blue: in the airway (safety-lexicon-swallowed.ts).
    ['gulped', 'throatGrab'],
    ['gulped', 'cyanosis'],
    // A coin, a pin or a bone swallowed that the throat is named with, or that makes one drool: stuck on the way down.
    ['gulped', 'smallObject', 'throat'],
    ['gulped', 'sharpObject', 'throat'],
    ['gulped', 'foreignObject', 'throat'],
    ['gulped', 'smallObject', 'drool'],
    ['gulped', 'sharpObject', 'drool'],
  ],
  // A baby under three months with a fever, or floppy and listless: a doctor now, even if it seems fine otherwise
  // (an infection spreads fast at that age). "Is that normal?" does not soften it.
  infant: [
    { all: ['newborn', 'fever'], fresh: true },
    { all: ['newborn', 'floppy'], fresh: true },
    // Breathing oddly, with pauses or grunting, at that age: a doctor now.
    { all: ['newborn', 'breathesBadly'], fresh: true },
  ],
  allergic: [
    ['allergicReaction'],
    ['swelling', 'face', 'breathe'],
    ['swelling', 'face', 'swallow'],
    ['allergy', 'swelling'],
    // A tongue or a lip swells for days after its piercing: only with breathing or swallowing hard (above) is it one.
    { mild: ['swelling', 'airway'], unless: ['airwayPiercing'] },
    // After a dye, a bleach, a wax, a tint, a filler, a vaccine: swelling that itches, burns, or is on the face or neck.
    { mild: ['treatment', 'swelling', 'itch'] },
    { mild: ['treatment', 'swelling', 'burning'] },
    { mild: ['treatment', 'swelling', 'reactionArea'] },
    // A sting or a food, then a swelling that wheezes or spreads by the minute: anaphylaxis, in a dog as in a person.
    ['swelling', 'face', 'wheeze'],
    ['sting', 'swelling', 'wheeze'],
    { mild: ['sting', 'swelling', 'spreading'] },
    // A food people are dangerously allergic to (peanuts, nuts, shellfish) eaten, then hives and vomiting: two organs
    // at once, anaphylaxis, whether or not the word "allergy" is said. Days ago, a question for staff.
    { all: ['ate', 'foodAllergen', 'hives', 'vomit'], fresh: true },
  ],
  unconscious: [
    ['unconscious'],
    ['dizzy', 'collapse'],
    // Down and no longer answering ("طاحت… ما بقاتش كتجاوب"): unconscious, whatever the words for fainting.
    ['fall', 'noAnswer'],
    ['collapse', 'noAnswer'],
    // Dizzy and then down, told in one breath ("he got dizzy and fell in the kitchen", "dakhet 3lih w ta7"): a faint
    // until seen, the heart's rhythm first. Not one who "sometimes" gets dizzy, nor last year's fall, nor a fear of
    // falling said apart from the dizziness ("I get dizzy, could I fall off the board?").
    { all: ['dizzy', 'fall'], together: ['dizzy', 'fall'], unless: ['habitual'], fresh: true },
    // A diabetic confused or not answering properly, or sweating and shaking: a low blood sugar until a reading says otherwise.
    ['diabetes', 'confused'],
    { mild: ['diabetes', 'sweating', 'shaky'], unless: ['habitual'] },
    // A glucose reading below normal (see markLowGlucose) with sweating, shaking or confusion.
    ['lowGlucose', 'sweating'],
    ['lowGlucose', 'confused'],
    ['lowGlucose', 'shaky'],
    ['lowGlucose', 'unconscious'],
    // Under 54 mg/dl in a diabetic, signs or not.
    { mild: ['veryLowGlucose', 'diabetes'] },
  ],
  // A child who cannot be found (on a slope, at a meeting point, in a crowd): the emergency number and a person,
  // not a question for the front desk. Not a child "who gets lost easily" (a habit), nor one asked about ("what
  // happens if a child gets lost?"), nor a thing of theirs that is lost ("je trouve plus le forfait de mon fils").
  missing: [
    { all: ['cantFind', 'kid'], near: ['cantFind', 'kid', 2] },
    { all: ['kid', 'gone'], near: ['kid', 'gone', 0] },
    { all: ['gone', 'kid'], near: ['gone', 'kid', 1] },
    { all: ['kid', 'cantFindAfter'], near: ['kid', 'cantFindAfter', 1] },
  ],
  // Trembling all over is a fit (or a poisoning) unless the message says the animal is afraid.
  seizure: [['seizure'], { mild: ['trembling'], unless: ['fear'] }],
  bleeding: [
    ['bleed', 'wontStop'],
    // Blood spat, coughed, vomited or swallowed after an operation (days after the tonsils came out, above all): a
    // bleed in the throat, the emergency number. "Is it normal to spit a little blood after it?" asks.
    { mild: ['surgery', 'bloodMouth'] },
    // Kicked or trampled by a horse or a cow, in the belly or anywhere, then pale, vomiting, dizzy, fainting, or the
    // belly hard or the pain terrible: bleeding inside until seen. Days ago, a question for staff.
    { all: ['animalKick', 'belly', 'pale'], fresh: true },
    { all: ['animalKick', 'belly', 'vomit'], fresh: true },
    { all: ['animalKick', 'belly', 'hardBelly'], fresh: true },
    { all: ['animalKick', 'belly', 'agony'], fresh: true },
    { all: ['animalKick', 'belly', 'severe'], fresh: true },
    { all: ['animalKick', 'pale', 'pain'], fresh: true },
    { all: ['animalKick', 'pale', 'vomit'], fresh: true },
    { all: ['animalKick', 'dizzy'], fresh: true },
    { all: ['animalKick', 'collapse'], fresh: true },
    { all: ['animalKick', 'unconscious'], fresh: true },
  ],
  // A blow to the head that a fall, vomiting, blood, dizziness or confusion goes with.
  'head-injury': [
    ['headInjury', 'fall'],
    ['headInjury', 'vomit'],
    ['headInjury', 'bleed'],
    ['headInjury', 'confused'],
    ['headInjury', 'dizzy'],
    ['headInjury', 'vision'],
    // Speech gone wrong after a blow to the head ("…راسها عم ينزف ومش عم تحكي منيح").
    ['headInjury', 'speech'],
    // A blow to the head in someone on a blood thinner: a bleed inside the skull may show only hours later.
    { all: ['headInjury', 'bloodThinner'], fresh: true },
    // A fall, then vomiting and drowsiness: a head injury though the message names the chin, not the head.
    ['fall', 'vomit', 'confused'],
    // Blood or hearing gone from an ear after a fall: a skull fracture until seen.
    ['fall', 'bleed', 'earNose'],
    ['fall', 'hearingLost'],
  ],
  // Someone buried, swept away or caught by an avalanche or a snow slide: minutes count under the snow.
  avalanche: [{ all: ['avalanche', 'buried'], together: ['avalanche', 'buried'] }],
  // Heat with panting, collapse or fainting: a dog in a car, a client in the steam room.
  heatstroke: [
    ['heatstroke'],
    ['hotPlace', 'pant'],
    ['hotPlace', 'collapse'],
    ['hotPlace', 'unconscious'],
    // Burning hot and panting, and vomiting or staggering: after a dryer, a walk, a car, whatever the place.
    ['bodyHot', 'pant', 'vomit'],
    ['bodyHot', 'pant', 'toxicSign'],
    // Overheated with a sign of it (panting, a collapse, vomiting, staggering, confusion); alone, a state that
    // may be long past ("she got overheated at a groomer back home, do you use cage dryers?").
    ['overheated', 'pant'],
    ['overheated', 'collapse'],
    ['overheated', 'unconscious'],
    ['overheated', 'vomit'],
    ['overheated', 'toxicSign'],
    ['overheated', 'confused'],
    // A child or an animal shut in a car (locked in, left alone, the windows closed) in the sun or the heat: minutes
    // count, whatever it shows yet. "Can the kids wait in the car with the AC on?" shuts no one in.
    { all: ['kid', 'shutInCar', 'hotPlace'], fresh: true },
    { all: ['pet', 'shutInCar', 'hotPlace'], fresh: true },
    // Thick, sticky saliva or gums gone dark red, with panting, heat or a collapse: an animal after a walk in the heat.
    ['heatSign', 'pant'],
    ['heatSign', 'hotPlace'],
    ['heatSign', 'collapse'],
    ['heatSign', 'cannotGetUp'],
    // Hours in the sun or the heat, then two of vomiting, dizziness, a headache, burning skin or confusion: heatstroke
    // in a person (a child after the beach). Not one who "always" gets a headache in the sun, nor last summer's.
    { all: ['hotPlace', 'vomit', 'dizzy'], unless: ['habitual'], fresh: true },
    { all: ['hotPlace', 'vomit', 'headache'], unless: ['habitual'], fresh: true },
    { all: ['hotPlace', 'vomit', 'bodyHot'], unless: ['habitual'], fresh: true },
    { all: ['hotPlace', 'dizzy', 'bodyHot'], unless: ['habitual'], fresh: true },
    { all: ['hotPlace', 'headache', 'bodyHot'], unless: ['habitual'], fresh: true },
    { all: ['hotPlace', 'dizzy', 'confused'], unless: ['habitual'], fresh: true },
    // Confused or talking nonsense after the heat, with a body burning hot, vomiting or legs that no longer carry:
    // the brain is overheating ("on the beach all day with no water, now burning up, talking nonsense"), whatever
    // the message goes on to ask for (a drip at the hotel). Not the heat of last summer.
    { all: ['hotPlace', 'confused', 'bodyHot'], unless: ['habitual'], fresh: true },
    { all: ['hotPlace', 'confused', 'vomit'], unless: ['habitual'], fresh: true },
    { all: ['hotPlace', 'confused', 'cannotGetUp'], unless: ['habitual'], fresh: true },
    // Burning hot, confused and vomiting, wherever: heatstroke, or an infection of the brain; both are emergencies.
    { all: ['bodyHot', 'confused', 'vomit'], fresh: true },
  ],
  // A twisted stomach: retching with nothing coming up, a swollen hard belly.
  bloat: [
    ['torsion'],
    ['retch', 'nothingOut'],
    ['belly', 'hardBelly', 'retch'],
    ['belly', 'swelling', 'retch'],
    { mild: ['belly', 'swelling', 'hardBelly'] },
  ],
  // A (male) cat that cannot pass urine: in and out of the litter box, straining, nothing.
  urinary: [
    ['pet', 'noPee'],
    ['litter', 'nothingOut'],
    ['litter', 'noPee'],
    { mild: ['litter', 'strain'] },
    // A urinary catheter that drains nothing, with pain or a swollen belly: the bladder fills behind it (a nurse or a
    // doctor now). A catheter change booked, or one that leaks a little, is a question for staff.
    ['catheter', 'notDraining', 'pain'],
    ['catheter', 'notDraining', 'agony'],
    ['catheter', 'notDraining', 'swelling'],
    ['catheter', 'noPee', 'pain'],
    ['catheter', 'noPee', 'swelling'],
    // Urine the colour of cola or strong tea with muscles swollen or in pain (after a hard or a first workout, an EMS
    // session): muscle broken down into the blood, the kidneys at risk until a doctor says otherwise. Said in one part
    // of a sentence ("my pee is brown like coke"), not a brown bag and a urine test apart; days ago, a question.
    { all: ['urine', 'darkColour', 'swelling'], together: ['urine', 'darkColour'], fresh: true },
    { all: ['urine', 'darkColour', 'pain'], together: ['urine', 'darkColour'], fresh: true },
    { all: ['urine', 'darkColour', 'painful'], together: ['urine', 'darkColour'], fresh: true },
  ],
  pregnancy: [
    ['watersBroke'],
    // Bleeding, unless it is the gums' or the nose's (pregnancy swells the gums; they bleed when brushed).
    { all: ['pregnant', 'bleed'], notWith: ['bleed', 'bleedSite'] },
    ['pregnant', 'belly', 'pain'],
    ['pregnant', 'belly', 'painful'],
    // Spotting with pain: a doctor now (spotting alone is a question for a midwife, not for the desk).
    ['pregnant', 'spotting', 'pain'],
    ['pregnant', 'spotting', 'painful'],
    { mild: ['pregnant', 'labour'] },
    // A baby in the womb that moves less or not at all, or waters broken with it: a maternity unit now.
    ['pregnant', 'babyStill'],
    ['watersBroke', 'babyStill'],
    // A severe headache with stars or blurred sight, or with swollen feet or face: pre-eclampsia until proven otherwise.
    ['pregnant', 'headache', 'vision'],
    ['pregnant', 'headache', 'swelling'],
    ['pregnant', 'vision', 'swelling'],
    // Days after an egg retrieval, hardly passing urine: ovarian hyperstimulation, a doctor today ("is that
    // normal?" does not soften it; short of breath, it is a breathing emergency of its own); a belly a little
    // bloated alone is what a retrieval leaves.
    { all: ['eggRetrieval', 'lowUrine'], fresh: true },
    { all: ['eggRetrieval', 'noPee'], fresh: true },
  ],
  // An animal in labour that strains for long with nothing, or struggles, or bleeds.
  birth: [
    ['labour', 'nothingOut'],
    ['labour', 'stuck'],
    ['labour', 'wontStop'],
    ['labour', 'cannot'],
    ['labour', 'bleed'],
  ],
  poisoning: [
    ['ate', 'poison'],
    ['poison', 'cannot'],
    // What a pet or a child ate and the poison said together: "my son ate before, do you sell batteries?" is no poisoning.
    { all: ['pet', 'ate', 'toxic'], together: ['ate', 'toxic'] },
    { all: ['child', 'ate', 'toxic'], together: ['ate', 'toxic'] },
    // Not seen eating it, but the box of rat bait ripped open, its colour round the mouth: a poisoning even when
    // the animal "seems fine" (rat bait, slug pellets and antifreeze act hours later).
    ['pet', 'toxic', 'gotAtIt'],
    ['pet', 'poison', 'gotAtIt'],
    // A button battery, magnets or a detergent pod swallowed or in the mouth, by anyone: it burns or pinches from inside.
    ['gulped', 'corrosiveObject'],
    { all: ['kid', 'ate', 'corrosiveObject'], together: ['ate', 'corrosiveObject'] },
    { all: ['pet', 'ate', 'corrosiveObject'], together: ['ate', 'corrosiveObject'] },
    ['pet', 'poisoned'],
    ['child', 'poisoned'],
    // "She ate a bar of dark chocolate and has vomited twice": whoever "she" is, a toxic food eaten and then
    // vomiting is a poisoning (a vet's or a groomer's customer rarely names the animal twice).
    ['ate', 'toxic', 'vomit'],
    // So are shaking, staggering or drooling after it ("he ate chocolate and now he's shaking"), unless the one who ate it says so.
    { all: ['ate', 'toxic', 'toxicSign'], unless: ['ateMyself'] },
    // Too many pills, a whole box: whoever took them, with words between ("took way too many of my sleeping pills").
    ['overdose'],
    // An engine left running in a closed garage, a gas heater, a leak: dizziness, a headache, vomiting or
    // fainting after fumes is carbon monoxide until proven otherwise (fresh air, the emergency number).
    ['fumes', 'dizzy'],
    ['fumes', 'headache'],
    ['fumes', 'vomit'],
    ['fumes', 'unconscious'],
    ['fumes', 'confused'],
    ['tookMeds', 'tooMany', 'pills'],
    { mild: ['pet', 'processionary'] },
    // Stung by, or stepped on, a venomous fish, a stingray, a box jellyfish, a sea snake: pain or swelling means venom
    // (hot water, then a doctor). Last summer's sting, or "does it hurt?", is a question for staff.
    { all: ['venomousSea', 'pain'], fresh: true, stated: ['pain'] },
    { all: ['venomousSea', 'swelling'], fresh: true, stated: ['swelling'] },
    { all: ['venomousSea', 'agony'], fresh: true },
  ],
  // Smoke from an engine or a bonnet, or a car, a room, a device on fire: everyone out and away, then the
  // emergency number (a garage's customer on the roadside, a salon's dryer).
  // "On fire" alone may be a skin after a wax; with an engine or smoke it is a fire.
  // A phone's, a laptop's or an e-bike's battery that smokes or burns is a fire too.
  fire: [
    ['burningVehicle'],
    // Smoke and a smell of burning; a phone or a laptop that swelled and smokes.
    ['smoke', 'burnSmell'],
    ['gadget', 'swelling', 'smoke'],
    ['smoke', 'engineBay'],
    ['onFire', 'engineBay'],
    ['onFire', 'smoke'],
    ['smoke', 'battery'],
    ['onFire', 'battery'],
  ],
  // A horse, a cow or a dog loose on a road, among cars: a danger to people now (away from it, the police or the
  // emergency number), whoever it belongs to. Loose in a field, or once, is not.
  road: [{ all: ['pet', 'loose', 'road'], together: ['loose', 'road'], fresh: true }],
  // An electric shock with a burn, numbness, a racing heart or a faint: the current may have hurt the heart or the nerves.
  electric: [
    ['electricShock', 'burn'],
    ['electricShock', 'numb'],
    ['electricShock', 'palpitations'],
    ['electricShock', 'unconscious'],
    ['electricShock', 'chest', 'pain'],
  ],
  // A fall that leaves a limb swollen and unable to move or bear weight is a fracture until an X-ray says otherwise.
  fracture: [
    // A bone broken the day before has been seen to: "my son broke his wrist yesterday, cancel Thursday" is news.
    // So has one said as the reason to cancel or move a booking ("I must cancel Monday's course, my knee is broken").
    { all: ['broken', 'bone'], unless: ['dayBefore', 'cancelling'] },
    // Unless it is still swollen, out of shape or unusable: then it has not been seen to ("I think she broke her
    // ankle yesterday, she can't walk").
    ['broken', 'bone', 'swelling'],
    ['broken', 'bone', 'immobile'],
    ['broken', 'bone', 'deformed'],
    ['runOver'],
    ['fall', 'height'],
    { mild: ['fall', 'immobile', 'swelling'], fresh: true },
    // Down after a fall and cannot get up: an older person's hip, a dog's back.
    { mild: ['fall', 'cannotGetUp'], fresh: true },
    // A landing (a balloon's basket, a paraglider) after which someone cannot get up and hurts somewhere: a fall.
    // "Can't get up that early for the flight" names no pain.
    { mild: ['landing', 'cannotGetUp', 'pain'], fresh: true },
    { mild: ['landing', 'cannotGetUp', 'limbBone'], fresh: true },
    { mild: ['landing', 'cannotGetUp', 'back'], fresh: true },
    // A limb or a joint standing crooked with something under the skin, or crooked after a twist or a fall: a
    // fracture or a dislocation ("de Knéchel steet ganz schief an et gesäit een eppes ënnert der Haut").
    { all: ['limbBone', 'deformed', 'underSkin'], fresh: true },
    { all: ['limbBone', 'deformed', 'sprain'], fresh: true },
    { all: ['limbBone', 'deformed', 'fall'], fresh: true },
    // A shoulder, a knee, a finger out of its socket ("my shoulder just popped out"): a doctor puts it back. One that
    // "dislocates easily", or did two years ago, is a question for staff.
    { all: ['limbBone', 'dislocated'], fresh: true, unless: ['habitual'] },
    // A twist or a fall with a crack heard, and a foot or a leg that bears no weight: a fracture until an X-ray.
    { all: ['sprain', 'crack', 'immobile'], fresh: true },
    { all: ['fall', 'crack', 'immobile'], fresh: true },
    // A fall, a limb that will not move and screaming with pain ("grita de dolor"): a fracture or a dislocation.
    { mild: ['fall', 'immobile', 'agony'], fresh: true },
    // Pinned under a weight, or a heavy thing (a car off its jack, a wardrobe) fallen onto a limb with screaming or
    // no way to lift it: a crush injury, the emergency number before anyone lifts it alone.
    { all: ['trapped', 'cannotLift'], fresh: true },
    { all: ['trapped', 'screaming'], fresh: true },
    { all: ['trapped', 'agony'], fresh: true },
    { all: ['trapped', 'pain'], fresh: true },
    { all: ['heavyThing', 'fall', 'onLimb', 'cannotLift'], together: ['heavyThing', 'fall'], fresh: true },
    { all: ['heavyThing', 'fall', 'onLimb', 'screaming'], together: ['heavyThing', 'fall'], fresh: true },
    { all: ['heavyThing', 'fall', 'onLimb', 'agony'], together: ['heavyThing', 'fall'], fresh: true },
  ],
  // A permanent tooth knocked out (whole, with its root) or out after a blow: replanted within the hour or lost.
  dental: [
    { all: ['tooth', 'knockedOut'], unless: ['notToothEmergency'] },
    { all: ['tooth', 'toothOut', 'wholeTooth'], unless: ['notToothEmergency'] },
    { all: ['tooth', 'toothOut', 'toothBlow'], unless: ['notToothEmergency'] },
  ],
  // Something that blocks a gut (a sock, a toy, a stone) swallowed, then vomiting or retching.
  obstruction: [
    // A button battery or a magnet pushed into an ear or a nose (or swallowed: see poisoning) burns within hours.
    ['buttonBattery', 'earNose', 'stuck'],
    ['buttonBattery', 'earNose', 'pushedIn'],
    ['ate', 'foreignObject', 'vomit'],
    ['ate', 'foreignObject', 'retch'],
    // A needle, a pin, a screw or glass swallowed, by anyone; a coin, a Lego piece or a bead by a child.
    ['gulped', 'sharpObject'],
    // Unless it is a button battery ("pila de botón"): that is a burn (see poisoning), not a button.
    { all: ['kid', 'gulped', 'smallObject'], unless: ['corrosiveObject'] },
  ],
  // A bite with blood or a deep wound: a dog fight, an attack.
  wound: [['bite', 'bleed'], { mild: ['bite', 'deepWound'] }],
  // Losing control of the bladder with weak or numb legs: a compressed spinal cord (cauda equina) until seen.
  spinal: [
    ['bladder', 'legWeak'],
    // A dive head first or a blow to the head, then arms or legs numb or that will not move, or the neck hurting: the
    // spine until seen (do not move them). Days ago, a question for staff.
    { all: ['headInjury', 'numb', 'limb'], fresh: true },
    { all: ['headInjury', 'neck', 'pain'], fresh: true },
    // A fall with the neck hurting and arms or legs numb.
    { all: ['fall', 'neck', 'numb', 'limb'], fresh: true },
    // Thrown or slammed (a throw on the mat, a tackle) with the neck hurting and arms or legs tingling or weak.
    { all: ['slam', 'neck', 'numb', 'limb'], fresh: true },
    // A fall, then the back or the neck hurting and someone barely moving: do not move them until seen.
    { all: ['fall', 'back', 'pain', 'barelyMoving'], fresh: true },
    { all: ['fall', 'neck', 'pain', 'barelyMoving'], fresh: true },
    // A crash (a kart into the barrier, a car accident), then the neck hurting and someone not moving, or arms or legs
    // numb: the spine until seen. A crash months ago and a neck that still aches is a question for staff.
    { all: ['crash', 'neck', 'pain', 'barelyMoving'], fresh: true },
    { all: ['crash', 'neck', 'pain', 'immobile'], fresh: true },
    { all: ['crash', 'neck', 'numb', 'limb'], fresh: true },
  ],
  // Blisters on a burn or after a treatment (a laser, a wax, a bleach, a peel), or a deep, raw burn, need a doctor today.
  burn: [
    { mild: ['burn', 'blister'] },
    { mild: ['burn', 'severe'] },
    { mild: ['treatment', 'blister'] },
    // A blister after touching something hot (an engine, an iron's steam, boiling water), or a burn over a whole
    // hand, arm or face: a doctor today. A sunburn over an arm is skin care.
    { mild: ['hotSource', 'blister'] },
    { mild: ['burn', 'largeArea'], unless: ['sunburn'] },
    // Blisters that weep a yellow fluid after a relaxer, a dye or a peel: a chemical burn, however it is asked about.
    { all: ['treatment', 'blister', 'pus'], fresh: true },
    { all: ['burn', 'blister', 'pus'], fresh: true },
  ],
  // Sight going blurred, an eye out of its socket, hurt, or splashed with a chemical: an eye doctor now.
  eye: [
    // Sight gone blurred or double; not sight that has worsened slowly or only far off ("my distance vision is
    // getting blurry"), a question for an eye test, unless it went all at once.
    ['vision', 'sudden'],
    { all: ['vision'], unless: ['gradual'] },
    ['eye', 'popOut'],
    { mild: ['eye', 'eyeHurt'] },
    // An eye hit (a ball, a punch) and sight gone blurred: "is that normal?" does not soften it.
    { all: ['eye', 'eyeHurt', 'blurSight'], fresh: true },
    { all: ['eye', 'eyeHurt', 'vision'], fresh: true },
    { mild: ['inEye', 'chemical'] },
    { mild: ['eye', 'treatment', 'swelling'] },
    // An eye that burns badly after a tint or a dye, or will not open after it: a chemical injury until rinsed and seen.
    { mild: ['eye', 'treatment', 'burning', 'severe'] },
    { mild: ['eye', 'treatment', 'eyeShut'] },
    { mild: ['eye', 'chemical', 'eyeShut'] },
    // An eye that bleeds and will not open after a blow; sight gone all at once, or a curtain over it (a retina).
    { mild: ['eye', 'bleed', 'eyeShut'] },
    // A metal fragment, a splinter, a shard or a spark into an eye (while grinding, welding): it may have gone
    // through; with blood or an eye that will not open, or said to be in the eye, an eye doctor now.
    ['inEye', 'eyeObject'],
    { mild: ['eye', 'eyeObject', 'bleed'] },
    { mild: ['eye', 'eyeObject', 'eyeShut'] },
    { mild: ['sightLoss', 'sudden'] },
    { mild: ['sightLoss', 'eye'] },
    { mild: ['visionCurtain', 'eye'] },
    { mild: ['visionCurtain', 'sudden'] },
    // An eye gone blurred or foggy all at once; after a filler or an injection, sight blurred or lost even "a
    // little": the filler may have blocked the eye's artery, minutes count.
    { mild: ['blurSight', 'eye', 'sudden'] },
    { all: ['blurSight', 'eye', 'injected'] },
    { all: ['sightLoss', 'eye', 'injected'] },
  ],
  // Hearing gone from one moment to the next, or overnight, or with the room spinning: a sudden deafness, days count.
  hearing: [
    { mild: ['hearingLost', 'sudden'] },
    { mild: ['hearingLost', 'wokeUp'] },
    { mild: ['hearingLost', 'dizzy'] },
  ],
  // Fever with pus or a swelling, or a swollen, painful face after a treatment: a spreading infection until seen.
  infection: [
    ['fever', 'pus'],
    ['fever', 'swelling'],
    // A wound or a sore with a fever, or gone black and foul (gangrene: a diabetic foot above all).
    ['fever', 'sore'],
    // A fever with pain after an egg collection or an embryo transfer: a pelvic infection or a bleed until seen.
    ['fever', 'eggRetrieval', 'pain'],
    { mild: ['sore', 'necrotic'] },
    ['swelling', 'face', 'pain'],
    // Red lines spreading from a wound, a tattoo or a piercing: the infection is in the lymph vessels.
    ['redStreak', 'pus'],
    { mild: ['redStreak', 'swelling'] },
    ['redStreak', 'fever'],
    // Tiny purple spots with a fever, or a rash a pressed glass does not fade: meningitis or sepsis until seen.
    ['fever', 'petechiae'],
    ['petechiae', 'noFade'],
    ['glassTest', 'noFade'],
    // A fever in someone gone floppy, limp or hard to wake, at any age: sepsis until seen.
    ['fever', 'floppy'],
    // A fever with confusion and vomiting: meningitis or sepsis until seen, at any age.
    { all: ['fever', 'confused', 'vomit'], fresh: true },
    // A fever in someone who names malaria (back from a trip, the tablets stopped early): a blood test today.
    { mild: ['fever', 'malaria'] },
    // Bloody diarrhoea in an animal that vomits, is weak or is not vaccinated: parvovirus until a test says otherwise.
    ['pet', 'bloodyDiarrhea', 'vomit'],
    ['pet', 'bloodyDiarrhea', 'weak'],
    ['pet', 'bloodyDiarrhea', 'unvaccinated'],
  ],
};

/** Signals that say how the message speaks, not what happens: never part of a rule. */
const CONTEXT = new Set<SafetySignal>([
  'negation',
  'hypothetical',
  'causeVerb',
  'canAsk',
  'notNow',
  'strokeBefore',
  'nowMarker',
  'mildness',
  'habitual',
  'degree',
  'weeksAgo',
  'dayBefore',
  'willAsk',
  'request',
  'effectVerb',
  'sinceMarker',
  'thenMarker',
  'remedy',
  'fear',
  'lookalike',
  'harmlessSelf',
  'ateMyself',
  'openingIf',
  'earlierPregnancy',
  'bleedSite',
  'gradual',
  'asIf',
  'avoidance',
  'cancelling',
  'snoring',
]);

/** Signals a negation just before cancels ("no chest pain"); "cannot"-style signals carry their own "no". */
const NEGATABLE = new Set<SafetySignal>([
  'chest',
  'pain',
  'bleed',
  'swelling',
  'allergicReaction',
  'broken',
  'unconscious',
  'seizure',
  'runOver',
  'vomit',
  'collapse',
  'dizzy',
  'pant',
  'retch',
  'hardBelly',
  'blue',
  'pale',
  'bite',
  'fall',
  'confused',
  'numb',
  'itch',
  'burning',
  'blister',
  'trembling',
  'wheeze',
  'sting',
  'toxicSign',
  // "No fever or anything": a fever denied is no fever.
  'fever',
]);

/**
 * Arabizi writes Darija's "ma…ch" around a verb apart as often as glued: "ma kaytnfsch" is "makaytnfsch"
 * (does not breathe). The "ma" is glued back onto a verb in the present that carries the closing "ch", in the
 * message and in the signals alike, so a signal written either way reads both; a French "ma" (my) is never
 * before such a verb.
 */
function gluedDarijaNegation(text: string): string {
  return text.replace(/\bma\s+([a-z0-9]{4,}(?:ch|sh))\b/giu, (all, verb: string) =>
    verbPrefixed(verb) ? `ma${verb}` : all,
  );
}

const PHRASES = new PhraseBook(
  Object.fromEntries(
    Object.entries(SAFETY_SIGNALS).map(([key, byLanguage]): [string, Partial<Record<string, string>>] => {
      const phrases: Partial<Record<string, string>> = byLanguage;
      return [key, phrases.ar === undefined ? phrases : { ...phrases, ar: gluedDarijaNegation(phrases.ar) }];
    }),
  ) as typeof SAFETY_SIGNALS,
);

function isNegated(match: PhraseMatch<SafetySignal>, all: readonly PhraseMatch<SafetySignal>[]): boolean {
  if (!NEGATABLE.has(match.key)) return false;
  return all.some((other) => {
    if (other.key !== 'negation' || other.end > match.start || match.start - other.end > 1) return false;
    // A "no" that belongs to another signal ("no para de sangrar", "no puedo respirar") negates nothing.
    return !all.some((m) => m !== other && m.key !== 'negation' && m.start <= other.start && other.start < m.end);
  });
}

/** A Darija verb negated by "ma…ch" around it: ماكيتنفسش, makaytnfsch. */
const NEGATED_DARIJA = /^(?:ما?[\u0600-\u06ff]{2,}ش|ma?[a-z0-9]{2,}(?:ch|sh|x))$/;

/**
 * Spoken Arabic matched too loosely. The stemmer and the Arabizi skeleton
 * take off the negation around a Darija verb, so "ماكيتنفسش" (does not
 * breathe) would find "كيتنفس" (breathes): a negated form counts only on a
 * negated word. And an Arabizi word of two consonants or fewer is a
 * skeleton many words share ("dem", blood, is also "dima", always, and
 * "demain"; "avc" is also "vaccin"): it counts only if it begins and ends
 * as written. A Darija verb in the present ("katwled", gives birth) counts
 * only on a verb: its skeleton is that of a noun of the same root ("weldi",
 * my son).
 */
function looseArabic(match: PhraseMatch<SafetySignal>, words: readonly string[]): boolean {
  if (match.language !== 'ar') return false;
  const written = normalise(match.source).split(' ');
  const word = words[match.start] ?? '';
  // Of a phrase that negates its verb ("ما كتنفسش"), the message's words must be negated too: "ما نجي؟ نفس الدوا"
  // (I don't come? the same medicine) only looks like it once the stemmer has taken the ش off.
  if (
    written.some((w) => NEGATED_DARIJA.test(w)) &&
    !words.slice(match.start, Math.max(match.end, match.start + 1)).some((w) => NEGATED_DARIJA.test(w))
  )
    return true;
  if (written.length > 1 || !/^[a-z0-9]+$/.test(written[0]!)) return false;
  // A verb in the present ("katwled", gives birth) is not a noun of its root ("weldi", my son).
  if (verbPrefixed(written[0]!) && !verbPrefixed(word)) return true;
  if (arabiziKey(written[0]!).length > 2) return false;
  return word[0] !== written[0]![0] || word.at(-1) !== written[0]!.at(-1);
}

/**
 * The clauses that ask what may happen: those that open as a yes/no question
 * ("will my lips swell after the filler?", "¿se me va a hinchar la cara con
 * el tinte?"), not as a request ("can you help?") or a statement ("can't
 * stop itching"), those that ask what something can cause, whatever comes
 * first ("il laser può causare vesciche?"), and those that ask how to soothe
 * it ("how do I reduce the swelling after the filler?").
 */
function askingClauses(
  matches: readonly PhraseMatch<SafetySignal>[],
  clauses: readonly number[],
  causes: readonly number[],
): Set<number> {
  const opens = (m: PhraseMatch<SafetySignal>) => m.start === 0 || clauses[m.start - 1] !== clauses[m.start];
  const notAsking = new Set(matches.filter((m) => m.key === 'request' && opens(m)).map((m) => m.start));
  const questions = matches.filter((m) => m.key === 'willAsk' && opens(m) && !notAsking.has(m.start));
  const remedies = matches.filter((m) => m.key === 'remedy').map((m) => m.start);
  return new Set([...questions.map((m) => m.start), ...causes, ...remedies].map((at) => clauses[at]!));
}

/**
 * Where the message asks whether something can cause something ("can a hot
 * stone massage cause burns?"); with `effects`, also whether it can make
 * something happen ("can the tint make my eyes swell?"), a looser question
 * that only the mild rules heed.
 */
function causeQuestions(matches: readonly PhraseMatch<SafetySignal>[], effects = false): number[] {
  const asks = matches.filter((m) => m.key === 'canAsk');
  const verb = (m: PhraseMatch<SafetySignal>) => m.key === 'causeVerb' || (effects && m.key === 'effectVerb');
  return matches
    .filter((m) => verb(m) && asks.some((a) => a.end <= m.start && m.start - a.start <= 4))
    .map((m) => m.start);
}

/**
 * Where the message's present begins: a word of the present ("now",
 * "today") outside a phrase of the past ("now he's fine" is one), or
 * Infinity when nothing in it is long past, occasional or over. Signals
 * before it belong to the past: "last year he ate chocolate, now he's
 * fine", "I broke my wrist years ago, now it is stiff"; those after it do
 * not: "last month she had surgery and now the wound is bleeding a lot".
 */
function presentFrom(matches: readonly PhraseMatch<SafetySignal>[]): number {
  const past = matches.filter((m) => m.key === 'notNow');
  if (past.length === 0) return -1;
  const inside = (m: PhraseMatch<SafetySignal>) => past.some((p) => p.start <= m.start && m.end <= p.end);
  const now = matches.filter((m) => m.key === 'nowMarker' && !inside(m)).map((m) => m.start);
  return now.length > 0 ? Math.min(...now) : Infinity;
}

/**
 * A treatment that is the cause of what follows, not the one asked for: with
 * a word that makes it so just before
 * ("after the dye", "me hice el tinte", "fiz platinado") or just after ("the
 * oil gave me", "the bleach yesterday").
 * "My face is puffy, would a facial help?" asks for a treatment; nothing
 * followed one.
 */
function isCause(match: PhraseMatch<SafetySignal>, all: readonly PhraseMatch<SafetySignal>[]): boolean {
  if (match.key !== 'treatment') return true;
  return all.some(
    (m) =>
      (m.key === 'sinceMarker' && m.end <= match.start && match.start - m.end <= 3) ||
      (m.key === 'thenMarker' && match.end <= m.start && m.start - match.end <= 2),
  );
}

/** What self-harm cuts or burns: an arm, a wrist, a thigh, the skin, the veins. */
const HARMED = new Set(
  (
    'brazo|brazos|pierna|piernas|muneca|munecas|muslo|muslos|piel|vena|venas|barriga|' +
    'braccio|braccia|polso|polsi|gamba|gambe|coscia|cosce|pelle|vene|' +
    'bras|poignet|poignets|jambe|jambes|cuisse|cuisses|peau|veine|veines|ventre|' +
    'braco|bracos|pulso|pulsos|perna|pernas|coxa|coxas|pele|veia|veias|' +
    'canell|canells|cama|cames|cuixa|cuixes|pell|venes'
  ).split('|'),
);

/**
 * "Me corto la esquina", "me couper les ongles", "tagliarmi la frangia": a
 * Romance "cut myself" followed by an article cuts a thing (the nail's
 * corner, the fringe), unless that thing is an arm, a wrist or the skin.
 */
function cutsAThing(words: readonly string[], after: number, clauses: readonly number[]): boolean {
  const article = words[after];
  const thing = words[after + 1];
  if (article === undefined || thing === undefined || clauses[after + 1] !== clauses[after - 1]) return false;
  return (ARTICLES.has(article) || MINE.has(article)) && !HARMED.has(thing);
}

/** How far (in words, either side, within a part of a sentence) an accident or a haircut explains words that sound like self-harm. */
const HARMLESS_REACH = 4;

/**
 * Words that sound like self-harm that an accident, an everyday activity or
 * a haircut close by, in the same part of a sentence, explains: "I cut
 * myself shaving", "quiero cortarme el pelo", "I hurt myself at the gym".
 * Far off, or past a comma or a full stop, it explains nothing: "me sigo
 * cortando el brazo, el pelo me lo tapa" is still self-harm.
 */
function harmlessly(
  match: PhraseMatch<SafetySignal>,
  all: readonly PhraseMatch<SafetySignal>[],
  clauses: readonly number[],
  words: readonly string[],
): boolean {
  if (match.key !== 'selfHarmLike') return false;
  if (cutsAThing(words, match.end, clauses)) return true;
  return all.some(
    (m) =>
      m.key === 'harmlessSelf' &&
      clauses[m.start] === clauses[match.start] &&
      (m.start >= match.end ? m.start - match.end < HARMLESS_REACH : match.start - m.end < HARMLESS_REACH),
  );
}

/** What may be dyed: "die my hair", "died her roots" are dye misspelt. */
const DYED = new Set([
  'hair',
  'hairs',
  'roots',
  'beard',
  'brows',
  'eyebrows',
  'lashes',
  'eyelashes',
  'fringe',
  'bangs',
]);
const WHOSE = new Set(['my', 'her', 'his', 'the', 'our', 'your', 'their', 'its']);
/**
 * Words that may follow "die my hair" when it means dye: a colour, when,
 * again, how. Any other word may start a sentence of its own ("I want to
 * die my hair is falling out"), so the words stay what they say.
 */
const DYE_NEXT = new Set(
  (
    'blonde|blond|red|black|brown|pink|blue|purple|violet|green|grey|gray|silver|white|platinum|ash|copper|caramel|' +
    'ginger|auburn|burgundy|orange|yellow|dark|darker|light|lighter|brunette|bronze|chocolate|honey|pastel|' +
    'back|again|for|before|at|with|myself|tomorrow|today|tonight|this|next|soon|how|can|could|do|does|please|pls'
  ).split('|'),
);
const DYE: Record<string, string> = { die: 'dye', dies: 'dyes', died: 'dyed', dying: 'dyeing' };

/**
 * English "die", "died", "dying" before the hair, the roots, the brows or
 * the lashes, as people misspell "dye": "I died my hair yesterday and now my
 * face is swelling" is a reaction to a dye (an emergency), "want to die my
 * hair red" a question for the salon, not self-harm. Only within one part
 * of a sentence, and a present "die" only when the part ends there or goes
 * on as a dye does (DYE_NEXT): "I want to die, my hair is falling out" and
 * "I want to die my hair is falling out" stay what they say.
 */
function dyeMisspelt(words: readonly string[], parts: readonly number[]): string[] {
  return words.map((word, i) => {
    const dye = DYE[word];
    if (!dye) return word;
    const noun = WHOSE.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    if (!DYED.has(words[noun] ?? '') || parts[noun] !== parts[i]) return word;
    if (word === 'died' || word === 'dies') return dye;
    const next = words[noun + 1];
    return next === undefined || parts[noun + 1] !== parts[noun] || DYE_NEXT.has(next) ? dye : word;
  });
}

/** Words between two matches (0 when they touch or overlap). */
const gap = (a: PhraseMatch<SafetySignal>, b: PhraseMatch<SafetySignal>) =>
  Math.max(0, a.start - b.end, b.start - a.end);

/** The sign a word of degree ("a little") is said of: the nearest one, the earlier on a tie. */
function nearestSign(
  degree: PhraseMatch<SafetySignal>,
  present: ReadonlyMap<SafetySignal, readonly PhraseMatch<SafetySignal>[]>,
): SafetySignal | undefined {
  let best: { key: SafetySignal; distance: number } | undefined;
  for (const [key, matches] of present) {
    for (const match of matches) {
      const distance = gap(degree, match);
      if (!best || distance < best.distance || (distance === best.distance && match.start < degree.start)) {
        best = { key, distance };
      }
    }
  }
  return best?.key;
}

/** "And" glued to a negation in spoken Arabic ("وما قادرش", "وماكيتنفسش") hides it: the negation stands alone. */
const unglueAnd = (word: string) => (/^و(?:ما|مش)/.test(word) ? word.slice(1) : word);

/**
 * A week of pregnancy said without the word: "ich bin in der 30. Woche", "I'm
 * 30 weeks", "estoy de 30 semanas", "je suis à 30 SA". The word "pregnant" is
 * added after it, so the pregnancy rules read it.
 */
const GESTATION = [
  /\b(?:in der|bin in der|ssw)\s*\d{1,2}\s*\.?\s*(?:woche|ssw)\b/giu,
  /\b(?:i'?m|i am|im)\s+\d{1,2}\s*(?:weeks|wks)\b(?!\s+(?:ago|old|left|later|in|into|of|since))/giu,
  /\b(?:estoy de|estoy en la semana)\s+\d{1,2}(?:\s+semanas)?\b/giu,
  /\bje suis (?:a|à) \d{1,2} (?:semaines|sa)\b/giu,
  /\bsono (?:alla|di|a) \d{1,2}\s*(?:settimane|settimana)\b/giu,
  /\b(?:estou|t[oôaá]|tou|ando) (?:com|de|na) \d{1,2}\s*(?:ª\s*)?semanas\b/giu,
  /\bestic de \d{1,2} setmanes\b/giu,
];
const markGestation = (text: string) => GESTATION.reduce((t, re) => t.replace(re, '$& pregnant'), text);

/** Words for a glucose meter or the blood sugar a reading is said of. */
const GLUCOSE_WORDS = String.raw`(?:blood sugar|sugar|glucose|glucometer|meter|bm|dextro|az[uú]car|glucosa|gluc[eé]mia|gluc[oó]metro|aparato|aparatito|medidor|sucre|glyc[eé]mie|glucom[eè]tre|lecteur|zucchero|glicemia|glucometro|misuratore|blutzucker|zucker|zuckerwert|messger[aä]t|sucre|gluc[eè]mia|aparell|a[cç][uú]car|glicose|glic[eé]mia|aparelho|sokar|sukar|skar|سكر|السكر|السكري|الجهاز)`;
/**
 * A glucose reading after such a word, a few words on ("el aparato marca 41", "sugar is 2.8", "glycémie à 0,45",
 * "السكر 40"), not an age, a price, a weight or a time after the number.
 */
const GLUCOSE_READING = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${GLUCOSE_WORDS}(?:\s+[^\s\d]+){0,3}?\s*:?\s+(?<n>\d{1,3}(?:[.,]\d{1,2})?)(?![\d.,]*\s*(?:%|€|\$|euros?|a[nñ]os|ans|anni|anys|jahre|years?|yrs|min|minutes?|h\b|kg|g\b|gr|gram|cm|ml|units?|unidades|unit[eé]s|unit[aà]|einheiten|semanas?|weeks?|days?|d[ií]as))`,
  'giu',
);
/**
 * A reading in mg/dl, whatever unit it was said in (mmol/l under 10, g/l under 1); NaN for what is no reading
 * (under 15 mg/dl).
 */
const milligrams = (value: number): number => {
  const mg = value < 1 ? value * 100 : value < 10 ? value * 18 : value;
  return mg >= 15 ? mg : Number.NaN;
};
/**
 * After a glucose reading under 70 mg/dl (3.9 mmol/l, 0.7 g/l), the word "lowglucosereading"; under 54 (3.0
 * mmol/l), a hypoglycaemia that needs sugar and a person now, "verylowglucosereading" too: the rules for a low
 * blood sugar read them.
 */
const markLowGlucose = (text: string) =>
  text.replace(GLUCOSE_READING, (match: string, ...rest: unknown[]) => {
    const mg = milligrams(Number((rest.at(-1) as { n: string }).n.replace(',', '.')));
    if (mg < 54) return `${match} lowglucosereading verylowglucosereading`;
    return mg < 70 ? `${match} lowglucosereading` : match;
  });

/**
 * A baby's age said in days, weeks or months: "my 6 week old", "baby of 3
 * weeks", "bebé de 20 días", "ma fille de 5 semaines", "Baby ist 3 Wochen
 * alt", "عمرها 10 ايام". Under three months, the word "newborn" is added
 * after it, so the rules for a baby that young read it.
 */
const BABY = String.raw`(?:baby|babe|son|daughter|boy|girl|little one|beb[eéê]|b[eé]b[eé]|hij[oa]|nen[ea]|niñ[oa]|pequeñ[oa]|pequen[oa]|fill[ea]?|filh[oa]|figli[oa]|bimb[oa]|bambin[oa]|piccol[oa]|petite?|fils|nad[oó]|neonat[oa]|nourrisson|sohn|tochter|kleine[rs]?)`;
const AGE_UNIT = String.raw`(?<u>days?|weeks?|wks?|months?|mths?|d[ií]as|dies|jours?|giorni|semanas?|semaines?|setmanes?|settimane?|mes(?:es|os)?|mois|mesi|tagen?|wochen?|monat(?:e|en)?|يوم|ايام|أيام|اسبوع|أسبوع|اسابيع|أسابيع|سيمانات|شهر|شهور|أشهر|اشهر)`;
const INFANT_AGE = [
  // Not a puppy's or a kitten's: a young animal has its own rules.
  new RegExp(
    String.raw`\b(?<n>\d{1,2})[\s-]*${AGE_UNIT}[\s-]*(?:old|alt)\b(?!\s*(?:pup|puppy|kitten|dog|cat|welpe|kitz|hund|katze))`,
    'giu',
  ),
  new RegExp(
    String.raw`\b${BABY}\s+(?:of|is|who is|aged|de|di|da|com|con|tiene|tem|t[eé]|ha|a|ist|von|mit|ya tiene)\s+(?<n>\d{1,2})\s*${AGE_UNIT}`,
    'giu',
  ),
  new RegExp(String.raw`\b(?<n>\d{1,2})\s*${AGE_UNIT}\s+(?:de vida|de vie|di vita|de vida)\b`, 'giu'),
  new RegExp(String.raw`(?:عمره|عمرها|عمرو|بعمر)\s*(?<n>\d{1,2})\s*${AGE_UNIT}`, 'gu'),
];
const infantAge = (n: number, unit: string): boolean => {
  const u = unit.toLowerCase();
  if (/^(?:d|j|g|t|يوم|ايام|أيام)/u.test(u)) return n <= 90;
  if (/^(?:w|s|اسب|أسب|سيم)/u.test(u)) return n <= 12;
  return n <= 2;
};
const markInfant = (text: string) =>
  INFANT_AGE.reduce(
    (t, re) =>
      t.replace(re, (match: string, ...rest: unknown[]) => {
        const groups = rest.at(-1) as { n: string; u: string };
        return infantAge(Number(groups.n), groups.u) ? `${match} newborn` : match;
      }),
    text,
  );

/**
 * Years or months ago said with a number, or with a word for a few or many, between the words: "قبل 5 سنين",
 * "hace 5 años", "il y a 5 ans", "vor 3 Jahren", "5 anni fa", "há 2 anos", "fa 3 anys" (English "5 years ago"
 * holds "years ago" already). The word "longago" is added after it, so the rules that heed what is long past read it.
 * Not an age compared ("اكبر من 5 سنين", older than five).
 */
const N = String.raw`(?:[\d\u0660-\u0669]{1,2}|\p{L}{2,9})`;
const LONG_AGO = [
  new RegExp(String.raw`\bhace\s+${N}\s+(?:a[nñ]os|meses)\b`, 'giu'),
  new RegExp(String.raw`\bil y a\s+${N}\s+(?:ans|ann[eé]es|mois)\b`, 'giu'),
  new RegExp(String.raw`\bvor\s+${N}\s+(?:jahren|monaten)\b`, 'giu'),
  new RegExp(String.raw`\b${N}\s+(?:anni|mesi)\s+fa\b`, 'giu'),
  new RegExp(String.raw`(?:\bh[aá]|\bfaz)\s+${N}\s+(?:anos|meses)\b`, 'giu'),
  new RegExp(String.raw`\bfa\s+${N}\s+(?:anys|mesos)\b`, 'giu'),
  new RegExp(
    String.raw`(?:قبل|(?<!(?:اكبر|أكبر|اصغر|أصغر|اقل|أقل|اكثر|أكثر|فوق|تحت)\s)من|منذ|هادي|صار له|صارلو|صارله)\s+${N}\s+(?:سنين|سنوات|سنة|سنه|شهور|اشهر|أشهر|عام|اعوام|أعوام)(?![\p{L}])`,
    'gu',
  ),
];
const markLongAgo = (text: string) => LONG_AGO.reduce((t, re) => t.replace(re, '$& longago'), text);

/** Whether each of `signals` is said in one and the same part of a sentence (`parts`: cut at commas too). */
function saidTogether(
  signals: readonly SafetySignal[],
  present: ReadonlyMap<SafetySignal, readonly PhraseMatch<SafetySignal>[]>,
  parts: readonly number[],
): boolean {
  const partsOf = (s: SafetySignal) => new Set((present.get(s) ?? []).map((m) => parts[m.start]));
  const [first, ...rest] = signals.map(partsOf);
  return [...(first ?? [])].some((part) => rest.every((other) => other.has(part)));
}

/** Words that make the person after them (past a determiner) the owner of a thing: "le forfait de mon fils". */
const GENITIVE = new Set(
  'of|de|di|do|da|du|des|del|dels|della|dello|dei|degli|delle|dos|das|meines|meiner|deines|deiner|seines|seiner|ihres|ihrer|unseres|unserer'.split(
    '|',
  ),
);

/** A person named as whose a thing is: "my son's pass", "le forfait de mon fils", "el abono de la niña". */
function owner(match: PhraseMatch<SafetySignal>, words: readonly string[], text: string): boolean {
  const word = words[match.end - 1] ?? '';
  // The English "'s" is gone from the words ("son's" reads "son"): it is looked for as written.
  if (/^[a-z]+$/.test(word) && new RegExp(String.raw`\b${word}['’]s\b`, 'iu').test(text)) return true;
  const before = words[match.start - 1] ?? '';
  if (GENITIVE.has(before)) return true;
  return (ARTICLES.has(before) || MINE.has(before)) && GENITIVE.has(words[match.start - 2] ?? '');
}

/** Words that may stand between a child and what is said of them without counting: an age ("mon fils de 6 ans"). */
const AGE_FILLER =
  /^(?:\d{1,2}|de|di|of|von|aged|ans|an|anos|años|anys|anni|jahre|jahren|years|year|yrs|yr|yo|old|jahrige[rn]?|سنين|سنوات|سنه)$/u;

/** Prepositions before a person (past a determiner) that make them no subject: "the rash on my son has disappeared". */
const PREPOSITION = new Set(
  'on|in|for|to|from|with|at|about|sur|pour|avec|chez|para|por|con|en|per|su|fur|mit|bei|auf|zu|pra|pro|com|amb|sobre'.split(
    '|',
  ),
);

/** Words for a child that are also adjectives: "le petit" is the little one, "le petit parking" is not. */
const LITTLE =
  /^(?:(?:le|la|mon|ma|el|il|lo|o|a|der|die|das|mein|meine|unser|unsere)\s)?(?:petit|petite|petita|pequeno|pequena|piccolo|piccola|peque|kleine|kleiner|kleinen)$/u;

/** A child named as a thing's owner or after a preposition ("the rash on my son"): not the one who is gone. */
function notSubject(match: PhraseMatch<SafetySignal>, words: readonly string[], text: string): boolean {
  if (owner(match, words, text)) return true;
  const before = words[match.start - 1] ?? '';
  if (PREPOSITION.has(before)) return true;
  return (ARTICLES.has(before) || MINE.has(before)) && PREPOSITION.has(words[match.start - 2] ?? '');
}

/**
 * A child's word that is also an adjective ("petit", "pequeño", "kleine") with a noun after it in the same part of
 * a sentence: "je ne trouve pas le petit parking". An age after it ("le petit de 5 ans") keeps it a child.
 */
function adjective(match: PhraseMatch<SafetySignal>, words: readonly string[], parts: readonly number[]): boolean {
  if (!LITTLE.test(words.slice(match.start, match.end).join(' '))) return false;
  const next = words[match.end];
  return next !== undefined && parts[match.end] === parts[match.start] && !AGE_FILLER.test(next);
}

/**
 * Whether `first` is said before `then`, in one part of a sentence, at most `within` words apart (an age between
 * does not count), and a child among them not named as an owner: "je trouve plus mon fils", "mi hija se ha
 * perdido", not "I can't find my son's pass". A child said first is the one who is gone only as the subject.
 */
function saidNear(
  [first, then, within]: readonly [SafetySignal, SafetySignal, number],
  present: ReadonlyMap<SafetySignal, readonly PhraseMatch<SafetySignal>[]>,
  parts: readonly number[],
  words: readonly string[],
  text: string,
): boolean {
  const apart = (a: PhraseMatch<SafetySignal>, b: PhraseMatch<SafetySignal>) =>
    words.slice(a.end, b.start).filter((w) => !AGE_FILLER.test(w)).length;
  const child = (m: PhraseMatch<SafetySignal>, subject: boolean) =>
    m.key !== 'kid' || (!adjective(m, words, parts) && !(subject ? notSubject(m, words, text) : owner(m, words, text)));
  return (present.get(first) ?? []).some((a) =>
    (present.get(then) ?? []).some(
      (b) =>
        b.start >= a.start &&
        apart(a, b) <= within &&
        parts[a.start] === parts[b.start] &&
        child(a, true) &&
        child(b, false),
    ),
  );
}

export function assessSafety(message: string): SafetyAssessment {
  const text = markLowGlucose(markInfant(markGestation(markLongAgo(gluedDarijaNegation(message)))));
  // Clauses cut at commas as well: what one part of a sentence says of the past or of an accident is that part's.
  const parts = clauseOfWords(text.replace(/[,،]/gu, ';'));
  const words = dyeMisspelt(expandedWords(text).map(unglueAnd), parts);
  const guess = detectLanguage(text);
  const sure = guess.language !== undefined && guess.confidence >= 0.5;
  // "no" negates in Spanish and English but is "in the" in Portuguese: negations of the message's own language only.
  const clauses = clauseOfWords(text);
  // A phrase is said within one sentence: "…من غير ما نجي؟ نفس الدوا" ends a question before "نفس" begins.
  const found = matchPhrases(prepareWords(words, signalLanguages(text)), PHRASES).filter(
    (m) =>
      (m.key !== 'negation' || !sure || m.language === guess.language) &&
      !looseArabic(m, words) &&
      clauses[m.start] === clauses[m.end - 1],
  );
  // A signal's word inside a word that means something else ("blood test", "Blutwerte") is not that signal.
  const lookalikes = found.filter((m) => m.key === 'lookalike');
  const matches = found.filter(
    (m) => CONTEXT.has(m.key) || !lookalikes.some((l) => l.start <= m.start && m.end <= l.end),
  );
  const present = new Map<SafetySignal, PhraseMatch<SafetySignal>[]>();
  for (const match of matches) {
    if (CONTEXT.has(match.key) || isNegated(match, matches) || !isCause(match, matches)) continue;
    if (harmlessly(match, matches, parts, words)) continue;
    // A treatment said as done ("I dyed my hair") is a treatment that caused what follows.
    const key = match.key === 'treatmentDone' ? 'treatment' : match.key;
    present.set(key, [...(present.get(key) ?? []), match]);
  }
  const causes = causeQuestions(matches);
  const opensClause = (m: PhraseMatch<SafetySignal>) => m.start === 0 || clauses[m.start - 1] !== clauses[m.start];
  // The "if" of "as if" compares; it asks about no case ("la barriga como si estuviera de 6 meses, me ahogo").
  const comparisons = matches.filter((m) => m.key === 'asIf');
  const compares = (m: PhraseMatch<SafetySignal>) => comparisons.some((c) => c.start <= m.start && m.end <= c.end);
  const asksIf = (m: PhraseMatch<SafetySignal>) =>
    !compares(m) && (m.key === 'hypothetical' || (m.key === 'openingIf' && opensClause(m)));
  const questionAt = [...matches.filter(asksIf).map((m) => m.start), ...causes];
  const mild = matches.some((m) => m.key === 'mildness');
  const degrees = matches.filter((m) => m.key === 'degree');
  const old = matches.some((m) => m.key === 'notNow' || m.key === 'weeksAgo');
  const asking = askingClauses(matches, clauses, causeQuestions(matches, true));
  const presentAt = presentFrom(matches);
  // What a part about an earlier pregnancy or birth tells happened then, unless it says now ("my waters broke
  // early last pregnancy, can I do pilates?", not "last pregnancy was quick, my waters broke an hour ago").
  const earlier = new Set(matches.filter((m) => m.key === 'earlierPregnancy').map((m) => parts[m.start]));
  const saysNow = new Set(matches.filter((m) => m.key === 'nowMarker').map((m) => parts[m.start]));
  const then = (m: PhraseMatch<SafetySignal>) => earlier.has(parts[m.start]) && !saysNow.has(parts[m.start]);
  const past = (m: PhraseMatch<SafetySignal>) => m.end <= presentAt || then(m);
  // A sign that is the object of a wish not to or a purpose not to ("don't want to faint", "para no marearme"): right
  // after it (one word may stand between: "don't want to suddenly faint"), in the same part of the sentence.
  const avoidances = matches.filter((m) => m.key === 'avoidance');
  const avoided = (m: PhraseMatch<SafetySignal>) =>
    avoidances.some((a) => a.end <= m.start && m.start - a.end <= 1 && parts[a.start] === parts[m.start]);
  const kinds: EmergencyKind[] = [];
  const evidence = new Set<string>();
  for (const kind of EMERGENCY_KINDS) {
    for (const alternative of RULES[kind]) {
      if ('mild' in alternative && mild) continue;
      if ('fresh' in alternative && old) continue;
      if ('unless' in alternative && alternative.unless?.some((s) => matches.some((m) => m.key === s))) continue;
      if ('together' in alternative && alternative.together && !saidTogether(alternative.together, present, parts))
        continue;
      if ('near' in alternative && alternative.near && !saidNear(alternative.near, present, parts, words, text))
        continue;
      const signals = 'mild' in alternative ? alternative.mild : 'all' in alternative ? alternative.all : alternative;
      // Of a signal said twice, the one of the present: "last pregnancy my waters broke early; now my waters broke again".
      const [sign, site] = ('notWith' in alternative && alternative.notWith) || [];
      const siteParts = new Set(matches.filter((m) => m.key === site).map((m) => parts[m.start]));
      const found = signals.map((s) => {
        const all = s === sign ? present.get(s)?.filter((m) => !siteParts.has(parts[m.start])) : present.get(s);
        return all?.find((m) => !past(m)) ?? all?.[0];
      });
      if (found.some((m) => m === undefined)) continue;
      // "A little" said of one of these signs: an ordinary after-effect, not an emergency.
      const graded = 'mild' in alternative || ('graded' in alternative && alternative.graded);
      if (graded && degrees.some((d) => signals.includes(nearestSign(d, present)!))) continue;
      // "Will my lips swell after the filler?" asks what a treatment may do; it reports nothing yet.
      if ('mild' in alternative && found.every((m) => asking.has(clauses[m!.start]!))) continue;
      // A sign asked about ("does a sting hurt?") is not a sign told.
      if (
        'stated' in alternative &&
        alternative.stated?.some((s) => asking.has(clauses[found[signals.indexOf(s)]!.start]!))
      )
        continue;
      const first = Math.min(...found.map((m) => m!.start));
      // What is long past or over is no emergency now; thoughts of self-harm are taken as said.
      // A signal that runs into the present ("my waters just broke") is of the present.
      if (kind !== 'self-harm' && found.every((m) => past(m!))) continue;
      // "If it swells and I can't breathe, what do I do?" asks about a case; it reports none.
      if (questionAt.some((at) => at < first && first - at <= 6)) continue;
      // "Don't want to faint mid air": every sign of it wished away or planned against, none told. Not thoughts of
      // self-harm or a person in danger at home, taken as said whatever frames them.
      if (!isCrisis(kind) && found.every((m) => avoided(m!))) continue;
      kinds.push(kind);
      for (const m of found) evidence.add(words.slice(m!.start, m!.end).join(' '));
      break;
    }
  }
  return { emergency: kinds[0] ?? null, kinds, evidence: [...evidence] };
}
