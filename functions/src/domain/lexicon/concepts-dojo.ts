/**
 * Concepts of martial arts academies, gyms and activity parks: a belt and its
 * grade, competing, the gi (kimono), jewellery to take off, a skin infection
 * that keeps someone off the mat, a person's weight (and a weight limit),
 * food delivered from outside (grip socks are concepts-play.ts's). See phrases.ts for the
 * syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - "belt", "cinturón", "ceinture", "Gürtel": the one worn with trousers (or
 *   a car's timing belt), unless its colour or grade is named ("blue belt",
 *   "faixa azul");
 * - "ring": a phone call ("ring me") or a boxing ring, unless worn ("wedding
 *   ring", "my ring"); French "collier" and Spanish "collar": a dog's collar too;
 * - "grado", "grau", "graduación", "graduação": a degree, a school year, a
 *   graduation or glasses' strength, unless on a belt ("stripes", "listras");
 * - Portuguese "tinha" (had), "meia" (half), "colar" (to glue), Arabic
 *   "شراب" (a drink in most dialects) and "طلبات" (requests) alone;
 * - herpes: a cold sore (`coldSore`).
 * - "peso" alone: a currency too (Argentina, Chile, Mexico);
 * - "delivery", "entrega": the business's own shipping, unless food ("order
 *   food", "Talabat", "Deliveroo").
 */
import type { PhraseTable } from './phrases.js';

