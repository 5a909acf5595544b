/**
 * Concepts of medical laboratories: the tests their customers ask for in
 * their own words and abbreviations ("hba1c", "tsh", "bilan lipidique",
 * "glycémie à jeun", "تحليل السكر", "ta7lil sokar") against what the lab
 * wrote in another language. See phrases.ts for the syntax. A blood or urine
 * test as such is the animals table's (bloodTest: "blood test", "prise de
 * sang", "تحليل"), fasting the practice table's (fasting), the thyroid and
 * hormones in general the practice table's (hormones), results the care
 * table's (results) and a blood test at home the visit table's (homeVisit);
 * so the concepts here are the tests themselves.
 *
 * Every message is also read in English, and a salon's, a gym's, a
 * tattooist's or a dentist's customers name their own conditions too ("I'm
 * diabetic", "I have a thyroid problem", "high cholesterol"); every concept
 * here is an offering (concepts.ts, OFFERING_CONCEPTS), so a condition's
 * name alone is left out and a test is read only in a test's words, a lab's
 * abbreviation or beside "test", "analyse", "تحليل".
 * Left out on their own:
 * - "sugar", "sucre", "azúcar", "Zucker", "السكر" and Arabizi "sokar" (a
 *   sugaring wax, a coffee's sugar; Darija "sokar" is also diabetes),
 *   "diabetes", "diabète", "السكري" (the customer's condition);
 * - "thyroid", "thyroïde", "tiroides", "Schilddrüse", "الغدة الدرقية" (the
 *   customer's condition: the practice table's hormones), "t3" and "t4" (a
 *   flat of three or four rooms in Spain and Portugal);
 * - "cholesterol", "cholestérol", "colesterol", "الكوليسترول" (the customer's
 *   condition, told to a gym or a dietitian) but beside a test's word;
 * - "gtt" (Italian drops, on a pharmacy's label).
 */
import type { PhraseTable } from './phrases.js';

