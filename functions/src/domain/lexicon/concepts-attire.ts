/**
 * Concepts of what a customer wears that is more than "clothes": the long robe and the headdress men wear in the
 * Gulf, the Levant, Egypt and the Maghreb (a thobe, a dishdasha, a kandura, a jalabiya, a djellaba; a ghutra, a
 * shemagh, an agal, a keffiyeh), asked about before a sport, a ride, a photo or a treatment ("can I drive in my
 * thobe?", "بالدشداشة عادي؟"). See phrases.ts for the syntax.
 *
 * Left out: Arabic "ثوب" alone in Darija and Levantine writing is any garment or cloth, but in the Gulf it is the
 * robe, and a customer who names it before an activity means the robe; "لباس" and "تياب" (clothes) are the
 * clothing concept's (concepts-practice.ts); the women's headscarf is the headscarf concept's.
 */
import type { PhraseTable } from './phrases.js';

export const ATTIRE_CONCEPTS = {
  /** A traditional long robe: a thobe, a dishdasha, a kandura, a jalabiya, a djellaba. */
  robe: {
    en: 'thobe*|thawb*|dishdasha*|kandura*|kandoora*|jalabiya*|jellabiya*|galabeya*|djellaba*|jellaba*|traditional dress|traditional robe|national dress',
    es: 'chilaba*|yilaba*|dishdasha*|kandura*|thobe*|tunica arabe|tunica tradicional|tunica larga|ropa tradicional arabe|traje tradicional',
    fr: 'djellaba*|gandoura*|qamis|kamis|thobe*|dishdasha*|jellaba*|tenue traditionnelle|habit traditionnel',
    it: 'tunica araba|tunica tradizionale|tunica lunga|dishdasha*|thobe*|jalabiya*|gellaba*|abito tradizionale',
    de: 'thobe*|dishdasha*|kandura*|dschellaba*|djellaba*|kaftan*|arabisches gewand|traditionelles gewand|langes gewand',
    ca: 'gelaba*|xilaba*|dishdasha*|thobe*|tunica arab|tunica tradicional|roba tradicional',
    pt: 'tunica arabe|tunica tradicional|tunica longa|dishdasha*|thobe*|jalabiya*|djellaba*|roupa tradicional',
    ar: 'ثوب|الثوب|بالثوب|ثوبي|دشداشه|الدشداشه|بالدشداشه|دشداشتي|دشاديش|كندوره|الكندوره|بالكندوره|جلابيه|الجلابيه|بالجلابيه|جلابه|جلابتي|dishdasha|dshdasha|kandoura|thobe|thoub|jalabiya|jlaba|=djellaba',
  },
  /** The headdress worn with it: a ghutra, a shemagh, an agal, a keffiyeh (a woman's headscarf is the headscarf concept). */
  headdress: {
    en: 'ghutra*|gutra*|shemagh*|shmagh*|keffiyeh*|kufiya*|agal|head dress|headdress',
    es: 'kufiya*|keffiyeh*|panuelo palestino|shemagh*|ghutra*',
    fr: 'keffieh*|keffiyeh*|chech|shemagh*|ghutra*',
    it: 'kefiah|kefia|keffiyeh*|shemagh*|ghutra*',
    de: 'palituch|palastinensertuch|kufiya*|keffiyeh*|shemagh*|ghutra*',
    ca: 'kufiya*|keffiyeh*|mocador palesti|shemagh*|ghutra*',
    pt: 'kufiya*|keffiyeh*|lenco palestino|shemagh*|ghutra*',
    ar: 'غتره|الغتره|بالغتره|غترتي|شماغ|الشماغ|بالشماغ|شماغي|عقال|العقال|بالعقال|حطه وعقال|ghutra|shmagh|shmakh|=3gal|=3igal',
  },
} satisfies PhraseTable<string>;
