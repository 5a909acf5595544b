/**
 * What the business's style guide says about how templates should sound:
 * informal address (tú, tu, você, du) or formal (usted, vous, vostè, Lei, Sie), and
 * whether the templates may add emojis of their own. The guide is free
 * text the owner wrote, in any language, so this reads it for the few
 * words that settle those two questions and otherwise keeps the defaults
 * (formal, emojis allowed).
 */
import type { StyleGuide } from '../../domain/business.js';
import { allTexts } from '../../domain/localized.js';
import type { Register } from './messages/index.js';

export interface ReplyStyle extends Register {
  /** Templates may put their own pictographs (📍 📞) in. */
  emoji: boolean;
}

const INFORMAL =
  /\binformal(?:ly)?\b|\btut(?:ea|ear|eo|oie|oyer|oiement)\b|['"‘“]t[uú]['"’”]|\bt[uú]\b(?= (?:in|en|em|amb|con|and|y|i|e|,))|\busing ['"‘“]?t[uú]\b|\bde tu\b|\bvoc[eê]\b|\bdare del tu\b|\bdel tu\b|\bduz(?:en|t|e)\b|\bper du\b|\bdu-form\b/iu;
const FORMAL =
  /\bformal(?:ly)?\b|\busted\b|\bvouvo(?:yer|ie|iement)\b|\bvost[eè]\b|\bo senhor\b|\ba senhora\b|\bdel lei\b|\bsiez(?:en|t|e)\b|\bper sie\b|\bsie-form\b/iu;
const FEW_EMOJI =
  /\b(?:no|never|don'?t|do not|avoid|without|sin|sense|sem|pas d'?|jamais d'?)\s+(?:\w+\s+){0,3}emojis?\b|\b(?:more than|at most|max(?:imum)?|only|un|una|one)\s+(?:\w+\s+)?emojis?\b/iu;

function guideText(guide: StyleGuide): string {
  return [...allTexts(guide.tone, 'en').map((t) => t.text), ...guide.do, ...guide.dont].join('\n');
}

export function replyStyle(guide: StyleGuide): ReplyStyle {
  const text = guideText(guide);
  const informal = INFORMAL.test(text) && !(FORMAL.test(text) && !/\binformal/iu.test(text));
  return { informal, emoji: !FEW_EMOJI.test(text) };
}
