/**
 * Which Q&A entry a suggested question is most likely another wording of:
 * the entries the AI found closest when it handed the question over
 * (`nearQa`, best first), then entries whose answer says what the person on
 * staff said (they often paste or retell the entry's answer). The owner
 * picks one of these first, or any other entry.
 */
import type { Localized } from '../../../../functions/src/domain/business';

export interface TargetEntry {
  id: string;
  question: Localized;
  answer: Localized;
}

export interface AlternateTargets<E extends TargetEntry> {
  /** Likely matches, best first. */
  likely: E[];
  /** Every other entry, by question. */
  others: E[];
}

/** Share of the staff answer's words an entry's answer must hold to be a likely match. */
const SAME_ANSWER = 0.5;
/** A staff answer of fewer words ("Yes, sure!") says too little to tell which entry it retells. */
const MIN_SAID = 3;
/** Words shorter than this ("the", "de", "في") say nothing about what an answer is about. */
const MIN_WORD = 3;

const texts = (value: Localized) => (typeof value === 'string' ? [value] : Object.values(value));

/** The words of a text, folded (case and accents aside), letters and digits of any script. */
export function wordsOf(text: string): Set<string> {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  return new Set((folded.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= MIN_WORD));
}

/** The share of `said`'s words that `entry` also has (0 when `said` has none). */
export function overlap(said: ReadonlySet<string>, entry: ReadonlySet<string>): number {
  if (said.size === 0) return 0;
  let shared = 0;
  for (const w of said) if (entry.has(w)) shared += 1;
  return shared / said.size;
}

/** The entries a suggestion is likely another wording of, best first, and the rest. */
export function alternateTargets<E extends TargetEntry>(
  entries: readonly E[],
  suggestion: { nearQa?: readonly string[] | null | undefined; answer: string },
  label: (entry: E) => string,
): AlternateTargets<E> {
  const near = suggestion.nearQa ?? [];
  const words = wordsOf(suggestion.answer);
  const said = words.size >= MIN_SAID ? words : new Set<string>();
  const sameAnswer = new Map(
    entries.map((e) => [e.id, Math.max(...texts(e.answer).map((t) => overlap(said, wordsOf(t))))]),
  );
  const shares = (e: E) => {
    const share = sameAnswer.get(e.id) ?? 0;
    return share >= SAME_ANSWER ? share : 0;
  };
  // An answer staff retold outweighs the AI's guess (the AI could not answer, staff could); the AI's
  // entries keep its order.
  const rank = (e: E) => {
    const i = near.indexOf(e.id);
    return 2 * shares(e) + (i >= 0 ? 1 - i / (near.length + 1) : 0);
  };
  const isLikely = (e: E) => rank(e) > 0;
  const likely = entries.filter(isLikely).sort((a, b) => rank(b) - rank(a));
  const others = entries.filter((e) => !isLikely(e)).sort((a, b) => label(a).localeCompare(label(b)));
  return { likely, others };
}
