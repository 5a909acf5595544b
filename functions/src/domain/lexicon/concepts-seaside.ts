/**
 * Concepts of a day by the sea or in a hot room: jellyfish in the water ("Quallen", "medusas", "água-viva"), a sea
 * cave, seals, sunscreen and what is kind to the sea, and a
 * room kept cool (air conditioning, fans) when the day is hot. See phrases.ts for the syntax.
 *
 * Left out on their own: "aire" (the air, "al aire libre"), "air" and "clim" alone, "fresco" (fresh), "Klima" (the
 * climate); a car's air conditioning is `airCon` (concepts-vehicle.ts), which shares its long phrases.
 */
import type { PhraseTable } from './phrases.js';

export const SEASIDE_CONCEPTS = {
  /** Jellyfish in the sea: are there any, what if one stings. */
  jellyfish: {
    en: 'jellyfish|jelly fish|jellyfishes|man o war|portuguese man of war',
    es: 'medusa|medusas|aguaviva|aguavivas|agua mala|aguamala',
    fr: 'meduse|meduses',
    it: 'medusa|meduse',
    de: 'qualle|quallen|feuerqualle|feuerquallen',
    ca: 'medusa|meduses',
    pt: 'agua viva|aguas vivas|aguaviva|alforreca|alforrecas|medusa|medusas',
    ar: 'قنديل البحر|قناديل البحر|قناديل|قنديل بحر|الميدوزا|ميدوزا|meduse',
  },
  /** A room kept cool: air conditioning, fans ("is there AC?", "¿tienen aire acondicionado?", "Klimaanlage"). */
  roomCooling: {
    en: 'air conditioning|air conditioned|air conditioner|aircon|air con|=ac|a c|ceiling fan|ceiling fans|fans in the room',
    es: 'aire acondicionado|hay aire|tienen aire|teneis aire|climatizado|climatizada|ventilador|ventiladores|refrigeracion',
    fr: 'climatisation|climatise|climatisee|climatises|climatisees|la clim|une clim|ventilateur|ventilateurs',
    it: 'aria condizionata|climatizzatore|climatizzato|climatizzata|condizionatore|condizionatori|ventilatore|ventilatori',
    de: 'klimaanlage|klimatisiert|klimatisierte|klimaanlagen|ventilator|ventilatoren|deckenventilator*',
    ca: 'aire condicionat|climatitzat|climatitzada|ventilador|ventiladors',
    pt: 'ar condicionado|ar-condicionado|climatizado|climatizada|ventilador|ventiladores',
    ar: 'مكيف|مكيفات|تكييف|مكيفه|مكيّف|كونديسيون|climatisation|=clim',
  },
  /**
   * A cave or grotto by the sea, paddled into or seen on an outing ("do we go into the cave?", "la grotta del Bue
   * Marino", "Meeresgrotte"). Not French "cave" (a cellar: "une cave à vin"), nor Portuguese "cova" (a pit, a grave).
   */
  seaCave: {
    en: 'cave|caves|sea cave|sea caves|grotto|grottos|grottoes|cavern|caverns',
    es: 'cueva|cuevas|gruta|grutas|caverna|cavernas',
    fr: 'grotte|grottes|caverne|cavernes|grotte marine',
    it: 'grotta|grotte|caverna|caverne|grotta marina',
    de: 'hohle|hohlen|grotte|grotten|grottn|meeresgrotte*|meereshohle*|tropfsteinhohle*',
    ca: 'cova|coves|gruta|grutes|cova marina',
    pt: 'gruta|grutas|caverna|cavernas',
    ar: 'كهف|الكهف|كهوف|الكهوف|مغاره|المغاره|مغارات|المغارات|grotte|grotta',
  },
  /**
   * Seals and sea lions, to see in the wild (the Mediterranean monk seal). Not "seal" or "seals" alone in English (a
   * tooth's sealant, a bike's or a door's seal): the animal's longer names and "see the seals".
   */
  seals: {
    en: 'monk seal|monk seals|sea lion|sea lions|see seals|see a seal|see the seals|see any seals|spot seals|spot a seal|seal colony|seals in the cave|seal spotting',
    es: 'foca|focas|foca monje|focas monje|lobo marino|lobos marinos|leon marino|leones marinos',
    fr: 'phoque|phoques|phoque moine|phoques moines|otarie|otaries',
    it: 'foca|foche|foca monaca|foche monache',
    de: 'robbe|robben|monchsrobbe*|monchsrobb*|seehund|seehunde|seelowe|seelowen',
    ca: 'foca|foques|foca monjo|foques monjo',
    pt: 'foca|focas|foca monge|focas monge|lobo marinho|lobos marinhos|leao marinho|leoes marinhos',
    ar: 'فقمه|الفقمه|فقمات|الفقمات|فقمة|عجل البحر|phoque|foca',
  },
  /**
   * Sunscreen, sun cream, and one kind to the sea (reef-safe): which to use, whether to bring it. Not "sun" or
   * "protection" alone.
   */
  sunscreen: {
    en: 'sunscreen|sunscreens|sun screen|suncream|sun cream|sunblock|sun block|sun lotion|spf|reef safe|reef friendly',
    es: 'protector solar|protectores solares|crema solar|cremas solares|bloqueador solar|bloqueador|fotoprotector|protector de sol',
    fr: 'creme solaire|cremes solaires|protection solaire|ecran solaire|ecran total|indice de protection',
    it: 'crema solare|creme solari|protezione solare|protettore solare|fattore di protezione|solare resistente',
    de: 'sonnencreme|sonnencremes|sonnenschutzmittel|sonnenmilch|sonnenschutzcreme|lichtschutzfaktor|riffsicher*',
    ca: 'crema solar|cremes solars|protector solar|proteccio solar|protectors solars',
    pt: 'protetor solar|protetores solares|protector solar|filtro solar|bloqueador solar|creme solar|cremes solares',
    ar: 'واقي شمس|واقي الشمس|واقي من الشمس|كريم شمس|كريم الشمس|كريم واقي|sunscreen|creme solaire|sun block',
  },
  /**
   * Kind to the sea: a sunscreen or a product that does not harm the reef or the water ("respectueuse des récifs",
   * "rispettosa del mare", "fazem mal pro mar"). Not the sea alone.
   */
  seaFriendly: {
    en: 'reef safe|reef friendly|ocean friendly|sea friendly|harm the reef|harm the sea|bad for the sea|bad for the reef|damage the reef|harm the coral|kill the coral',
    es: 'respetuoso con el mar|respetuosa con el mar|respetuoso con los arrecifes|danan el mar|dana el mar|malo para el mar|malos para el mar|hacen dano al mar|hace dano al mar|danan los corales',
    fr: 'respectueuse des recifs|respectueux des recifs|respectueuse de la mer|respectueux de la mer|sans oxybenzone|mauvais pour la mer|abime les coraux|abiment les coraux',
    it: 'rispettosa del mare|rispettoso del mare|rispettose del mare|amica del mare|fa male al mare|fanno male al mare|senza oxybenzone|danneggia i coralli',
    de: 'riffsicher*|korallenfreundlich*|meeresfreundlich*|schadet dem meer|schaden dem meer|schlecht fur das meer|schlecht furs meer|ohne oxybenzon',
    ca: 'respectuosa amb el mar|respectuos amb el mar|fa mal al mar|fan mal al mar|dolenta per al mar',
    pt: 'fazem mal pro mar|faz mal pro mar|fazem mal ao mar|faz mal ao mar|fazem mal para o mar|faz mal para o mar|ruim pro mar|ruim para o mar|amigo do mar|respeita o mar|sem oxibenzona',
    ar: 'يضر البحر|تضر البحر|يضر الشعاب|ضار للبحر|صديق للبحر|reef safe',
  },
} satisfies PhraseTable<string>;
