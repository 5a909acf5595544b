/**
 * Everyday words per language: what people write around a question in a chat
 * ("honestly it's been bugging me for ages", "ya lo intenté y nada", "ehrlich
 * gesagt nervt das echt"), as opposed to what the question is about.
 * Retrieval weighs a word the business's texts never use as a possible topic
 * the business does not cover (domain/unit-index.ts); an everyday word it
 * never uses is only filler, and may weigh much less.
 *
 * In normalised form (normalise in ../text.ts: lowercase, no accents,
 * apostrophes as it handles them), after chat shorthand is spelt out
 * (../abbreviations.ts), so no stopword (../stopwords.ts) and no shorthand
 * key appears here. German is also listed as foldGerman reads it.
 *
 * Left out on purpose, since a business may or may not offer or decide them:
 * every word that raises a concept of the lexicon (./concepts.ts; the tests
 * check it), and nouns of what a business sells, offers or has (services,
 * products, body parts, animals, rooms, payment, prices, times), days,
 * months, numbers, times of day, places, people's relatives and ages,
 * symptoms and fear, waiting and lateness, sizes and lengths, and the words
 * of complaints. When in doubt a word is left out: then it weighs as any
 * word the business never wrote.
 */
import { isArabicScript, isLaughter } from '../text.js';
import type { TextLanguage } from '../languages.js';
import { foldGerman } from '../stem.js';

const list = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));
const folded = (s: string): ReadonlySet<string> => new Set([...list(s)].flatMap((w) => [w, foldGerman(w)]));

/**
 * English as it is typed in chat: verbs of saying, thinking, hoping and trying in their everyday forms
 * (said, hoping, tried, managed, bothered, forgot), reactions (annoyed, glad, weird, awkward), hedges and
 * intensifiers (rather, honestly, lowkey, deffo), time words that are not about a booking (ago, lately,
 * nowadays, once), quantities (couple, bunch, loads), generic nouns and adjectives (story, point, real,
 * different), interjections, shorthand and misspellings (ugh, smh, tbf, alot, realy, prolly).
 */
const ENGLISH = `
  abit absolutely accordingly across admittedly afaik again against ago agree agreed ah ahh allegedly almost along
  alot altho although always amazing amazingly among annoy annoyance annoyed annoying annoyingly annoys another
  answer answered anyhoo anyhow anymore anyways apologies apparently asked assume assumed assuming attempt attempted
  awesome awfully awkward awkwardly bad barely basic bcos bcs bcuz beautifully became because become becomes becuz
  believe believed besides best bet better bored boring both bother bothered bothering bothers bothersome brilliant
  bruh bunch case cause certain certainly chance chances chiefly clearly completely confused confusing consequently
  constantly continually cool cos crazy cringe cringy curious currently cute damn dang deadass dealt decent decide
  decided deciding def deffo defo despite different difficult dodgy doin dope doubt doubts dude dumb each easy eh
  ended enjoy enjoyed enormously enough entirely epic er erm esp especially essentially
  eventually every everybody everyone everything evidently excited exciting excuse exhausting extremely fab
  fabulous fact fairly fantastic fascinating fed feel feelin feeling feels felt few figure figured finally find
  finding finds finish finished forget forgets forgetting forgot forgotten fortunately found fr frankly frequently
  frustrated frustrating frustration fully fundamentally funny furthermore fyi geez general generally genuinely gets
  gettin glad goin good gorgeous gosh grateful great gross guessing handle handled happening happy hard
  hardly hate hated hates hating havin heaps hear heard hearing heck hell helped helping helps hence herself
  highkey highly hilarious himself hm hmm honest honestly hope hoped hopefully hopes hoping however huge hugely idea
  iirc ikr imagine imagined imho imo important incredible incredibly indeed insane insanely instead interesting irl
  irritated irritating jeez jk joke joking kept kind largely lastly lately laugh laughing least legit legitimately
  less life lightly liked likely likes listen listened lit lived lives living lmfao loads lookin loved lovely loves loving
  lowkey luck luckily lucky mad main mainly majorly manage managed manages managing marvellous marvelous massively
  matter mean meaning means meant meantime meanwhile meh mentioned merely mess mind minded moment more moreover most
  mostly nasty naw nearly neat neither never nevermind nevertheless new news nice nobody none nonetheless noone
  nope nor normally nothin nothing nowadays nowhere nvm obvi obviously obvs occasionally odd oddly often oh ohh
  okayish old once onto ooh oops otherwise ourselves part partially particularly partly past people perfectly
  personally plenty plus point possibly practically precisely prefer preferred presumably previous previously
  primarily prob probs prolly proper purely put puts putting quick random randomly rarely rather read reading real
  realise realised realising realize realized realizing realy reason recall recent recently reckon regardless
  regularly relieved remember remembered remembering remembers replied reply reportedly ridiculous ridiculously right
  rlly rly rofl sad sadly said saw say sayin saying says sb seem seemed seemingly seems seldom sense seriously
  several silly similar simple simply situation slightly slow smh smth solely someday somehow somethin
  sometimes somewhat sorry sort specifically srsly started starting starts sth story strange strangely struggle
  struggled struggles struggling stupid suddenly sumthing suppose supposed supposedly supposing surely surprised
  surprising swear sweet talked tbf telling tells tend tended tends terribly terrific themselves therefore thinkin
  thinking thinks tho through thus tiny told ton tons totes toward towards tried tries trouble true truly truthfully
  try tryin trying turned turning turns twice type typically ugh uh uhh um umm unbelievable understand understood
  unfortunately unless unlikely unlucky upon urgh usual usually various via virtually watch watched watching weird
  weirdly well welp whatev whatever whatevs whenever whereas wherever whether whichever whoa whoever whoops wild wish
  wished wishing within without wondered wonderful world worse wow written wrong wrote xd xoxo xx yay yikes
  yourselves yuck`;

