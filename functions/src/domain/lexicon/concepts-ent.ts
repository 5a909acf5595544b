/**
 * Concepts of an ear, nose and throat practice that patients name in their own words, while the practice wrote
 * them in another language: cotton buds pushed into the ear ("q-tips", "cotons-tiges", "Wattestäbchen", "أعواد
 * القطن"); a nasal spray (a decongestant one by its brand too: "otrivin"); being hooked on something (a spray,
 * a medicine: "addictive", "accro", "يسبب الإدمان"); the adenoids ("végétations", "Polypen", "لحمية"). See
 * phrases.ts for the syntax.
 *
 * Left out on their own: "cotton", "coton", "algodón", "قطن" (a fabric, a pad), "spray" (a hair spray, a tan),
 * "dependencia" and "dependência" (a room of a building), Arabic "لحم" (meat: the adenoids are written
 * exact, "=لحميه"), German "Polypen" alone is kept (a child's adenoids in everyday German, the nose's polyps
 * otherwise: both an ENT's).
 */
import type { PhraseTable } from './phrases.js';

export const ENT_CONCEPTS = {
  /** Cotton buds (swabs) used to clean the ears. */
  cottonBuds: {
    en: 'q tips|q tip|qtips|qtip|cotton buds|cotton bud|cotton swab|cotton swabs|ear buds to clean|cotton stick*',
    es: 'bastoncillos|bastoncillo|hisopos|hisopo|cotonetes|cotonete|palitos de algodon|copitos',
    fr: 'coton tige|cotons tiges|coton tiges|cotontige*|batonnets|batonnet ouate',
    it: 'cotton fioc|cottonfioc|bastoncini|bastoncino|cotton fiock',
    de: 'wattestabchen|wattestaebchen|ohrenstabchen|q tips',
    ca: 'bastonets|bastonet|bastonets de cotó|escuradents de cotó',
    pt: 'cotonetes|cotonete|hastes flexiveis|haste flexivel',
    ar: 'اعواد القطن|عود القطن|عيدان القطن|عودان القطن|اعواد قطن|كوتون تيج|cotton tige|coton tige|3idan l2otn|3oud 2otn|3weed 2otn',
  },
  /** A nasal spray, a decongestant one by its brand too. */
  nasalSpray: {
    en: 'nasal spray|nasal sprays|nose spray|nose sprays|decongestant spray|otrivin|otrivine|afrin|oxymetazoline|xylometazoline',
    es: 'spray nasal|sprays nasales|descongestionante nasal|espray nasal|gotas nasales|otrivin|afrin',
    fr: 'spray nasal|sprays nasaux|spray pour le nez|pulverisation nasale|decongestionnant nasal|otrivine|otrivin',
    it: 'spray nasale|spray per il naso|decongestionante nasale|gocce nasali|otrivin|rinazina',
    de: 'nasenspray|nasensprays|nasentropfen|abschwellendes nasenspray|otriven|otrivin',
    ca: 'esprai nasal|spray nasal|descongestionant nasal|gotes nasals|otrivin',
    pt: 'spray nasal|descongestionante nasal|gotas nasais|sorinan|otrivin|neosoro',
    ar: 'بخاخ الانف|بخاخ انف|بخاخ للانف|بخاخات الانف|بخاخ الانف المزيل|بخاخ مزيل للاحتقان|اوتريفين|otrivin|otrivine|bakhakh|b5a5',
  },
  /** Being hooked on something: whether a spray, a medicine or a habit is addictive. */
  addiction: {
    en: 'addictive|addicted|addiction|hooked on|dependent on|dependency|rebound congestion',
    es: 'adictivo|adictiva|adiccion|adicto|adicta|crea dependencia|enganchado|enganchada|engancha',
    fr: 'addictif|addictive|addiction|accro|accroc|dependant|dependante|rend dependant|accoutumance',
    it: 'dipendenza|crea dipendenza|dipendente da|assuefazione|assuefatto|assuefatta',
    de: '=suchtig|macht =suchtig|=abhangig|abhangigkeit|gewohnungseffekt|suchtgefahr',
    ca: 'addictiu|addictiva|addiccio|crea dependencia|enganxat|enganxada',
    pt: 'vicio|viciante|viciado|viciada|vicia|cria dependencia|dependente de',
    ar: 'ادمان|الادمان|يسبب الادمان|بيسبب ادمان|مدمن|مدمنه|بيعود عليه|متعلق فيه|متعلقه فيه|edman|idmen|mudmin|modmen',
  },
  /** The adenoids (a child's, behind the nose). */
  adenoids: {
    en: 'adenoid|adenoids|adenoidectomy',
    es: 'adenoides|adenoide|vegetaciones|vegetaciones adenoideas|adenoidectomia',
    fr: 'vegetations|vegetations adenoides|adenoide|adenoides|adenoidectomie',
    it: 'adenoidi|adenoide|vegetazioni adenoidee|adenoidectomia',
    de: 'polypen|adenoide|rachenmandel|rachenmandeln|adenotomie',
    ca: 'adenoides|adenoide|vegetacions|vegetacions adenoides',
    pt: 'adenoides|adenoide|vegetacoes adenoides|adenoidectomia|carne esponjosa',
    ar: '=لحميه|=اللحميه|=لحميات|=اللحميات|=للحميه|=بلحميه|=لحمية|adenoid|vegetations|la7miyye|la7miye|la7mieh|la7mia',
  },
  /** Snoring, a child's or a partner's. */
  snoring: {
    en: 'snore|snores|snoring|snored|snorer',
    es: 'ronca|roncan|roncar|ronquido|ronquidos|ronco|roncando',
    fr: 'ronfle|ronflent|ronfler|ronflement|ronflements|ronfleur|ronfleuse',
    it: 'russa|russano|russare|russamento|russamenti|russando',
    de: 'schnarcht|schnarchen|schnarche|schnarcher|geschnarcht',
    ca: 'ronca|ronquen|roncar|roncs|roncant',
    pt: 'ronca|roncam|roncar|ronco|roncos|roncando',
    ar: 'شخير|الشخير|يشخر|بيشخر|تشخر|بتشخر|عم يشخر|يشخر كثير|shakhir|sha5ir|byesh5ar|byeshkhar',
  },
  /** Breathing through the mouth, a mouth left open in sleep. */
  mouthBreathing: {
    en: 'mouth open|with an open mouth|mouth breathing|mouth breather|breathes through his mouth|breathes through her mouth|breathing through the mouth|breathes through the mouth|breathing through his mouth|breathing through her mouth',
    es: 'boca abierta|respira por la boca|respirar por la boca|respirando por la boca',
    fr: 'bouche ouverte|respire par la bouche|respirer par la bouche|respiration buccale',
    it: 'bocca aperta|respira con la bocca|respira dalla bocca|respirazione orale',
    de: 'offenem mund|offener mund|mund offen|mundatmung|atmet durch den mund',
    ca: 'boca oberta|respira per la boca|respirar per la boca',
    pt: 'boca aberta|respira pela boca|respirar pela boca|respirando pela boca',
    ar: 'يتنفس من فمه|تتنفس من فمها|يتنفس من تمه|بيتنفس من تمه|بتتنفس من تمها|فمه مفتوح|فمها مفتوح|تمه مفتوح|تمها مفتوح|من تمه|من تمها|yetnaffas men temmo|tummo maftou7',
  },
} satisfies PhraseTable<string>;
