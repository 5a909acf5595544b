/**
 * Concepts of travel clinics and vaccination centres: what travellers ask
 * about in their own words ("vacuna de la fiebre amarilla", "le carnet
 * jaune", "Reiseimpfung", "pastillas para la malaria", "تطعيم الحمى
 * الشوكية للعمرة", "el 7omma el safra") against what the clinic wrote in
 * another language. See phrases.ts for the syntax. A vaccine as such, and
 * rabies with it, is the services table's (vaccine: "vaccine", "jab",
 * "rabies", "Tollwut", "تطعيم"), a flight the visit table's (flight), a
 * holiday the school table's (vacation), a pet's travel papers the animals
 * table's (petTravel); so no concept here for a trip, a country or a bite.
 *
 * Every message is also read in English, and in every language when its own
 * is unclear, and a salon's, a dentist's, a vet's, a garage's or a bike
 * shop's customers write some of these words too; so they are kept only
 * beside a disease's or a vaccine's word, or left out.
 * Left out on their own:
 * - en: "fever" (any fever, not yellow fever), "yellow", "hep" (a cheer),
 *   "men b" (men), "ams" and "diamox" (glaucoma, at an optician),
 *   "doxycycline" (acne, at a dermatologist) but for malaria, "travel",
 *   "abroad", "trip" and "travel certificate" (a pet's: petTravel), "bite"
 *   (a dog that bites), "card" and "certificate", "mecca" (a bingo hall's),
 *   "tick" (a dog's);
 * - es: "fiebre", "amarilla", "cólera" but beside a vaccine (anger),
 *   "tifus" (typhus, another disease), "viaje" and "viajar" (any trip),
 *   "carnet" and "cartilla" (a card, a record), "garrapata" (a dog's);
 * - fr: "rage" (anger; the vaccine table's, as written), "fièvre", "jaune"
 *   (yellow), "carte" and "carnet" (a card, a booklet), "palu" but as
 *   written, "voyage" (any trip), "tiques" (a dog's);
 * - it: "febbre", "gialla" and "giallo" (yellow), "tifo" (cheering for a
 *   team), "colera" but beside a vaccine ("collera", anger, is a letter
 *   away), "viaggio", "libretto" (any booklet: the vaccine table's),
 *   "zecche" (a dog's);
 * - de: "Fieber", "gelb", "gelber Impfpass" (Germany's own vaccination
 *   booklet is yellow: the vaccine table's "Impfpass"), "Zeckenimpfung" (a
 *   dog's Lyme vaccine), "Reise" and "Urlaub" (any trip, a holiday);
 * - ca: "febre", "groga", "còlera" but beside a vaccine (anger), "viatge";
 * - pt: "febre", "amarela", "cólera" but beside a vaccine (anger), "cartão
 *   amarelo" but as a vaccination card (a football booking), "viagem";
 * - ar: "حمى" and Arabizi "7omma" (a fever), "الصفرا" (jaundice, in Egypt,
 *   and bile), "الشوكيه" but after حمى ("الحبل الشوكي", the spinal cord,
 *   and "شوكة", a fork), "الكبد" and "el kebd" (the liver: a liver test)
 *   but with التهاب or الوبائي, "عمرة" but as written with its article
 *   ("=العمره", "=للعمره") or after a verb of going (its stem is "عمر",
 *   age: "عمره" is also "his age", "لعمر" for an age),
 *   Arabizi "3omra" and "omra" but likewise ("3omr", age, and the name
 *   Omar), Arabizi "7ag", "7agg" and "hajj" (Egyptian "7ag" is an older
 *   man, "7aga" and "7aja" a thing, one skeleton), "حجه" (an excuse, an old
 *   lady), "السفر" (any trip), "ابرة" and "حقنة" (any injection: botox,
 *   filler), Arabizi "tat3eem", "la2a7" and "mat3oum" (their skeletons are
 *   "ta3m", taste, "leh", why, and "mat3am", a restaurant), "kolera" and
 *   "fayros" (their skeletons are other words').
 *
 * Offerings (concepts.ts, OFFERING_CONCEPTS): a vaccine, a prophylaxis, a
 * consultation and a certificate are what a clinic does or does not do (a
 * yellow fever vaccine only at designated centres), so yellowFever,
 * meningitis, typhoid, cholera, encephalitis, malaria, travelConsultation
 * and travelCertificate are offerings: a traveller who names one of these
 * diseases asks for its vaccine or tablets. Not hepatitis: it is as often
 * the customer's own condition, told to a dentist, a tattoo studio or a
 * salon ("I have hepatitis B"), as a vaccine asked for; nor altitude
 * sickness or the pilgrimage: they are the customer's trip and its risks,
 * whatever the clinic does about them.
 */