/**
 * Spanish of Spain and Latin America: verbs in their chat forms (dije, creo, intenté, me olvidé, aguanto),
 * feelings (harta, agobiada, flipando, me mola), intensifiers and hedges (bastante, demasiado, igual, quizás),
 * time words that are not about a booking (todavía, últimamente, hace un rato), generic nouns and adjectives
 * (rollo, tema, movida, raro, chulo), fillers of every region (jo, ostras, vaya, wey, che, chévere, neta,
 * posta, parce) and chat spellings (aver, enserio, jajaja, intentao).
 */
const SPANISH = `
 coge cogen coger cogeis cogemos cogido cogio cogia
 pasas pasais pasan pasame pasadme pasarme pasarnos enviaros enviarte mandaros mandarte mandame mandadme
 absolutamente acabado acabao acabe acabo acordaba acordarse acuerdo ademas agobia agobiada agobiado agobio aguantar
 aguanto ala alguien alucinando alucinante alucino ambas ambos anda anterior antigua antiguo aparentemente apenas
 apetece asunto aun aunque aver ay ayy bacan bacanisimo bacano bah barbaro basicamente bastante bastantes bno boluda
 boludo bonita bonito bue bueh buena buf buscaba buscando busco cabrea cabreada cabreado capaz carnal casi caso
 chamo che chevere chido chidos chula chulo cierta cierto claramente claro comentado comentaron comente comento
 compa completamente complicada complicado conazo conoce conocia conozco consegui conseguido conseguimos conseguir
 conseguiste consigo contaba contado contaros contarte conte contenta contento conto copada copado cosas cree creer
 crees creia creiamos creo cualquier cualquiera cuate cuentan cuento culpa cuyo dado dale decimos decir dejado dejar
 deje dejo demas demasiada demasiado demasiados detesto di dice dicen dices dicho diciendo diferente diferentes
 dificil dificiles digamos digo dije dijeron dijiste dijo dio dios diria dirias distinta distinto doy eh ehh empece
 empezado empezar empezo encanta encantada encantado encantan encantaria encanto encima encontrado encontre enorme
 enserio entender entendi entendido entera entero entiende entiendes entiendo epoca escuchado escuche esperaba
 espero estaba estaban estado estupendo estuve estuvo extrana extrano facil falta fastidia fastidio
 fastidioso fea feliz feo flipa flipando flipante flipo forma fuera fueron fui fuimos gana ganas general genial
 gente guay guey gusta gustaba gustado gustan gustaria gusto habia habria hacia haciamos harta harto hartos hecho
 hice hicieron hicimos historia hizo hmm hostia hostias hubiera hubo iba ibamos idea igual imaginaba imaginate
 imagino importante incluso increible increiblemente intentado intentamos intentando intentao intentar intente
 intento jamas jiji jo jode joder jodida jodido jolin jsjs justo lado
 lei leido lenta lento liada liado liao linda lindo lio literalmente logre logro luego mae maje mala malas malisimo
 malo malos manera mega mejor menos mientras mierda mirado mirando mirar mire misma mismamente mismas mismo mismos
 mm modo mogollon mola molaba molan momento monton montones mosqueada mosqueado movida muchisima muchisimo muere mundo
 nada nadie nc neta netas ni ningun ninguna ninguno nms nono notaba note noto nueva nuevo obviamente obvio odia
 odiaba odiado odio oi ojala okis olvida olvidaba olvidado olvidar olvidarse olvide olvido osti ostia ostras otra
 otras otro otros padrisima padrisimo pana parce parcero parece parecen parecer parecia parecida parecido parecio
 parte pasaba pasada pasado pasando pasao pasaron pase paso pena pensaba pensando pensar pense peor perfecto pero
 personalmente pesada pesadilla pesado piensa piensas pillar pille pillo pobre podia pone pongo poquita poquito
 porque posiblemente posta practicamente precisamente probablemente probado probamos probando probe propia propio
 pruebo ps pude pudo puesto puf puse quedado quede quedo quiza quizas rapida rapidamente rapido rara raras raro
 raros ratito rato rayada rayado razon real recien recientemente recordaba recuerda recuerdo rollo sabes sabia sali
 salido salio seguia sencilla sencillo senti sentia sentido sentimos sentir sera seria serian serio sido sienta
 sientes siento sigo sigue similar simplemente sinceramente sino sisi solamente solia soporto sorprendida
 sorprendido sorpresa suele suelo suerte sumamente supe supone supongo suponia tal tampoco tan tanta tantas tanto
 tantos tema temporada tendra tenia tenias terminado termine termino todavia total totalmente tranquila tranquilo
 tratado tratando tremenda tremendo triste tuve tuvo uf uff ultima ultimamente ultimo uy uyy varias varios vato
 vaya vdd venga venia veo ver verdad ves vi vida vieja viejo vinimos viste visto vos wey wn xd xfi vengo viene
`;

