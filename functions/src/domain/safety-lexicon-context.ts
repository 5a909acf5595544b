/**
 * Signals that say how a message speaks of what it describes, not what it
 * describes: a question about a case or about the service, a question
 * whether something is normal, something that happened long ago or happens
 * now and then, a little of it. domain/safety.ts uses them to tell a report
 * of an emergency from a question about one. Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const CONTEXT_SIGNALS = {
  negation: {
    en: 'no|not|never|without|none|=dont|=doesnt|=didnt|=isnt|=wasnt|=arent|=havent|=hasnt',
    es: 'no|sin|nunca|ningun|ninguna',
    fr: 'pas|sans|jamais|aucun|aucune',
    it: 'no|non|mai|senza|nessun|nessuna|niente',
    de: 'nein|nicht|nie|niemals|ohne|kein|keine|keinen',
    ca: 'no|sense|mai|cap',
    pt: 'nao|sem|nunca|nenhum|nenhuma',
    ar: 'لا|ما|مش|بدون|mish|msh|bala|ماشي|بلا|machi|mashi',
  },
  /**
   * A comparison: "as if", "como si", "comme si". Its "if" asks about no case ("tengo la barriga como si
   * estuviera de 6 meses, me ahogo…" tells what it is like), so a hypothetical inside it is none.
   */
  asIf: {
    en: 'as if|as though|like if',
    es: 'como si|como que si',
    fr: 'comme si',
    it: 'come se|come se mi|come se il|come se la|come se avessi|come se fossi',
    de: 'als ob|als wenn|wie wenn',
    ca: 'com si',
    pt: 'como se|como se eu|como se tivesse|como se estivesse|como se fosse',
  },
  /**
   * A wish that something not happen, or a purpose that it not ("don't want to faint mid air", "para no
   * marearme", "damit ich nicht umkippe"): a sign named right after it is feared or planned against, not told
   * (domain/safety.ts). Said of another verb ("I don't want to move him, he fell") it leaves the sign alone.
   */
  avoidance: {
    en: 'dont want to|do not want to|dont wanna|do not wanna|wouldnt want to|would not want to|would hate to|dont want him to|dont want her to|dont want them to|so i dont|so that i dont|so i do not|so he doesnt|so she doesnt|to avoid|to prevent|without risking',
    es: 'no quiero|no quisiera|no queremos|no me gustaria|para no|para que no|para evitar|sin riesgo de',
    fr: 'veux pas|voudrais pas|veut pas|voudrait pas|pour ne pas|pour pas|pour eviter de|pour eviter|sans risquer de',
    it: 'non voglio|non vorrei|non vogliamo|per non|per evitare di|per evitare|senza rischiare di',
    de: 'will nicht|mochte nicht|mochte ungern|wollen nicht|damit ich nicht|damit er nicht|damit sie nicht|um nicht|ohne zu riskieren',
    ca: 'no vull|no voldria|no volem|per no|perque no|per evitar',
    pt: 'nao quero|nao queria|nao queremos|para nao|pra nao|para que nao|para evitar|pra evitar|sem correr o risco de',
    ar: 'ما ابي|ما ابا|ما ابغى|ما ابغا|ما بدي|ما بدنا|مش عايز|مش عاوز|مش عايزه|ما بغيتش|مابغيتش|ما بغيناش|ما نبغيش|عشان ما|علشان ما|حتى ما|باش ما|لكي لا|حتى لا|ma abi|ma abgha|ma baddi|mish 3ayez|mesh 3ayez|ma bghitch|bach ma|3ashan ma',
  },
  /** The message asks about a case, a risk or the service ("what if…", "do you treat…"); it reports none. */
  hypothetical: {
    en: 'heard that|heard it can|heard it could|heard you can|heard they can|people say|is it true that|is it true|if|what if|in case|what happens if|is it normal|could it|can it cause|can cause|could cause|risk of|any risk|chance of|might|do you treat|do you see|do you handle|do you take|how to prevent|how do i prevent|how to avoid|prevent|what are the signs|what are the symptoms|signs to watch|is it dangerous|is it toxic|is it safe|toxic for|dangerous for',
    es: 'escuche que|he oido que|oi que|dicen que|es verdad que|lei que|si|y si|en caso|por si|es normal|puede causar|puede dar|atendeis|atienden casos|tratan casos|atienden urgencias|como prevenir|como evitar|prevenir|cuales son los sintomas|que sintomas|es peligroso|es toxico|es toxica',
    fr: 'ai entendu|entendu dire|on dit que|est vrai que|est ce vrai que|ai lu que|si|et si|au cas|en cas|est ce normal|peut causer|peut donner|vous soignez|vous traitez|vous prenez en charge|comment eviter|comment prevenir|prevenir|quels sont les symptomes|quels symptomes|est ce dangereux|est ce toxique|est toxique|toxique pour|dangereux pour',
    it: 'ho sentito che|ho sentito dire|dicono che|e vero che|ho letto che|e se|se mi|se il|se la|se dovesse|se succede|nel caso|in caso|cosa succede se|e normale|puo causare|puo dare|potrebbe|voi curate|curate anche|trattate anche|voi trattate|come prevenire|come evitare|prevenire|quali sono i sintomi|che sintomi|e pericoloso|e tossico|e tossica|tossico per|pericoloso per',
    de: 'habe gehort|hab gehort|man sagt|stimmt es dass|habe gelesen dass|hab gelesen dass|wenn|falls|was ist wenn|was passiert wenn|im fall|ist es normal|ist das normal|kann das|konnte|behandelt ihr|behandeln sie|wie vermeide|wie verhindere|vorbeugen|vermeiden|welche symptome|was sind die anzeichen|welche anzeichen|ist das gefahrlich|ist das giftig|giftig fur|gefahrlich fur',
    ca: 'he sentit que|diuen que|es veritat que|he llegit que|si|i si|en cas|per si|es normal|pot causar|pot donar|tracteu casos|ateneu casos|com evitar|com prevenir|prevenir|quins son els simptomes|quins simptomes|es perillos|es toxic|es toxica',
    pt: 'ouvi dizer|ouvi que|dizem que|e verdade que|li que|e se|caso|em caso de|se eu|se tiver|se ficar|e normal|pode causar|pode dar|voces tratam|voces atendem|como evitar|como prevenir|prevenir|quais sao os sintomas|que sintomas|e perigoso|e toxico|e toxica|faz mal para|faz mal pra',
    ar: 'سمعت انه|سمعت انو|سمعت ان|سمعت بان|بيقولوا انه|بيحكوا انه|صحيح انه|ممكن يصير|ممكن يسبب|sme3t enno|sme3t eno|smi3t enno|sm3t enno|sma3t enno|sme3t en|momken ysir|momkin ysir|momken ysabbeb|اذا|لو|في حال|iza|eza|law|ايلا|واش عادي|ila|ida|wach 3adi|واش خطير|واش كتعالجو|كيفاش نتفاداو|كيفاش نتجنب|wach khatir|kifach ntfada',
  },
  /**
   * "If" in a word that means something else elsewhere: Darija "إلى" (if) is "to" in standard Arabic. It asks
   * about a case only where it opens the message or a clause ("إلى طاحت سن لشي طفل، شنو نديرو؟").
   */
  openingIf: {
    ar: 'الي',
  },
  /** "Can a hot stone massage cause…": a question about a cause, when a "can" comes just before. */
  causeVerb: {
    en: 'cause|causes|give you|lead to',
    es: 'causar|provocar|producir|dar',
    fr: 'causer|provoquer|donner|entrainer',
    it: 'causare|provocare|dare',
    de: 'verursachen|auslosen|fuhren zu|machen',
    ca: 'causar|provocar|donar',
    pt: 'causar|provocar|dar',
    ar: 'يسبب|تسبب|يدير|يعطي|ysabbeb|ydir',
  },
  /** What a treatment may do to someone, asked with a "can" just before ("la tinta può far gonfiare il viso?"): mild rules only. */
  effectVerb: {
    en: 'make|makes|give me|give her|give him|leave me',
    es: 'hacer que|dejar|salir',
    fr: 'faire|donner des',
    it: 'far|fare|far venire',
    de: 'bekommen|kriegen',
    ca: 'fer|fer que',
    pt: 'fazer|deixar|dar',
    ar: 'كتدير|كيدير|تدير|يدير|كتخلي|كيخلي|تسبب|يسبب|kaydir|katdir',
  },
  canAsk: {
    en: 'can|could|may|does|do|will',
    es: 'puede|pueden|podria|puedo',
    fr: 'peut|peuvent|pourrait|est ce que',
    it: 'puo|possono|potrebbe|puoi',
    de: 'kann|konnen|konnte|kann ein|kann eine',
    ca: 'pot|poden|podria',
    pt: 'pode|podem|poderia',
    ar: 'واش|هل|ممكن|يقدر|wach|momkin',
  },
  /**
   * A clause that opens as a yes/no question about what may happen ("will my
   * lips swell after the filler?", "kann die Farbe brennen?"): what it names is
   * asked about, not reported. Counted only at the start of a clause, and only
   * against the mild rules (domain/safety.ts).
   */
  willAsk: {
    en: 'will|would|does|do|can|could|may|might|is it going to|am i going to|are they going to|is there a risk|is there any risk|how likely|how long',
    es: 'puede|pueden|podria|podrian|va a|van a|me va a|se me va a|se me van a|me van a|le va a|se le va a|suele|suelen|es posible|es habitual|es comun|hay riesgo|cuanto dura|cuanto tarda',
    fr: 'est ce que|est ce|va t il|va t elle|vais je|risque t il|risque t elle|risque t on|peut on|peut il|peut elle|peuvent ils|peuvent elles|pourrait|y a t il|est il possible|combien de temps',
    it: 'puo|possono|potrebbe|potrebbero|rischio|rischia|e possibile|di solito|capita|quanto dura|quanto tempo',
    de: 'wird|werden|kann|konnen|konnte|bekommt man|bekomme ich|kriegt man|kriege ich|ist es moglich|gibt es|besteht|wie lange',
    ca: 'pot|poden|podria|em sortira|em sortiran|sol|solen|es possible|hi ha risc|quant dura',
    pt: 'pode|podem|poderia|vai|vao|vai ficar|costuma|costumam|e possivel|tem risco|ha risco|quanto tempo',
    ar: 'هل|واش|ممكن|واش غادي|واش يقدر|wach|wash|momkin|wach ghadi',
  },
  /** A request ("can you help?") or a statement ("can't stop itching") at the start of a clause: not a question about what may happen. */
  request: {
    en: 'do something|do anything|please|help|can you|could you|can u|can someone|can anyone|can somebody|could someone|could anyone|do you|does anyone|does someone|will you|would you|will someone|may i|can i|could i|do i|can not|could not|do not|does not|will not|would not|might be|=cant|=couldnt|=dont|=doesnt|=wont|=wouldnt',
    es: 'puede alguien|pueden ayudarme|puede ayudarme|pueden atenderme|puede atenderme|me pueden|me podeis|podeis|podrian ayudarme|puedo',
    fr: 'est ce que vous|est ce que quelquun|est ce que je peux|est ce que je dois|pouvez vous|vous pouvez|quelquun peut|peut on venir',
    it: 'potete|mi potete|qualcuno puo|puo aiutarmi|puoi aiutarmi|posso',
    de: 'kann mir|konnen sie|konnt ihr|kann jemand|kann ich|konnen wir|kann man heute|kann nicht|kann kaum|konnte nicht|kann nimma|kann nimmer|kann nit|kann ned',
    ca: 'podeu|em podeu|algu pot|pot ajudar|puc',
    pt: 'pode me|podem me|alguem pode|voces podem|pode ajudar|podem ajudar|posso',
    ar: 'واش تقدرو|واش تقدري|هل يمكنكم|هل تستطيعون|واش ندير|شنو ندير|ممكن حد|ممكن تساعد*|wach t9dro|wach t9dri|wach ndir|momkin tsa3d*',
  },
  /**
   * Fear, and what it looks like: a dog terrified of the vet that trembles and cries is afraid, not
   * fitting; one that "shakes like a leaf" at the groomer's is too. A rule may name it as what makes it no emergency (domain/safety.ts).
   */
  fear: {
    en: 'scared|afraid|terrified|frightened|fear|fearful|anxious|anxiety|nervous|panic|panics|panicking|phobia|stressed|stress|shaking like a leaf|shakes like a leaf|trembling like a leaf|trembles like a leaf|shivering like a leaf',
    es: 'miedo|pavor|terror|panico|asustad*|aterrad*|aterroriz*|nervios*|ansiedad|ansios*|fobia|estres|estresad*|tiembla como una hoja|temblando como una hoja|tiembla como un flan',
    fr: 'peur|terreur|terrifie*|terrorise*|effraye*|apeure*|angoisse*|stresse*|stress|anxieux|anxieuse|anxiete|panique|phobie|nerveux|nerveuse|tremble comme une feuille|tremblait comme une feuille|tremblant comme une feuille',
    it: 'paura|terrore|terrorizzat*|spaventat*|impaurit*|ansia|ansios*|agitat*|panico|fobia|stress|stressat*|nervos*|trema come una foglia|tremava come una foglia|tremante come una foglia',
    de: 'angst|angstlich|panik|verangstigt|furchtet|furchtet sich|nervos|gestresst|stress|phobie|panisch|zittert wie espenlaub|zitterte wie espenlaub|zittert wie ein blatt',
    ca: 'por|panic|espantat*|aterrit*|aterrid*|nervios*|ansietat|angoixa|fobia|estres|estressat*|tremola com una fulla|tremolava com una fulla',
    pt: 'medo|pavor|panico|assustad*|apavorad*|aterrorizad*|nervos*|ansiedade|ansios*|estresse|estressad*|stress|fobia|treme como uma folha|tremendo como uma folha|tremia como uma folha|treme como vara verde|tremendo como vara verde',
    ar: 'خايف|خايفه|كيخاف|كتخاف|الخوف|خوف|فوبيا|ستريس|مستريسي|مرعوب|مرعوبه|khayf|khayfa|kaykhaf|katkhaf|lkhouf|stress|peur',
  },
  /**
   * Words that hold a signal's word but mean something else: a blood test is no bleeding ("the blood
   * results", "Blutwerte", "prise de sang"). A signal inside one of them does not count (domain/safety.ts).
   */
  lookalike: {
    en: 'want to end it with|wanna end it with|going to end it with|gonna end it with|thinking about ending it with|end it with|ending it with|end things with|ending things with|hit me up|hit me back|hits me up|hit me with|hit me on whatsapp|hit me on here|it hit me|overheats easily|overheat easily|overheats quickly|overheat quickly|overheats really easily|gets hot easily|prone to overheating|tends to overheat|blood test*|blood work|bloodwork|blood result*|blood sample*|blood draw|blood panel|blood count|blood pressure|blood sugar|blood type|blood group|blood donation|blood donor|blood orange|lab result*|yellow fever|typhoid fever|hay fever|dengue fever|fever clinic|hard to swallow the price|hard to swallow the|hard to swallow that|bit hard to swallow|little hard to swallow|tough to swallow|price is hard to swallow|price was hard to swallow|prices are hard to swallow|hard pill to swallow|swallow my pride|swallow his pride|swallow her pride|swallow pills|swallow tablets|swallow a pill|swallow the pills|swallow the tablets|swallow capsules|swallow big pills|swallow his pills|swallow her pills|swallow my pills|glass =of|glasses =of|nearly passed out|almost passed out|nearly fainted|almost fainted|nearly pass out|almost pass out|nearly faint|almost faint|nearly blacked out|almost blacked out|nearly collapsed|almost collapsed|blue bruise|bluish bruise|purple bruise|bruise is blue|bruise is purple|bruise is going blue|is fitting for|fitting for|much is fitting|much for fitting|price for fitting|is fitting included|fitting included|fitting fee|fitting appointment|lens fitting|contact lens fitting|the fitting|a fitting|for the fitting|chest x ray|chest xray|chest x rays|chest radiograph|chest ct|chest scan|chest mri|x ray of the chest|x ray of my chest|scan of the chest|ct of the chest|heart scan|heart ultrasound|confused about the|confused about your|confused about the price|confused about prices|confused by the|confused by your|a bit confused about|little confused about|afraid i will fall|afraid to fall|afraid of falling|scared i will fall|scared of falling|scared to fall|fear of falling|worried i will fall|worried about falling|breathing test*|breath test*|home breathing test|breathing study|breathing studies|breathing exercise*|breathing technique*|breathing machine|breathing device|breathing mask',
    es: 'se acalora facilmente|se acalora rapido|se sobrecalienta facilmente|le da calor enseguida|analisis de sangre|analitica de sangre|prueba de sangre|pruebas de sangre|muestra de sangre|extraccion de sangre|sacar sangre|resultados de sangre|presion arterial|tension arterial|azucar en sangre|grupo sanguineo|donar sangre|donacion de sangre|fiebre amarilla|fiebre tifoidea|fiebre tifoide|fiebre del heno|pila =de|una pila de|pilas =de|tragar pastillas|tragar las pastillas|tragarse las pastillas|tragar comprimidos|tragarse el orgullo|tragarme el orgullo|clavo de olor|clavos de olor|casi me desmayo|casi me desmaye|casi se desmaya|casi se desmayo|por poco me desmayo|por poco me desmaye|moraton azulado|moreton azulado|hematoma azulado|moraton morado|no veo nada de diferencia|no veo nada de cambio|no veo nada de resultado|no veo nada distinto|no ve nada de diferencia|radiografia de torax|radiografia del torax|radiografia de pecho|radiografia del pecho|rx de torax|rx torax|placa de torax|placa del pecho|tac de torax|escaner de torax|ecografia del corazon|confundido con el|confundida con el|confundido con los|confundida con los|confundido con las|confundida con las|confundido con la|confundida con la|confundido sobre|confundida sobre|miedo a caerme|miedo de caerme|miedo a caerse|miedo de caerse|miedo a caer|miedo de caer|temo caerme|prueba respiratoria|pruebas respiratorias|prueba de respiracion|estudio respiratorio|poligrafia respiratoria|ejercicios de respiracion|ejercicios respiratorios|tecnica de respiracion|aparato de respiracion',
    fr: 'a vite chaud|a chaud facilement|surchauffe facilement|surchauffe vite|prise de sang|prises de sang|analyse de sang|analyses de sang|bilan sanguin|test sanguin|resultats sanguins|tension arterielle|groupe sanguin|don du sang|donner son sang|sang de boeuf|fievre jaune|fievre typhoide|fievre des foins|un verre|verre =d|verre =de|avaler des comprimes|avaler les comprimes|avaler des cachets|avaler les cachets|avaler la pilule|dur a avaler|difficile a avaler le prix|failli m evanouir|failli s evanouir|failli tomber dans les pommes|presque evanoui|presque evanouie|bleu violace|hematome bleute|je ne vois rien de different|je ne vois rien de change|vois rien de different|ne vois aucune difference|radio du thorax|radio thoracique|radio des poumons|radio de la poitrine|radiographie thoracique|radiographie du thorax|radiographie pulmonaire|scanner thoracique|scanner du thorax|irm cardiaque|echo du coeur|echographie cardiaque|confus sur|confuse sur|confus par rapport|confuse par rapport|confus concernant|confuse concernant|confus avec les|confuse avec les|peur de tomber|peur de chuter|crainte de tomber|peur de faire une chute|test respiratoire|tests respiratoires|examen respiratoire|polygraphie respiratoire|polygraphie ventilatoire|exercices de respiration|exercices respiratoires|technique de respiration|appareil respiratoire',
    it: 'si surriscalda facilmente|si surriscalda subito|soffre il caldo|esami del sangue|esame del sangue|analisi del sangue|prelievo di sangue|prelievo del sangue|pressione sanguigna|gruppo sanguigno|donare il sangue|donazione di sangue|arancia rossa|febbre gialla|febbre tifoide|febbre da fieno|pila =di|una pila di|pile =di|ingoiare le pastiglie|ingoiare le pillole|deglutire le pastiglie|ingoiare il rospo|in bocca al lupo|duro da mandare giu|difficile da mandare giu|quasi svenuta|quasi svenuto|per poco non svenivo|per poco non sono svenuta|per poco non sono svenuto|stavo per svenire|livido bluastro|livido violaceo|non vedo niente di diverso|non vedo nulla di diverso|non vedo niente di cambiato|non vedo nessuna differenza|non vedo nessun risultato|radiografia del torace|radiografia al torace|rx torace|rx del torace|lastra al torace|lastra del torace|tac del torace|tac al torace|ecografia al cuore|ecocardiogramma|confuso su|confusa su|confuso sul|confusa sul|confuso sui|confusa sui|confuso sulla|confusa sulla|confuso riguardo|confusa riguardo|paura di cadere|timore di cadere|paura di cascare|test respiratorio|esame respiratorio|poligrafia respiratoria|esercizi di respirazione|esercizi respiratori|tecnica di respirazione',
    de: 'uberhitzt schnell|uberhitzt leicht|wird schnell heiss|hat schnell heiss|bluttest*|blutwert*|blutwart*|blutbild*|blutabnahm*|blutentnahm*|blutuntersuch*|blutprob*|blutdruck*|blutzucker*|blutgrupp*|blutspend*|blutergebnis*|blutanalys*|blutlabor*|blutfett*|blutorange*|gelbfieber*|typhusfieber|dengue fieber|denguefieber|ein glas|glas wasser|glas milch|glas saft|tabletten schlucken|tabletten zu schlucken|bittere pille|fast ohnmachtig|fast umgekippt|beinahe ohnmachtig|beinahe umgekippt|fast bewusstlos|stechen lassen|stechen gelassen|stechen zu lassen|lasse stechen|liess stechen|blauer fleck|blaue flecken|bluterguss blaulich|sehe nichts vom ergebnis|sehe nichts von einem ergebnis|sehe gar keinen unterschied|sehe keinen unterschied|rontgen thorax|thorax rontgen|thoraxrontgen|rontgen der brust|rontgenbild der brust|lungenrontgen|brustkorb rontgen|thorax ct|ct vom thorax|herzultraschall|herz mrt|verwirrt wegen|verwirrt uber|verwirrt von den|durcheinander mit den|angst zu fallen|angst hinzufallen|angst zu sturzen|angst vor einem sturz|angst vorm hinfallen|angst umzufallen|atemtest*|atemubung*|atemtechnik*|atemgerat*|atemmaske*|polygraphie',
    ca: 's escalfa facilment|s acalora facilment|analisi de sang|analitica de sang|extraccio de sang|mostra de sang|treure sang|pressio arterial|grup sanguini|donar sang|donacio de sang|febre groga|febre tifoide|febre del fenc|pila =de|una pila de|empassar pastilles|empassar les pastilles|gairebe em desmaio|gairebe em desmaiava|quasi em desmaio|per poc em desmaio|blau blavos|no veig res de diferent|no veig res de diferencia|no hi veig cap diferencia|radiografia de torax|radiografia del torax|radiografia del pit|placa de torax|tac de torax|confus amb|confusa amb|confus sobre|confusa sobre|por de caure|por a caure|em fa por caure|prova respiratoria|proves respiratories|poligrafia respiratoria|exercicis de respiracio|exercicis respiratoris|tecnica de respiracio',
    pt: 'aquece facilmente|sobreaquece facilmente|fica quente facilmente|analise ao sangue|analises ao sangue|analise de sangue|analises de sangue|exame de sangue|exames de sangue|colheita de sangue|coleta de sangue|tirar sangue|pressao arterial|grupo sanguineo|doar sangue|doacao de sangue|hemograma|febre amarela|febre tifoide|febre dos fenos|pilha =de|uma pilha de|pilhas =de|engolir comprimidos|engolir os comprimidos|engolir o sapo|engolir sapos|quase desmaiei|quase desmaio|quase desmaiou|por pouco nao desmaiei|nodoa negra|hematoma arroxeado|mancha roxa do hematoma|nao vejo nada de diferente|nao vejo nada de diferenca|nao vejo nenhuma diferenca|nao vejo nada de resultado|raio x do torax|raio x de torax|raio x ao torax|raio x do peito|rx de torax|rx do torax|radiografia do torax|radiografia ao torax|tac ao torax|tomografia do torax|ecocardiograma|confuso com|confusa com|confuso sobre|confusa sobre|confuso quanto|confusa quanto|medo de cair|receio de cair|medo de levar um tombo|teste respiratorio|exame respiratorio|poligrafia respiratoria|exercicios de respiracao|exercicios respiratorios|tecnica de respiracao|aparelho de respiracao',
    ar: 'تحليل الدم|تحاليل الدم|تحليلات الدم|التحاليل ديال الدم|ضغط الدم|سكر الدم|فصيله الدم|التبرع بالدم|t7lil dem|t7alil dyal dem|ta7lil dem|ta7alil dem|analyse de sang|analyses de sang|f dem|fi dem|في الدم|الحمى الصفراء|الحمي الصفرا|الحمى الصفرا|حمى صفراء|الحمه الصفرا|الحمى الشوكيه|الحمي الشوكيه|حمى التيفويد|7omma safra|el 7omma el safra|7omma el safra|el 7omma el shoukeya|7omma el shoukeya|el 7oma el safra|كنت غادي نسخف|كنت بغيت نسخف|كنت رح يغمى علي|كان رح يغمى علي|كدت اغمى|كنت بدوخ وبطيح|شوي واغمى علي|شوي وطحت|ما اشوف فرق|ما اشوف اي فرق|ما اشوف نتيجه|ما اشوف اي نتيجه|مش شايفه فرق|مش شايف فرق|مش شايفه اي فرق|ما كنشوفش الفرق|ما كنشوفش شي فرق|ماكنشوفش الفرق|راديو ديال الصدر|راديو الصدر|راديو د الصدر|راديو فالصدر|اشعه الصدر|اشعه على الصدر|اشعه سينيه على الصدر|صوره الصدر|تصوير الصدر|سكانير ديال الصدر|سكانير الصدر|radio dyal sder|radio d sder|radio sder|radio dyal sdr|scanner dyal sder|radio du thorax|خايف نطيح|خايفه نطيح|خايف يطيح|خايفه تطيح|خايف لا نطيح|خايفه لا نطيح|khayef nti7|khayfa nti7|khayef yti7|=نفس ال*|nafs el*|nefs el*|اختبار التنفس|فحص التنفس|تحليل التنفس|تمارين التنفس|تمارين تنفس|جهاز التنفس|جهاز تنفس',
  },
  /**
   * An accident, an everyday activity or a haircut beside "cut myself", "cortarme", "me couper": shaving,
   * cooking, at the gym, by mistake, the hair or the nails. It makes those words no self-harm (domain/safety.ts).
   */
  harmlessSelf: {
    en: 'shaving|with the straightener|straightener|straighteners|curling iron|curling tongs|with the iron|the oven|the stove|the kettle|hot oil|hot water|while shaving|accidentally|accidently|by accident|by mistake|not on purpose|cooking|chopping|slicing|in the kitchen|with a knife|with the knife|on a knife|on glass|on a glass|broken glass|on paper|paper cut|with the scissors|with scissors|with the file|with the clippers|trimming|gardening|at the gym|gym|lifting|working out|training|running|playing|football|a fall|fell|falling|slipped|tripped|hair|my hair|fringe|bangs|beard|nails|my nails|toenail|toenails|cuticle|cuticles|callus|calluses|corn|corns|hard skin|ends|split ends|fur',
    es: 'afeitando*|con la plancha|plancha|con el horno|horno|con aceite|con la sarten|agua hirviendo|afeitandome|afeitarme|al afeitar*|depilando*|depilandome|rasurando*|sin querer|por accidente|por error|cocinando|en la cocina|pelando|con un cuchillo|con el cuchillo|con un cristal|con un vaso|con un papel|con las tijeras|con unas tijeras|con la lima|en el gimnasio|entrenando|jugando|corriendo|me cai|una caida|el pelo|pelo|el cabello|cabello|el flequillo|flequillo|las puntas|puntas|la melena|melena|las =unas|=unas|el pico|pico|padrastro|padrastros|cuticula|cuticulas|callo|callos|dureza|durezas|la barba|barba',
    fr: 'en me rasant|avec le fer|fer a lisser|lisseur|avec le four|four|avec la poele|huile chaude|eau bouillante|rasage|rasoir electrique|sans faire expres|pas fait expres|par accident|par erreur|en cuisinant|cuisine|avec un couteau|avec le couteau|avec du verre|avec une feuille|avec les ciseaux|ciseaux|a la salle|en tombant|chute|les cheveux|cheveux|la frange|frange|les pointes|pointes|la barbe|barbe|les ongles|ongles|ongle|cuticules|cor|cors|corne',
    it: 'facendomi la barba|con la piastra|piastra|con il ferro|ferro da stiro|con il forno|forno|olio bollente|acqua bollente|radendomi|rasandomi|rasoio elettrico|per sbaglio|senza volere|senza volerlo|per errore|per caso|cucinando|in cucina|con il coltello|con un coltello|col coltello|con un vetro|con il vetro|con la carta|con le forbici|forbici|in palestra|giocando|correndo|cadendo|caduta|i capelli|capelli|la frangia|frangia|le punte|punte|la barba|barba|le unghie|unghie|unghia|cuticole|calli|callo|duroni',
    de: 'beim rasieren|glatteisen|lockenstab|bugeleisen|am herd|am ofen|backofen|heisses wasser|heissem wasser|heisses ol|rasieren|rasiert|aus versehen|versehentlich|ausversehen|beim kochen|kochen|in der kuche|mit dem messer|mit einem messer|am messer|an einer scherbe|scherbe|glasscherbe|am papier|mit der schere|schere|im fitnessstudio|beim training|beim sport|beim fussball|beim laufen|gesturzt|hingefallen|sturz|die haare|haare|den pony|pony|die spitzen|spitzen|den bart|bart|die nagel|nagel|nagelhaut|hornhaut|huhnerauge',
    ca: 'afaitant*|amb la planxa|planxa|amb el forn|forn|oli calent|aigua bullint|afaitant me|sense voler|per accident|per error|cuinant|a la cuina|amb un ganivet|amb el ganivet|amb un vidre|amb les tisores|tisores|al gimnas|entrenant|jugant|caiguda|em vaig caure|els cabells|cabells|el serrell|serrell|les puntes|puntes|la barba|barba|les ungles|ungles|ungla|cuticules|duricia|duricies|ull de poll',
    pt: 'a fazer a barba|com a chapinha|chapinha|com o ferro|ferro de passar|com o forno|forno|oleo quente|agua a ferver|agua fervendo|fazendo a barba|barbeando|ao barbear|sem querer|por acidente|por engano|cozinhando|a cozinhar|na cozinha|com a faca|com uma faca|com um vidro|com vidro|com o papel|com a tesoura|tesoura|na academia|no ginasio|treinando|a treinar|jogando|a jogar|cai|uma queda|o cabelo|cabelo|a franja|franja|as pontas|pontas|a barba|barba|as unhas|unhas|unha|cuticula|cuticulas|calo|calos|calosidade*',
    ar: 'بالغلط|بالبلانشا|بالفران|بالزيت|بالما سخون|بلا ما نقصد|بلا قصد|كنحسن|الحسانه|فالكوزينه|بالموس|بالجاج|الشعر|شعري|الظفار|لحيتي|bl8alat|blghalat|bla ma n9sed|ch3ri|cha3ri',
  },
  /**
   * Long ago, now and then, or over: "last year my dog ate chocolate, now he's fine" reports nothing to act on.
   * "longago" is what domain/safety.ts writes after years or months ago said with a number ("قبل 5 سنين",
   * "il y a 5 ans", "vor 3 Jahren"), in every language.
   */
  notNow: {
    en: 'last winter|last season|last summer|last spring|last autumn|fracture before|fractures before|broken before|broke before|previous fracture|previous fractures|history of fracture*|old fracture|had a fracture|has had a fracture|had fractures|already had a fracture|last year|last month|years ago|months ago|a year ago|a month ago|when he was a puppy|when she was a puppy|when he was a kitten|when she was a kitten|when he was young|when she was young|as a puppy|as a kitten|in the past|sometimes|every now and then|now he is fine|now she is fine|he is fine now|she is fine now|he is ok now|she is ok now|good now|fully recovered|last time|the last time|the time before|longago',
    es: 'el invierno pasado|la temporada pasada|el verano pasado|ya tuvo una fractura|ya ha tenido una fractura|fractura antigua|fracturas previas|fractura previa|antecedentes de fractura*|el ano pasado|el mes pasado|hace anos|hace meses|hace un ano|hace un mes|cuando era cachorro|cuando era cachorra|cuando era pequeno|cuando era pequena|de cachorro|en el pasado|a veces|de vez en cuando|ahora esta bien|ya esta bien|ahora ya esta bien|se recupero|ya se recupero|la ultima vez|la vez pasada|la otra vez',
    fr: 'l hiver dernier|la saison derniere|l ete dernier|deja eu une fracture|deja fait une fracture|ancienne fracture|fracture ancienne|antecedents de fracture*|annee derniere|an passe|le mois dernier|mois passe|il y a des annees|il y a un an|il y a des mois|quand il etait chiot|quand elle etait chiot|quand il etait chaton|quand il etait petit|quand elle etait petite|par le passe|parfois|des fois|de temps en temps|maintenant il va bien|maintenant elle va bien|il va bien maintenant|elle va bien maintenant|il est remis|elle est remise|completement gueri|la derniere fois|la fois derniere|l autre fois',
    it: 'l inverno scorso|la stagione scorsa|l estate scorsa|gia avuto una frattura|vecchia frattura|frattura pregressa|fratture pregresse|anno scorso|il mese scorso|mese scorso|anni fa|mesi fa|un anno fa|un mese fa|quando era cucciolo|quando era cucciola|quando era piccolo|quando era piccola|da cucciolo|in passato|a volte|ogni tanto|ora sta bene|adesso sta bene|sta bene adesso|sta bene ora|si e ripreso|si e ripresa|l ultima volta|la volta scorsa|l altra volta',
    de: 'letzten winter|letzte saison|letzten sommer|vergangenen winter|alte fraktur|fruher gebrochen|schon mal gebrochen|schon einmal gebrochen|hatte schon einen bruch|hatte schon mal einen bruch|letztes jahr|letzten monat|vor jahren|vor einem jahr|vor monaten|als welpe|als er klein war|als sie klein war|fruher mal|manchmal|ab und zu|hin und wieder|jetzt geht es ihm gut|jetzt geht es ihr gut|jetzt gehts ihm gut|jetzt gehts ihr gut|jetzt ist er wieder fit|jetzt ist sie wieder fit|jetzt ist alles gut|wieder gesund|hat sich erholt|letscht jahr|letztes mal|das letzte mal|beim letzten mal|letzte mal',
    ca: 'l hivern passat|la temporada passada|l estiu passat|ja va tenir una fractura|fractura antiga|fractures previes|any passat|el mes passat|fa anys|fa mesos|fa un any|fa un mes|quan era cadell|quan era petit|quan era petita|de cadell|a vegades|de vegades|de tant en tant|ara esta be|ja esta be|ha recuperat|sha recuperat|l ultima vegada|la darrera vegada|l altra vegada',
    pt: 'no inverno passado|o inverno passado|a temporada passada|no verao passado|ja teve uma fratura|fratura antiga|fraturas anteriores|fratura anterior|ano passado|mes passado|ha anos|ha meses|ha um ano|faz anos|faz um ano|faz meses|quando era filhote|quando era pequeno|quando era pequena|quando era cachorrinho|as vezes|de vez em quando|agora esta bem|agora ta bem|agora ele esta bem|agora ela esta bem|ja esta bem|ja ta bem|se recuperou|ja se recuperou|da ultima vez|a ultima vez|na ultima vez|da outra vez',
    ar: 'الشتا الماضي|الشتاء الماضي|الموسم الماضي|الصيف الماضي|العام اللي فات|العام الفايت|الشهر اللي فات|هادي عامين|هادي شي شهور|ملي كان صغير|ملي كانت صغيره|شي مرات|بعض المرات|دابا راه بيخير|دابا لاباس عليه|دابا لاباس عليها|السنه الماضيه|العام الماضي|l3am li fat|l3am lfayt|chhar li fat|hadi 3amin|chi merrat|daba labas 3lih|daba rah bikhir|من شهرين|من شهر|من سنه|من سنتين|من اسبوعين|من كم شهر|من كم سنه|من زمان|قبل شهر|قبل شهرين|قبل سنه|قبل سنتين|min shahrein|men shahren|mn shahr|min sene|اخر مره|المره الماضيه|المره اللي فاتت|المره الفايته|المره الي فاتت|akher merra|lmerra li fatet|الحين زين|والحين زين|الحين بخير|الحين تمام|الحين الحمدلله|الحين الحمد لله|الحين صار زين|الحين صار بخير|هلق منيح|هلق صار منيح|هلا منيح|دلوقتي كويس|دلوقتي بقى كويس|دلوقتي بخير|al7in zain|al7een zain|halla2 mnee7|delwa2ti kways',
  },
  /**
   * A stroke told as the start of how things are now ("since his stroke he can't find his words", "seit dem
   * Schlaganfall im Pflegeheim"): the stroke named is past; new signs of one still count (domain/safety.ts).
   */
  strokeBefore: {
    en: 'since his stroke|since her stroke|since the stroke|after his stroke|after her stroke|after the stroke|after a stroke|after stroke|post stroke',
    es: 'desde el ictus|despues del ictus|tras el ictus|tras un ictus|despues de un ictus|desde la embolia|despues de la embolia|tras la embolia',
    fr: 'depuis son avc|apres son avc|depuis avc|apres avc|apres un avc',
    it: 'dopo ictus|dopo un ictus|dopo il suo ictus|da ictus',
    de: 'seit dem schlaganfall|seit seinem schlaganfall|seit ihrem schlaganfall|nach dem schlaganfall|nach seinem schlaganfall|nach ihrem schlaganfall|nach einem schlaganfall',
    ca: 'des de ictus|despres de ictus|despres un ictus',
    pt: 'desde o avc|depois do avc|apos o avc|apos um avc|depois de um avc|desde que teve o avc',
    ar: 'بعد الجلطه|من وقت الجلطه|من يوم الجلطه|من بعد الجلطه',
  },
  /**
   * An earlier pregnancy or birth: what it tells, in the same clause, happened then ("my waters broke early
   * last pregnancy, can I do pilates?"). Only that clause: "last pregnancy was quick, my waters broke an hour ago"
   * is of the present (domain/safety.ts).
   */
  earlierPregnancy: {
    en: 'last pregnancy|my last pregnancy|previous pregnancy|my previous pregnancy|earlier pregnancy|other pregnancy|my other pregnancy|last baby|previous baby|last labour|last labor|previous labour|previous labor|last birth|last delivery|previous delivery|when i had my son|when i had my daughter|when i had my first|when i had my baby|with my older|with my eldest',
    es: 'ultimo embarazo|embarazo anterior|anterior embarazo|otro embarazo|ultimo parto|parto anterior|anterior parto|cuando tuve a mi|con mi hijo mayor|con mi hija mayor|con el mayor|con la mayor',
    fr: 'lors de ma premiere grossesse|pendant ma premiere grossesse|derniere grossesse|grossesse precedente|precedente grossesse|autre grossesse|dernier accouchement|accouchement precedent|quand ai eu mon|quand ai eu ma|quand jai eu mon|quand jai eu ma|pour mon aine|pour mon ainee|avec mon aine|avec mon ainee',
    it: 'gravidanza precedente|ultima gravidanza|scorsa gravidanza|altra gravidanza|parto precedente|ultimo parto|quando ho avuto il mio|quando ho avuto la mia|col primo figlio|con il primo figlio|con la prima figlia|con il figlio piu grande|con la figlia piu grande',
    de: 'letzten schwangerschaft|letzte schwangerschaft|vorherigen schwangerschaft|vorherige schwangerschaft|fruheren schwangerschaft|anderen schwangerschaft|letzten geburt|letzte geburt|vorherigen geburt|beim ersten kind|bei meinem ersten kind|bei meinem ersten sohn|bei meiner ersten tochter|bei meinem grossen|bei meiner grossen',
    ca: 'ultim embaras|embaras anterior|altre embaras|ultim part|part anterior|quan vaig tenir el meu|quan vaig tenir la meva|amb el meu primer fill|amb la meva primera filla|amb el gran|amb la gran',
    pt: 'ultima gravidez|gravidez anterior|outra gravidez|ultimo parto|parto anterior|quando tive o meu|quando tive a minha|do meu primeiro filho|da minha primeira filha|com o meu primeiro filho|com a minha primeira filha|com o mais velho|com a mais velha',
    ar: 'الحمل اللي فات|فالحمل اللي فات|الحمل السابق|الحمل الماضي|الولاده اللي فاتت|فالولاده اللي فاتت|الولاده السابقه|l7aml li fat|lwilada li fatt',
  },
  /** Days or weeks ago: not long past, but no longer fresh ("I fell two weeks ago and it still swells"). */
  weeksAgo: {
    en: 'days ago|weeks ago|a week ago|last week|the other week|a while ago|a while back',
    es: 'hace dias|hace unos dias|hace semanas|hace una semana|la semana pasada|hace tiempo|el mes pasado',
    fr: 'il y a quelques jours|il y a une semaine|il y a deux semaines|il y a des semaines|la semaine derniere|semaine passee|il y a longtemps',
    it: 'giorni fa|settimane fa|una settimana fa|settimana scorsa|tempo fa',
    de: 'vor tagen|vor ein paar tagen|vor einer woche|vor zwei wochen|vor wochen|letzte woche|letzten woche|vor einiger zeit',
    ca: 'fa dies|fa uns dies|fa una setmana|fa setmanes|la setmana passada|fa temps',
    pt: 'ha dias|faz dias|ha uma semana|faz uma semana|ha semanas|faz semanas|semana passada|ha algum tempo|faz tempo',
    ar: 'هادي سيمانه|هادي شي ايام|الاسبوع اللي فات|السيمانه اللي فاتت|منذ اسبوع|منذ ايام|hadi simana|hadi chi iyam',
  },
  /**
   * The day before: a bone broken yesterday has been seen to ("je dois annuler jeudi, mon fils s'est cassé le
   * poignet hier"): a broken bone told with it is news for staff, not an emergency to flag (domain/safety.ts).
   */
  /**
   * Cancelling or moving a booking: a bone broken said as the reason ("I have to cancel the course, my knee is
   * broken") is news that has been seen to, not an injury happening now.
   */
  cancelling: {
    en: 'cancel|cancelling|canceling|cancellation|call off|have to cancel|need to cancel|reschedule|postpone',
    es: 'cancelar|cancelo|anular|anulo|cancelacion|anulacion|aplazar|posponer|tengo que cancelar',
    fr: 'annuler|annule|annulation|decommander|reporter|je dois annuler',
    it: 'disdire|disdetta|annullare|annullo|cancellare|rimandare|posticipare|devo disdire',
    de: 'stornieren|storniere|stornierung|absagen|sage ab|abmelden|verschieben|muss absagen|muss stornieren',
    ca: 'cancel lar|cancel lo|anul lar|anul lo|anul lacio|ajornar|posposar|he de cancel lar',
    pt: 'cancelar|cancelo|cancelamento|desmarcar|desmarco|adiar|remarcar|tenho que cancelar',
    ar: 'الغاء|الغي|ألغي|ابي الغي|ابغى الغي|بدي الغي|عايز الغي|الغاء الحجز|الغي الحجز|تاجيل|اجل الحجز|nelghi|nalghi|elgha2|ilgha2',
  },
  dayBefore: {
    en: 'yesterday|the day before yesterday',
    es: 'ayer|anteayer|antier|antes de ayer',
    fr: 'hier|avant hier|avant-hier',
    it: 'ieri|l altro ieri|altroieri',
    de: 'gestern|vorgestern',
    ca: 'ahir|abans d ahir|abans-d ahir',
    pt: 'ontem|anteontem|antes de ontem',
    ar: 'امس|البارح|لبارح|البارحه|اول امس|امبارح|lbare7|lbareh|lbar7|embare7|mbare7',
  },
  /** A word of the present beside a past one ("last week he had surgery and now it is bleeding"): it is happening. */
  nowMarker: {
    en: 'now|just|right now|today|tonight|this morning|this afternoon|currently|at the moment|just now|still|suddenly|please help|help me|help us',
    es: 'ahora|acabo de|acaba de|se me acaba de|ahorita|hoy|esta manana|esta tarde|esta noche|ahora mismo|todavia|sigue|de repente|ayudenme|ayudadme',
    fr: 'maintenant|viens de|vient de|aujourdhui|ce matin|ce soir|cet apres midi|en ce moment|toujours|tout a coup|soudain|aidez moi|au secours',
    it: 'ora|appena|adesso|oggi|stamattina|stasera|stanotte|in questo momento|ancora|improvviso|aiutatemi|aiutami',
    de: 'jetzt|gerade|heute|heute morgen|heute abend|momentan|immer noch|noch|plotzlich|helft mir|hilfe bitte',
    ca: 'ara|acabo de|acaba de|avui|aquest mati|aquesta nit|ara mateix|encara|de sobte|ajudeu me',
    pt: 'agora|acabou de|acabei de|hoje|esta manha|hoje de manha|esta noite|neste momento|ainda|de repente|socorro|me ajudem',
    ar: 'دابا|توا|يالاه|tawa|yallah|اليوم|هاد الصباح|هاد الليله|باقي|فجاه|عتقوني|daba|lyoum|had sba7|ba9i|3te9oni|هلق|هلأ|هلا|هلء|دلوقتي|دلوقت|الحين|halla2|hala2|hal2a|dilwa2ti|delwa2ti|dlwa2ty|alhin|al7in',
  },
  /**
   * A sign that comes and goes, told as a pattern ("I get shaky when I fast", "sometimes my heart races"):
   * something to ask staff about, not an emergency now (the rules that name it, domain/safety.ts).
   */
  habitual: {
    en: 'sometimes|every time|each time|whenever|usually|often|tend to|tends to|i always get|i tend to get|i often get|i usually get|when i fast|when i do not eat|when i skip|easily|keeps happening|happens a lot',
    es: 'a veces|cada vez que|siempre que|suelo|me suele|a menudo|cuando ayuno|cuando no como|de vez en cuando|facilmente|con facilidad',
    fr: 'parfois|des fois|chaque fois|a chaque fois|souvent|d habitude|il m arrive|quand je jeune|quand je ne mange pas|de temps en temps|facilement',
    it: 'a volte|ogni volta|spesso|di solito|ogni tanto|mi capita|quando digiuno|quando non mangio',
    de: 'manchmal|jedes mal|immer wenn|oft|meistens|ab und zu|wenn ich faste|wenn ich nichts esse',
    ca: 'a vegades|de vegades|cada vegada|sovint|de tant en tant|quan dejuno|quan no menjo',
    pt: 'as vezes|toda vez|sempre que|frequentemente|costumo|de vez em quando|quando jejuo|quando fico sem comer',
    ar: 'ساعات|احيانا|كل مره|كل ما|بعض المرات|شي مرات|مرات مرات|sa3at|a7yanan|kol mara|kol ma|ba3d lmarat',
  },
  /** A question whether something is normal or dangerous: an ordinary after-effect or a question, unless a grave sign comes with it. */
  mildness: {
    en: 'is that normal|is this normal|is it normal|normal|is that ok|is this ok|should i worry|dangerous for|toxic for|harmful to|harmful for|bad for|not serious|nothing serious|not bad',
    es: 'es normal|normal|me preocupo|peligrosa para|peligroso para|toxica para|toxico para|mala para|malo para|no es grave|nada grave',
    fr: 'est normal|normal|je dois inquieter|dangereuse pour|dangereux pour|toxique pour|mauvais pour|pas grave|rien de grave',
    it: 'e normale|normale|mi devo preoccupare|pericolosa per|pericoloso per|tossica per|tossico per|non e grave|niente di grave',
    de: 'ist das normal|normal|muss ich mir sorgen|gefahrlich fur|giftig fur|schadlich fur|nicht schlimm|nichts schlimmes',
    ca: 'es normal|normal|perillosa per|perillos per|toxica per|toxic per|no es greu|res greu',
    pt: 'e normal|normal|devo me preocupar|perigosa para|perigoso para|toxica para|toxico para|faz mal para|faz mal pra|nao e grave|nada grave',
    ar: 'واش عادي|عادي|طبيعي|هل هذا طبيعي|خطير على|خطيره على|khatir 3la|ماشي خطير|ماشي مشكل|machi khatir|3adi',
  },
  /**
   * "A little", "slightly": how much of what it stands beside. It softens the sign nearest to it only
   * ("lips a little swollen after the filler"), not every sign of the message: in "he can't see out of that
   * eye and it bleeds a little" the bleeding is little, the lost sight is not (domain/safety.ts).
   */
  degree: {
    en: 'a bit|a little|slightly|a tiny bit|mild|mildly|a small|a tiny',
    es: 'un poco|un poquito|poquito|leve|ligero|ligera|ligeramente|un pequeno|una pequena',
    fr: 'un peu|un petit peu|legere|leger|legerement|un petit|une petite',
    it: 'un po|un pochino|leggero|leggera|leggermente|un piccolo|una piccola',
    de: 'ein bisschen|bisschen|ein wenig|etwas|leicht|leichte|leichter|einen kleinen|ein kleiner|eine kleine',
    ca: 'una mica|un poc|lleu|lleuger|lleugera|lleugerament|un petit|una petita',
    pt: 'um pouco|um pouquinho|pouquinho|leve|levemente|um pequeno|uma pequena',
    ar: 'شويه|شي شويه|خفيف|chwiya|chwia|khfif|خفيفه|شويه بس|khfifa|khfifa chwiya',
  },
  /**
   * Where a bleeding is, when it is not the womb's or a wound's: the gums, the nose, when brushing. Said in the
   * same part of a sentence as the bleeding, it is that bleeding: "pregnant, and my gums bleed a little" is no
   * bleeding in pregnancy (domain/safety.ts).
   */
  bleedSite: {
    en: 'gum|gums|nose|nosebleed|nosebleeds|nose bleed|brushing|brush my teeth|brush her teeth|brush his teeth|floss|flossing',
    es: 'encia|encias|nariz|me cepillo|cepillarme|cepillando|cepillado|hilo dental',
    fr: 'gencive|gencives|nez|je me brosse|me brosse les dents|brossage|fil dentaire',
    it: 'gengiva|gengive|naso|lavo i denti|lavando i denti|spazzolino|filo interdentale',
    de: 'zahnfleisch|nase|nasenbluten|zahneputzen|beim putzen|zahnseide',
    ca: 'geniva|genives|nas|em raspallo|raspallar|fil dental',
    pt: 'gengiva|gengivas|nariz|escovo|escovar|escovando|escovacao|fio dental',
    ar: 'لثه|اللثه|لثتي|لثتها|انفي|انفه|خشمي|خشمه|رعاف|افرش اسناني|بالفرشاه|lita|nifi',
  },
  /**
   * Sight that has worsened slowly, or only far off or up close: "my distance vision is getting blurry", "veo
   * borroso de lejos", "para leer". A question for an eye test, not sight lost all at once (domain/safety.ts).
   */
  gradual: {
    en: 'getting blurry|getting blurrier|getting worse|gotten worse|got worse over|gradually|slowly|little by little|over the years|over time|for years|for months|at far|far away|in the distance|at a distance|distance vision|from far|from a distance|when reading|for reading|to read|up close|night driving|at night|new glasses|stronger glasses|my prescription',
    es: 'poco a poco|cada vez peor|cada vez mas|con los anos|de lejos|a lo lejos|de cerca|para leer|al leer|desde hace meses|desde hace anos|gafas nuevas|graduacion',
    fr: 'petit a petit|peu a peu|de plus en plus|avec les annees|de loin|de pres|pour lire|en lisant|depuis des mois|depuis des annees|nouvelles lunettes|ma correction',
    it: 'poco a poco|sempre peggio|sempre di piu|con gli anni|da lontano|da vicino|per leggere|quando leggo|da mesi|da anni|occhiali nuovi|gradazione',
    de: 'allmahlich|nach und nach|langsam|immer schlechter|immer mehr|mit den jahren|in der ferne|in die ferne|aus der ferne|beim lesen|zum lesen|seit monaten|seit jahren|neue brille|starkere brille',
    ca: 'a poc a poc|cada cop pitjor|cada vegada pitjor|de lluny|de prop|per llegir|des de fa mesos|des de fa anys|ulleres noves',
    pt: 'aos poucos|pouco a pouco|cada vez pior|cada vez mais|com os anos|de longe|de perto|para ler|ao ler|ha meses|ha anos|oculos novos|grau',
    ar: 'مع الوقت|شوي شوي|شوي ب شوي|من بعيد|عن بعيد|للبعيد|من قريب|للقراءه|لما اقرا|من شهور|من سنين|نظاره جديده|مقاس النظاره',
  },
  /**
   * Snoring: breathing that stops a few seconds in someone who snores is sleep apnoea, a question for a sleep clinic,
   * not a person who cannot breathe now (domain/safety.ts). Narrower than the `snoring` concept (concepts-ent.ts):
   * since it turns an emergency off, no word that means something else too. Italian "russa", "russo" are also
   * Russian ("la mia collega russa non respira"), Spanish and Catalan "ronca", "ronco" also hoarse ("la voz ronca y
   * no puede respirar"), so those forms count only beside a word that makes them snoring, and the verbs, whose stems
   * they share, only as written.
   */
  snoring: {
    en: 'snore|snores|snoring|snored|snorer',
    es: '=roncar|=ronquido|=ronquidos|=roncando|ronca mucho|ronca fuerte|ronca por la noche|ronca de noche|ronca muchisimo',
    fr: 'ronfle|ronfler|ronflement|ronflements|ronfleur',
    it: '=russare|=russamento|=russando|russa molto|russa tanto|russa forte|russa di notte|russa la notte|russa tantissimo',
    de: 'schnarcht|schnarchen|schnarche|geschnarcht|schnarcher',
    ca: '=roncar|=roncs|=roncant|ronca molt|ronca fort|ronca de nit',
    pt: 'ronca|roncar|ronco|roncos|roncando',
    ar: 'يشخر|بيشخر|شخير|الشخير|يشخّر|تشخر|بتشخر|عم يشخر|shakhir|shekhir|yesh5ar|byesh5ar|yeshkhar|byeshkhar',
  },
} satisfies PhraseTable<string>;
