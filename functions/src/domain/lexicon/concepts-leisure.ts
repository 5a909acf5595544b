/**
 * Concepts of leisure businesses that take groups (escape rooms, activity
 * centres): the parties that come (a hen or stag party, a company's team
 * building), what they ask about a game (how hard a room is, whether a
 * horror room is scary, whether its actors touch the players, whether the
 * group plays together or splits up) and how a group's price is counted
 * (per person or for the group). See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - "despedida" (a farewell), "abschied", "addio": a hen or stag party only
 *   with "de soltero/a", "junggesellen-", "al nubilato";
 * - "tocar" (es, pt, ca: to play an instrument), "toccare": touching only in
 *   phrases that say whom ("te tocan", "tocam nas pessoas", "ti toccano");
 * - "room", "sala", "Raum" (a waiting room, a treatment room), "the same room" (a
 *   companion at a treatment), "all together" (the pets brought at once): a group
 *   kept together only as playing together or split up;
 * - fr "horreur" ("j'ai horreur des piqûres" hates), it "terrore" (fear): a
 *   horror game only as a room, a film, a house.
 */
import type { PhraseTable } from './phrases.js';

export const LEISURE_CONCEPTS = {
  /** A hen or stag party (a bachelor or bachelorette party) that comes to play or celebrate. */
  stagParty: {
    en: 'stag do|stag dos|stag party|stag parties|stag night|stag weekend|hen do|hen dos|hen party|hen parties|hen night|hen weekend|hen and stag|stag and hen|bachelor party|bachelor parties|bachelorette|bachelorette party|bucks party|bucks night|hens night|stag package|stag packages|hen package|hen packages|stag group|stag groups|hen group|hen groups|stag event|hen event|stag trip|hen trip|stag deal|hen deal|bachelor package|bachelorette package',
    es: 'despedida de soltero|despedida de soltera|despedidas de soltero|despedidas de soltera|despedida de solteros|despedidas de solteros|paquete de despedida|pack de despedida',
    fr: 'evjf|evg|enterrement de vie de garcon|enterrement de vie de jeune fille|enterrement de vie de celibataire',
    it: 'addio al celibato|addio al nubilato|festa di addio al celibato|festa di addio al nubilato',
    de: 'junggesellenabschied*|junggesellinnenabschied*|jga|junggesellenparty|junggesellinnenparty|polterabend',
    ca: 'comiat de solter|comiat de soltera|comiats de solter|comiats de soltera|despedida de solter|despedida de soltera|paquet de comiat',
    pt: 'despedida de solteiro|despedida de solteira|despedidas de solteiro|despedidas de solteira|despedida de solteiros|pacote de despedida',
    ar: 'حفله توديع العزوبيه|توديع العزوبيه|enterrement de vie',
  },
  /** A horror or terror room, a haunted house: the game meant to frighten. */
  horror: {
    en: 'horror|horror room|horror game|terror room|haunted house|haunted houses|haunted room|spooky room|scary room',
    es: 'terror|sala de terror|juego de terror|casa encantada|casas encantadas|casa del terror|pasaje del terror',
    fr: 'salle horreur|salles horreur|salle de horreur|film horreur|jeu horreur|epouvante|maison hantee|maisons hantees|train fantome',
    it: 'horror|stanza horror|sala horror|stanza del terrore|casa stregata|case stregate|casa infestata',
    de: 'horror*|gruselraum|gruselkabinett|geisterbahn|geisterhaus|spukhaus|grusel escape',
    ca: 'terror|sala de terror|joc de terror|casa encantada|tren del terror',
    pt: 'terror|sala de terror|jogo de terror|casa assombrada|casas assombradas|comboio fantasma|horror',
    ar: 'رعب|الرعب|غرفه الرعب|بيت الرعب|horreur|horror',
  },
  /** Actors who play in a room or a show. */
  actors: {
    en: 'actor|actors|live actors|actress|actresses',
    es: 'actor|actores|actriz|actrices',
    fr: 'acteur|acteurs|actrice|actrices|comedien|comediens',
    it: 'attore|attori|attrice|attrici',
    de: 'schauspieler|schauspielerin|schauspielerinnen|darsteller|darstellerin|darstellerinnen',
    ca: 'actor|actors|actriu|actrius',
    pt: 'ator|atores|atriz|atrizes|actor|actores|actriz',
    ar: 'ممثل|ممثلين|ممثله|الممثلين|acteurs',
  },
  /** Being touched by someone (an actor, a stranger): said with whom, not playing an instrument. */
  touching: {
    en: 'touch you|touch people|touch us|touch the players|touches you|being touched|be touched|grab you|grabbed',
    es: 'te tocan|os tocan|nos tocan|me tocan|tocan a la gente|tocar a la gente|que me toquen|que la toquen|que nos toquen|ser tocada|ser tocado|te agarran',
    fr: 'vous touchent|te touchent|nous touchent|touchent les gens|toucher les gens|etre touchee|etre touche|qu on me touche',
    it: 'ti toccano|vi toccano|ci toccano|toccano le persone|toccare le persone|essere toccata|essere toccato|essere toccati|ti prendono',
    de: 'anfassen|fassen an|fassen die|angefasst|anfasst|beruhren|beruhrt|beruhrung*',
    ca: 'et toquen|us toquen|ens toquen|toquen la gent|tocar la gent|ser tocada|ser tocat',
    pt: 'tocam nas pessoas|tocar nas pessoas|tocam em|te tocam|vos tocam|nos tocam|tocam-nos|ser tocada|ser tocado|agarram|agarrar nas pessoas',
    ar: 'يلمسو|يلمسوك|يلمسون|يقيسو|lmes|ylemsou',
  },
  /** The hardest game or room, for the experienced. */
  hardest: {
    en: 'hardest|most difficult|the toughest|most challenging|hardest one|for experts|experienced players|experienced group',
    es: 'mas dificil|mas complicada|mas complicado|la mas dura|para expertos|somos expertos',
    fr: 'plus difficile|plus dur|plus dure|pour experts|pour les experts|joueurs experimentes',
    it: 'piu difficile|piu dura|piu tosta|piu complicata|per esperti',
    de: 'schwierigste*|schwerste*|anspruchsvollste*|fur profis|fur erfahrene',
    ca: 'mes dificil|mes complicada|mes dura|per a experts',
    pt: 'mais dificil|mais complicada|mais complicado|mais puxada|para experientes|para peritos',
    ar: 'اصعب|الاصعب|plus difficile',
  },
  /** A price counted per person or for the whole group. */
  perPerson: {
    en: 'per person|per head|each person|per player|per group|for the whole group|for the group|price per',
    es: 'por persona|por cabeza|por jugador|por grupo|por todo el grupo|para el grupo',
    fr: 'par personne|par tete|par joueur|par groupe|pour le groupe|pour tout le groupe',
    it: 'a persona|per persona|a testa|a giocatore|per giocatore|a gruppo|per gruppo|per tutto il gruppo',
    de: 'pro person|pro kopf|je person|pro spieler|pro gruppe|fur die ganze gruppe|fur die gruppe',
    ca: 'per persona|per cap|per jugador|per grup|per tot el grup',
    pt: 'por pessoa|por cabeca|por jogador|por grupo|pelo grupo|pelo grupo todo|para o grupo',
    ar: 'للشخص|لكل شخص|للفرد|على الراس|للمجموعه|par personne',
  },
  /** Whether a group plays together or splits up between rooms. */
  splitGroup: {
    en: 'split up|split us|split into|split the group|all play together|play together|play all together|separate rooms|divide the group',
    es: 'jugar todos juntos|jugar juntos|dividir el grupo|dividirnos|separarnos|separar el grupo',
    fr: 'jouer tous ensemble|jouer ensemble|diviser le groupe|se separer|nous separer|separer le groupe',
    it: 'giocare tutti insieme|giocare insieme|dividere il gruppo|dividerci|separarci',
    de: 'uns aufteilen|euch aufteilen|gruppe aufteilen|in gruppen aufteilen|aufgeteilt werden|alle zusammen in|alle zusammen spielen|zusammen spielen|getrennt spielen',
    ca: 'jugar tots junts|jugar junts|dividir el grup|separar-nos|separar el grup',
    pt: 'jogar todos juntos|jogarmos todos juntos|ficar todos juntos|ficarmos todos juntos|jogar juntos|dividir o grupo|dividimos o grupo|separar o grupo',
    ar: 'نلعبو كلنا مع بعض|نلعبو مع بعضنا|نتقسمو|نقسمو|jouer ensemble',
  },
  /** A company's team building, an outing of its staff. */
  teamBuilding: {
    en: 'team building|teambuilding|team event|team outing|company outing|work outing|away day|corporate event*|corporate team',
    es: 'team building|evento de empresa|eventos de empresa|actividad de empresa|salida de empresa|cena de empresa',
    fr: 'team building|sortie entreprise|sortie d entreprise|evenement entreprise|evenement d entreprise|cohesion equipe|cohesion d equipe',
    it: 'team building|evento aziendale|eventi aziendali|gita aziendale|uscita aziendale',
    de: 'teambuilding|team building|teamevent|firmenausflug|betriebsausflug|teamausflug|firmenevent*|firmenfeier',
    ca: 'team building|esdeveniment empresa|esdeveniment d empresa|sortida empresa|sortida d empresa',
    pt: 'team building|evento corporativo|evento da empresa|eventos de empresa|para empresas|saida de empresa',
    ar: 'team building|نشاط الشركه|خرجه الشركه',
  },
} satisfies PhraseTable<string>;