/**
 * French of France, Québec, Belgium and Switzerland: verbs as they are written (pensais, essayé, ça
 * m'énerve, j'ai oublié, jsais, jai, cest), feelings (marre, chiant, relou, ravi, dégoûté), hedges and
 * intensifiers (carrément, tellement, plutôt, quasiment), time words that are not about a booking
 * (récemment, longtemps, parfois), generic nouns (truc, souci, galère), Québécois fillers
 * (pis, tsé, faque, pantoute, coudonc) and chat slang (mdr, ptdr, wesh, zarma, ptn).
 */
const FRENCH = `
 actuellement adorais adore adorer agacant agacante agace agacee ah aie ailleurs aimais aime aimer
 aimerais ainsi allais ancien ancienne apparemment arrivais arrivait assez aucun aucune aucunement auparavant aurais
 aurait auront autant autre autres avaient avais avait bail bails beau beh belle besoin bin bizarre bizarrement bof
 bol boloss bonne bordel bouffon calisse capote capoter carrement cas cependant certain certaine certainement
 certaines certains certes cest cetait chacun chacune chais chance chances chanmax chelou chiant chiante chiants 
 clairement comme commence commencer completement complique compliquee comprenais comprend comprends connais
 connait constamment content contente contents continue continuer cool copain copains copine correct cote coudonc
 criss crois croit croyais croyait croyions curieusement dailleurs davantage degoute degoutee demandais demandait
 derange deranger dernier derniere dernierement desole desolee desoles desormais deteste detester devais
 devait devenu devenue devient different differente differents difficile dingue dirais dirait dire directement dis
 disais disait disent disions dit dont drolement dur effectivement eh embetant embetante embete embeter enervant
 enervante enerve enervee enerver enfait enorme ensemble ensuite entendu entier entiere entierement envie esperais
 espere esperons essaie essayais essaye essayer etaient etais etait etonne etonnee etrange etrangement eu euh eux
 eventuellement evidemment extraordinaire extremement facile facon faisais faisait fak fallait
 fantastique faque faudrait finalement fini finir finis fois folle forcement formidable fou frequemment galerais
 galere galerer genant genante general generalement genial geniale gens gentil gentille gere gerer habituellement
 hamdella hamdellah hamdolah hamdoulah hamdoullah hamdulillah hamdullah heu heureuse heureusement heureux histoire hmm honnetement hop hum hyper idee important importante
 inchallah incroyable incroyablement jai jaurais javais jcomprends jcroi jcrois jen jetais jme joli jolie jpense
 jsais jte justement jvais jy kif kiff kiffant kiffe kiffer laisse laisser laquelle largement legerement lent lente
 lentement lequel lesquels limite longtemps lorsque lu machin magnifique malgre malheureusement maniere marchait
 marre mauvais mauvaise mega meilleur meilleure merde mets mettons mettre mieux minuscule mis miskine
 moins monde mouais nan naturellement neanmoins niaiser niaiseux nickel nimporte niveau notamment nouveau nouvel
 nouvelle nullement oh ohlala olala osti ostie ouai ouaip ouais oubliais oublie oublier ouf oula oulala oups
 pantoute parce pareil pareille parfaitement parfois parti particulierement partie passee penible penibles pensais
 pensait pense penser penses pensions personne personnellement pire pis plein pleinement plusieurs plutot
 possiblement pote potes pourrait pourtant pouvais pouvait precedent precedente precisement presque probablement
 ptetre ptit ptite ptits ptn pu puisque punaise puree putain quasi quasiment quelquechose 
 quelquun quil quils quoique quon raconte raconter raison rapide rapidement rarement ras ravi ravie recemment
 reellement relativement relou remarque remarquer retrouve retrouver reussi reussie reussir reussis rudement
 sacrement sah saoulant saoule savais semblait semble sens sent sentais sentir sera serais serait
 serieusement serieux seront sest seul seule seulement seuls simple simplement sincerement sinon soit sorte souci
 soucis soulant soule souvenir souvent souviens souvient starfoullah superbe surement surpris surprise surtout sympa
 tabarnak tandis tannant tanne tant tas tavu telle tellement telles tels tente tenter tjr top totalement toutefois
 triste trouvais trouve trouver truc trucs tsais tse ultra uniquement vecu venait vener veritablement vie
 vieille vieux visiblement vite voila voir voire vois voit voulu voyais vrai vraie vrmt
 vu wallah wesh wlh wow wsh yaura yavait yen zarma zut venu venue viens vient
`;

