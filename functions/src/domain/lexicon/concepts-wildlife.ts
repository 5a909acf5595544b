/**
 * Concepts of what an outing lets people see: birds (storks nesting on pylons, flamingos, vultures, herons) and
 * birdwatching, asked of a flight, a boat trip, a walk. Each in every language, with the forms people type. See
 * phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - en "eagle" (a golf score), es "flamenco" (the dance), es "Águila" (a beer): birds only by their other names;
 * - a pet bird ("my parrot", "mi periquito") is a patient of a vet's, not a sight on an outing; so are birds in
 *   general ("do you treat birds?", ar "الطيور"): only birds seen or watched.
 */
import type { PhraseTable } from './phrases.js';

export const WILDLIFE_CONCEPTS = {
  /** Wild birds seen on an outing, and watching them: storks, flamingos, vultures, herons, birdwatching. */
  birdlife: {
    en: 'stork|storks|birdwatching|bird watching|birdwatcher*|birder|birders|birding|flamingo|flamingos|flamingoes|vulture|vultures|heron|herons|see birds|spot birds|birdlife|bird life',
    es: 'ciguena|ciguenas|avistamiento de aves|observacion de aves|pajareo|pajarear|buitre|buitres|garza|garzas|ver aves|ver pajaros|flamencos rosas',
    fr: 'cigogne|cigognes|ornithologie|ornitho|observation des oiseaux|flamant|flamants|vautour|vautours|heron|herons|voir des oiseaux',
    it: 'cicogna|cicogne|birdwatching|fenicottero|fenicotteri|avvoltoio|avvoltoi|airone|aironi|vedere uccelli|vedere gli uccelli|osservare gli uccelli',
    de: 'storch|storche|vogelbeobachtung|vogel beobachten|vogelkunde|flamingo|flamingos|geier|reiher|vogel sehen',
    ca: 'cigonya|cigonyes|observacio d ocells|veure ocells|flamencs|voltor|voltors|agro|agrons',
    pt: 'cegonha|cegonhas|observacao de aves|observar aves|birdwatching|flamingo|flamingos|abutre|abutres|garca|garcas|ver aves|ver passaros',
    ar: 'لقلق|اللقلق|لقالق|اللقالق|مراقبه الطيور|مراقبة الطيور|نشوف طيور|نشوف الطيور|نسور|فلامنغو|فلامينجو|cigogne|stork',
  },
} satisfies PhraseTable<string>;
