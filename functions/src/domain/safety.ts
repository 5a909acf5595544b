/**
 * Medical emergency detection, one rule set for every responder (the
 * offline responder and the LLM engine call it before anything else): a
 * customer who may be having a heart attack or a stroke, who cannot
 * breathe, who is bleeding heavily, who may have broken a bone, who has a
 * severe allergic reaction, who speaks of harming themselves, who has
 * fainted or is seizing, or who (or whose pet) swallowed something toxic,
 * must get emergency advice and a person, never opening hours or a booking
 * offer.
 *
 * The mechanism is language-independent: a rule is a combination of signals
 * (domain/safety-lexicon.ts: "chest" + "pain", "breathe" + "cannot") found
 * anywhere in the message, in whatever language it is written, so adding a
 * language means adding words, not rules. A signal right after a negation
 * ("no chest pain", "sin sangrado") does not count, and a message that
 * only asks what to do *if* something happened is a question, not an
 * emergency ("what should I do if the bleeding doesn't stop?").
 */
import { detectLanguage, signalLanguages } from './language.js';
import { lazyPhrases, matchPhrases, type PhraseMatch, prepareWords } from './lexicon/phrases.js';
import { SAFETY_SIGNALS, type SafetySignal } from './safety-lexicon.js';
import { expandedWords } from './text.js';

export const EMERGENCY_KINDS = [
  'cardiac',
  'stroke',
  'breathing',
  'bleeding',
  'spinal',
  'fracture',
  'eye',
  'infection',
  'burn',
  'allergic',
  'self-harm',
  'unconscious',
  'seizure',
  'poisoning',
] as const;
export type EmergencyKind = (typeof EMERGENCY_KINDS)[number];

export interface SafetyAssessment {
  /** The most serious emergency the message describes, or null. */
  emergency: EmergencyKind | null;
  /** Every emergency the message describes, most serious first. */
  kinds: EmergencyKind[];
  /** The words that triggered it, for staff to see why. */
  evidence: string[];
}

/** Each rule: any of its alternatives, each a set of signals that must all be present. */
const RULES: Record<EmergencyKind, SafetySignal[][]> = {
  'self-harm': [['selfHarm']],
  cardiac: [['heartAttack'], ['chest', 'pain']],
  stroke: [['stroke'], ['face', 'droop'], ['speech', 'droop'], ['speech', 'face']],
  breathing: [['breathe', 'cannot'], ['throatClosing'], ['swallow', 'cannot']],
  allergic: [
    ['allergicReaction'],
    ['swelling', 'face', 'breathe'],
    ['swelling', 'face', 'swallow'],
    ['allergy', 'swelling'],
  ],
  unconscious: [['unconscious']],
  seizure: [['seizure']],
  bleeding: [['bleed', 'wontStop']],
  poisoning: [
    ['ate', 'poison'],
    ['poison', 'cannot'],
    ['pet', 'ate', 'petToxic'],
  ],
  fracture: [['broken', 'bone'], ['runOver']],
  // Losing control of the bladder with weak or numb legs: a compressed spinal cord (cauda equina) until seen.
  spinal: [['bladder', 'legWeak']],
  // Blisters on a burn (after a laser, a wax, a peel) need a doctor today, not a booking.
  burn: [['burn', 'blister']],
  // Sight going blurred (after lashes, a peel, a chemical near the eye): an eye doctor now.
  eye: [['vision']],
  // Fever with pus or a swelling, or a swollen, painful face after a treatment: a spreading infection until seen.
  infection: [
    ['fever', 'pus'],
    ['fever', 'swelling'],
    ['swelling', 'face', 'pain'],
  ],
};

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
]);

const PHRASES = lazyPhrases(SAFETY_SIGNALS);

function isNegated(match: PhraseMatch<SafetySignal>, all: readonly PhraseMatch<SafetySignal>[]): boolean {
  if (!NEGATABLE.has(match.key)) return false;
  return all.some((other) => {
    if (other.key !== 'negation' || other.end > match.start || match.start - other.end > 1) return false;
    // A "no" that belongs to another signal ("no para de sangrar", "no puedo respirar") negates nothing.
    return !all.some((m) => m !== other && m.key !== 'negation' && m.start <= other.start && other.start < m.end);
  });
}

export function assessSafety(text: string): SafetyAssessment {
  const words = expandedWords(text);
  const guess = detectLanguage(text);
  const sure = guess.language !== undefined && guess.confidence >= 0.5;
  // "no" negates in Spanish and English but is "in the" in Portuguese: negations of the message's own language only.
  const matches = matchPhrases(prepareWords(words, signalLanguages(text)), PHRASES()).filter(
    (m) => m.key !== 'negation' || !sure || m.language === guess.language,
  );
  const present = new Map<SafetySignal, PhraseMatch<SafetySignal>[]>();
  for (const match of matches) {
    if (match.key === 'negation' || match.key === 'hypothetical' || isNegated(match, matches)) continue;
    present.set(match.key, [...(present.get(match.key) ?? []), match]);
  }
  const hypotheticalAt = matches.filter((m) => m.key === 'hypothetical').map((m) => m.start);
  const kinds: EmergencyKind[] = [];
  const evidence = new Set<string>();
  for (const kind of EMERGENCY_KINDS) {
    for (const signals of RULES[kind]) {
      const found = signals.map((s) => present.get(s)?.[0]);
      if (found.some((m) => m === undefined)) continue;
      const first = Math.min(...found.map((m) => m!.start));
      // "If it swells and I can't breathe, what do I do?" asks about a case; it reports none.
      if (hypotheticalAt.some((at) => at < first && first - at <= 6)) continue;
      kinds.push(kind);
      for (const m of found) evidence.add(words.slice(m!.start, m!.end).join(' '));
      break;
    }
  }
  return { emergency: kinds[0] ?? null, kinds, evidence: [...evidence] };
}