/**
 * Italian as it is typed, with Roman, Neapolitan and northern colloquial forms: verbs (pensavo, ho
 * provato, mi scoccia, mi sono dimenticata), feelings (stufo, seccata, contento), hedges and
 * intensifiers (parecchio, piuttosto, mica, manco, un po'), time words that are not about a booking
 * (ultimamente, ormai, spesso), generic nouns (roba, casino, attimo), and fillers (mah, uffa, mannaggia,
 * daje, anvedi, aò, uè, jamme, ahah).
 */
const ITALIAN = `
 abbastanza abito accidenti accipicchia accorta accorto adora adoro affare affatto ahah ahia ahime
 aho almeno altra altre altri altrimenti altro amica amiche amici amico ammazza amo andata andato annamo anvedi anzi
 ao aoh appena appunto assolutamente assurda assurdo attimo aveva avevano avevo avrebbe avuto bah bella belle belli
 bellissima bellissimi bellissimo bello benche botto bro brutta brutto buffa buffo buona buono cacchio capire
 capisco capita capitata capitato capito capperi carina carinissimo carino casino caso caspita cattiva cattivo
 cavolo cazzo cercando cercato cerco certa certo chiaramente chiesto chiunque ciascuna ciascuno cielo collega
 colleghi cominciato completamente complicata complicato conosce conosco contenta contentissima contentissimo
 contento continua continuamente continuare cose cosetta cosi cosina coso crede credevamo credevo credi credo
 creduto curiosa curioso daje dare dato dava de decidere decisamente deciso detesto detto diamine dice diceva
 dicevano dicevo dici diciamo dico dicono difatti difficile dimenticare dimenticata dimenticato dimenticavo
 dimentico dio dire disperata disperato diventata diventato diversa diverse diversi diverso divertente divertenti do
 dovunque eh eheh ehm eja emozionata emozionato enorme entrambe entrambi entusiasta eppure erano eravamo eri ero
 estremamente eventualmente facile fantastico fatto felice fiducioso fighissimo figo figurarsi figurati finalmente
 finche finire finito folle fondamentalmente fortuna fortunatamente fosse fossi francamente frate ganzo gente
 gentilissimo gestire gestito giusta giusto guaglio guardato idea imbarazzante immaginavo
 immagino importante improvvisamente incavolato incazzata incazzato incredibile incredibilmente infastidisce infatti
 iniziato inoltre insieme insomma invece ja jamme lasciare lasciato lascio lato leggermente letteralmente letto li
 macello madonna magnifico mah manco maniera mannaggia marea matta matto meglio mentre meraviglioso messo
 mettere metto mica migliore minchia miseria mitico mito mo modo moltissima moltissimo momento mondo motivo mucchio
 na neh nessuna nessuno niente noiosa noioso nonostante notato nu nulla nuova nuovo
 oddio odia odiato odio ognuna ognuno oh oltretutto onestamente oppure oramai ormai ossia ottima ottimo ovunque
 ovvero ovviamente pare parecchi parecchia parecchio pareva parte particolarmente passata passato pazza pazzesca
 pazzesco pazzo peccato peggio peggiore pensa pensato pensavamo pensavo pensi penso peraltro perbacco perfettamente
 perlopiu personalmente persone pesante piacciono piace piacerebbe piaceva piaciuto pirla piuttosto po poche
 pochi pochino pochissimo poiche porca possibilmente potuto precedente precisamente preferirei preferisco preferito
 probabilmente provando provare provato provo punto purche purtroppo qualcosina qualsiasi qualunque quasi questione
 raccontato ragione raramente recente recentemente regaz ricorda ricordare ricordavo ricordo riesce riesco rimasto
 risposto riuscire riuscita riusciti riuscito roba robetta rompe rompere rompiscatole sacchi sacco santo sapevo
 saputo sara saranno sarebbe sarei sbagliare sbagliata sbagliato sbaglio scelto scema scemo scoccia scocciata
 scocciato scorsa scorso scritto scusami scusatemi sebbene seccata seccato sembra sembrato sembrava semo semplice
 semplicemente sentito sentivo sento seria serio siccome simile simpatica simpatico sinceramente situazione
 soddisfatto solamente solita solitamente solito soltanto soprattutto sorpresa sorpreso specialmente sperando
 speravo speriamo spero spesso splendida splendido stamo stava stavo ste sti storia strana
 strane strani strano stufa stufi stufo stupenda stupendo stupida stupido succede succedere successo suppongo tale
 tali talvolta tanta tante tanti tantissima tantissimi tantissimo tanto tipa tizia tizio tosto totalmente tranquilla
 tranquillamente tranquilli tranquillo triste troppa troppe troppi troppissimo troppo trovato trovo tuttaltro
 tuttavia tuttora uagliu ue uff uffa uguale ultimamente unicamente urca uscita uscito vabbuo vari varie vecchia
 vecchio vedere vedo vera vero vista visti visto vita volta volte voluto xd venuta venuto
`;

/**
 * German as it is typed, with Swiss, Austrian and northern forms: verbs (gesagt, hoffe, versucht, nervt,
 * vergessen, kapiert), feelings (froh, genervt, lästig), modal particles, hedges and intensifiers
 * (voll, mega, irgendwie, quasi, sowieso, ziemlich), time words that are not about a booking (neulich,
 * letztens, damals, ständig), generic nouns (Ding, Sache, Zeug, Kram), fillers (naja, boah, oje, digga,
 * gell, oida, leiwand, chli, öppis, huere). Written with ue/oe/ae for the umlauts; folded() adds the
 * ü→u spelling that foldGerman (stem.ts) reads.
 */
