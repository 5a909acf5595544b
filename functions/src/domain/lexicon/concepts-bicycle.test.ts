/**
 * The concepts of bicycle workshops and bike shops (concepts-bicycle.ts): each is found in a customer's phrase
 * in every language, and the words of a salon, a clinic, a dentist, a vet or a groomer that look like a bike
 * shop's raise none.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { BICYCLE_CONCEPTS } from './concepts-bicycle.js';
import { OFFERING_CONCEPTS } from './concepts.js';
import { type ConceptExamples, conceptsAlsoInItDe, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'bicycle',
    [
      ['en', 'can you look at my bike tomorrow?'],
      ['en', 'do you repair road bikes and MTBs?'],
      ['es', 'mi bici hace un ruido raro'],
      ['es', 'tengo una bicicleta de montaña vieja'],
      ['fr', 'mon vélo fait un bruit bizarre'],
      ['it', 'la mia bici fa un rumore strano'],
      ['de', 'mein Fahrrad quietscht'],
      ['de', 'könnt ihr mein Velo anschauen?'],
      ['ca', 'la meva bici fa un soroll estrany'],
      ['pt', 'a minha bicicleta faz um barulho estranho'],
      ['ar', 'البشكليطة ديالي فيها مشكل'],
      ['ar', 'الدراجة تبعي خربانة'],
    ],
  ],
  [
    'eBike',
    [
      ['en', 'my e-bike shows an error on the display'],
      ['en', 'do you service electric bikes?'],
      ['es', 'arregláis bicis eléctricas?'],
      ['fr', 'vous réparez les vélos électriques ?'],
      ['it', 'riparate le bici elettriche?'],
      ['de', 'macht ihr auch E-Bikes?'],
      ['ca', 'arregleu bicicletes elèctriques?'],
      ['pt', 'consertam bicicletas elétricas?'],
      ['ar', 'واش كتصلحو الدراجات الكهربائية؟'],
    ],
  ],
  [
    'puncture',
    [
      ['en', 'I got a flat on my way to work, can you fix it?'],
      ['en', 'do you set up tubeless?'],
      ['es', 'tengo un pinchazo en la bici'],
      ['es', 'cuánto cuesta cambiar la cámara?'],
      ['fr', "j'ai une crevaison, vous changez la chambre à air ?"],
      ['it', 'ho bucato la ruota, cambiate la camera d aria?'],
      ['de', 'ich habe einen Platten am Fahrrad'],
      ['de', 'könnt ihr den Schlauch wechseln?'],
      ['ca', 'tinc una punxada a la bici'],
      ['pt', 'tenho um furo na bicicleta'],
      ['ar', 'العجلة مثقوبة واش تصلحوها؟'],
    ],
  ],
  [
    'gears',
    [
      ['en', 'my gears keep slipping'],
      ['en', 'the chain keeps coming off'],
      ['en', 'can you fit a new derailleur hanger?'],
      ['es', 'se me sale la cadena de la bici'],
      ['es', 'hay que ajustar el cambio trasero'],
      ['fr', 'le dérailleur est tordu'],
      ['it', 'il deragliatore non funziona, saltano le marce'],
      ['de', 'könnt ihr die Schaltung einstellen?'],
      ['ca', 'cal ajustar el canvi de la bici'],
      ['pt', 'as mudanças da bicicleta saltam'],
      ['ar', 'الفيتاس ديال البشكليطة ما خدامينش'],
    ],
  ],
  [
    'ebikeLimiter',
    [
      ['en', 'can you derestrict my e-bike?'],
      ['es', 'podéis quitar el limitador de velocidad?'],
      ['fr', 'vous faites le débridage du vélo électrique ?'],
      ['it', 'si può togliere il limitatore alla mia e-bike?'],
      ['de', 'könnt ihr mein E-Bike entdrosseln?'],
      ['ca', 'podeu treure el limitador de la bici?'],
      ['pt', 'dá para tirar o limitador da bike?'],
      ['ar', 'واش تقدرو تحيدو محدد السرعة؟'],
    ],
  ],
  [
    'suspension',
    [
      ['en', 'my fork needs a service, do you do Fox?'],
      ['en', 'how much is a rear shock service?'],
      ['es', 'cuánto cuesta el mantenimiento de la horquilla?'],
      ['fr', "la fourche de mon VTT fuit, vous faites l'entretien de fourche ?"],
      ['it', 'quanto costa la revisione della forcella?'],
      ['de', 'macht ihr Federgabel-Service?'],
      ['ca', 'feu el manteniment de la forquilla?'],
      ['pt', 'fazem revisão da suspensão da bike?'],
      ['ar', 'الفورش ديال البشكليطة فيه مشكل'],
    ],
  ],
  [
    'wheelTruing',
    [
      ['en', 'my back wheel is buckled, can you true it?'],
      ['en', 'I have a broken spoke'],
      ['es', 'necesito centrar la rueda trasera'],
      ['fr', 'ma roue est voilée, vous pouvez la dévoiler ?'],
      ['it', 'ho un raggio rotto e la ruota scentrata'],
      ['de', 'ich habe einen Achter im Hinterrad'],
      ['ca', 'cal centrar la roda del darrere'],
      ['pt', 'a roda está empenada, podem centrar a roda?'],
      ['ar', 'الرويضة معوجة واش تقدرو تصلحوها؟'],
    ],
  ],
  [
    'bikeFitting',
    [
      ['en', 'do you do bike fits?'],
      ['en', 'not sure my saddle height is right'],
      ['es', 'hacéis estudio biomecánico de ciclismo?'],
      ['fr', 'je voudrais régler la hauteur de selle'],
      ['it', 'vorrei fare un bike fit, quanto costa?'],
      ['de', 'bietet ihr Bikefitting an?'],
      ['ca', "no sé si l'alçada del seient és bona"],
      ['pt', 'qual é o tamanho do quadro certo para mim?'],
      ['ar', 'بغيت نعرف المقاس ديال البشكليطة لي مناسب ليا'],
    ],
  ],
  [
    'bikeBox',
    [
      ['en', 'can you pack my bike for a flight to Mallorca?'],
      ['en', 'do you rent bike boxes?'],
      ['es', 'me podéis embalar la bici para el avión?'],
      ['fr', 'vous louez des valises vélo ?'],
      ['it', 'mi potete imballare la bici per il volo?'],
      ['de', 'verleiht ihr Radkoffer?'],
      ['ca', 'em podeu embalar la bici per al vol?'],
      ['pt', 'podem embalar a bicicleta para o avião?'],
      ['ar', 'واش عندكم كرطونة ديال البشكليطة للطيارة؟'],
    ],
  ],
  [
    'bikeRental',
    [
      ['en', 'do you do bike hire for the weekend?'],
      ['es', 'cuánto cuesta alquilar una bici un día?'],
      ['fr', 'vous faites de la location de vélos ?'],
      ['it', 'quanto costa il noleggio bici per una settimana?'],
      ['de', 'kann man bei euch ein Fahrrad mieten?'],
      ['ca', 'feu lloguer de bicis?'],
      ['pt', 'quanto custa alugar uma bicicleta?'],
      ['ar', 'واش عندكم كراء البشكليطات؟'],
    ],
  ],
  [
    'kidsBike',
    [
      ['en', 'do you sell balance bikes?'],
      ['en', 'she is ready to take the stabilisers off'],
      ['es', 'vendéis ruedines para la bici de mi hijo?'],
      ['fr', 'vous avez des draisiennes ?'],
      ['it', 'avete le rotelle laterali?'],
      ['de', 'habt ihr Stützräder?'],
      ['ca', 'teniu rodetes per a la bici?'],
      ['pt', 'vendem rodinhas da bicicleta?'],
      ['ar', 'واش عندكم بشكليطة ديال الدراري؟'],
    ],
  ],
  [
    'usedBikes',
    [
      ['en', 'do you have any second hand bikes?'],
      ['es', 'tenéis bicis de segunda mano?'],
      ['fr', "vous vendez des vélos d'occasion ?"],
      ['it', 'avete bici usate?'],
      ['de', 'verkauft ihr gebrauchte Fahrräder?'],
      ['ca', 'teniu bicis de segona mà?'],
      ['pt', 'têm bicicletas usadas?'],
      ['ar', 'واش عندكم بشكليطة دوكازيون؟'],
    ],
  ],
  [
    'childSeat',
    [
      ['en', 'can you fit a child seat on my bike?'],
      ['en', 'do you sell bike trailers?'],
      ['es', 'montáis sillas de bici para niños?'],
      ['fr', 'vous installez des sièges vélo enfant ?'],
      ['it', 'montate il seggiolino per la bici?'],
      ['de', 'habt ihr Kinderanhänger?'],
      ['ca', 'poseu cadiretes per a la bici?'],
      ['pt', 'instalam cadeirinha de bicicleta?'],
      ['ar', 'بغيت كرسي الدراري فالبشكليطة'],
    ],
  ],
  [
    'bikeRack',
    [
      ['en', 'can you fit a pannier rack?'],
      ['en', 'do you sell towbar bike racks?'],
      ['es', 'tenéis alforjas y portabultos?'],
      ['fr', 'vous montez les porte-bagages ?'],
      ['it', 'avete il portapacchi per la mia bici?'],
      ['de', 'könnt ihr einen Gepäckträger montieren?'],
      ['ca', 'teniu portaequipatges per a la bici?'],
      ['pt', 'vendem porta bicicletas para o carro?'],
      ['ar', 'واش عندكم سلة البشكليطة؟'],
    ],
  ],
];

/**
 * Phrases of other businesses that no bicycle concept may read, each with the bicycle concept its words come
 * nearest to.
 */
