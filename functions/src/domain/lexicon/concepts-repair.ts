/**
 * Concepts of phone and electronics repair shops (smartphones, tablets,
 * laptops, game consoles): what their customers ask about in their own
 * words ("ip14 schermo rotto", "se me mojó el móvil", "la play se calienta",
 * "vous rachetez les téléphones ?", "الشاشه مكسوره") against what the owner
 * wrote in another language. See phrases.ts for the syntax.
 *
 * Every message is also read in English, and in every language when its own
 * is unclear, and a clinic's, a salon's, a groomer's, a garage's or a bike
 * shop's customers write many of these words too; so most are kept only
 * beside a device's word (phone, móvil, portatile, Handy, la play), or as
 * written. Left out on their own:
 * - "screen", "pantalla", "écran", "schermo", "display", "tela", "ecrã" (a
 *   medical screening, a solar screen, sunscreen, a bike's or a car's
 *   display, a hearing aid's): only a phone's, a cracked or broken one, one
 *   with lines or a touch that fails;
 * - "battery", "batería", "batterie", "batteria", "Akku", "bateria" (a
 *   car's, a hearing aid's, an e-bike's, a drum kit): the hearing table's
 *   batteries holds them; here only a phone's or a laptop's, one that drains,
 *   swells or shows its health;
 * - "charge", "cargar", "charger", "caricare" (a price, loading a car; a
 *   salon lending a charger is the visit table's wifi): only "not charging",
 *   a charging port or connector;
 * - "port", "puerto", "porta" (a harbour, a door): only a charging or an
 *   HDMI port; "case", "caso", "cover" (a legal case, a cover-up tattoo), a
 *   "funda" or "coque" alone (a pillow's, a boat's hull): only a phone's;
 * - "camera", "cámara", "fotocamera" (a photo studio's, a room): only a
 *   phone's camera, front or rear, or its lens; "microphone", "speaker",
 *   "altavoz" (a school's, a salon's music): only on calls or of a phone;
 * - "water", "agua", "mojado", "bagnato" (a bath, a groom): only a phone
 *   in water, water damage, oxidation;
 * - "backup", "copia de seguridad", "sauvegarde" (a photographer's), "data"
 *   (a date in Italian and Portuguese): only data recovery or a phone's
 *   backup; "unlock", "desbloquear", "sbloccare", "débloquer" (a card, a
 *   bike's limiter): only a phone, iCloud, FRP or a network;
 * - "board", "placa", "scheda", "carte" (a menu, a dental plate, a card):
 *   only a motherboard; "keyboard", "tastiera", "teclado" (a music school's
 *   instrument): only a laptop's; "hinge", "cerniera" (a door's, a zip):
 *   only a laptop's or a screen's;
 * - "diagnosis", "diagnóstico", "Diagnose" (a doctor's, a vet's): only a
 *   device's or its fee; "original", "genuine", "compatible" alone; "used",
 *   "d'occasion", "usato", "gebraucht", "permuta", "Ankauf", "retoma",
 *   "مستعمل" alone (a car, a bike, products): only phones and consoles;
 * - "slow", "lento", "lent", "langsam" (a slow service), "hot", "caliente",
 *   "surriscalda" (a car's engine, a sauna), "fan", "ventola": only a
 *   laptop's or a console's; "drift" alone; "controller", "mando" (a
 *   remote, a boss), "manette" (a bike's shifter): only one that drifts or
 *   a console's; "pickup", "courier", "spedire" (a pet's, an order's
 *   collection: the visit table's collect): only a device sent or fetched;
 * - "soldering", "soldadura", "saldatura", "soudure" (a garage's welding, a
 *   frame's), "portátil", "portatile" alone (a portable audiometer), German
 *   "Tablet" but as written ("Tablette", a pill), "formato" ("formatear",
 *   "formatar" only as written), Italian "console" but as written (a
 *   consulate), "por correo" (an email), "back glass" but "glass" as
 *   written ("VAT back on glasses"); Arabic "بورده" (its stem is rose
 *   water's "ورد"), "فورمات" (a swelling's "ورم"), "بوسطه" ("وسط", the
 *   centre), "البلاي" ("بلا", without), "هاتفي" and "تلفوني" (a number's),
 *   and a phone's model in Arabizi ("ipx" is the skeleton of "poche");
 *   German "repariert" and "reagiert" (unknown, "repariert" is corrected
 *   to a French business's "réparer", as it should).
 * The phone as a thing (the device repaired, sold or bought: "my phone's
 * screen", "téléphones d'occasion", "il telefono non si accende") is no
 * phone number: a repair concept's phrase that holds the desk table's
 * contact word wins over it (analyzer.ts, SHADOWS).
 */
import type { PhraseTable } from './phrases.js';

