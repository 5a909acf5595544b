/**
 * The concepts of vehicle workshops (concepts-vehicle.ts): each is found in a customer's phrase in every
 * language, and the words of a salon, a clinic, a vet or a school that look like a workshop's raise none.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { VEHICLE_CONCEPTS } from './concepts-vehicle.js';
import { OFFERING_CONCEPTS } from './concepts.js';
import { type ConceptExamples, conceptsAlsoInItDe, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'tyres',
    [
      ['en', 'how much for 2 new tyres on a golf?'],
      ['en', 'got a flat tire this morning, can u fix it today'],
      ['es', 'cuanto cuesta cambiar los neumaticos delanteros?'],
      ['es', 'se me poncho la llanta, llanta ponchada en la calle'],
      ['fr', 'vous avez des pneus en 205/55 R16 ?'],
      ['it', 'quanto mi costa il cambio gomme?'],
      ['de', 'was kostet ein Reifenwechsel?'],
      ['de', 'habt ihr Zeit für einen Radwechsel am Samstag'],
      ['ca', 'quant costa canviar els pneumàtics?'],
      ['pt', 'tenho um pneu furado, podem ver hoje?'],
      ['ar', 'عندي الكاوتشو مثقوب واش تقدرو تصلحوه؟'],
    ],
  ],
  [
    'winterTyres',
    [
      ['en', 'do you store winter tyres over the summer?'],
      ['es', 'teneis neumaticos de invierno para un seat ibiza?'],
      ['fr', 'vous montez les pneus neige ?'],
      ['it', 'quando si montano le gomme invernali?'],
      ['de', 'hend ihr Winterreife?'],
      ['de', 'verkauft ihr Schneeketten?'],
      ['ca', "teniu pneumàtics d'hivern?"],
      ['pt', 'vendem correntes de neve?'],
      ['ar', 'واش عندكم سلاسل الثلج؟'],
    ],
  ],
  [
    'brakes',
    [
      ['en', 'my brakes are squeaking'],
      ['es', 'me chirrian los frenos al parar'],
      ['es', 'cuanto cuestan las pastillas de freno?'],
      ['fr', 'les freins font du bruit, vous pouvez regarder ?'],
      ['it', 'devo cambiare le pastiglie dei freni'],
      ['de', 'die Bremsen quietschen'],
      ['ca', 'els frens fan soroll'],
      ['pt', 'preciso trocar as pastilhas dos travões'],
      ['pt', 'os freios estão fazendo barulho'],
      ['ar', 'الفرامل ديال الطوموبيل كيصفرو'],
    ],
  ],
  [
    'timingBelt',
    [
      ['en', 'when should I change the timing belt?'],
      ['es', 'cuanto cuesta cambiar la correa de distribucion?'],
      ['fr', 'combien pour changer la courroie de distribution ?'],
      ['it', 'quanto costa rifare la distribuzione su una panda?'],
      ['de', 'was kostet der Zahnriemenwechsel beim Golf?'],
      ['ca', 'quant val canviar la corretja de distribució?'],
      ['pt', 'quanto custa trocar a correia dentada?'],
      ['ar', 'شحال كيسوا تبدال سير التوزيع؟'],
    ],
  ],
  [
    'airCon',
    [
      ['en', 'my air con is blowing warm, do you do regas?'],
      ['es', 'el aire acondicionado no enfria, cuanto cuesta la recarga?'],
      ['fr', 'la clim ne fait plus de froid'],
      ['it', 'fate la ricarica clima?'],
      ['de', 'die Klimaanlage kühlt nicht mehr'],
      ['ca', "l'aire condicionat no refreda"],
      ['pt', 'o ar condicionado do carro não gela'],
      ['ar', 'المكيف ديال الطوموبيل ما بقاش كيبرد'],
    ],
  ],
  [
    'roadworthiness',
    [
      ['en', 'my MOT is due next week, any slots?'],
      ['es', 'me toca pasar la ITV, la haceis vosotros?'],
      ['fr', 'vous faites le contrôle technique ?'],
      ['fr', 'c est combien le contrôle technique ?'],
      ['it', 'quanto costa la revisione alla macchina?'],
      ['it', 'mi è scaduta la revisione della macchina'],
      ['de', 'macht ihr auch TÜV?'],
      ['de', 'ich brauch das Pickerl machen für mein Auto'],
      ['ca', "quan puc passar l'ITV?"],
      ['pt', 'fazem a inspeção periódica?'],
      ['pt', 'preciso fazer a vistoria do detran'],
      ['ar', 'واش كتديرو الفحص التقني؟'],
    ],
  ],
  [
    'carService',
    [
      ['en', 'how much is a car service for a 2015 fiesta?'],
      ['en', 'need an oil change asap'],
      ['es', 'cuanto me cobrais por el cambio de aceite?'],
      ['es', 'quiero pedir cita para la revisión del coche'],
      ['fr', 'combien coûte une vidange moteur ?'],
      ['fr', 'je voudrais faire la révision de ma voiture'],
      ['it', 'quanto costa il tagliando?'],
      ['it', 'devo fare il cambio olio'],
      ['de', 'was kostet eine Inspektion beim Polo?'],
      ['de', 'ich brauche einen Ölwechsel'],
      ['ca', "quant costa el canvi d'oli?"],
      ['pt', 'quanto fica a revisão do carro?'],
      ['pt', 'queria fazer a mudança de óleo'],
      ['ar', 'بشحال الفيدونج؟'],
    ],
  ],
  [
    'bodywork',
    [
      ['en', 'someone dented my car door, can you fix the dent in it?'],
      ['en', 'do you do respray and bumper repairs?'],
      ['es', 'cuanto costaria quitar una abolladura?'],
      ['es', 'hacéis chapa y pintura?'],
      ['fr', "j'ai une bosse sur la portière, vous faites la carrosserie ?"],
      ['it', 'quanto costa sistemare un bozzo alla portiera?'],
      ['it', 'fate anche carrozzeria?'],
      ['de', 'ich habe eine Delle am Auto, macht ihr Karosserie?'],
      ['ca', 'feu xapa i pintura?'],
      ['pt', 'fazem funilaria e pintura?'],
      ['pt', 'tenho uma mossa na porta, fazem bate-chapas?'],
      ['ar', 'واش عندكم السمكري؟'],
    ],
  ],
  [
    'warningLight',
    [
      ['en', 'the engine light came on this morning'],
      ['es', 'se me ha encendido el testigo del motor'],
      ['fr', "j'ai le voyant moteur allumé"],
      ['it', 'la spia del motore è accesa'],
      ['de', 'bei mir leuchtet die Motorkontrollleuchte'],
      ['ca', "s'ha encès la llum del motor"],
      ['pt', 'acendeu a luz do motor'],
      ['ar', 'شعل ليا الضو ديال الموتور'],
    ],
  ],
  [
    'towing',
    [
      ['en', 'my car broke down on the A6, do you have a tow truck?'],
      ['es', 'necesito una grua urgente'],
      ['fr', 'vous avez une dépanneuse ? ma voiture est en panne'],
      ['it', 'avete il carro attrezzi?'],
      ['de', 'bietet ihr einen Abschleppdienst an?'],
      ['ca', 'em podeu enviar la grua?'],
      ['pt', 'preciso de reboque, o carro avariou'],
      ['ar', 'واش عندكم الديباناج؟ الطوموبيل خسرات'],
    ],
  ],
  [
    'courtesyCar',
    [
      ['en', 'do you provide a courtesy car while it is in?'],
      ['es', 'me dejais un coche de sustitucion mientras?'],
      ['fr', 'vous avez une voiture de prêt ?'],
      ['it', "c'è un'auto di cortesia?"],
      ['de', 'bekomme ich einen Ersatzwagen?'],
      ['ca', 'teniu cotxe de substitució?'],
      ['pt', 'dão carro de substituição?'],
      ['ar', 'واش كتعطيو سيارة بديلة حتى تصاوبو الطوموبيل ديالي؟'],
    ],
  ],
  [
    'rentalCar',
    [
      ['en', 'it is a rental car, will you bill the rental company?'],
      ['es', 'es un coche de alquiler, podeis mirarlo?'],
      ['fr', "c'est une voiture de location"],
      ['it', 'è una macchina a noleggio, si può riparare?'],
      ['de', 'das ist ein Mietwagen'],
      ['ca', 'és un cotxe de lloguer'],
      ['pt', 'é um carro alugado, podem ver?'],
      ['ar', 'هادي طوموبيل ديال الكرا، واش تقدرو تشوفوها؟'],
    ],
  ],
  [
    'clutch',
    [
      ['en', 'think my clutch is slipping'],
      ['es', 'el embrague patina, cuanto cuesta cambiarlo?'],
      ['fr', "l'embrayage patine"],
      ['it', 'quanto costa cambiare la frizione?'],
      ['de', 'die Kupplung rutscht'],
      ['ca', "l'embragatge fa soroll"],
      ['pt', 'a embreagem está patinando'],
      ['ar', 'الامبرياج ولا قاصح بزاف'],
    ],
  ],
  [
    'exhaust',
    [
      ['en', 'my exhaust is really loud'],
      ['es', 'el tubo de escape hace mucho ruido'],
      ['fr', "le pot d'échappement fait du bruit"],
      ['it', 'la marmitta fa rumore'],
      ['de', 'mein Auspuff ist kaputt'],
      ['ca', "el tub d'escapament fa soroll"],
      ['pt', 'o tubo de escape está a fazer barulho'],
      ['ar', 'العادم كيدير الصداع'],
    ],
  ],
];

/**
 * Phrases of other businesses that no vehicle concept may read, each with the vehicle concept its words
 * come nearest to.
 */
