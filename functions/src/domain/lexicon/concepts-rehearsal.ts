/**
 * Concepts of rehearsal rooms and recording studios (a band's rehearsal
 * space, a project studio, a DJ practice room): rehearsing, the backline a
 * room has (cymbals, drumsticks, amplifiers), what a band plays along to (a
 * click, backing tracks), ear protection, the DJ's gear (vinyl, USB sticks,
 * headphones), mixing and mastering, and loading a van at the door. Lessons
 * and instruments to learn are the music school's (concepts-music.ts). See
 * phrases.ts for the syntax.
 *
 * Left out on their own, for what they mean at other businesses:
 * - "bateria", "batería", "batterie" (a phone's, a hearing aid's): the
 *   batteries concept keeps them; the kit's parts are named here instead;
 * - "plats" (Catalan and French dishes), "piatti" (Italian dishes), "Becken"
 *   (German pelvis, a pool), "crash", "ride" (a car crash, a ride): cymbals
 *   only as the drummer names them ("plats de la bateria", "hi-hat");
 * - "sticks" (a USB stick, hockey sticks), "baguettes" (bread): drumsticks
 *   only as drumsticks, "baquetas", "bacchette";
 * - "head" (the body's), "cab" (a taxi), "combo" (a barber's cut and
 *   beard), "pantalla" (a screen), "Box": an amp only as an amp, a cabinet
 *   as a speaker cabinet or its size ("4x12");
 * - "click" (a link, click and collect), "pistas", "pistes" (a court, a
 *   ski run, an escape room's hints): a click as the drummer's, backing
 *   tracks as tracks to play along to;
 * - "mix", "mezcla" (a hair colour, a blend), "master" (a degree, a master
 *   barber): mixing and mastering as a song's;
 * - "platine" (French platinum blonde): turntables as the DJ's (Spanish
 *   "memorias" is kept: in Latin America the DJ's USB sticks);
 * - "effects", "efectos", "effetti" alone (side effects, results): a
 *   track's effects only as "without effects", "senza effetti"; "casque", "cascos" (a helmet), "taps",
 *   "tappi" (caps, corks): headphones and earplugs as such. Spanish
 *   "audífonos" is headphones in Latin America as well as hearing aids
 *   (concepts-hearing.ts): it raises both;
 * - "platforms", "Plattformen" (a train's, a booking site): streaming as
 *   such; "descargar", "scaricare", "descarregar" alone (to download an
 *   app), "scarico" (a drain): unloading as the gear's or the van's;
 * - "van" (a name's particle), "bus", "Transporter" alone is kept (German
 *   for the van), "camion" is a lorry or a van;
 * - "probe", "prove", "prova" alone (German and Italian trials and tests):
 *   rehearsing as a band's, "Proberaum", "Bandprobe", "sala prove".
 */
import type { PhraseTable } from './phrases.js';

