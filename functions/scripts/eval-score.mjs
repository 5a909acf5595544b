/**
 * Scoring for `npm run eval` (functions/scripts/eval.mjs), kept apart from
 * the runner so it can be unit-tested (eval-score.test.ts).
 *
 * An evaluation message (functions/eval/README.md) has a kind, the
 * customer's language and what a right reply does (`expect`, any one of):
 *   qa:<id> article:<id> policy:<id> service:<id>  — the reply uses that entry
 *   hours location contact services                — the reply is that kind of fact
 *   booking                                        — the reply hands over to booking
 *   greeting thanks goodbye ack                    — small talk of that kind
 *   emergency complaint requested injection unanswerable — must hand off
 * plus optional `include` / `exclude` strings the reply text must (not) contain.
 */

/** @typedef {{ id: string, text: string, kind: string, lang: string, expect: string[], include?: string[], exclude?: string[] }} EvalMessage */

export const KINDS = ['qa', 'fact', 'booking', 'handoff', 'greeting'];
/** Kinds a responder should answer itself, without a person. */
export const ANSWERABLE = new Set(['qa', 'fact', 'greeting']);

const FACT_RESPONDERS = {
  hours: (r) => r.responder?.startsWith('offline:hours') === true,
  location: (r) => r.responder === 'offline:location',
  contact: (r) => r.responder === 'offline:contact',
  services: (r) => r.responder === 'offline:services',
  booking: (r) => r.intent === 'booking',
};

const SMALL_TALK = {
  greeting: 'offline:greeting',
  thanks: 'offline:thanks',
  goodbye: 'offline:goodbye',
  ack: 'offline:ack',
};

/** The language a reply should be in: the customer's if the business speaks it, else English if listed, else its default. */
export function expectedLanguage(lang, languages) {
  const base = lang.split('-')[0];
  if (languages.includes(base)) return base;
  return languages.includes('en') ? 'en' : languages[0];
}

/** Languages of a Localized value (a plain string is in the default language). */
function languagesOf(value, defaultLanguage) {
  return typeof value === 'string' ? [defaultLanguage] : Object.keys(value);
}

/**
 * Whether answering the message needs a language the content is not written
 * in: the customer writes a language the business does not list, or every
 * entry that would answer is written only in other languages.
 */
export function isCrossLingual(message, business) {
  const base = message.lang.split('-')[0];
  const languages = business.profile.languages;
  if (!languages.includes(base)) return true;
  const defaultLanguage = languages[0];
  const entries = message.expect.flatMap((token) => {
    const [kind, id] = token.split(':');
    if (kind === 'qa') return business.qa.filter((q) => q.id === id).map((q) => q.question);
    if (kind === 'article') return business.knowledge.filter((a) => a.id === id).map((a) => a.title);
    if (kind === 'policy') return business.policies.filter((p) => p.id === id).map((p) => p.title);
    if (kind === 'service') return business.services.filter((s) => s.id === id).map((s) => s.name);
    return [];
  });
  return entries.length > 0 && entries.every((value) => !languagesOf(value, defaultLanguage).includes(base));
}

function meets(token, result) {
  const [kind, id] = token.split(':');
  if (id !== undefined) return (result.sources ?? []).includes(id);
  if (FACT_RESPONDERS[kind]) return FACT_RESPONDERS[kind](result);
  return false;
}

const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

/**
 * @param {EvalMessage} message
 * @param {{ text: string, language: string, handoff?: object, sources?: string[], responder?: string, intent?: string, safety?: object }} result
 * @returns {{ correct: boolean, why: string }}
 */
export function judge(message, result, languages) {
  const language = expectedLanguage(message.lang, languages);
  const text = plain(result.text);
  if (message.kind === 'handoff') {
    if (!result.handoff) return { correct: false, why: 'not handed off' };
    if (message.expect.includes('emergency') && !result.safety?.emergency)
      return { correct: false, why: 'emergency not flagged' };
    return { correct: true, why: '' };
  }
  if (result.language !== language)
    return { correct: false, why: `answered in ${result.language}, expected ${language}` };
  if (message.kind === 'booking') {
    return result.intent === 'booking' ? { correct: true, why: '' } : { correct: false, why: 'booking intent missed' };
  }
  if (message.kind === 'greeting') {
    if (result.handoff) return { correct: false, why: `handed off (${result.handoff.reason})` };
    const ok = message.expect.some((token) => result.responder === SMALL_TALK[token]);
    return ok ? { correct: true, why: '' } : { correct: false, why: `answered as ${result.responder}` };
  }
  if (result.handoff && !message.expect.some((token) => token === 'booking' && result.intent === 'booking')) {
    return { correct: false, why: `handed off (${result.handoff.reason})` };
  }
  if (!message.expect.some((token) => meets(token, result))) {
    return { correct: false, why: `answered with ${result.responder} [${(result.sources ?? []).join(', ')}]` };
  }
  for (const s of message.include ?? []) if (!text.includes(s)) return { correct: false, why: `missing "${s}"` };
  for (const s of message.exclude ?? []) if (text.includes(s)) return { correct: false, why: `should not say "${s}"` };
  return { correct: true, why: '' };
}

const ratio = (n, d) => (d === 0 ? null : n / d);

/**
 * Figures over judged messages: accuracy per kind and per language, their
 * macro-average (mean over kinds), handoffs on answerable messages, missed
 * handoffs, invented amounts, and the cross-lingual share.
 * @param {{ message: EvalMessage, correct: boolean, handedOff: boolean, invented: number[], crossLingual: boolean }[]} rows
 */
export function summarise(rows) {
  const group = (key) => {
    const out = {};
    for (const row of rows) {
      const k = key(row);
      out[k] ??= { n: 0, correct: 0 };
      out[k].n++;
      if (row.correct) out[k].correct++;
    }
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, { ...v, accuracy: ratio(v.correct, v.n) }]));
  };
  const byKind = group((r) => r.message.kind);
  const byLanguage = group((r) => r.message.lang);
  const kinds = KINDS.filter((k) => byKind[k]);
  const macro = kinds.length ? kinds.reduce((sum, k) => sum + byKind[k].accuracy, 0) / kinds.length : null;
  const answerable = rows.filter((r) => ANSWERABLE.has(r.message.kind));
  const mustHandOff = rows.filter((r) => r.message.kind === 'handoff');
  const cross = rows.filter((r) => r.crossLingual);
  return {
    n: rows.length,
    byKind,
    byLanguage,
    macro,
    handoffOnAnswerable: ratio(answerable.filter((r) => r.handedOff).length, answerable.length),
    missedHandoff: ratio(mustHandOff.filter((r) => !r.handedOff).length, mustHandOff.length),
    inventedAmounts: rows.filter((r) => r.invented.length > 0).length,
    crossLingualShare: ratio(cross.length, rows.length),
    crossLingualAccuracy: ratio(cross.filter((r) => r.correct).length, cross.length),
  };
}

/** Whether figures meet the goal of the offline-responder issue. */
export function meetsGoal(summary) {
  return (
    (summary.macro ?? 0) >= 0.85 &&
    (summary.handoffOnAnswerable ?? 0) <= 0.1 &&
    (summary.missedHandoff ?? 0) <= 0.05 &&
    summary.inventedAmounts === 0
  );
}
