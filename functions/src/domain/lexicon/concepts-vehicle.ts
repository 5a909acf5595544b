/**
 * Concepts of vehicle workshops (car garages, tyre shops, bike and motorbike
 * repair): what their customers ask about in their own words ("cambio
 * gomme", "Winterreife", "correa de distribución", "la spia è accesa",
 * "الفيدونج") against what the owner wrote in another language. See
 * phrases.ts for the syntax.
 *
 * Every message is also read in English, and in every language when its own
 * is unclear, and a salon's, a clinic's or a vet's customers write these
 * words too; so many of them are kept only beside a car word, or as written
 * ("=" in the tables), since their stems are other words'. Left out on
 * their own:
 * - en: "dent" (a tooth in French), "tire" (French and Portuguese "tire"),
 *   "clutch" (a bag), "service", "servicing", "full service" (a dog's groom,
 *   a hearing aid's check), "bodywork" (a massage), "exhausted",
 *   "transmission" (of an illness), "puncture" (a wound), "mot" (French, a
 *   word), "pads", "chain", "belt", "light", "paint";
 * - es: "ruedas" (a wheelchair), "revisión" (a check-up), "servicio",
 *   "mantenimiento" (nails, braces), "aceite" (massage oil), "cadenas",
 *   "chapa" (a pet's name tag), "bollo", "testigo" (a witness), "pinchazo"
 *   (an injection), "escape" (an escape room), "grúa" (a patient lift),
 *   "llantas" (love handles in Mexico), "frenos" (braces in Latin America),
 *   "silenciador" (the stem of "silencio"), "climatizador" (a heated pool);
 * - fr: "révision", "entretien" (an interview), "vidange" (a dog's anal
 *   glands), "bosse" (a bump on the head), "rayure" (a scratched lens),
 *   "plaquettes" (platelets), "frein" (a tongue-tie), "voyant" (a psychic),
 *   "dépannage" and "dépanneuse" (the stem of "dépanner", to help out),
 *   "courroie" (a bag's strap), "boîte automatique" (a mailbox, one word
 *   apart), "silencieux" (silent);
 * - it: "gomma" (chewing gum), "cambio", "tagliando" but as written after an
 *   article (its stem is "taglio", and "sto tagliando" is cutting),
 *   "revisione" (a denture's, a hearing aid's), "freno" (a tongue-tie),
 *   "frenata" and "trainare" but as written ("frena la caduta" slows hair
 *   loss, "train"), "frizione" (a barber's scalp rub), "pastiglie" (pills),
 *   "bozzo" and "graffio" (a lump, a cat's scratch), "scarico" (a
 *   download), "distribuzione", "noleggio", "cinghia", "foratura" (ear
 *   piercing), "convergenza" (the eyes'), "silenziatore" (silence);
 * - de: "Reifen" but as written (its stem is "reif", of "reife Haut"),
 *   "Bremse" (a horsefly), "Delle" (cellulite), "Beule" (a lump), "Kratzer",
 *   "lackieren" (nails), "Wartung" (a hearing aid's), "Pickerl" (a child's
 *   sticker in Austria), "Plattfuß" (a flat foot);
 * - pt: "freio" (a tongue-tie), "travão" but as written (a stiff neck is
 *   "travado"), "pastilhas", "risco" (a risk), "amassado" (a massage's
 *   kneading), "polimento", "guincho" (a dog's squeal), "pronto socorro" (the
 *   emergency room), "IPO" (a cancer hospital), "vistoria", "inspeção",
 *   "caixa automática" (a cash machine), "escapamento" (escaping);
 * - ca: "bony" (a lump), "mossa" (a girl in Valencian), "punxada" (an
 *   injection), "escapament" (escaping), "climatitzador" (a heated pool);
 * - ar: "اطارات" (glasses frames), "طولي" (its stem is length), "فران" and
 *   "فرانات" (their stems are a baker's and "رانا", we are), "فرينات" ("وريني",
 *   show me), "بنشر" ("نشر", to publish), "فوايان" ("واي فاي"), "كليم" ("ليمون"),
 *   "سطحة" (a surface), "صباغة" (hair dye), "الفيزيت" (a doctor's visit), and
 *   Arabizi "pneu", "pneus", "clim", "frein", "depanneuse" (their skeletons
 *   are "pain", "pense", "calme", "France", "dépense").
 * Batteries are the hearing table's concept.
 */
import type { PhraseTable } from './phrases.js';

