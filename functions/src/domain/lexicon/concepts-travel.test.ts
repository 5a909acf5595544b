/**
 * The concepts of travel clinics and vaccination centres (concepts-travel.ts): each is found in a customer's
 * phrase in every language, and the words of a salon, a clinic, a dentist, a vet, a garage or a bike shop that
 * look like a travel clinic's raise none. The gist of the languages Frontdesk does not read (foreign-gist.ts)
 * puts their travel words into the English these concepts read.
 */
import { describe, expect, it } from 'vitest';
import { gist } from '../foreign.js';
import type { ForeignLanguage } from '../foreign.js';
import type { TextLanguage } from '../languages.js';
import { TRAVEL_CONCEPTS } from './concepts-travel.js';
import { type ConceptExamples, conceptsOf, describeConceptTable, describeTradeChecks } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'yellowFever',
    [
      ['en', 'do you do the yellow fever jab?'],
      ['en', 'need stamaril before my trip'],
      ['es', 'necesito la vacuna de la fiebre amarilla'],
      ['es', 'cuanto cuesta la fiebre amarila'],
      ['fr', 'vous faites le vaccin fievre jaune ?'],
      ['it', 'fate il vaccino della febbre gialla?'],
      ['de', 'kann ich bei euch die Gelbfieberimpfung machen?'],
      ['ca', 'feu la vacuna de la febre groga?'],
      ['pt', 'preciso da vacina da febre amarela'],
      ['ar', 'محتاج تطعيم الحمى الصفرا قبل السفر'],
      ['ar', 'عندكم لقاح الحمى الصفراء؟'],
      ['ar', '3andoko ta3eem el 7omma el safra?'],
    ],
  ],
  [
    'meningitis',
    [
      ['en', 'i need the meningitis ACWY vaccine for hajj'],
      ['es', 'teneis la vacuna de la meningitis?'],
      ['fr', 'il me faut le vaccin contre la meningite'],
      ['it', 'fate il vaccino per il meningococco?'],
      ['de', 'brauche eine Meningokokken Impfung'],
      ['ca', 'feu la vacuna de la meningitis?'],
      ['pt', 'quanto custa a vacina da meningite?'],
      ['ar', 'عايز تطعيم الحمى الشوكية'],
      ['ar', 'بدي لقاح السحايا'],
      ['ar', 'fi ta3eem el 7omma el shokeya?'],
    ],
  ],
  [
    'typhoid',
    [
      ['en', 'how much is the typhoid vaccine'],
      ['es', 'la vacuna de la fiebre tifoidea cuanto dura?'],
      ['fr', 'vous avez le vaccin typhoide ?'],
      ['it', 'quanto dura il vaccino contro il tifo?'],
      ['de', 'ich brauche eine Typhus Impfung'],
      ['ca', 'quant costa la vacuna de la febre tifoide?'],
      ['pt', 'preciso da vacina da febre tifoide'],
      ['ar', 'عندكم تطعيم التيفويد؟'],
    ],
  ],
  [
    'hepatitis',
    [
      ['en', 'do i need hep a and hep b before going?'],
      ['es', 'me falta la segunda dosis de hepatitis b'],
      ['fr', 'je dois faire le rappel hepatite b'],
      ['it', 'devo fare il richiamo dell epatite'],
      ['de', 'brauche ich eine Hepatitis A Impfung?'],
      ['ca', 'em falta la vacuna de l hepatitis'],
      ['pt', 'quero tomar a vacina da hepatite'],
      ['ar', 'عايز تطعيم الكبد الوبائي'],
      ['ar', 'ana 3ayez ta3eem el kebd el wabai'],
    ],
  ],
  [
    'cholera',
    [
      ['en', 'is the cholera vaccine a drink?'],
      ['es', 'teneis la vacuna del colera?'],
      ['fr', 'le vaccin contre le cholera est obligatoire ?'],
      ['it', 'avete il vaccino contro il colera?'],
      ['de', 'brauche ich eine Cholera Impfung?'],
      ['ca', 'teniu la vacuna del colera?'],
      ['pt', 'vocês têm a vacina da cólera?'],
      ['ar', 'فيه تطعيم ضد الكوليرا؟'],
    ],
  ],
  [
    'encephalitis',
    [
      ['en', 'do you do japanese encephalitis vaccine?'],
      ['es', 'necesito la vacuna de la encefalitis japonesa'],
      ['fr', 'vaccin contre l encephalite a tiques ?'],
      ['it', 'fate il vaccino per l encefalite da zecche?'],
      ['de', 'kann ich die FSME Impfung bei euch machen?'],
      ['ca', 'feu la vacuna de l encefalitis japonesa?'],
      ['pt', 'fazem a vacina da encefalite japonesa?'],
      ['ar', 'محتاج لقاح التهاب الدماغ الياباني'],
    ],
  ],
  [
    'malaria',
    [
      ['en', 'do i need malaria tablets for my trip?'],
      ['en', 'can you prescribe malarone'],
      ['es', 'necesito pastillas para la malaria'],
      ['fr', 'il me faut un traitement contre le palu'],
      ['fr', 'vous prescrivez des antipaludiques ?'],
      ['it', 'mi serve la profilassi antimalarica'],
      ['de', 'brauche ich Malariatabletten?'],
      ['ca', 'necessito pastilles per la malaria'],
      ['pt', 'preciso de comprimidos para a malaria'],
      ['ar', 'محتاج حبوب الملاريا'],
    ],
  ],
  [
    'altitudeSickness',
    [
      ['en', 'something for altitude sickness? going trekking'],
      ['es', 'algo para el mal de altura? voy a cusco'],
      ['fr', 'un traitement contre le mal des montagnes ?'],
      ['it', 'cosa prendo per il mal di montagna?'],
      ['de', 'habt ihr was gegen Höhenkrankheit?'],
      ['ca', "tinc por del mal d'altura"],
      ['pt', 'o que tomo para o mal de altitude?'],
      ['ar', 'في دوا لدوخة المرتفعات؟'],
    ],
  ],
  [
    'travelConsultation',
    [
      ['en', 'do you have a travel clinic?'],
      ['en', 'what travel vaccines do i need'],
      ['es', 'quiero pedir cita en la consulta del viajero'],
      ['es', 'que vacunas para viajar necesito?'],
      ['fr', 'je voudrais une consultation voyage'],
      ['it', 'fate consulenza pre viaggio?'],
      ['de', 'bietet ihr Reiseimpfungen an?'],
      ['ca', 'feu la consulta del viatger?'],
      ['pt', 'quero marcar consulta do viajante'],
      ['ar', 'عايز اعرف تطعيمات السفر'],
      ['ar', 'بغيت الجلبة ديال السفر'],
    ],
  ],
  [
    'pilgrimage',
    [
      ['en', 'what vaccines do i need for umrah?'],
      ['es', 'voy a hacer la umrah en marzo'],
      ['fr', 'je pars faire la omra le mois prochain'],
      ['it', 'parto per il hajj a giugno'],
      ['de', 'ich fahre zur Umrah nach Mekka'],
      ['ca', 'vaig a fer la umrah'],
      ['pt', 'vou fazer o hajj este ano'],
      ['ar', 'مسافر عمرة الشهر الجاي'],
      ['ar', 'محتاج تطعيم الحج'],
      ['ar', 'ana nazel 3omra el shahr el gay'],
    ],
  ],
  [
    'travelCertificate',
    [
      ['en', 'i lost my yellow card, can you issue a new one?'],
      ['en', 'do you give the international certificate of vaccination?'],
      ['es', 'me dais el certificado internacional de vacunacion?'],
      ['fr', 'j ai perdu mon carnet jaune'],
      ['it', 'mi serve il certificato internazionale di vaccinazione'],
      ['de', 'stellt ihr den internationalen Impfpass aus?'],
      ['ca', 'em doneu el certificat internacional de vacunació?'],
      ['pt', 'preciso do certificado internacional de vacinação'],
      ['ar', 'ضاع مني الكارت الاصفر'],
      ['ar', 'محتاج شهادة التطعيم الدولية'],
    ],
  ],
];

