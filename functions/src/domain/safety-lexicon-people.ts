/**
 * Safety signals for what goes wrong with a person at a spa, a hammam, a
 * physio, a salon or a clinic (and, where the words are the same, with an
 * animal): fainting or collapsing in the heat, not breathing, an asthma
 * attack, something stuck in the throat, a fall with a head injury, a
 * sudden worst headache, numbness on one side, pregnancy with bleeding, an
 * eye hurt or splashed with a chemical, a severe burn. Each is a meaning in
 * every language; domain/safety.ts combines them. Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const PEOPLE_SIGNALS = {
  /** Not breathing, or barely: no "cannot" needed. */
  apnea: {
    en: 'not breathing|stopped breathing|is not breathing|no longer breathing|does not breathe|barely breathing|gasping for air|gasping for breath|gasping',
    es: 'no respira|dejo de respirar|ha dejado de respirar|apenas respira|casi no respira|respira con dificultad|boquea|boqueando|respira mal|respiro mal|respiro fatal|respira fatal',
    fr: 'ne respire plus|ne respire pas|respire plus|arrete de respirer|respire difficilement|respire a peine|cherche son air|suffoque|respire mal|je respire mal|respire tres mal',
    it: 'non respira|non respira piu|ha smesso di respirare|smesso di respirare|respira a fatica|respira appena|boccheggia|boccheggiando|respira male|respiro male|respiro a fatica|respiro malissimo',
    de: 'atmet nicht|atmet nicht mehr|atmet kaum|hort auf zu atmen|aufgehort zu atmen|atmet schwer|schnappt nach luft|japst|ringt nach luft|krieg schlecht luft|kriege schlecht luft|kriegt schlecht luft|bekomme schlecht luft|bekommt schlecht luft|krieg kaum luft|kriege kaum luft|kriegt kaum luft|bekomme kaum luft|bekommt kaum luft',
    ca: 'no respira|ha deixat de respirar|respira amb dificultat|gairebe no respira|li costa respirar|respira malament|respiro malament',
    pt: 'nao respira|nao esta respirando|nao ta respirando|parou de respirar|respira com dificuldade|quase nao respira|puxando o ar|respira mal|respiro mal',
    ar: 'ما بيتنفس|مابقاش كيتنفس|مابقاتش كتنفس|ما بقاتش كتنفس|وقف ما يتنفس|وقفات ما تتنفس|ماكيتنفسش|ما كيتنفسش|ماكتنفسش|ما كتنفسش|لا يتنفس|لا تتنفس|makaytnfsch|makatnfsch|ma bqach kaytnfs|ma b9atch katnfs',
  },
  asthmaAttack: {
    en: 'asthma attack|asthmatic attack|inhaler is not working|inhaler not working|inhaler does not help|inhaler is not helping|wheezing badly|wheezing a lot|bad wheeze',
    es: 'ataque de asma|crisis de asma|crisis asmatica|ataque asmatico|el inhalador no funciona|el inhalador no hace efecto|el ventolin no hace efecto|pitos en el pecho|silbidos en el pecho',
    fr: 'crise asthme|crise dasthme|crise asthmatique|la ventoline ne marche pas|la ventoline ne fait rien|ventoline fait rien|sifflement dans la poitrine|ca siffle',
    it: 'attacco asma|attacco di asma|attacco asmatico|crisi asmatica|crisi asma|crisi di asma|broncospasmo|il ventolin non fa effetto|fischio nel petto|fischia il petto',
    de: 'asthmaanfall|asthma anfall|asthmaattacke|asthmaspray hilft nicht|spray hilft nicht|pfeift beim atmen|giemen',
    ca: 'atac asma|crisi asmatica|crisi asma|inhalador no funciona|xiulet al pit',
    pt: 'crise de asma|ataque de asma|crise asmatica|a bombinha nao funciona|bombinha nao faz efeito|chiado no peito|peito chiando',
    ar: 'ازمه ربو|نوبه ربو|نوبة ربو|جاتو الضيقه|جاتني الضيقه|جاتها الضيقه|crise asthme|jatni di9a|jato di9a',
  },
  /** Something lodged: a bone, a toy, a piece of food. */
  stuck: {
    en: 'stuck|lodged|caught in|got stuck',
    es: 'atascad*|atorad*|atorado|clavad*|trabad*|atravesad*|se le ha quedado|se le quedo',
    fr: 'coince|coincee|coincé|bloque dans|bloquee dans|reste coince|reste bloque|pris dans',
    it: 'incastrat*|bloccat*|rimasto in gola|rimasta in gola|andato di traverso|andata di traverso',
    de: 'steckt|stecken geblieben|steckengeblieben|feststeckt|festgesteckt|hangt im',
    ca: 'encallat|encallada|travat|travada|clavat|clavada|se li ha quedat',
    pt: 'entalad*|preso na|presa na|travad*|engasgad*',
    ar: 'حاصل|حاصله|تحصل|تحصلات|وقف ليه ف|وقفات ليه ف|7asl|t7asl|t7aslat|واقف|واقفه|عالق|عالقه|علقت|معلق|معلقه|محشور|محشوره|مزنوق|مزنوقه|wa2ef|wa2fa|wa2fe|3ale2|3al2a|m7shour|mazno2',
  },
  throat: {
    en: 'throat|windpipe|airway|gullet',
    es: 'garganta|traquea|gaznate|esofago',
    fr: 'gorge|trachee|gosier|oesophage',
    it: 'gola|trachea|esofago',
    de: 'hals|rachen|luftrohre|schlund|speiserohre',
    ca: 'gola|traquea|esofag',
    pt: 'garganta|traqueia|goela|esofago',
    ar: 'حلق|حلقو|الحلق|حنجره|كرجومه|الكرجومه|grjouma|gerjouma|7al9o|7el9o|حلقها|حلقي|حلقه|=بزوره|=بزورو|=بزورها|=بزوري|=بالزور|في =زوره|في =زورها|في =زوري|في =الزور|ف =زوره|ف =زورها|bzoro|bzorha|bzori|b zoro|fi zoro|f zoro|7al2|7al2o|7al2ha|7al2i',
  },
  dizzy: {
    en: 'dizzy|lightheaded|light headed|feel faint|feeling faint|about to faint|going to faint|going to pass out|about to pass out|vertigo|room is spinning|room spinning',
    es: 'mareado|mareada|mareo|me mareo|me voy a desmayar|se va a desmayar|vertigo|todo me da vueltas|me da vueltas la cabeza|mareadisim*|mareadit*|muy mareado|muy mareada|se marea mucho',
    fr: 'etourdi|etourdie|etourdissement*|vertige*|la tete qui tourne|la tete tourne|va evanouir|vais evanouir|tourner de oeil',
    it: 'capogiro|capogiri|mi gira la testa|gira la testa|giramento di testa|stordit*|sto per svenire|sta per svenire|vertigin*',
    de: 'schwindel*|schwindlig|schwummrig|mir wird schwarz vor augen|schwarz vor augen|kreislaufprobleme',
    ca: 'marejat|marejada|mareig|em roda el cap|roda el cap|em desmaiare|vertigen',
    pt: 'tonturas|tontura|tonta e|zonza|zonzo|vertigem|vou desmaiar|vai desmaiar|cabeca rodando|tudo rodando|estou tonta|estou tonto|to tonta|to tonto|ta tonta|ta tonto|fiquei tonta|fiquei tonto|sinto me tonta|sinto me tonto|atordoada|atordoado|tonteira|esta tonta|esta tonto|esta muito tonta|esta muito tonto',
    ar: 'دوخه|داخ|دايخ|دايخه|داخت|كندوخ|كتدوخ|dokha|dayekh|daykha|kandokh|katdokh|مدوخ|مدوخه|مدوّخ|داختلو|داخت عليه|داخت عليها|dakhet|dakh|dekh|dokh|mdawekh|mdawwekh|mdawkha|mdawwkha|mdewekh|dawkha|dou5a|do5a|dokha|mdawe5',
  },
  /** Down and cannot get up: less than unconscious, as grave in the heat. */
  collapse: {
    en: 'collapse*|fell over|keeled over|can not stand up|could not stand up|can not get up|could not get up|legs gave way|legs gave out|falling over|staggering|went limp|gone limp|wobbly',
    es: 'se desplomo|desplomad*|se cayo al suelo|se cae al suelo|no se tiene en pie|no puede levantarse|no se puede levantar|tambalea*|se ha caido redondo',
    fr: 'effondre*|est effondre|est effondree|tombe par terre|tombee par terre|ne tient plus debout|ne tient pas debout|ne peut plus se lever|titube*|ecroule|ecroule*|fait un malaise|a fait un malaise|malaise vagal',
    it: 'crollat*|accasciat*|si e accasciat*|non sta in piedi|non si regge in piedi|non riesce ad alzarsi|barcolla*|si e sentita male|si e sentito male|mancamento',
    de: 'zusammengebrochen|zusammengeklappt|zusammengesackt|kollabiert|umgefallen|kippt um|kann nicht stehen|kann nicht aufstehen|kommt nicht hoch|taumelt|torkelt|kreislaufkollaps',
    ca: 'desplomat|desplomada|ha desplomat|caigut a terra|no aguanta dret|no es pot aixecar|trontolla',
    pt: 'desabou|caiu no chao|caiu duro|nao se aguenta de pe|nao consegue levantar|nao consegue se levantar|cambaleia*|cambaleando|passou mal e caiu|tombou',
    ar: 'طاح فالارض|طاحت فالارض|طاح ف الارض|ما قادرش يوقف|مابقاش كيوقف|ما بقاش كيوقف|ta7 f lard|ta7 flard|ta7t flard|ma 9adrch ywe9ef',
  },
  /** Down after a fall and cannot get up (an older person at home, a dog at the foot of the stairs): a fracture or worse. */
  cannotGetUp: {
    en: 'will not get up|wont get up|won t get up|can not get up|cannot get up|could not get up|unable to get up|can not stand up|could not stand up|unable to stand up|can not get off the floor|can not get back up|could not get back up|cant stand up|cant get up|cant stand on|cannot stand on|can not stand on|cant put weight|cannot put weight|can not put weight',
    es: 'no se levanta|no se levantaba|no se quiere levantar|no puede levantarse|no se puede levantar|no puedo levantarme|no me puedo levantar|no consigue levantarse|no logra levantarse|sigue en el suelo|tirado en el suelo|tirada en el suelo|no se puede poner de pie',
    fr: "se releve pas|se releve plus|se leve plus|ne peut plus se lever|ne peut pas se lever|ne peut pas se relever|ne peut plus se relever|n'arrive pas a se relever|n'arrive plus a se relever|n'arrive pas a se lever|peux pas me relever|peux plus me relever|toujours par terre|reste par terre",
    it: 'non si alza|non vuole alzarsi|non riesce ad alzarsi|non riesce a rialzarsi|non riesco ad alzarmi|non riesco a rialzarmi|non si alza piu|non si rialza|ancora a terra|e ancora per terra',
    de: 'steht nicht auf|steht nicht mehr auf|kann nicht aufstehen|kann nicht mehr aufstehen|kann nimma aufstehen|kann nimmer aufstehen|kann nit aufstehen|kann ned aufstehen|kommt nicht hoch|kommt nicht mehr hoch|kommt nimma hoch|kommt nimmer hoch|liegt am boden|liegt auf dem boden|nicht aufstehen|nicht mehr aufstehen|nimma aufstehen|ned aufstehen|nit aufstehen',
    ca: 'no s aixeca|no aixeca|no es vol aixecar|no es pot aixecar|no pot aixecar se|no em puc aixecar|no es pot alcar|no pot alcar se|encara a terra|estirat a terra|estirada a terra',
    pt: 'nao consegue levantar|nao consegue se levantar|nao consegue levantar se|nao consigo levantar|nao consigo me levantar|nao consigo levantar me|nao se levanta|ainda no chao|caido no chao|caida no chao',
    ar: 'ما قادرش ينوض|ما قادراش تنوض|ما قادرش نوض|ماقادرش ينوض|ماقادراش تنوض|مابقاش قادر ينوض|ما يقدرش ينوض|ما قادرش يوقف|ما قادراش توقف|ma 9adrch ynod|ma 9adrach tnod|ma 9adrch nnod|ma katqderch twqef|ma katqdrch twqef|makatqderch twqef|ma tqderch twqef|ma 9adrach twqef|ma 9adrach tw9ef|ma katqderch tw9ef|ma katqderch tnod|ma katqderch tnoud|ما كتقدرش توقف|ماكتقدرش توقف|ما كتقدرش تنوض|ما كيقدرش يوقف|ma kayqderch ywqef',
  },
  /**
   * No longer answering when spoken to (Darija "ما بقاتش كتجاوب"): after a fall or a collapse, unconscious. Alone it
   * may be a phone nobody picks up, so the rule wants the fall beside it.
   */
  noAnswer: {
    en: 'not answering|no longer answering|stopped answering|does not answer|doesnt answer|wont answer|not responding to us|not responding when|not talking to us',
    es: 'no contesta|ya no contesta|no nos contesta|no responde cuando',
    fr: 'ne repond plus|ne nous repond pas|ne parle plus',
    it: 'non risponde piu|non ci risponde|non parla piu',
    de: 'antwortet nicht|antwortet nicht mehr|spricht nicht mehr',
    ca: 'no contesta|ja no contesta|no ens respon',
    pt: 'nao responde|ja nao responde|nao nos responde|nao fala',
    ar: 'ما بقاتش كتجاوب|ما بقاش كيجاوب|مابقاتش كتجاوب|مابقاش كيجاوب|ما كتجاوبش|ماكتجاوبش|ما كيجاوبش|ماكيجاوبش|ما عم ترد|ما عم يرد|مش عم ترد|مش عم يرد|لا تستجيب|لا يستجيب|ما بترد|ما بيرد|ma b9atch katjaweb|ma b9ach kayjaweb|makatjawbch|makayjawbch|ma 3am trodd|ma 3am yrodd',
  },
  fall: {
    en: 'fell|fall|fallen|jumped|tumbled|slipped|tripped|hard landing|landed hard|landed badly|bad landing|crash landed|crash landing|landed on his back|landed on her back|landed on his bum|landed on her bum|landed on his butt|landed on her butt|landed on his tailbone|landed on her tailbone|landed on my back|landed on my tailbone',
    es: 'cayo|caido|caida|se cayo|se ha caido|me cai|salto|se tiro|resbale|resbalo|tropece|tropezo|aterrizaje brusco|aterrizaje duro|aterrizaje violento|aterrizo mal|aterrizo de culo|aterrizo de golpe|aterrizo fuerte|cayo de culo|cayo de espaldas|se dio un golpe fuerte en el culo',
    fr: 'tombe|tombee|chute|saute|sautee|glisse|glissee|trebuche|atterrissage brutal|atterrissage violent|atterrissage dur|atterri brutalement|atterri violemment|atterri lourdement|mal atterri|mauvais atterrissage|atterri sur les fesses|tape fort sur les fesses|tape les fesses|tombe sur les fesses|tombee sur les fesses|tombe sur le dos|tombee sur le dos|tombe sur le coccyx|tombee sur le coccyx',
    it: 'caduto|caduta|cascato|cascata|precipitat*|volato giu|saltato|scivolato|scivolata|inciampato|inciampata|atterraggio duro|atterraggio brusco|atterraggio violento|atterrato male|atterrata male|atterrato di sedere|atterrata di sedere|caduto di sedere|caduta di sedere|caduto di schiena|caduta di schiena|sbattuto forte il sedere',
    de: 'gefallen|gesturzt|sturz|runtergefallen|heruntergefallen|abgesturzt|gesprungen|runtergesprungen|hingefallen|ausgerutscht|gestolpert|harte landung|hart gelandet|unsanft gelandet|schlecht gelandet|bruchlandung|auf den hintern gefallen|aufs steissbein gefallen|auf den rucken gefallen|aufs gesass gefallen|hart aufgeschlagen|obagfalln|obagfallen|owegfalln|owagfalln|abegfalln|abigfalln|runtergfalln|hingfalln|higfalln|umgfalln|gfalln|gstiazt|gstirzt|obagstiazt|abegstiazt',
    ca: 'caigut|caiguda|ha caigut|va caure|vaig caure|saltat|relliscat|relliscada|ensopegat|aterratge brusc|aterratge dur|aterratge violent|ha aterrat malament|va aterrar malament|ha caigut de cul|va caure de cul|ha caigut d esquena|va caure d esquena',
    pt: 'caiu|cai|caido|caida|queda|pulou|despencou|levou um tombo|levei um tombo|escorreguei|escorregou|tropecei|tropecou|aterragem brusca|aterragem dura|aterrissagem brusca|aterrissagem dura|pouso duro|pouso brusco|aterrou mal|aterrissou mal|caiu de bunda|caiu de rabo|caiu de costas|caiu sentado|caiu sentada|bateu forte com o rabo|bateu forte com a bunda',
    ar: 'طاح|طاحت|طحت|طايح|سقط|سقطت|وقع|وقعت|طيحه|ta7|ta7t|t7t|tay7|وقع|وقعت|وقعت عالارض|وقع عالارض|وقع على الارض|زحط|زحطت|تزحلق|تزحلقت|اتزحلق|اتزحلقت|انزلق|انزلقت|اتكعبل|اتكعبلت|w2e3|wi2e3|w2e3et|wa2a3|wa2a3t|za7at|za7att|tza7la2|etza7la2|هبوط قوي|هبوط عنيف|هبط بقوه|نزل جامد|نزل بقوه|طاح على ظهره|طاحت على ظهرها|وقع على ظهره|وقعت على ظهرها|طاح على قفاه|وقع على مؤخرته|طاح على مؤخرته|ta7 3la dahro|w2e3 3ala dahro|nezel gamed',
  },
  /** A fall from a height: a balcony, a window, a roof (not a few stairs, which a physio sees every day). */
  height: {
    en: 'balcony|window|roof|terrace|ladder|second floor|third floor|first floor|height|tree',
    es: 'balcon|ventana|tejado|terraza|un segundo piso|un tercer piso|primer piso|segundo piso|altura|arbol',
    fr: 'balcon|fenetre|toit|terrasse|echelle|premier etage|deuxieme etage|troisieme etage|hauteur|arbre',
    it: 'balcone|finestra|tetto|terrazzo|terrazza|primo piano|secondo piano|terzo piano|altezza|albero',
    de: 'balkon|fenster|dach|terrasse|leiter|ersten stock|zweiten stock|dritten stock|hohe|baum',
    ca: 'balco|finestra|teulada|terrat|terrassa|primer pis|segon pis|alcada|arbre',
    pt: 'varanda|sacada|janela|telhado|terraco|laje|primeiro andar|segundo andar|terceiro andar|altura|arvore',
    ar: 'البالكون|بالكون|الشرجم|شرجم|السطح|سطح|balcon|balkon|charjem',
  },
  /** A blow to the head: with a fall, vomiting, blood or confusion, a head injury. */
  headInjury: {
    en: 'hit his head|hit her head|hit my head|hit their head|banged his head|banged her head|banged my head|bumped his head|bumped her head|bumped my head|knocked his head|knocked her head|head injury|head trauma|concussion|on his head|on her head|on my head|hit my head on|smacked my head|smashed my head|knocked my head|hit the back of my head|landed on my head|landed on his head|landed on her head|board to the head|board to his head|board to her head|board hit him in the head|board hit her in the head|hit in the head|got hit in the head|smacked in the head|struck in the head|whacked in the head|dived head first|dove head first|dived in head first|dove in head first|dived headfirst|dove headfirst|head first into|headfirst into|hit by the boom|the boom hit him|the boom hit her|boom hit him in the head|boom hit her in the head|boom to the head|took the boom to the head',
    es: 'se golpeo la cabeza|se dio en la cabeza|se ha dado en la cabeza|golpe en la cabeza|golpe fuerte en la cabeza|traumatismo craneal|conmocion|cayo de cabeza|cayó de cabeza|caido de cabeza|se cayo de cabeza|se tiro de cabeza|en la cabeza|me golpee la cabeza|me di un golpe en la cabeza|me di en la cabeza|me pegue en la cabeza|me pegue un golpe en la cabeza|se pego en la cabeza|cayo de cabeza|se lanzo de cabeza|salto de cabeza|se zambullo de cabeza|se metio de cabeza|la tabla en la cabeza|le dio la tabla|golpe de botavara|le dio la botavara|la botavara le dio|la botavara le golpeo|le ha dado la botavara|la botavara le ha dado|en er coco|en el coco',
    fr: "cogne la tete|cognee la tete|coup sur la tete|coup a la tete|choc a la tete|traumatisme cranien|commotion|sur la tete|me suis cogne la tete|je me suis cogne la tete|me suis tape la tete|s'est cogne la tete|s'est tape la tete|tombe sur la tete|plonge la tete la premiere|plonge tete la premiere|plongee tete la premiere|tete la premiere|pris la planche sur la tete|planche dans la tete|coup de bome|la bome l a frappe|la bome l a tape|pris la bome|pris un coup de bome|la bome sur la tete",
    it: 'sbattuto la testa|battuto la testa|botta in testa|botta alla testa|colpo alla testa|colpo in testa|trauma cranico|commozione cerebrale|caduto di testa|caduta di testa|cade di testa|tuffo di testa|ho battuto la testa|ho sbattuto la testa|ha picchiato la testa|ho picchiato la testa|caduto di testa|caduta di testa|tuffato di testa|tuffata di testa|si e tuffato di testa|tavola in testa|preso la tavola in testa|preso in testa|colpito dal boma|colpita dal boma|il boma lo ha colpito|il boma la ha colpita|preso il boma|una bomata|boma in testa',
    de: 'kopf angeschlagen|auf den kopf gefallen|kopf gestossen|den kopf gestossen|kopfverletzung|gehirnerschutterung|schadel hirn trauma|platzwunde am kopf|auf den kopf|kopf aufgeschlagen|mit dem kopf aufgeschlagen|kopf angehauen|den kopf angeschlagen|mir den kopf gestossen|sich den kopf gestossen|kopf angestossen|mit dem kopf auf*|mit dem kopf gegen|mit dem kopf an|mitn kopf auf*|mitn kopf gegen|mitn kopf an|mim kopf auf*|mim kopf gegen|mitm kopf auf*|mitm kopf gegen|kopf aufgschlagn|kopf angschlagn|aufn kopf gfalln|an den kopf bekommen|an den kopf gekriegt|an den kopf gekricht|an den kopf geknallt|an den kopf geschlagen|an den kopf geflogen|gegen den kopf bekommen|gegen den kopf gekriegt|gegen den kopf geknallt|gegen den kopf geschlagen|am kopf getroffen|am kopf erwischt|kopfsprung|kopfuber gesprungen|kopfuber ins wasser|vom baum getroffen|baum an den kopf|grossbaum an den kopf|vom grossbaum getroffen|den baum abbekommen|baum gegen den kopf',
    ca: 'cop al cap|cop de cap|ha donat un cop al cap|es va donar un cop al cap|traumatisme cranial|conmocio|caigut de cap|va caure de cap|em vaig donar un cop al cap|em vaig picar el cap|es va picar el cap|ha picat de cap|vaig picar de cap|tirat de cap|llencat de cap|saltat de cap|es va tirar de cap|la taula al cap|la planxa al cap|en es cap|a es cap|cop de botavara|la botavara li ha pegat|sa botavara li ha pegat|la botavara l ha tocat|li ha pegat la botavara|li ha donat la botavara',
    pt: 'bateu com a cabeca|bateu a cabeca|pancada na cabeca|batida na cabeca|traumatismo craniano|concussao|caiu de cabeca|caido de cabeca|cai de cabeca|bati com a cabeca|bati a cabeca|bati na cabeca|batido com a cabeca|bateu na cabeca|caiu de cabeca|mergulhou de cabeca|mergulhei de cabeca|mergulho de cabeca|pulou de cabeca|saltou de cabeca|se atirou de cabeca|levou com a prancha na cabeca|prancha na cabeca|levou na cabeca|acertou na cabeca|acertou lhe na cabeca|levou com a retranca|a retranca bateu|bateu a retranca|pancada da retranca|retranca na cabeca',
    ar: 'انضرب على راسه|انضربت على راسها|انضرب براسه|انضربت براسها|اتضرب على راسه|اتضربت على راسها|راسها عم ينزف|راسه عم ينزف|راسها بينزف|راسه بينزف|راسها ينزف|راسه ينزف|راسو عم ينزف|انفتح راسه|انفتح راسها|انفتح راسو|انجرح راسه|انجرحت براسها|جرح براسه|جرح براسها|وقع على راسه|وقعت على راسها|وقع عراسه|وقعت عراسها|ضرب راسو|ضربات راسها|تضرب فراسو|تضربات فراسها|ضربه فالراس|طاح على راسو|طاحت على راسها|tdreb f raso|ta7 3la raso|drb raso|ضربت راسي|تضربت فراسي|طحت على راسي|drbt rasi|tdrbt f rasi|t7t 3la rasi|ضرب راسه|ضربت راسها|ضربت راسه|طاح على راسه|طاحت على راسها|ضربت راسي|dorbet rasha|drbt rasha|drab raso|drab rasso|ta7 3la rasso|ta7et 3la rasha|dorbo raso|غطس على راسو|غطس على راسه|نقز على راسو|نقز على راسه|غطست على راسها|نقزت على راسها|ghtas 3la rasou|n9az 3la rasou|no9z 3la raso|ضربه الشراع على راسه|ضربها الشراع على راسها|ضربته الخشبه على راسه|ضربه على راسه|ضربها على راسها|ضربه براسه|انضرب على راسه',
  },
  /** The neck: hurting after a dive head first or a fall, with arms or legs gone numb, the spine until seen. */
  neck: {
    en: 'neck|nape',
    es: 'cuello|nuca|cervicales',
    fr: 'cou|nuque|cervicales',
    it: 'collo|nuca|cervicale|cervicali',
    de: 'nacken|genick|halswirbel*|halswirbelsaule',
    ca: 'coll|clatell|cervicals',
    pt: 'pescoco|nuca|cervical|cervicais',
    ar: 'رقبه|رقبتو|رقبته|رقبتها|رقبتي|عنق|عنقه|الرقبه|ra9ba|rgba|ragba|r9ebtou|r9ebto|rgebto|ra9bto',
  },
  /**
   * Thrown or slammed to the ground (a judo or jiu-jitsu throw, a slam, a tackle, a dump from a board): with the neck
   * hurting and arms or legs tingling, weak or numb, the spine until seen.
   */
  slam: {
    en: 'slammed|got slammed|body slammed|bodyslammed|suplexed|spiked on his head|spiked on her head|thrown on his head|thrown on her head|thrown on his neck|thrown on her neck|dropped on his head|dropped on her head|dropped on his neck|dropped on her neck|got tackled|was tackled|speared',
    es: 'lo estamparon|la estamparon|me estamparon|le hicieron un slam|me hicieron un slam|lo tiraron de cabeza|la tiraron de cabeza|lo proyectaron|la proyectaron|lo azotaron contra el suelo|la azotaron contra el suelo|lo placaron|la placaron|cayo de cuello',
    fr: 'projete au sol|projetee au sol|plaque au sol|plaquee au sol|claque au sol|claquee au sol|balance au sol|balancee au sol|slamme|slammee|pris un slam|tombe sur la nuque|tombee sur la nuque',
    it: 'scaraventato a terra|scaraventata a terra|proiettato a terra|proiettata a terra|sbattuto a terra|sbattuta a terra|placcato|placcata|preso uno slam|caduto sul collo|caduta sul collo',
    de: 'auf die matte geknallt|auf die matte geschleudert|zu boden geworfen|zu boden geschleudert|auf den boden geknallt|auf den nacken gefallen|auf den nacken geworfen|geslammt',
    ca: 'llancat a terra|llancada a terra|estampat a terra|estampada a terra|projectat a terra|projectada a terra|placat|placada|caigut de coll',
    pt: 'levou um slam|tomou um slam|tomou uma queda|levou uma queda|foi arremessado|foi arremessada|jogado no chao|jogada no chao|cravado no chao|cravada no chao|caiu de pescoco|bateu o pescoco',
    ar: 'انرمى على الارض|انرمت على الارض|رماه على الارض|رماها على الارض|ضربه بالارض|ضربها بالارض|وقع على رقبته|وقعت على رقبتها|طاح على رقبته|طاحت على رقبتها',
  },
  /** The back and the spine: after a fall, with pain and someone barely moving, the spine until seen. */
  back: {
    en: 'back|spine|lower back|tailbone',
    es: 'espalda|columna|coxis|lumbares',
    fr: 'dos|colonne|coccyx|lombaires',
    it: 'schiena|colonna|coccige|lombare|lombari',
    de: 'rucken|wirbelsaule|steissbein|kreuz',
    ca: 'esquena|columna|coccix|lumbars',
    pt: 'costas|coluna|coccix|lombar',
    ar: 'ظهر|ظهري|ظهره|ظهرها|ضهر|ضهري|ضهره|ضهرها|الظهر|الضهر|dahr|dahri|dahro|dahrha|da7r',
  },
  /** Lying there barely moving after a fall (not "cannot move" a limb, which `immobile` reads). */
  barelyMoving: {
    en: 'barely moving|hardly moving|not moving much|is not moving|isnt moving|won t move|wont move|not really moving|can barely move|can hardly move',
    es: 'apenas se mueve|casi no se mueve|no se mueve|no se mueve mucho|no se quiere mover|apenas se puede mover',
    fr: 'bouge pas trop|bouge pas beaucoup|bouge a peine|bouge presque pas|bouge plus|bouge pas|ne bouge pas|ne bouge plus|peut a peine bouger|veut pas bouger',
    it: 'si muove appena|si muove a malapena|non si muove|non si muove molto|quasi non si muove|non vuole muoversi',
    de: 'bewegt sich kaum|bewegt sich nicht|bewegt sich nicht mehr|kann sich kaum bewegen|will sich nicht bewegen',
    ca: 'gairebe no es mou|amb prou feines es mou|no es mou|no es vol moure|no es mou gaire',
    pt: 'mal se mexe|quase nao se mexe|nao se mexe|nao esta se mexendo|nao se mexe muito|mal consegue se mexer|nao quer se mexer',
    ar: 'ما عم يتحرك|ما عم تتحرك|ما بيتحرك|ما بتتحرك|مش قادر يتحرك|مش قادره تتحرك|ما كيتحركش|ما كتتحركش|ما يتحركش|ما تتحركش|بالكاد يتحرك|بالكاد تتحرك|ma 3am yet7arrak|ma 3am tet7arrak',
  },
  vomit: {
    en: 'vomit*|throwing up|threw up|been sick|puking|puked|being sick',
    es: 'vomit*|devolvi*|devuelve|devolviendo',
    fr: 'vomi*|vomissement*|gerbe',
    it: 'vomit*|rimett*|rigett*',
    de: 'erbrochen|erbricht|erbrechen|ubergeben|ubergibt|kotzt|gekotzt|brechen|bricht',
    ca: 'vomit*|vomita*|ha tret',
    pt: 'vomit*|vomitou|vomitando|golfou',
    ar: 'تقيا|كيتقيا|تقيات|كيرجع|رجعات|kayrje3|t9ia|kayt9ia|vomi|vomir|استفرغ|استفرغت|عم يستفرغ|عم تستفرغ|بيستفرغ|بتستفرغ|ترجيع|يتقيأ|تتقيأ|تقيأ|تقيؤ|estafragh|esstafragh|3am yestafregh|3am testafregh|tarjee3|yrejja3|trejja3|yrejje3|trejje3|rejja3|rejj3at|yrajja3|trajja3',
  },
  /**
   * Someone on a blood thinner (by the class or by a brand name: Sintrom, warfarin, Eliquis, Xarelto, Previscan):
   * with a blow to the head, a bleed inside the skull until a scan says otherwise.
   */
  bloodThinner: {
    en: 'blood thinner*|anticoagulant*|anticoagulated|warfarin|coumadin|sintrom|acenocoumarol|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|edoxaban|lixiana|previscan|fluindione|marcumar|heparin|lovenox|enoxaparin',
    es: 'anticoagulante*|anticoagulad*|sintrom|acenocumarol|warfarina|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|edoxaban|heparina|clexane',
    fr: 'anticoagulant*|anticoagule|anticoagulee|fluidifiant*|sintrom|acenocoumarol|previscan|fluindione|coumadine|warfarine|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|heparine|lovenox',
    it: 'anticoagulant*|scoagulat*|sintrom|acenocumarolo|coumadin|warfarin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|eparina|clexane',
    de: 'blutverdunn*|gerinnungshemm*|antikoagul*|marcumar|marcoumar|phenprocoumon|sintrom|warfarin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|lixiana|heparin',
    ca: 'anticoagulant*|anticoagulat*|sintrom|acenocumarol|warfarina|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|heparina',
    pt: 'anticoagulante*|anticoagulad*|varfarina|marevan|sintrom|eliquis|apixabano|xarelto|rivaroxabano|pradaxa|dabigatrano|heparina',
    ar: 'مميع|مميعات|مميع للدم|مسيل للدم|مسيلات الدم|مضاد للتخثر|مضادات التخثر|دوا ديال الدم|دوا د الدم|دوا كيرقق الدم|دوا يرقق الدم|dwa dyal dem|dwa d dem|sintrom|سينتروم|warfarin|وارفارين|previscan|xarelto|anticoagulant',
  },
  confused: {
    en: 'confused|disoriented|not making sense|talking nonsense|talking gibberish|talking rubbish|speaking nonsense|saying nonsense|delirious|hallucinating|drowsy|very sleepy|so sleepy|really sleepy|keeps falling asleep|hard to wake|wont wake up|not himself|not herself|does not know where',
    es: 'confundid*|desorientad*|delira|delirando|delirio|dice tonterias|dice disparates|habla sin sentido|adormilad*|adormilao|adormila|amodorrad*|atontao|somnolient*|muy dormido|muy dormida|no se despierta|no sabe donde esta|dice cosas raras',
    fr: 'confus|confuse|desoriente*|delire|delirer|divague|raconte importe quoi|somnolent*|tout endormi|toute endormie|tres endormi|tres endormie|difficile a reveiller|ne sait plus ou|dit importe quoi',
    it: 'confus*|disorientat*|delira|delirando|delirio|vaneggia|dice cose senza senso|parla senza senso|sonnolent*|molto assonnato|molto assonnata|non si sveglia|intontit*|non sa dove si trova|dice cose strane',
    de: 'verwirrt|desorientiert|fantasiert|halluziniert|redet unsinn|redet wirres zeug|redet wirr zeug|benommen|schlafrig|durcheinander|weiss nicht wo|wass nicht wo|woass nicht wo|woas nicht wo|weiss nimmer wo|weiss nicht mehr wo|wass nimmer wo|kennt niemanden mehr|erkennt uns nicht|redet wirr|redet komisch|redt komisch|redt so komisch|redet so komisch|spricht wirr|spricht komisch|red so komisch',
    ca: 'confus|confusa|desorientat*|delira|deliri|diu bestieses|parla sense sentit|atordit*|somnolent*|no sap on es',
    pt: 'confus*|desorientad*|delira|delirando|delirio|falando besteira|falando coisa com coisa|sonolent*|muito sonolento|muito sonolenta|nao acorda|grogue|nao sabe onde esta|falando coisas sem sentido',
    ar: 'يهذي|تهذي|بيهذي|بتهذي|عم يهذي|عم تهذي|كيهذي|كتهذي|مدوخ|مخربق|ما عارفش فين|ناعس بزاف|ناعسه بزاف|mkhlo3|mkhrb9|n3es bzaf|n3sa bzaf|ما راهش يجاوب|ما راهيش تجاوب|ما يجاوبش مليح|ما تجاوبش مليح|ma rahch yjawb|ma rahich tjawb|ma tahderch mlih|ma yahderch mlih|ما تهدرش مليح|ما يهدرش مليح|مش مركز|مش مركزه|مو مركز|مو مركزه|مش واعي|مش واعيه|مو واعي|مش عم يعرف حدا|مش عم يعرفنا|ما عم يعرفنا|مشوش|مشوشه|بيخرف|عم يخرف|مخربط|mish mrakkez|mesh mrakkez|mesh wa3i|mish wa3i|3am ykharref|mshawash|كيخلط فالهضره|كتخلط فالهضره|كيخلط فالكلام|كتخلط فالكلام|ما عاقلش علينا|ما عاقلاش علينا|ما بقاش عاقل علينا|ما بقاتش عاقله علينا|kaykhalat f lhadra|katkhalat f lhadra|kaykhlet f lhadra|katkhlet f lhadra|ma 3a9lach 3lina|ma 3a9elch 3lina',
  },
  numb: {
    en: 'numb|numbness|tingling|tingly|tingles|tingle|pins and needles|can not feel|cannot feel|=cant feel|could not feel|=couldnt feel|no feeling in|lost the feeling in|weak|weakness|can not move|can barely lift|can hardly lift|can not lift|barely lift|hardly lift',
    es: 'entumecid*|adormecid*|dormida|dormido|hormigueo|hormiguea|hormiguean|no siento|debilidad|sin fuerza|acorchad*|no puedo mover|no puede mover|no puede levantar|apenas puede levantar|casi no puede levantar|no puedo levantar|apenas puedo levantar',
    fr: 'engourdi*|fourmill*|picote|picotent|picotements|ne sens plus|ne sent plus|faiblesse|sans force|peux plus bouger|peut plus bouger|arrive plus a lever|arrive pas a lever|peut a peine lever|peux a peine lever|peine a lever',
    it: 'intorpidit*|formicol*|addormentat*|non sento|non sente|debolezza|senza forza|non riesco a muovere|non riesce a muovere|non riesce ad alzare|non riesce a sollevare|a malapena alzare',
    de: 'taub|taubheit|taubheitsgefuhl|kribbeln|kribbelt|kribbelig|eingeschlafen|spure nichts|spure nicht|schwach|schwache|lahmung|kann nicht bewegen|kaum heben|nicht heben|nicht mehr heben|kaum hochheben|nicht hochheben|kaum hoch',
    ca: 'adormit*|formigueig|formiguej*|no sento|no sent|debilitat|sense forca|no puc moure|no pot moure',
    pt: 'dormente|dormencia|formigamento|formigando|nao sinto|nao sente|fraqueza|sem forca|nao consigo mexer|nao consegue mexer|mal consegue levantar|nao consegue levantar|mal consigo levantar|nao consigo levantar|formigueiro|formigueiros',
    ar: 'تنميل|خدر|مخدر|منمل|فيها النمل|ما حاسش|ما حاساش|tnmil|mkhder|mn9el|ما بيقدر يرفع|ما بتقدر ترفع|ما عم يقدر يرفع|ما عم تقدر ترفع|مش قادر يرفع|مش قادره ترفع|مو قادر يرفع|مو قادره ترفع|ما يقدر يرفع|ما تقدر ترفع|بالكاد يرفع|بالكاد ترفع|بالعافيه يرفع|بالعافيه ترفع|يا دوب يرفع|يا دوب ترفع|لا يستطيع رفع|لا تستطيع رفع|ولا يستطيع رفع|ولا تستطيع رفع|لا يقدر يرفع|ولا يقدر يرفع|ما قادرش يهز|ما قادراش تهز|ما يقدرش يهز|ما تقدرش تهز|ما بقاش كيهز|ما بقاتش كتهز|بالزز كيهز|ma b2der yerfa3|ma 3am ye2der yerfa3|mish 2ader yerfa3|mesh 2ader yerfa3|mo gader yerfa3|ma yigdar yerfa3|bel kad yerfa3|ya dob yerfa3|ma 9adrch yhez|ma y9derch yhez|ma bqach kayhez',
  },
  /** A limb or a side of the body, for numbness on one side. */
  limb: {
    en: 'arm|arms|leg|legs|hand|face|side of my body|side of her body|side of his body',
    es: 'brazo|brazos|pierna|piernas|mano|cara|lado del cuerpo',
    fr: 'bras|jambe|jambes|main|visage|cote du corps',
    it: 'braccio|braccia|gamba|gambe|mano|faccia|viso|lato del corpo',
    de: 'arm|arme|bein|beine|hand|gesicht|korperhalfte|seite des korpers',
    ca: 'brac|bracos|cama|cames|ma|cara|costat del cos',
    pt: 'braco|bracos|perna|pernas|mao|rosto|cara|lado do corpo',
    ar: 'يدي|ايدي|رجلي|وجهي|جنب|الجنب|دراعي|ydi|rjli|wjhi|dra3i|ايده|ايدها|ايدو|يده|يدها|يدو|دراعه|دراعها|دراعو|ذراعه|ذراعها|ذراعي|رجله|رجلها|رجلو|اجره|اجرها|2ido|2idha|eido|dra3o|dra3ha|rejlo|ijro',
  },
  headache: {
    en: 'headache|head hurts|head is pounding|migraine',
    es: 'dolor de cabeza|me duele la cabeza|le duele la cabeza|jaqueca|migrana|cefalea',
    fr: 'mal de tete|mal a la tete|migraine|cephalee',
    it: 'mal di testa|cefalea|emicrania|mi fa male la testa',
    de: 'kopfschmerz*|kopfweh|chopfweh|migrane|brummschadel',
    ca: 'mal de cap|migranya|cefalea',
    pt: 'dor de cabeca|enxaqueca|cefaleia|dor na cabeca',
    ar: 'صداع|الصداع|راسي كيضرني|راسي كيوجعني|sda3|rasi kaydrni',
  },
  /** Out of nowhere, the worst ever: a headache like this is a bleed until proven otherwise. */
  sudden: {
    en: 'sudden|suddenly|all of a sudden|out of nowhere|explosive|thunderclap|like never before',
    es: 'de repente|repentin*|subit*|de golpe|nunca habia tenido|como nunca',
    fr: 'soudain*|brutal*|un coup|tout a coup|jamais eu|comme jamais',
    it: 'improvvis*|improvviso|di colpo|mai avuto|come mai',
    de: 'plotzlich*|schlagartig|wie nie zuvor|noch nie so',
    ca: 'de cop|sobtat*|de sobte|mai havia',
    pt: 'de repente|repentin*|subit*|nunca tive|como nunca',
    ar: 'فجاه|فجأه|بلا ما نعرف|عمري ما|fja2a|fjaa|3omri ma',
  },
  /**
   * The procedures of a fertility clinic: eggs retrieved, the ovaries stimulated, an embryo transferred. Days after
   * it, hardly passing urine is ovarian hyperstimulation, and a fever with pain a pelvic infection or a bleed
   * (domain/safety.ts); a belly a little bloated is what it usually leaves. Not a bare "transfer" (a bank's) nor a
   * bare "pick up".
   */
  eggRetrieval: {
    en: 'egg retrieval|egg collection|egg pick up|egg pickup|oocyte retrieval|follicle aspiration|embryo transfer|the retrieval|my retrieval|eggs retrieved|eggs collected|retrieval|ovarian stimulation|hyperstimulation|ohss',
    es: 'puncion|puncion ovarica|puncion folicular|aspiracion folicular|transferencia embrionaria|transferencia de embriones|transferencia del embrion|extraccion de ovulos|extraccion de ovocitos|me sacaron los ovulos|estimulacion ovarica|hiperestimulacion',
    fr: 'ponction|ponction ovarienne|ponction ovocytaire|ponction d ovocytes|recueil d ovocytes|transfert d embryon|transfert embryonnaire|transfert des embryons|ponction folliculaire|recueil des ovocytes|stimulation ovarienne|hyperstimulation',
    it: 'pick up|pickup|pick up ovocitario|prelievo di ovociti|transfer embrionale|trasferimento embrionale|trasferimento degli embrioni|prelievo ovocitario|prelievo degli ovociti|prelievo ovociti|stimolazione ovarica|iperstimolazione',
    de: 'punktion|follikelpunktion|eizellenentnahme|embryotransfer|embryonentransfer|eizellentnahme|eizellpunktion|eizellen entnommen|hormonstimulation|uberstimulation|uberstimulationssyndrom',
    ca: 'puncio|puncio ovarica|transferencia embrionaria|transferencia d embrions|extraccio d ovuls|extraccio dels ovuls|estimulacio ovarica|hiperestimulacio',
    pt: 'puncao|puncao ovarica|puncao folicular|transferencia embrionaria|transferencia de embrioes|coleta de ovulos|coleta de ovocitos|coleta dos ovulos|captacao de ovulos|estimulacao ovarica|hiperestimulacao',
    ar: 'سحب البويضات|نقل الاجنه|ارجاع الاجنه|ترجيع الاجنه|نقل الجنين|sa7b el bwaydat|sa7b lbwaydat|سحب البيوض|سحب بويضات|سحب البويضه|تجميع البويضات|شفط البويضات|تنشيط المبايض|تنشيط التبويض|ابر التنشيط|ابر تنشيط|فرط التنشيط|فرط تنشيط المبايض|فرط التحفيز|sa7b el bwaydat|sa7b lbwaydat|sa7b el bayd|sa7b el bwayda|tansheet el mabayed|ebar tansheet',
  },
  /** Hardly passing urine: a body short of fluid where it should be (ovarian hyperstimulation, a kidney). */
  lowUrine: {
    en: 'hardly peeing|barely peeing|hardly pee|barely pee|hardly any urine|very little urine|peeing very little|peeing hardly anything|not peeing much|hardly weeing|barely weeing',
    es: 'casi no hago pis|casi no hago pipi|casi no orino|apenas orino|apenas hago pis|orino muy poco|orino poquisimo|hago muy poco pis|hago muy poquito pis|no hago pis|no orino',
    fr: 'fais presque plus pipi|fais presque pas pipi|fais tres peu pipi|urine tres peu|urine presque plus|presque pas d urine|fais plus pipi|urine plus',
    it: 'faccio pochissima pipi|quasi non faccio pipi|non faccio quasi pipi|faccio poca pipi|urino pochissimo|urino poco|non urino',
    de: 'kaum urin|pinkle kaum|kann kaum pinkeln|muss kaum pinkeln|kaum wasser lassen|sehr wenig urin|uriniere kaum|kaum noch urin',
    ca: 'gairebe no faig pipi|gairebe no orino|orino molt poc|faig molt poc pipi|no faig pipi|no orino',
    pt: 'quase nao faco xixi|quase nao urino|urino muito pouco|faco pouco xixi|faco muito pouco xixi|quase sem urina|nao faco xixi|nao urino',
    ar: 'بولي قليل|البول قليل|قليل البول|قله البول|قله في البول|بالكاد ابول|ما عم ببول|ما عم بعمل بول|مش عم ببول|مش بعمل حمام|ما كنبولش|مابقيتش كنبول|ma 3am bbool|bawli 2alil|el bol 2alil|ma kanbolch',
  },
  /**
   * Urine or pee, said of oneself or another: with a colour of cola or tea beside it (darkColour), the muscle broken
   * down after a hard workout (rhabdomyolysis) until a doctor says otherwise.
   */
  urine: {
    en: 'urine|pee|peeing|piss',
    es: 'orina|pis|pipi|orino',
    fr: 'urine|urines|pipi',
    it: 'urina|pipi',
    de: 'urin|harn|pipi',
    ca: 'orina|pipi',
    pt: 'urina|xixi',
    ar: 'بول|البول|بولي|البيبي|pipi|bawl|bawli|bol',
  },
  /**
   * The brown of cola or of strong tea, said of urine (see urine): not "dark yellow", which is only a body short of
   * water.
   */
  darkColour: {
    en: 'brown|dark brown|reddish brown|cola|coca cola|coke|tea coloured|tea colored|colour of tea|color of tea|like tea|rusty|rust coloured',
    es: 'marron|marron oscuro|coca cola|color coca cola|color cola|color te|color de te|como te|pardo|parda',
    fr: 'marron|brun|brune|brunatre|coca|coca cola|couleur coca|couleur the|couleur de the|comme du the',
    it: 'marrone|marroncina|coca cola|color coca cola|color te|color del te|come il te|bruno|bruna',
    de: 'braun|dunkelbraun|braunlich|rotbraun|cola|colafarben|wie cola|teefarben|wie schwarztee|wie tee',
    ca: 'marro|marronos|coca cola|color de coca cola|color de te|com el te',
    pt: 'marrom|castanho|castanha|coca cola|cor de coca|cor de coca cola|cor de cha|como cha|cor de cafe',
    ar: 'لونه بني|لونو بني|لونها بني|لون بني|بني غامق|غامق بني|كولا|كوكا كولا|لون الكولا|زي الكولا|متل الكولا|بحال الكوكا|لون الشاي|زي الشاي|متل الشاي|بحال اتاي|قهوي|marron|kola|coca',
  },
  /** Light bleeding in pregnancy, in the word women use for it: with pain or cramps, a doctor now. */
  spotting: {
    en: 'spotting|spotted|spots of blood|brown discharge',
    es: 'manchado|manchando|manchitas de sangre|sangrado leve|manchas de sangre',
    fr: 'spotting|petites pertes|pertes brunes|pertes marron|pertes de sang|traces de sang',
    it: 'spotting|perdite|perdite marroni|perdite di sangue|macchie di sangue',
    de: 'schmierblutung|schmierblutungen|zwischenblutung|braunlicher ausfluss',
    ca: 'tacat|tacant|perdues|perdues de sang|taques de sang',
    pt: 'escape|escapes|borra de cafe|manchas de sangue|sangramento leve|spotting',
    ar: 'تنقيط|نقط دم|نقطه دم|نقاط دم|افرازات بنيه|شويه دم|spotting|tan9it',
  },
  pregnant: {
    en: 'pregnant|pregnancy|weeks along|breech|turn the baby|turning the baby|baby to turn|baby turned head down|=uur|=uurka|=uurkii|uur leh|uurleyda|=uurley',
    es: 'embarazad*|embarazo|encinta|prenada|de nalgas|podalica|podalico|girar al bebe|darle la vuelta al bebe|voltear al bebe',
    fr: 'enceinte|grossesse|en siege|presentation du siege|presentation en siege|bebe en siege|retourner le bebe|faire tourner le bebe',
    it: 'incinta|gravidanza|podalico|podalica|girare il bambino|far girare il bambino|girare il bebe',
    de: 'schwanger|schwangerschaft|trachtig|beckenendlage|steisslage|baby drehen|das baby zu drehen|das baby dreht',
    ca: 'embarassada|embaras|de natges|girar el nado|girar el bebe|podalic',
    pt: 'gravida|gravidez|gestante|prenha|pelvico|pelvica|virar o bebe|o bebe virar|bebe sentado|bebe esta sentado|bebe ta sentado',
    ar: 'حامل|الحمل|7amla|hamla|enceinte|مقعدي|الجنين مقلوب|يقلب الجنين',
  },
  /** How bad it is: a deep, raw, second-degree burn; the worst headache ever. */
  severe: {
    en: 'severe|badly|bad|deep|serious|second degree|third degree|raw|skin came off|skin peeled off|really bad|worst|horrible|terrible|unbearable|excruciating|=daran|aad u daran',
    es: 'grave|fuerte|profunda|el peor|la peor|horrible|insoportable|fortisimo|segundo grado|tercer grado|en carne viva|se levanto la piel|se me levanto la piel|muy quemad*',
    fr: 'grave|grosse|profonde|le pire|horrible|insupportable|atroce|violent|serieuse|deuxieme degre|second degre|troisieme degre|a vif|la peau est partie|peau arrachee',
    it: 'grave|brutta|profonda|il peggiore|peggior|fortissimo|terribile|insopportabile|seria|secondo grado|terzo grado|carne viva|pelle strappata|si e staccata la pelle',
    de: 'schwer|schwere|schlimm|schlimme|schlimmste|unertraglich|hollisch|extrem|tief|tiefe|zweiten grades|dritten grades|offen|rohes fleisch|haut abgerissen|haut ist ab',
    ca: 'greu|forta|profunda|el pitjor|horrible|insuportable|molt fort|segon grau|tercer grau|carn viva|pell arrencada',
    pt: 'grave|forte|profunda|a pior|horrivel|insuportavel|segundo grau|terceiro grau|em carne viva|pele arrancada|arrancou a pele|saiu a pele',
    ar: 'خطير|قوي|كبير|طيرات الجلده|طارت الجلده|الجلده تقلعات|khatir|kbir',
  },
  /** Lips, tongue, throat, eyelids: a swelling there can close the airway. */
  airway: {
    en: 'lips|lip|tongue|throat|eyelids|eyelid',
    es: 'labios|labio|lengua|garganta|parpados|parpado',
    fr: 'levres|levre|langue|gorge|paupieres|paupiere',
    it: 'labbra|labbro|lingua|gola|palpebre|palpebra',
    de: 'lippen|lippe|zunge|hals|rachen|augenlider|augenlid|lider',
    ca: 'llavis|llavi|llengua|gola|parpelles|parpella',
    pt: 'labios|labio|lingua|garganta|palpebras|palpebra',
    ar: 'شفايف|الشفايف|شفايفي|لسان|لساني|اللسان|الحلق|حلقي|الجفون|chfayef|lsani',
  },
  heatstroke: {
    en: 'heatstroke|heat stroke|sunstroke|heat exhaustion',
    es: 'golpe de calor|insolacion|agotamiento por calor',
    fr: 'coup de chaleur|insolation|epuisement par la chaleur',
    it: 'colpo di calore|colpo di sole|insolazione',
    de: 'hitzschlag|sonnenstich|hitzekollaps|hitzeerschopfung',
    ca: 'cop de calor|insolacio',
    pt: 'golpe de calor|insolacao|intermacao|exaustao por calor',
    ar: 'ضربه شمس|ضربه ديال الشمس|ضربه الشمس|ضربه حراره|darba dyal chems|darbat chems|coup de chaleur|insolation|ضربه شوب|ضربة شوب|ضربه حر|ضربة حر|ضربه الشوب|ضربه شمسيه|darbet shob|darbet shams|darbet 7ar|darbet shames',
  },
  /**
   * Overheated: a state, not a diagnosis. Said alone ("she got overheated at another groomer, do you use cage
   * dryers?") it tells neither that it is now nor that it is serious; with panting, a collapse, vomiting or
   * staggering it is heatstroke (domain/safety.ts).
   */
  overheated: {
    en: 'overheated|overheating|overheat|overheats',
    es: 'sobrecalentad*|se sobrecalento|se acaloro|acalorad*',
    fr: 'surchauffe|surchauffee|surchauffé|surchauffée|a eu trop chaud',
    it: 'surriscaldat*|accaldat*',
    de: 'uberhitzt|uberhitzung|uberhitzte',
    ca: 'sobreescalfat*|acalorat*',
    pt: 'superaquecid*|sobreaquecid*',
    ar: 'سخن كتير|سخن كثير|سخن زياده|سخنت كتير|سخن بزاف|سخن ياسر|سخن جدا|شوب عليه|شوب عليها|ماخد شوب|ماخده شوب|مشوب|انحر|انحرت|حران كتير|حرانه كتير|الحر ضربه|الحر ضربها|تعب من الحر|ضربو الصهد|ضربها الصهد|s5en ktir|skhen ktir|skhen bzaf|s5en bzaf|sa5en ktir|shawab|mshawweb|shob 3aleh|shob 3aleha|ma5ed shob|7arran ktir|ta3ban mn el 7ar|drbo s9ad|drbo sehd',
  },
  poisoned: {
    en: 'poisoned*',
    es: 'envenenad*|intoxicad*|se ha intoxicado|se intoxico',
    fr: 'empoisonne*|intoxique*',
    it: 'avvelenat*|intossicat*',
    de: 'vergiftet|vergiftung',
    ca: 'enverinat*|intoxicat*',
    pt: 'envenenad*|intoxicad*',
    ar: 'تسمم|تسممات|مسموم|مسمومه|tsmm|tsmmat|masmoum',
  },
  /** Something got into an eye: with a chemical (dye, bleach), an eye to rinse and a doctor now. */
  inEye: {
    en: 'in my eye|in the eye|in his eye|in her eye|into my eye|into the eye|in my eyes|in the eyes|in his eyes|in her eyes|into his eyes|into her eyes|into my eyes|into the eyes|into their eyes|in their eyes|in your eye|in your eyes|in both eyes|splashed his eye|splashed her eye|splashed my eye|splashed in|went in his eye|went in her eye|went in my eye',
    es: 'en el ojo|en los ojos|en mi ojo|al ojo|en los ojos|a los ojos|en su ojo|en un ojo|le salpico el ojo|me salpico el ojo',
    fr: 'dans oeil|dans les yeux|dans mon oeil|dans son oeil|dans l oeil|dans ses yeux|dans les yeux|dans un oeil|dans mes yeux',
    it: 'negli occhi|in un occhio|nell occhio|entrato occhio|entrata occhio|nell occhio|negli occhi|nei suoi occhi|nei miei occhi|finita occhio|finito occhio|finita negli occhi|finito negli occhi|schizzata occhio|schizzato occhio|andata occhio|andato occhio|spruzzata occhio|spruzzato occhio',
    de: 'ins auge|im auge|in die augen|in den augen|ins aug',
    ca: 'a ull|als ulls|dins ull',
    pt: 'no olho|nos olhos|no meu olho|no olho dele|no olho dela|nos olhos dele|nos olhos dela|caiu no olho|espirrou no olho',
    ar: 'فعيني|ف عيني|فالعين|فعينو|f 3ini|f 3ino|على عينه|على عينها|على عيني|في عينه|في عينها|في عيني|فعينه|فعينها|داخل عينه|داخل عينها|بعينه|بعينها|بعيونه|بعيونها|في عيونه|في عيونها',
  },
  eye: {
    en: 'eye|eyes|eyeball',
    es: 'ojo|ojos|globo ocular',
    fr: 'oeil|yeux|globe oculaire',
    it: 'occhio|occhi|bulbo oculare',
    de: 'auge|augen|augapfel',
    ca: 'ull|ulls|globus ocular',
    pt: 'olho|olhos|globo ocular',
    ar: 'عين|عينو|عينها|عيني|العين|3ino|3inha|3ini',
  },
  /** An eye out of its socket: a pug or a cat after a fight, minutes count. */
  popOut: {
    en: 'popped out|popping out|pops out|came out|coming out|bulging out|out of the socket|out of its socket|hanging out|protruding',
    es: 'se le salio|se le ha salido|se salio|fuera de la orbita|fuera de su sitio|saltado|colgando|salido',
    fr: 'sorti|sortie|sort de orbite|hors de orbite|exorbite|pend',
    it: 'uscito|uscita|fuori dall orbita|fuoriuscito|sporge|penzola',
    de: 'rausgesprungen|herausgesprungen|hervorgetreten|quillt heraus|hangt heraus|aus der augenhohle',
    ca: 'sortit|sortida|fora de orbita|fora de lloc|penja',
    pt: 'saltou|saiu|pra fora|para fora|fora da orbita|saltado|pendurado',
    ar: 'خرجات|خارجه|3ino khrjat|khrjat|kharja',
  },
  /** A wound to the eye: a scratch, a cut, a blow. */
  eyeHurt: {
    en: 'injury|injured|scratched|scratch|cut|punctured|stabbed|hit in|got hit|was hit|hit by|hit with|poked|got poked|jabbed|took a ball|took the ball|took a shuttlecock|ball hit|ball struck|hit straight in|smacked|whacked|punched|elbowed',
    es: 'herida|herido|lesion|aranazo|aranado|aranada|cortado|golpe|golpeado|golpeada|pinchado|clavado|se ha dado con|se dio con|me he dado con|me di con|le han dado|le dieron|pelotazo|balonazo|bolazo|raquetazo|le dio un|me dio un|le pego|me pego',
    fr: 'blessure|blesse|blessee|griffe|griffure|coupure|perfore|creve|pris un coup|recu un coup|s est cogne|s est cognee',
    it: 'ferita|ferito|lesione|graffio|graffiato|graffiata|taglio|perforat*|colpito|colpita|preso un colpo|ha sbattuto|pallonata|pallonetto|pallina',
    de: 'verletzung|verletzt|kratzer|gekratzt|zerkratzt|schnitt|durchstochen|getroffen|schlag aufs auge|gestossen',
    ca: 'ferida|ferit|lesio|esgarrapada|esgarrapat|tall|colpejat|colpejada|s ha donat|es va donar',
    pt: 'ferida|ferido|machucad*|lesao|arranhao|arranhad*|corte|perfurad*|bateu com|levou uma pancada|pancada|bolada|levou uma bolada|levei uma bolada',
    ar: 'جرح|مجروح|تجرح|خبشه|خبشاتو|tjr7|khebcha',
  },
  /** A chemical that burns an eye: hair dye, bleach, a relaxer, an acid. */
  chemical: {
    en: 'chemical|chemicals|bleach|hair dye|dye|peroxide|relaxer|acid|lye|clorox|cleaning product|cleaning spray|cleaner|oven cleaner|drain cleaner|toilet cleaner|ammonia|cement|quicklime|detergent|pepper spray|solvent|paint thinner|battery acid|superglue|super glue|degreaser|tyre shine|tire shine|tyre dressing|tire dressing|wheel cleaner|rim cleaner|pesticide|insecticide|weed killer|petrol|gasoline|brake fluid',
    es: 'tinte|lejia|decolorante|quimico|quimicos|acido|agua oxigenada|alisado|amoniaco|desatascador|cemento|cal viva|detergente|gas pimienta|quitagrasas|limpiahornos|producto de limpieza|salfuman|aguafuerte|desengrasante|abrillantador de neumaticos|limpiallantas|pesticida|insecticida|gasolina|liquido de frenos',
    fr: 'teinture|produit chimique|decoloration|decolorant|javel|acide|eau oxygenee|lissage|ammoniaque|deboucheur|ciment|chaux|detergent|produit menager|produit de nettoyage|bombe au poivre|soude|destop|eau de javel|degraissant|lustrant pneus|brillant pneus|nettoyant jantes|pesticide|insecticide|de l essence|liquide de frein',
    it: 'tinta per capelli|tinta|decolorante|candeggina|acido|acqua ossigenata|prodotto chimico|stiratura|ammoniaca|sgorgante|cemento|calce|detersivo|detergente|spray al peperoncino|soda caustica|idraulico liquido|sgrassatore|lucida gomme|pulisci cerchi|pesticida|insetticida|benzina|liquido dei freni',
    de: 'haarfarbe|farbe|blondierung|bleiche|saure|wasserstoffperoxid|chemikalie*|chemie|glattung|ammoniak|abflussreiniger|rohrreiniger|zement|branntkalk|reiniger|putzmittel|backofenreiniger|pfefferspray|natronlauge|sekundenkleber|entfetter|reifenglanz|felgenreiniger|pestizid|insektizid|benzin|bremsflussigkeit',
    ca: 'tint|tintura|decolorant|lleixiu|acid|aigua oxigenada|producte quimic|amoniac|desembussador|ciment|calc viva|detergent|producte de neteja|desgreixant|netejallantes|pesticida|insecticida|gasolina|liquid de frens',
    pt: 'tinta|tintura|descolorante|lixivia|quimica|quimico|acido|agua oxigenada|alisante|formol|agua sanitaria|candida|amonia|amoniaco|desentupidor|cimento|cal viva|detergente|produto de limpeza|spray de pimenta|soda caustica|desengordurante|pretinho|limpa jantes|limpa rodas|pesticida|inseticida|gasolina|fluido de travao|fluido de freio',
    ar: 'صباغه|الصباغه|جافيل|الما القاطع|حمض|lma l9ate3|sbagha|javel|كلوركس|كلوروكس|الكلوركس|مبيض|المبيض|ديتول|اسيد|الاسيد|منظف|المنظف|منظفات|مواد تنظيف|ماء النار|ماء جافيل|ماء الجافيل|صودا كاويه|جير|اسمنت|clorox|كيماوي|كيماويات|الكيماوي|مواد كيماويه|ماده كيماويه|كيميائي|كيميائيه|مبيد|مبيدات|بنزين|البنزين|ديزل|ملمع الكفرات|kimawi|kimaawi|kimyawi|kimiyawi|mobid',
  },
  /** Someone who has diabetes (a low blood sugar is what sweating, shaking or confusion in them most likely means). */
  diabetes: {
    en: 'diabetic|diabetes|type 1|type one|type 2 diabetes|on insulin|takes insulin|insulin dependent|sugar is low|sugar is very low|low blood sugar|hypo|having a hypo|hypoglycemia|hypoglycaemia|insulin|his insulin|her insulin',
    es: 'diabetico|diabetica|diabetes|insulinodependiente|se pone insulina|usa insulina|tiene el azucar bajo|azucar baja|bajon de azucar|hipoglucemia|hipoglicemia|insulina|la insulina',
    fr: 'diabetique|diabete|insulinodependant|insulinodependante|sous insuline|fait de l insuline|hypoglycemie|hypo|sucre bas|le sucre a baisse|insuline|son insuline',
    it: 'diabetico|diabetica|diabete|insulinodipendente|fa l insulina|prende l insulina|ipoglicemia|zucchero basso|calo di zuccheri|insulina|l insulina',
    de: 'diabetiker|diabetikerin|diabetes|zuckerkrank|zuckerkranke|zuckerkranker|spritzt insulin|insulinpflichtig|unterzucker|unterzuckerung|zucker ist niedrig|insulin',
    ca: 'diabetic|diabetica|diabetis|insulinodependent|es posa insulina|hipoglucemia|sucre baix|insulina|la insulina',
    pt: 'diabetico|diabetica|diabetes|insulinodependente|toma insulina|usa insulina|hipoglicemia|acucar baixo|glicose baixa|queda de acucar|insulina|a insulina',
    ar: 'مريض بالسكر|مريضه بالسكر|مريض سكر|مريضه سكر|عندو السكر|عندها السكر|فيه السكر|فيها السكر|مرض السكر|السكري|مريض بالسكري|مصاب بالسكري|ياخذ الانسولين|ياخد الانسولين|هبوط السكر|السكر طاح|السكر هبط|نقص السكر|m3ah sokor|fih sokor|fiha sokor|3ando sokor|3andha sokor|mrid b sokor|mrida b sokor|sokor ta7|sokor hbet|sukkari|انسولين|الانسولين|الأنسولين|insulin|ansolin|l insulin',
  },
  /** Sweating (all over, cold): with shaking or confusion in a diabetic, a low blood sugar. */
  /**
   * A glucose reading below normal: domain/safety.ts writes "lowglucosereading" after a reading under 70 mg/dl (3.9
   * mmol/l, 0.7 g/l) said of a glucose meter or the blood sugar ("el aparato marca 41", "sugar is 2.8"), or a
   * blood sugar said to have crashed.
   */
  lowGlucose: {
    en: 'lowglucosereading|sugar crashed|sugar has crashed|sugar dropped very low',
    es: 'lowglucosereading|se le ha bajado mucho el azucar|le ha dado una bajada de azucar',
    fr: 'lowglucosereading|grosse hypo|sucre tres bas',
    it: 'lowglucosereading|crisi ipoglicemica|zucchero bassissimo',
    de: 'lowglucosereading|schwere unterzuckerung|zucker ganz unten',
    ca: 'lowglucosereading|baixada de sucre|sucre molt baix',
    pt: 'lowglucosereading|crise de hipoglicemia|acucar muito baixo',
    ar: 'lowglucosereading|هبوط حاد في السكر|السكر طاح بزاف|سكر نازل بزاف',
  },
  /** A glucose reading under 54 mg/dl (3.0 mmol/l): written by domain/safety.ts after the reading. */
  veryLowGlucose: {
    en: 'verylowglucosereading',
    es: 'verylowglucosereading',
    fr: 'verylowglucosereading',
    it: 'verylowglucosereading',
    de: 'verylowglucosereading',
    ca: 'verylowglucosereading',
    pt: 'verylowglucosereading',
    ar: 'verylowglucosereading',
  },
  sweating: {
    en: 'sweating|sweaty|sweats|cold sweat|clammy|drenched in sweat',
    es: 'sudando|sudor frio|sudores|sudoroso|sudorosa|empapado en sudor|empapada en sudor',
    fr: 'transpire|transpiration|sueurs|sueur froide|sueurs froides|en sueur|moite',
    it: 'suda|sudando|sudore freddo|sudorazione|tutto sudato|tutta sudata',
    de: 'schwitzt|schwitzen|kalter schweiss|schweissausbruch|schweissgebadet|klamm',
    ca: 'sua|suant|suor freda|suors',
    pt: 'suando|suor frio|suada|suado|transpirando|encharcado de suor',
    ar: 'يعرق|تعرق|كيعرق|كتعرق|عرقان|عرقانه|عرق بارد|عرق بزاف|y3re9|t3re9|ki3re9|kat3re9|3re9an|3ar9an|3r9 bared',
  },
  /** Shaking or trembling (not all over: the seizure table's "trembling" is that). */
  shaky: {
    en: 'shaking|shaky|trembling|tremors|the shakes',
    es: 'temblando|tiembla|temblores|tembloroso|temblorosa',
    fr: 'tremble|tremblements|tremblote|tremblant|tremblante',
    it: 'trema|tremando|tremori|tremolante',
    de: 'zittert|zittern|zitterig|zittrig',
    ca: 'tremola|tremolant|tremolors',
    pt: 'tremendo|treme|tremores|tremulo|tremula',
    ar: 'يرعش|ترعش|كيرعش|كترعش|يرجف|ترجف|عم يرجف|عم ترجف|رعشه|ير3ش|yr3ech|tr3ech|kayr3ech|katr3ech|yerjef|terjef|r3cha',
  },
  /** The heart racing or pounding out of rhythm. */
  palpitations: {
    en: 'palpitations|heart racing|heart is racing|racing heart|heart pounding|heart is pounding|heart is beating fast|heart beating fast|heart skipping|irregular heartbeat|heart fluttering',
    es: 'palpitaciones|taquicardia|el corazon a mil|corazon acelerado|el corazon me late muy rapido|arritmia',
    fr: 'palpitations|tachycardie|le coeur qui bat vite|coeur qui bat tres vite|coeur qui s emballe|le coeur s emballe|arythmie',
    it: 'palpitazioni|tachicardia|cuore a mille|il cuore batte forte|cuore che batte forte|aritmia|batticuore',
    de: 'herzrasen|herzklopfen|herzstolpern|herzrhythmusstorung*|das herz rast|herz rast',
    ca: 'palpitacions|taquicardia|el cor a mil|arritmia',
    pt: 'palpitacoes|taquicardia|coracao acelerado|coracao disparado|coracao a mil|arritmia|coracao a bater muito|coracao esta a bater muito|coracao batendo muito|coracao bate muito|coracao a bater tao',
    ar: 'خفقان|قلبي يدق بزاف|قلبي يضرب بزاف|قلبي كيضرب|دقات القلب سريعه|ضربات القلب سريعه|تسرع القلب|galbi ydo9 bezzaf|9albi ydo9|9albi kaydreb|khaf9an',
  },
  /**
   * Someone beats, hits or threatens the one who writes (or their children): said in the present or just
   * now, by a partner or a family member, or with fear of going home. A person in danger, not a therapy topic.
   */
  assault: {
    en: 'hit me|hits me|hitting me|beat me|beats me|beating me|beaten me|beat me up|beats me up|punched me|punches me|kicked me|kicks me|slapped me|slaps me|choked me|chokes me|strangled me|attacked me|hit the kids|hits the kids|beats the kids|beat the kids|hits us|beats us|threatened to kill|threatens to kill|threatening to kill|locked me in',
    es: 'me pega|me pego|me ha pegado|me golpea|me golpeo|me ha golpeado|me da palizas|me dio una paliza|me ha dado una paliza|me maltrata|me ahorca|me ahorco|me amenaza con matarme|amenazo con matarme|pega a los ninos|pega a mis hijos',
    fr: 'me frappe|m a frappe|m a frappee|ma frappe|ma frappee|me bat|m a battu|m a battue|me tape|m a giflee|m a gifle|me gifle|m a etranglee|menace de me tuer|m a menacee de mort|frappe les enfants|frappe mes enfants',
    it: 'mi picchia|mi ha picchiato|mi ha picchiata|mi mena|mi ha menato|mi ha menata|mi ha colpita|mi ha dato uno schiaffo|mi prende a schiaffi|mi maltratta|mi ha strangolata|minaccia di uccidermi|picchia i bambini|picchia i figli',
    de: 'schlagt mich|hat mich geschlagen|hat mich wieder geschlagen|schlug mich|verprugelt mich|hat mich verprugelt|misshandelt mich|hat mich gewurgt|wurgt mich|droht mich umzubringen|schlagt die kinder|schlagt meine kinder',
    ca: 'em pega|m ha pegat|em colpeja|m ha colpejat|em maltracta|pega els nens',
    pt: 'me bate|me bateu|bateu em mim|me agride|me agrediu|me espanca|me espancou|me maltrata|me enforcou|ameacou me matar|ameaca me matar|bate nos meus filhos|bate nas criancas',
    ar: 'ضربني|بيضربني|عم يضربني|كيضربني|ضربتني|بتضربني|يضربني|بيهددني|هددني بالقتل|بيضرب الولاد|darabni|darabne|3am yedrebne|byedrebne|kaydrebni|drebni|dorbni|m3a yedrebni',
  },
  /** Who may be beating the one who writes: a partner, an ex, a parent, a brother. */
  abuser: {
    en: 'husband|wife|boyfriend|girlfriend|partner|ex|ex husband|ex wife|fiance|fiancee|father|dad|stepdad|stepfather|mother|mum|mom|stepmother|brother|son|family|in laws|father in law|mother in law',
    es: 'marido|esposo|esposa|novio|novia|pareja|ex|expareja|exmarido|padre|padrastro|madre|madrastra|hermano|hijo|suegro|suegra',
    fr: 'mari|femme|copain|copine|compagnon|compagne|conjoint|conjointe|ex|ex mari|pere|beau pere|mere|belle mere|frere|fils|belle famille',
    it: 'marito|moglie|fidanzato|fidanzata|compagno|compagna|ex|ex marito|padre|patrigno|madre|matrigna|fratello|figlio|suocero|suocera',
    de: 'mann|ehemann|frau|ehefrau|freund|freundin|partner|partnerin|ex|exmann|vater|stiefvater|mutter|stiefmutter|bruder|sohn|schwiegervater|schwiegermutter',
    ca: 'marit|dona|parella|xicot|xicota|ex|pare|padrastre|mare|germa|fill|sogre|sogra',
    pt: 'marido|esposa|mulher|namorado|namorada|companheiro|companheira|ex|ex marido|pai|padrasto|mae|madrasta|irmao|filho|sogro|sogra',
    ar: 'جوزي|زوجي|زوجتي|مرتي|راجلي|خطيبي|ابوي|بيي|اخوي|حماي|jozi|jawzi|zawji|rajli|bayye|khayye|7amay',
  },
  /**
   * Something sharp or hard that flies or goes into an eye: a metal fragment while grinding, a splinter, a shard
   * of glass, a spark, a thrown axe, knife, dart or arrow bouncing back. In the eye, or with blood or an eye that will
   * not open, it may have gone through (safety.ts).
   */
  eyeObject: {
    en: 'metal|piece of metal|bit of metal|metal shard|metal fragment|shard|splinter|sliver|fragment|piece of glass|bit of glass|broken glass|glass shard|wood chip|spark|sparks|grinder|grinding|angle grinder|welding|fishhook|fish hook|pellet|bb gun|nail gun|firework|fireworks|axe|arrow|dart|knife|blade|throwing star',
    es: 'metal|trozo de metal|esquirla|astilla|fragmento|trozo de cristal|cristal roto|vidrio|chispa|chispas|amoladora|soldando|soldadura|anzuelo|perdigon|petardo|cohete|hacha|flecha|dardo|cuchillo|navaja',
    fr: 'metal|morceau de metal|eclat|echarde|fragment|morceau de verre|bout de verre|verre brise|etincelle|etincelles|meuleuse|disqueuse|soudure|hamecon|petard|hache|fleche|flechette|couteau|lame',
    it: 'metallo|pezzo di metallo|scheggia|frammento|pezzo di vetro|vetro rotto|scintilla|scintille|smerigliatrice|saldatura|pallino|petardo|ascia|accetta|freccia|freccetta|coltello|lama',
    de: 'metall|metallsplitter|splitter|glassplitter|scherbe|funken|funke|flex|winkelschleifer|schleifen|schweissen|angelhaken|diabolo|boller|axt|beil|pfeil|dart|messer|klinge|wurfstern',
    ca: 'metall|tros de metall|estella|fragment|tros de vidre|vidre trencat|guspira|guspires|soldadura|petard|destral|fletxa|dard|ganivet|fulla',
    pt: 'metal|pedaco de metal|lasca|farpa|estilhaco|fragmento|caco de vidro|pedaco de vidro|vidro|faisca|faiscas|esmerilhadeira|lixadeira|rebarbadora|solda|anzol|chumbinho|bombinha|machado|flecha|dardo|faca|lamina',
    ar: 'قطعه حديد|شظيه|شظايا|زجاج|قزاز|قطعه زجاج|شراره|شرار|صاروخ|جلاخه|لحام|سناره|خرطوش|شظيه حديد|براده حديد|قطعه حديد صغيره|سهم|سكين|شفره',
  },
} satisfies PhraseTable<string>;
