/**
 * Concepts of golf academies, driving ranges and simulator venues. See
 * phrases.ts for the syntax.
 *
 * Left out on their own: English "club" (a social club, a kids' club, a
 * nightclub; only the plural and golf's own phrases), "sticks", German
 * "Schläger" (a racket's too: concepts-racket.ts), Italian "bastoni" and
 * Portuguese "tacos" without golf (a snooker cue, a taco).
 */
import type { PhraseTable } from './phrases.js';

export const GOLF_CONCEPTS = {
  /** Golf clubs: bringing one's own, hiring a set, left-handed clubs ("do I need my own clubs?", "¿hay que traer palos?"). */
  golfClub: {
    en: '=clubs|golf club*|set of clubs|half set|club hire|club rental|rental clubs|hire clubs|rent clubs|golf bag',
    es: 'palos|palos de golf|juego de palos|medio juego|bolsa de golf',
    fr: '=clubs|clubs de golf|club de golf|serie de clubs|demi serie|sac de golf',
    it: 'mazze|mazza da golf|mazze da golf|bastoni da golf|sacca da golf',
    de: 'golfschlager|leihschlager|golfbag|golftasche|schlagersatz|halbsatz',
    ca: 'pals|pals de golf|joc de pals|mig joc|bossa de golf',
    pt: 'tacos de golfe|tacos de golf|taco de golfe|saco de golfe',
    ar: 'مضارب|مضارب الجولف|مضارب الغولف|مضارب جولف|مضارب غولف|مضربي|مضاربي|madareb',
  },
  /**
   * Left-handedness: clubs, a guitar, scissors or a racket for a left-hander ("do you have lefty clubs?", "para
   * zurdos", "für Linkshänder"). Left out: "left", "izquierda", "esquerra" (a direction; Catalan "esquerrà" folds to
   * it), "gauche" alone.
   */
  leftHanded: {
    en: 'left handed|lefthanded|left hander|left handers|lefty|lefties|leftie|lefties',
    es: 'zurdo|zurdos|zurda|zurdas|para zurdos',
    fr: '=gaucher|=gauchers|=gauchere|=gaucheres|pour gauchers',
    it: 'mancino|mancini|mancina|mancine|per mancini',
    de: 'linkshander|linkshanderin|fur linkshander|linkshandig|linkshandige',
    ca: 'esquerrans|esquerrana|esquerranes|per a esquerrans',
    pt: 'canhoto|canhotos|canhota|canhotas|para canhotos',
    ar: 'اعسر|عسراوي|عسراويه|اشول|للعسر|ليفتي|a3sar|3asrawi|ashwal',
  },
} satisfies PhraseTable<string>;
