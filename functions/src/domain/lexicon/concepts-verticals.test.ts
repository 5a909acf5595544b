/**
 * The concept tables of the verticals the demo businesses do not cover
 * (concepts-beauty, -animals, -studio, -visit): each concept is found in a
 * customer's phrase in every language, and a word that means something else
 * elsewhere does not raise it.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyzer.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { ANIMAL_CONCEPTS } from './concepts-animals.js';
import { BEAUTY_CONCEPTS } from './concepts-beauty.js';
import { CONCEPT_TABLE } from './concepts.js';
import { STUDIO_CONCEPTS } from './concepts-studio.js';
import { VISIT_CONCEPTS } from './concepts-visit.js';

const conceptsOf = (text: string, language: TextLanguage) =>
  new Set(analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key));

const NEW_TABLES = { ...BEAUTY_CONCEPTS, ...ANIMAL_CONCEPTS, ...STUDIO_CONCEPTS, ...VISIT_CONCEPTS };

const examples: [string, [TextLanguage, string][]][] = [
  [
    'haircut',
    [
      ['en', 'how much for a skin fade?'],
      ['es', 'cuanto cuesta un corte de pelo'],
      ['ca', 'vull tallar-me el cabell'],
      ['fr', 'une coupe de cheveux pour homme'],
      ['pt', 'quero cortar o cabelo'],
      ['ar', 'بكم قص الشعر؟'],
    ],
  ],
  [
    'beard',
    [
      ['en', 'can you trim my beard?'],
      ['es', 'arreglo de barba y afeitado a navaja'],
      ['ca', 'em podeu arreglar la barba?'],
      ['fr', 'taille de barbe possible ?'],
      ['pt', 'fazem barba com toalha quente?'],
      ['ar', 'بدي تشذيب اللحية'],
    ],
  ],
  [
    'hairColour',
    [
      ['en', 'I want highlights'],
      ['es', 'quiero hacerme mechas'],
      ['ca', 'em vull fer metxes'],
      ['fr', 'je voudrais une coloration'],
      ['pt', 'quero fazer madeixas'],
      ['ar', 'بدي صبغة شعر'],
    ],
  ],
  [
    'styling',
    [
      ['en', 'can you do an updo for saturday?'],
      ['es', 'quiero un recogido'],
      ['ca', 'voldria un pentinat recollit'],
      ['fr', 'un chignon pour samedi'],
      ['pt', 'fazem penteados?'],
      ['ar', 'بدي تسريحة'],
    ],
  ],
  [
    'keratin',
    [
      ['en', 'do you do keratin treatments?'],
      ['es', 'cuanto cuesta el alisado?'],
      ['ca', 'feu queratina?'],
      ['fr', 'un lissage brésilien'],
      ['pt', 'fazem progressiva?'],
      ['ar', 'بكم الكيراتين؟'],
    ],
  ],
  [
    'hairExtensions',
    [
      ['en', 'do you do tape ins?'],
      ['es', 'extensiones de pelo'],
      ['ca', 'extensions de cabell'],
      ['fr', 'des extensions de cheveux'],
      ['pt', 'fazem mega hair?'],
      ['ar', 'وصلات شعر'],
    ],
  ],
  [
    'hairLoss',
    [
      ['en', "I'm losing my hair"],
      ['es', 'tengo mucha caída del pelo'],
      ['ca', 'tinc caiguda del cabell'],
      ['fr', 'chute de cheveux'],
      ['pt', 'queda de cabelo'],
      ['ar', 'عندي صلع'],
    ],
  ],
  [
    'scalp',
    [
      ['en', 'I have dandruff'],
      ['es', 'tengo caspa'],
      ['ca', 'tinc caspa'],
      ['fr', "j'ai des pellicules"],
      ['pt', 'tenho caspa'],
      ['ar', 'عندي قشرة'],
    ],
  ],
  [
    'occasion',
    [
      ['en', "it's for my wedding"],
      ['es', 'es para una boda'],
      ['ca', 'és per a un casament'],
      ['fr', "c'est pour un mariage"],
      ['pt', 'é para um casamento'],
      ['ar', 'مكياج عروس'],
    ],
  ],
  [
    'gelNails',
    [
      ['en', 'how long does shellac last?'],
      ['es', 'cuanto cuesta el esmaltado semipermanente?'],
      ['ca', 'feu ungles de gel?'],
      ['fr', 'pose de vernis semi permanent'],
      ['pt', 'quanto custa o verniz gel?'],
      ['ar', 'بكم اظافر جل'],
    ],
  ],
  [
    'nailArt',
    [
      ['en', 'do you do nail art?'],
      ['es', 'manicura francesa'],
      ['ca', 'manicura francesa'],
      ['fr', 'du nail art'],
      ['pt', 'fazem francesinha?'],
      ['ar', 'رسم على الاظافر'],
    ],
  ],
  [
    'lashes',
    [
      ['en', 'lash lift price'],
      ['es', 'lifting de pestañas'],
      ['ca', 'extensions de pestanyes'],
      ['fr', 'rehaussement de cils'],
      ['pt', 'extensões de pestanas'],
      ['ar', 'تركيب رموش'],
    ],
  ],
  [
    'brows',
    [
      ['en', 'can you shape my eyebrows?'],
      ['es', 'laminado de cejas'],
      ['ca', 'laminat de celles'],
      ['fr', 'restructuration des sourcils'],
      ['pt', 'design de sobrancelhas'],
      ['ar', 'رسم الحواجب'],
    ],
  ],
  [
    'threading',
    [
      ['en', 'eyebrow threading'],
      ['es', 'depilación con hilo'],
      ['ca', 'depilació amb fil'],
      ['fr', 'épilation au fil'],
      ['pt', 'depilação com linha'],
      ['ar', 'فتلة للوجه'],
    ],
  ],
  [
    'waxing',
    [
      ['en', 'bikini wax'],
      ['es', 'depilación con cera'],
      ['ca', 'depilació amb cera'],
      ['fr', 'épilation à la cire'],
      ['pt', 'depilação com cera'],
      ['ar', 'شمع للرجلين'],
    ],
  ],
  [
    'facial',
    [
      ['en', 'do you do facials?'],
      ['es', 'una limpieza facial'],
      ['ca', 'una neteja facial'],
      ['fr', 'un soin du visage'],
      ['pt', 'limpeza de pele'],
      ['ar', 'تنظيف البشرة'],
    ],
  ],
  [
    'makeup',
    [
      ['en', 'makeup for an event'],
      ['es', 'maquillaje para una fiesta'],
      ['ca', 'maquillatge per a un sopar'],
      ['fr', 'un maquillage'],
      ['pt', 'maquilhagem para um jantar'],
      ['ar', 'بدي مكياج'],
    ],
  ],
  [
    'massage',
    [
      ['en', 'a deep tissue massage'],
      ['es', 'un masaje descontracturante'],
      ['ca', 'un massatge'],
      ['fr', 'un massage relaxant'],
      ['pt', 'uma massagem'],
      ['ar', 'بدي مساج'],
    ],
  ],
  [
    'hotStones',
    [
      ['en', 'hot stone massage'],
      ['es', 'masaje con piedras calientes'],
      ['ca', 'massatge amb pedres calentes'],
      ['fr', 'massage aux pierres chaudes'],
      ['pt', 'massagem com pedras quentes'],
      ['ar', 'مساج بالاحجار الساخنة'],
    ],
  ],
  [
    'hammam',
    [
      ['en', 'hammam and scrub'],
      ['es', 'baño turco'],
      ['ca', 'bany turc'],
      ['fr', 'hammam et gommage au savon noir'],
      ['pt', 'banho turco'],
      ['ar', 'حمام مغربي'],
    ],
  ],
  [
    'spaCircuit',
    [
      ['en', 'is there a jacuzzi?'],
      ['es', 'tenéis circuito termal?'],
      ['ca', 'teniu jacuzzi?'],
      ['fr', 'il y a un jacuzzi ?'],
      ['pt', 'têm jacuzzi?'],
      ['ar', 'في جاكوزي؟'],
    ],
  ],
  [
    'couples',
    [
      ['en', 'a couples massage'],
      ['es', 'un masaje en pareja'],
      ['ca', 'un massatge en parella'],
      ['fr', 'un massage en duo'],
      ['pt', 'massagem para casal'],
      ['ar', 'مساج لشخصين'],
    ],
  ],
  [
    'bodyWrap',
    [
      ['en', 'anti cellulite treatment'],
      ['es', 'tratamiento anticelulitis'],
      ['ca', 'tractament anticel·lulitis'],
      ['fr', 'enveloppement aux algues'],
      ['pt', 'tratamento de celulite'],
      ['ar', 'علاج السيلوليت'],
    ],
  ],
  [
    'vet',
    [
      ['en', 'is there a vet on site?'],
      ['es', 'tenéis veterinario?'],
      ['ca', 'hi ha veterinari?'],
      ['fr', 'vous avez un vétérinaire ?'],
      ['pt', 'têm veterinário?'],
      ['ar', 'في طبيب بيطري؟'],
    ],
  ],
  [
    'neuter',
    [
      ['en', 'how much to spay a cat?'],
      ['es', 'cuánto cuesta castrar un gato?'],
      ['ca', 'castrar el gos'],
      ['fr', 'castration du chat'],
      ['pt', 'castração de cadela'],
      ['ar', 'عملية تعقيم القطة'],
    ],
  ],
  [
    'deworming',
    [
      ['en', 'when should I deworm my puppy?'],
      ['es', 'desparasitar al cachorro'],
      ['ca', 'desparasitar el gat'],
      ['fr', 'vermifuger mon chien'],
      ['pt', 'desparasitar o cão'],
      ['ar', 'طارد الديدان'],
    ],
  ],
  [
    'microchip',
    [
      ['en', 'does my dog need a microchip?'],
      ['es', 'necesito el pasaporte europeo'],
      ['ca', 'posar el microxip'],
      ['fr', 'un passeport européen pour mon chat'],
      ['pt', 'pôr o microchip'],
      ['ar', 'شريحة تعريف للكلب'],
    ],
  ],
  [
    'bloodTest',
    [
      ['en', 'does he need a blood test?'],
      ['es', 'le hacéis una analítica?'],
      ['ca', 'una analítica de sang'],
      ['fr', 'une prise de sang'],
      ['pt', 'uma análise ao sangue'],
      ['ar', 'تحليل دم'],
    ],
  ],
  [
    'ultrasound',
    [
      ['en', 'an abdominal ultrasound'],
      ['es', 'una ecografía'],
      ['ca', 'una ecografia'],
      ['fr', 'une échographie'],
      ['pt', 'uma ecografia'],
      ['ar', 'سونار بطن'],
    ],
  ],
  [
    'hospitalisation',
    [
      ['en', 'does he have to stay overnight?'],
      ['es', 'se queda ingresado?'],
      ['ca', 'ha de passar la nit?'],
      ['fr', 'il doit passer la nuit ?'],
      ['pt', 'fica internado?'],
      ['ar', 'لازم يبات عندكم؟'],
    ],
  ],
  [
    'euthanasia',
    [
      ['en', 'I think we need to put him down'],
      ['es', 'eutanasia'],
      ['ca', 'eutanàsia'],
      ['fr', 'euthanasie'],
      ['pt', 'eutanásia'],
      ['ar', 'القتل الرحيم'],
    ],
  ],
  [
    'exoticPets',
    [
      ['en', 'do you see rabbits?'],
      ['es', 'atendéis conejos?'],
      ['ca', 'atengueu conills?'],
      ['fr', 'vous soignez les lapins ?'],
      ['pt', 'atendem coelhos?'],
      ['ar', 'بتعالجو الارانب؟'],
    ],
  ],
  [
    'diet',
    [
      ['en', 'he is overweight'],
      ['es', 'qué pienso para perros me recomiendas'],
      ['ca', 'té sobrepès'],
      ['fr', 'quelles croquettes'],
      ['pt', 'que ração'],
      ['ar', 'نظام غذائي للكلب'],
    ],
  ],
  [
    'digestive',
    [
      ['en', 'my dog keeps vomiting'],
      ['es', 'tiene diarrea'],
      ['ca', 'té diarrea'],
      ['fr', 'il a la diarrhée'],
      ['pt', 'está com diarreia'],
      ['ar', 'عنده اسهال'],
    ],
  ],
  [
    'ears',
    [
      ['en', 'he keeps scratching his ears'],
      ['es', 'tiene otitis'],
      ['ca', 'li fa mal l’orella'],
      ['fr', 'ses oreilles'],
      ['pt', 'limpeza de ouvidos'],
      ['ar', 'التهاب الاذن'],
    ],
  ],
  [
    'boarding',
    [
      ['en', 'do you do dog boarding?'],
      ['es', 'tenéis residencia canina?'],
      ['ca', 'teniu residència canina?'],
      ['fr', 'une pension canine'],
      ['pt', 'têm hotel para cães?'],
      ['ar', 'فندق كلاب'],
    ],
  ],
  [
    'design',
    [
      ['en', 'can you draw a design for me?'],
      ['es', 'me hacéis el diseño?'],
      ['ca', 'em feu el disseny?'],
      ['fr', 'vous faites le dessin ?'],
      ['pt', 'fazem o desenho?'],
      ['ar', 'بدي تصميم خاص'],
    ],
  ],
  [
    'coverUp',
    [
      ['en', 'do you do cover ups?'],
      ['es', 'quiero tapar un tatuaje viejo'],
      ['ca', 'vull tapar un tatuatge'],
      ['fr', 'recouvrir un tatouage'],
      ['pt', 'cobrir uma tatuagem antiga'],
      ['ar', 'تغطية تاتو قديم'],
    ],
  ],
  [
    'touchUp',
    [
      ['en', 'is the touch up free?'],
      ['es', 'el retoque es gratis?'],
      ['ca', 'el retoc és gratis?'],
      ['fr', 'la retouche est offerte ?'],
      ['pt', 'o retoque é grátis?'],
      ['ar', 'الروتوش مجاني؟'],
    ],
  ],
  [
    'piercing',
    [
      ['en', 'nose piercing price'],
      ['es', 'un piercing en la nariz'],
      ['ca', 'un piercing al melic'],
      ['fr', 'percer le nombril'],
      ['pt', 'quero um piercing'],
      ['ar', 'ثقب الانف'],
    ],
  ],
  [
    'size',
    [
      ['en', 'what size should it be?'],
      ['es', 'de qué tamaño?'],
      ['ca', 'de quina mida?'],
      ['fr', 'quelle taille ?'],
      ['pt', 'que tamanho?'],
      ['ar', 'شو الحجم؟'],
    ],
  ],
  [
    'placement',
    [
      ['en', 'which part of the body hurts least?'],
      ['es', 'qué parte del cuerpo duele menos?'],
      ['ca', 'quina part del cos?'],
      ['fr', 'quelle partie du corps ?'],
      ['pt', 'que parte do corpo?'],
      ['ar', 'مكان التاتو'],
    ],
  ],
  [
    'consent',
    [
      ['en', 'do I need parental consent?'],
      ['es', 'necesito autorización de los padres?'],
      ['ca', 'cal el permís dels pares?'],
      ['fr', 'une autorisation parentale'],
      ['pt', 'preciso de autorização dos pais?'],
      ['ar', 'لازم موافقة الاهل؟'],
    ],
  ],
  [
    'hygiene',
    [
      ['en', 'are the needles single use?'],
      ['es', 'las agujas son de un solo uso?'],
      ['ca', 'les agulles són d’un sol ús?'],
      ['fr', 'les aiguilles sont à usage unique ?'],
      ['pt', 'as agulhas são descartáveis?'],
      ['ar', 'الادوات معقمة؟'],
    ],
  ],
  [
    'walkIn',
    [
      ['en', 'do you take walk ins?'],
      ['es', 'se puede ir sin cita?'],
      ['ca', 'puc anar sense cita?'],
      ['fr', 'sans rendez-vous ?'],
      ['pt', 'posso ir sem marcação?'],
      ['ar', 'ممكن اجي بدون موعد؟'],
    ],
  ],
  [
    'waitingTime',
    [
      ['en', 'what is the waiting time?'],
      ['es', 'hay mucha espera?'],
      ['ca', 'hi ha molta espera?'],
      ['fr', "il y a beaucoup d'attente ?"],
      ['pt', 'há muita espera?'],
      ['ar', 'كم وقت الانتظار؟'],
    ],
  ],
  [
    'wifi',
    [
      ['en', 'do you have wifi?'],
      ['es', 'tenéis wifi?'],
      ['ca', 'teniu wifi?'],
      ['fr', 'vous avez le wifi ?'],
      ['pt', 'têm wifi?'],
      ['ar', 'في واي فاي؟'],
    ],
  ],
  [
    'reviews',
    [
      ['en', 'where can I read reviews?'],
      ['es', 'dónde veo las reseñas?'],
      ['ca', 'on veig les ressenyes?'],
      ['fr', 'je peux lire les avis ?'],
      ['pt', 'onde vejo os comentários?'],
      ['ar', 'وين اشوف اراء العملاء؟'],
    ],
  ],
  [
    'portfolio',
    [
      ['en', 'can I see before and after photos?'],
      ['es', 'tenéis fotos de antes y después?'],
      ['ca', 'teniu fotos d’abans i després?'],
      ['fr', 'des photos avant après ?'],
      ['pt', 'têm fotos de antes e depois?'],
      ['ar', 'عندكم صور قبل وبعد؟'],
    ],
  ],
  [
    'products',
    [
      ['en', 'which products do you use?'],
      ['es', 'qué productos usáis?'],
      ['ca', 'quins productes feu servir?'],
      ['fr', 'quels produits utilisez-vous ?'],
      ['pt', 'que produtos usam?'],
      ['ar', 'شو المنتجات اللي بتستعملوها؟'],
    ],
  ],
  [
    'groups',
    [
      ['en', 'can we book as a group?'],
      ['es', 'somos un grupo de 6'],
      ['ca', 'som un grup de 6'],
      ['fr', 'nous sommes un groupe de 6'],
      ['pt', 'somos um grupo de 6'],
      ['ar', 'احنا مجموعة من 6'],
    ],
  ],
  [
    'hotelTransfer',
    [
      ['en', 'can you pick me up from my hotel?'],
      ['es', 'hacéis traslado desde el hotel?'],
      ['ca', 'feu trasllat des de l’hotel?'],
      ['fr', 'vous avez une navette ?'],
      ['pt', 'fazem transfer do hotel?'],
      ['ar', 'في نقل من الفندق؟'],
    ],
  ],
  [
    'homeVisit',
    [
      ['en', 'do you do home visits?'],
      ['es', 'venís a domicilio?'],
      ['ca', 'veniu a domicili?'],
      ['fr', 'vous venez à domicile ?'],
      ['pt', 'fazem ao domicílio?'],
      ['ar', 'في خدمة منزلية؟'],
    ],
  ],
  [
    'lunchBreak',
    [
      ['en', 'are you open at lunchtime?'],
      ['es', 'cerráis a mediodía?'],
      ['ca', 'tanqueu a migdia?'],
      ['fr', 'vous fermez entre midi et deux ?'],
      ['pt', 'fecham na hora de almoço?'],
      ['ar', 'بتسكرو وقت الغدا؟'],
    ],
  ],
  [
    'remoteConsultation',
    [
      ['en', 'can we do a video call?'],
      ['es', 'hacéis videollamada?'],
      ['ca', 'feu videotrucada?'],
      ['fr', 'une téléconsultation ?'],
      ['pt', 'fazem teleconsulta?'],
      ['ar', 'ممكن استشارة اونلاين؟'],
    ],
  ],
  [
    'medicalCertificate',
    [
      ['en', 'can I get a sick note?'],
      ['es', 'me dais un justificante de asistencia?'],
      ['ca', 'em doneu un justificant d’assistència?'],
      ['fr', 'un certificat médical ?'],
      ['pt', 'dão atestado?'],
      ['ar', 'بتعطوني شهادة طبية؟'],
    ],
  ],
  [
    'tipping',
    [
      ['en', 'is gratuity included?'],
      ['es', 'se deja propina?'],
      ['ca', 'es deixa propina?'],
      ['fr', 'faut-il laisser un pourboire ?'],
      ['pt', 'deixa-se gorjeta?'],
      ['ar', 'لازم بقشيش؟'],
    ],
  ],
  [
    'facilities',
    [
      ['en', 'is there a shower?'],
      ['es', 'hay ducha?'],
      ['ca', 'hi ha dutxa?'],
      ['fr', 'il y a une douche ?'],
      ['pt', 'há chuveiro?'],
      ['ar', 'في دوش؟'],
    ],
  ],
  [
    'bring',
    [
      ['en', 'what should I bring?'],
      ['es', 'qué tengo que traer?'],
      ['ca', 'què cal portar?'],
      ['fr', 'que dois-je apporter ?'],
      ['pt', 'o que tenho de trazer?'],
      ['ar', 'شو لازم اجيب معي؟'],
    ],
  ],
  [
    'petFriendly',
    [
      ['en', 'are you dog friendly?'],
      ['es', 'se admiten mascotas?'],
      ['ca', 'puc entrar amb el gos?'],
      ['fr', 'les animaux sont acceptés ?'],
      ['pt', 'são pet friendly?'],
      ['ar', 'مسموح الكلاب؟'],
    ],
  ],
  [
    'loyalty',
    [
      ['en', 'do you have a loyalty card?'],
      ['es', 'tenéis tarjeta de fidelidad?'],
      ['ca', 'teniu targeta de fidelitat?'],
      ['fr', 'une carte de fidélité ?'],
      ['pt', 'têm cartão de fidelidade?'],
      ['ar', 'عندكم بطاقة ولاء؟'],
    ],
  ],
  [
    'spaKit',
    [
      ['en', 'do I need a swimsuit?'],
      ['es', 'hace falta bañador?'],
      ['ca', 'cal banyador?'],
      ['fr', 'faut-il un maillot de bain ?'],
      ['pt', 'preciso de fato de banho?'],
      ['ar', 'لازم مايوه؟'],
    ],
  ],
];

describe('the concept tables of other verticals', () => {
  it.each(examples)('finds %s in every language', (concept, phrases) => {
    for (const [language, text] of phrases)
      expect([...conceptsOf(text, language)], `${language}: ${text}`).toContain(concept);
  });

  it('has an example in every language for every new concept', () => {
    const covered = new Map(examples.map(([concept, phrases]) => [concept, new Set(phrases.map(([l]) => l))]));
    for (const concept of Object.keys(NEW_TABLES)) {
      for (const language of TEXT_LANGUAGES)
        expect(covered.get(concept)?.has(language), `${concept} ${language}`).toBe(true);
    }
  });

  it.each<[TextLanguage, string, string]>([
    ['en', 'I need a root canal treatment', 'hairColour'],
    ['en', 'I chipped my tooth', 'microchip'],
    ['en', 'I have brown spots on my face', 'brows'],
    ['en', 'the gel feels cold on the skin', 'gelNails'],
    ['en', 'shave the area the day before the laser', 'beard'],
    ['en', 'my cat is sterilised already', 'hygiene'],
    ['en', 'can I book online?', 'remoteConsultation'],
    ['en', 'what time can I pick up my dog?', 'hotelTransfer'],
    ['en', 'any tips for aftercare?', 'tipping'],
    ['es', '¿abrís en fiesta?', 'groups'],
    ['ca', 'obriu els dies de festa?', 'groups'],
    ['es', '¿a qué hora puedo recogerlo?', 'hotelTransfer'],
    ['es', 'estamos a poca distancia del metro', 'remoteConsultation'],
    ['es', 'los cuidados en casa después del tratamiento', 'homeVisit'],
    ['es', 'tengo el esmalte dental desgastado', 'gelNails'],
    ['fr', 'un toilettage pour mon chien', 'facilities'],
    ['fr', "il faut l'endormir pour le détartrage ?", 'euthanasia'],
    ['fr', "des boucles d'oreilles", 'styling'],
    ['pt', 'tenho uma tatuagem com tinta preta', 'hairColour'],
    ['pt', 'fica perto da minha casa', 'homeVisit'],
    ['es', 'pienso que es un poco caro', 'diet'],
    ['pt', 'tenho ouvido dizer que é bom', 'ears'],
    ['en', 'my skin is peeling after the laser', 'facial'],
    ['pt', 'queria marcar uma consulta', 'products'],
    ['fr', 'je viens avec mon mari', 'occasion'],
    ['ca', 'les radiografies són perilloses?', 'beard'],
  ])('keeps a word that means something else elsewhere out: %s %j is not %s', (language, text, concept) => {
    expect([...conceptsOf(text, language)]).not.toContain(concept);
  });

  it('adds concepts without replacing one an older table defines', () => {
    const older = Object.keys(CONCEPT_TABLE).filter((k) => !(k in NEW_TABLES));
    for (const concept of Object.keys(NEW_TABLES)) expect(older, concept).not.toContain(concept);
  });
});
