/**
 * Concepts of a day on the coast in a small boat: a kayak and going out without a guide, a sea cave paddled into,
 * seals to see, sunscreen and what is kind to the sea ("la Grotta del Bue Marino", "da soli fino a Cala Luna",
 * "crema solare rispettosa del mare"). Each in every language, with the forms people type. See phrases.ts for the
 * syntax.
 *
 * Left out on their own, because they mean other things elsewhere: French "cave" (a cellar) and Portuguese "cova"
 * (a pit); English "seal" and "seals" (a tooth's sealant, a fork's seals); the sun or the sea alone; Arabic "ياك"
 * (isn't it), which a kayak's Arabic name holds once its first letter is read as a prefix: those names written exact.
 */
import type { PhraseTable } from './phrases.js';

export const COAST_CONCEPTS = {
  /** A kayak, paddled on a tour or rented ("caiaque", "Kajak", "caiac", Arabic "كاياك", whose first letter is no prefix). */
  kayak: {
    en: 'kayak|kayaks|kayaking|sea kayak|sea kayaking',
    es: 'kayak|kayaks|kayac|cayac|cayak|kayakismo',
    fr: 'kayak|kayaks|kayak de mer',
    it: 'kayak|kajak|kayak da mare',
    de: 'kajak|kajaks|kayak|seekajak|kajakfahren|kajaktour',
    ca: 'caiac|caiacs|kayak|caiac de mar',
    pt: 'caiaque|caiaques|kayak|caiaque duplo',
    ar: '=كاياك|=الكاياك|=بالكاياك|=كياك|قارب الكاياك|kayak|kayek|kayac',
  },
  /**
   * Going without a guide: a rental taken out on one's own, a route done unguided ("da soli fino a Cala Luna", "por
   * nuestra cuenta", "بروحنا"). The unaccompanied child is `unaccompanied` (concepts-childhood.ts).
   */
  unguided: {
    en: 'on our own|by ourselves|on my own|by myself|without a guide|no guide|unguided|self guided|without guide|go alone|go out alone',
    es: 'por nuestra cuenta|por mi cuenta|por libre|a nuestro aire|sin guia|ir solos|ir solo|ir sola',
    fr: 'sans guide|par nous memes|par nous meme|en autonomie|partir seuls|aller seuls|y aller seuls',
    it: 'da soli|senza guida|in autonomia|per conto nostro|per conto mio|andare da soli',
    de: 'ohne guide|ohne fuhrer|ohne fuhrung|auf eigene faust|alleine fahren|allein fahren|alleine los|selbststandig fahren',
    ca: 'pel nostre compte|sense guia|per lliure|anar sols|anar sol',
    pt: 'por conta propria|por nossa conta|sem guia|ir sozinhos|ir sozinho|ir sozinha|a nossa vontade',
    ar: 'بروحنا|بروحي|لحالنا|لحالي|لوحدنا|لوحدي|بدون مرشد|بدون دليل|من غير مرشد|بلا مرشد|bro7na|lwa7dna|la7alna',
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