const OTHER_BUSINESSES: [TextLanguage, string, string][] = [
  // An injection, a piercing, a wound: the words of a flat elsewhere.
  ['es', 'me pusieron un pinchazo de bótox', 'puncture'],
  ['es', 'me duele el pinchazo de la vacuna', 'puncture'],
  ['ca', 'em fa mal la punxada al braç', 'puncture'],
  ['it', 'fate la foratura delle orecchie ai bambini?', 'puncture'],
  ['it', 'mi hanno forato le orecchie da piccola', 'puncture'],
  ['en', 'my dog has a puncture wound on his paw', 'puncture'],
  ['en', 'the vet said the wound was punctured', 'puncture'],
  ['en', 'is the tube station close?', 'puncture'],
  ['en', 'he has a feeding tube', 'puncture'],
  ['es', 'se puede hacer fotos con la cámara?', 'puncture'],
  ['it', 'avete una camera per i massaggi di coppia?', 'puncture'],
  ['fr', 'vous avez une chambre pour la nuit ?', 'puncture'],
  ['fr', 'je suis crevé, je peux venir demain ?', 'puncture'],
  ['de', 'hat der Hund einen Schlauch im Bein?', 'puncture'],
  ['pt', 'quero fazer um furo na orelha', 'puncture'],
  ['en', 'is the dental sealant safe?', 'puncture'],
  // A change, a chain, a necklace, a gear to bring.
  ['es', 'cuánto cuesta el cambio de aceite?', 'gears'],
  ['es', 'quiero hacer un cambio de cita', 'gears'],
  ['es', 'sois una cadena de peluquerías?', 'gears'],
  ['es', 'soy alérgica a los piñones', 'gears'],
  ['en', 'change of plans, can I come later?', 'gears'],
  ['en', 'my shift ends at 5, can I come after?', 'gears'],
  ['en', 'what gear should I bring to the class?', 'gears'],
  ['en', 'can I keep my chain necklace on for the x-ray?', 'gears'],
  ['fr', 'un changement de rendez-vous', 'gears'],
  ['fr', 'à quelle vitesse pousse la barbe ?', 'gears'],
  ['fr', 'je suis allergique aux pignons de pin', 'gears'],
  ['it', 'vorrei un cambio di appuntamento', 'gears'],
  ['it', 'posso tenere la catenina durante la lastra?', 'gears'],
  ['it', 'mi si è rotta la corona del dente', 'gears'],
  ['de', 'darf ich die Kette beim Röntgen tragen?', 'gears'],
  ['de', 'in welchem Gang ist die Toilette?', 'gears'],
  ['pt', 'quanto custa a mudança de óleo?', 'gears'],
  ['pt', 'posso ficar com a corrente no pescoço?', 'gears'],
  ['pt', 'qual é o câmbio do euro?', 'gears'],
  ['ca', 'vull fer un canvi de cita', 'gears'],
  ['ca', 'soc al·lèrgica als pinyons', 'gears'],
  // A cycle, a veil, a wheel, a spin class.
  ['en', 'I am on day 3 of my cycle, can I still wax?', 'bicycle'],
  ['en', 'how many cycles of laser do I need?', 'bicycle'],
  ['es', 'hacéis maquillaje con velo de novia?', 'bicycle'],
  ['it', 'il velo da sposa va bene con questa acconciatura?', 'bicycle'],
  ['de', 'ich trinke gern ein Radler nach der Massage', 'bicycle'],
  ['de', 'das Rad am Rollstuhl ist kaputt', 'bicycle'],
  ['ar', 'عندي درج فالدار', 'bicycle'],
  ['ar', 'عندي عجلة، نقدر نجي دابا؟', 'bicycle'],
  // A battery, a motor, a screen: a hearing aid's, a chair's.
  ['en', 'the battery of my hearing aid is dead', 'eBike'],
  ['es', 'el motor de la silla de ruedas no va', 'eBike'],
  ['fr', "l'écran de mon appareil auditif est cassé", 'eBike'],
  ['de', 'der Akku vom Hörgerät ist leer', 'eBike'],
  ['fr', 'je fais une VAE pour mon diplôme, vous prenez des stagiaires ?', 'puncture'],
  // A fork, a shock, a spoke, a truth: a table's, a fright's, a speaker's.
  ['en', 'the fork in the road near you, left or right?', 'suspension'],
  ['it', 'la forchetta è caduta per terra', 'suspension'],
  ['it', 'mi serve una forcella per i capelli', 'suspension'],
  ['es', 'me recogí el pelo con una horquilla', 'suspension'],
  ['fr', 'une fourchette pour le gâteau', 'suspension'],
  ['en', 'I had a shock when I saw the bill', 'suspension'],
  ['en', 'I spoke to your colleague yesterday', 'wheelTruing'],
  ['en', 'is it true that the filler lasts a year?', 'wheelTruing'],
  ['es', 'tengo la radio rota en la sala de espera', 'wheelTruing'],
  ['fr', 'combien coûte une radio des dents ?', 'wheelTruing'],
  ['it', 'devo fare i raggi al ginocchio', 'wheelTruing'],
  ['pt', 'preciso de fazer um raio x', 'wheelTruing'],
  ['fr', 'je veux dévoiler le cadeau à ma sœur', 'wheelTruing'],
  ['pt', 'a roda do carrinho de bebé está partida', 'wheelTruing'],
  // A fitting, a size, a posture, a gait: a fitting room's, a frame's, a physio's.
  ['en', 'do you have a fitting room for the dress?', 'bikeFitting'],
  ['en', 'what frame size are the glasses?', 'bikeFitting'],
  ['en', 'I need a hearing aid fitting', 'bikeFitting'],
  ['es', 'hacéis estudio biomecánico de la pisada?', 'bikeFitting'],
  ['fr', 'vous faites une étude posturale pour le dos ?', 'bikeFitting'],
  ['it', 'fate la valutazione biomeccanica del piede?', 'bikeFitting'],
  ['de', 'passt mir der Sattel beim Reiten?', 'bikeFitting'],
  // A box, a bag, a flight: a gift's, a suitcase's, a patient's.
  ['en', 'can I bring a gift box for the voucher?', 'bikeBox'],
  ['en', 'I fly home on Friday, can I get the filling before?', 'bikeBox'],
  ['es', 'pago en caja o con tarjeta?', 'bikeBox'],
  ['es', 'puedo dejar la maleta en recepción?', 'bikeBox'],
  ['fr', 'je prends l avion demain, le botox pose problème ?', 'bikeBox'],
  ['it', 'posso lasciare la valigia all ingresso?', 'bikeBox'],
  ['de', 'kann ich meinen Koffer bei euch lassen?', 'bikeBox'],
  ['pt', 'posso pagar na caixa?', 'bikeBox'],
  // A rental, hiring: a flat's, a bathrobe's, staff.
  ['en', 'are you hiring? I am a nail tech', 'bikeRental'],
  ['en', 'can I rent a towel at the spa?', 'bikeRental'],
  ['es', 'el alquiler del local sube, subís los precios?', 'bikeRental'],
  ['fr', 'la location de la salle pour un anniversaire ?', 'bikeRental'],
  ['it', 'avete il noleggio degli accappatoi?', 'bikeRental'],
  ['de', 'verleiht ihr Bademäntel?', 'bikeRental'],
  ['ca', 'el lloguer del pis és car', 'bikeRental'],
  ['pt', 'o aluguel da sala está incluído?', 'bikeRental'],
  // Stabilisers, castors, a child: a mood's, a chair's, a patient's.
  ['en', 'she is on mood stabilisers, is the treatment ok?', 'kidsBike'],
  ['en', 'my son is 4, can he come to the dentist?', 'kidsBike'],
  ['es', 'la silla tiene ruedas?', 'kidsBike'],
  ['it', 'la sedia ha le rotelle?', 'kidsBike'],
  ['fr', 'mon fils a peur du dentiste', 'kidsBike'],
  ['de', 'das Laufrad am Staubsauger ist kaputt', 'kidsBike'],
  // Second hand, used, an occasion: products', a wedding's.
  ['en', 'do you sell used hair straighteners?', 'usedBikes'],
  ['en', 'is the second hand of the clock broken?', 'usedBikes'],
  ['es', 'vendéis productos de segunda mano?', 'usedBikes'],
  ['fr', 'un maquillage pour une occasion spéciale', 'usedBikes'],
  ['it', 'avete occhiali usati?', 'usedBikes'],
  ['de', 'verkauft ihr gebrauchte Hörgeräte?', 'usedBikes'],
  ['pt', 'vendem óculos usados?', 'usedBikes'],
  // A seat, a car seat, a trailer: a waiting room's, a car's, a film's.
  ['en', 'can I bring the baby in the car seat?', 'childSeat'],
  ['en', 'is there a seat for my child in the waiting room?', 'childSeat'],
  ['en', 'can my friend tag along to the appointment?', 'childSeat'],
  ['en', 'I saw the trailer of your salon video', 'childSeat'],
  ['es', 'hay sillita para el bebé en la sala de espera?', 'childSeat'],
  ['it', 'posso portare il seggiolino auto in sala?', 'childSeat'],
  ['de', 'darf der Kindersitz mit ins Wartezimmer?', 'childSeat'],
  ['fr', 'il y a un siège pour mon fils ?', 'childSeat'],
  // A rack, a basket, a bag: a salon's, a dog's, a handbag.
  ['en', 'is there a coat rack?', 'bikeRack'],
  ['fr', 'mon chien dort dans son panier', 'bikeRack'],
  ['fr', "j'ai oublié ma sacoche chez vous", 'bikeRack'],
  ['es', 'me dejé la cesta de la compra en la sala', 'bikeRack'],
  ['de', 'ich habe meine Tasche vergessen', 'bikeRack'],
  // Tuning, unlocking, a limit: a hearing aid's, a phone's, a wound's.
  ['en', 'my hearing aids need fine tuning', 'ebikeLimiter'],
  ['es', 'puedo desbloquear el móvil aquí?', 'ebikeLimiter'],
  ['fr', 'le vétérinaire doit débrider la plaie', 'ebikeLimiter'],
  ['it', 'non riesco a sbloccare il telefono', 'ebikeLimiter'],
  ['de', 'kann ich das Tuning der Hörgeräte buchen?', 'ebikeLimiter'],
  ['pt', 'como desbloquear o cartão?', 'ebikeLimiter'],
];

