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
 *   "shock" (a fright), "spoke" and "true" (to speak, the truth: "spokes"
 *   and "truing" as written), "fit", "fitting" and "frame size" (a fitting
 *   room, glasses), "box" and "bag", "rack" and "bike rack" (a coat rack, a
 *   place to lock a bike), "trailer" (a film's), "seat" and "rear child
 *   seat" (a car's), "tag along", "rental", "hire" (hiring staff), "used"
 *   and "second hand" (products), "stabilisers" (mood stabilisers),
 *   "balance", "sealant" (a dental sealant: the skin and teeth table's);
 * - es: "pinchazo" (an injection), "cámara" (a camera), "cambio" (a change),
 *   "cadena" (a chain of shops, a necklace), "piñones" (pine nuts), "grupo",
 *   "marchas", "horquilla" (a hairpin), "amortiguador", "radio" (a radio
 *   set, an X-ray), "centrar", "estudio biomecánico" (a podiatrist's gait
 *   study), "calas", "maleta" and "caja" (a suitcase, a till), "alquiler"
 *   (a flat's rent), "segunda mano" (products), "silla" and "sillita" (a
 *   wheelchair, a high chair), "desbloquear" (a phone, a card), "velo" (a
 *   bride's veil), "rueditas" (castors);
 * - fr: "crevé" (worn out), "crever" (an abscess), "chambre" (a room),
 *   "vitesse" (speed), "pignons" (pine nuts), "déraille" (to lose it),
 *   "fourche", "amortisseur", "rayons" and "radio" (X-rays), "dévoiler"
 *   (to reveal), "débrider" and "débridage" (a wound's debridement),
 *   "étude posturale" (a physio's), "housse", "location" (a flat's),
 *   "occasion" (an occasion), "siège", "sacoche" (a handbag), "panier" (a
 *   dog's bed), "stabilisateurs" (mood stabilisers), "VAE" but after an
 *   article or a repair (a diploma's validation);
 * - it: "foratura" (ear piercing), "forato", "camera" (a room), "cambio",
 *   "catena", "corona" (a dental crown), "pignoni", "lattice" (latex),
 *   "forcella" (a hair fork), "raggi" (X-rays), "centrare", "biomeccanica"
 *   (a physio's), "sbloccare" (a phone), "noleggio" (a bathrobe's),
 *   "valigia", "rotelle" but beside a bike word (castors), "usato"
 *   (products), "seggiolino" (a car seat), "velo" (a veil);
 * - de: "Rad" and "Radl" (a wheel, a shandy), "Schlauch" (a hose, a
 *   drain), "Flicken" (a patch), "Kette" (a necklace), "Gabel" (a fork),
 *   "Dämpfer" (a setback), "Fully" (English "fully"), "Laufrad" but for a
 *   child (a bike's wheel), "zentrieren", "Tuning", "Verleih" (a
 *   bathrobe's), "Koffer", "gebraucht", "Kindersitz" (a car seat),
 *   "Tasche", "Velo" but after an article or in a compound (Italian "velo",
 *   a veil);
 * - pt: "furo" (a hole, a piercing), "câmara" (a chamber, a town hall),
 *   "câmbio" (an exchange rate), "mudanças" (moving house), "corrente" (a
 *   necklace, a current), "suspensão" (a suspension of treatment), "garfo",
 *   "raio" (an X-ray), "aluguel" and "aluguer" (a flat's rent), "caixa" (a
 *   till), "usada" (products), "cadeirinha" (a car seat), "rodinhas"
 *   (castors), "selante" (a dental sealant);
 * - ca: "punxada" (an injection), "cambra" (a room), "canvi", "cadena",
 *   "pinyons" (pine nuts), "forquilla" (a hairpin), "radi", "lloguer" (a
 *   flat's rent), "caixa", "segona mà";
 * - ar: "عجلة" (a wheel in most dialects, haste in Standard Arabic), "بنشر"
 *   (to publish), "درج" (stairs, which "دراجة" is kept apart from by its
 *   stem), "سرعة" (speed), "كراء" and "ايجار" (a flat's), "ارتفاع المقعد"
 *   (a chair's height), and Arabizi "ebike" (its skeleton is "ba9i", still).
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
  /** Raising an e-bike's speed limit: derestricting it, a tuning kit or chip (which many workshops refuse). */
  ebikeLimiter: {
    en: 'derestrict|derestricted|derestriction|derestricting|speed limiter|remove the limiter|remove the speed limit|unlock the speed|e bike tuning|ebike tuning|tuning kit|tuning chip|speed chip|speedbox',
    es: 'desbloquear la bici|desbloquear la bicicleta|desbloquear el motor|desbloquear la velocidad|desbloqueo de velocidad|desbloqueo de la bici|quitar el limitador|quitar el limite de velocidad|limitador de velocidad|chip de velocidad|kit de tuning|tuning de la bici|speedbox',
    fr: 'débrider mon vélo|débrider le vélo|débrider un vélo|débrider mon vae|débrider le moteur|débridage vélo|débridage du vélo|débridage vae|débridage e bike|kit de débridage|kit débridage|vélo débridé|limiteur de vitesse|bridé à 25|speedbox',
    it: "sbloccare la bici|sbloccare l'e bike|sbloccare la velocità|sblocco della velocità|sblocco velocità|sblocco della bici|togliere il limitatore|limitatore di velocità|kit di sblocco|chip di sblocco|tuning della bici|speedbox",
    de: 'e bike tuning|ebike tuning|tuning kit|tuningkit|tuning chip|tuningchip|entdrosseln|entdrosselt|entdrosselung|drossel entfernen|drossel aufheben|geschwindigkeitsbegrenzung aufheben|speedbox',
    ca: 'desbloquejar la bici|desbloquejar la bicicleta|desbloqueig de velocitat|treure el limitador|limitador de velocitat|speedbox',
    pt: 'desbloquear a bicicleta|desbloquear a bike|desbloqueio da bicicleta|desbloqueio de velocidade|tirar o limitador|remover o limitador|limitador de velocidade|chip de velocidade|speedbox',
    ar: 'محدد السرعه|نحيد الليميت|debridage|debrider le velo|speedbox',
  },
  /** Suspension: a suspension fork or rear shock, its service and set-up (Fox, RockShox). */
  suspension: {
    en: 'suspension fork|suspension forks|fork service|fork needs a service|fork needs servicing|fork seals|fork oil|leaking fork|fork is leaking|fork lowers|lower leg service|rear shock|shock service|air shock|coil shock|suspension service|suspension setup|suspension set up|full suspension|bike suspension|fox fork|fox 34|fox 36|fox 38|fox shock|rockshox|rock shox',
    es: 'horquilla de suspension|horquilla de la bici|mantenimiento de la horquilla|revision de la horquilla|horquilla fox|horquilla rockshox|amortiguador trasero|amortiguador de la bici|mantenimiento del amortiguador|suspension de la bici|suspensiones de la bici|doble suspension|rockshox|rock shox',
    fr: 'fourche suspendue|fourche télescopique|fourche du vélo|fourche de vélo|entretien de fourche|entretien de la fourche|révision de fourche|révision de la fourche|fourche fox|fourche rockshox|amortisseur arrière|amortisseur du vélo|suspension du vélo|tout suspendu|rockshox|rock shox',
    it: 'forcella ammortizzata|forcella della bici|forcella anteriore|revisione forcella|revisione della forcella|manutenzione forcella|manutenzione della forcella|forcella fox|forcella rockshox|ammortizzatore posteriore|ammortizzatore della bici|sospensioni della bici|biammortizzata|full suspension|rockshox|rock shox',
    de: 'federgabel*|gabelservice|gabel service|gabelwartung|dampferservice|hinterbaudampfer|fullsuspension|mein fully|ein fully|rockshox|rock shox|fox gabel|fahrwerk am rad|fahrwerk vom bike',
    ca: 'forquilla de suspensió|forquilla de la bici|manteniment de la forquilla|revisió de la forquilla|amortidor posterior|amortidor de la bici|suspensió de la bici|doble suspensió|rockshox|rock shox',
    pt: 'suspensao da bicicleta|suspensao da bike|suspensao dianteira|garfo de suspensao|garfo da bicicleta|garfo da bike|revisao do garfo|manutencao do garfo|revisao da suspensao|manutencao da suspensao|amortecedor traseiro|amortecedor da bike|amortecedor da bicicleta|full suspension|rockshox|rock shox',
    ar: 'الفورش ديال البشكليطه|فورش البشكليطه|فورش الدراجه|مساعدات الدراجه|سيسبانسيون|السيسبانسيون|fourche du velo|rockshox',
  },
  /** Truing a wheel, a broken spoke, building a wheel. */
  wheelTruing: {
    en: 'true my wheel|true the wheel|true a wheel|true my wheels|=truing|wheel truing|buckled wheel|wheel is buckled|buckled my wheel|wobbly wheel|wheel wobble|wheel build|wheel building|wheelbuild|build a wheel|broken spoke|broken spokes|snapped spoke|spoke replacement|replace a spoke|new spokes|spoke tension|=spokes',
    es: 'centrar la rueda|centrar las ruedas|centrado de ruedas|centrado de rueda|centrar una rueda|rueda descentrada|ruedas descentradas|llanta descentrada|un radio roto|radios rotos|se ha roto un radio|cambiar un radio|cambiar radios|montaje de ruedas|tension de radios|radios de la rueda',
    fr: 'dévoiler la roue|dévoiler une roue|dévoiler ma roue|dévoilage|roue voilée|roues voilées|ma roue est voilée|rayon cassé|rayons cassés|changer un rayon|remplacer un rayon|montage de roues|montage roue|tension des rayons|centrer la roue|centrage de roue|centrage des roues',
    it: 'centrare la ruota|centrare le ruote|centratura ruota|centratura della ruota|centratura delle ruote|centratura ruote|ruota scentrata|ruote scentrate|raggio rotto|raggi rotti|cambiare un raggio|sostituire un raggio|montaggio ruote|assemblaggio ruote|tensione dei raggi',
    de: 'laufrad zentrieren|laufrader zentrieren|rad zentrieren|felge zentrieren|zentrieren lassen|laufrad zentrierung|achter im rad|achter im laufrad|achter im vorderrad|achter im hinterrad|speiche gebrochen|speichen gebrochen|gebrochene speiche|speiche kaputt|speichen kaputt|speiche ersetzen|speichen ersetzen|neue speiche|laufradbau|laufrad bauen|speichenspannung',
    ca: 'centrar la roda|centrar les rodes|centrat de rodes|roda descentrada|roda torta|radi trencat|radis trencats|canviar un radi|muntatge de rodes|tensió dels radis',
    pt: 'centrar a roda|centrar as rodas|centragem da roda|centragem de rodas|roda empenada|desempenar a roda|desempeno de roda|raio partido|raios partidos|raio quebrado|raios quebrados|trocar um raio|substituir um raio|montagem de rodas|tensao dos raios',
    ar: 'ضبط العجله|تعديل العجله|العجله عوجه|العجله معوجه|الرويضه عوجه|الرويضه معوجه|رايون مقطوع|الرايونات ديال الرويضه|centrage de roue|devoilage|rayon casse',
  },
  /** A bike fit: saddle height and position on the bike, cleats, the right frame size. */
  bikeFitting: {
    en: 'bike fit|bike fitting|bike fits|bikefit|saddle height|saddle position|saddle setback|cleat fitting|cleat position|cleat setup|position on the bike|position on my bike|bike size|bike sizing|size of bike|what size bike',
    es: 'bike fit|bikefitting|estudio biomecanico de ciclismo|biomecanica de la bici|biomecanica en bici|biomecanica ciclista|ajuste de la bici|altura del sillin|posicion del sillin|posicion en la bici|ajuste de calas|colocar las calas|talla de la bici|talla de bici|talla de cuadro|medida de la bici',
    fr: 'bike fit|étude posturale vélo|étude posturale cycliste|étude posturale sur le vélo|réglage de la selle|hauteur de selle|position de la selle|position sur le vélo|réglage des cales|taille du vélo|taille de vélo|taille de cadre|taille du cadre',
    it: 'bike fit|biomeccanica della bici|biomeccanica in bici|posizionamento in bici|posizionamento in sella|altezza della sella|altezza sella|regolazione della sella|posizione in bici|posizione sulla bici|regolazione tacchette|posizionamento tacchette|taglia della bici|taglia del telaio|misura del telaio',
    de: 'bikefitting|bike fitting|bike fit|sitzposition auf dem rad|sitzposition am rad|sitzposition am fahrrad|sitzposition auf dem fahrrad|sattelhohe|sattelposition|sattel einstellen|cleats einstellen|rahmengrosse|rahmenhohe|welche rahmengrosse',
    ca: 'bike fit|estudi biomecànic de la bici|biomecànica de la bici|alçada del seient|alçada del selló|posició a la bici|posició sobre la bici|talla de la bici|talla del quadre|ajust de cales',
    pt: 'bike fit|estudo biomecanico da bicicleta|biomecanica da bicicleta|biomecanica na bike|altura do selim|posicao do selim|regular o selim|posicao na bicicleta|posicao na bike|tamanho do quadro|tamanho da bicicleta|tamanho da bike|ajuste de tacos',
    ar: 'ضبط الكرسي ديال البشكليطه|علو الكرسي ديال البشكليطه|علو الكرسي ديال الدراجه|قياس الدراجه|مقاس الدراجه|مقاس البشكليطه|bike fit|hauteur de selle',
  },
  /** A bike box or bag for travelling: packing a bike for a flight or to ship it, storing the box. */
  bikeBox: {
    en: 'bike box|bike boxes|bike travel bag|bike case|bike travel case|pack my bike|pack the bike|pack a bike|packing my bike|packing the bike|box my bike|box up my bike|boxing my bike|bike packing service|fly with my bike|flying with my bike|bike on the plane|bike on a plane|bike on a flight|take my bike on a plane|ship my bike|shipping my bike|ship a bike|store my bike box|store the bike box|bike box storage|evoc bag',
    es: 'caja de bici|caja para la bici|caja de la bici|caja de bicicleta|cajas de bici|maleta de bici|maleta para la bici|maleta de la bici|maleta de bicicleta|bolsa de transporte de bici|embalar la bici|embalar mi bici|embalaje de la bici|empaquetar la bici|desembalar la bici|llevar la bici en avion|bici en el avion|volar con la bici|facturar la bici|enviar la bici|envio de la bici|guardar la caja de la bici',
    fr: "housse vélo|housse de vélo|housse pour vélo|housse de transport vélo|valise vélo|valise de vélo|valise pour vélo|carton vélo|carton de vélo|carton à vélo|emballer mon vélo|emballer le vélo|emballage du vélo|emballage vélo|vélo dans l'avion|vélo en avion|prendre l'avion avec mon vélo|voyager avec son vélo|voyager avec mon vélo|expédier mon vélo|expédition de vélo|envoyer mon vélo",
    it: 'valigia bici|valigia per bici|valigia porta bici|valigia per la bici|borsa porta bici|borsa trasporto bici|scatola della bici|scatola per la bici|cartone della bici|imballare la bici|imballaggio della bici|imballo bici|bici in aereo|portare la bici in aereo|volare con la bici|spedire la bici|spedizione della bici',
    de: 'radkoffer|fahrradkoffer|bikekoffer|fahrradtasche fur den flug|transporttasche furs rad|fahrradkarton|radkarton|fahrrad verpacken|rad verpacken|fahrrad einpacken|rad einpacken|fahrrad im flugzeug|rad im flugzeug|mit dem fahrrad fliegen|fahrrad versenden|fahrradversand|rad versenden|velokoffer|velo verpacken',
    ca: "caixa de bici|caixa per la bici|caixa per a la bici|maleta de bici|maleta per la bici|bossa de transport de bici|embalar la bici|embalatge de la bici|bici a l'avió|portar la bici en avió|volar amb la bici|enviar la bici",
    pt: 'caixa da bicicleta|caixa de bicicleta|caixa para a bicicleta|caixa da bike|caixa de bike|mala de bicicleta|mala para bicicleta|mala da bike|mala de bike|mala bike|saco de transporte de bicicleta|embalar a bicicleta|embalar a bike|embalagem da bicicleta|embalagem da bike|bicicleta no aviao|bike no aviao|levar a bicicleta de aviao|viajar com a bicicleta|viajar com a bike|despachar a bike|despachar a bicicleta|enviar a bicicleta|envio da bicicleta',
    ar: 'كرطونه ديال البشكليطه|كرطونه البشكليطه|صندوق الدراجه|حقيبه الدراجه|شنطه الدراجه|نغلف البشكليطه|تغليف الدراجه|تغليف البشكليطه|housse velo|valise velo|carton velo',
  },
  /** Renting or hiring a bike (an e-bike, a road bike) by the hour, the day or the week. */
  bikeRental: {
    en: 'bike hire|bike rental|bike rentals|hire a bike|rent a bike|rent bikes|hire bikes|rental bike|rental bikes|hire bike|bike rent|e bike hire|e bike rental|ebike hire|ebike rental|rent an e bike|hire an e bike|rent an electric bike|hire an electric bike|electric bike rental|electric bike hire',
    es: 'alquiler de bicis|alquiler de bici|alquiler de bicicletas|alquiler de bicicleta|alquilar una bici|alquilar bicis|alquilar una bicicleta|alquilar bicicletas|bici de alquiler|bicis de alquiler|bicicleta de alquiler|bicicletas de alquiler|renta de bicicletas|rentar una bici|rentar bicicleta',
    fr: 'location de vélo|location de vélos|location vélo|location vélos|louer un vélo|louer des vélos|vélo de location|vélos de location|location de vae|location vélo électrique|loueur de vélos',
    it: 'noleggio bici|noleggio di bici|noleggio biciclette|noleggio di biciclette|noleggio bicicletta|noleggiare una bici|noleggiare bici|noleggiare una bicicletta|bici a noleggio|bici in affitto|affittare una bici|affitto bici|noleggio e bike|noleggio ebike',
    de: 'fahrradverleih|fahrradvermietung|radverleih|radvermietung|fahrrad mieten|rad mieten|fahrrad leihen|rad leihen|fahrrader mieten|fahrrader leihen|leihfahrrad|leihrad|mietrad|mietfahrrad|e bike verleih|e bike mieten|ebike mieten|velovermietung|veloverleih|velo mieten|leihvelo|mietvelo',
    ca: 'lloguer de bicis|lloguer de bici|lloguer de bicicletes|llogar una bici|llogar bicis|llogar una bicicleta|bici de lloguer|bicis de lloguer|bicicleta de lloguer',
    pt: 'aluguer de bicicletas|aluguer de bicicleta|aluguel de bicicletas|aluguel de bicicleta|aluguel de bike|aluguel de bikes|alugar uma bicicleta|alugar bicicletas|alugar uma bike|alugar bike|bicicleta alugada|bike alugada|bicicletas para alugar|bikes para alugar',
    ar: 'كراء البشكليطات|كراء البشكليطه|كراء الدراجات|كراء دراجه|تاجير الدراجات|تاجير دراجه|استئجار دراجه|دراجات للايجار|دراجات للكراء|location velo|location de velo',
  },
  /** A child's first bike: stabilisers (training wheels), a balance bike, kids' bikes. */
  kidsBike: {
    en: 'training wheels|bike stabilisers|bike stabilizers|stabilisers off|stabilizers off|stabiliser wheels|balance bike|balance bikes|kids bike|kids bikes|kid s bike|childrens bike|childrens bikes|children s bike|children s bikes|first bike|my son s bike|my daughter s bike',
    es: 'ruedines|ruedas de apoyo|ruedas de entrenamiento|rueditas de la bici|rueditas de apoyo|quitar los ruedines|bici sin pedales|bicicleta sin pedales|bici de equilibrio|bici infantil|bicis infantiles|bicicleta infantil|bicicletas infantiles|bici para niños|bici de niño|bici para mi hijo|bici para mi hija|primera bici',
    fr: 'petites roues|roulettes stabilisatrices|stabilisateurs du vélo|draisienne|draisiennes|vélo enfant|vélos enfant|vélo pour enfant|vélo pour enfants|vélo de mon fils|vélo de ma fille|premier vélo|enlever les petites roues',
    it: 'rotelle della bici|rotelle laterali|rotelline|togliere le rotelle|senza le rotelle|bici senza pedali|bicicletta senza pedali|balance bike|bici per bambini|bici da bambino|bici da bambina|bicicletta per bambini|biciclette per bambini|prima bici',
    de: 'stutzrader|stutzrad|laufrad fur kinder|kinderlaufrad|laufrad furs kind|laufrad fur meinen sohn|laufrad fur meine tochter|kinderrad|kinderrader|kinderfahrrad|kinderfahrrader|jugendrad|erstes fahrrad|erstes rad',
    ca: 'rodetes|rodes de suport|rodetes laterals|treure les rodetes|bici sense pedals|bicicleta sense pedals|bici infantil|bicicleta infantil|bici per a nens|bici per al meu fill|bici per a la meva filla|primera bici',
    pt: 'rodinhas da bicicleta|rodinhas da bike|rodinhas laterais|tirar as rodinhas|sem rodinhas|bicicleta sem pedais|bicicleta de equilibrio|bike de equilibrio|balance bike|bicicleta infantil|bicicletas infantis|bicicleta de crianca|bicicleta para crianca|bicicleta para criancas|bike infantil|primeira bicicleta|primeira bike',
    ar: 'عجلات التدريب|العجلات الصغيره ديال البشكليطه|الرويضات الصغار|بشكليطه ديال الدراري|بشكليطه للدراري|دراجه اطفال|دراجه للاطفال|دراجات الاطفال|دراجه ابني|دراجه بنتي|petites roues|draisienne',
  },
  /** Second-hand bikes: buying a used or refurbished one, selling or trading in one's own. */
  usedBikes: {
    en: 'used bike|used bikes|second hand bike|second hand bikes|secondhand bike|secondhand bikes|pre owned bike|pre owned bikes|preowned bike|buy back my bike|sell my bike|selling my bike|trade in my bike|bike trade in|part exchange my bike|refurbished bike|refurbished bikes|ex demo bike|ex rental bike',
    es: 'bici de segunda mano|bicis de segunda mano|bicicleta de segunda mano|bicicletas de segunda mano|bici usada|bicis usadas|bicicleta usada|bicicletas usadas|bici de ocasion|bicis de ocasion|bicicleta de ocasion|vender mi bici|comprais bicis|compran bicicletas|recompra de bicis|bici reacondicionada|bicis reacondicionadas|bici seminueva',
    fr: "vélo d'occasion|vélos d'occasion|vélo occasion|vélos occasion|vélo reconditionné|vélos reconditionnés|vendre mon vélo|rachetez vous les vélos|reprise de vélo|reprise de mon vélo|vélo de seconde main|vélos de seconde main",
    it: 'bici usata|bici usate|bicicletta usata|biciclette usate|bici di seconda mano|bicicletta di seconda mano|bici ricondizionata|bici ricondizionate|vendere la mia bici|comprate bici usate|permuta della bici|bici in permuta',
    de: 'gebrauchtes fahrrad|gebrauchte fahrrader|gebrauchtrad|gebrauchtrader|gebrauchtes rad|gebrauchte rader|gebrauchtes e bike|gebrauchte e bikes|fahrrad gebraucht|gebrauchtvelo|occasionsvelo|occasion velo|fahrrad verkaufen|mein fahrrad verkaufen|fahrrad in zahlung|fahrradankauf',
    ca: "bici de segona mà|bicis de segona mà|bicicleta de segona mà|bici usada|bicis usades|bicicleta usada|bicicletes usades|bici d'ocasió|vendre la meva bici",
    pt: 'bicicleta usada|bicicletas usadas|bike usada|bikes usadas|bicicleta em segunda mao|bicicleta de segunda mao|bicicletas de segunda mao|bike seminova|bicicleta seminova|vender a minha bicicleta|vender minha bike|retoma da bicicleta|compram bicicletas usadas',
    ar: 'دراجه مستعمله|دراجات مستعمله|بشكليطه مستعمله|بشكليطه دوكازيون|بشكليطات دوكازيون|velo occasion|velo d occasion|نبيع البشكليطه',
  },
  /** A child seat or a trailer for a child on a bike. */
  childSeat: {
    en: 'child seat for my bike|child seat on my bike|child bike seat|kids bike seat|bike child seat|bike seat for my son|bike seat for my daughter|baby seat on the bike|baby bike seat|bike trailer|child trailer|kids trailer|bike trailer for kids|tagalong bike|trailer bike|thule chariot|hamax|bobike',
    es: 'silla de bici|silla para la bici|silla de bici para niños|sillita de bici|sillita para la bici|portabebes de bici|asiento infantil de bici|remolque de bici|remolque para bici|remolque para la bici|carrito de bici|carro de bici|carro para la bici',
    fr: 'siège vélo|siège vélo enfant|siège enfant pour vélo|siège enfant vélo|siège bébé vélo|porte bébé vélo|remorque vélo|remorque de vélo|remorque pour vélo|remorque enfant|remorque pour enfant',
    it: 'seggiolino bici|seggiolino per bici|seggiolino per la bici|seggiolino della bici|seggiolino bici bambino|seggiolino posteriore bici|carrellino bici|carrello bici|carrello per bici|rimorchio bici|rimorchio per bici',
    de: 'kindersitz furs fahrrad|kindersitz furs rad|kindersitz am fahrrad|kindersitz am rad|fahrradkindersitz|kinderfahrradsitz|fahrradsitz fur kinder|kinderanhanger|fahrradanhanger|radanhanger|veloanhanger|anhanger furs fahrrad|trailerbike|nachlaufer',
    ca: 'cadira de bici|cadireta de bici|cadireta per a la bici|cadireta per la bici|seient infantil de bici|remolc de bici|remolc per a la bici|remolc per a nens',
    pt: 'cadeirinha de bicicleta|cadeirinha para bicicleta|cadeira de bicicleta|cadeirinha da bike|cadeirinha de bike|cadeira de crianca para bicicleta|reboque de bicicleta|reboque para bicicleta|atrelado de bicicleta|carrinho de bicicleta',
    ar: 'كرسي الطفل فالبشكليطه|كرسي الدراري فالبشكليطه|كرسي الاطفال للدراجه|كرسي اطفال للدراجه|مقعد طفل للدراجه|عربه الدراجه|siege velo|remorque velo',
  },
  /** Carrying things on a bike, or a bike on a car: a rack, panniers, a basket, a car's bike carrier. */
  bikeRack: {
    en: 'pannier|panniers|pannier rack|pannier racks|rear rack|front rack|bike basket|front basket|bike carrier|bike carriers|towbar bike rack|towbar rack|roof bike rack|roof rack for bikes|car bike rack|bike rack for my car|bike rack for the car',
    es: 'portabultos|portaequipajes de la bici|parrilla de la bici|alforjas|alforjas de la bici|cesta de la bici|cesta para la bici|canasta de la bici|portabicis|porta bicis|portabicicletas|portabicis de bola|portabicis de techo',
    fr: 'porte bagages|porte bagage|sacoches de vélo|sacoche de vélo|sacoches vélo|sacoches arrière|panier de vélo|panier vélo|panier pour vélo|porte vélo|porte vélos|porte vélo d attelage|porte vélo de toit',
    it: 'portapacchi|portapacchi della bici|borse da bici|borse laterali|borse per bici|borse per la bici|cestino della bici|cestino per bici|cestino bici|portabici|porta bici|portabici da auto|portabici da gancio',
    de: 'gepacktrager|fahrradkorb|fahrradkorbe|fahrradtasche|fahrradtaschen|packtaschen|gepacktragertasche|fahrradtrager|fahrradheckträger|heckträger|dachtrager furs fahrrad|velokorb|velotaschen',
    ca: 'portaequipatges|portaequipatges de la bici|alforges|cistella de la bici|cistella per a la bici|portabicis|porta bicis',
    pt: 'porta bagagem da bicicleta|porta bagagens da bicicleta|bagageiro da bike|bagageiro da bicicleta|alforges|alforjes|cesto da bicicleta|cesta da bicicleta|cestinha da bike|suporte de bicicleta para carro|porta bicicletas|porta bicicleta|transbike',
    ar: 'سله البشكليطه|سله الدراجه|حامل الدراجات|حامل الدراجه|حامل البشكليطه|porte bagage|porte velo',
  },
} satisfies PhraseTable<string>;