/**
 * Phrases of other businesses that no travel concept may read, each with the travel concept its words come
 * nearest to.
 */
const OTHER_BUSINESSES: [TextLanguage, string, string][] = [
  // A fever, yellow: a sick child, a hair colour, a card.
  ['en', 'my son has a fever, should we cancel?', 'yellowFever'],
  ['en', 'can you dye my hair yellow?', 'yellowFever'],
  ['es', 'tengo fiebre, puedo cambiar la cita?', 'yellowFever'],
  ['es', 'quiero un tinte amarillo', 'yellowFever'],
  ['fr', 'j ai de la fievre, je peux venir ?', 'yellowFever'],
  ['fr', 'mes dents sont jaunes', 'yellowFever'],
  ['it', 'ho la febbre, posso spostare?', 'yellowFever'],
  ['it', 'la macchina gialla davanti al negozio', 'yellowFever'],
  ['de', 'ich habe Fieber, kann ich absagen?', 'yellowFever'],
  ['ca', 'tinc febre, puc venir demà?', 'yellowFever'],
  ['pt', 'estou com febre, posso remarcar?', 'yellowFever'],
  ['pt', 'os meus dentes estão amarelos', 'yellowFever'],
  ['ar', 'ابني عنده حمى نقدر نأجل الموعد؟', 'yellowFever'],
  ['ar', 'ibni 3ando 7omma, momken n2agel?', 'yellowFever'],
  ['ar', 'عندي صفرا', 'yellowFever'],
  // A spine, a fork: a physio's, a restaurant's.
  ['ar', 'عندي مشكلة في الحبل الشوكي', 'meningitis'],
  ['ar', 'العمود الشوكي بيوجعني', 'meningitis'],
  ['en', 'I train with the men on Tuesday', 'meningitis'],
  // A liver test, hepatitis's words elsewhere.
  ['ar', 'عايز اعمل تحليل وظائف الكبد', 'hepatitis'],
  ['ar', 'el kebd ta3ban shwaya', 'hepatitis'],
  ['en', 'is the hepa filter on in the clinic?', 'hepatitis'],
  // Anger, a collar, a team: cholera's and typhoid's neighbours.
  ['es', 'me dio un ataque de colera cuando vi la factura', 'cholera'],
  ['it', 'sono in collera con il parrucchiere', 'cholera'],
  ['it', 'il collare del cane è rotto', 'cholera'],
  ['pt', 'fiquei com cólera do atendimento', 'cholera'],
  ['ca', 'em va agafar un atac de còlera', 'cholera'],
  ['it', 'faccio il tifo per la Juve', 'typhoid'],
  ['es', 'tuve tifus de pequeño', 'typhoid'],
  // Ticks, a dog's: the vet's, not encephalitis.
  ['en', 'my dog has a tick on his ear', 'encephalitis'],
  ['de', 'mein Hund hat eine Zecke', 'encephalitis'],
  ['de', 'gibt es eine Zeckenimpfung für Hunde?', 'encephalitis'],
  ['es', 'mi perro tiene garrapatas', 'encephalitis'],
  ['fr', 'mon chien a des tiques', 'encephalitis'],
  ['it', 'il gatto ha le zecche', 'encephalitis'],
  // Acne tablets, glaucoma tablets: a dermatologist's, an optician's.
  ['en', 'i take doxycycline for my acne, can i have laser?', 'malaria'],
  ['es', 'tomo doxiciclina para el acne', 'malaria'],
  ['en', 'i take diamox for my glaucoma', 'altitudeSickness'],
  ['fr', 'je prends un palier de douleur', 'malaria'],
  // Heights, dizziness: a fear, a vertigo.
  ['en', 'i am scared of heights', 'altitudeSickness'],
  ['es', 'me mareo en la camilla', 'altitudeSickness'],
  ['fr', 'j ai mal au dos depuis la montagne', 'altitudeSickness'],
  ['de', 'mir ist schwindelig nach dem Bergwandern', 'altitudeSickness'],
  ['ar', 'عندي دوخة', 'altitudeSickness'],
  // A trip, travelling, a flight: a holiday, a pet's papers, anyone's plans.
  ['en', 'I am travelling abroad next week, can I come before?', 'travelConsultation'],
  ['en', 'I travel with my dog, do you do the pet passport?', 'travelConsultation'],
  ['en', 'can I get a massage before my flight?', 'travelConsultation'],
  ['es', 'me voy de viaje el lunes, podéis antes?', 'travelConsultation'],
  ['es', 'vacunas para mi perro antes de viajar', 'travelConsultation'],
  ['fr', 'je pars en voyage demain', 'travelConsultation'],
  ['fr', 'une consultation pour mon chien', 'travelConsultation'],
  ['it', 'parto per un viaggio, posso anticipare?', 'travelConsultation'],
  ['de', 'ich bin auf Reisen, kann ich verschieben?', 'travelConsultation'],
  ['de', 'Reiseberatung für den Hund?', 'pilgrimage'],
  ['ca', 'marxo de viatge dilluns', 'travelConsultation'],
  ['pt', 'vou de viagem, posso antecipar?', 'travelConsultation'],
  ['ar', 'مسافر الاسبوع الجاي نقدر نجي قبل؟', 'travelConsultation'],
  ['ar', 'بغيت نسافر مع الكلب', 'travelConsultation'],
  // Age, an old man, a thing, an excuse: the pilgrimage's neighbours in Arabic.
  ['ar', 'كم عمره؟', 'pilgrimage'],
  ['ar', 'عمره سنتين وبيخاف من الدكتور', 'pilgrimage'],
  ['ar', 'التطعيم ده لعمر كام؟', 'pilgrimage'],
  ['ar', '3omro kam sana?', 'pilgrimage'],
  ['ar', 'el 7aga di b kam?', 'pilgrimage'],
  ['ar', 'el 7ag gai m3aya bokra', 'pilgrimage'],
  ['ar', 'شي حاجة خفيفة', 'pilgrimage'],
  ['ar', 'الحاجة جاية معايا', 'pilgrimage'],
  ['ar', 'omar gay bokra', 'pilgrimage'],
  ['ar', 'عندي حجة مقنعة', 'pilgrimage'],
  ['en', 'this salon is a mecca for curly hair', 'pilgrimage'],
  // A card, a booklet, a certificate: a gift card's, a football booking's, a sick note's.
  ['en', 'can I pay by card?', 'travelCertificate'],
  ['en', 'i need a medical certificate for work', 'travelCertificate'],
  ['en', 'does my dog need a travel certificate?', 'travelCertificate'],
  ['es', 'tenéis tarjeta regalo?', 'travelCertificate'],
  ['es', 'traigo la cartilla de vacunas del perro', 'travelCertificate'],
  ['fr', 'je peux payer par carte ?', 'travelCertificate'],
  ['fr', 'le carnet de santé du chien', 'travelCertificate'],
  ['it', 'porto il libretto sanitario del cane', 'travelCertificate'],
  ['de', 'ich bringe den Impfpass vom Hund mit', 'travelCertificate'],
  ['de', 'mein gelber Impfpass ist voll', 'travelCertificate'],
  ['pt', 'levei um cartão amarelo no futebol e magoei o joelho', 'travelCertificate'],
  ['ca', 'porto el carnet de vacunes del gos', 'travelCertificate'],
  ['ar', 'نقدر نخلص بالكارت؟', 'travelCertificate'],
  ['ar', 'محتاج شهادة طبية للشغل', 'travelCertificate'],
  // An injection, a vaccine for a pet: not a travel vaccine.
  ['ar', 'بكم حقنة البوتوكس؟', 'yellowFever'],
  ['ar', 'ابرة الفيلر كم سعرها؟', 'meningitis'],
  ['en', 'my puppy needs his rabies jab', 'yellowFever'],
  ['es', 'la vacuna de la rabia del perro', 'travelConsultation'],
  // A garage's, a bike shop's.
  ['en', 'the yellow warning light is on', 'yellowFever'],
  ['fr', 'le voyant jaune est allumé', 'yellowFever'],
  ['es', 'la bici tiene la cadena oxidada', 'cholera'],
];