export const DOJO_CONCEPTS = {
  /** A belt of a martial art by its colour, its stripes and grading ("blue belt 2 stripes", "faixa roxa"). */
  beltRank: {
    en: 'white belt|blue belt|purple belt|brown belt|black belt|yellow belt|orange belt|green belt|grey belt|gray belt|belt rank|belt grading|belt test|belt exam|belt promotion|next belt|stripes|stripe',
    es: 'cinturon blanco|cinturon azul|cinturon morado|cinturon violeta|cinturon marron|cinturon negro|cinturon amarillo|cinturon naranja|cinturon verde|faja blanca|faja azul|faja violeta|faja morada|faja marron|faja negra|examen de cinturon|cambio de cinturon|rayas|grados en el cinturon',
    fr: 'ceinture blanche|ceinture bleue|ceinture violette|ceinture marron|ceinture noire|ceinture jaune|ceinture orange|ceinture verte|passage de grade|passage de ceinture|examen de ceinture|mon grade|barrettes|galons',
    it: 'cintura bianca|cintura blu|cintura viola|cintura marrone|cintura nera|cintura gialla|cintura arancione|cintura verde|esame di cintura|passaggio di cintura|gradi sulla cintura|strisce',
    de: 'weisser gurt|weissgurt|blauer gurt|blaugurt|lila gurt|lilagurt|brauner gurt|braungurt|schwarzer gurt|schwarzgurt|gelber gurt|gelbgurt|oranger gurt|gruner gurt|gurtprufung|gurtfarbe|graduierung|streifen am gurt',
    ca: 'cinturo blanc|cinturo blau|cinturo lila|cinturo marro|cinturo negre|cinturo groc|cinturo taronja|cinturo verd|examen de cinturo|canvi de cinturo|=ratlles',
    pt: 'faixa branca|faixa azul|faixa roxa|faixa marrom|faixa castanha|faixa preta|faixa amarela|faixa laranja|faixa verde|faixa cinza|exame de faixa|troca de faixa|graus|listras|listra',
    ar: 'حزام ابيض|حزام ازرق|حزام بنفسجي|حزام بني|حزام اسود|حزام اصفر|حزام برتقالي|حزام اخضر|امتحان الحزام|ترقيه الحزام|حزامي|الحزام الازرق|الحزام الاسود',
  },
  /** A document that proves something about the customer: a certificate, a proof of rank or of status. */
  proof: {
    en: 'proof|proof of|certificate|certificates|certified copy',
    es: 'comprobante|comprobantes|certificado|certificados|acreditar|acreditacion',
    fr: 'justificatif|justificatifs|certificat|certificats|preuve de|attestation de',
    it: 'certificato|certificati|attestato|attestati|documento che lo dimostri|prova del',
    de: 'nachweis|nachweise|urkunde|urkunden|zertifikat|zertifikate|beleg dafur',
    ca: 'comprovant|comprovants|certificat|certificats|acreditacio',
    pt: 'comprovativo|comprovativos|comprovante|comprovantes|certificado|certificados',
    ar: 'اثبات|شهاده|شهادات|وثيقه تثبت|ما يثبت',
  },
  /** Competing: tournaments, championships, the competition team. */
  competition: {
    en: 'comp team|competition team|compete|competing|competitions|competition|tournament|tournaments|championship|championships|comps',
    es: 'equipo de competicion|competir|competicion|competiciones|torneo|torneos|campeonato|campeonatos',
    fr: 'equipe de competition|competition|competitions|competiteur|competitrice|tournoi|tournois|championnat|championnats',
    it: 'squadra agonistica|agonistica|agonismo|gareggiare|competizione|competizioni|gara|gare|torneo|tornei|campionato|campionati',
    de: 'wettkampfteam|wettkampf|wettkampfe|turnier|turniere|meisterschaft|meisterschaften|wettkampfgruppe',
    ca: 'equip de competicio|competir|competicio|competicions|torneig|tornejos|campionat|campionats',
    pt: 'equipe de competicao|equipa de competicao|time de competicao|competir|competicao|competicoes|campeonato|campeonatos|torneio|torneios',
    ar: 'بطوله|بطولات|مسابقه|مسابقات|منافسات|فريق المنافسات|فريق البطولات',
  },
  /** The jacket and trousers of a martial art (a gi, a kimono, a judogi). */
  gi: {
    en: 'no gi|nogi|gi class|gi classes|gi size|gi sizes|my gi|a gi|own gi|rent a gi|kimono|kimonos|judogi|karategi|bjj gi',
    es: 'no gi|kimono|kimonos|quimono|judogi|karategi',
    fr: 'no gi|kimono|kimonos|judogi|karategi',
    it: 'no gi|kimono|judogi|karategi',
    de: 'no gi|gi grosse|mein gi|einen gi|kimono|kimonos|judoanzug|karateanzug|bjj anzug',
    ca: 'no gi|kimono|kimonos|judogi|karategi',
    pt: 'no gi|kimono|kimonos|quimono|quimonos|judogi|karategi',
    ar: 'كيمونو|الكيمونو|بدله الجوجيتسو|بدله الكاراتيه|kimono',
  },
  /** Jewellery worn: rings, earrings, a chain, piercings to take off (a piercing studio's is `piercing`). */
  jewellery: {
    en: 'jewellery|jewelry|wedding ring|wedding band|engagement ring|my ring|my rings|=rings|earring|earrings|necklace|necklaces|bracelet|bracelets',
    es: 'joya|joyas|anillo|anillos|anillo de casado|anillo de boda|alianza de boda|aros|pendientes|cadenita|pulsera|pulseras',
    fr: 'bijou|bijoux|bague|bagues|alliance de mariage|mon alliance|boucle d oreille|boucles d oreilles|bracelet|bracelets',
    it: 'gioiello|gioielli|anello|anelli|fede nuziale|la fede|orecchino|orecchini|collana|collane|braccialetto|braccialetti',
    de: 'schmuck|ehering|eheringe|verlobungsring|fingerring|meinen ring|mein ring|ringe|ohrring|ohrringe|halskette|armband|armbander',
    ca: 'joia|joies|anell|anells|alianca de casament|arracada|arracades|collaret|polsera|polseres',
    pt: 'joia|joias|anel|aneis|alianca|aliancas|alianca de casamento|brinco|brincos|cordao|pulseira|pulseiras',
    ar: 'مجوهرات|اكسسوارات|خاتم|خواتم|دبله|الدبله|خاتم الزواج|حلق|اقراط|سلسال|سلسله|اسواره|اساور|khatem',
  },
  /** A contagious skin infection (ringworm, impetigo, herpes) that keeps someone off the mat or out of the pool. */
  skinInfection: {
    en: 'ringworm|tinea|impetigo|skin infection|fungal infection|fungal skin|staph',
    es: 'impetigo|infeccion de piel|infeccion en la piel|hongo en la piel|hongos en la piel|estafilococo',
    fr: 'teigne|impetigo|infection de la peau|infection cutanee|mycose de la peau|mycose sur|staphylocoque',
    it: 'tigna|impetigine|infezione della pelle|infezione cutanea|micosi della pelle|micosi sul|stafilococco',
    de: 'ringelflechte|hautpilz|impetigo|hautinfektion|borkenflechte|staphylokokken',
    ca: 'tinya|impetigen|infeccio de pell|infeccio a la pell|fongs a la pell',
    pt: 'impetigo|infeccao de pele|infeccao na pele|micose no|micose na|micose de pele|estafilococo',
    ar: 'فطريات الجلد|فطريات جلديه|قوباء|التهاب جلدي|عدوى جلديه|فطر جلدي',
  },
  /**
   * Someone's height, and a height limit ("how tall", "je mesure 1m85", "Körpergröße"); a height in feet is read in
   * the analyzer ("I am 6 feet 1"). Not "heights" (a fear of them), Portuguese "altura" (also a time: "nessa
   * altura") nor Arabic "على طول" (straight away).
   */
  bodyHeight: {
    en: '=height|height limit|height limits|minimum height|maximum height|how tall|=tall|=taller',
    es: 'estatura|mido|cuanto mides|de altura|limite de altura|altura minima|altura maxima',
    fr: 'je mesure|il mesure|elle mesure|tu mesures|limite de taille|taille minimum|taille minimale|taille maximum|taille maximale',
    it: 'sono alto|sono alta|quanto sei alto|limite di altezza|altezza minima|altezza massima|statura',
    de: 'korpergrosse|mindestgrosse|maximalgrosse|wie gross bist du|wie gross sind sie',
    ca: 'alcada|mesuro|estatura|limit d alcada',
    pt: 'estatura|de altura|limite de altura|altura minima|altura maxima',
    ar: 'طولي|طوله|طولها|حد الطول|كم طولك|حدود الطول|=الطول',
  },
  /** Someone's weight, and a weight limit ("I weigh 118 kilos", "peso 92 kg", "Höchstgewicht"). */
  bodyWeight: {
    en: 'weight limit|weight limits|maximum weight|max weight|weight restriction|how heavy|i weigh|weigh|weighs|kilos|kilo|=kg|=kgs|lbs',
    es: 'limite de peso|peso maximo|cuanto peso|peso unos|peso mas de|peso kilos|kilos|kilo|=kg',
    fr: 'limite de poids|poids maximum|poids maximal|poids max|je pese|pese|kilos|kilo|=kg',
    it: 'limite di peso|peso massimo|quanto peso|peso circa|kili|chili|chilo|=kg',
    de: 'gewichtslimit|gewichtsgrenze|hochstgewicht|maximalgewicht|maximales gewicht|wiege|wiegt|wieg|kilo|kilos|=kg',
    ca: 'limit de pes|pes maxim|peso uns|quilos|quilo|=kg',
    pt: 'limite de peso|peso maximo|peso uns|peso cerca de|quilos|quilo|kilos|=kg',
    ar: 'حد الوزن|الحد الاقصى للوزن|اقصى وزن|وزني|وزنه|وزنها|كيلو|كجم|كغ|kilo',
  },
  /** Food ordered in from outside: a delivery app or a takeaway brought to the customer there. */
  foodDelivery: {
    en: 'food delivery|food delivered|get food delivered|have food delivered|order food|order in|order takeaway|order a takeaway|takeaway delivered|talabat|deliveroo|uber eats|ubereats|just eat|glovo|careem food',
    es: 'pedir comida|pedir algo de comer|comida a domicilio|pedir a domicilio|pedir delivery|delivery de comida|glovo|uber eats|just eat|talabat|rappi|pedidosya',
    fr: 'commander a manger|commander de la nourriture|se faire livrer|faire livrer|livraison de repas|uber eats|deliveroo|just eat|talabat',
    it: 'ordinare da mangiare|ordinare cibo|farsi portare|consegna a domicilio|cibo a domicilio|glovo|deliveroo|just eat|uber eats|talabat',
    de: 'liefern lassen|essen bestellen|lieferdienst|lieferando|uber eats|wolt|talabat',
    ca: 'demanar menjar|menjar a domicili|fer-nos portar|glovo|just eat|uber eats|talabat',
    pt: 'pedir comida|pedir delivery|delivery de comida|pedir um delivery|comida ao domicilio|ifood|uber eats|glovo|talabat',
    ar: 'اطلب اكل|نطلب اكل|اطلب من طلبات|نطلب من طلبات|توصيل اكل|توصيل الطلبات|ديليفري|talabat|deliveroo|كريم فود',
  },
} satisfies PhraseTable<string>;