export const REHEARSAL_CONCEPTS = {
  /** A band rehearsing, and the room it rehearses in. */
  rehearsal: {
    en: 'rehearse|rehearsal*|rehearsing|rehearsed|rehearsal room*|practice room*|jam room|jam session',
    es: 'ensayo|ensayos|ensayar|ensayamos|ensayan|ensayais|sala de ensayo|salas de ensayo|local de ensayo',
    fr: 'repetition*|repeter|repetons|repetent|salle de repet*|local de repet*|studio de repet*',
    it: 'sala prove|sale prove|sala prova|fare le prove|facciamo le prove|prove con la band|prove della band|provare con la band',
    de: 'proberaum*|probenraum*|bandprobe*|wir proben|proben wir|zum proben',
    ca: "assaig|assajos|assajar|assagem|assagen|sala d'assaig|sales d'assaig|local d'assaig",
    pt: 'ensaio|ensaios|ensaiar|ensaiamos|estudio de ensaio|sala de ensaio|salas de ensaio',
    ar: 'بروفه|بروفات|البروفه|تمرين الفرقه|repetition',
  },
  /** A drum kit's cymbals: brought, included or rented. */
  cymbals: {
    en: 'cymbal*|hi hat|hihat|hi hats|crash cymbal|ride cymbal',
    es: 'platillo*|platos de la bateria|platos de bateria|charles|hi hat',
    fr: 'cymbale*|charleston|hi hat',
    it: 'piatti della batteria|piatti di batteria|hi hat|charleston',
    de: 'schlagzeugbecken|crashbecken|ridebecken|hi hat|hihat|becken mitbringen',
    ca: 'plats de la bateria|plats de bateria|joc de plats|charles|hi hat',
    pt: 'pratos da bateria|pratos de bateria|prato de bateria|chimbal|hi hat',
    ar: 'صنج|الصنج|صنوج|سيمبال|cymbales',
  },
  drumsticks: {
    en: 'drumstick*|drum sticks|pair of sticks',
    es: 'baqueta*|palillos de bateria|palillos de la bateria',
    fr: 'baguettes de batterie|baguettes de batteur|paire de baguettes',
    it: 'bacchett*',
    de: 'drumsticks|schlagzeugstocke|trommelstocke|sticks fur das schlagzeug',
    ca: 'baquet*',
    pt: 'baqueta*',
    ar: 'عصي الدرامز|عصا الدرامز|baguettes',
  },
  /** A guitar or bass amplifier, its head and its speaker cabinet. */
  amplifier: {
    en: 'amp|amps|amplifier*|amp head|amp heads|speaker cab|speaker cabs|speaker cabinet*|guitar cab|bass cab|2x12|4x12|8x10|1x12',
    es: 'ampli|amplis|amplificador*|cabezal|cabezales|pantalla de guitarra|pantallas de guitarra|2x12|4x12|8x10',
    fr: 'ampli|amplis|amplificateur*|tete d ampli|baffle guitare|baffle basse|2x12|4x12|8x10',
    it: 'ampli|amplificator*|testata|testate|cassa per chitarra|cassa per basso|2x12|4x12|8x10',
    de: 'verstarker*|topteil|topteile|gitarrenbox|bassbox|gitarrenverstarker|2x12|4x12|8x10',
    ca: 'ampli|amplis|amplificador*|capcal|capcals|pantalla de guitarra|pantalles de guitarra|2x12|4x12|8x10',
    pt: 'ampli|amplificador*|cabecote|cabecotes|caixa de guitarra|2x12|4x12|8x10',
    ar: 'امبلي|امبليفاير|مكبر صوت|ampli|amplificateur',
  },
  /** The drummer's click or a metronome to play to. */
  click: {
    en: 'click track|the click|a click|with click|to a click|metronome',
    es: 'el click|con click|el clic|con clic|claqueta|metronomo',
    fr: 'le clic|au clic|avec clic|metronome',
    it: 'il click|col click|con il click|il clic|metronomo',
    de: 'mit klick|zum klick|mit click|den click|metronom',
    ca: 'el clic|amb clic|un clic|amb click|metronom',
    pt: 'o click|com click|o clique|com clique|metronomo',
    ar: 'ميترونوم|مترونوم|metronome',
  },
  /** Pre-recorded parts a band plays along to, from a laptop or phone. */
  backingTracks: {
    en: 'backing track*|backing tracks|playback|our tracks|laptop tracks|synth tracks',
    es: 'pistas pregrabadas|bases pregrabadas|pistas de acompanamiento|secuencias|playback|pistas de sintes|pistas desde el ordenador',
    fr: "bandes son|pistes d'accompagnement|sequences|playback|pistes de synthe",
    it: 'basi preregistrate|sequenze|playback|tracce di synth',
    de: 'backing tracks|backingtracks|playback|zuspieler|sequenzen',
    ca: "pistes pregravades|bases pregravades|pistes de sintes|pistes des de l'ordinador|sequencies|playback",
    pt: 'playback|bases pre gravadas|faixas de acompanhamento|sequencias',
    ar: 'بلاي باك|playback',
  },
  /** In-ear monitors or headphones to hear the mix or the click. */
  headphones: {
    en: 'headphone*|earphones|in ears|in-ears|in ear monitor*|iem|iems',
    es: 'auriculares|audifonos|in ears|monitoreo in ear',
    fr: 'casque audio|casques audio|ecouteurs|in ears|intra auriculaires',
    it: 'cuffie|cuffia|auricolari|in ear',
    de: 'kopfhorer|in ears|in ear|inear',
    ca: 'auriculars|in ears',
    pt: 'fone de ouvido|fones de ouvido|fones|headphone|in ear|in ears',
    ar: 'سماعات راس|هيدفون|headphones|casque',
  },
  /** Ear protection against loud music. */
  earplugs: {
    en: 'earplug*|ear plug*|ear protection|hearing protection|ear defenders',
    es: 'tapones|tapones para los oidos|tapones de oido*|protectores auditivos',
    fr: "bouchons d'oreille*|bouchons pour les oreilles|bouchons anti bruit|protections auditives|protection auditive",
    it: 'tappi per le orecchie|tappi auricolari|tappini per le orecchie|protezioni per le orecchie',
    de: 'ohrstopsel|gehorschutz|ohropax',
    ca: 'taps per a les orelles|taps per les orelles|taps d orelles|protectors auditius',
    pt: 'protetor auricular|protetores auriculares|tampoes de ouvido|tampao de ouvido|plugs de ouvido',
    ar: 'سدادات الاذن|سدادات اذن|سداده الاذن|bouchons',
  },
  /** Mixing a song from its recorded tracks. */
  mixing: {
    en: 'mixing|mixdown|mix my song|mix my track|mix our song|mix our songs|mixing engineer',
    es: 'mezcla de la cancion|mezclar la cancion|mezclar mi cancion|mezclar el tema|mezcla de audio|mezclar las pistas|mixear|mixing',
    fr: 'mixage|mixer mon morceau|mixer le morceau|mixer nos morceaux|mixer ma chanson',
    it: 'mixare|mixaggio|missaggio|missare|mix del brano',
    de: 'abmischen|abmischung|mixing|mixen lassen|mischen lassen',
    ca: 'mescla|mescles|mesclar|mescla per canco',
    pt: 'mixagem|mixar|mixar a musica|mixar minha musica',
    ar: 'ميكس|مكساج|mixage|mixing',
  },
  /** Mastering a song for release. */
  mastering: {
    en: '=mastering|=mastered|the master sound|master my song|master our song|master our ep|master for streaming',
    es: 'masterizacion|masterizar|masterizado|mastering|el master',
    fr: 'mastering|masteriser|masterisation|le master',
    it: 'mastering|masterizzazione|masterizzare|il master',
    de: 'mastering|mastern|gemastert',
    ca: 'masteritzacio|masteritzar|el master',
    pt: 'masterizacao|masterizar|masterizado|mastering|o master',
    ar: 'ماستر|ماسترينج|mastering',
  },
  /** A song released on the streaming platforms. */
  streaming: {
    en: 'spotify|apple music|streaming|streaming platforms',
    es: 'spotify|plataformas digitales|plataformas de streaming|las plataformas|streaming',
    fr: 'spotify|plateformes de streaming|streaming',
    it: 'spotify|piattaforme digitali|piattaforme di streaming|le piattaforme|streaming',
    de: 'spotify|streamingdienste|streaming plattformen|streaming',
    ca: 'spotify|plataformes digitals|plataformes de streaming|streaming',
    pt: 'spotify|plataformas digitais|plataformas de streaming|as plataformas|pras plataformas|streaming',
    ar: 'سبوتيفاي|spotify|streaming',
  },
  /** A DJ's vinyl and turntables. */
  vinyl: {
    en: 'vinyl*|turntable*|record player*',
    es: 'vinilo*|tornamesa*|tocadiscos',
    fr: 'vinyle*|platines vinyle|platine vinyle|tourne disque*',
    it: 'vinile|vinili|giradischi',
    de: 'vinyl|schallplatte*|plattenspieler*',
    ca: 'vinil|vinils|plats de vinil|tocadiscos',
    pt: 'vinil|vinis|toca discos',
    ar: 'فينيل|vinyle|vinyl',
  },
  /** USB sticks and SD cards a DJ plays from. */
  usbStick: {
    en: 'usb|usbs|usb stick*|memory stick*|flash drive*|pen drive*|sd card*',
    es: 'usb|memoria usb|memorias usb|memorias|pendrive*|tarjeta sd|tarjetas sd',
    fr: 'usb|cle usb|cles usb|carte sd|cartes sd',
    it: 'usb|chiavetta*|pennetta*|scheda sd|schede sd',
    de: 'usb|usb stick*|usb-stick*|sd karte*',
    ca: 'usb|memoria usb|llapis usb|pendrive*|targeta sd|targetes sd',
    pt: 'usb|pen drive*|pendrive*|cartao sd|cartoes sd',
    ar: 'فلاشه|يو اس بي|usb',
  },
  /** A van or a lorry with a band's gear. */
  van: {
    en: 'van|vans|our van|the van|lorry|truck',
    es: 'furgoneta*|furgo|camioneta|camion',
    fr: 'camion*|camionnette*|fourgon*|utilitaire',
    it: 'furgone|furgoni|furgoncino|camion*',
    de: 'transporter|lieferwagen|kleintransporter|sprinter',
    ca: 'furgoneta*|furgo|camio|camioneta',
    pt: 'van|carrinha|furgao|caminhao|caminhonete',
    ar: 'فان|الفان|شاحنه|camion',
  },
  /** Loading and unloading gear at the door. */
  loading: {
    en: 'unload*|load in|load out|loading bay|loading zone',
    es: 'para descargar|zona de carga|carga y descarga|cargar y descargar|descargar el equipo|descargar el material|descargar los instrumentos|descargar la furgoneta',
    fr: 'decharger|dechargement|charger et decharger',
    it: 'carico e scarico|scaricare il furgone|scaricare gli strumenti|scaricare l attrezzatura',
    de: 'ausladen|abladen|entladen|ladezone',
    ca: 'zona de carrega|carrega i descarrega|descarregar el material|descarregar la furgoneta|descarregar els instruments',
    pt: 'carga e descarga|descarregar o equipamento|descarregar o material|descarregar a van|descarregar os instrumentos',
    ar: 'تنزيل العده|تنزيل المعدات|decharger',
  },
  /** The audio files of a song sent for mixing or mastering: their format, one per track. */
  audioFiles: {
    en: 'stems|multitrack*|wav|wavs|wav files|audio files|what files|which files|file format|what format|which format|one per track|separate tracks|individual tracks',
    es: 'multipista|pistas separadas|pistas por separado|archivos de audio|wav|formato de archivo|formato de los archivos|que formato|en que formato|stems',
    fr: 'multipiste*|pistes separees|fichiers audio|wav|format de fichier|format des fichiers|quel format|stems',
    it: 'tracce|traccia per traccia|tracce separate|multitraccia|file audio|wav|formato dei file|che formato|in che formato|quale formato|stems',
    de: 'einzelspuren|spuren|mehrspur*|audiodateien|wav|dateiformat|welches format|in welchem format|stems',
    ca: "multipista|pistes separades|arxius d'audio|wav|format dels arxius|quin format|en quin format|stems",
    pt: 'multipista|faixas separadas|arquivos de audio|wav|formato do arquivo|formato dos arquivos|que formato|em que formato|qual formato|stems',
    ar: 'ملفات الصوت|ملفات wav|wav|stems',
  },
  /** How loud a master sounds next to other releases. */
  loudness: {
    en: 'loudness|lufs|loud enough|sound loud|too quiet|quieter than|the right volume',
    es: 'lufs|suficientemente fuerte|bastante fuerte|suene bajo|suena bajo|bajito|volumen correcto|volumen adecuado|el volumen de las plataformas',
    fr: 'lufs|assez fort|trop faible|trop bas|volume sonore|bon volume|le bon volume',
    it: 'lufs|abbastanza forte|troppo basso|il volume giusto|volume giusto|volume adeguato',
    de: 'lufs|lautheit|laut genug|zu leise|leiser als|richtige lautstarke|lautstarke',
    ca: 'lufs|prou fort|massa fluix|massa baix|el volum correcte|volum adequat',
    pt: 'lufs|alto o suficiente|baixinho|muito baixo|volume certo|volume adequado|no volume certo',
    ar: 'lufs|صوت عالي كفايه|صوت واطي',
  },
  /** Effects on a recorded track, printed or left off ("without effects", "senza effetti"). */
  trackEffects: {
    en: 'without effects|with effects|no effects|effects on them|effects on it|reverb|dry tracks',
    es: 'sin efectos|con efectos|efectos puestos|reverb|pistas secas',
    fr: 'sans effets|avec effets|avec les effets|reverb|pistes seches',
    it: 'senza effetti|con effetti|con gli effetti|riverbero|reverb|tracce dry',
    de: 'ohne effekte|mit effekten|reverb|trockene spuren',
    ca: 'sense efectes|amb efectes|reverb|pistes seques',
    pt: 'sem efeitos|com efeitos|reverb|faixas secas',
    ar: 'بدون مؤثرات|مع مؤثرات|reverb',
  },
} satisfies PhraseTable<string>;