describeConceptTable('the travel clinic concepts', TRAVEL_CONCEPTS, examples, OTHER_BUSINESSES);

describeTradeChecks(TRAVEL_CONCEPTS, {
  trade: 'travel clinic',
  otherBusinesses: OTHER_BUSINESSES,
  notInEnglish: [
    // Read in English as well, as every message is.
    ['fr', 'la rage au ventre', 'travelConsultation'],
    ['es', 'tengo fiebre y estoy amarilla', 'yellowFever'],
    ['it', 'ho la febbre e la pelle gialla', 'yellowFever'],
    ['pt', 'estou com febre, vou viajar amanhã', 'travelConsultation'],
  ],
  pairs: [
    ['es', 'necesito la vacuna de la fiebre amarilla', 'tengo fiebre y la piel amarilla'],
    ['fr', 'j ai perdu mon carnet jaune', 'j ai perdu mon carnet de santé'],
    ['it', 'vaccino contro il colera', 'sono in collera'],
    ['ar', 'تطعيم الحمى الشوكية', 'عندي حمى'],
    ['ar', 'الكبد الوبائي', 'تحليل الكبد'],
    ['ar', 'مسافر عمرة', 'كم عمره'],
  ] as const,
  notOfferings: ['hepatitis', 'altitudeSickness', 'pilgrimage'],
});