export const LAB_CONCEPTS = {
  /** Glycated haemoglobin: the three-month sugar average. */
  hba1c: {
    en: 'hba1c|hb a1c|a1c|glycated haemoglobin|glycated hemoglobin|glycosylated haemoglobin|glycosylated hemoglobin|haemoglobin a1c|hemoglobin a1c|sugar average test|average sugar test|average blood sugar|3 month sugar test|three month sugar test',
    es: 'hba1c|hb a1c|hemoglobina glicada|hemoglobina glucosilada|hemoglobina glicosilada|glicada',
    fr: 'hba1c|hb a1c|hemoglobine glyquee|hemoglobine glycquee|hemoglobine glycosylee|glycohemoglobine|hemoglobine glycee',
    it: 'hba1c|hb a1c|emoglobina glicata|emoglobina glicosilata|glicata',
    de: 'hba1c|hb a1c|langzeitzucker|langzeitzuckerwert|langzeitblutzucker|glykiertes hamoglobin|glykohamoglobin|zuckerlangzeitwert',
    ca: 'hba1c|hb a1c|hemoglobina glicada|hemoglobina glicosilada|glicada',
    pt: 'hba1c|hb a1c|hemoglobina glicada|hemoglobina glicosilada|hemoglobina glucosilada|glicada',
    ar: 'السكر التراكمي|سكر تراكمي|السكري التراكمي|تحليل التراكمي|فحص التراكمي|الهيموجلوبين السكري|الهيموغلوبين السكري|الهيموجلوبين الغليكوزيلاتي|الهيموغلوبين الغليكوزيلاتي|الهيموجلوبين التراكمي|hba1c|hb a1c|hemoglobine glyquee|sokar tarakomi|sokkar tarakomi|sukar tarakumi|essokar etarakomi',
  },
  /** Blood sugar as measured: fasting glucose, a glucose tolerance test (HGPO, OGTT). */
  glucose: {
    en: 'blood glucose|blood sugar test*|fasting glucose|fasting blood sugar|fasting sugar|glucose test*|glucose tolerance|ogtt|glycemia|glycaemia|sugar test|check my sugar|check my blood sugar',
    es: 'glucemia|glicemia|glucosa en sangre|glucosa en ayunas|azucar en sangre|azucar en ayunas|prueba de glucosa|prueba de la glucosa|curva de glucosa|curva de azucar|sobrecarga oral de glucosa|analisis de azucar|analisis de glucosa|prueba del azucar',
    fr: 'glycemie|glycemies|taux de sucre|taux de glucose|test de glucose|hgpo|test de tolerance au glucose|hyperglycemie provoquee|charge en glucose|analyse du sucre|analyse de sucre|dosage du sucre|sucre dans le sang|analyse de glycemie|dextro',
    it: 'glicemia|glicemia a digiuno|curva glicemica|curva da carico|carico orale di glucosio|zucchero nel sangue|test del glucosio|esame del glucosio|esame della glicemia|glucosio nel sangue',
    de: 'blutzucker|blutzuckerwert|blutzuckerwerte|blutzuckertest|nuchternblutzucker|nuchternzucker|nuchternglukose|glukosetoleranztest|zuckerbelastungstest|zuckertest|glukosetest|ogtt|blutzuckermessung|zucker messen|blutzucker messen',
    ca: 'glucemia|glicemia|glucosa en sang|sucre en sang|nivell de sucre|prova de glucosa|corba de glucosa|analisi de sucre|analisi de glucosa',
    pt: 'glicemia|glicemia em jejum|glicose|glucose|acucar no sangue|nivel de acucar|prova de tolerancia a glicose|curva glicemica|teste de glicose|prova da glicose|analise ao acucar|exame de glicose|teste do acucar',
    ar: 'السكر في الدم|السكر فالدم|سكر الدم|نسبه السكر|مستوي السكر|تحليل السكر|تحاليل السكر|فحص السكر|قياس السكر|تحليل السكري|تحليل سكر|السكر صايم|السكر على الريق|تحليل الجلوكوز|الجلوكوز|الغلوكوز|تحليل الغلوكوز|glycemie|glycemia|hgpo|ta7lil sokar|ta7lil sukar|ta7lil sokkar|t7lil sokar|tahlil sokar|tahlil sukkar|ta7lil essokar|analyse sokar|analyse sukar|sokar sayem|sokar fi dem|sokar f dem|sokar fe ddam',
  },
  /** The thyroid as tested: TSH, free T4 and T3, a thyroid panel. Not the thyroid alone (hormones). */
  thyroid: {
    en: 'tsh|ft4|ft3|free t4|free t3|t3 t4|thyroid test*|thyroid panel|thyroid function|thyroid blood test|thyroid check|thyroid level*|thyroid profile|thyroid hormone test*|check my thyroid|test my thyroid',
    es: 'tsh|t4 libre|t3 libre|perfil tiroideo|perfil de tiroides|prueba de tiroides|pruebas de tiroides|analisis de tiroides|analitica de tiroides|analisis de la tiroides|hormonas tiroideas|funcion tiroidea',
    fr: 'tsh|tshus|tsh us|ft4|ft3|t4 libre|t3 libre|bilan thyroidien|bilan de la thyroide|bilan thyroide|analyse thyroide|analyse de la thyroide|analyses de la thyroide|dosage tsh|hormones thyroidiennes|fonction thyroidienne',
    it: 'tsh|ft4|ft3|t4 libero|t3 libero|esami della tiroide|esame della tiroide|esami tiroidei|analisi della tiroide|analisi tiroide|profilo tiroideo|funzionalita tiroidea|ormoni tiroidei',
    de: 'tsh|ft4|ft3|freies t4|freies t3|schilddrusenwerte|schilddrusenwert|schilddrusenhormone|schilddrusenuntersuchung|schilddrusentest|schilddrusenprofil|schilddrusenfunktion|schilddruse testen|schilddruse untersuchen',
    ca: 'tsh|t4 lliure|t3 lliure|perfil tiroidal|analitica de tiroides|analisi de tiroides|analisi de la tiroide|prova de tiroides|hormones tiroidals|hormones tiroidees|funcio tiroidal|funcio tiroidea',
    pt: 'tsh|t4 livre|t3 livre|exame da tiroide|exames da tiroide|exame da tireoide|exames da tireoide|exame de tireoide|analises da tiroide|analise da tiroide|analises a tiroide|perfil tiroideu|funcao tiroideia|funcao tireoidiana|hormonas tiroideias|hormonios tireoidianos|hormonios da tireoide',
    ar: 'تحليل الغده الدرقيه|تحاليل الغده الدرقيه|فحص الغده الدرقيه|فحص الغده|تحليل الغده|تحاليل الغده|هرمونات الغده|هرمون الغده|تحليل الدرقيه|فحص الدرقيه|تحليل الثيرويد|هرمون tsh|تحليل tsh|bilan thyroidien|bilan thyroide|ta7lil thyroide|ta7lil la thyroide|analyse thyroide|ta7lil ghodda|ta7lil el ghodda|tahlil ghudda|fa7s ghodda',
  },
  /** The lipids as tested: a lipid panel, cholesterol (HDL, LDL), triglycerides. */
  cholesterol: {
    en: 'lipid panel|lipid profile|lipids test|lipid test|cholesterol test*|cholesterol check|cholesterol blood test|check my cholesterol|test my cholesterol|triglyceride*|ldl|hdl',
    es: 'perfil lipidico|analisis de colesterol|analitica de colesterol|prueba de colesterol|prueba del colesterol|trigliceridos|ldl|hdl',
    fr: 'bilan lipidique|exploration lipidique|analyse du cholesterol|analyse cholesterol|dosage du cholesterol|bilan cholesterol|bilan du cholesterol|test du cholesterol|triglyceride*|ldl|hdl',
    it: 'profilo lipidico|assetto lipidico|quadro lipidico|esame del colesterolo|esami del colesterolo|analisi del colesterolo|valori del colesterolo|trigliceridi|ldl|hdl',
    de: 'lipidprofil|fettwerte|blutfettwerte|blutfette|cholesterinwert|cholesterinwerte|cholesterintest|cholesterinspiegel|cholesterin messen|cholesterin testen|triglyzeride|triglyceride|ldl|hdl',
    ca: 'perfil lipidic|analisi de colesterol|analitica de colesterol|prova de colesterol|triglicerids|ldl|hdl',
    pt: 'perfil lipidico|analise ao colesterol|analises ao colesterol|exame de colesterol|exame do colesterol|teste de colesterol|trigliceridos|triglicerideos|ldl|hdl',
    ar: 'تحليل الكوليسترول|تحليل الكولسترول|تحليل الكلسترول|فحص الكوليسترول|فحص الكولسترول|نسبه الكوليسترول|نسبه الكولسترول|مستوي الكوليسترول|الدهون الثلاثيه|الدهنيات الثلاثيه|تحليل الدهون|الدهون في الدم|دهون الدم|bilan lipidique|ta7lil cholesterol|ta7lil kolestrol|tahlil kolestrol|analyse cholesterol|triglycerides|trigly',
  },
} satisfies PhraseTable<string>;