export const REPAIR_CONCEPTS = {
  /** A smartphone as the thing repaired, bought or sold: its brand or model ("ip14", "s21"), phone repair. */
  smartphone: {
    en: 'smartphone*|iphone*|ip11|ip12|ip13|ip14|ip15|ip16|samsung galaxy|galaxy s21|galaxy s22|galaxy s23|galaxy s24|xiaomi|redmi|huawei|oneplus|google pixel|pixel 7|pixel 8|phone repair|phone repairs|repair my phone|fix my phone|repair phones|fix phones|broken phone|phone is broken|phone broke|phone screen|mobile phone repair|cell phone repair|phone shop|s20|s21|s22|s23|s24|s25|ip7|ip8|ipx|ipxr|iph13|iph14|iph15|ip 11|ip 12|ip 13|ip 14|ip 15|phone repaired|get my phone repaired',
    es: 'smartphone*|iphone*|ip11|ip12|ip13|ip14|ip15|samsung galaxy|xiaomi|redmi|huawei|cel roto|reparacion de moviles|reparar el movil|arreglar el movil|arreglar mi movil|reparar mi movil|movil roto|telefono roto|telefono movil|mi movil se|el movil se|se me rompio el movil|se rompio el movil|se me cayo el movil|reparais moviles|arreglais moviles|reparan moviles|arreglan celulares|comprais moviles|compran moviles|mi celular se|el celular se|s20|s21|s22|s23|s24|s25|ip7|ip8|ipx|ipxr|ip16|iph13|iph14|iph15|ip 11|ip 12|ip 13|ip 14|ip 15|tienda de =moviles',
    fr: 'smartphone*|iphone*|ip11|ip12|ip13|ip14|ip15|samsung galaxy|xiaomi|redmi|huawei|portable casse|telephone casse|reparation de telephone|reparation telephone|reparer mon telephone|reparer mon portable|mon portable est casse|telephones portables|telephone portable|reparateur de telephone|s20|s21|s22|s23|s24|s25|ip7|ip8|ipx|ipxr|ip16|iph13|iph14|iph15|ip 11|ip 12|ip 13|ip 14|ip 15|vous reparez les telephones|reparez vous les telephones',
    it: 'smartphone*|iphone*|ip11|ip12|ip13|ip14|ip15|samsung galaxy|xiaomi|redmi|huawei|telefonino|telefonini|riparazione telefoni|riparazione cellulari|riparazione smartphone|riparare il telefono|aggiustare il telefono|telefono rotto|cellulare rotto|telefonino rotto|s20|s21|s22|s23|s24|s25|ip7|ip8|ipx|ipxr|ip16|iph13|iph14|iph15|ip 11|ip 12|ip 13|ip 14|ip 15|riparate telefoni|riparate il telefono|riparate cellulari',
    de: 'smartphone*|iphone*|samsung galaxy|xiaomi|redmi|huawei|handyreparatur*|handy reparatur|handy reparieren|handy kaputt|handyladen|handyshop|mobiltelefon*|s20|s21|s22|s23|s24|s25|ip7|ip8|ipx|ipxr|ip11|ip12|ip13|ip14|ip15|ip16|iph13|iph14|iph15|ip 11|ip 12|ip 13|ip 14|ip 15|reparieren sie handys',
    ca: 'smartphone*|iphone*|samsung galaxy|xiaomi|mobil trencat|el mobil|el meu mobil|reparacio de mobils|reparar el mobil|telefon mobil|s20|s21|s22|s23|s24|s25|ip7|ip8|ipx|ipxr|ip11|ip12|ip13|ip14|ip15|ip16|iph13|iph14|iph15|ip 11|ip 12|ip 13|ip 14|ip 15|=mobils|repareu mobils|repareu el mobil',
    pt: 'smartphone*|iphone*|samsung galaxy|xiaomi|redmi|huawei|reparacao de telemoveis|conserto de celular|arranjar o telemovel|reparar o telemovel|consertar o celular|telemovel partido|celular quebrado|telefone partido|o meu telemovel|meu celular|o telemovel caiu|o celular caiu|telemovel avariado|celular com defeito|arranjam telemoveis|reparam telemoveis|consertam celulares|compram telemoveis|compram celulares|s20|s21|s22|s23|s24|s25|ip7|ip8|ipx|ipxr|ip11|ip12|ip13|ip14|ip15|ip16|iph13|iph14|iph15|ip 11|ip 12|ip 13|ip 14|ip 15',
    ar: 'موبايل|الموبايل|موبايلي|جوال|الجوال|جوالي|الهاتف المحمول|ايفون|الايفون|سامسونج|سامسونغ|شاومي|هواوي|تصليح موبايلات|تصليح جوالات|تصليح الهاتف|iphone',
  },
  /** A tablet (iPad, Galaxy Tab) as the thing repaired. */
  tablet: {
    en: 'ipad*|galaxy tab|android tablet|samsung tablet|lenovo tablet|tablet screen|tablet repair|kindle|fire tablet',
    es: 'ipad*|galaxy tab|tablet|tablets|tableta|tabletas|la tablet|mi tablet',
    fr: 'ipad*|galaxy tab|ma tablette|la tablette|tablette samsung|tablette android|tablette tactile|tablettes tactiles|ecran de la tablette',
    it: 'ipad*|galaxy tab|tablet|il tablet|mio tablet|tablet samsung|tablet android',
    de: 'ipad*|galaxy tab|mein tablet|das tablet|=tablet|=tablets',
    ca: 'ipad*|galaxy tab|tauleta|tablet|la tablet',
    pt: 'ipad*|galaxy tab|tablet|tablets|o tablet|meu tablet',
    ar: 'ايباد|الايباد|تابلت|التابلت|تابلات|ipad|tablette|tablet',
  },
  /** A laptop or a computer as the thing repaired: a MacBook, a notebook, a PC. */
  laptop: {
    en: 'laptop*|macbook*|notebook pc|my pc|the pc|gaming pc|desktop pc|imac|my computer|the computer|computer repair|pc repair|chromebook',
    es: 'el portatil|mi portatil|ordenador*|computador*|compu|macbook*|laptop*|pc|imac|un portatil|del portatil|ordenador portatil|los portatiles',
    fr: 'ordinateur*|ordi|ordis|pc portable|mon pc|le pc|macbook*|laptop*|imac',
    it: 'il portatile|mio portatile|computer|pc|notebook|macbook*|laptop*|imac|pc fisso|un portatile|del portatile|pc portatile|computer portatile|i portatili|dei portatili',
    de: 'laptop*|notebook*|macbook*|computer|pc|imac',
    ca: 'ordinador*|macbook*|laptop*|pc|el portatil|el meu portatil|un portatil|ordinador portatil',
    pt: 'computador*|notebook*|macbook*|laptop*|pc|imac|o portatil|meu portatil|um portatil|do portatil|computador portatil|os portateis',
    ar: 'لابتوب|اللابتوب|لابتوبي|كمبيوتر|الكمبيوتر|حاسوب|الحاسوب|بيسي|ماك بوك|laptop|pc|ordinateur|ordi|macbook',
  },
  /** A game console or its controller: a PlayStation ("la play"), an Xbox, a Switch, Joy-Cons. */
  gameConsole: {
    en: 'playstation*|ps3|ps4|ps5|xbox*|nintendo*|switch oled|nintendo switch|joycon*|joy con|joy cons|dualsense|dualshock|steam deck|gamepad|game controller|ps5 controller|ps4 controller|xbox controller|=console|=consoles',
    es: 'playstation*|la =play|=play4|=play5|=ps3|=ps4|=ps5|xbox*|nintendo*|la switch|joycon*|joy con|dualsense|dualshock|mando de la play|mando de la consola|mando de la ps5|mando de la ps4|mando de xbox|=consola|=consolas',
    fr: 'console*|playstation*|=ps4|=ps5|la =play|xbox*|nintendo*|la switch|joycon*|joy con|dualsense|dualshock|manette de la ps5|manette de la ps4|manette de jeu|manette ps5|manette ps4|manette xbox|manette de la console',
    it: 'playstation*|la =play|=play4|=play5|=ps4|=ps5|xbox*|nintendo*|la switch|joycon*|joy con|dualsense|dualshock|controller della ps5|controller della play|joystick della play|joystick della ps4|joypad|joystick|=console',
    de: 'konsole*|spielekonsole*|playstation*|=ps4|=ps5|xbox*|nintendo*|joycon*|joy con|dualsense|dualshock|controller der ps5|ps5 controller|ps4 controller|xbox controller|gamepad',
    ca: 'playstation*|la =play|=ps4|=ps5|xbox*|nintendo*|joycon*|comandament de la play|=consola|=consoles',
    pt: 'playstation*|a =play|=ps4|=ps5|xbox*|nintendo*|joycon*|comando da ps5|comando da play|controle do ps5|controle do videogame|videogame|=consola|=consolas',
    ar: 'بلايستيشن|البلايستيشن|بلاي ستيشن|بلايستيشن 5|اكس بوكس|نينتندو|ذراع البلايستيشن|يد البلايستيشن|جويستيك|playstation|ps4|ps5|xbox|console',
  },
  /** A cracked or broken screen and its replacement: a touch that fails, lines, a black or green screen. */
  screenRepair: {
    en: 'cracked screen|screen cracked|cracked my screen|cracked the screen|smashed screen|shattered screen|broken screen|screen broke|screen is broken|screen replacement|replace the screen|replace my screen|screen repair|screen fix|fix my screen|fix the screen|phone screen|iphone screen|laptop screen|lcd|oled screen|touch screen not working|touchscreen not working|touch not working|touch doesnt work|touch does not work|ghost touch|lines on the screen|lines on my screen|screen flickering|screen flickers|dead pixels|cracked display|display replacement|green line on the screen|green lines on the screen|green line on my screen',
    es: 'pantalla rota|pantalla partida|pantalla rajada|pantalla estrellada|se me rompio la pantalla|rompi la pantalla|cambiar la pantalla|cambio de pantalla|cambiar pantalla|arreglar la pantalla|reparar la pantalla|pantalla del movil|pantalla del iphone|pantalla del portatil|el tactil no funciona|tactil no funciona|no va el tactil|la pantalla no responde|rayas en la pantalla|lineas en la pantalla|pantalla parpadea|cristal de la pantalla|modulo de pantalla|lcd',
    fr: 'ecran casse|ecran fissure|ecran brise|ecran explose|cassé mon ecran|casse ecran|changer ecran|changement ecran|remplacer ecran|remplacement de ecran|remplacement ecran|reparation ecran|reparer ecran|ecran de mon telephone|ecran de mon portable|ecran de iphone|ecran du telephone|ecran tactile ne marche|le tactile ne marche|tactile ne fonctionne|ecran ne repond|lignes sur ecran|lignes sur mon ecran|ecran qui clignote|vitre de ecran|lcd',
    it: 'schermo rotto|schermo crepato|schermo spaccato|schermo incrinato|display rotto|display spaccato|ho rotto lo schermo|rotto lo schermo|si e rotto lo schermo|cambio schermo|cambiare lo schermo|sostituzione schermo|sostituzione display|sostituire lo schermo|cambio display|riparazione schermo|riparare lo schermo|schermo del telefono|schermo iphone|schermo del cellulare|schermo del portatile|touch non funziona|il touch non va|touch non risponde|lo schermo non risponde|righe sullo schermo|linee sullo schermo|schermo che sfarfalla|lcd',
    de: 'display kaputt|display gebrochen|display gesprungen|display zersplittert|displaybruch|displayschaden|display tauschen|display wechseln|displaytausch|displayreparatur|display reparieren|bildschirm kaputt|bildschirm gesprungen|bildschirm tauschen|neues display|handydisplay|handy display|iphone display|touch funktioniert nicht|touchscreen funktioniert nicht|streifen auf dem display|linien auf dem display|lcd',
    ca: 'pantalla trencada|pantalla esquerdada|canviar la pantalla|canvi de pantalla|reparar la pantalla|pantalla del mobil|el tactil no funciona|ratlles a la pantalla|linies a la pantalla',
    pt: 'ecra partido|ecra rachado|tela quebrada|tela trincada|tela rachada|parti o ecra|quebrei a tela|trocar o ecra|troca de ecra|troca de tela|trocar a tela|substituir o ecra|substituicao do ecra|reparar o ecra|ecra do telemovel|tela do celular|tela do iphone|o touch nao funciona|touch nao funciona|o ecra nao responde|riscas no ecra|linhas na tela|lcd',
    ar: 'شاشه مكسوره|الشاشه مكسوره|شاشتي مكسوره|انكسرت الشاشه|الشاشه انكسرت|كسرت الشاشه|تغيير الشاشه|تبديل الشاشه|تغيير شاشه|شاشه جديده|تصليح الشاشه|شاشه الموبايل|شاشه الجوال|شاشه التلفون|شاشه الايفون|اللمس ما يشتغل|التاتش خربان|التاتش ما يشتغل|خطوط في الشاشه|خطوط على الشاشه|الشاشه مشطوبه|الشاشه مفرقعه|lcd|ecran casse|ecran mkasser|chacha mkasra|chacha mkassra|ecran tactile|الشاشه تكسرات|تكسرات الشاشه|تهرسات الشاشه|الشاشه تهرسات|الشاشه اتكسرت|اتكسرت الشاشه|الشاشه مهرسه|chacha t9esrat|ecran t9ssar|l ecran mhers',
  },
  /** A phone's or a laptop's battery: it drains, swells, its health has dropped; replacing it. */
  batteryReplacement: {
    en: 'phone battery|iphone battery|laptop battery|battery health|swollen battery|battery swollen|battery is swollen|bloated battery|battery bulging|battery percentage|battery cycles|phone dies|phone keeps dying|phone dies fast|phone battery drains|iphone battery drains|maximum capacity|max capacity',
    es: 'bateria del movil|bateria del iphone|bateria del portatil|bateria del telefono|salud de la bateria|estado de la bateria|la bateria dura poco|bateria dura poco|la bateria no dura|se descarga rapido|se descarga muy rapido|se me descarga|se descarga enseguida|bateria hinchada|la bateria esta hinchada|bateria inflada|cambiar la bateria del movil|cambio de bateria del movil|cambio de bateria iphone|cambiar bateria iphone',
    fr: 'batterie du telephone|batterie de mon telephone|batterie du portable|batterie de iphone|batterie iphone|batterie du pc|batterie de ordinateur|sante de la batterie|etat de la batterie|la batterie ne tient pas|batterie ne tient plus|batterie tient plus|se decharge vite|se decharge trop vite|batterie gonflee|la batterie a gonfle|changer la batterie du telephone|changement de batterie iphone|remplacement de batterie iphone',
    it: 'batteria del telefono|batteria del cellulare|batteria iphone|batteria del portatile|batteria del pc|stato della batteria|salute della batteria|condizione della batteria|la batteria dura poco|batteria dura poco|la batteria non dura|batteria che non dura|si scarica subito|si scarica velocemente|si scarica in fretta|batteria gonfia|batteria gonfiata|la batteria si e gonfiata|cambio batteria iphone|cambio batteria del telefono|cambiare la batteria del telefono|sostituzione batteria iphone',
    de: 'handyakku|handy akku|akku vom handy|akku des handys|iphone akku|akku vom iphone|laptop akku|akku vom laptop|notebook akku|akkukapazitat|akkuzustand|batteriezustand|akku halt nicht|akku halt nicht mehr|akku ist schnell leer|akku leer nach|akku entladt sich|entladt sich schnell|akku aufgeblaht|aufgeblahter akku|akku blaht sich|akkutausch handy|akku tauschen beim handy|iphone akkutausch',
    ca: 'bateria del mobil|bateria de iphone|bateria del portatil|salut de la bateria|la bateria dura poc|es descarrega rapid|es descarrega de seguida|bateria inflada|canviar la bateria del mobil',
    pt: 'bateria do telemovel|bateria do celular|bateria do iphone|bateria do portatil|saude da bateria|estado da bateria|a bateria dura pouco|bateria dura pouco|a bateria nao dura|descarrega rapido|descarrega muito rapido|descarrega depressa|bateria inchada|bateria estufada|a bateria inchou|trocar a bateria do telemovel|troca de bateria do iphone|trocar bateria do celular',
    ar: 'بطاريه الموبايل|بطاريه الجوال|بطاريه التلفون|بطاريه الايفون|بطاريه اللابتوب|صحه البطاريه|البطاريه تخلص بسرعه|البطاريه تفضى بسرعه|البطاريه ما تقعد|البطاريه ما تدوم|البطاريه منفوخه|بطاريه منفوخه|البطاريه انتفخت|تغيير البطاريه للموبايل|تبديل بطاريه الايفون|batterie iphone|batri mnfokha|la batterie gonflee',
  },
  /** A device that does not charge: the charging port or connector, a loose cable, fast charging. */
  chargingPort: {
    en: 'charging port|charge port|charger port|lightning port|usb c port|usb-c port|charging socket|charging connector|charging only at an angle|have to wiggle the cable|cable is loose in the port|fluff in the port|lint in the port|phone not charging|iphone not charging|laptop not charging|phone wont charge|phone will not charge|iphone wont charge|iphone will not charge|laptop wont charge|laptop will not charge|phone stopped charging|phone charges slowly',
    es: 'puerto de carga|conector de carga|pin de carga|no carga|ya no carga|deja de cargar|dejo de cargar|carga lento|carga muy lento|no coge carga|no agarra carga|centro de carga|el cargador no entra|no reconoce el cargador',
    fr: 'port de charge|port de chargement|connecteur de charge|prise de charge|ne charge plus|ne charge pas|se charge plus|se charge pas|charge lentement|charge tres lentement|ne reconnait pas le chargeur|le cable bouge',
    it: 'connettore di ricarica|connettore ricarica|porta di ricarica|porta ricarica|presa di ricarica|ingresso di ricarica|ingresso ricarica|non si carica|non carica piu|smesso di caricare|si carica lentamente|carica lentissimo|carica lento|non riconosce il caricatore|il cavo balla',
    de: 'ladebuchse|ladeanschluss|ladeport|lade port|usb c buchse|ladebuchse defekt|ladt nur langsam|ladt langsam|ladt nicht richtig|lasst sich nicht laden|lasst sich nicht mehr laden|kabel wackelt|handy ladt nicht|akku ladt nicht|ladt nicht mehr auf|ladt nicht auf',
    ca: 'port de carrega|connector de carrega|no carrega|ja no carrega|carrega lent|ha deixat de carregar',
    pt: 'porta de carregamento|conector de carga|entrada do carregador|conector de carregamento|nao carrega|ja nao carrega|deixou de carregar|parou de carregar|carrega devagar|carrega muito devagar|nao reconhece o carregador',
    ar: 'مدخل الشحن|منفذ الشحن|سوكيت الشحن|فيشه الشحن|مكان الشحن|ما يشحن|ما بيشحن|مش بيشحن|ما يشارجي|ما كيشارجيش|مكيشارجيش|الشحن بطيء|يشحن ببطء|ma kaycharjich|makaycharjich|ma kicharjich|mayshe7nch',
  },
  /** The glass back of a phone: cracked or replaced. */
  backGlass: {
    en: 'back =glass|glass =back|back of my phone|back of the phone|back cover cracked|rear =glass|back housing',
    es: 'tapa trasera|la tapa de atras|cristal trasero|cristal de atras|parte de atras del movil|trasera rota|carcasa trasera',
    fr: 'vitre arriere|dos en verre|dos du telephone|dos de iphone|vitre du dos|coque arriere cassee|face arriere',
    it: 'vetro posteriore|vetro dietro|retro rotto|retro del telefono|retro iphone|scocca posteriore|back cover rotta|cover posteriore rotta|vetro del retro',
    de: 'ruckglas|glasruckseite|ruckseite kaputt|ruckseite gesprungen|ruckseite tauschen|ruckseite vom handy|ruckseite des iphones|backcover',
    ca: 'tapa del darrere|vidre del darrere|part de darrere del mobil|vidre posterior',
    pt: 'vidro traseiro|tampa traseira|traseira partida|traseira quebrada|parte de tras do telemovel|vidro de tras',
    ar: 'الزجاج الخلفي|زجاج خلفي|ضهر الموبايل|ظهر الجوال|الغطاء الخلفي',
  },
  /** A device that got wet: dropped in the sea, a pool or the toilet, rained on, oxidised; drying it (rice). */
  waterDamage: {
    en: 'water damage|water damaged|liquid damage|dropped it in water|dropped my phone in|fell in the toilet|fell into the toilet|dropped in the toilet|phone is wet|wet phone|bag of rice|corrosion on the board|water in the phone|dropped it in the sea|phone fell in|iphone fell in|put it in rice|spilled water on my laptop|spilled coffee on my laptop|liquid spill|phone in the water|phone in the sea|phone in the toilet|phone in the pool|iphone in the water|iphone in the sea|iphone in the toilet|phone into the water|phone into the toilet',
    es: 'se mojo el movil|movil mojado|telefono mojado|el movil se mojo|se me cayo al agua|se me cayo al mar|se me cayo al vater|cayo al vater|cayo al inodoro|danos por agua|dano por agua|danado por agua|daño por liquido|lo meti en arroz|se me derramo agua|se me mojo el movil|se me mojo el telefono|se me mojo el iphone|se mojo y no enciende|se me cayo a la piscina|le entro agua al movil|lo puse en arroz|placa oxidada|movil al agua|movil al mar|movil al vater|movil al inodoro|movil a la piscina|iphone al agua|iphone al mar|telefono al agua|movil en el agua',
    fr: 'tombe dans eau|tombe a eau|tombe dans la mer|tombe dans les toilettes|tombe dans la piscine|tombe dans evier|dommage liquide|il a pris eau|pris eau|renverse de eau|dans du riz|dans le riz|telephone mouille|portable mouille|carte mere oxydee|telephone dans eau|portable dans eau|iphone dans eau|telephone dans la mer|portable dans la mer|telephone dans les toilettes|portable dans les toilettes|telephone a eau|portable a eau',
    it: 'caduto in acqua|caduto acqua|caduto a mare|caduto in mare|caduto nel water|caduto nel wc|caduto in piscina|finito in acqua|finito nel water|telefono bagnato|danni da acqua|danno da acqua|danneggiato acqua|danni da liquido|nel riso|messo nel riso|caduta nel mare|cellulare bagnato|iphone bagnato|scheda ossidata|ossidato acqua|entrata acqua nel telefono|rovesciato acqua sul portatile|telefono a mare|iphone a mare|cellulare a mare|telefono in mare|iphone in mare|telefono in acqua|iphone in acqua|cellulare in acqua|telefono nel water|iphone nel water|cellulare nel water|telefono in piscina|iphone in piscina',
    de: 'wasserschaden|wasserschaden am handy|ins wasser gefallen|ins klo gefallen|in die toilette gefallen|ins meer gefallen|in den pool gefallen|handy ist nass|nasses handy|flussigkeitsschaden|in reis gelegt|handy nass geworden|handy ins wasser|iphone ins wasser|handy ins klo|handy ins meer|handy in die toilette|handy in den pool',
    ca: 'se ha mullat|ha caigut a aigua|caigut a aigua|caigut al mar|caigut al vater|danys per aigua|dany per aigua|oxidacio|se ha mullat el mobil|mobil mullat|mobil a aigua|mobil al mar|mobil al vater',
    pt: 'caiu na agua|caiu no mar|caiu no vaso|caiu na piscina|danos por agua|dano por agua|danificado pela agua|dano por liquido|pus no arroz|telemovel molhado|celular molhado|o telemovel molhou|o celular molhou|entrou agua no telemovel|entrou agua no celular|placa oxidada|meti no arroz|telemovel na agua|celular na agua|iphone na agua|telemovel no mar|celular no mar|celular no vaso|celular na piscina',
    ar: 'طاح في الما|طاح في الماء|طاح فالما|طاح في البحر|طاح فالبحر|وقع في الماء|وقع في المي|وقع بالمي|وقع في البحر|وقع في الحمام|طاح في الطواليت|دخل فيه الما|دخلت فيه المي|دخلو الما|ضرر مائي|في الرز|t7 f lma|ta7 f lma|ta7 fl bhar|ta7 f lb7ar|dkhel lih lma|الموبايل تبلل|التلفون مبلول|الجوال مبلول',
  },
  /** Getting photos, contacts and files back from a dead, wet or locked device; a backup or a transfer to a new phone. */
  dataRecovery: {
    en: 'data recovery|recover data|recover my data|recover the data|recover my photos|recover photos|recover the photos|get my photos back|get my photos off|retrieve my photos|retrieve data|lost my photos|lost all my photos|back up my phone|backup my phone|backup of my phone|phone backup|transfer my data|move my data|hard drive recovery|data to my new phone|data to the new phone|recover deleted photos|deleted my photos',
    es: 'recuperar datos|recuperacion de datos|recuperar las fotos|recuperar mis fotos|recuperar fotos|salvar las fotos|salvar mis fotos|perdi las fotos|perdi mis fotos|fotos borradas|copia de seguridad del movil|hacer copia de seguridad|backup del movil|pasar los datos|pasar los contactos|transferir datos|recuperar el whatsapp|recuperar los contactos',
    fr: 'recuperation de donnees|recuperer les donnees|recuperer mes donnees|recuperer les photos|recuperer mes photos|recuperer mes contacts|sauver mes photos|sauver les photos|photos supprimees|perdu mes photos|sauvegarde du telephone|sauvegarder mon telephone|transfert de donnees|transferer mes donnees',
    it: 'recupero dati|recuperare i dati|recuperare dati|recuperare le foto|recuperare foto|recupero foto|salvare i dati|salvare le chat|foto cancellate|perso le foto|perso tutte le foto|backup del telefono|fare il backup|trasferire i dati|trasferimento dati|passare i dati|recuperare whatsapp|recuperare la rubrica|recuperare i contatti',
    de: 'datenrettung|daten retten|daten wiederherstellen|datenwiederherstellung|fotos retten|fotos wiederherstellen|bilder retten|fotos zuruckholen|meine fotos retten|geloschte fotos|datensicherung|backup vom handy|handy sichern|daten ubertragen|datenubertragung|daten aufs neue handy',
    ca: 'recuperacio de dades|recuperar dades|recuperar les fotos|recuperar fotos|salvar les fotos|he perdut les fotos|fotos esborrades|copia de seguretat|passar les dades|traspassar les dades',
    pt: 'recuperacao de dados|recuperar dados|recuperar os dados|recuperar as fotos|recuperar fotos|perdi as fotos|fotos apagadas|backup do telemovel|backup do celular|copia de seguranca|fazer backup|passar os dados|transferir dados|transferencia de dados|recuperar os contactos|recuperar o whatsapp',
    ar: 'استرجاع البيانات|استرجاع الصور|استرجاع صور|استعاده البيانات|استعاده الصور|رجوع الصور|ارجاع الصور|نرجع الصور|نرجع التصاور|نسترجع الصور|ضاعو الصور|ضاعت الصور|الصور راحت|نسخه احتياطيه|باك اب|نقل البيانات|recuperation des donnees|recuperer les photos|nrj3 tsawer|nerje3 tsawer',
  },
  /** Unlocking a device: an iCloud or FRP (Google account) lock, a forgotten code, a network (carrier) lock. */
  unlocking: {
    en: 'icloud lock|icloud locked|icloud unlock|activation lock|frp lock|frp bypass|frp|google account lock|google lock|remove icloud|bypass icloud|unlock my phone|unlock the phone|unlock an iphone|unlock my iphone|unlocking phones|phone unlocking|carrier unlock|network unlock|unlock from the network|sim lock|sim locked|network locked|carrier locked|forgot my passcode|forgot the passcode|forgot my pin|locked out of my phone|phone is locked|phone disabled|iphone is disabled|iphone unavailable',
    es: 'bloqueo icloud|bloqueado por icloud|desbloqueo icloud|quitar icloud|quitar la cuenta de google|cuenta google bloqueada|bloqueo frp|frp|desbloquear el movil|desbloquear mi movil|desbloquear el iphone|desbloquear el telefono|liberar el movil|liberar movil|liberar de compania|liberar el telefono|movil bloqueado|telefono bloqueado|iphone bloqueado|olvide el codigo|olvide el pin|olvide la contrasena del movil|olvide el patron|no me acuerdo del patron',
    fr: 'blocage icloud|bloque icloud|verrouillage icloud|deblocage icloud|supprimer icloud|compte google bloque|frp|debloquer mon telephone|debloquer le telephone|debloquer mon portable|debloquer iphone|deblocage de telephone|desimlocker|desimlockage|desimlocage|simlock|telephone bloque|portable bloque|iphone bloque|iphone desactive|oublie le code|oublie mon code|oublie le schema',
    it: 'blocco icloud|bloccato icloud|bloccato su icloud|sblocco icloud|rimuovere icloud|togliere icloud|account google bloccato|blocco frp|frp|sbloccare il telefono|sbloccare il cellulare|sbloccare iphone|sblocco telefono|sblocco cellulare|sblocco operatore|sbloccare da operatore|telefono bloccato|cellulare bloccato|iphone bloccato|iphone disabilitato|iphone non disponibile|dimenticato il codice|dimenticato il pin|dimenticato la sequenza|non ricordo il codice',
    de: 'icloud sperre|icloud gesperrt|icloud entsperren|aktivierungssperre|frp sperre|frp|google sperre|handy entsperren|iphone entsperren|handy entsperrung|simlock|sim lock|netzsperre|providersperre|handy gesperrt|iphone gesperrt|iphone deaktiviert|code vergessen|pin vergessen|entsperrcode vergessen|muster vergessen',
    ca: 'bloqueig icloud|bloquejat per icloud|frp|desbloquejar el mobil|desbloquejar iphone|alliberar el mobil|mobil bloquejat|he oblidat el codi|he oblidat el patro',
    pt: 'bloqueio icloud|bloqueado no icloud|desbloqueio icloud|tirar o icloud|remover icloud|conta google bloqueada|frp|desbloquear o telemovel|desbloquear o celular|desbloquear o iphone|desbloqueio de rede|desbloquear da operadora|telemovel bloqueado|celular bloqueado|iphone bloqueado|esqueci o codigo|esqueci o pin|esqueci o padrao',
    ar: 'قفل الايكلاود|ايكلاود مقفول|فك الايكلاود|فتح الايكلاود|حذف الايكلاود|تخطي الايكلاود|حساب جوجل مقفول|تخطي حساب جوجل|فك الشفره|فك شفره|فك قفل الموبايل|فتح قفل الجوال|نسيت الرمز|نسيت الكود|نسيت الباسورد ديال التلفون|icloud|frp|debloquer|deblocage|debloqui|nsit lcode|nsit code|الايكلاود|ايكلاود|نفك الايكلاود|نحيد الايكلاود',
  },
  /** Repairs on the board itself: a motherboard, microsoldering, a chip, a short circuit. */
  boardRepair: {
    en: 'board repair|board level|board-level|motherboard|logic board|mainboard|microsoldering|micro soldering|micro-soldering|reball*|short circuit on the board|ic chip|audio ic|charging ic|tristar|baseband',
    es: 'placa base|placa madre|reparacion de placa|reparar la placa|microsoldadura|micro soldadura|reballing|chip de carga|cortocircuito en la placa|placa del movil|placa del portatil',
    fr: 'carte mere|reparation de carte mere|reparation carte mere|microsoudure|micro soudure|reballing|puce de charge|court circuit sur la carte',
    it: 'scheda madre|scheda logica|riparazione scheda|riparazione scheda madre|microsaldatura|micro saldatura|microsaldature|reballing|chip di ricarica|cortocircuito sulla scheda|scheda del telefono',
    de: 'hauptplatine|mainboard|motherboard|logicboard|platinenreparatur|mikrolotung|mikrolot*|reballing|kurzschluss auf der platine|ladechip|=platine',
    ca: 'placa base|placa mare|microsoldadura|reparacio de placa|reballing',
    pt: 'placa mae|placa principal|placa logica|reparacao de placa|reparo de placa|microssoldadura|microsolda|micro solda|reballing|chip de carga|curto na placa|curto circuito na placa',
    ar: 'اللوحه الام|المذربورد|مذربورد|ماذربورد|ميكروسولدرينج|ريبولينج|شريحه الشحن|شورت في البورده|carte mere|carte mer|motherboard|بورده الموبايل|بورده التلفون|بورده الجوال',
  },
  /** A phone's camera: front or rear, a cracked lens, blurry or black photos, a camera that shakes. */
  cameraRepair: {
    en: 'front camera|selfie camera|camera lens cracked|cracked camera lens|camera glass|camera lens glass|camera not focusing|camera wont focus|camera will not focus|camera is blurry|blurry camera|camera shaking|camera vibrates|camera black|camera doesnt work|camera does not work|camera not working|phone camera|iphone camera|phone rear camera|iphone rear camera',
    es: 'camara delantera|camara frontal|camara de selfie|cristal de la camara|lente de la camara rota|cristal de la camara roto|la camara no enfoca|camara borrosa|la camara sale negra|la camara no funciona|camara del movil|camara del iphone|camara trasera del movil',
    fr: 'camera avant|appareil photo avant|vitre de la camera|lentille de la camera|objectif de la camera casse|la camera ne fait plus la mise au point|camera floue|la camera est floue|camera noire|la camera ne marche|la camera ne fonctionne|camera du telephone|camera de iphone|appareil photo du telephone',
    it: 'fotocamera anteriore|fotocamera frontale|fotocamera del telefono|fotocamera iphone|fotocamera non funziona|la fotocamera non va|fotocamera sfocata|la fotocamera non mette a fuoco|fotocamera nera|fotocamera che trema|vetro della fotocamera|vetrino della fotocamera|lente della fotocamera|fotocamera posteriore del telefono',
    de: 'frontkamera|selfiekamera|hauptkamera|kameraglas|kameralinse|kamera linse gesprungen|kamera unscharf|kamera stellt nicht scharf|kamera schwarz|kamera funktioniert nicht|handykamera|iphone kamera|kamera vom handy',
    ca: 'camera frontal|vidre de la camera|la camera no enfoca|la camera no funciona|camera del mobil',
    pt: 'camera frontal|camara frontal|vidro da camera|lente da camera|lente da camara partida|a camera nao foca|camera desfocada|camara desfocada|a camera nao funciona|camera do celular|camara do telemovel',
    ar: 'الكاميرا الاماميه|كاميرا السيلفي|زجاج الكاميرا|عدسه الكاميرا|الكاميرا مش شغاله|الكاميرا ما تشتغل|الكاميرا خربانه|الكاميرا مغبشه|كاميرا الموبايل|كاميرا الجوال|كاميرا الايفون',
  },
  /** A phone's speaker, earpiece or microphone: no sound on calls, the other side cannot hear, a muffled speaker. */
  speakerMic: {
    en: 'ear speaker|loudspeaker not working|speaker not working|speaker doesnt work|speaker does not work|speaker is muffled|muffled speaker|crackling speaker|phone speaker|microphone not working|mic not working|mic doesnt work|mic does not work|microphone doesnt work|microphone does not work|cant hear me on calls|can not hear me on calls|cant hear me when i call|can not hear me when i call|they cant hear me|they can not hear me|people cant hear me|people can not hear me',
    es: 'altavoz del movil|el altavoz no funciona|altavoz roto|no se escucha por el altavoz|auricular del movil|no me escuchan|no me oyen cuando llamo|no me oyen en las llamadas|el microfono no funciona|microfono roto|microfono del movil',
    fr: 'haut parleur ne marche|haut parleur ne fonctionne|haut parleur casse|haut parleur du telephone|ecouteur interne|on ne entend pas|on entend pas|ils ne entendent pas|le micro ne marche|le micro ne fonctionne|micro casse|micro du telephone',
    it: 'altoparlante non funziona|altoparlante rotto|altoparlante del telefono|capsula auricolare|auricolare del telefono|non mi sentono|non mi sentono quando chiamo|microfono non funziona|il microfono non va|microfono rotto|microfono del telefono',
    de: 'lautsprecher kaputt|lautsprecher funktioniert nicht|lautsprecher vom handy|handylautsprecher|horermuschel|ohrlautsprecher|man hort mich nicht|sie horen mich nicht|mikrofon kaputt|mikrofon funktioniert nicht|mikro geht nicht|lautsprecher knistert|lautsprecher scheppert',
    ca: 'altaveu no funciona|altaveu trencat|no em senten|el microfon no funciona|microfon trencat',
    pt: 'altifalante nao funciona|alto falante nao funciona|altifalante avariado|auricular do telemovel|nao me ouvem|nao me ouvem nas chamadas|o microfone nao funciona|microfone avariado|microfone do celular',
    ar: 'سماعه المكالمات|سماعه الموبايل|السبيكر خربان|المايك ما يشتغل|المايك خربان|المايكروفون ما يشتغل|ما يسمعونيش|ما يسمعوني|ما كيسمعونيش',
  },
  /** A phone's buttons: power, volume, home, a mute switch, stuck or not pressing. */
  phoneButtons: {
    en: 'power button|side button|volume button|volume buttons|volume key|volume keys|home button|lock button|mute switch|silent switch|button is stuck|button stuck|button doesnt work|button does not work|button not working|buttons not working|button is broken',
    es: 'boton de encendido|boton de apagado|boton de bloqueo|boton de volumen|botones de volumen|boton home|boton de inicio|el boton no funciona|los botones no funcionan|el boton esta hundido|boton atascado',
    fr: 'bouton power|bouton allumage|bouton marche arret|bouton de verrouillage|bouton volume|boutons de volume|bouton home|bouton lateral|le bouton ne marche|le bouton est coince|bouton enfonce',
    it: 'tasto di accensione|tasto accensione|tasto power|tasto laterale|tasti del volume|tasto del volume|tasto volume|tasto home|tasto silenzioso|il tasto non funziona|i tasti non funzionano|tasto bloccato|tasto incastrato',
    de: 'einschalttaste|power taste|powertaste|seitentaste|lautstarketaste|lautstarketasten|home button|hometaste|stummschalter|taste klemmt|taste funktioniert nicht',
    ca: 'boto encesa|boto de volum|botons de volum|boto home|el boto no funciona|boto encallat',
    pt: 'botao de ligar|botao power|botao lateral|botao de volume|botoes de volume|botao home|botao inicial|o botao nao funciona|os botoes nao funcionam|botao preso|botao afundado',
    ar: 'زر التشغيل|زر الباور|زر الصوت|ازرار الصوت|زر الهوم|الزر ما يشتغل|الزر خربان|الزر عالق|البوتون ديال الصوت|بوتون التشغيل|bouton power|bouton volume|bouton home',
  },
  /** Face ID and Touch ID, the fingerprint reader: unlocking by face or finger that stopped working. */
  faceId: {
    en: 'face id|faceid|face unlock|touch id|touchid|fingerprint sensor|fingerprint reader|fingerprint scanner|fingerprint unlock|fingerprint not working|truedepth',
    es: 'face id|faceid|touch id|reconocimiento facial|desbloqueo facial|sensor de huella|lector de huella|lector de huellas|la huella no funciona|huella dactilar del movil',
    fr: 'face id|faceid|touch id|reconnaissance faciale|deverrouillage facial|capteur empreinte|lecteur empreinte|lecteur empreintes|empreinte ne marche',
    it: 'face id|faceid|touch id|riconoscimento facciale|sblocco facciale|sblocco con il viso|sensore di impronte|lettore di impronte|sensore impronta|impronta non funziona',
    de: 'face id|faceid|touch id|gesichtserkennung|fingerabdrucksensor|fingerabdruckscanner|fingerabdruck funktioniert nicht',
    ca: 'face id|faceid|touch id|reconeixement facial|sensor empremta|lector empremtes',
    pt: 'face id|faceid|touch id|reconhecimento facial|desbloqueio facial|sensor de impressao digital|leitor de impressao digital|leitor de digital|a digital nao funciona',
    ar: 'فيس ايدي|فيس اي دي|بصمه الوجه|بصمه الاصبع|البصمه ما تشتغل|تاتش ايدي|face id|faceid|touch id',
  },
  /** A controller's stick that drifts or is worn: Joy-Con drift, analog sticks, triggers. */
  stickDrift: {
    en: 'stick drift|drifting stick|analog stick|analogue stick|thumbstick*|joystick drift|joycon drift|joy con drift|controller drift|controller drifting|controller is drifting|drifting controller|stick is drifting|left stick|right stick|trigger not working|triggers not working',
    es: 'drift|deriva del joystick|joystick se mueve solo|el stick se mueve solo|el mando se mueve solo|stick analogico|palanca del mando|joystick del mando|cambiar el joystick|gatillo no funciona',
    fr: 'drift|stick analogique|joystick qui bouge tout seul|la manette bouge toute seule|joystick de la manette|le joystick derive|joycon drift|gachette ne marche|la manette deconne',
    it: 'drift|drifting|levetta analogica|levette analogiche|stick analogico|analogico che si muove da solo|la levetta va da sola|cambio levetta|cambio stick|joystick che va da solo|grilletto non funziona|joycon drift',
    de: 'stick drift|drift|analogstick*|controller driftet|stick driftet|joycon drift|trigger kaputt|stick tauschen',
    ca: 'drift|stick analogic|es mou sol|el comandament es mou sol|joystick del comandament',
    pt: 'drift|analogico do comando|o analogico mexe sozinho|analogico com drift|trocar o analogico|gatilho nao funciona|joycon drift',
    ar: 'دريفت|الدراع يمشي وحده|الجويستيك يتحرك لوحده|الانالوج|drift|stick drift',
  },
  /** A console's or a laptop's HDMI port: no picture on the TV, no signal. */
  hdmiPort: {
    en: 'hdmi*|no signal on the tv|no picture on the tv|no display on the tv|no video output',
    es: 'hdmi*|puerto hdmi|no da imagen|no da senal|sin senal en la tele|no sale imagen en la tele|no hay imagen en la tele',
    fr: 'hdmi*|port hdmi|pas image sur la tele|pas de signal sur la tele|ecran noir sur la tele',
    it: 'hdmi*|porta hdmi|non da immagine|non da segnale|niente immagine sulla tv|non si vede sulla tv',
    de: 'hdmi*|hdmi anschluss|hdmi buchse|kein bild am fernseher|kein bild auf dem fernseher',
    ca: 'hdmi*|port hdmi|no dona imatge',
    pt: 'hdmi*|porta hdmi|nao da imagem|sem sinal na tv|sem imagem na tv|nao aparece imagem',
    ar: 'hdmi|اتش دي ام اي|منفذ hdmi|ما فيه صوره على التلفزيون|ما كاينش صوره فالتلفزه|ما تعطي صوره',
  },
  /** A device that overheats or whose fan is loud; its internal cleaning and new thermal paste. */
  overheating: {
    en: 'fan noise|fan is loud|loud fan|noisy fan|fan noisy|fan very loud|fan sounds like|sounds like a jet|jet engine|thermal paste|thermal pads|repaste|re-paste|internal cleaning|dust inside|clean the fan|clean the fans|fan cleaning|laptop cleaning|console cleaning|clean my laptop|clean my ps4|clean my ps5|laptop overheat*|console overheat*|ps5 overheat*|ps4 overheat*|phone overheat*|pc overheat*|macbook overheat*|xbox overheat*|overheating laptop|overheating console|overheating phone|laptop gets hot|laptop heats up|laptop gets very hot|ps5 gets hot|console gets hot',
    es: 'el ventilador hace ruido|ventilador ruidoso|ruido del ventilador|suena el ventilador|pasta termica|cambiar la pasta termica|limpieza del portatil|limpieza de la consola|limpiar el portatil|limpiar la play|limpiar el ventilador|polvo dentro|el portatil se calienta|la play se calienta|el movil se calienta|el ordenador se calienta|la consola se calienta|el portatil se recalienta|la play se recalienta|sobrecalentamiento del portatil|sobrecalentamiento de la play',
    fr: 'ventilateur bruyant|le ventilateur fait du bruit|bruit du ventilateur|ventilo|pate thermique|changer la pate thermique|nettoyage du pc|nettoyage de ordinateur|nettoyage de la console|nettoyer le pc|nettoyer la ps4|nettoyer le ventilateur|poussiere a interieur|mon pc chauffe|le pc chauffe|ordinateur chauffe|la ps5 chauffe|la ps4 chauffe|la console chauffe|le telephone chauffe|mon portable chauffe|pc surchauffe|ordinateur surchauffe|console surchauffe|ps5 surchauffe',
    it: 'ventola rumorosa|la ventola fa rumore|ventola fa rumore|ventole rumorose|rumore della ventola|sembra un aereo|pasta termica|cambio pasta termica|pulizia del portatile|pulizia portatile|pulizia della console|pulizia della play|pulire il portatile|pulire la play|pulire la ventola|polvere dentro|la play si surriscalda|la ps5 si surriscalda|la ps4 si surriscalda|la console si surriscalda|il portatile si surriscalda|il pc si surriscalda|il telefono si surriscalda|si surriscalda la play|si surriscalda il portatile|surriscaldamento del portatile|surriscaldamento della console|il portatile scalda|la play scalda|il pc scalda|rumore da aereo|rumore di un aereo|sembra un phon|sembra un jet',
    de: 'lufter laut|lauter lufter|lufter ist laut|lufter macht gerausche|lufter dreht hoch|wie ein dusenjet|warmeleitpaste|warmeleitpads|reinigung vom laptop|laptop reinigen|ps4 reinigen|ps5 reinigen|lufter reinigen|staub im lufter|laptop uberhitzt|ps5 uberhitzt|ps4 uberhitzt|konsole uberhitzt|handy uberhitzt|pc uberhitzt|laptop wird heiss|laptop wird sehr heiss|handy wird heiss',
    ca: 'el ventilador fa soroll|ventilador sorollos|pasta termica|netejar el portatil|el portatil escalfa|la play escalfa',
    pt: 'ventoinha barulhenta|a ventoinha faz barulho|barulho da ventoinha|cooler barulhento|cooler fazendo barulho|pasta termica|trocar a pasta termica|limpeza do portatil|limpeza do notebook|limpar o portatil|limpar a ps4|limpar a ventoinha|o portatil aquece|o notebook esquenta|a ps5 aquece|a play aquece|o telemovel aquece|o celular esquenta|portatil sobreaquece|notebook superaquecendo',
    ar: 'المروحه صوتها عالي|صوت المروحه|المروحه تصوت|معجون حراري|المعجون الحراري|تنظيف داخلي|تنظيف اللابتوب|تنظيف البلايستيشن|surchauffe|pate thermique|الموبايل يسخن|التلفون يسخن|الجوال يسخن|اللابتوب يسخن|البلايستيشن تسخن|البلايستيشن يسخن',
  },
  /** A device that is dead: won't turn on, stuck on the logo, a boot loop, a black screen. */
  noPower: {
    en: 'wont turn on|will not turn on|doesnt turn on|does not turn on|not turning on|wont switch on|will not switch on|doesnt switch on|does not switch on|wont power on|will not power on|doesnt power on|does not power on|wont boot|will not boot|doesnt boot|does not boot|stuck on the apple logo|stuck on the logo|stuck on apple logo|boot loop|bootloop|keeps restarting|restarts by itself|black screen|screen stays black|completely dead|phone is dead|phone died|laptop died',
    es: 'no enciende|no prende|no se enciende|no se prende|ya no enciende|no carga el sistema|se queda en el logo|se queda pillado en el logo|se reinicia solo|se reinicia constantemente|pantalla negra|se murio el movil',
    fr: 'ne allume plus|ne allume pas|allume plus|allume pas|bloque sur la pomme|bloque sur le logo|reste sur la pomme|redemarre en boucle|redemarre tout seul|ecran noir',
    it: 'non si accende|non si accende piu|non si avvia|si blocca sulla mela|bloccato sulla mela|resta sulla mela|fermo sul logo|bloccato sul logo|si riavvia da solo|si riavvia in continuazione|riavvio continuo|bootloop|schermo nero',
    de: 'geht nicht an|geht nicht mehr an|lasst sich nicht einschalten|bootet nicht|hangt am apfel|hangt beim apfel|hangt im logo|bootloop|startet standig neu|startet immer neu|bildschirm bleibt schwarz|display bleibt schwarz|laptop startet nicht',
    ca: 'no encen|ja no encen|es queda a la poma|es reinicia sol|pantalla negra',
    pt: 'ja nao liga|nao acende|nao inicia|fica na maca|preso na maca|preso no logo|reinicia sozinho|fica a reiniciar|ecra preto|tela preta|morreu o celular|o telemovel nao liga|o celular nao liga|o portatil nao liga|o notebook nao liga|ja nao liga mais',
    ar: 'ما يشعل|ما كيشعلش|ما يولعش|واقف على التفاحه|علق على التفاحه|يعيد التشغيل لوحده|يطفى ويشعل|شاشه سوداء|الشاشه سوده|الشاشه كحله|ما بقاش كيشعل|ma kaych3elch|makaych3elch|ma kich3elch|mabaghich ych3el|ne s allume plus',
  },
  /** Software: a slow device, a virus, formatting, installing Windows or macOS, updates that failed. */
  softwareInstall: {
    en: 'laptop is slow|computer is slow|pc is slow|laptop slow|computer slow|phone is slow|runs slow|running slow|very slow laptop|speed up my laptop|install windows|windows install|reinstall windows|install macos|reinstall macos|format my laptop|format the laptop|format my pc|format the pc|factory reset|virus removal|remove a virus|malware|blue screen|software update failed|update failed|operating system|computer virus|laptop has a virus|pc has a virus',
    es: 'muy lento el portatil|ordenador lento|portatil lento|movil lento|formatear el portatil|formatear el ordenador|instalar windows|reinstalar windows|instalacion de windows|instalar macos|instalar el sistema|sistema operativo|quitar virus|eliminar virus|pantallazo azul|restablecer de fabrica|actualizacion fallida|el movil va lento|el portatil va lento|el ordenador va lento|el pc va lento|virus en el ordenador|virus en el portatil|se ha vuelto lento|se volvio lento|va lentisimo el|=formatear|=formateo|=formatearlo',
    fr: 'ordinateur lent|pc lent|ca rame|mon pc rame|formater le pc|installer windows|reinstaller windows|installation de windows|installer macos|systeme exploitation|enlever un virus|supprimer un virus|ecran bleu|reinitialisation usine|mise a jour ratee|mon ordi rame|virus sur mon pc|virus sur ordinateur|devenu tres lent|devenu lent|=formater|=formatage',
    it: 'pc lento|portatile lento|computer lento|telefono lento|formattare|formattazione|formattare il pc|formattare il portatile|installare windows|installazione windows|installazione di windows|reinstallare windows|installazione macos|installare macos|sistema operativo|rimozione virus|togliere virus|schermata blu|ripristino di fabbrica|aggiornamento fallito|il pc va lento|il portatile va lento|il telefono va lento|il computer va lento|virus sul pc|virus nel computer|diventato lentissimo|diventato lento|diventata lentissima',
    de: 'laptop ist langsam|pc ist langsam|rechner ist langsam|computer ist langsam|langsamer laptop|langsamer pc|windows installieren|windows neu installieren|windows neuinstallation|neuinstallation|macos installieren|betriebssystem|formatieren|neu aufsetzen|virus entfernen|virenentfernung|bluescreen|auf werkseinstellungen|update fehlgeschlagen|virus auf dem laptop|virus auf dem pc|ist total langsam geworden',
    ca: 'ordinador lent|portatil lent|formatejar|instal lar windows|sistema operatiu|treure virus|el portatil va lent|ordinador va lent',
    pt: 'computador lento|portatil lento|notebook lento|celular lento|formatar o computador|formatar o portatil|instalar windows|reinstalar windows|instalacao do windows|instalar o macos|sistema operativo|sistema operacional|remover virus|tirar virus|ecra azul|tela azul|reposicao de fabrica|atualizacao falhou|o computador esta lento|o portatil esta lento|o celular esta lento|o telemovel esta lento|virus no computador|ficou lento|ficou muito lento|=formatar|=formatacao|=formatei',
    ar: 'فرمته|تنزيل ويندوز|تسطيب ويندوز|تثبيت ويندوز|ويندوز|نظام التشغيل|الشاشه الزرقاء|windows|اللابتوب بطيء|الكمبيوتر بطيء|الموبايل بطيء|الجوال بطيء|فيروس في الكمبيوتر|فيروس في اللابتوب|فورمات للكمبيوتر|فورمات للابتوب|فورمات للتلفون',
  },
  /** Upgrading storage or memory: an SSD, more RAM, a hard drive swapped or cloned. */
  storageUpgrade: {
    en: 'ssd|ssd upgrade|nvme|more ram|ram upgrade|upgrade the ram|upgrade my ram|add ram|extra ram|ram memory|upgrade the storage|more storage|hard drive|hard disk|hdd|clone my drive|clone the drive|disk cloning|upgrade my laptop',
    es: 'ssd|disco ssd|disco solido|ampliar la ram|ampliacion de ram|ampliar ram|mas ram|memoria ram|ampliar memoria del portatil|disco duro|cambiar el disco duro|clonar el disco|nvme',
    fr: 'ssd|disque ssd|ajouter de la ram|ajout de ram|plus de ram|barrette de ram|memoire ram|augmenter la ram|disque dur|changer le disque dur|cloner le disque|nvme',
    it: 'ssd|disco ssd|aggiungere ram|aggiunta ram|espansione ram|upgrade ram|piu ram|memoria ram|hard disk|disco fisso|disco rigido|cambiare il disco|clonare il disco|nvme|upgrade del portatile',
    de: 'ssd|ssd einbauen|ssd nachrusten|ssd aufrusten|ram aufrusten|ram erweitern|mehr ram|arbeitsspeicher|arbeitsspeicher aufrusten|festplatte|festplatte tauschen|festplatte klonen|nvme|aufrustung',
    ca: 'ssd|disc ssd|ampliar la ram|mes ram|memoria ram|disc dur|nvme',
    pt: 'ssd|disco ssd|aumentar a ram|mais ram|memoria ram|upgrade de ram|disco rigido|trocar o disco|clonar o disco|nvme',
    ar: 'اس اس دي|زياده الرام|هارد|الهارد|هارد ديسك|disque dur|disque ssd|رام اللابتوب|ذاكره رام',
  },
  /** A laptop's keyboard or trackpad: keys that fail or stick, a liquid spilt on it, replacing it. */
  keyboardRepair: {
    en: 'laptop keyboard|macbook keyboard|keyboard not working|keyboard doesnt work|keyboard does not work|keyboard replacement|replace the keyboard|sticky keys|trackpad|touchpad|laptop keys not working|keyboard keys',
    es: 'teclado del portatil|teclado del ordenador|teclado del macbook|el teclado no funciona|cambiar el teclado|cambio de teclado|teclas no funcionan|las teclas no van|tecla rota|se salio una tecla|tecla pegada|touchpad|trackpad|panel tactil',
    fr: 'clavier du pc|clavier de ordinateur|clavier du portable|clavier du macbook|le clavier ne marche|le clavier ne fonctionne|changer le clavier|remplacement du clavier|touches ne marchent|touches ne fonctionnent|touche arrachee|touche qui colle|pave tactile|touchpad|trackpad',
    it: 'tastiera del portatile|tastiera del pc|tastiera del computer|tastiera del macbook|la tastiera non funziona|tastiera non funziona|cambiare la tastiera|sostituzione tastiera|sostituire la tastiera|tasti non funzionano|tasti che non vanno|tasto staccato|si e staccato un tasto|tasti appiccicosi|touchpad|trackpad',
    de: 'laptoptastatur|laptop tastatur|tastatur vom laptop|macbook tastatur|tastatur funktioniert nicht|tastatur geht nicht|tastatur tauschen|tastatur wechseln|tasten funktionieren nicht|taste abgefallen|tasten kleben|touchpad|trackpad',
    ca: 'teclat del portatil|el teclat no funciona|canviar el teclat|tecles no funcionen|touchpad|trackpad',
    pt: 'teclado do portatil|teclado do notebook|teclado do computador|o teclado nao funciona|trocar o teclado|troca de teclado|teclas nao funcionam|tecla partida|tecla caiu|touchpad|trackpad',
    ar: 'كيبورد اللابتوب|لوحه المفاتيح|الكيبورد ما يشتغل|الكيبورد خربان|تغيير الكيبورد|التاتش باد|touchpad|trackpad|clavier',
  },
  /** A laptop's hinge: broken, loose or cracking the case. */
  hingeRepair: {
    en: 'hinge|hinges|broken hinge|hinge broke|hinge is broken|loose hinge|hinge cracked|laptop hinge|screen wobbles',
    es: 'bisagra del portatil|bisagras del portatil|bisagra rota|bisagras rotas|la bisagra se rompio|bisagra floja|bisagra del ordenador',
    fr: 'charniere|charnieres|charniere cassee|charnieres cassees|charniere du pc|charniere de ordinateur|charniere du portable',
    it: 'cerniera del portatile|cerniere del portatile|cerniera del pc|cerniere del pc|cerniera rotta del portatile|cerniere rotte|cerniera dello schermo|cerniere dello schermo|cerniera si e rotta',
    de: 'displayscharnier|scharnier vom laptop|laptop scharnier|scharnier am laptop|scharnier vom notebook|scharnier ist gebrochen am laptop',
    ca: 'frontissa|frontisses|frontissa trencada|frontisses del portatil',
    pt: 'dobradica do portatil|dobradicas do portatil|dobradica do notebook|dobradica partida|dobradicas partidas|dobradica quebrada',
    ar: 'مفصله اللابتوب|مفصلات اللابتوب|المفصله مكسوره|المفاصل مكسوره|charniere',
  },
  /** A device looked at to find the fault: a diagnosis or check, what it costs and whether it is deducted. */
  diagnosis: {
    en: 'have a look at my phone|take a look at my laptop|look at my laptop|check the console|what wrong with my phone|whats wrong with my phone|take a look at my phone|phone diagnosis|phone diagnostic|laptop diagnostic',
    es: 'diagnostico del movil|diagnostico del portatil|diagnostico del ordenador|revisar el movil|echar un vistazo al movil|revisar el portatil|que le pasa al movil|que le pasa a mi movil',
    fr: 'diagnostic du telephone|diagnostic du portable|diagnostic de ordinateur|diagnostic du pc|regarder mon telephone|jeter un oeil a mon telephone|verifier mon telephone|regarder mon pc|ce il a mon telephone',
    it: 'diagnosi del telefono|diagnosi del cellulare|diagnosi del portatile|diagnosi del pc|diagnosi della console|dare un occhiata al telefono|vedere cosa ha il telefono|cosa ha il telefono',
    de: 'diagnose vom handy|diagnose vom laptop|handy diagnose|handy anschauen|laptop anschauen',
    ca: 'diagnostic del mobil|diagnostic del portatil|revisar el mobil',
    pt: 'diagnostico do telemovel|diagnostico do celular|diagnostico do portatil|diagnostico do computador|verificar o telemovel|o que tem o meu telemovel',
    ar: 'فحص الموبايل|فحص الجوال|فحص اللابتوب|تشخيص العطل|تشخيص الجهاز|تشوفو التلفون|شوفلي التلفون|شنو فيه التلفون|ايش فيه الجوال',
  },
  /** Original or compatible parts: genuine Apple parts, OEM, the "unknown part" message, aftermarket screens. */
  originalParts: {
    en: 'original part|original parts|original screen|original battery|genuine part|genuine parts|genuine apple|genuine screen|genuine battery|oem|oem parts|aftermarket|aftermarket screen|compatible part|compatible parts|compatible screen|copy screen|unknown part|non genuine|important display message|important battery message|parts and service history|incell|soft oled|hard oled|apple parts',
    es: 'pieza original|piezas originales|pantalla original|bateria original|repuesto original|repuestos originales|pieza compatible|piezas compatibles|pantalla compatible|bateria compatible|pantalla copia|calidad original|pieza desconocida|pieza no genuina|mensaje de pieza|oem|incell|oled original',
    fr: 'piece origine|pieces origine|piece originale|pieces originales|ecran origine|ecran original|batterie origine|batterie originale|piece compatible|pieces compatibles|ecran compatible|batterie compatible|piece inconnue|piece non authentique|message piece|oem|incell|qualite origine',
    it: 'ricambio originale|ricambi originali|pezzo originale|pezzi originali|schermo originale|display originale|batteria originale|ricambi compatibili|ricambio compatibile|schermo compatibile|display compatibile|batteria compatibile|pezzo sconosciuto|parte sconosciuta|componente sconosciuto|non originale|messaggio pezzo|oem|incell|qualita originale',
    de: 'originalteil|originalteile|original ersatzteil*|originaldisplay|original display|originalakku|original akku|kompatible teile|kompatibles display|nachbau display|nachbaudisplay|nachbauteil*|unbekanntes teil|kein originalteil|oem|incell',
    ca: 'peca original|peces originals|pantalla original|bateria original|peca compatible|peces compatibles|pantalla compatible|peca desconeguda|oem',
    pt: 'peca original|pecas originais|ecra original|tela original|bateria original|peca compativel|pecas compativeis|ecra compativel|tela compativel|peca desconhecida|peca nao genuina|oem|incell|qualidade original',
    ar: 'قطع اصليه|قطعه اصليه|قطع غيار اصليه|شاشه اصليه|شاشه اصلي|بطاريه اصليه|بطاريه اصلي|قطع تجاريه|شاشه تجاريه|شاشه كوبي|شاشه هاي كوبي|قطعه غير معروفه|قطعه غير اصليه|piece d origine|oem|incell',
  },
  /** Second-hand or refurbished devices; buying the customer's old one, selling one, a trade-in or part exchange. */
  usedDevices: {
    en: 'refurbished|refurbished phone*|refurbished iphone*|used phone*|used iphone*|second hand phone*|second-hand phone*|secondhand phone*|used laptop*|used console*|buy my phone|buy my old phone|buy my iphone|buy old phones|buy used phones|buy phones|you buy phones|sell my phone|sell my old phone|sell my iphone|sell my laptop|sell my ps5|sell my console|cash for phones|trade in my phone|trade in my iphone|trade in my old phone|phone trade in|resell my phone|resell my iphone|resell my laptop|resell my',
    es: 'reacondicionado|reacondicionados|moviles reacondicionados|iphone reacondicionado|movil de segunda mano|moviles de segunda mano|iphone de segunda mano|moviles usados|movil usado|iphone usado|portatil de segunda mano|comprais moviles|compran moviles|comprais iphones|compran celulares|vender mi movil|vender el movil|vendo mi movil|vender mi iphone|vender mi play|comprais la play|entregar mi movil viejo|celulares usados|revender mi movil|revender mi iphone|revender el movil|revender mi',
    fr: 'reconditionne|reconditionnes|telephone reconditionne|telephones reconditionnes|iphone reconditionne|telephone occasion|telephones occasion|portable occasion|portables occasion|iphone occasion|ordinateur occasion|console occasion|rachetez les telephones|rachetez les portables|rachetez les iphone|rachetez mon telephone|rachat de telephone|rachat de telephones|rachat de portable|rachat iphone|revendre mon telephone|revendre mon iphone|reprise de mon ancien telephone|vous rachetez|vous achetez les telephones|revendre mon portable|revendre mon smartphone|revendre mon pc|revendre ma console|revendre mon ordinateur|revendre mon|revendre ma',
    it: 'ricondizionato|ricondizionati|telefono ricondizionato|iphone ricondizionato|telefono usato|telefoni usati|cellulari usati|cellulare usato|iphone usato|iphone usati|portatile usato|console usata|comprate telefoni|comprate cellulari|comprate iphone|acquistate telefoni|vendere il mio telefono|vendere il telefono|vendere il mio iphone|vendere la play|permuta del telefono|permutare il telefono|telefono in permuta|iphone in permuta|rivendere il mio telefono|rivendere il telefono|rivendere il mio iphone|rivendere il cellulare|rivendere il mio|rivendere la mia',
    de: 'refurbished|gebrauchte handys|gebrauchtes handy|gebrauchtes iphone|gebrauchte iphones|gebrauchter laptop|gebrauchte konsole|handyankauf|handy ankauf|ankauf von handys|ankauf von iphones|kauft ihr handys|kauft ihr iphones|handy verkaufen|mein handy verkaufen|iphone verkaufen|altes handy verkaufen|generaluberholte handys|generaluberholtes iphone|handy in zahlung|mein altes verkaufen|weiterverkaufen',
    ca: 'reacondicionat|reacondicionats|mobil de segona ma|mobils de segona ma|iphone de segona ma|mobils usats|compreu mobils|vendre el meu mobil|vendre el mobil|revendre el meu mobil|revendre el mobil|revendre el meu',
    pt: 'recondicionado|recondicionados|telemovel recondicionado|telemoveis recondicionados|iphone recondicionado|celular seminovo|iphone seminovo|telemovel usado|telemoveis usados|celular usado|celulares usados|iphone usado|portatil usado|compram telemoveis|compram celulares|compram iphones|vender o meu telemovel|vender o telemovel|vender meu celular|vender o iphone|retoma do telemovel|retoma de telemoveis|troca de celular usado|revender o meu telemovel|revender o telemovel|revender meu celular|revender o iphone|revender o meu|revender a minha|revender meu',
    ar: 'موبايل مستعمل|موبايلات مستعمله|جوال مستعمل|جوالات مستعمله|تلفون مستعمل|تلفونات مستعمله|ايفون مستعمل|ايفونات مستعمله|لابتوب مستعمل|بلايستيشن مستعمل|ايفون مجدد|كتشريو التلفونات|تشريو التلفونات|تشتروا جوالات|تشترون جوالات|بتشتروا موبايلات|نبيع تلفوني|نبيع التلفون|ابيع جوالي|بدي بيع موبايلي|ابدل جوالي|تبديل الجوال|tilifoun mosta3mal|موبايل مجدد',
  },
  /** Accessories for a phone: a case or cover, a screen protector or tempered glass, cables, chargers, earbuds. */
  phoneAccessories: {
    en: 'phone case|phone cases|iphone case|iphone cases|phone cover|silicone case|clear case|case for my phone|case for my iphone|screen protector|screen protectors|tempered glass|glass protector|privacy screen protector|charging cable|charging cables|lightning cable|usb c cable|usb-c cable|fast charger|wall charger|car charger|power bank|powerbank|airpods|earbuds|phone accessories|accessories for my phone|magsafe|original charger',
    es: 'funda del movil|funda de movil|fundas de movil|funda para el movil|funda para el iphone|fundas para iphone|carcasa del movil|protector de pantalla|protectores de pantalla|cristal templado|vidrio templado|cable de carga|cable del cargador|cable lightning|cargador rapido|cargador original|cargador para iphone|power bank|bateria externa|auriculares bluetooth|accesorios para moviles|accesorios del movil',
    fr: 'coque de telephone|coque iphone|coque pour mon telephone|housse de telephone|protection ecran|protege ecran|verre trempe|film de protection|cable de charge|cable lightning|cable usb c|chargeur de telephone|chargeur iphone|chargeur rapide|chargeur origine|batterie externe|powerbank|ecouteurs bluetooth|accessoires telephone|accessoires pour telephone|etui de telephone|etui pour iphone|coque de portable|coques de telephone|coque samsung|coques iphone|des coques pour',
    it: 'cover per il telefono|cover del telefono|cover per iphone|cover iphone|cover per cellulare|custodia per il telefono|custodia per iphone|pellicola protettiva|vetro temperato|cavo di ricarica|cavo lightning|cavo usb c|caricabatterie originale|caricatore rapido|alimentatore iphone|power bank|powerbank|auricolari bluetooth|accessori per telefoni|accessori per cellulari|pellicola per il telefono|pellicola dello schermo|pellicole per iphone',
    de: 'handyhulle|handyhullen|hulle furs handy|hulle fur das iphone|iphone hulle|schutzhulle|displayschutz|panzerglas|schutzglas|ladekabel|lightning kabel|usb c kabel|schnellladegerat|powerbank|kopfhorer bluetooth|handyzubehor|zubehor furs handy|displayschutzfolie|schutzfolie furs handy|iphone ladegerat',
    ca: 'funda del mobil|fundes de mobil|protector de pantalla|vidre temperat|cable de carrega|carregador rapid|accessoris per al mobil',
    pt: 'capinha|capinhas|capa do telemovel|capa para o iphone|capa de celular|pelicula de vidro|vidro temperado|protetor de ecra|cabo de carregamento|cabo lightning|cabo usb c|carregador rapido|carregador original|power bank|powerbank|acessorios para telemovel|acessorios de celular|pelicula do telemovel|pelicula para o celular',
    ar: 'كفر للموبايل|كفر ايفون|جراب|جرابات|جراب للجوال|لزقه شاشه|لاصقه شاشه|حمايه شاشه|زجاج حمايه|كابل شحن|كابل الشحن|وصله شحن|شاحن اصلي|شاحن سريع|باور بانك|اكسسوارات موبايل|coque|protection ecran|verre trempe|powerbank|كفر موبايل|كفرات موبايل|شاحن ايفون',
  },
  /** Something sent by post or courier, or fetched: a device picked up from home or sent back, a mail-in repair, pieces shipped to the customer. */
  mailInRepair: {
    en: 'mail in repair|send it by post|send my phone by post|post my phone|ship it to you|ship my phone|ship my laptop|by courier|courier|send a courier|pick it up from my house|pick it up from my home|pick up from my home|pick up from my office|collect it from my house|collect from my home|collect from my office|home pick up|home pickup|pickup and delivery|pick up and delivery|collection and delivery|return shipping|shipping label|mail in service|shipping|ship it|ship them|ship the|ship abroad|mail it|mail them|mail the|post them to me|post it to me|post them to us|post it to us|in the post|send them to me|send it to me|send them to us|send it to us',
    es: 'por mensajeria|mensajero|un mensajero|envio por mensajeria|mandar el movil|enviar el movil|mandaros el movil|recogida a domicilio|recogida y entrega|recogerlo en mi casa|recogerlo en casa|recoger en casa|recogerlo en la oficina|entrega a domicilio|devolverlo a casa|envio de vuelta|por seur|por mrw|por =correos|por correo postal|mandarlo por =correos|enviarlo por =correos|envio|envios|enviarlas|enviarlos|enviarmelas|enviarmelos|mandarmelas|mandarmelos|envio internacional|gastos de envio',
    fr: 'coursier|par coursier|par la poste|envoyer par la poste|envoyer mon telephone|expedier|colissimo|chronopost|enlevement a domicile|recuperer a domicile|venir le chercher chez moi|passer le prendre chez moi|collecte a domicile|retrait et livraison|livraison a domicile|livrer chez moi|renvoyer par colis|envoi|envois|expedition|expedier|me les envoyer|nous les envoyer|frais de port|par colis',
    it: 'corriere|con il corriere|tramite corriere|spedirvi|spedire il telefono|inviare il telefono|mandarvi il telefono|per posta|ritiro a domicilio|ritiro e consegna|ritirate a casa|venite a prenderlo|venire a prenderlo a casa|passare a prenderlo a casa|consegna a domicilio|riportarlo a casa|me lo riportate|spedizione di ritorno|spedirlo a voi|spedizione del telefono|spedire il pc|spedire la console|spedire il portatile|spedizione|spedizioni|spedire|spedirmeli|spedircele|spedirceli|spese di spedizione',
    de: 'kurier|per kurier|per post|einschicken|einsenden|einsende*|versandreparatur|abholservice|hol und bringservice|hol und bring service|abholung zu hause|abholung bei mir|bei mir abholen|zu hause abholen|im buro abholen|lieferung nach hause|zuruckschicken|rucksendung|dhl|versand|verschicken|schicken sie mir|schickt ihr|versandkosten|per paket',
    ca: 'per missatgeria|enviar per correu|enviar el mobil|recollida a domicili|recollir a casa|lliurament a domicili|enviament|enviar les|enviar me les|enviar nos les|enviaments|despeses d enviament',
    pt: 'estafeta|por estafeta|por correio|pelos correios|enviar pelo correio|enviar o telemovel|mandar o telemovel|enviar o celular|recolha ao domicilio|recolha e entrega|recolher em casa|buscar em casa|buscar no escritorio|entrega ao domicilio|entrega em casa|motoboy|sedex|ctt|envio|envios|enviar pelo correio|mandar pelo correio|mandar pra mim|enviar pra mim|frete',
    ar: 'مندوب|مندوب توصيل|ارسال بالبريد|نرسلو بالبريد|ابعتو بالبوسطه|توصيل للبيت|توصيل للمنزل|تجو تاخدوه|تجيو تاخدوه من الدار|تجو تاخدوه من البيت|تجي تاخده من البيت|ياخدوه من الدار|نرسلو ليكم|شركه شحن|coursier|livraison|livreur|شحن|الشحن|نشحن|ارسال|envoi',
  },
} as const satisfies PhraseTable<string>;
