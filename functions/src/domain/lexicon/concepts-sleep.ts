/**
 * A sleep clinic's words, so that a customer's question meets an owner's
 * answer written in another language: the sleep test and a night spent at
 * the clinic for it, the CPAP machine (PPC in French), the sensors and wires
 * glued on for the night, the technician who puts them on, the noise a
 * machine makes, giving back what the clinic lent, a monthly rate. See
 * phrases.ts for the syntax.
 *
 * Left out on their own, since they change meaning: French "fils" (wires or
 * sons: only "ces fils", "tous ces fils"), English "wire" (a bank transfer),
 * Spanish and Italian "técnica" (a technique: only said of a woman),
 * German "laut" (also "according to"), "morgen"/"mañana" (the morning or
 * tomorrow).
 */
import type { PhraseTable } from './phrases.js';

export const SLEEP_CONCEPTS = {
  /** A sleep study: a night recorded at the clinic (polysomnography) or a home apnoea test (polygraphy). */
  sleepTest: {
    en: 'sleep study|sleep studies|sleep test|sleep tests|overnight study|overnight test|night test|polysomnograph*|polygraphy|sleep lab|sleep laboratory|home sleep test|home apnea test|home apnoea test|apnea test|apnoea test|sleep recording',
    fr: "polysomnograph*|polygraphie*|enregistrement du sommeil|examen du sommeil|test du sommeil|etude du sommeil|bilan du sommeil|nuit au laboratoire|nuit au labo|nuit d'examen|nuit d examen|laboratoire du sommeil|labo du sommeil|test d'apnee|test d apnee",
    es: 'estudio del sueno|estudio de sueno|prueba del sueno|prueba de sueno|examen del sueno|polisomnograf*|poligrafia*|laboratorio del sueno|unidad del sueno|prueba de apnea|estudio de apnea',
    it: "esame del sonno|studio del sonno|test del sonno|polisonnograf*|poligrafia*|laboratorio del sonno|monitoraggio del sonno|test per le apnee|esame per l'apnea|esame per l apnea",
    de: 'schlaflabor*|schlafuntersuchung|schlafstudie|schlaftest|polysomnograph*|polygraphie|schlafapnoe test|apnoe test',
    ca: 'estudi del son|prova del son|polisomnograf*|poligrafia*|laboratori del son',
    pt: 'estudo do sono|exame do sono|teste do sono|polissonograf*|poligrafia*|laboratorio do sono',
    ar: 'تخطيط النوم|فحص النوم|اختبار النوم|دراسه النوم|الفحص ديال النوم|فحص ديال النوم|مختبر النوم|ليله المختبر|polysomnographie|polygraphie',
  },
  /** Spending the night at the clinic (or with a child there): one night, the whole night. */
  nightStay: {
    en: 'overnight|stay the night|spend the night|stay overnight|all night|whole night|the whole night|one night|a night at|a night in|the night at|the night in|tomorrow night|for the night',
    fr: 'toute la nuit|passer la nuit|rester la nuit|dormir sur place|une nuit|la nuit au|la nuit entiere|nuit complete|pour la nuit',
    es: 'toda la noche|pasar la noche|quedarse la noche|quedarme la noche|una noche|la noche entera|noche completa|para la noche',
    it: 'tutta la notte|passare la notte|restare la notte|rimanere la notte|una notte|la notte intera|notte intera|per la notte',
    de: 'die ganze nacht|ubernachten|ubernachtung|eine nacht|uber nacht|zur nacht|fur die nacht|nacht im',
    ca: 'tota la nit|passar la nit|quedar me la nit|una nit|per la nit',
    pt: 'a noite toda|toda a noite|passar a noite|ficar a noite|uma noite|pernoitar|pernoite|para a noite',
    ar: 'الليله كامله|الليل كامل|نبات مع|يبات مع|تبات مع|كيبات|المبيت|ليله فالمختبر|lila kamla|nbat m3a|ybat m3a|kaybat',
  },
  /** The CPAP (PPC in French): the machine for sleep apnoea, rented or bought. */
  cpap: {
    en: 'cpap|cpaps|apap|auto cpap|bipap|cpap machine|breathing machine|apnea machine|apnoea machine|sleep apnea machine|sleep apnoea machine',
    fr: "ppc|auto ppc|pression positive continue|appareil ppc|machine ppc|cpap|appareil d'apnee|appareil d apnee|machine d'apnee|machine d apnee",
    es: 'cpap|maquina de apnea|maquina cpap|aparato cpap|maquina de cpap|aparato de cpap|maquina para la apnea',
    it: "cpap|macchina per l'apnea|macchina per l apnea|macchina per le apnee|apparecchio per l'apnea|apparecchio per l apnea|ventilatore notturno",
    de: 'cpap|cpap gerat|cpap maske|beatmungsgerat|atemtherapiegerat|schlafapnoe gerat|apnoe gerat|atemgerat',
    ca: "cpap|maquina d'apnea|maquina d apnea",
    pt: 'cpap|maquina de apneia|aparelho de apneia|aparelho cpap|maquina cpap|aparelho de cpap',
    ar: 'cpap|ppc|جهاز التنفس|جهاز انقطاع النفس|جهاز cpap|الجهاز ديال التنفس',
  },
  /** The sensors, electrodes and wires put on for a sleep test. */
  sensors: {
    en: '=wires|=wired up|all the =wires|sensors|sensor|electrodes|electrode',
    fr: 'capteurs|capteur|electrodes|electrode|tous ces fils|ces fils|les fils colles|fils colles|fils sur la tete',
    es: 'cables|sensores|sensor|electrodos|electrodo',
    it: 'sensori|sensore|elettrodi|elettrodo|fili|cavi|cavetti',
    de: 'sensoren|sensor|elektroden|elektrode|kabel|kabeln|verkabelt|verkabelung',
    ca: 'sensors|sensor|electrodes|elèctrodes|cables',
    pt: 'sensores|sensor|eletrodos|elétrodos|eletrodo|fios|cabos',
    ar: 'الخيوط|خيوط|الاسلاك|اسلاك|الكابلات|السلوك|capteurs|الكابتورات|اللصقات|electrodes',
  },
  /** The technician who does the night (a woman technician asked for). */
  technician: {
    en: 'technician|technicians|sleep tech|night tech|sleep technologist',
    fr: 'technicien|technicienne|techniciens|techniciennes',
    es: '=tecnico|=tecnicos|tecnica mujer|una tecnica mujer|tecnicas mujeres|tecnica femenina',
    it: '=tecnico|=tecnici|tecnica donna|una tecnica donna|tecniche donne|tecnica femmina',
    de: 'techniker|technikerin|technikerinnen',
    ca: '=tecnic|=tecnics|tecnica dona',
    pt: '=tecnico|=tecnicos|tecnica mulher|uma tecnica mulher',
    ar: 'تقني|التقني|التقنيه ديالكم|تقنيه مرا|التقنيين|technicien|technicienne',
  },
  /** How much noise a machine makes, or how quiet it is. */
  noise: {
    en: 'noise|noisy|noises|loud|how loud|too loud|very loud|silent|whistles|whistling',
    fr: 'bruit|bruits|bruyant|bruyante|bruyants|silencieux|silencieuse|silencieuses|siffle|sifflement',
    es: 'ruido|ruidos|ruidoso|ruidosa|hace ruido|silencioso|silenciosa',
    it: 'rumore|rumori|rumoroso|rumorosa|fa rumore|silenzioso|silenziosa',
    de: 'larm|gerausch|gerausche|sehr laut|zu laut|wie laut|ist laut|leise|krach',
    ca: 'soroll|sorolls|sorollos|sorollosa|fa soroll|silencios|silenciosa',
    pt: 'barulho|barulhos|barulhento|barulhenta|faz barulho|silencioso|silenciosa',
    ar: 'ضجيج|الضجيج|ضوضاء|الضوضاء|كيدير الصوت|كيدير الحس|صوت عالي|بيعمل صوت',
  },
  /** Giving back what the clinic lent (a home test device, a watch): when, where, by what time. */
  giveBack: {
    en: 'return it|return the device|return the machine|give it back|bring it back|drop it back|hand it back',
    fr: "rendre l'appareil|rendre l appareil|rendre la montre|rendre le materiel|le rendre|la rendre|rapporter l'appareil|rapporter l appareil|ramener l'appareil|ramener l appareil|restituer",
    es: 'devolverlo|devolverla|devolver el aparato|devolver el equipo|devolver la maquina|traerlo de vuelta',
    it: "restituirlo|restituirla|riportarlo|riportarla|riconsegnarlo|riconsegnarla|restituire l'apparecchio|restituire l apparecchio|riportare l'apparecchio|riportare l apparecchio",
    de: 'zuruckgeben|zuruckbringen|wieder abgeben|gerat abgeben',
    ca: "tornar l'aparell|tornar l aparell|retornar lo|retornar la",
    pt: 'devolve lo|devolve la|devolver o aparelho|devolver o equipamento|entregar de volta',
    ar: 'نرجعو|نرجعها|نرد الجهاز|نرجع الجهاز|نرجع الاجهزه|ارجاع الجهاز|nrj3o|nrj3ha',
  },
  /** A rate per month (a machine rented monthly). */
  monthly: {
    en: 'per month|monthly|each month|every month|by the month',
    fr: 'par mois|au mois|mensuel|mensuelle|chaque mois',
    es: 'al mes|por mes|mensual|cada mes',
    it: 'al mese|mensile|ogni mese',
    de: 'pro monat|im monat|monatlich|jeden monat|monatsmiete',
    ca: 'al mes|per mes|mensual|cada mes',
    pt: 'por mes|ao mes|mensal|cada mes|mensalidade',
    ar: 'فالشهر|في الشهر|بالشهر|شهريا|كل شهر|f chhar|bchhar|b chhar|kol chhar',
  },
} satisfies PhraseTable<string>;
