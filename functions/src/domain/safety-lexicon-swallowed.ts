/**
 * Safety signals for a small object swallowed, or put in the mouth: a
 * button battery (it burns through the gullet within two hours), magnets
 * (two of them pinch the gut through its walls), a detergent pod, a needle,
 * a pin, a screw or a piece of glass, or a coin, a Lego piece or a bead in
 * a toddler; and what says it is stuck on the way (a hand on the throat,
 * drooling, turning blue). domain/safety.ts combines them with who
 * swallowed it (safety-lexicon-animals.ts: child, pet).
 *
 * The verb is said as done ("swallowed", "se ha tragado", "a avalé",
 * "ha inghiottito", "verschluckt", "s'ha empassat", "engoliu", "بلع"):
 * "hard to swallow the price", "can't swallow pills" and "what if he
 * swallows a magnet?" report nothing swallowed. The objects are named as
 * people do, without the words that make them something else: "pila" is
 * also a pile ("una pila de fotos"), "pile" is "on the dot" in French ("à
 * 10h pile"), "a glass of water" is a drink (safety-lexicon-context.ts,
 * lookalike). Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const SWALLOWED_SIGNALS = {
  /**
   * A child, by who they are to the writer or by their age ("my 2yo", "mi peque", "ma puce", "il piccolo"):
   * what a toddler swallows whole is an emergency that an adult's coin is not. Wider than the child of
   * safety-lexicon-animals.ts, which a toxic food for pets (grapes, chocolate) goes with.
   */
  kid: {
    en: 'son|daughter|toddler|baby|babe|kid|kids|child|children|little one|lil one|my lo|kiddo|infant|grandson|granddaughter|nephew|niece|year old|years old|yr old|yo|1yo|2yo|3yo|4yo|5yo|1yr|2yr|3yr|2yrs|3yrs|18mo|month old|months old|little boy|little girl|bubba|my boy|my girl',
    es: 'hijo|hija|nino|nina|bebe|crio|cria|peque|nene|nena|chiquito|chiquita|chiquitin|pequeno|pequena|nieto|nieta|sobrino|sobrina|hijito|hijita',
    fr: 'fils|fille|enfant|bebe|petit|petite|gamin|gamine|ma puce|loulou|petit fils|petite fille|neveu|niece|bambin|mon petit|le petit|la petite',
    it: 'figlio|figlia|bambino|bambina|bimbo|bimba|bimbi|bambini|neonato|neonata|piccolo|piccola|piccolino|piccolina|nipote|nipotino|nipotina|pupo|pupa',
    de: 'sohn|tochter|kind|kinder|kleinkind|baby|kleine|kleiner|kleinen|enkel|enkelin|bub|junge|madchen|sohnchen|jahrige|jahriger',
    ca: 'fill|filla|nen|nena|nado|bebe|petit|petita|nebot|neboda|criatura|fillet|filleta',
    pt: 'filho|filha|crianca|bebe|menino|menina|nene|miudo|miuda|neto|neta|sobrinho|sobrinha|pequeno|pequena|guri|guria',
    ar: 'ولدي|بنتي|الولد|الدري|الطفل|وليدي|ابني|ابنتي|طفلي|طفلتي|الطفله|البيبي|بيبي|الصغير|الصغيره|الياهل|ياهلي|العيل|عيالي|بنوتي|ouldi|weldi|wldi|wlidi|bnti|binti|benti|ibni|ebni|tfli|tifli|bebe|baby|walad|lwald|sghir|sghira|yahel|3ayel|drri',
  },
  /** Swallowed, or put in the mouth, as done: the past only, so a question or a habit is none. */
  gulped: {
    en: '=swallowed|=swalled|=swalowed|=swallowd|=sallowed|=swollowd|=swollowed|=swallowd|=swolled|=swolowed|=swalloed|=ingested|=gulped|=gulped down|has swallowed|just swallowed|might have swallowed|may have swallowed|think he swallowed|think she swallowed|put it in his mouth|put it in her mouth|in his mouth|in her mouth|in its mouth|in the babys mouth|in the baby s mouth|sucking on a|chewing on a|bit into a|bit into the',
    es: 'se ha tragado|se trago|=trago|=tragado|=tragada|se lo trago|se la trago|se lo ha tragado|se la ha tragado|ha tragado|=ingerido|=ingirio|se ha comido|se comio|se metio en la boca|se ha metido en la boca|en la boca|se lo ha metido en la boca|chupando una|chupando un|mordio una|mordio un',
    fr: 'a avale|=avale|=avalee|jai avale|il a avale|elle a avale|=ingere|=ingeree|mis dans la bouche|mis dans sa bouche|mis a la bouche|dans la bouche|dans sa bouche|a mange une|a mange un|mordu dans une|croque une',
    it: '=inghiottito|=inghiottita|=inghiotito|=inghiotitto|=inghiottitto|=inghiottio|=inghiottiti|=ingoiato|=ingoiata|=ingoiato|=ingoiatto|=ingerito|=ingerita|ha mandato giu|mandato giu|ha ingoiato|ha inghiottito|messo in bocca|messa in bocca|mette in bocca|in bocca una|in bocca un|mangiato una|mangiato un|morso una|morsicato',
    de: '=verschluckt|=geschluckt|=runtergeschluckt|=gschluckt|=verschlukt|=verschlugt|=abegschluckt|=hinuntergeschluckt|in den mund gesteckt|im mund gehabt|in den mund genommen|hat im mund|zerbissen|draufgebissen|reingebissen',
    ca: "s ha empassat|=empassat|=empassada|s'ha empassat|es va empassar|va empassar|s ha menjat|es va menjar|ficat a la boca|posat a la boca|a la boca|ha mossegat",
    pt: '=engoliu|=engolido|=engolida|=engolio|=engulio|=enguliu|=ingeriu|=ingerido|engoliu uma|engoliu um|pos na boca|colocou na boca|meteu na boca|enfiou na boca|na boca|mordeu uma|mordeu um',
    ar: 'بلع|بلعت|بلعات|بلعو|بلعه|بلعها|بلعتها|بلعاتها|ابتلع|ابتلعت|ابتلعه|ابتلعها|سرط|سرطات|سرطو|سرطها|زلط|بلع حاجه|حطها ف فمو|حطها في فمه|دخلها ف فمو|في فمه|في فمها|ف فمو|ف فمها|bla3|bl3at|bl3et|bal3et|bal3at|bala3|bal3|bla3ha|bl3atha|ibtala3|ebtala3|ibtala3et|btala3|sret|srat|srtat|sertat|zalat|f fommo|f fommha|f fmo',
  },
  /** What burns or pinches from inside: a button battery, any battery, magnets, a detergent pod. */
  corrosiveObject: {
    en: 'button battery|button batteries|button cell|coin battery|coin cell|lithium battery|watch battery|battery|batteries|batery|battary|batt|button batt|magnet|magnets|magnetic balls|magnet balls|buckyballs|laundry pod|laundry pods|laundry capsule|detergent pod|detergent pods|tide pod|washing pod|washing capsule|dishwasher pod|dishwasher tablet|dishwasher capsule|liquitab',
    es: 'pila|pilas|pila de boton|pilas de boton|pila boton|pila de litio|pila de reloj|pila del reloj|bateria|baterias|iman|imanes|imancito|bolitas magneticas|capsula de detergente|capsulas de detergente|capsula de lavadora|capsula del lavavajillas|pastilla del lavavajillas|pastilla de lavavajillas',
    fr: 'pile|piles|pile bouton|piles bouton|pile plate|pile au lithium|pile de montre|pile de la montre|batterie|aimant|aimants|billes magnetiques|capsule de lessive|capsules de lessive|dosette de lessive|pastille lave vaisselle|pastille de lave vaisselle',
    it: 'pila|pile|pila a bottone|pile a bottone|pila bottone|pila al litio|batteria|batterie|batteria a bottone|batteria al litio|calamita|calamite|calamitina|magnete|magneti|palline magnetiche|capsula di detersivo|capsule di detersivo|capsula della lavatrice|pastiglia per lavastoviglie|pastiglia della lavastoviglie',
    de: 'batterie|batterien|knopfzelle|knopfzellen|knopfbatterie|knopfbatterien|lithiumbatterie|uhrenbatterie|magnet|magnete|magneten|magnetkugeln|magnetkugel|waschmittelkapsel|waschmittelkapseln|spulmaschinentab|spulmaschinentabs|geschirrspultab',
    ca: 'pila|piles|pila de boto|piles de boto|pila de rellotge|bateria|iman|imant|imants|imans|boles magnetiques|capsula de detergent|capsules de detergent|pastilla del rentaplats',
    pt: 'pilha|pilhas|pilha de botao|pilhas de botao|pilha de relogio|pilha do relogio|bateria|baterias|bateria de botao|iman|imanes|ima|imas|bolinhas magneticas|capsula de detergente|capsulas de detergente|capsula de lava roupa|pastilha da maquina de loica|pastilha de lava loica',
    ar: 'بطاريه|بطاريات|البطاريه|بطاريه صغيره|بيله|بيلا|البيله|البيلا|حجره ديال الساعه|حجر الساعه|مغناطيس|مغناطيسات|المغناطيس|مغنطيس|كبسوله غسيل|كبسوله ديال الصابون|battariya|batariya|bataria|battaria|btarya|batterie|battery|pile|pila|magnet|maghnatis|mghnatis|meghnatis|aimant',
  },
  /** What cuts or pierces on the way down: a needle, a pin, a screw, a nail, a blade, glass. */
  sharpObject: {
    en: 'needle|pin|pins|safety pin|drawing pin|push pin|thumbtack|thumb tack|tack|tacks|screw|screws|nail|nails|razor blade|razor|blade|glass|piece of glass|bit of glass|broken glass|shard of glass|staple|staples|fish hook|earring back',
    es: 'aguja|alfiler|alfileres|imperdible|chincheta|chinchetas|tornillo|tornillos|tornillito|clavo|clavos|cuchilla|hoja de afeitar|cristal|cristales|trozo de cristal|vidrio|trozo de vidrio|grapa|grapas|anzuelo',
    fr: 'aiguille|epingle|epingles|epingle a nourrice|punaise|punaises|une vis|la vis|petite vis|des vis|clou|clous|lame|lame de rasoir|rasoir|verre|bout de verre|morceau de verre|eclat de verre|agrafe|agrafes|hamecon',
    it: 'un ago|l ago|ago da cucito|aghi|spillo|spilli|spilla|spilla da balia|spillone|puntina|puntine|una vite|la vite|vitina|chiodo|chiodi|chiodino|lametta|lama|vetro|pezzo di vetro|vetri|scheggia di vetro|graffetta|graffette|amo',
    de: 'nadel|nahnadel|stecknadel|sicherheitsnadel|reisszwecke|reissnagel|pinnnadel|schraube|schrauben|schraubchen|nagel|rasierklinge|klinge|glas|glasscherbe|glassplitter|scherbe|scherben|tackerklammer|angelhaken',
    ca: "agulla|agulla de cap|agulles|imperdible|xinxeta|xinxetes|clau|claus|ganiveta|fulla d'afaitar|vidre|tros de vidre|vidres|grapa|ham",
    pt: 'agulha|alfinete|alfinetes|alfinete de seguranca|tachinha|tachinhas|percevejo|parafuso|parafusos|prego|pregos|lamina|gilete|vidro|caco de vidro|pedaco de vidro|vidros|agrafo|grampo|anzol',
    ar: 'ابره|الابره|ابرة|دبوس|الدبوس|مسمار|المسمار|برغي|البرغي|بوليه|شفره|الشفره|زجاج|الزجاج|قزاز|ازاز|القزاز|الزاج|ibra|ebra|dabbous|dabous|msmar|mesmar|mosmar|bor8i|borghi|zjaj|zujaj|9zaz|ezaz|2zaz',
  },
  /** What a toddler swallows whole: a coin, a Lego piece, a marble, a bead, a button, an earring, a ring. */
  smallObject: {
    en: 'coin|coins|penny|pennies|dime|nickel|lego|lego piece|lego brick|toy part|part of a toy|piece of a toy|small toy|little toy|tiny toy|small toy part|small plastic piece|piece of plastic|marble|marbles|bead|beads|button|earring|ring|bottle cap|bottle top|pebble|small stone|key|hair clip|bobby pin|crayon|eraser|water beads|orbeez',
    es: 'moneda|monedas|monedita|pieza de lego|pieza de un juguete|lego|trozo de juguete|juguete pequeno|canica|canicas|bolita|bolitas|abalorio|abalorios|boton|pendiente|anillo|tapon|piedrita|piedrecita|llave|horquilla|goma de borrar|bolitas de gel|hidrogel',
    fr: 'une piece|la piece|sa piece|des pieces|piece de monnaie|pieces de monnaie|piece de 1 euro|piece d un euro|piece de 2 euros|lego|piece de lego|morceau de jouet|petit jouet|bille|billes|perle|perles|bouton|boucle d oreille|bague|bouchon|caillou|petit caillou|cle|barrette|gomme|perles d eau|orbeez',
    it: 'moneta|monete|monetina|monetine|centesimo|lego|pezzo di lego|pezzo di un gioco|pezzettino di plastica|pezzo di giocattolo|pezzetto di un gioco|giocattolo|giochino|biglia|biglie|pallina|perlina|perline|bottone|bottoncino|orecchino|anello|tappo|tappino|sassolino|chiave|forcina|mollettina|perle d acqua',
    de: 'munze|munzen|geldstuck|geldstucke|centstuck|cent stuck|euromunze|legostein|legosteine|lego|legoteil|spielzeugteil|teil vom spielzeug|kleinteil|kleinteile|murmel|murmeln|perle|perlen|knopf|ohrring|ring|kronkorken|steinchen|kieselstein|schlussel|haarklammer|radiergummi|wasserperlen',
    ca: 'moneda|monedes|peca de lego|lego|tros de joguina|joguina petita|bala|bales|boleta|perla|perles|boto|arracada|anell|tap|pedreta|forquilla|goma d esborrar',
    pt: 'moeda|moedas|moedinha|peca de lego|pecinha|lego|peca de brinquedo|brinquedo pequeno|bolinha de gude|berlinde|berlindes|missanga|micanga|botao|brinco|anel|tampinha|pedrinha|chave|gancho de cabelo|borracha|bolinhas de gel|orbeez',
    ar: 'عمله معدنيه|عمله نقديه|قطعه نقديه|قطعه معدنيه|فلوس|الفلوس|قطعه ديال الفلوس|مصاري|المصاري|بيزات|حديده|لعبه صغيره|قطعه ديال اللعبه|حبه ديال اللعبه|خرزه|خرز|بوطونه|خاتم|سداده|مفتاح|ليغو|ليجو|3omla ma3daniya|3omla ma3daneya|flous|floos|flus|masari|masare|bizat|7dida|kharaza|boutona|bouton|khatem|lego',
  },
  /** A hand on the throat or the neck, or turning blue: something in the airway. */
  throatGrab: {
    en: 'holding his throat|holding her throat|holds his throat|holds her throat|grabbing his throat|grabbing her throat|grabbing at his throat|clutching his throat|clutching her throat|hand on his throat|hands on his throat|hand on her throat|hands on her throat|hands around his neck|hands to his throat|hands to her throat|touching his throat|touching her throat|pointing at his throat|pointing to his throat|pointing at her throat|pointing to her throat|turning blue|gone blue|went blue|lips are blue|lips going blue',
    es: 'se toca la garganta|se agarra la garganta|se coge la garganta|se sujeta la garganta|se lleva la mano a la garganta|se lleva las manos a la garganta|se lleva las manos al cuello|con las manos en el cuello|con la mano en la garganta|senala la garganta|se esta poniendo morado|se pone morado|se puso morado|se esta poniendo morada|se puso morada|se pone azul|labios morados',
    fr: 'se touche la gorge|se tient la gorge|se prend la gorge|attrape sa gorge|la main sur la gorge|les mains sur la gorge|les mains sur le cou|montre sa gorge|devient bleu|devient bleue|devient violet|devient violette|levres bleues',
    it: 'si tocca la gola|si tiene la gola|si prende la gola|si afferra la gola|si porta le mani alla gola|si porta la mano alla gola|mano sulla gola|mani sulla gola|mani al collo|indica la gola|diventa viola|diventato viola|diventata viola|diventando viola|diventa blu|labbra blu|labbra viola',
    de: 'fasst sich an den hals|greift sich an den hals|greift an den hals|halt sich den hals|halt sich am hals|hand am hals|hande am hals|zeigt auf den hals|wird blau|lauft blau an|blau angelaufen|lippen sind blau|blaue lippen',
    ca: "es toca la gola|s agafa la gola|s'agafa la gola|la ma a la gola|les mans a la gola|les mans al coll|assenyala la gola|es posa morat|es posa morada|s esta posant morat|llavis blaus",
    pt: 'poe a mao na garganta|poe as maos na garganta|mao na garganta|maos na garganta|maos no pescoco|leva a mao ao pescoco|leva as maos ao pescoco|leva a mao a garganta|segura a garganta|agarra a garganta|mexe na garganta|aponta para a garganta|ficando roxo|ficou roxo|ficando roxa|ficou roxa|esta roxo|esta roxa|labios roxos',
    ar: 'شاد حلقو|شادة حلقها|شاد حلقه|ماسك حلقه|ماسكه حلقها|ماسك رقبته|حاط ايدو على حلقو|حاط يدو على رقبتو|ايدو على حلقو|ايديه على حلقو|ايدو على رقبتو|كيشد ف حلقو|كتشد ف حلقها|بيمسك رقبته|عم يمسك رقبتو|ازرق|زرق|تزرق|مزرق|وجهو زرق|chad 7al9o|kaychd f 7al9o|katchd f 7al9ha|masek ra2abto|zre9|zra9|tzra9',
  },
  /** Drooling, gagging, retching on nothing, not swallowing the saliva: what a stuck object does. */
  drool: {
    en: 'drooling|droolin|drools|dribbling|gagging|gags|keeps gagging|retching|cant swallow his spit|cant swallow her spit|cant swallow his saliva|cant swallow her saliva|spitting up saliva|refuses to eat|wont eat|wont drink',
    es: 'babeando|babea|baba mucho|echando babas|arcadas|no traga la saliva|no puede tragar la saliva|no quiere comer|no quiere beber',
    fr: 'bave|bavouille|bave beaucoup|haut le coeur|hauts le coeur|avale pas sa salive|n avale plus sa salive|refuse de manger|refuse de boire',
    it: 'sbava|sbavando|sbava tanto|bava|conati|conati di vomito|non deglutisce la saliva|non riesce a deglutire la saliva|non vuole mangiare|non vuole bere',
    de: 'sabbert|sabbern|sabbert stark|speichelt|wurgt|wurgen|wurgereiz|schluckt den speichel nicht|will nicht essen|will nicht trinken|verweigert das essen',
    ca: 'bava|fa bava|baveja|bavejant|arcades|no s empassa la saliva|no vol menjar|no vol beure',
    pt: 'babando|babando muito|a babar|baba muito|ansia de vomito|ansias de vomito|nao engole a saliva|nao consegue engolir a saliva|nao quer comer|nao quer beber',
    ar: 'كيسيل ليه الريق|كيسيل ليها الريق|كيسيل ليه اللعاب|ريالتو|ريالتها|كيريل|كتريل|بيريل|عم يريل|بريل|مش قادر يبلع ريقه|ما قادرش يبلع|ما بغاش ياكل|كيتقيا والو|kaysil lih riq|kayril|katril|3am yril|ma bghach yakol',
  },
} satisfies PhraseTable<string>;