const OTHER_BUSINESSES: [TextLanguage, string, string][] = [
  // A haircut, a groom, a check-up, a change of appointment.
  ['it', 'quanto costa un taglio e piega?', 'carService'],
  ['it', 'vorrei un taglio corto, quanto viene?', 'carService'],
  ['it', 'mi sto tagliando i capelli da sola', 'carService'],
  ['es', 'cambio de cita para el martes', 'clutch'],
  ['it', 'posso fare un cambio di appuntamento?', 'clutch'],
  ['es', 'quiero pedir una revisión dental', 'carService'],
  ['es', 'una revisión de la vista para mi hija', 'carService'],
  ['fr', 'une révision chez le dentiste', 'carService'],
  ['pt', 'preciso marcar uma revisão com o médico', 'carService'],
  ['en', 'do you do a full service groom for dogs?', 'carService'],
  ['en', 'how much is a service for my hearing aids?', 'carService'],
  ['en', 'is there a garage to park?', 'carService'],
  ['it', 'c è un garage per parcheggiare?', 'carService'],
  ['en', 'I need a break, my back hurts', 'brakes'],
  // Words a workshop shares with a salon, a clinic, a vet, a school.
  ['fr', "j'ai mal à une dent depuis hier", 'bodywork'],
  ['fr', 'ma dent est cassée', 'bodywork'],
  ['ca', 'em fa mal una dent', 'bodywork'],
  ['en', 'I get tired quickly after the session', 'tyres'],
  ['fr', 'ça tire dans le bas du dos', 'tyres'],
  ['pt', 'preciso que tire a roupa?', 'tyres'],
  ['en', 'my dog has a puncture wound on his leg', 'tyres'],
  ['en', 'my cat scratched me, is that ok?', 'bodywork'],
  ['en', 'do you do bodywork or deep tissue massage?', 'bodywork'],
  ['en', "I'm exhausted, can I move to next week?", 'exhaust'],
  ['en', 'can the virus transmission happen at the clinic?', 'clutch'],
  ['es', 'voy en silla de ruedas, hay rampa?', 'tyres'],
  ['es', 'me duele el pinchazo de la vacuna', 'tyres'],
  ['es', 'cuánto cuestan los frenos para mi hija?', 'brakes'],
  ['es', 'un aceite para masaje de almendras', 'carService'],
  ['es', 'hacéis mantenimiento de uñas de gel?', 'carService'],
  ['es', 'la chapa del perro con su nombre', 'bodywork'],
  ['es', 'hacéis escape room para grupos?', 'exhaust'],
  ['es', 'quiero frenar la caída del pelo', 'brakes'],
  ['es', 'tienen piscina climatizada?', 'airCon'],
  ['fr', 'vous faites la vidange des glandes anales ?', 'carService'],
  ['fr', 'mon chien a une bosse sur le dos', 'bodywork'],
  ['fr', "j'ai une rayure sur mes verres", 'bodywork'],
  ['fr', 'mon taux de plaquettes est bas', 'brakes'],
  ['fr', 'mon bébé a un frein de langue', 'brakes'],
  ['fr', "c'est un entretien d'embauche", 'carService'],
  ['fr', 'vous faites un massage à l huile ?', 'carService'],
  ['fr', 'une pièce silencieuse pour mon fils', 'exhaust'],
  ['fr', 'vous pouvez me dépanner ce soir pour une coupe ?', 'towing'],
  ['fr', 'mon appareil auditif est tombé en panne', 'towing'],
  ['it', 'posso masticare una gomma dopo la pulizia?', 'tyres'],
  ['it', 'il barbiere mi ha fatto shampoo e frizione', 'clutch'],
  ['it', 'prendo delle pastiglie per la pressione', 'brakes'],
  ['it', 'il gatto mi ha fatto un graffio', 'bodywork'],
  ['it', 'mi è venuto un bozzo in testa', 'bodywork'],
  ['it', 'posso scaricare la fattura dal sito?', 'exhaust'],
  ['it', 'fate la foratura delle orecchie ai bambini?', 'tyres'],
  ['it', 'questo shampoo frena la caduta dei capelli?', 'brakes'],
  ['it', 'avete il noleggio degli accappatoi?', 'rentalCar'],
  ['it', 'in sala c è un clima rilassante', 'airCon'],
  ['it', 'la revisione della protesi quanto costa?', 'roadworthiness'],
  ['it', 'il bimbo ha il freno della lingua corto', 'brakes'],
  ['de', 'eine Bremse hat mich gestochen', 'brakes'],
  ['pt', 'tem caixa automática perto?', 'clutch'],
  ['es', 'tenéis grúa de pacientes para pasar a la camilla?', 'towing'],
  ['fr', 'vous avez une boîte mail automatique ?', 'clutch'],
  ['fr', 'la courroie de mon sac est cassée', 'timingBelt'],
  ['en', 'I have a clutch bag for the wedding, can you match the makeup?', 'clutch'],
  ['en', 'my son has a dent in his skull from birth', 'bodywork'],
  ['es', 'hay silencio en la sala de espera?', 'exhaust'],
  ['pt', 'posso escapar mais cedo do trabalho', 'exhaust'],
  ['ar', 'وريني الثمن عافاك', 'brakes'],
  ['ar', 'رانا جايين دابا', 'brakes'],
  ['de', 'ich trainiere für den Marathon, vorher eine Massage?', 'towing'],
  ['de', 'habt ihr eine Pflege für reife Haut?', 'tyres'],
  ['de', 'die Dellen an den Oberschenkeln stören mich', 'bodywork'],
  ['de', 'mein Hund hat eine Beule am Bauch', 'bodywork'],
  ['de', 'kann ich die Nägel lackieren lassen?', 'bodywork'],
  ['de', 'wie oft braucht mein Hörgerät eine Wartung?', 'carService'],
  ['de', 'muss ich im Auto warten?', 'carService'],
  ['de', 'mein Sohn hat Plattfüße', 'tyres'],
  ['de', 'bekommt mein Kind ein Pickerl nach der Behandlung?', 'roadworthiness'],
  ['pt', 'o bebé tem o freio da língua curto', 'brakes'],
  ['pt', 'estou com o pescoço travado', 'brakes'],
  ['pt', 'tomo pastilhas para a garganta', 'brakes'],
  ['pt', 'há algum risco com o laser?', 'bodywork'],
  ['pt', 'a massagem tem amassamento?', 'bodywork'],
  ['pt', 'fazem polimento dos dentes?', 'bodywork'],
  ['pt', 'o cão dá um guincho quando lhe toco', 'towing'],
  ['pt', 'fui ao pronto socorro ontem', 'towing'],
  ['pt', 'estou a fazer tratamento no IPO', 'roadworthiness'],
  ['ca', 'tinc un bony al cap', 'bodywork'],
  ['ca', 'em fa mal la punxada', 'tyres'],
  ['ca', 'la piscina és climatitzada?', 'airCon'],
  ['ar', 'عندكم اطارات النظارات؟', 'tyres'],
  ['ar', 'شحال طول الشعر ديالي؟', 'bodywork'],
  ['ar', 'واش عندكم واي فاي؟', 'warningLight'],
  ['ar', 'بغيت صباغة الشعر', 'bodywork'],
  ['ar', 'واش ممكن نشر الصور ديالي؟', 'tyres'],
  ['ar', 'عصير الليمون مزيان للبشرة؟', 'airCon'],
  ['ar', 'واش كاين الفيزيت عند الطبيب؟', 'roadworthiness'],
];

