/**
 * Concepts of sports clubs and climbing gyms: when the walls get new
 * problems (route setting), the court surfaces that ask for their own shoes
 * (clay), soles that leave marks on a court, and finding people to play
 * with, and the heat of a summer's day. See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - "problem", "problema", "Problem": a worry, and "new problems" a new
 *   complaint, unless put up or on the wall ("put up new problems", "fresh
 *   problems");
 * - "tierra", "terra", "terre": the earth or a country, unless beaten
 *   ("tierra batida", "terre battue", "terra rossa");
 * - "partner", "pareja", "Partner": a spouse, unless to play with;
 * - Catalan "sola" (alone): a sole only with its colour ("sola negra").
 */
import type { PhraseTable } from './phrases.js';

export const SPORT_CONCEPTS = {
  /** New boulders or routes put up on the wall, and the setting that puts them up. */
  routeSetting: {
    en: 'route setting|routesetting|route setter*|routesetter*|fresh problems|new problems on the wall|new problems up|new boulders|fresh boulders|new routes|fresh routes|put up new|putting up new|fresh stuff on the wall|new stuff on the wall|reset the wall|reset the walls|wall reset',
    es: 'bloques nuevos|nuevos bloques|vias nuevas|nuevas vias|reequip*|apertura de vias|apertura de bloques|equipador*|cambio de bloques|cambiais los bloques|cambian los bloques',
    fr: 'nouveaux blocs|nouvelles voies|voies nouvelles|ouverture des blocs|ouverture de blocs|ouvreur|ouvreurs|ouvreuse*|changement des blocs|changez les blocs|renouvellement des blocs',
    it: 'nuovi blocchi|blocchi nuovi|nuove vie|vie nuove|tracciatura|tracciatur*|tracciator*|cambio blocchi|cambiate i blocchi',
    de: 'umschrauben|umgeschraubt|umschraubung|umschraubtag|neue boulder|neuen boulder|neue routen|neuen routen|routenbau|routenbauer*|routensetzer*|schrauber*|neu geschraubt|neu schrauben',
    ca: 'blocs nous|nous blocs|vies noves|noves vies|obertura de vies|obertura de blocs|equipador*|canvi de blocs|canvieu els blocs',
    pt: 'novos boulders|boulders novos|novas vias|vias novas|novos blocos|blocos novos|montagem de vias|troca de vias|trocam as vias|routesetter*',
    ar: 'مسارات جديده|مسارات جديدة|تغيير المسارات|بولدر جديد|new boulders|new routes',
  },
  /** A clay court, the surface that wants clay-court shoes. */
  clayCourt: {
    en: 'clay|clay court|clay courts|red clay|on the clay',
    es: 'tierra batida|pista de tierra|pistas de tierra|arcilla',
    fr: 'terre battue|court en terre|courts en terre',
    it: 'terra rossa|terra battuta|campo in terra|campi in terra',
    de: 'sandplatz|sandplatze|sandplatzen|ascheplatz|ascheplatze|rotem sand|auf sand',
    ca: 'terra batuda|pista de terra|pistes de terra',
    pt: 'terra batida|saibro|campo de terra|campos de terra',
    ar: 'ملعب ترابي|الملعب الترابي|ملاعب ترابيه|الملاعب الترابيه|تيرا باتيدا|clay',
  },
  /** Soles that leave marks on a court: black or dark soles, or non-marking ones asked about. */
  markingSole: {
    en: 'black sole|black soles|dark sole|dark soles|black soled|marking sole*|non marking|nonmarking|soles that mark',
    es: 'suela negra|suelas negras|suela oscura|suelas oscuras|suela clara|suelas claras',
    fr: 'semelle noire|semelles noires|semelle foncee|semelles foncees|semelle claire|semelles claires',
    it: 'suola nera|suole nere|suola scura|suole scure|suola chiara|suole chiare',
    de: 'schwarze sohle|schwarzer sohle|schwarzen sohle|schwarze sohlen|schwarzen sohlen|dunkle sohle|dunkler sohle|dunklen sohlen|helle sohle|hellen sohlen|abfarbend*',
    ca: 'sola negra|soles negres|sola fosca|soles fosques|sola clara|soles clares',
    pt: 'sola preta|solas pretas|sola escura|solas escuras|sola clara|solas claras',
    ar: 'نعل اسود|نعل أسود|النعل الاسود|نعل غامق',
  },
  /** People to play with: a partner or a game found for someone who has nobody to play with. */
  playPartner: {
    en: 'people to play|someone to play|somebody to play|anyone to play|others to play|partner to play|partners to play|playing partner*|hitting partner*|find me a partner|find a partner|find partners|find me a game|find a game|need a fourth|looking for a fourth|play with others',
    es: 'con quien jugar|con quien jugar al|alguien para jugar|gente para jugar|companeros para jugar|companeros de juego|pareja para jugar|buscar pareja|busco pareja|buscais partido|buscar partido|me buscais partido|nos falta uno|falta un cuarto',
    fr: 'avec qui jouer|quelqu un pour jouer|quelqu un avec qui jouer|des gens pour jouer|des gens avec qui jouer|partenaire de jeu|partenaires de jeu|trouver un partenaire|trouver des partenaires|trouver des joueurs|il nous manque un',
    it: 'con chi giocare|qualcuno con cui giocare|nessuno con cui giocare|qualcuno per giocare|gente con cui giocare|compagno di gioco|compagni di gioco|trovare un compagno|trovare compagni|cerco compagni|ci manca un quarto',
    de: 'spielpartner*|mitspieler*|jemanden zum spielen|leute zum spielen|partner zum spielen|mit wem ich spielen|niemanden zum spielen|uns fehlt ein vierter',
    ca: 'amb qui jugar|algu per jugar|gent per jugar|companys de joc|company de joc|trobar parella|buscar parella|ens falta un quart',
    pt: 'com quem jogar|alguem para jogar|gente para jogar|parceiro de jogo|parceiros de jogo|parceiro para jogar|parceiros para jogar|encontrar parceiro|falta um quarto',
    ar: 'مع من العب|مع مين العب|حد يلعب معي|احد يلعب معي|ناس العب معهم|شريك لعب|شريك للعب',
  },
  /** The heat of the day or the season, as a reason not to play or when to play. */
  summerHeat: {
    en: 'too hot|the heat|heatwave|heat wave|hot weather|so hot|in the heat|summer heat',
    es: 'demasiado calor|mucho calor|hace calor|hara calor|ola de calor|el calor|con el calor|con este calor|calor en verano',
    fr: 'trop chaud|il fait chaud|fait trop chaud|la chaleur|canicule|chaleur en ete',
    it: 'troppo caldo|fa caldo|fa troppo caldo|il caldo|col caldo|con il caldo|ondata di caldo|canicola|afa',
    de: 'zu heiss|zu warm|die hitze|bei der hitze|bei hitze|hitzewelle|hitze im sommer|sommerhitze',
    ca: 'massa calor|fa calor|fara calor|onada de calor|la calor|amb la calor|amb aquesta calor',
    pt: 'demasiado calor|muito calor|faz calor|onda de calor|o calor|com o calor|com este calor|calor no verao',
    ar: 'حر بزاف|حر شديد|موجه حر|الحراره بزاف|سخونه بزاف',
  },
} satisfies PhraseTable<string>;