export const VEHICLE_CONCEPTS = {
  /** Tyres: buying, fitting, changing or repairing them, a flat, wheel alignment and balancing. */
  tyres: {
    en: 'tyre|tyres|=tires|tire change|tire shop|new tire|new tires|flat tire|spare tire|tire pressure|tire rotation|tire repair|tire fitting|flat tyre|tyre fitting|puncture repair|puncture in my tyre|puncture in the tyre|inner tube|wheel alignment|wheel balancing|summer tyres|summer tires',
    es: 'neumatico|neumaticos|cambiar las ruedas|cambio de ruedas|ruedas nuevas|ruedas del coche|rueda pinchada|pinchazo en la rueda|pinche una rueda|llantas nuevas|cambiar las llantas|cambiar llantas|cambio de llantas|juego de llantas|llantas del carro|llantas del auto|llantas de la moto|llanta ponchada|llanta pinchada|ponchadura|gomeria|alineacion y balanceo|alineado y balanceo|equilibrado de ruedas|camara de aire|neumaticos de verano',
    fr: "pneu|pneus|pneumatique|pneumatiques|changer les pneus|changement de pneus|pneu crevé|roue crevée|crevaison|équilibrage des roues|parallélisme|chambre à air|pneus d'été|pneus été",
    it: "pneumatico|pneumatici|cambio gomme|cambiare le gomme|cambiare gomme|gomme nuove|gomme estive|gomme auto|gomme della macchina|gomme dell'auto|gomme della moto|gomma bucata|gomma a terra|bucato una gomma|bucato la gomma|bucato una ruota|forato una gomma|forato la gomma|gommista|montaggio gomme|deposito gomme|treno di gomme|equilibratura delle ruote|equilibratura ruote|convergenza ruote|camera d'aria|pneumatici estivi",
    de: '=reifen|reifenwechsel|reifen wechseln|reifenservice|reifenpanne|einen platten|platter reifen|sommerreifen|reifendruck|radwechsel|raderwechsel|rader wechseln|felgen|achsvermessung|reifeneinlagerung|reifenhotel|reifen einlagern|pneu|pneus|pneuwechsel|pneuservice|fahrradschlauch',
    ca: "pneumàtic|pneumàtics|canvi de pneumàtics|canviar els pneumàtics|canviar les rodes|roda punxada|punxat una roda|punxat la roda|cambra d'aire",
    pt: 'pneu|pneus|pneumatico|pneumaticos|troca de pneus|trocar os pneus|trocar pneus|mudar os pneus|mudanca de pneus|pneu furado|furo no pneu|borracharia|borracheiro|alinhamento e balanceamento|alinhamento das rodas|balanceamento das rodas|calibrar os pneus|camara de ar',
    ar: 'كاوتشو|الكاوتشو|كاوتشوات|كاوتش|الكاوتش|محل بنشر|محل البنشر|عندي بنشر|صار بنشر|اطارات السياره|اطار السياره|عجلات السياره|عجله السياره|تبديل الاطارات|تغيير الاطارات|اطار مثقوب|عجله مثقوبه|رويضه مثقوبه|روايض الطوموبيل|كفرات السياره|kawtchou|kaoutchou|changer les pneus',
  },
  /** Tyres and gear for winter: winter, snow and all-season tyres, snow chains and socks. */
  winterTyres: {
    en: 'winter tyre|winter tire|snow tyre|snow tire|all season tyre|all season tire|all weather tyre|all weather tire|snow chain|snow chains|tyre chains|tire chains|snow socks|studded tyres|studded tires',
    es: 'neumaticos de invierno|neumatico de invierno|ruedas de invierno|llantas de invierno|neumaticos de nieve|cadenas de nieve|cadenas para la nieve|cadenas para nieve|cadenas para el coche|neumaticos todo tiempo|neumaticos cuatro estaciones|neumaticos all season|fundas de nieve|calcetines para la nieve',
    fr: "pneus neige|pneu neige|pneus hiver|pneu hiver|pneus d'hiver|pneu d'hiver|pneus 4 saisons|pneus quatre saisons|pneus toutes saisons|chaînes à neige|chaines neige|chaussettes à neige|pneus cloutés",
    it: 'gomme invernali|gomme termiche|pneumatici invernali|pneumatici termici|gomme da neve|pneumatici da neve|catene da neve|catene per la neve|catene neve|calze da neve|gomme quattro stagioni|pneumatici quattro stagioni|gomme 4 stagioni|pneumatici 4 stagioni|gomme all season',
    de: 'winterreife*|winterrader|winterkomplettrader|winterpneu*|schneekette*|ganzjahresreifen|allwetterreifen|spikereifen|m+s reifen',
    ca: "pneumàtics d'hivern|pneumàtic d'hivern|pneumàtics de neu|rodes d'hivern|cadenes de neu|cadenes per a la neu|cadenes per la neu|mitjons de neu|pneumàtics quatre estacions",
    pt: 'pneus de inverno|pneu de inverno|pneus de neve|correntes de neve|correntes para neve|correntes para a neve|meias de neve|pneus de quatro estacoes|pneus 4 estacoes|pneus all season',
    ar: 'اطارات الشتاء|اطارات شتويه|اطارات الثلج|كاوتشو ديال الشتا|سلاسل الثلج|سلاسل الثلوج|سلاسل للثلج|pneus neige|pneu neige|pneus hiver|chaines neige',
  },
  /** Brakes: pads, discs, fluid, a brake that squeals or does not stop the car. */
  brakes: {
    en: 'brake*|braking',
    es: '=freno|freno de mano|pastillas de freno|pastilla de freno|pastillas de frenos|pastillas del freno|discos de freno|disco de freno|discos de frenos|liquido de frenos|frenos del coche|frenos del carro|frenos del auto|frenos de la moto|frenos de la bici|cambiar los frenos|cambio de frenos|revisar los frenos|revision de frenos|frenos traseros|frenos delanteros|chirrian los frenos|suenan los frenos|pitan los frenos|no frena bien|frena mal',
    fr: '=freins|frein à main|plaquettes de frein|plaquettes de freins|disques de frein|disques de freins|liquide de frein|freinage|freine mal|ne freine plus',
    it: 'freni|freno a mano|freno motore|freno anteriore|freno posteriore|freno della bici|freno della moto|pastiglie dei freni|pastiglie freni|pastiglie del freno|dischi dei freni|dischi freni|impianto frenante|liquido dei freni|olio dei freni|=frenata',
    de: '=bremsen|bremse quietscht|bremse vorne|bremse hinten|bremse schleift|bremse zieht|bremsbelag*|bremsscheibe*|bremsklotz*|bremsflussigkeit|handbremse|bremsenwechsel|bremsanlage|bremsencheck|bremst schlecht|bremst nicht',
    ca: 'frens|pastilles de fre|pastilles dels frens|discos de fre|discos dels frens|líquid de frens|fre de mà|canviar els frens|no frena bé',
    pt: '=travoes|=travao|=freios|pastilhas dos travoes|pastilhas de travao|pastilhas de travoes|pastilhas de freio|pastilhas do freio|discos de travao|discos de travoes|discos de freio|liquido de travoes|fluido de freio|oleo de freio|freio de mao|travao de mao|lonas de freio|trocar os freios',
    ar: 'فرامل|الفرامل|الفران ديال الطوموبيل|الفرانات ديال الطوموبيل|فرانات الطوموبيل|plaquettes de frein|disques de frein',
  },
  /** The timing belt or chain (cambelt), and the engine's other belts. */
  timingBelt: {
    en: 'timing belt|timing chain|cambelt|cambelts|cam belt|fan belt|drive belt|auxiliary belt|serpentine belt',
    es: 'correa de distribucion|correa distribucion|kit de distribucion|kit distribucion|cadena de distribucion|cambio de distribucion|cambiar la distribucion|correa dentada|correa auxiliar|correa de accesorios|correa del alternador',
    fr: 'courroie de distribution|courroie d alternateur|courroie du moteur|kit de distribution|kit distribution|chaîne de distribution|courroie accessoire|courroie accessoires',
    it: 'cinghia di distribuzione|cinghia distribuzione|cinghia della distribuzione|kit distribuzione|kit di distribuzione|cambio distribuzione|cambio della distribuzione|rifare la distribuzione|catena di distribuzione|catena distribuzione|cinghia dei servizi|cinghia servizi|cinghia dell alternatore',
    de: 'zahnriemen|zahnriemenwechsel|zahnriemen wechseln|steuerkette|steuerriemen|keilriemen|rippenriemen|keilrippenriemen',
    ca: 'corretja de distribució|corretja distribució|kit de distribució|cadena de distribució|canvi de distribució|corretja dentada|corretja auxiliar',
    pt: 'correia de distribuicao|correia da distribuicao|correia dentada|kit de distribuicao|kit distribuicao|corrente de distribuicao|correia do alternador|correia auxiliar|correia de acessorios',
    ar: 'سير التوزيع|سير الكاتينه|سير المحرك|سير الموتور|الكوروا ديال|كوروا ديال|تبدال الكوروا|courroie de distribution|courroie distribution|kit distribution',
  },
  /** Air conditioning: recharging or repairing a car's A/C (and a room's, which the same words name). */
  airCon: {
    en: 'air con|aircon|air conditioning|air conditioner|ac recharge|ac regas|aircon regas|air con regas|regas|ac service|ac not cold|ac blowing warm|climate control',
    es: 'aire acondicionado|aire del coche|aire del carro|recarga de aire|recarga del aire|carga de aire|cargar el aire|recargar el aire|gas del aire|=climatizador|=climatizacion|el aire no enfria|aire no enfria|clima del carro|clima del auto',
    fr: '=climatisation|=climatiseur|clim|recharge clim|recharge de clim|recharge de la clim|recharge climatisation|gaz de clim|la clim ne marche',
    it: "aria condizionata|=climatizzatore|=climatizzatori|condizionatore|ricarica clima|ricarica del clima|ricarica condizionatore|ricarica aria condizionata|ricarica gas clima|clima auto|clima della macchina|clima dell'auto|clima non funziona|clima non raffredda|sanificazione clima|igienizzazione clima",
    de: 'klimaanlage*|klimaservice|klima service|klimawartung|klimacheck|klimagerat|klima befullen|klima nachfullen|klima kaputt|klima geht nicht|klima auffullen',
    ca: "aire condicionat|aire acondicionat|=climatitzador|recàrrega de l'aire|carregar l'aire|recarregar l'aire|càrrega de l'aire",
    pt: 'ar condicionado|ar do carro|recarga do ar|recarga de ar|carga de gas do ar|carregar o ar|ar nao gela|=climatizador|higienizacao do ar|ac do carro',
    ar: 'مكيف|المكيف|مكيف الهواء|التكييف|تكييف|الكليماتيزور|كليماتيزور|climatisation|climatiseur|la clim|recharge clim',
  },
  /**
   * The periodic roadworthiness inspection: the MOT, the ITV, the contrôle technique, the TÜV. German "HU/AU"
   * is written "hu auch": the analyser reads the chat shorthand "au" as "auch".
   */
  roadworthiness: {
    en: 'mot test|mot tested|mot due|mot done|mot booked|mot check|mot certificate|mot expires|mot expired|mot and service|my mot|the mot|its mot|an mot|do mots|nct|nct test|roadworthiness|roadworthy|vehicle inspection|car inspection|state inspection|safety inspection sticker|inspection sticker|warrant of fitness|wof',
    es: 'itv|pasar la itv|inspeccion tecnica|inspeccion tecnica de vehiculos|verificacion vehicular|revision tecnica|revision tecnico mecanica|revision tecnomecanica|tecnomecanica|vtv|rtv|pre itv|preitv',
    fr: 'contrôle technique|controle technique|le ct|passer le ct|faire le ct|mon ct|pour le ct|visite technique|pré contrôle|précontrôle',
    it: "revisione auto|revisioni auto|revisione dell'auto|revisione della macchina|revisione alla macchina|revisione macchina|revisione moto|revisione della moto|revisione ministeriale|revisione periodica|revisione scaduta|centro revisioni|collaudo|bollino blu",
    de: 'tuv|tuv plakette|tuvtermin|hauptuntersuchung|abgasuntersuchung|hu auch|die hu|zur hu|hu termin|hu fallig|plakette|pickerl machen|pickerlprufung|pickerl prufung|pickerl termin|pickerl uberprufung|pickerl abgelaufen|pickerl fallig|pickerl furs auto|pickerl fur das auto|pickerl fur mein auto|pickerl fur den wagen|57a|mfk|motorfahrzeugkontrolle|dekra',
    ca: "itv|passar l'itv|passar la itv|inspecció tècnica|inspecció tècnica de vehicles",
    pt: 'inspecao periodica|inspecao do carro|inspecao automovel|inspecao obrigatoria|inspecao da mota|inspecao tecnica|centro de inspecoes|centro de inspecao|vistoria veicular|vistoria do carro|vistoria do detran|vistoria detran|laudo de vistoria',
    ar: 'الفحص الفني|الفحص التقني|الفحص الدوري للسياره|فحص السياره|الفيزيت التقنيه|فيزيت تقنيه|visite technique|controle technique',
  },
  /** A car's (or motorbike's) scheduled service: maintenance, an oil change, a check-up at the garage. */
  carService: {
    en: 'car service|car serviced|car servicing|service my car|service the car|service my van|service the van|van service|bike service|bike serviced|motorbike service|motorcycle service|interim service|major service|oil change|change the oil|oil and filter',
    es: 'cambio de aceite|cambiar el aceite|cambio del aceite|cambio aceite|aceite del motor|mantenimiento del coche|mantenimiento del carro|mantenimiento del auto|mantenimiento de la moto|revision del coche|revision del carro|revision del auto|revision de la moto|revision del vehiculo|service del auto|service de la moto|hacer el service|afinacion del coche|afinacion del carro|afinacion mayor|afinacion menor',
    fr: "vidange moteur|vidange filtre|vidange filtres|vidange huile|vidange d'huile|vidange de la voiture|vidange de ma voiture|vidange voiture|révision de la voiture|révision de ma voiture|révision voiture|révision de l'auto|révision de la moto|révision constructeur|entretien de la voiture|entretien de ma voiture|entretien voiture|entretien auto|entretien du véhicule|entretien de la moto|carnet d'entretien|changement d'huile|changer l'huile|huile moteur",
    it: "il =tagliando|un =tagliando|del =tagliando|al =tagliando|fare =tagliando|=tagliandi|=tagliando auto|=tagliando moto|=tagliando completo|=tagliando della macchina|=tagliando dell'auto|cambio olio|cambio dell'olio|cambiare l'olio|olio motore|manutenzione auto|manutenzione della macchina|manutenzione dell'auto|manutenzione della moto",
    de: 'inspektion|olwechsel|ol wechseln|olservice|autoservice|service am auto|service beim auto|jahresservice|fahrzeugwartung|autowartung|wartung vom auto|wartung des autos|wartung am auto|scheckheft|scheckheftpflege|motorradservice|fahrradservice|veloservice|velo service',
    ca: "canvi d'oli|canviar l'oli|oli del motor|revisió del cotxe|revisió de la moto|manteniment del cotxe|manteniment de la moto",
    pt: 'revisao do carro|revisao do automovel|revisao da mota|revisao da moto|revisao do veiculo|revisao da viatura|mudanca de oleo|mudar o oleo|troca de oleo|trocar o oleo|troca do oleo|oleo do motor|manutencao do carro|manutencao da moto|manutencao do veiculo|manutencao automovel',
    ar: 'فيدونج|الفيدونج|فيدانج|الفيدانج|تغيير الزيت|تبديل الزيت|نبدل الزيت|نبدلو الزيت|تبدال الزيت|الزيت ديال الطوموبيل|الزيت ديال الموتور|زيت المحرك|زيت الموتور|صيانه السياره|صيانه الطوموبيل|vidange|revision de la voiture|entretien voiture',
  },
  /** Bodywork: dents, scratches on the car, a bumper, respraying the paint. */
  bodywork: {
    en: 'body shop|bodyshop|car bodywork|bodywork repair|panel beater|panel beating|=dented|dent in my car|dent in the car|dent in my door|dent in the door|dent on my car|dent on the car|dents on my car|dents on the car|dent repair|dent removal|paintless dent|scratch on my car|scratch on the car|scratches on my car|scratches on the car|scratched my car|car scratch|paintwork|paint job|respray|bumper|smash repair|accident repair|collision repair',
    es: 'chapa y pintura|taller de chapa|chapista|abolladura|abolladuras|desabollar|bollo en el coche|bollo en la puerta|bollos en el coche|quitar un bollo|rayon en el coche|rayones en el coche|rayon del coche|arañazo en el coche|arañazos en el coche|carroceria|golpe en el coche|paragolpes|parachoques|pintar el coche|pintura del coche|hojalateria|laminado y pintura',
    fr: 'carrosserie|carrossier|débosselage|débosseler|bosse sur la voiture|bosse sur ma voiture|bosse sur la portière|rayure sur la voiture|rayures sur la voiture|rayure sur ma voiture|rayures sur ma voiture|pare choc|pare chocs|peinture de la voiture|peinture voiture|peinture carrosserie|retouche peinture|repeindre la voiture|repeindre ma voiture',
    it: "carrozzeria|carrozziere|ammaccatura|ammaccature|bozzo sulla macchina|bozzo alla portiera|bozzo sulla portiera|bozzi sulla macchina|bozzo sull'auto|togliere un bozzo|togliere i bozzi|levabolli|graffio sulla macchina|graffi sulla macchina|graffio sull'auto|graffi sulla carrozzeria|verniciatura|riverniciatura|riverniciare|paraurti",
    de: 'karosserie|karosseriearbeiten|karosseriewerkstatt|ausbeulen|dellen ausbeulen|beulen ausbeulen|delle im auto|delle am auto|dellen im auto|delle in der tur|beule im auto|beule am auto|kratzer am auto|kratzer im lack|lackkratzer|lackschaden|autolackierung|lackiererei|fahrzeuglackierung|stossstange|spenglerei|autospengler',
    ca: 'xapa i pintura|planxa i pintura|carrosseria|xapista|abonyegat|abonyegada|bony al cotxe|cop al cotxe|ratllada al cotxe|ratllades al cotxe|pintar el cotxe|pintura del cotxe|para-xocs|paraxocs',
    pt: 'funilaria|funilaria e pintura|lataria|chapa e pintura|bate chapas|mossa|mossas|amolgadela|amolgadura|carro amassado|porta amassada|risco no carro|riscos no carro|carro riscado|risco na pintura|riscos na pintura|pintura do carro|pintar o carro|para choques|para choque|parachoque|martelinho de ouro|carrocaria|carroceria',
    ar: 'طوليري|الطوليري|سمكره|السمكره|سمكري|السمكري|صباغه السياره|صباغه الطوموبيل|الصباغه ديال الطوموبيل|ضربه فالطوموبيل|carrosserie',
  },
  /** A warning light on the dashboard: the engine light, the oil or ABS light, "check engine". */
  warningLight: {
    en: 'warning light|engine light|check engine|engine management light|dashboard light|light on the dashboard|light on my dashboard|light on the dash|abs light|oil light|airbag light|glow plug light',
    es: 'testigo del motor|testigo de motor|testigo encendido|testigo naranja|testigo amarillo|testigo del aceite|testigo de averia|testigo del abs|luz del motor|luz de averia|luz de check|check engine|luz en el tablero|luz en el salpicadero|luz en el cuadro|luz del tablero|luz del aceite',
    fr: "voyant moteur|voyant allumé|voyant orange|voyant rouge|voyant d'alerte|voyant huile|voyant abs|voyant airbag|voyant de préchauffage|voyant batterie|voyant s'allume|voyant s'est allumé|voyant sur le tableau|voyant au tableau|témoin moteur",
    it: "spia|spie|spia motore|spia accesa|spia arancione|spia gialla|spia dell'olio|spia avaria|spia abs|spia airbag|spia candelette|spia del cruscotto",
    de: 'kontrollleuchte*|motorkontrollleuchte*|warnleuchte*|warnlampe*|kontrolllampe*|motorleuchte|motorkontrolllampe|motorlampe|check engine|airbagleuchte|olkontrollleuchte|abs leuchte|leuchtet im cockpit|leuchte im armaturenbrett',
    ca: "llum del motor|llum d'avaria|llum de l'oli|llum encesa al quadre|llum al quadre|llum taronja|testimoni del motor|testimoni encès|pilot del motor|pilot encès",
    pt: 'luz do motor|luz de avaria|luz avisadora|luz de aviso|luz acesa no painel|luz no painel|luz do painel|luz de injecao|luz da injecao|luz do oleo|luz do abs|luz da bateria|luz amarela no painel|check engine',
    ar: 'ضو الموتور|الضو ديال الموتور|الضوء ديال الموتور|ضوء المحرك|ضوء الموتور|لمبه المحرك|لمبه الموتور|ضوء التحذير|ضوء تحذير|لمبه التحذير|voyant moteur|voyant allume|check engine',
  },
  /** Towing and roadside recovery: a tow truck for a car that broke down. */
  towing: {
    en: 'tow|tows|towing|towed|tow truck|tow my car|tow service|recovery truck|breakdown recovery|breakdown service|breakdown cover|roadside assistance|roadside recovery|car broke down|car has broken down|broken down car|van broke down',
    es: 'servicio de grua|necesito una grua|necesito grua|mandar una grua|mandar la grua|mandais una grua|llamar a la grua|grua para el coche|grua para el carro|grua para la moto|grua 24 horas|servicio de remolque|remolcar|remolcado|remolcan|remolquen|asistencia en carretera|auxilio mecanico|auxilio vial|coche averiado|carro varado|auto varado|me quede tirado con el coche|se me averio el coche|se me descompuso el carro',
    fr: "=dépanneuse|=dépanneuses|remorquage|remorquer|faire remorquer|service de dépannage|dépannage auto|dépannage voiture|dépannage routier|assistance routière|voiture en panne|voiture est tombée en panne|en panne sur la route|en panne sur l'autoroute|panne sur la route",
    it: 'carro attrezzi|carroattrezzi|soccorso stradale|assistenza stradale|soccorso auto|=rimorchiare|=trainare|macchina in panne|auto in panne|rimasto in panne|rimasta in panne|rimasto a piedi con la macchina',
    de: 'abschleppdienst|abschleppen|abschleppwagen|abgeschleppt|pannenhilfe|pannendienst|pannenservice|autopanne|panne mit dem auto|panne auf der autobahn|auto liegen geblieben|adac|oamtc|tcs',
    ca: "servei de grua|necessito una grua|enviar la grua|envieu la grua|grua per al cotxe|remolcar|assistència en carretera|cotxe avariat|se m'ha espatllat el cotxe|cotxe espatllat",
    pt: 'rebocar|rebocado|servico de reboque|chamar o reboque|chamar um reboque|preciso de um reboque|preciso de reboque|chamar o guincho|chamar um guincho|servico de guincho|mandar o guincho|preciso de guincho|assistencia em viagem|assistencia na estrada|carro avariado|o carro avariou|carro quebrou|carro quebrado|carro enguicou|carro pifou',
    ar: 'ديباناج|الديباناج|دبناج|رافعه السيارات|رافعه سيارات|ونش|الونش|السياره تعطلت|تعطلت السياره|سيارتي تعطلت|الطوموبيل خسرات|الطموبيل خسرات|depannage|remorquage',
  },
  /** A courtesy, loan or replacement car lent while the customer's is in the workshop. */
  courtesyCar: {
    en: 'courtesy car|courtesy vehicle|loan car|loaner|loaner car|replacement car|replacement vehicle|car while mine is|car while it is in',
    es: 'coche de sustitucion|coche de cortesia|vehiculo de sustitucion|vehiculo de cortesia|carro de cortesia|carro de reemplazo|carro de sustitucion|auto de reemplazo|auto de cortesia|coche de prestamo|carro de prestamo|me dejais un coche|me dejan un coche|me prestan un carro',
    fr: 'voiture de prêt|véhicule de prêt|voiture de courtoisie|véhicule de courtoisie|voiture de remplacement|véhicule de remplacement|voiture de substitution|véhicule de substitution|prêter une voiture|prêtez une voiture|prêtez un véhicule|prêter un véhicule',
    it: 'auto di cortesia|macchina di cortesia|vettura di cortesia|veicolo di cortesia|auto sostitutiva|macchina sostitutiva|vettura sostitutiva|veicolo sostitutivo|auto in sostituzione|macchina in prestito|auto in prestito|prestate una macchina|auto muletto',
    de: 'ersatzwagen|ersatzauto|ersatzfahrzeug|leihwagen|leihauto|leihfahrzeug|werkstattersatzwagen|werkstattwagen|ersatzmobilitat|ersatzvelo|leihvelo',
    ca: 'cotxe de substitució|cotxe de cortesia|vehicle de substitució|vehicle de cortesia|cotxe de préstec|em deixeu un cotxe',
    pt: 'carro de substituicao|carro de cortesia|viatura de substituicao|viatura de cortesia|carro reserva|carro de reserva|veiculo reserva|veiculo de substituicao|carro emprestado|emprestam um carro|emprestar um carro',
    ar: 'سياره بديله|سياره مؤقته|سياره احتياطيه|طوموبيل بديله|طوموبيل اخرى حتى|voiture de pret|voiture de remplacement|vehicule de remplacement|voiture de courtoisie',
  },
  /** A rental or hire car: renting one, or driving one in (who pays when it is a rental). */
  rentalCar: {
    en: 'rental car|car rental|hire car|car hire|rent a car|rent a van|van hire|van rental|rental vehicle|rental van|hire a car|leased car|lease car|rental or leased car|rental or lease car|return the rental car|return my rental car|rental car return|car rental company',
    es: 'coche de alquiler|carro de alquiler|auto de alquiler|alquiler de coches|alquiler de coche|alquiler de vehiculos|alquilar un coche|alquilar coche|carro rentado|renta de autos|renta de carros|rentar un carro|rentar un auto|rent a car',
    fr: 'voiture de location|véhicule de location|location de voiture|location de voitures|location voiture|location de véhicule|louer une voiture|loueur de voitures|location utilitaire',
    it: "auto a noleggio|macchina a noleggio|noleggio auto|noleggio macchina|noleggiare un'auto|noleggiare una macchina|noleggio furgone|noleggio veicoli|auto a nolo|rent a car",
    de: 'mietwagen|mietauto|mietfahrzeug|autovermietung|autovermieter|autoverleih|auto mieten|transporter mieten|mietwagenfirma',
    ca: 'cotxe de lloguer|lloguer de cotxes|lloguer de cotxe|llogar un cotxe|vehicle de lloguer|furgoneta de lloguer',
    pt: 'carro alugado|carro de aluguel|carro de aluguer|viatura de aluguer|aluguel de carro|aluguel de carros|aluguer de carros|aluguer de viaturas|aluguer de automoveis|alugar um carro|locadora de carros|locadora de veiculos|rent a car',
    ar: 'كراء السيارات|كراء الطوموبيلات|كراء طوموبيل|طوموبيل ديال الكرا|سياره مستاجره|سياره ايجار|تاجير سيارات|تاجير السيارات|سيارات للايجار|location voiture|location de voiture|voiture de location',
  },
  /** The clutch and the gearbox (manual or automatic). */
  clutch: {
    en: 'clutch pedal|clutch slipping|clutch is slipping|clutch replacement|clutch repair|clutch kit|clutch has gone|clutch gone|new clutch|replace the clutch|change the clutch|clutch change|clutch problem|clutch problems|flywheel|gearbox|gear box|automatic transmission|transmission fluid|transmission repair|transmission problem|gears slipping',
    es: 'embrague|kit de embrague|cambiar el embrague|caja de cambios|caja de velocidades|transmision automatica|clutch del carro',
    fr: "embrayage|kit embrayage|changer l'embrayage|boîte de vitesses|boîte de vitesse|boîte à vitesses|volant moteur",
    it: "frizione della macchina|frizione dell'auto|frizione della moto|cambiare la frizione|cambio frizione|kit frizione|frizione slitta|frizione che slitta|pedale della frizione|rifare la frizione|frizione bruciata|sostituzione frizione|disco frizione|cambio automatico|cambio manuale|scatola del cambio",
    de: 'kupplung|kupplungswechsel|kupplung wechseln|kupplung rutscht|kupplungspedal|getriebe|getriebeschaden|schaltgetriebe|automatikgetriebe|getriebeol|getriebespulung',
    ca: "embragatge|kit d'embragatge|canviar l'embragatge|caixa de canvis|caixa de velocitats",
    pt: 'embraiagem|embreagem|kit de embraiagem|kit de embreagem|trocar a embreagem|caixa de velocidades|caixa de cambio|caixa de mudancas',
    ar: 'امبرياج|الامبرياج|لومبرياج|اللومبرياج|علبه السرعه|علبه السرعات|ناقل الحركه|كلتش|الكلتش|embrayage|boite de vitesse|boite a vitesse',
  },
  /** The exhaust: the pipe and silencer, the catalytic converter, the particulate filter. */
  exhaust: {
    en: '=exhaust|exhaust pipe|exhaust system|exhaust leak|new exhaust|exhaust repair|blowing exhaust|muffler|silencer|catalytic converter|diesel particulate filter|dpf',
    es: 'tubo de escape|escape del coche|escape roto|=silenciador|catalizador del coche|catalizador del carro|filtro de particulas|filtro antiparticulas|mofle',
    fr: "pot d'échappement|échappement|ligne d'échappement|silencieux arrière|pot catalytique|filtre à particules",
    it: 'marmitta|tubo di scarico|terminale di scarico|gas di scarico|scarico rotto|=silenziatore|=silenziatori|catalizzatore|filtro antiparticolato',
    de: 'auspuff|auspuffanlage|auspuffrohr|endtopf|schalldampfer|katalysator|russpartikelfilter|dieselpartikelfilter',
    ca: "tub d'escapament|=escapament|=silenciador|catalitzador|filtre de partícules",
    pt: 'tubo de escape|panela de escape|cano de escape|=escapamento|=silenciador|catalisador do carro|filtro de particulas',
    ar: 'العادم|عادم السياره|انبوب العادم|شكمان|الشكمان|اكزوز|الاكزوز|كاتاليزور|الكاتاليزور|pot d echappement|echappement',
  },
} satisfies PhraseTable<string>;