const vehicleConcepts = Object.keys(VEHICLE_CONCEPTS);

describeConceptTable('the vehicle workshop concepts', VEHICLE_CONCEPTS, examples, OTHER_BUSINESSES);

describe('the vehicle workshop concepts, read beside other languages', () => {
  it.each(OTHER_BUSINESSES)('%s "%s" raises no vehicle concept, in Italian and German too', (language, text) => {
    const found = [...conceptsAlsoInItDe(text, language)];
    expect(found.filter((c) => c in VEHICLE_CONCEPTS)).toEqual([]);
  });

  it.each<[TextLanguage, string, string]>([
    // Read in English as well, as every message is: a French tooth is no dent, a Portuguese "tire" no tyre.
    ['fr', 'combien pour soigner une dent ?', 'bodywork'],
    ['pt', 'tire os brincos antes', 'tyres'],
    ['es', 'que tire la basura', 'tyres'],
    ['fr', 'un mot de passe pour le wifi ?', 'roadworthiness'],
  ])('%s "%s" is not %s, read in English too', (language, text, concept) => {
    const found = [...conceptsOf(text, language), ...conceptsOf(text, 'en')];
    expect(found).not.toContain(concept);
  });

  it.each([
    ['it', 'devo fare il tagliando alla panda', 'un taglio di capelli'],
    ['it', 'un tagliando costa tanto?', 'il taglio costa tanto?'],
    ['it', 'quanto viene il tagliando auto?', 'quanto viene il taglio uomo?'],
    ['fr', 'vous avez une dépanneuse ?', 'vous pouvez me dépanner demain ?'],
    ['it', 'ho fatto una frenata brusca e ora fischia', 'frena la caduta dei capelli'],
  ] as const)('%s: "%s" is a workshop\'s, "%s" is not', (language, workshop, other) => {
    expect([...conceptsOf(workshop, language)].some((c) => c in VEHICLE_CONCEPTS)).toBe(true);
    expect([...conceptsOf(other, language)].filter((c) => c in VEHICLE_CONCEPTS)).toEqual([]);
  });

  it('counts what a workshop offers as offerings, not the customer’s warning light', () => {
    for (const concept of vehicleConcepts)
      expect(OFFERING_CONCEPTS.has(concept as never), concept).toBe(concept !== 'warningLight');
  });
});
