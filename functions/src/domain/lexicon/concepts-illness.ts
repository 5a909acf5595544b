/**
 * Concepts of a customer who is ill before a visit or a class: a cough, as a reason to stay home or to ask whether
 * one may come ("ابني عنده سعلة، بيقدر يجي؟", "il tousse, il peut venir ?"), found in a business's policy on sick
 * children or sick clients written in another language. A fever is the medicine table's (`fever`). See phrases.ts for
 * the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - ca: "tus" (Spanish "tus", your): only "tos";
 * - ar: "كح" alone (too short to tell from other words): only its longer forms.
 */
import type { PhraseTable } from './phrases.js';

export const ILLNESS_CONCEPTS = {
  /** A cough: "a cough", "he's coughing", "tos", "toux", "tosse", "Husten", "سعلة", "كحة", "ka77a". */
  cough: {
    en: 'cough|coughing|coughs|a cough|chesty cough|dry cough',
    es: 'tos|tose|tosiendo|con tos|tiene tos',
    fr: 'toux|tousse|toussent|tousser|toussote',
    it: 'tosse|tossisce|tossendo|ha la tosse',
    de: 'husten|hustet|hustend|reizhusten',
    ca: 'tos|te tos|tossint|tosseix',
    pt: 'tosse|tossindo|tossir|com tosse',
    ar: 'سعله|سعال|كحه|الكحه|يكح|بيكح|تكح|بتكح|كيكح|كتكح|عم يكح|=ka77a|=kahha|=ko77a|=s3al|=s3le|=so3al',
  },
} as const satisfies PhraseTable<string>;