const GERMAN = `
 absolut drauf drin dran jetzt aeh aehm aehnlich aergerlich aergern aergert aetzend aeusserst ahnung albern alda allem allerdings alt alte
 anfangen angeblich angefangen anscheinend ansonsten anstrengend arg art aufgehoert augenblick ausserdem beide
 beiden beinahe bekam bekommen bekommt bescheuert besonders besser beste bestimmt bisch bischen bisher bislang
 bisschen bisserl bissi bloderweise bloed bloede bloederweise bloss boa boah
 bueschen chasch chli cool dachte dagegen damals damit dat denk denke denkst denkt dennoch digga diggah ding dinge
 diverse doof dumm dummerweise easy ebenfalls ebenso eher ehrlich ehrlicherweise eigenartig eindruck einige
 einigermassen einst endlich erinnere erinnern erinnert erneut erzaehlen erzaehlt etliche eventuell ewig
 exakt extrem ey faengt fall falls falsch fange fantastisch fehlt fesch find finde findest findet fragte freilich
 freue freuen freut froh fuehle fuehlen fuehlt gab gach gaell gaelled gaenzlich ganze ganzen gar garantiert garnicht
 geaergert geantwortet gebraucht gedacht gefehlt gefragt gefreut gefuehl gefuehlt gefunden gegangen gegeben geglaubt
 geguckt geh gehasst gehoert gehofft geil gekannt geklappt gekommen gekriegt gelassen gelaufen gelesen geliebt gell
 gelle gelohnt gelt gemacht gemeint gemerkt genauso genervt genial genommen gerade gereicht gesagt geschafft
 geschaut geschichte geschrieben gesehen gesprochen gestoert gesucht getan gewesen gewiss gewissermassen gewoehnlich
 geworden gewusst ging ginge glaub glaube glaubst glaubt gleiche gleichfalls glueck gluecklich gluecklicherweise
 grantig grossartig grossteils grund grundsaetzlich gscheid gschmarri gseh gsi gucke guckt gut gute haend
 halbwegs hammer han hani hasse hasst hauptsaechlich heast heftig herrlich hesch hin hingegen hm hmm hoechstens
 hoere hoert hoffe hoffentlich hoffst hofft huere idee immer immerhin insbesondere interessant interessanterweise
 inzwischen irgendein irgendeine irgendjemand irgendwann irgendwas irgendwelche irgendwer irgendwie irgendwo irre
 isch jahrelang jedenfalls jedoch jemals jemand jo joa kam kapier kapiert kaum keiner keinesfalls keineswegs keins
 kenne kennt kiek klappen klappt klar klasse komisch komischerweise komplett kompliziert
 kram krass kriege kriegt kuerzlich laengst laesst laestig laeuft langsam langweilig lasse leben lediglich leicht
 leider leiwand letztens lieb liebt lief logisch lohnt lust lustig machte manche manchmal mega mehr mehrere mei
 meinst meint meinte meinung meisten meistens merke merken merkt merkwuerdig mindestens mist mittlerweile moegen
 moeglicherweise moment muehsam nahm naja natuerlich ne nebenbei nee nerven nervig nervt nervtoetend nett neu neue
 neuer neulich nichts nie niemals niemand nimma nirgends noe noed normalerweise nuet obwohl och odr oefters oepper
 oeppis offenbar offensichtlich oft oh oha ohje ohnehin oida oje ojemine okay ordentlich paar passieren passiert
 passt ploetzlich praktisch prima probiere probieren probiert puh punkt quasi recht reicht relativ richtig
 sache sachen sag sage sagen sagt sagte sah schade schaffe schaffen schaffst schafft schaue schaut scheinbar
 scheinen scheint scheisse schlecht schlechter schlechteste schnacken schnell scho schwer schwierig sehe seitdem
 seite seither selber selbst selbstverstaendlich selten seltsam sicherlich siehst sieht situation sobald sodass
 soeben solange solche solcher solches sonderbar sonst sonstige sonstwas sowas sowieso sozusagen spannend
 staendig stattdessen stimmen stimmt stoeren stoerend stoert stueck suche sucht super tatsaechlich teil teilweise
 thema tja toll traurig trotz trotzdem tuedelig ueberall ueberaus ueberhaupt ueberraschenderweise ueberwiegend
 ueblich uebrigens uff ungemein unglaublich unheimlich ur urgut verdammt vergass vergesse vergessen vergisst
 vermutlich verrueckt verschiedene verstanden verstehe versteht versuche versuchen versuchst versucht voellig voll
 vorhin vorwiegend waehrend waere wahnsinn wahnsinnig wahr wahrscheinlich wat weise welt weng weniger wenigstens
 werde wichtig wieder wirst witzig witzigerweise wohl woll wott wow wuensche wuenschte wunderbar wusste xd zach zeug
 zudem zumindest zusammen zwingend zwischendurch komme kommen kommst kommt
`;

