/**
 * Concepts of medical laboratories: the tests their customers ask for in
 * their own words and abbreviations ("hba1c", "tsh", "nfs", "ecbu", "bhcg",
 * "bilan lipidique", "glycémie à jeun", "Blutbild", "تحليل السكر التراكمي",
 * "تحاليل الزواج", "ta7alil zwaj") against what the lab wrote in another
 * language. See phrases.ts for the syntax. A blood or urine test as such is
 * the animals table's (bloodTest: "blood test", "prise de sang", "تحليل"),
 * fasting the practice table's (fasting), the thyroid and hormones in
 * general the practice table's (hormones), a pregnancy the care table's
 * (pregnancy), an allergy test the care table's (allergy), results the care
 * table's (results) and a blood test at home the visit table's (homeVisit);
 * so the concepts here are the tests themselves.
 *
 * Offerings (concepts.ts, OFFERING_CONCEPTS): every concept here is a test
 * a lab does or does not do. Every message is also read in English, and a
 * salon's, a gym's, a tattooist's, a dentist's or a vet's customers name
 * their own conditions too ("I'm diabetic", "a thyroid problem", "high
 * cholesterol", "I'm HIV positive"); so a condition's name alone is left
 * out, and a test is read only in a test's words, a lab's abbreviation or
 * beside "test", "analyse", "تحليل".
 * Left out on their own:
 * - "sugar", "sucre", "azúcar", "Zucker", "السكر" and Arabizi "sokar" (a
 *   sugaring wax, a coffee's sugar; Darija "sokar" is also diabetes),
 *   "diabetes", "diabète", "السكري", and "blood sugar level" (the
 *   customer's condition);
 * - "thyroid", "thyroïde", "tiroides", "Schilddrüse", "الغدة الدرقية" (the
 *   customer's condition: the practice table's hormones), "t3" and "t4" (a
 *   flat of three or four rooms in Portugal and Spain);
 * - "cholesterol", "colesterol", "الكوليسترول" and their levels (the
 *   customer's condition, told to a gym or a dietitian), "iron deficiency",
 *   "carence en fer" and "fer" (an iron, to press clothes), "HIV",
 *   "liver", "kidneys", "الكبد", "الكلى" (the customer's);
 * - "sti" (Italian "questi"), "std" (German "Std.", hours), "ist" (German
 *   "is"), "its", "ets" and "mts" (English "its", Catalan metres), "aids
 *   test" (hearing aids), "urea" (a foot cream), "culture", "tampone" (any
 *   swab), "gtt" (Italian drops, on a pharmacy's label);
 * - German compounds in "-test" but as written ("=Schnelltest",
 *   "=Urintest"): the stemmer takes the "test" off and leaves "schnell",
 *   "Urin", "Zucker" alone;
 * - ar: "التراكمي" (a school's cumulative average), "الكلي" (total, for the
 *   kidneys), "فريتين" alone (its stem is "ريت", Darija "I saw"); Arabizi
 *   "nfs" (nafs, the same), "bol" and "boul" (their skeleton is "bla",
 *   without: "ta7lil bla rendez-vous"), "pcr" (Spanish "picar"), "glycemie"
 *   (glaucoma), "ferritine" (Italian and Portuguese "forte"), "kla" (kol,
 *   all): French loanwords of these are read by the French table.
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
    de: 'blutzucker|blutzuckerwert|blutzuckerwerte|=blutzuckertest|=blutzuckertests|nuchternblutzucker|nuchternzucker|nuchternglukose|glukosetoleranztest|zuckerbelastungstest|=zuckertest|=zuckertests|=glukosetest|=glukosetests|ogtt|blutzuckermessung|zucker messen|blutzucker messen',
    ca: 'glucemia|glicemia|glucosa en sang|sucre en sang|nivell de sucre|prova de glucosa|corba de glucosa|analisi de sucre|analisi de glucosa',
    pt: 'glicemia|glicemia em jejum|glicose|glucose|acucar no sangue|nivel de acucar|prova de tolerancia a glicose|curva glicemica|teste de glicose|prova da glicose|analise ao acucar|exame de glicose|teste do acucar',
    ar: 'السكر في الدم|السكر فالدم|سكر الدم|نسبه السكر|مستوي السكر|تحليل السكر|تحاليل السكر|فحص السكر|قياس السكر|تحليل السكري|تحليل سكر|السكر صايم|السكر على الريق|تحليل الجلوكوز|الجلوكوز|الغلوكوز|تحليل الغلوكوز|hgpo|ta7lil sokar|ta7lil sukar|ta7lil sokkar|t7lil sokar|tahlil sokar|tahlil sukkar|ta7lil essokar|analyse sokar|analyse sukar|sokar sayem|sokar fi dem|sokar f dem|sokar fe ddam',
  },
  /** The thyroid as tested: TSH, free T4 and T3, a thyroid panel. Not the thyroid alone (hormones). */
  thyroid: {
    en: 'tsh|ft4|ft3|free t4|free t3|t3 t4|thyroid test*|thyroid panel|thyroid function|thyroid blood test|thyroid check|thyroid level*|thyroid profile|thyroid hormone test*|check my thyroid|test my thyroid',
    es: 'tsh|t4 libre|t3 libre|perfil tiroideo|perfil de tiroides|prueba de tiroides|pruebas de tiroides|analisis de tiroides|analitica de tiroides|analisis de la tiroides|hormonas tiroideas|funcion tiroidea',
    fr: 'tsh|tshus|tsh us|ft4|ft3|t4 libre|t3 libre|bilan thyroidien|bilan de la thyroide|bilan thyroide|analyse thyroide|analyse de la thyroide|analyses de la thyroide|dosage tsh|hormones thyroidiennes|fonction thyroidienne',
    it: 'tsh|ft4|ft3|t4 libero|t3 libero|esami della tiroide|esame della tiroide|esami tiroidei|analisi della tiroide|analisi tiroide|profilo tiroideo|funzionalita tiroidea|ormoni tiroidei',
    de: 'tsh|ft4|ft3|freies t4|freies t3|schilddrusenwerte|schilddrusenwert|schilddrusenhormone|schilddrusenuntersuchung|=schilddrusentest|=schilddrusentests|schilddrusenprofil|schilddrusenfunktion|schilddruse testen|schilddruse untersuchen',
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
    de: 'lipidprofil|fettwerte|blutfettwerte|blutfette|cholesterinwert|cholesterinwerte|=cholesterintest|=cholesterintests|cholesterinspiegel|cholesterin messen|cholesterin testen|triglyzeride|triglyceride|ldl|hdl',
    ca: 'perfil lipidic|analisi de colesterol|analitica de colesterol|prova de colesterol|triglicerids|ldl|hdl',
    pt: 'perfil lipidico|analise ao colesterol|analises ao colesterol|exame de colesterol|exame do colesterol|teste de colesterol|trigliceridos|triglicerideos|ldl|hdl',
    ar: 'تحليل الكوليسترول|تحليل الكولسترول|تحليل الكلسترول|فحص الكوليسترول|فحص الكولسترول|نسبه الكوليسترول|نسبه الكولسترول|مستوي الكوليسترول|الدهون الثلاثيه|الدهنيات الثلاثيه|تحليل الدهون|الدهون في الدم|دهون الدم|bilan lipidique|ta7lil cholesterol|ta7lil kolestrol|tahlil kolestrol|analyse cholesterol|triglycerides|trigly',
  },
  /** A full blood count: CBC, FBC, NFS, a haemogram. */
  bloodCount: {
    en: 'cbc|fbc|full blood count|complete blood count|blood count|haemogram|hemogram|full blood picture|blood cell count',
    es: 'hemograma|hemograma completo|recuento sanguineo|formula sanguinea|biometria hematica|conteo sanguineo|recuento de globulos|formula leucocitaria',
    fr: 'nfs|fns|numeration formule sanguine|numeration sanguine|numeration globulaire|hemogramme|formule sanguine|formule numeration',
    it: 'emocromo|emocromo completo|esame emocromocitometrico|emocromocitometrico|formula leucocitaria',
    de: 'blutbild|grosses blutbild|kleines blutbild|differentialblutbild|hamogramm',
    ca: 'hemograma|hemograma complet|recompte sanguini|formula sanguinia|formula leucocitaria',
    pt: 'hemograma|hemograma completo|contagem sanguinea|formula sanguinea|contagem de globulos|leucograma',
    ar: 'تعداد الدم|تحليل الدم الكامل|صوره الدم|صوره دم|صوره دم كامله|تعداد الدم الكامل|فحص الدم الشامل|التعداد الدموي|تعداد كريات الدم|hemogramme|formule sanguine|ta7lil nfs|analyse nfs|bilan nfs|ta7lil fns|analyse fns',
  },
  /** Vitamin D (25-OH), as tested or as a supplement: the thing itself. */
  vitaminD: {
    en: 'vitamin =d|vitamin d3|vitamin =d test|vit =d|vit d3|25 oh vitamin =d|25 hydroxy vitamin =d|25 oh =d',
    es: 'vitamina =d|=vitamina =de|vitamina d3|vit =d|vit d3|25 oh vitamina =d',
    fr: 'vitamine =d|vitamine d3|vit =d|vit d3|25 oh vitamine =d|dosage vitamine =d',
    it: 'vitamina =d|vitamina d3|vit =d|vit d3|25 oh vitamina =d',
    de: 'vitamin =d|vitamin d3|vit =d|vit d3|vitamin d spiegel|vitamin d wert|25 oh vitamin =d',
    ca: 'vitamina =d|=vitamina =de|vitamina d3|vit =d|vit d3',
    pt: 'vitamina =d|vitamina d3|vit =d|vit d3|25 oh vitamina =d',
    ar: 'فيتامين د|فيتامين دي|الفيتامين د|فيتامين =d|فيتامين d3|تحليل فيتامين د|vitamine =d|vitamin =d|vitamine d3|vitamin d3|vit =d',
  },
  /** Iron stores as tested: ferritin, serum iron, transferrin. Not an iron deficiency alone (the customer's). */
  ferritin: {
    en: 'ferritin|serum iron|iron test*|iron studies|iron panel|iron profile|transferrin|iron blood test|test my iron|check my iron',
    es: 'ferritina|hierro serico|hierro en sangre|perfil de hierro|perfil ferrico|metabolismo del hierro|transferrina|analisis de hierro|sideremia',
    fr: 'ferritine|ferritinemie|fer serique|bilan martial|dosage du fer|dosage de la ferritine|transferrine|analyse du fer|coefficient de saturation|taux de ferritine',
    it: 'ferritina|sideremia|ferro sierico|assetto marziale|transferrina|esame del ferro|analisi del ferro|dosaggio del ferro',
    de: 'ferritin|ferritinwert|eisenwert|eisenwerte|serumeisen|eisenspeicher|transferrin|eisenstatus|eisen messen|eisen testen',
    ca: 'ferritina|ferro seric|ferro en sang|perfil ferric|transferrina|analisi del ferro|sideremia',
    pt: 'ferritina|ferro serico|cinetica do ferro|perfil de ferro|transferrina|doseamento de ferro|analise ao ferro|exame do ferro|sideremia',
    ar: 'تحليل الفيريتين|تحليل الفريتين|نسبه الفيريتين|نسبه الفريتين|تحليل الحديد|تحاليل الحديد|نسبه الحديد|مخزون الحديد|الحديد في الدم|فحص الحديد|fer serique|bilan martial|ta7lil l7did|ta7lil el 7did|ta7lil 7did|tahlil hadid|ta7lil fer|analyse fer',
  },
  /** A urine test: urinalysis, a urine culture (ECBU). */
  urineTest: {
    en: 'urine culture|urinalysis|urine analysis|urine test*|urine dipstick|mid stream urine|midstream urine|uti test|urine microscopy',
    es: 'urocultivo|analisis de orina|analitica de orina|sedimento de orina|sedimento urinario|cultivo de orina|examen de orina|prueba de orina|uroanalisis|tira de orina',
    fr: "ecbu|examen cytobacteriologique|cytobacteriologique|analyse d'urine|analyse des urines|analyses d'urine|uroculture|culture d'urine|culture urinaire|bandelette urinaire|examen d'urine|examen des urines",
    it: 'urinocoltura|urocoltura|esame delle urine|esame urine|analisi delle urine|analisi urine|sedimento urinario|esame colturale delle urine',
    de: 'urinkultur|urinuntersuchung|=urintest|=urintests|urinstatus|urinsediment|harnuntersuchung|urin untersuchen|urinanalyse|harnkultur',
    ca: "urocultiu|analisi d'orina|analitica d'orina|cultiu d'orina|sediment d'orina|prova d'orina",
    pt: 'urocultura|analise a urina|analises a urina|analise de urina|exame de urina|exame a urina|urina tipo ii|urina ii|sedimento urinario|teste de urina',
    ar: 'تحليل البول|تحاليل البول|فحص البول|زرع البول|مزرعه البول|مزرعه بول|تحليل بول|=ecbu|ta7lil lbol|ta7lil lboul|t7lil lbol|tahlil lbawl|analyse urine|analyse des urines',
  },
  /** A pregnancy test, in the blood (beta hCG) or a urine one. */
  pregnancyTest: {
    en: 'pregnancy test*|pregnancy blood test|blood pregnancy test|beta hcg|betahcg|bhcg|b hcg|hcg test|hcg blood test|quantitative hcg|hcg level*',
    es: 'prueba de embarazo|test de embarazo|beta hcg|betahcg|bhcg|b hcg|prueba de embarazo en sangre|analisis de embarazo',
    fr: 'test de grossesse|test grossesse|dosage beta hcg|beta hcg|betahcg|bhcg|b hcg|dosage hcg|dosage des bhcg|prise de sang grossesse|analyse de grossesse|test de grossesse sanguin',
    it: 'test di gravidanza|beta hcg|betahcg|bhcg|b hcg|dosaggio beta|test gravidanza|esame di gravidanza',
    de: '=schwangerschaftstest|=schwangerschaftstests|schwangerschaftsbluttest|beta hcg|betahcg|bhcg|b hcg|hcg test|hcg wert|hcg bluttest',
    ca: "prova d'embaras|test d'embaras|beta hcg|betahcg|bhcg|b hcg|prova de l'embaras",
    pt: 'teste de gravidez|beta hcg|betahcg|bhcg|b hcg|teste de gravidez ao sangue|analise de gravidez|exame de gravidez',
    ar: 'تحليل الحمل|تحاليل الحمل|اختبار الحمل|تحليل حمل|فحص الحمل|تحليل الحمل في الدم|تيست الحمل|تست الحمل|test de grossesse|test grossesse|beta hcg|bhcg|ta7lil l7aml|ta7lil el 7aml|ta7lil 7aml|tahlil haml|ta7lil hml|test 7aml',
  },
  /** The premarital check-up and its certificate, required before a wedding in the Maghreb and the Gulf. */
  premarital: {
    en: 'premarital|pre marital|pre marriage test*|pre marriage screening|pre marriage check*|pre wedding blood test*|blood test for marriage|blood tests for marriage|blood test before marriage|tests before marriage|marriage blood test*',
    es: 'prenupcial|analisis prenupcial|analisis prematrimonial|prematrimonial|certificado prenupcial|analisis para casarse|analisis antes de la boda|pruebas prematrimoniales',
    fr: 'prenuptial|prenuptiale|prenuptiaux|bilan prenuptial|certificat prenuptial|analyses prenuptiales|examen prenuptial|analyses pour le mariage|analyses du mariage|bilan de mariage|bilan du mariage|analyses avant le mariage|bilan avant mariage',
    it: 'prematrimoniale|prematrimoniali|esami prematrimoniali|analisi prematrimoniali|screening prematrimoniale|certificato prematrimoniale|esami prima del matrimonio',
    de: 'voreheliche untersuchung|vorehelich*|heiratsuntersuchung|untersuchung vor der ehe|bluttest vor der hochzeit|bluttest fur die heirat',
    ca: 'prenupcial|analisi prenupcial|prematrimonial|analitica prematrimonial|analisis abans del casament',
    pt: 'pre nupcial|prenupcial|pre nupciais|prenupciais|exames pre nupciais|analises pre nupciais|exame pre nupcial|analises antes do casamento|pre matrimonial',
    ar: 'تحاليل الزواج|تحليل الزواج|تحاليل قبل الزواج|تحليل قبل الزواج|فحص قبل الزواج|فحوصات قبل الزواج|فحص الزواج|فحوصات الزواج|الفحص الطبي قبل الزواج|فحص ما قبل الزواج|شهاده ما قبل الزواج|شهاده قبل الزواج|شهاده طبيه للزواج|الشهاده الطبيه للزواج|تحاليل العرس|تحليل العرس|certificat prenuptial|bilan prenuptial|prenuptial|ta7alil zwaj|ta7lil zwaj|ta7alil dial zwaj|tahalil zawaj|tahlil zawaj|ta7alil l3ors|ta7alil 9bel zwaj|fa7s zwaj|certificat zwaj',
  },
  /** Screening for sexually transmitted infections: an STI panel, an HIV test, syphilis serology. */
  sti: {
    en: 'sti test*|std test*|sti screen*|std screen*|sti check*|std check*|sti panel|std panel|sexual health screen*|sexual health check*|hiv test*|hiv screen*|test for hiv|syphilis test*|chlamydia test*|gonorrhea test*|gonorrhoea test*|vdrl|tpha',
    es: 'prueba de its|pruebas de its|prueba de ets|pruebas de ets|test de ets|test de its|prueba del vih|prueba de vih|test del vih|test de vih|cribado de its|enfermedades de transmision sexual|infecciones de transmision sexual|prueba de sifilis|vdrl|tpha',
    fr: 'mst|depistage ist|depistage mst|test ist|test mst|analyse ist|test vih|depistage vih|serologie vih|test du sida|depistage du sida|test hiv|serologie hiv|serologie syphilis|tpha|vdrl|infections sexuellement transmissibles|maladies sexuellement transmissibles',
    it: 'mst|test mst|test ist|screening mst|screening ist|test hiv|test dell hiv|esame hiv|test aids|malattie sessualmente trasmissibili|infezioni sessualmente trasmesse|infezioni sessualmente trasmissibili|vdrl|tpha',
    de: 'sti test|std test|hiv test|=hivtest|=hivtests|aids test|=aidstest|syphilis test|test auf geschlechtskrankheiten|geschlechtskrankheiten testen|sexuell ubertragbare infektionen|sexuell ubertragbare krankheiten|vdrl|tpha',
    ca: 'prova del vih|prova de vih|test del vih|test de vih|prova de its|infeccions de transmissio sexual|malalties de transmissio sexual|vdrl|tpha',
    pt: 'dst|teste de vih|teste do vih|teste de hiv|teste do hiv|rastreio de ist|rastreio de dst|teste de ist|teste de dst|infecoes sexualmente transmissiveis|doencas sexualmente transmissiveis|vdrl|tpha',
    ar: 'تحليل الايدز|فحص الايدز|تحليل السيدا|تحليل الزهري|الامراض المنقوله جنسيا|الامراض الجنسيه|تحليل الامراض الجنسيه|فحص الامراض الجنسيه|فحص الامراض المنقوله|تحليل فيروس نقص المناعه|test vih|test hiv|depistage ist|depistage mst|ta7lil sida|ta7lil vih|ta7lil hiv|ta7lil l aids',
  },
  /** The liver as tested: liver function, transaminases, gamma GT, bilirubin. */
  liverFunction: {
    en: 'liver function|liver function test*|lft|lfts|liver panel|liver enzymes|liver test*|liver blood test*|transaminases|gamma gt|ggt|sgot|sgpt|bilirubin',
    es: 'perfil hepatico|pruebas hepaticas|prueba hepatica|funcion hepatica|transaminasas|gamma gt|ggt|bilirrubina|analisis del higado|pruebas del higado|enzimas hepaticas',
    fr: 'bilan hepatique|fonction hepatique|transaminases|gamma gt|ggt|tgo|tgp|asat|alat|bilirubine|analyse du foie|bilan du foie|enzymes hepatiques',
    it: 'funzionalita epatica|esami del fegato|esami epatici|profilo epatico|transaminasi|gamma gt|ggt|bilirubina|enzimi epatici',
    de: 'leberwerte|leberwert|leberfunktion|leberfunktionswerte|transaminasen|gamma gt|ggt|bilirubin|leberprofil|leberenzyme',
    ca: 'perfil hepatic|funcio hepatica|transaminases|gamma gt|ggt|bilirubina|analisi del fetge|proves hepatiques',
    pt: 'provas hepaticas|funcao hepatica|perfil hepatico|transaminases|gama gt|gamma gt|ggt|bilirrubina|analises ao figado|enzimas hepaticas',
    ar: 'وظائف الكبد|وظايف الكبد|تحليل الكبد|تحاليل الكبد|فحص الكبد|انزيمات الكبد|تحليل وظائف الكبد|الترانساميناز|bilan hepatique|transaminases|ta7lil kebda|ta7lil el kebda|ta7lil kbed|ta7lil el kebd|tahlil kabid',
  },
  /** The kidneys as tested: kidney function, creatinine, eGFR. */
  kidneyFunction: {
    en: 'kidney function|kidney function test*|renal function|renal panel|renal profile|kidney panel|kidney test*|kidney blood test*|creatinine|egfr|urea and electrolytes',
    es: 'funcion renal|perfil renal|creatinina|aclaramiento de creatinina|pruebas renales|prueba renal|analisis del rinon|analisis de los rinones',
    fr: 'bilan renal|fonction renale|creatinine|creatininemie|clairance de la creatinine|analyse des reins|bilan des reins',
    it: 'funzionalita renale|creatinina|creatininemia|azotemia|esami renali|profilo renale|clearance della creatinina|esami dei reni',
    de: 'nierenwerte|nierenwert|nierenfunktion|nierenfunktionswerte|kreatinin|creatinin|kreatininwert|egfr',
    ca: 'funcio renal|perfil renal|creatinina|analisi del ronyo|analisi dels ronyons|proves renals',
    pt: 'funcao renal|creatinina|provas renais|perfil renal|analises aos rins|ureia e creatinina|exame dos rins',
    ar: 'وظائف الكلي|وظايف الكلي|تحليل وظائف الكلي|فحص وظائف الكلي|تحليل الكلاوي|فحص الكلاوي|تحاليل الكلاوي|الكرياتينين|كرياتينين|الكرياتنين|تحليل الكرياتينين|bilan renal|creatinine|ta7lil klawi|ta7lil el klawi|ta7lil lklawi',
  },
  /** A COVID test: PCR, a rapid antigen test. */
  covidTest: {
    en: 'covid test*|covid 19 test*|pcr|pcr test*|antigen test*|rapid antigen|lateral flow|coronavirus test*|corona test*|covid swab',
    es: 'pcr|test de antigenos|prueba de antigenos|test covid|prueba covid|prueba del covid|test de covid|test del covid|prueba de coronavirus',
    fr: 'pcr|test pcr|test covid|test du covid|test antigenique|depistage covid|test corona|test du coronavirus',
    it: 'pcr|tampone molecolare|tampone rapido|tampone antigenico|tampone covid|test antigenico|test covid|test rapido covid',
    de: 'pcr|pcr test|corona test|=coronatest|=coronatests|=schnelltest|=schnelltests|=antigentest|=antigentests|covid test|=covidtest|=covidtests',
    ca: "pcr|test d'antigens|prova d'antigens|test covid|test de covid|prova de covid",
    pt: 'pcr|teste pcr|teste covid|teste de covid|teste de antigenio|teste rapido covid|teste antigenio|zaragatoa covid',
    ar: 'تحليل كورونا|فحص كورونا|تحليل الكورونا|مسحه كورونا|تحليل كوفيد|فحص كوفيد|بي سي ار|test pcr|test covid|ta7lil corona|ta7lil covid|test corona',
  },
} satisfies PhraseTable<string>;
