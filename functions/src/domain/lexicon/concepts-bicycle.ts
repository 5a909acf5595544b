/**
 * Concepts of bicycle workshops and bike shops: what their customers ask
 * about in their own words ("pinchazo en la bici", "la catena salta",
 * "Schaltung einstellen", "vélo électrique", "البشكليطة") against what the
 * owner wrote in another language. See phrases.ts for the syntax. A bike's
 * service is the vehicle table's (carService: "bike service",
 * "Fahrradservice"), its brakes and tyres too (brakes, tyres).
 *
 * Every message is also read in English, and in every language when its own
 * is unclear, and a salon's, a clinic's, a dentist's or a vet's customers
 * write many of these words too; so they are kept only beside a bike word,
 * or as written ("=" in the tables), since their stems are other words'.
 * Left out on their own:
 * - en: "cycle" (a period, a treatment's), "puncture" and "punctured" (a
 *   wound), "flat", "tube" (the underground, a feeding tube), "chain" (a
 *   necklace), "gear" (what to bring), "shifting" (a shift at work),
 *   "tuning" (a hearing aid's fine tuning), "fork" (cutlery, a road's),
 *   "shock" (a fright), "spokes", "fit" and "fitting" (a fitting room, a
 *   fit of coughing), "box" and "bag", "rack", "trailer" (a film's), "seat",
 *   "rental", "hire" (hiring staff), "used" and "second hand" (products),
 *   "stabilisers" (mood stabilisers), "balance" (an account's);
 * - es: "pinchazo" (an injection), "cámara" (a camera), "cambio" (a change),
 *   "cadena" (a chain of shops, a necklace), "piñones" (pine nuts), "grupo",
 *   "marchas", "horquilla" (a hairpin), "amortiguador", "radios" (radio
 *   sets), "centrar", "maleta" and "caja" (a suitcase, a till), "alquiler"
 *   (a flat's rent), "segunda mano" (products), "silla" (a wheelchair, a chair),
 *   "desbloquear" (a phone, a card), "velo" (a bride's veil);
 * - fr: "crevé" (worn out), "crever" (an abscess), "chambre" (a room),
 *   "vitesse" (speed), "pignons" (pine nuts), "fourche", "amortisseur",
 *   "rayons" (X-rays, a shop's shelves), "dévoiler" (to reveal), "débrider"
 *   and "débridage" (a wound's debridement), "housse", "location" (a
 *   flat's), "occasion" (an occasion), "siège";
 * - it: "foratura" (ear piercing), "forato", "camera" (a room), "cambio",
 *   "catena", "corona" (a dental crown), "lattice" (latex), "forcella" (a
 *   hair fork), "raggi" (X-rays), "centrare", "sbloccare" (a phone),
 *   "noleggio" (a bathrobe's), "valigia", "rotelle" but beside a bike word
 *   (castors), "usato" (products), "seggiolino" (a car seat), "velo" (a
 *   veil);
 * - de: "Rad" and "Radl" (a wheel, a shandy), "Schlauch" (a hose, a
 *   drain), "Flicken" (a patch), "Kette" (a necklace), "Gabel" (a fork),
 *   "Dämpfer", "zentrieren", "Tuning", "Verleih" (a bathrobe's), "Koffer",
 *   "gebraucht", "Kindersitz" (a car seat), "Velo" (Italian "velo", a veil);
 * - pt: "furo" (a hole, a piercing), "câmara" (a chamber, a town hall),
 *   "câmbio" (an exchange rate), "mudanças" (moving house), "corrente" (a
 *   necklace, a current), "suspensão" (a suspension of treatment), "garfo",
 *   "raios" (X-rays), "aluguel" and "aluguer" (a flat's rent), "caixa",
 *   "usada" (products), "cadeirinha" (a car seat), "selante" (a dental
 *   sealant: the skin and teeth table's);
 * - ca: "punxada" (an injection), "cambra" (a room), "canvi", "cadena",
 *   "pinyons" (pine nuts), "forquilla" (a hairpin), "radis", "lloguer" (a
 *   flat's rent), "caixa", "segona mà";
 * - ar: "عجلة" (a wheel in most dialects, haste in Standard Arabic), "بنشر"
 *   (to publish), "درج" (stairs, which "دراجة" is kept apart from by its
 *   stem), "سرعة" (speed), "كراء" and "ايجار" (a flat's), and Arabizi
 *   "ebike" (its skeleton is "ba9i", still).
 */