/**
 * Catalan and Valencian: verbs in their chat forms (dic, pensava, espere, m'emprenya, he oblidat),
 * feelings (farta, rallada, content, flipant), intensifiers and hedges (bastant, massa, gairebé, potser,
 * força, prou), time words that are not about a booking (últimament, una estona, sovint), generic nouns
 * and adjectives (rotllo, embolic, assumpte, estrany, xulo), Valencian forms (xe, eixe, vore,
 * estoneta) and fillers (ostres, renoi, carai, apa, vinga, buah).
 */
const CATALAN = `
 absolutament acabat acabe acabo aconsegueixo aconseguida aconseguim aconseguir aconseguit aconseguiu acord ademes
 agobia agobiada agobiat agrada agradara agradaria agradarien agradat agradava agraden aguante aguanto ai ala
 allucine altra altre altres alucine ambdos ambdues amic amics amiga amigues anat anava anterior antic antiga apa
 apali aparentment apenes apeteix assumpte au avorreix avorrida avorrit bah basicament bastant bastants bones bonic
 bonissim bonissima brutal bua buah buf buscant busco busque cadascu cadascun carai cas casi cert certa clar
 clarament collega collegues collons collonuda collonut comencar comencat comence comenta comentat comentaven
 comente completament complicada complicat conec coneix coneixia constantment contat conte content contenta contents
 cop cops coses crec cregut creia creies creu creus culpa debo dedebo deia deien deixat deixe deixo demes dic diem
 dient dieu dificil diga diguem diguerem digueren digueres digues dir diria distint distinta diu diuen dius diverses
 diversos dolent dolenta dolentes dolents donat eh ei eixa eixe eixes eixit eixos embolic empipa empipat emprenya
 emprenyada emprenyat encanta encantada encantaria encantat encantava encanten enorme entenc entenia entens entes
 entesa epoca esperava esperaves espere esperem espero estar estat estava estaven estona estoneta estrany estranya
 estupend extremadament facil falta fantastic fart farta farts fastigueja feia feiem feien felic fet feta fi
 flipa flipant flipat flipe fora forca foren forma gaire gairebe gaires gana ganes general generalment genial gens
 gent guai habitualment hagues havia historia hmm hosti hostia idea igual imagina imagine imagino inclus increible
 increiblement intentant intentar intentat intente intento jamai justament lent lenta
 liada liat literalment llegit lleig lletja lleugerament malament manera massa mateix mateixa mateixes mateixos mec
 mega mentre menys meravellos meravellosa merda millor mirat mire mode moltissim moltissima moment mon ningu nono
 notat note noto nova nyas oblida oblidar oblidat oblide oblido obviament odia odiava odie odio ondia ostia ostres
 part particularment passada passant passat passava passe pena pensa pensat pensava pensaves penses penso
 perfectament perfecte pero perque personalment pesada pesadilla pesat pillar pillat pille pitjor podia pogut poquet
 poqueta pos posat pose poso possiblement potser practicament precisament probablement propia prou provant provar
 provat provo qual qualcu qualcuna qualsevol qualsevulla quasi queda quedat quede quelcom rallada rallat rao rapid
 rapida rapidament rar rara rarament rares rars ratllat real recentment recorda recordava recorde recordo redeu
 renoi res rollo rotllo sabeu sabia sabut saps segueix seguia seguit seguix segurament sembla semblant semblants
 semblat semblava sencer sencera sent sentia sentim sentit sents senzill senzilla sera seria serien serios seriosa
 simplement sincerament sino sisi solament solia sorprenent sorpres sorpresa sort sovint suporte suporto suposa
 supose suposo tal tampoc tan tant tanta tantes tants tema temporada tenia tenies tia tingut tio total totalment
 tothom tranquil tranquila trist trista trobat trobe trobo uf ui ultim ultima ultimament unicament vaja varies
 varios vatua veig vejam vell vella venia veritat ves veure veus vida vinga vingut vist vore vorem
 voreu xd xe xula xulissim xulo ve vens vinc
`;

/**
 * Portuguese of Brazil and Portugal: verbs in their chat forms (acho, falei, tentei, esqueci, reparei),
 * feelings (chato, chateado, irritado, contente), intensifiers and hedges (bastante, demais, meio,
 * talvez, se calhar), time words that are not about a booking (ultimamente, ainda, já faz), generic nouns
 * (coisa, treco, cena, negócio), regional slang (massa, maneiro, bacana, fixe, porreiro, bué, giro, uai,
 * oxente, bah, tchê) and chat spellings (kk, rsrs, vish, aff, mds, pqp).
 */
