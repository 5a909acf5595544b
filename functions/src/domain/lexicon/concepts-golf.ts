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
    en: '=clubs|golf club*|set of clubs|half set|club hire|club rental|rental clubs|hire clubs|rent clubs|golf bag|my own clubs|our own clubs|me own clubs',
    es: 'palos|palos de golf|juego de palos|medio juego|bolsa de golf|mis palos|mis propios palos',
    fr: '=clubs|clubs de golf|club de golf|serie de clubs|demi serie|sac de golf|mes clubs|mes propres clubs',
    it: 'mazze|mazza da golf|mazze da golf|bastoni da golf|sacca da golf|le mie mazze',
    de: 'golfschlager|leihschlager|golfbag|golftasche|schlagersatz|halbsatz|meine schlager|eigene schlager|eigenen schlager',
    ca: 'pals|pals de golf|joc de pals|mig joc|bossa de golf|els meus pals',
    pt: 'tacos de golfe|tacos de golf|taco de golfe|saco de golfe|meus tacos|os meus tacos|tacos proprios',
    ar: 'مضارب|مضارب الجولف|مضارب الغولف|مضارب جولف|مضارب غولف|مضربي|مضاربي|madareb',
  },
} satisfies PhraseTable<string>;