const bicycleConcepts = Object.keys(BICYCLE_CONCEPTS);

describeConceptTable('the bicycle workshop concepts', BICYCLE_CONCEPTS, examples, OTHER_BUSINESSES);

describe('the bicycle workshop concepts, read beside other languages', () => {
  it.each(OTHER_BUSINESSES)('%s "%s" raises no bicycle concept, in Italian and German too', (language, text) => {
    const found = [...conceptsAlsoInItDe(text, language)];
    expect(found.filter((c) => c in BICYCLE_CONCEPTS)).toEqual([]);
  });

  it.each<[TextLanguage, string, string]>([
    // Read in English as well, as every message is.
    ['es', 'me hicieron un pinchazo en el brazo', 'puncture'],
    ['it', 'la forchetta è caduta', 'suspension'],
    ['fr', "c'est une occasion spéciale", 'usedBikes'],
    // A bike, but a place to lock it: no rack the shop fits.
    ['en', 'is there a bike rack outside to lock my bike?', 'bikeRack'],
  ])('%s "%s" is not %s, read in English too', (language, text, concept) => {
    const found = [...conceptsOf(text, language), ...conceptsOf(text, 'en')];
    expect(found).not.toContain(concept);
  });

  it.each([
    ['es', 'tengo un pinchazo en la rueda de la bici', 'me pusieron un pinchazo en el brazo'],
    ['it', 'ho una foratura alla ruota', 'vorrei la foratura al lobo'],
    ['es', 'el cambio trasero va mal', 'el cambio de hora me afecta'],
    ['de', 'der Schlauch ist kaputt, bitte wechseln', 'der Schlauch vom Staubsauger'],
  ] as const)('%s: "%s" is a bike shop\'s, "%s" is not', (language, shop, other) => {
    expect([...conceptsOf(shop, language)].some((c) => c in BICYCLE_CONCEPTS)).toBe(true);
    expect([...conceptsOf(other, language)].filter((c) => c in BICYCLE_CONCEPTS)).toEqual([]);
  });

  it('counts what a bike shop offers as offerings, not the customer’s bike', () => {
    for (const concept of bicycleConcepts)
      expect(OFFERING_CONCEPTS.has(concept as never), concept).toBe(concept !== 'bicycle' && concept !== 'eBike');
  });
});