const PORTUGUESE = `
 mana manas mano manos absolutamente menos logo porque acabei acabou acaso acha achamos achar acharam achas achava achavam achei acho aconteceu acontecia
 acreditar acredito admito adora adorar adorei adoro afe aff affs afinal aguentar aguento ainda alguem alias amar
 ambas ambos amei amigas amigos amo anterior antiga antigo aparentemente apenas apetece assim assunto bacana bacano
 bah basicamente bastante bastantes beleza bizarra bizarro bolas bonita bonito bora brutal bue bues calhar caraca
 caralho caramba caso cena cenas certa certo chata chateada chateado chateia chato chatos claramente claro coisas
 coisinha colega colegas coloquei comecar comecei comecou comentei comentou completamente complicada complicado
 confesso conhece conheco consegui conseguido conseguimos conseguir conseguiu consigo constantemente contar contei
 contente contentes continua continuar continuo contou contudo costuma costumava costumo credo creio culpa curti
 curtir curtiu dado dei deixar deixei deixou demais demasiado desconfio detesto deu deus diferente diferentes
 dificil digo disse disseram distinta distinto dito diz dizem dizemos dizendo dizer dizes dizia diziam dms doida
 doido droga duvidar duvido ein eita ena enche encontrado encontrei enerva enfim enorme entende entender entendes
 entendi entendo epa epoca eram esperamos esperava espero esquecer esqueceu esqueci esquecido esquisita esquisito
 estava estavam esteve estive estranha estranho extremamente facil falei falou falta fantastica
 fantastico fato feia feio feito feliz felizes fez fica ficado fico ficou fiquei fixe fiz fizemos foda fofa fofo
 fogo fomos forma frequentemente fui gaja gajo gente geral geralmente gira giro gosta gostado gostava gostei gosto
 habitualmente hein historia hmm hum ia iamos ideia igual imaginar imaginava imagino
 importante inclusive incrivel incrivelmente inteira inteiro irado irrita irritado jamais justo kk lado legal lembra
 lembrar lembrava lembrei lembro lenta lento levemente li lido ligeiramente literalmente louca louco ma maluca
 maluco maneira maneiro maravilhosa maravilhoso mas massa mau mds mega meio melhor merda mesma mesmas mesmo mesmos
 modo momento muitissima muitissimo mundo nada negocio nenhum nenhuma ninguem notar notei noto nova novo obviamente
 odeia odeio odiar odiei olha olhando olhar olhei opa ora otima otimo otimos outra outras outro outros oxala oxe
 oxente oxi pa pah parece pareceu parecia parecida parecido parte particularmente passada passado passei passou pena
 pensa pensando pensar pensava pensavam pensei penso perceber percebeu percebi percebo perco perdemos perderam perdeu perdi perfeitamente perfeito pesada
 pesado pessoal pessoalmente pintou pior podia porem porra porreiro pos possivelmente pouquinha pouquinho poxa pqp
 praticamente precisamente procurando procurei procuro pronto prontos propria proprio provavelmente pude pus puseram
 puts putz puxa quaisquer qualquer quase rapida rapidamente rapido raramente razao real recentemente reconheco
 reparar reparei rola rolou sabes sabia saco sai saido saiu sei semelhante sensacional sente senti sentia
 sentimos sentindo sentir seria seriam serio show simples simplesmente sinceramente sinistro sinto somente sorte
 soube suponho supor suporto talvez tamo tampouco tanta tantas tanto tantos tava tavam tche tentado tentamos
 tentando tentar tentei tento terminei terminou teve tinha tinham tive todavia tomara tomei tomou top tornou totalmente
 tranquilo treco triste tristes uai uau ue ultima ultimamente ultimo unicamente vamo varias varios ve vei veio vejo
 velha velho ver verdade vi vida vim vinha virou vish visto vixe vontade vindo
`;

/**
 * Arabic: Modern Standard, Levantine, Egyptian, Gulf and Moroccan Darija in Arabic script (قلت, بحس,
 * اتمنى, زهقت, مبسوط, بصراحه, اوي, وايد, زوين, داكشي, كاع), then the same registers in Latin letters
 * (Arabizi and Darija chat: wallah, inshallah, mashallah, fe3lan, bsara7a, mni7, kwayes, bardo, lessa,
 * ewa, zaama, dakchi, chwiya, ma3lesh). Words of the concept lexicon's Arabizi keys are left out, since
 * an Arabizi word is compared by its consonant skeleton (arabizi.ts).
 */