describe('vaccination in Egyptian and Levantine Arabic (the vaccine concept)', () => {
  it.each([
    'ابني متطعم ضد الحصبة',
    'عايز اتطعم قبل السفر',
    'بدي المطعوم لابني',
    'الكلب مش متطعم ضد السعار',
    'ebni et3atem 5alas',
    'howa mt3atem wala la?',
  ])('reads "%s" as a vaccine', (text) => {
    expect(conceptsOf(text, 'ar')).toContain('vaccine');
  });

  it.each(['الاكل طعمه وحش', 'في مطعم قريب منكم؟', 'ta3mo mor', 'fi mat3am odamkom?', 'leh el se3r 3ali?'])(
    'does not read "%s" as a vaccine',
    (text) => {
      expect(conceptsOf(text, 'ar')).not.toContain('vaccine');
    },
  );
});

describe('gist of travel clinic words, as customers type them', () => {
  // The gist in English, read by the travel concepts, as a message in a language Frontdesk does not read is.
  it.each([
    ['nl', 'Hoeveel kost de vaccinatie tegen gele koorts?', 'yellowFever'],
    ['nl', 'Heb ik malariapillen nodig voor mijn reis?', 'malaria'],
    ['tr', 'Sarı humma aşısı yapıyor musunuz?', 'yellowFever'],
    ['tr', 'Umre için menenjit aşısı lazım', 'meningitis'],
    ['tr', 'Umre için menenjit aşısı lazım', 'pilgrimage'],
    ['pl', 'Czy robicie szczepienie na żółtą febrę?', 'yellowFever'],
    ['pl', 'Potrzebuję szczepienia na dur brzuszny', 'typhoid'],
    ['ro', 'Cât costă vaccinul pentru febra galbenă?', 'yellowFever'],
    ['ro', 'Am nevoie de vaccin pentru hepatita A', 'hepatitis'],
    ['hr', 'Trebam cjepivo protiv žute groznice', 'yellowFever'],
    ['cs', 'Potřebuji očkování proti žluté zimnici', 'yellowFever'],
    ['cs', 'Potřebuji očkování proti klíšťové encefalitidě', 'encephalitis'],
    ['hu', 'Mennyibe kerül a sárgaláz elleni oltás?', 'yellowFever'],
    ['sv', 'Behöver jag vaccin mot gula febern?', 'yellowFever'],
    ['sv', 'Har ni resevaccinationer?', 'travelConsultation'],
    ['id', 'Berapa harga vaksin demam kuning?', 'yellowFever'],
    ['id', 'Saya perlu vaksin meningitis untuk umroh', 'pilgrimage'],
    ['hi', 'umrah ke liye meningitis ka tika chahiye', 'meningitis'],
    ['hi', 'yellow fever ka tika lagwana hai', 'yellowFever'],
    ['ru', 'Сколько стоит прививка от жёлтой лихорадки?', 'yellowFever'],
    ['ru', 'Нужны таблетки от малярии', 'malaria'],
    ['ru', 'Нужен международный сертификат о вакцинации', 'travelCertificate'],
    ['uk', 'Потрібне щеплення від жовтої гарячки', 'yellowFever'],
    ['uk', 'Потрібна консультація перед подорожжю', 'travelConsultation'],
  ] as [ForeignLanguage, string, string][])('%s "%s" reads as %s', (language, text, concept) => {
    expect(conceptsOf(gist(text, language), 'en')).toContain(concept);
  });

  it.each([
    ['nl', 'Mijn kind heeft koorts, kan ik de afspraak verzetten?', 'yellowFever'],
    ['tr', 'Ateşim var, randevuyu erteleyebilir miyim?', 'yellowFever'],
    ['ru', 'У меня температура, можно перенести?', 'yellowFever'],
    ['pl', 'Jadę na wakacje, czy mogę przyjść wcześniej?', 'travelConsultation'],
    // A curse, a death: "cholera jasna", Dutch "tyfus", Polish "umrę" (I will die) are no disease and no Umrah.
    ['pl', 'Cholera jasna, spóźnię się 10 minut', 'cholera'],
    ['nl', 'wat een tyfus dag, ik kom later', 'typhoid'],
    ['pl', 'chyba umrę z bólu zęba', 'pilgrimage'],
    ['ru', 'я умру от боли в зубе', 'pilgrimage'],
  ] as [ForeignLanguage, string, string][])('%s "%s" does not read as %s', (language, text, concept) => {
    expect(conceptsOf(gist(text, language), 'en')).not.toContain(concept);
  });
});