import type { PhraseTable } from './phrases.js';

export const BICYCLE_CONCEPTS = {
  /** The bicycle itself: a bike of any kind (road, gravel, mountain, city, cargo, kids', electric). */
  bicycle: {
    en: 'bike|bikes|bicycle|bicycles|push bike|pushbike|road bike|gravel bike|mountain bike|mountain bikes|mtb|bmx|e bike|ebike|cargo bike|city bike|hybrid bike|tandem bike|fixie|cycling|cyclist|cyclists|bike shop|cycle shop|cycle repair|cycle to work',
    es: 'bici|bicis|bicicleta|bicicletas|cicla|ciclas|bici de carretera|bici de montaña|bicicleta de montaña|btt|mtb|bmx|gravel|bici gravel|bici de paseo|bici urbana|bicicleta de carga|ciclista|ciclistas|ciclismo|taller de bicis|tienda de bicis',
    fr: 'vélo|vélos|bicyclette|bicyclettes|vtt|vtc|vélo de route|vélo de course|vélo cargo|vélo gravel|gravel|bmx|cycliste|cyclistes|cyclisme|magasin de vélo|atelier vélo|réparateur de vélos|biclou',
    it: 'bici|bicicletta|biciclette|bici da corsa|bici da strada|mountain bike|mtb|bmx|gravel|bici gravel|bici da città|cargo bike|ciclista|ciclisti|ciclismo|ciclofficina|negozio di bici',
    de: 'fahrrad*|rennrad*|mountainbike*|mtb|bmx|gravelbike*|gravel bike|citybike|trekkingrad|trekkingbike|lastenrad*|cargobike|kinderrad|kinderfahrrad|mein rad|meinem rad|mit dem rad|das velo|mein velo|am velo|e velo|=velos|veloladen|velowerkstatt|velomechaniker|drahtesel|radfahrer|radfahren|radeln',
    ca: 'bici|bicis|bicicleta|bicicletes|bici de carretera|bici de muntanya|bicicleta de muntanya|btt|mtb|bmx|gravel|ciclista|ciclistes|ciclisme|taller de bicis|botiga de bicis',
    pt: 'bicicleta|bicicletas|bike|bikes|bicla|btt|mtb|bmx|gravel|bicicleta de estrada|bicicleta de montanha|bike de estrada|ciclista|ciclistas|ciclismo|oficina de bicicletas|loja de bicicletas|magrela',
    ar: 'دراجه|الدراجه|دراجتي|دراجات|الدراجات|دراجه هوائيه|بسكليت|البسكليت|بيسكليت|البيسكليت|بشكليطه|البشكليطه|بشكليطتي|بسكلات|البسكلات|bisklit|bisklet|bechklita|bshklita|bicyclette',
  },
  /** An electric bike (pedelec, e-MTB): its motor, battery and display, the error code it shows. */
  eBike: {
    en: 'e bike|ebike|e bikes|ebikes|e mtb|emtb|electric bike|electric bikes|electric bicycle|pedelec|pedelecs|bike motor|bike battery|e bike battery|ebike battery|e bike motor|ebike motor|e bike display|ebike display|e bike error|ebike error|bosch motor|bosch ebike|bosch e bike|shimano steps|yamaha e bike|bafang|brose motor',
    es: 'bici electrica|bicis electricas|bicicleta electrica|bicicletas electricas|e bike|ebike|pedaleo asistido|bici de pedaleo asistido|motor de la bici|bateria de la bici|bateria de la bicicleta|pantalla de la bici|error en la pantalla de la bici|motor bosch|shimano steps|bafang',
    fr: 'vélo électrique|vélos électriques|vélo à assistance électrique|vélos à assistance électrique|assistance électrique|un vae|mon vae|le vae|réparation vae|entretien vae|révision vae|batterie vae|moteur vae|e bike|ebike|vtt électrique|vttae|moteur du vélo|batterie du vélo|batterie de vélo|écran du vélo|moteur bosch|shimano steps|bafang',
    it: "bici elettrica|bici elettriche|bicicletta elettrica|biciclette elettriche|e bike|ebike|e mtb|emtb|mtb elettrica|pedalata assistita|bici a pedalata assistita|motore della bici|batteria della bici|batteria dell'e bike|display della bici|motore bosch|shimano steps|bafang",
    de: 'e bike*|ebike*|e bikes|pedelec*|s pedelec|elektrofahrrad*|elektrorad|e velo|e mtb|e mountainbike|e bike akku|ebike akku|akku vom e bike|akku vom fahrrad|fahrradakku|e bike motor|motor vom e bike|e bike display|bosch motor|bosch antrieb|shimano steps|bafang',
    ca: 'bici elèctrica|bicis elèctriques|bicicleta elèctrica|bicicletes elèctriques|e bike|ebike|pedaleig assistit|motor de la bici|bateria de la bici|motor bosch|shimano steps|bafang',
    pt: 'bicicleta elétrica|bicicletas elétricas|bike elétrica|bikes elétricas|e bike|ebike|pedalada assistida|pedal assistido|motor da bicicleta|motor da bike|bateria da bicicleta|bateria da bike|visor da bike|motor bosch|shimano steps|bafang',
    ar: 'دراجه كهربائيه|الدراجه الكهربائيه|دراجات كهربائيه|بسكليت كهربائي|بشكليطه كهربائيه|البشكليطه الكهربائيه|velo electrique',
  },
  /** A flat (a bike's or a car's) and its repair: a puncture, an inner tube, a tubeless set-up and its sealant. */
  puncture: {
    en: 'bike puncture|puncture on my bike|puncture in my bike|puncture on the bike|puncture repair|puncture repairs|fix a puncture|fix my puncture|repair a puncture|flat tyre|flat tire|flat tyres|flat tires|bike flat|flat on my bike|got a flat|have a flat|inner tube|inner tubes|bike tube|bike tubes|new tube|tube change|tubeless|tubeless setup|tubeless sealant|tyre sealant|tire sealant|sealant top up|puncture proof|puncture resistant|puncture kit|patch kit',
    es: 'pinchazo en la bici|pinchazo de la bici|pinchazo en la rueda|pinchazos en la rueda|bici pinchada|rueda pinchada|rueda de la bici pinchada|pinche la rueda|pinchado la rueda|pinchado una rueda|arreglar un pinchazo|arreglar pinchazos|reparar un pinchazo|reparacion de pinchazos|camara de aire|camaras de aire|camara de la bici|camaras de la bici|cambiar la camara|tubeless|liquido tubeless|liquido antipinchazos|antipinchazos|antipinchazo|parche para la camara|llanta ponchada|llanta pinchada|ponchadura',
    fr: 'crevaison|crevaisons|réparer une crevaison|réparation de crevaison|pneu crevé|roue crevée|chambre à air|chambres à air|tubeless|préventif anti crevaison|liquide préventif|liquide tubeless|anti crevaison|rustine|rustines|kit de réparation crevaison',
    it: "foratura della bici|foratura alla bici|foratura della ruota|foratura alla ruota|riparare una foratura|riparazione forature|ruota bucata|gomma bucata|bucato la ruota|bucato una ruota|bucato la gomma|forato la ruota|forato una gomma|forato la gomma|gomma a terra|camera d'aria|camere d'aria|tubeless|lattice tubeless|lattice antiforatura|antiforatura|liquido antiforatura|kit riparazione forature",
    de: 'platten am fahrrad|platten am rad|platten am velo|einen platten|platter reifen|reifenpanne|fahrradschlauch|schlauch wechseln|schlauch flicken|schlauch kaputt|neuen schlauch|neuer schlauch|ersatzschlauch|schlauch vom fahrrad|schlauch am fahrrad|reifen flicken|platten flicken|flickzeug|tubeless|schlauchlos|dichtmilch|pannenmilch|pannenschutz',
    ca: "punxada a la bici|punxada de la bici|punxada a la roda|punxades a la roda|bici punxada|roda punxada|punxat la roda|punxat una roda|arreglar una punxada|reparar una punxada|cambra d'aire|cambres d'aire|canviar la cambra|tubeless|líquid tubeless|líquid antipunxades|antipunxades",
    pt: 'furo na bicicleta|furo na bike|furo no pneu|furos no pneu|pneu furado|pneus furados|roda furada|furei o pneu|furei a roda|reparar um furo|reparar furos|reparacao de furos|camara de ar|camaras de ar|trocar a camara|tubeless|liquido tubeless|liquido anti furos|anti furo|antifuro|remendo da camara|remendar a camara',
    ar: 'العجله مثقوبه|عجله مثقوبه|الرويضه مثقوبه|رويضه مثقوبه|ثقب في العجله|ثقب فالرويضه|اطار مثقوب|الشومبريير|شومبريير|الشمبرير|شمبرير|chambre a air|crevaison|tubeless',
  },
  /** Gears and drivetrain: derailleurs, shifting, electronic groupsets, the chain, the cassette. */
  gears: {
    en: '=gears|gear shifting|shifting gears|gear change|gear changes|gears slipping|gears skipping|gears jumping|derailleur|derailleurs|derailleur hanger|rear mech|front mech|groupset|groupsets|di2|axs|electronic shifting|electronic groupset|gear cable|gear cables|gear indexing|index the gears|shifter|shifters|cassette|cassettes|bike chain|chain on my bike|chain keeps slipping|chain slipping|chain slips|chain came off|chain keeps coming off|chain comes off|new chain|chain and cassette|chainring|chainrings|chain ring|drivetrain',
    es: 'cambio de la bici|cambios de la bici|cambio trasero|cambio delantero|cambio electronico|cambio shimano|cambio sram|desviador|desviadores|patilla de cambio|patilla del cambio|ajustar el cambio|ajustar los cambios|regular el cambio|marchas de la bici|saltan las marchas|no entran las marchas|cadena de la bici|cadena de bici|cadena de la bicicleta|se sale la cadena|se me sale la cadena|se salio la cadena|salta la cadena|cambiar la cadena de la bici|cadena y piñones|platos y piñones|piñones de la bici|cassette|casete|grupo de cambios|grupo shimano|grupo sram|di2|axs|mando de cambio|manetas de cambio|transmision de la bici',
    fr: 'dérailleur|dérailleurs|patte de dérailleur|réglage du dérailleur|régler le dérailleur|vitesses du vélo|vitesses de mon vélo|changement de vitesse|changements de vitesse|les vitesses sautent|régler les vitesses|réglage des vitesses|chaîne du vélo|chaîne de vélo|chaîne de mon vélo|la chaîne saute|la chaîne déraille|changer la chaîne du vélo|cassette|groupe shimano|groupe sram|transmission du vélo|di2|axs|manette de vitesse|manettes de vitesse|plateau et cassette',
    it: 'cambio della bici|cambio posteriore|cambio anteriore|cambio elettronico|cambio shimano|cambio sram|deragliatore|deragliatori|forcellino del cambio|regolare il cambio|registrare il cambio|registrazione del cambio|regolazione del cambio|le marce saltano|saltano le marce|marce della bici|catena della bici|catena della bicicletta|la catena salta|cade la catena|mi cade la catena|cambiare la catena della bici|pacco pignoni|cassetta pignoni|guarnitura|gruppo shimano|gruppo sram|di2|axs|comandi del cambio|trasmissione della bici',
    de: 'schaltung|gangschaltung|kettenschaltung|nabenschaltung|schaltwerk|umwerfer|schaltauge|schaltzug|schaltzuge|schaltung einstellen|gange springen|gang springt|kette springt|kette wechseln|fahrradkette|kette vom fahrrad|kette am fahrrad|kette am rad|kette fallt ab|kette ist abgesprungen|kassette|ritzel|ritzelpaket|kettenblatt|kettenblatter|di2|axs|elektronische schaltung|schalthebel',
    ca: "canvi de la bici|canvi de marxes|canvi posterior|canvi davanter|canvi electrònic|desviador|desviadors|patilla del canvi|ajustar el canvi|regular el canvi|marxes de la bici|salten les marxes|cadena de la bici|cadena de la bicicleta|se m'ha sortit la cadena|surt la cadena|salta la cadena|cassette|grup shimano|grup sram|di2|axs",
    pt: 'mudancas da bicicleta|mudancas da bike|desviador|desviadores|cambio da bike|cambio da bicicleta|cambio traseiro|cambio dianteiro|afinar as mudancas|afinacao das mudancas|regular o cambio|regulagem do cambio|as mudancas saltam|corrente da bicicleta|corrente da bike|a corrente salta|a corrente saiu|saiu a corrente|cassete|k7|pedivela|grupo shimano|grupo sram|di2|axs|gancheira|gancheira do cambio|transmissao da bicicleta|transmissao da bike',
    ar: 'الفيتاس ديال البشكليطه|فيتاسات البشكليطه|السرعات ديال الدراجه|سرعات الدراجه|ناقل السرعات ديال الدراجه|جنزير الدراجه|سلسله الدراجه|السلسله ديال البشكليطه|الشين ديال البشكليطه|derailleur|dérailleur',
  },
} satisfies PhraseTable<string>;