const ARABIC = `
  اتمني احب احس احسن احيانا اخر اخيرا اذا ارجو ازاي اساسا استطعت اسوا اشعر اشي اشياء اصبح اصلا اظن اعتقد اعرف اعلم
  اغلب اف افضل افهم اقل اقول اكتر اكثر اكره اكيد الامر الحمد الحمدالله الحمدلله الحياه الدنيا الموضوع الناس امر امم
  انتهيت انشاءالله انشالله اوف اوي ايضا بالتاكيد بالزبط بالصح بان بتذكر بجد بحاول بحب بحس بدات برده برضه برضو بسبب
  بشويه بصح بصراحه بظن بعتقد بعرف بعرفش بعض بقا بقول بقي بقيت بنسي بيقول بينما تاني تبارك تحفه تذكرت تري تفكرت تقريبا
  تكفي تماما ثاني جامد جديد جديده جذي جزء جميع جميل جميله حاجات حاجه حاسس حاسه حاضر حاول حاولت حبيت حدث حرام حزين
  حزينه حسيت حصل حظ حقا حقيقه حقيقي حلو حلوه حمدالله حياه حيل خالص خلص خوش داكشي دنيا ديجا ديما رايت رايع ربما رغم
  رهيب ريت زعما زمان زهقان زهقت زوين زوينه زي زين سبب سبحان سعيد سعيده سمعت سهل شاهدت شايف شايفه شعرت شفت شلون شوي
  شويه شيء صاحبتي صاحبي صار صارت صج صح صحابي صديقي صراحه صعب ضحكت طب طريقه طفشان طفشت طيب ظل ظنيت عاد عاده عادي عاديه
  عارف عارفه عاوتاني عاود عجيب عده عرفت عرفتي عشان عقلت علشان عنجد عندما غالبا غريب غريبه غلط فاش فاكر فاكره فرحان
  فرحانه فعلا فقط فكره فهمت قال قالت قالو قالوا قالي قاليا قدرت قديم قديمه قرات قلت قلتلك قلتلهم قوي كاع كال كدا كده
  كذا كلشي كله كلها كنحس كنشوف كنضحك كنظن كنعرف كويس كويسه كيبان كيفما لاحظت لان لانه لانها لانو لحظه لذلك لسا لسه
  لسي لقيت لكن لله لما ليه مازال ماشاءالله ماشالله ماعرفتش مافهمتش ماكاين مب مبسوط مبسوطه متحمس متحمسه متل مثل مثلا
  مجرد مجنون مرات مرتاح مرتاحه مزبوط مزعج مستغرب مستغربه مسكين مسكينه مش مشان مشكل معظم معلش معليش مفهوم مفيش
  ملي مليت ممتاز ممل منزعج منزعجه منشان منيح منيحه مهم مو موخرا موضوع نادرا ناس نحاول نسيان نسيت نشالله نوع هاداك
  هادشي هادوك هاديك هالشي هداك هدول هه هيك والله وايد وجدت ولات يارب ياربي ياريت ياك ياكما يعني يقول

  2al 2alet 2awi 2issa 2olt 3ajib 3alashan 3anjad 3awtani 3jib 3njd 3reft 7aga 7amdella 7aram 7asa 7ases 7asis 7az
  7azin 7it 7ita 7na 9awi 9olt a2al a5iran a7yanan abadan afdal ahyanan akhir akhiran aktar akthar aslan asln aswa2
  awa awi b7al ba9i baqi barda bardo bchwia begad bgad bhal bjad bsara7a bzf chft choft chouf chwia chwiya dakchi
  denya dert derti dija dunya e5er eshi ewa fa fach fahem farhan fe3lan fekra fer7an fhamt fhemt fi3lan fih fiha
  fikra fiya fkert ga3 ga7ed gal galt gamed ghalat ghaliban ghalta ghrib ghriba glt gltlk gotlek goult hadchi haga
  hamdella hamdellah hamdlah hamdolah hamdoulah hamdoullah hamdulillah hamdullah hamdullilah hayat heik hekk hh inchallah inshallah ishi iwa jadid jamil jdid jdida jit kan3ref
  kan7ass kan7ess kanchof kanchouf kandir kanfker kangoul kanqol kazalik kifma kolchi kolshi kwayes kwayesa kwayyes
  l7amdulillah lesa lesh lessa lih liha lik lissa liya lmochkil m3lsh m9ad ma3lesh ma3lich ma3lish ma3reftch
  machallah mallit marat marra masalan mashalla mashallah matalan mawdou3 mazal mazboot mazbout mdaye2 mertah meskin
  meskina mestaghreb mez3ej mirta7 mitdayi2 mli mnee7 mni7 mni7a mnih mochkil mohem momil mozej mrigel mskin mtalan
  muhem mumil mzn mzyana naw3 nichan nshallah nsit sa3b sa3id sa3ida sa7 sa7bi sa7bti sabab sahbi sahel sara7a shoft
  shwaya shwayye sm3t sme3t swiya ta2riban tabi3i taqriban tari9a tbarkallah tbarklah tfakart tfeshet tfkert uff
  walla wallah wallahi wallahy wayed wayid wlah wlh xd yak yakma yalla yareet yaret za3ma zaama zabt zain zaman zay
  zein zhe2an zhe2t zwin zwina zwine`;

export const COMMON_WORDS: Record<TextLanguage, ReadonlySet<string>> = {
  en: list(ENGLISH),
  es: list(SPANISH),
  fr: list(FRENCH),
  it: list(ITALIAN),
  de: folded(GERMAN),
  ca: list(CATALAN),
  pt: list(PORTUGUESE),
  ar: list(ARABIC),
};

const ANY_COMMON_WORD: ReadonlySet<string> = new Set(Object.values(COMMON_WORDS).flatMap((s) => [...s]));

/**
 * Whether a normalised word is an everyday word of `language` (of any
 * language when none is given). A word in Arabic script is read as Arabic
 * whatever the language, as isStopword reads it.
 */
export function isCommonWord(word: string, language?: TextLanguage): boolean {
  // Laughter ("jajaja", "mdr", "rsrs") is everyday in every language; it is a stopword too (../text.ts), so not listed.
  if (isLaughter(word)) return true;
  if (isArabicScript(word)) return COMMON_WORDS.ar.has(word);
  return language ? COMMON_WORDS[language].has(word) : ANY_COMMON_WORD.has(word);
}