import type { PhraseTable } from './phrases.js';

export const TRAVEL_CONCEPTS = {
  /** Yellow fever and its vaccine (Stamaril), given only at designated centres. */
  yellowFever: {
    en: 'yellow fever|yellow fever vaccine|yellow fever jab|yellow fever shot|stamaril',
    es: 'fiebre amarilla|fiebre amarila|vacuna de la fiebre amarilla|vacuna antiamarilica|antiamarilica|stamaril',
    fr: 'fièvre jaune|vaccin contre la fièvre jaune|vaccin antiamaril|antiamarile|vaccin amaril|stamaril',
    it: 'febbre gialla|vaccino contro la febbre gialla|vaccino antiamarillico|antiamarillica|stamaril',
    de: 'gelbfieber*|gelbes fieber|stamaril',
    ca: 'febre groga|vacuna de la febre groga|stamaril',
    pt: 'febre amarela|vacina da febre amarela|vacina contra a febre amarela|stamaril',
    ar: 'الحمي الصفراء|حمي صفراء|الحمي الصفرا|حمي صفرا|حمي الصفرا|7omma safra|7oma safra|7omma el safra|7oma el safra|el 7omma el safra|homma safra|fievre jaune|yellow fever',
  },
  /** Meningitis and the meningococcal vaccines (ACWY, the one Hajj and Umrah require; MenB). */
  meningitis: {
    en: 'meningitis|meningococcal|meningococcus|men acwy|menacwy|acwy|menb|nimenrix|menveo|menquadfi|bexsero',
    es: 'meningitis|meningococo|meningococica|meningococicas|antimeningococica|acwy|nimenrix|menveo|bexsero',
    fr: 'méningite|méningites|méningocoque|méningocoques|acwy|nimenrix|menveo|bexsero',
    it: 'meningite|meningococco|meningococcico|meningococcica|antimeningococcica|acwy|nimenrix|menveo|bexsero',
    de: 'meningitis|meningokokken*|hirnhautentzundung|acwy|nimenrix|menveo|bexsero',
    ca: 'meningitis|meningococ|meningococs|meningococica|acwy|nimenrix|bexsero',
    pt: 'meningite|meningites|meningococo|meningococica|meningocócica|acwy|nimenrix|menveo|bexsero',
    ar: 'الحمي الشوكيه|حمي شوكيه|السحايا|التهاب السحايا|الالتهاب السحائي|المكورات السحائيه|7omma shokeya|7oma shokeya|7omma shawkeya|meningite|acwy',
  },
  /** Typhoid fever and its vaccine (Typhim Vi, Vivotif). */
  typhoid: {
    en: 'typhoid|typhoid fever|typhim|vivotif',
    es: 'fiebre tifoidea|tifoidea|tifoideas|typhim|vivotif',
    fr: 'typhoïde|fièvre typhoïde|typhim|vivotif',
    it: 'febbre tifoide|tifoide|antitifica|antitifo|vaccino contro il tifo|vaccino del tifo|vaccino per il tifo|typhim|vivotif',
    de: 'typhus|typhusimpfung|typhim|vivotif',
    ca: 'febre tifoide|febre tifoidea|tifoide|tifoidea|typhim|vivotif',
    pt: 'febre tifoide|febre tifóide|tifoide|tifóide|typhim|vivotif',
    ar: 'التيفويد|تيفويد|التيفود|تيفود|حمي التيفويد|typhoide|tifoid|typhoid',
  },
  /**
   * Hepatitis A and B (the diseases, their vaccines Havrix, Engerix, Twinrix): not an offering, as often the
   * customer's own condition as a vaccine asked for.
   */
  hepatitis: {
    en: 'hepatitis|hep a|hep b|hep c|hbv|hcv|havrix|engerix|twinrix',
    es: 'hepatitis|havrix|engerix|twinrix',
    fr: 'hépatite|hépatites|havrix|engerix|twinrix',
    it: 'epatite|epatiti|havrix|engerix|twinrix',
    de: 'hepatitis|havrix|engerix|twinrix',
    ca: 'hepatitis|havrix|engerix|twinrix',
    pt: 'hepatite|hepatites|havrix|engerix|twinrix',
    ar: 'التهاب الكبد|الالتهاب الكبدي|التهاب كبدي|الكبد الوبائي|كبد وبائي|فيروس الكبد|فيروس سي|فيروس بي|الكبد ب|الكبد بي|الكبد سي|الكبد الفيروسي|hepatitis|el kebd el wabai|kebd wabai|hepatite',
  },
  /** Cholera and its oral vaccine (Dukoral, Vaxchora). */
  cholera: {
    en: 'cholera|dukoral|vaxchora',
    es: 'vacuna del colera|vacuna contra el colera|vacuna para el colera|vacuna de colera|dukoral',
    fr: 'choléra|dukoral',
    it: 'vaccino contro il colera|vaccino del colera|vaccino per il colera|vaccino colera|dukoral',
    de: 'cholera|choleraimpfung|dukoral',
    ca: 'vacuna del colera|vacuna contra el colera|vacuna per al colera|dukoral',
    pt: 'vacina da colera|vacina contra a colera|vacina contra colera|vacina para a colera|dukoral',
    ar: 'الكوليرا|كوليرا|cholera|dukoral',
  },
  /** Japanese and tick-borne encephalitis (FSME) and their vaccines (Ixiaro, Encepur, Ticovac). */
  encephalitis: {
    en: 'encephalitis|japanese encephalitis|tick borne encephalitis|tbe vaccine|ixiaro|encepur|ticovac',
    es: 'encefalitis|encefalitis japonesa|encefalitis por garrapatas|ixiaro|encepur|ticovac',
    fr: 'encéphalite|encéphalite japonaise|encéphalite à tiques|ixiaro|encepur|ticovac',
    it: 'encefalite|encefalite giapponese|encefalite da zecche|ixiaro|encepur|ticovac',
    de: 'fsme*|enzephalitis|japanische enzephalitis|zeckenenzephalitis|fruhsommer meningoenzephalitis|ixiaro|encepur|ticovac',
    ca: 'encefalitis|encefalitis japonesa|encefalitis per paparres|ixiaro|encepur|ticovac',
    pt: 'encefalite|encefalite japonesa|encefalite da carraça|encefalite transmitida por carraças|ixiaro|encepur|ticovac',
    ar: 'التهاب الدماغ|الالتهاب الدماغي|التهاب الدماغ الياباني|encephalite',
  },
  /** Malaria and the tablets that prevent it (Malarone, doxycycline for malaria, Lariam). */
  malaria: {
    en: 'malaria|antimalarial|antimalarials|anti malarial|anti malaria|malarone|atovaquone|proguanil|lariam|mefloquine|chloroquine|doxycycline for malaria',
    es: 'malaria|paludismo|antipaludico|antipaludicos|antimalarico|antimalaricos|antimalarica|antimalaricas|malarone|lariam|doxiciclina para la malaria',
    fr: 'paludisme|=palu|antipaludique|antipaludiques|antipaludéen|antipaludéens|malaria|malarone|lariam|doxycycline pour le palu|doxycycline pour le paludisme',
    it: 'malaria|antimalarica|antimalarico|antimalarici|antimalariche|profilassi antimalarica|malarone|lariam|doxiciclina per la malaria',
    de: 'malaria*|antimalaria*|malarone|lariam|doxycyclin gegen malaria',
    ca: 'malaria|paludisme|antipalúdic|antipalúdics|antimalàric|antimalàrics|malarone|lariam',
    pt: 'malaria|malária|paludismo|antimalarico|antimaláricos|antimalaricos|antipaludico|malarone|lariam|doxiciclina para a malaria',
    ar: 'الملاريا|ملاريا|حبوب الملاريا|دوا الملاريا|دواء الملاريا|البالوديزم|paludisme|malaria|malarone',
  },
  /** Altitude sickness on a trek (soroche, mal des montagnes): not an offering, the customer's trip. */
  altitudeSickness: {
    en: 'altitude sickness|mountain sickness|high altitude sickness|acute mountain sickness|altitude tablets|altitude pills',
    es: 'mal de altura|mal de montaña|soroche|apunamiento|pastillas para la altura',
    fr: 'mal des montagnes|mal aigu des montagnes|mal de l altitude|mal d altitude',
    it: 'mal di montagna|mal d altitudine|mal di altitudine|malattia da altitudine',
    de: 'hohenkrankheit|akute hohenkrankheit|bergkrankheit',
    ca: "mal d'altura|mal de muntanya|mal d altitud",
    pt: 'mal de altitude|mal da altitude|mal da montanha|doenca da altitude|soroche',
    ar: 'دوار المرتفعات|دوخه المرتفعات|داء المرتفعات|مرض المرتفعات|mal des montagnes|mal d altitude',
  },
  /** A travel clinic: a pre-travel consultation, travel vaccinations, travel medicine. */
  travelConsultation: {
    en: 'travel clinic|travel clinics|travel health|travel consultation|pre travel consultation|pre travel|travel medicine|travel vaccine|travel vaccines|travel vaccination|travel vaccinations|travel jab|travel jabs|vaccines for my trip|vaccinations for my trip|jabs for my trip|jabs for my holiday|vaccines for travelling|vaccines for traveling|vaccines before travelling|jabs before travelling|vaccines for travellers|vaccinations for travellers|vaccines for travelers',
    es: 'consulta del viajero|consulta de viajero|consulta de viajes|consulta pre viaje|consejo al viajero|medicina del viajero|medicina del viaje|vacunas para viajar|vacunas de viaje|vacunas del viajero|vacunas para el viaje|vacunacion internacional|vacunacion del viajero|sanidad exterior|centro de vacunacion internacional',
    fr: 'consultation voyage|consultation du voyageur|consultation voyageur|consultation avant voyage|conseils aux voyageurs|médecine des voyages|médecine du voyage|vaccins du voyageur|vaccins de voyage|vaccins pour le voyage|vaccins pour voyager|vaccination internationale|vaccinations internationales|centre de vaccinations internationales|centre de vaccination internationale',
    it: 'medicina dei viaggi|medicina del viaggiatore|ambulatorio viaggiatori|ambulatorio del viaggiatore|consulenza pre viaggio|consulenza per viaggiatori|vaccinazioni per viaggiatori|vaccinazioni internazionali|vaccini per il viaggio|vaccini per viaggiare|vaccinazioni per il viaggio',
    de: 'reisemedizin*|reiseimpfung*|reiseberatung|reisesprechstunde|impfberatung vor der reise|impfungen fur die reise|impfungen vor der reise|tropenmedizin*|tropeninstitut',
    ca: 'consulta del viatger|consulta de viatger|consulta del viatge|medicina del viatger|vacunes per viatjar|vacunes de viatge|vacunes per al viatge|vacunacio internacional|salut internacional',
    pt: 'consulta do viajante|consulta de viajante|consulta de viagem|consulta pre viagem|medicina do viajante|medicina de viagem|vacinas para viajar|vacinas de viagem|vacinas para a viagem|vacinacao internacional|centro de vacinacao internacional',
    ar: 'استشاره السفر|استشاره قبل السفر|عياده السفر|طب السفر|تطعيمات السفر|تطعيم السفر|تطعيمات للسفر|تطعيم للسفر|لقاحات السفر|لقاح السفر|لقاحات للسفر|جلبه ديال السفر|consultation voyage|vaccins de voyage|vaccin voyage|vaccins voyage|vaccination internationale',
  },
  /** The pilgrimage to Mecca (Umrah, Hajj), whose visa requires the meningitis ACWY vaccine: the customer's trip. */
  pilgrimage: {
    en: 'umrah|umra|hajj|pilgrimage to mecca|pilgrimage to makkah|mecca pilgrimage',
    es: 'umrah|umra|hajj|peregrinacion a la meca|peregrinacion a meca',
    fr: 'omra|oumra|umrah|hajj|hadj|pèlerinage à la mecque|pelerinage a la mecque',
    it: 'umrah|umra|hajj|pellegrinaggio alla mecca|pellegrinaggio a la mecca',
    de: 'umrah|umra|hajj|hadsch|pilgerfahrt nach mekka|pilgerreise nach mekka',
    ca: 'umrah|umra|hajj|pelegrinatge a la meca',
    pt: 'umrah|umra|hajj|peregrinacao a meca|peregrinacao a makkah',
    ar: 'الحج|للحج|=العمره|=للعمره|=بالعمره|حج =وعمره|حج او =عمره|نازل =عمره|رايح =عمره|رايحه =عمره|مسافر =عمره|مسافره =عمره|ناوي =عمره|7ag w 3omra|3omra w 7ag|omra w hajj|hajj w omra|vaccin omra|vaccin 3omra|vaccin el omra|vaccin hajj|nazel 3omra|rayeh 3omra',
  },
  /** The international certificate of vaccination (the "yellow card", "carnet jaune", ICVP) a centre signs. */
  travelCertificate: {
    en: 'yellow card|yellow fever card|yellow fever certificate|international certificate of vaccination|international vaccination certificate|international certificate|icvp|yellow book|yellow booklet|vaccination certificate for travel',
    es: 'certificado internacional de vacunacion|certificado internacional de vacunas|carnet internacional de vacunacion|cartilla internacional de vacunacion|certificado internacional|cartilla amarilla|carnet amarillo|certificado de fiebre amarilla',
    fr: 'carnet international de vaccination|certificat international de vaccination|carnet de vaccination international|certificat international|carnet jaune|carte jaune|certificat de fièvre jaune',
    it: 'certificato internazionale di vaccinazione|certificato vaccinale internazionale|certificato internazionale|libretto giallo|tesserino giallo|certificato di febbre gialla',
    de: 'internationaler impfpass|internationales impfzertifikat|internationale impfbescheinigung|internationaler impfausweis|internationales impfbuch|gelbfieberbescheinigung|gelbfieberzertifikat|gelbfiebernachweis',
    ca: 'certificat internacional de vacunacio|carnet internacional de vacunacio|certificat internacional|carnet groc|cartilla groga',
    pt: 'certificado internacional de vacinacao|certificado internacional de vacinas|boletim internacional de vacinacao|certificado internacional|cartao amarelo de vacinacao|cartao amarelo de vacinas|caderneta amarela|civp',
    ar: 'الكارت الاصفر|الكرت الاصفر|كارت اصفر|الكارنيه الاصفر|البطاقه الصفراء|الدفتر الاصفر|شهاده التطعيم الدوليه|شهاده التطعيمات الدوليه|الشهاده الدوليه|شهاده دوليه|شهاده تطعيم دوليه|carnet jaune|carte jaune|carnet international|certificat international',
  },
} satisfies PhraseTable<string>;
