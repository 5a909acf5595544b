/**
 * Concepts of a patient's health before a visit: the heart's tests (an ECG, a stress test), a fever (a test or a treatment is put off for one) and stopping a
 * medicine (antihistamines before allergy tests, a blood thinner before a procedure), in the customer's own words
 * ("38.5 de fièvre", "عنده حمى", "fih skhana", "lazem n7bsou?", "must I stop taking it?") against what the owner
 * wrote in another language. See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - en, fr: "temperature" (the water's, the room's); fr: "bouton de fièvre" (a cold sore: the skin table's);
 * - fr: "arrêter" and "arrêt" alone (a bus stop, a sick note, stopping smoking): only with what is stopped;
 * - en: "stop" alone (a bus stop, "stop by");
 * - ar: "نوقف", "نحبس" and "قطع" alone (parking, standing, cutting): only with the medicine or "before".
 */
import type { PhraseTable } from './phrases.js';

export const MEDICINE_CONCEPTS = {
  /** A tracing of the heart (an ECG, an EKG): "EKG" in German and American English, "ECG" elsewhere, "تخطيط القلب". */
  ecg: {
    en: 'ecg|ekg|electrocardiogram|heart tracing',
    es: 'electrocardiograma|un electro|el electro|=ecg',
    fr: '=ecg|electrocardiogramme',
    it: 'elettrocardiogramma|un elettro|=ecg',
    de: '=ekg|=ecg|elektrokardiogramm|herzstromkurve',
    ca: 'electrocardiograma|un electro|=ecg',
    pt: 'eletrocardiograma|electrocardiograma|um eletro|=ecg',
    ar: 'تخطيط القلب|تخطيط قلب|رسم القلب|رسم قلب|=ecg|electrocardiogramme',
  },
  /** A stress test: the heart watched during effort on a bike or a treadmill. */
  stressTest: {
    en: 'stress test|exercise test|exercise ecg|treadmill test',
    es: 'prueba de esfuerzo|ergometria',
    fr: 'epreuve d effort|test d effort|epreuve effort|test effort|epreuve a l effort|test a l effort|epreuve a effort',
    it: 'prova da sforzo|test da sforzo|prova di sforzo|ecg da sforzo|ergometria',
    de: 'belastungs ekg|belastungsekg|ergometrie|belastungstest|fahrradergometrie',
    ca: 'prova d esforc|prova esforc|ergometria',
    pt: 'prova de esforco|teste de esforco|teste ergometrico|ergometria',
    ar: 'اختبار الجهد|اختبار جهد|تخطيط القلب بالجهد|تخطيط بالجهد|test d effort|epreuve d effort',
  },
  /** A fever: being ill with a temperature, as a reason to put a visit off (not the flu: a flu test or a flu jab is no fever). */
  fever: {
    en: 'fever|feverish|a temp|running a temp|high temperature|has a temperature',
    es: 'fiebre|febril|con fiebre|tiene fiebre|calentura',
    fr: 'de la fievre|a de la fievre|fievre|fievreux|fievreuse',
    it: 'febbre|la febbre|febbricola|ha la febbre',
    de: 'fieber|hat fieber|fiebrig',
    ca: 'febre|te febre',
    pt: 'febre|com febre|tem febre',
    ar: 'حمى|حمي|الحمي|عنده حمي|عندها حمي|سخانه|السخانه|فيه السخانه|skhana|s5ana|sekhana|7ma|7omma|fievre|الحراره مرتفعه|حرارته مرتفعه|طلعت معها حراره|طلعت معه حراره|طلعت معو حراره|طلعت له حراره|طلعت لها حراره|عنده حراره|عندها حراره|عندو حراره|عندا حراره|معها حراره|معه حراره|فيها حراره|فيه حراره|3ndha s5ana|3ndo s5ouna|3anda 7arara|3ando 7arara|ma3ha 7arara',
  },
  /** Stopping a medicine for a while: before a test, a procedure or a treatment. */
  stopMedication: {
    en: 'stop taking|stop my|stop the tablets|stop the pills|stop them before|stop it before|come off|pause my medication|discontinue',
    es: 'dejar de tomar|dejo de tomar|dejar el tratamiento|suspender|suspendo|suspenderlo|suspenderla|parar el tratamiento|dejar las pastillas',
    fr: 'arreter les|arreter mes|arreter mon|arreter ma|arreter le traitement|arretez les|arreter de prendre|dois je arreter|je dois arreter|faut il arreter|il faut arreter|interrompre le traitement|suspendre le traitement|stopper le traitement',
    it: 'sospendere|sospenderlo|sospenderla|sospendo|smettere di prendere|smetto di prendere|smettere il|smettere la|smettere i|smettere le|interrompere',
    de: 'absetzen|abgesetzt|pausieren|weglassen|nicht mehr nehmen|aufhoren zu nehmen',
    ca: 'deixar de prendre|deixo de prendre|suspendre|suspendre-ho|parar el tractament',
    pt: 'parar de tomar|paro de tomar|deixar de tomar|suspender|suspendo|interromper',
    ar: 'نوقف الدواء|نوقفو الدواء|نحبس الدواء|نحبسو الدواء|نوقف الدوا|نحبس الدوا|نقطع الدواء|ايقاف الدواء|توقف الدواء|اوقف الدواء|وقف الدواء|نوقفه قبل|نحبسه قبل|nwa9ef dwa|nwa9ef ddwa|nwa9fou|nwa9fouh|n7bes dwa|n7bes ddwa|n7bsou|n7bsouh|n7bsah|nhabsou|n9te3 dwa|arreter les',
  },
  /**
   * Iron taken as a medicine (tablets, drops, a supplement), stopped before a colonoscopy and asked about for an
   * anaemia. The metal's word alone in every language but French, where "fer" alone is also a railway's or a
   * flat iron's: only with what holds it there.
   */
  iron: {
    en: 'iron|iron pills|iron tablets|iron supplement|iron supplements|ferrous sulfate|ferrous sulphate',
    es: 'hierro|pastillas de hierro|suplemento de hierro|sulfato ferroso',
    fr: 'comprimes de fer|cachets de fer|gelules de fer|supplement de fer|complement de fer|du fer|le fer|mon fer|sulfate ferreux|tardyferon',
    it: 'ferro|integratore di ferro|pastiglie di ferro|compresse di ferro|ferrograd|solfato ferroso',
    de: 'eisen|eisentabletten|eisentablette|eisenpraparat|eisenpraeparat|eisenpraparate',
    ca: 'ferro|pastilles de ferro|suplement de ferro|sulfat ferros',
    pt: 'ferro|comprimidos de ferro|suplemento de ferro|sulfato ferroso',
    ar: 'حديد|الحديد|حبوب الحديد|حبوب حديد|دواء الحديد|fer|7did|hdid',
  },
} satisfies PhraseTable<string>;
