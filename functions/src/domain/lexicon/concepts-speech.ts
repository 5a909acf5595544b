/**
 * Concepts of speech and language therapy (a logopaedic practice, a voice
 * coach, a swallowing clinic): what a parent, a patient or a relative asks
 * about in their own words ("my son lisps", "cecea", "zozote", "lispelt";
 * "stottert", "tartamudea", "تأتأة"; "spricht noch kaum", "no habla
 * todavía"; "aphasia after the stroke"; "angedickte Getränke", "fausses
 * routes") against what the practice wrote in another language. A child is
 * the care table's (children), a hearing test the hearing table's, autism
 * and ADHD the school table's (specialNeeds), singing lessons the music
 * table's (singing). See phrases.ts for the syntax.
 *
 * Offerings (concepts.ts, OFFERING_CONCEPTS): speech therapy itself, voice
 * therapy and accent coaching are what a practice does or does not do.
 * The rest are the customer's own (a lisp, a stutter, a child who talks
 * late, a swallowing problem, a hoarse voice, a tongue-tie, dyslexia): a
 * dentist, an orthodontist, a midwife, a school or a care home hear them
 * too, and there they ask nothing the business lacks.
 *
 * Left out on their own, for what they mean at other businesses:
 * - "voice", "voz", "voix", "voce", "veu", "صوت" (a voice note, a voice
 *   message), German "Stimme" (also a vote, "stimmt"), "Stimmung" (mood),
 *   "vocal" (a song's vocals), "sing", "singer" (the music table's);
 * - "speech", "habla", "parole", "Sprache", "língua", "lingua", "لغه" (a
 *   speech at a wedding, a language spoken: the desk table's language),
 *   "talk" and "hablar" (to talk to someone), "words" (a tattoo's
 *   lettering), "pronunciation", "prononciation", "pronuncia", "Aussprache"
 *   (a language school's; German also "a talk"), "nodules" (the thyroid's)
 *   and "cords" (a cable's): only as the trade's own words;
 * - "swallow", "tragar", "avaler", "deglutire", "schlucken", "engolir",
 *   "بلع" alone (a tongue piercing, a tooth out, a tablet to swallow, "hard
 *   to swallow"), "trouble swallowing" and "Schluckbeschwerden" (a sore
 *   throat), "du mal à avaler" (a price hard to swallow), "verschluckt"
 *   (a coin swallowed), "choke" and "atragantarse" alone (the safety
 *   rules' choking), "thickener" (a hair thickener), "mi va di traverso"
 *   (it annoyed me): dysphagia only as its own words, a swallowing
 *   disorder, thickened drinks, coughing or choking on drinks;
 * - "stroke", "ictus", "AVC", "Schlaganfall", "جلطه" alone (the safety
 *   rules' business, and a stroke of a brush): aphasia only as lost words
 *   or speech after one; "slurred" alone (drunk);
 * - "tongue", "lengua", "langue", "Zunge", "لسان" alone (a tongue
 *   piercing, a language), "frein", "freno", "freio" alone (brakes), and
 *   "lingua presa" beside nothing; "mouth breathing" is the trade's;
 * - "zeppola" alone (a pastry), "lisca" (a fish bone), "لدغه" alone (a
 *   sting or a bite), "gago" alone (Portuguese slang), "mudo" and "mute"
 *   (a phone on mute), "blocks" (a blocked drain), "repeats" (a prescription
 *   repeated), "accent", "acento", "Akzent" alone (a written accent, an
 *   accent wall): accent coaching only as reducing or training one;
 * - "stutter", "stuttering", "stottert", "stottern" but as a person's (an
 *   engine, a laptop or a game stutters): "he stutters", "has a stutter",
 *   "Stottertherapie", German "stottern" only as written; "coughs when
 *   drinking" (a dog at a vet), "pronunciation problems" (a language
 *   learner's), "doesn't speak yet" (a language not yet spoken: only
 *   "doesn't talk yet");
 * - "reading" and "writing" alone (a palm reading, "in writing"), "LRS"
 *   beside nothing but German, "dys" alone.
 */
import type { PhraseTable } from './phrases.js';

export const SPEECH_CONCEPTS = {
  /** Speech and language therapy, and who gives it: a speech therapist, a Logopädin, an orthophoniste, a fonoaudióloga. */
  speechTherapy: {
    en: 'speech therapy|speech therapist*|speech and language therapy|speech and language therapist*|speech language therapy|speech language pathologist*|speech pathologist*|speech pathology|speech and language|slt|speechie|logopedics|logopaedics|logopedist*|logopaedist*',
    es: 'logopeda|logopedas|logopedia|logopeda infantil|terapia del habla|terapeuta del habla|terapia de lenguaje|terapia del lenguaje|terapeuta de lenguaje|fonoaudiolog*|foniatra|foniatria',
    fr: "orthophon*|ortho phoniste|logopede|logopedie|logopediste|therapie du langage|reeducation du langage|reeducation orthophonique|seances d'orthophonie",
    it: 'logopedi*|terapia del linguaggio|terapista del linguaggio|terapeuta del linguaggio|terapia logopedica|foniatra|foniatria',
    de: 'logopad*|logopaed*|sprachtherapie|sprachtherapeut*|sprechtherapie|sprachheilpadagog*|stimm sprech und sprachtherapie|phoniatrie|phoniater',
    ca: 'logoped*|terapia del llenguatge|terapeuta del llenguatge|terapia de la parla|foniatra|foniatria',
    pt: 'terapia da fala|terapeuta da fala|terapeutas da fala|terapia de fala|terapeuta de fala|fonoaudiolog*|fono infantil|fonoterapia|logopedia|logopeda|terapia da linguagem|na fono|a fono|da fono|sessao de fono|sessoes de fono|consulta de fono|terapia com fono',
    ar: 'علاج النطق|علاج نطق|اخصائي نطق|اخصائيه نطق|اخصائي النطق|اخصائيه النطق|اخصائي تخاطب|اخصائيه تخاطب|اخصائي التخاطب|اخصائيه التخاطب|جلسات تخاطب|جلسات التخاطب|جلسات نطق|جلسات النطق|تقويم النطق|مقوم النطق|معالج نطق|معالجه نطق|معالجه النطق|ارطوفونيست|اورطوفونيست|orthophoniste|orthophonie|logopadie|logopade|جلسات تخاطب|مركز تخاطب|علاج التخاطب|ortophoniste|ortofoniste',
  },
  /** A lisp: the s said with the tongue between the teeth or to the side (sigmatism, ceceo, zézaiement, Lispeln). */
  lisp: {
    en: 'lisp|lisps|lisping|lisped|sigmatism|interdental s|lateral lisp|frontal lisp|says th instead of s|th for s',
    es: 'cece*|sigmatismo|sigmatismos|zezea|zezeo|habla con la lengua entre los dientes|pronuncia la s con la lengua|no pronuncia bien la s|no dice bien la s',
    fr: 'zezai*|zezay*|zozot*|cheveu sur la langue|sigmatisme|sigmatismes|zozote|zezaie',
    it: 'sigmatismo|sigmatismi|esse moscia|s moscia|ha la zeppola|la zeppola in bocca|blesit*|parla con la lingua tra i denti|pronuncia male la s|non pronuncia la s',
    de: 'lispel*|sigmatismus|sigmatism|lispelt|zunge zwischen den zahnen|spricht das s falsch|das s nicht richtig',
    ca: 'cece*|sigmatisme|sigmatismes|parla amb la llengua entre les dents|no pronuncia be la s|papissot|papissota|papissots|parla papissot',
    pt: 'sigmatismo|sigmatismos|lingua presa|fala com a lingua entre os dentes|ceceio|troca o s|cecear',
    ar: 'لثغه|اللثغه|لثغه السين|لثغه في|الثغ|لثغاء|لدغه في السين|لدغه في الراء|لدغه في حرف|عنده لدغه في|عندها لدغه في|lathgha|lasgha|lazgha',
  },
  /** A stutter or stammer: blocks, repeated sounds, cluttering (Stottern, tartamudez, bégaiement, balbuzie, تأتأة). */
  stutter: {
    en: 'stammer*|stuttering therapy|disfluency|dysfluency|fluency disorder|fluency therapy|cluttering|lidcombe|gets stuck on words|gets stuck on the first word|repeats the first sound|has a stutter|have a stutter|had a stutter|he stutters|she stutters|i stutter|he stuttered|she stuttered|child stutters|son stutters|daughter stutters|kid stutters|toddler stutters|started stuttering|began stuttering|starting to stutter|started to stutter|stutter therapy|stuttering treatment|stuttering in children|childhood stuttering|adults who stutter|people who stutter|stuttering child|stuttering kids',
    es: 'tartamud*|tartamudez|disfemia|espasmofemia|se traba al hablar|se traba hablando|se atasca al hablar|tatamudea|tartamudo|tartamuda|gaguea',
    fr: 'begai*|begay*|begue|begues|disfluence',
    it: 'balbuzie|balbett*|balbuziente|balbuzienti|tartaglia|tartagli*|disfluenza',
    de: 'redeflussstorung|redeflussstorungen|stotterin|stottrer|=stottern|stottertherapie|stottertherapeut*|stotterer|stotterkind*|stottermodifikation|stotterintensiv*|das stottern|sein stottern|ihr stottern|mein stottern|stottern bei kindern|kind stottert|sohn stottert|tochter stottert|er stottert|sie stottert|ich stottere|kleine stottert|kleiner stottert',
    ca: 'quequeig|quequeja|quequejar|quequejant|tartamud*|balbuceja|disfemia',
    pt: 'gaguez|gagueira|gaguej*|gaguinho|gaguinha|disfluencia|tartamudez|gagueja',
    ar: 'تاتاه|التاتاه|تاتئ|يتاتئ|بيتاتئ|تهتهه|التهتهه|بيتهته|يتهته|كيتهته|تلعثم|التلعثم|يتلعثم|فافاه|الفافاه|بيتأتئ|tahtaha|tata2a|tatae|begaiement|بتتهته|تتهته|كتتهته|بتتاتئ|تتاتئ',
  },
  /** A child who talks late or little: few words for the age, no sentences yet, a language disorder (DLD, TEL, SES). */
  speechDelay: {
    en: 'speech delay|speech delayed|delayed speech|language delay|delayed language|speech and language delay|late talker|late talkers|late talking|late to talk|talking late|not talking yet|not talking much|does not talk yet|doesnt talk yet|isnt talking yet|is not talking yet|hasnt started talking|has not started talking|only says a few words|says very few words|says few words|speaks few words|few words for his age|few words for her age|no words yet|not saying words|developmental language disorder|language disorder|speech development|language development',
    es: 'retraso del habla|retraso en el habla|retraso del lenguaje|retraso en el lenguaje|retraso de lenguaje|retraso madurativo del lenguaje|no habla todavia|todavia no habla|aun no habla|no habla aun|dice pocas palabras|dice muy pocas palabras|tarda en hablar|tardo en hablar|habla tarde|hablante tardio|trastorno del lenguaje|trastorno especifico del lenguaje|tdl|desarrollo del lenguaje',
    fr: 'retard de langage|retard du langage|retard de parole|retard de la parole|retard de langage oral|ne parle pas encore|ne parle toujours pas|parle pas encore|dit peu de mots|dit tres peu de mots|parle tard|parleur tardif|trouble du langage|troubles du langage|dysphasie|dysphasique|tdl|developpement du langage',
    it: 'ritardo del linguaggio|ritardo di linguaggio|ritardo nel linguaggio|ritardo del parlato|ritardo nel parlare|non parla ancora|ancora non parla|dice poche parole|parlatore tardivo|parlatori tardivi|late talker|disturbo del linguaggio|disturbo primario del linguaggio|sviluppo del linguaggio',
    de: 'sprachentwicklungsverzogerung|sprachentwicklungsstorung|sprachentwicklungsstorungen|sprachentwicklung|spatsprecher|spatzunder|late talker|spricht noch nicht|spricht noch kaum|spricht noch wenig|sagt nur wenige worter|sprachstorung|sprachstorungen|sprachverzogerung|sagt nur wenige worter|spricht nur wenige worter',
    ca: 'retard del llenguatge|retard de la parla|retard en la parla|encara no parla|no parla encara|diu poques paraules|trastorn del llenguatge|tdl|desenvolupament del llenguatge',
    pt: 'atraso da fala|atraso na fala|atraso de fala|atraso da linguagem|atraso na linguagem|atraso de linguagem|ainda nao fala|nao fala ainda|diz poucas palavras|fala poucas palavras|demora a falar|demorou a falar|falante tardio|perturbacao da linguagem|disturbio de linguagem|transtorno de linguagem|desenvolvimento da linguagem',
    ar: 'تاخر الكلام|تاخر في الكلام|تاخر النطق|تاخر في النطق|تاخر اللغه|تاخر لغوي|تاخر الكلام عند الاطفال|لا يتكلم بعد|ما زال ما يتكلم|مازال ما كيهضرش|كلماته قليله|retard de langage|ta5er lkalam|ta2akhor lkalam|لسا ما بيحكي|لسه ما بيتكلمش|لسا ما بيتكلم|مازال ما كيهضرش|ما بدا يحكي|ما بدأ يتكلم|كلماته قليله',
  },
  /** Sounds said wrong: can't say the r or the s, mixes up sounds, unclear speech (articulation or phonological disorder). */
  articulation: {
    en: 'articulation disorder|phonological disorder|speech sound disorder|speech sounds|can not say his sounds|can not say her sounds|can not say some sounds|can not say certain sounds|can not say the letter|trouble saying his|trouble saying her|mispronounces|mixes up sounds|unclear speech|hard to understand when he talks|hard to understand when she talks|childhood apraxia|verbal dyspraxia|can not pronounce his|can not pronounce her',
    es: 'dislalia|dislalias|trastorno fonologico|trastorno de los sonidos|articulacion de los sonidos|no le sale la r|no dice la r|no dice bien la r|no pronuncia la r|la erre|rotacismo|habla a media lengua|media lengua|dispraxia verbal|apraxia del habla infantil|no pronuncia la|no pronuncia las|no pronuncia bien|pronuncia mal la|pronuncia mal las|pronuncia mal algunas',
    fr: "dyslalie|trouble articulatoire|troubles articulatoires|trouble de l'articulation|troubles de l'articulation|trouble phonologique|troubles phonologiques|n'arrive pas a dire les r|dit pas les r|rhotacisme|dyspraxie verbale|ne prononce pas les|ne prononce pas le|ne prononce pas bien|prononce mal les|prononce mal le",
    it: "dislalia|dislalie|disturbo fonologico|disturbo fonetico|disturbo dell'articolazione|non dice la r|erre moscia|r moscia|rotacismo|disprassia verbale|non pronuncia la|non pronuncia le|non pronuncia bene|pronuncia male la|pronuncia male le",
    de: 'aussprachestorung|aussprachestorungen|artikulationsstorung|artikulationsstorungen|phonologische storung|dyslalie|kann kein r|kann kein s|kann kein k|kann kein sch|sagt kein r|spricht das r nicht|spricht undeutlich|undeutlich sprechen|undeutliche aussprache|nuschelt|nuscheln|rhotazismus|verbale entwicklungsdyspraxie',
    ca: 'dislalia|dislalies|trastorn fonologic|no diu la r|no li surt la r|rotacisme|dispraxia verbal|no pronuncia la|no pronuncia be|pronuncia malament la|pronuncia malament les',
    pt: 'dislalia|dislalias|perturbacao fonologica|disturbio fonologico|transtorno fonologico|perturbacao da articulacao|nao consegue dizer o r|nao fala o r|troca as letras|troca letras|troca os sons|rotacismo|fala errado|dispraxia verbal|apraxia de fala|nao pronuncia o|nao pronuncia a|nao pronuncia bem|pronuncia mal o|pronuncia mal as|pronuncia mal os',
    ar: 'مشاكل النطق|مشكله في النطق|مشاكل في النطق|اضطراب النطق|اضطرابات النطق|صعوبه النطق|صعوبات النطق|ما بيلفظ|ما يلفظ|ما كينطقش|لا ينطق حرف|ما بيقدر يقول حرف|يقلب الحروف|بيقلب الحروف|ينطق غلط|نطق الحروف|مخارج الحروف|trouble articulatoire|dyslalie',
  },
  /** Words lost after a stroke or a brain injury: aphasia, words that won't come, speech slurred since (dysarthria). */
  aphasia: {
    en: 'aphasia|aphasic|dysphasia|dysarthria|apraxia of speech|word finding|word-finding|can not find his words|can not find her words|can not find the words|can not find my words|cannot find words|struggles to find words|lost his speech|lost her speech|lost his words|lost her words|speech after a stroke|speech after the stroke|speech since the stroke|speech since his stroke|speech since her stroke|talking since the stroke|slurred speech since|lsvt|words will not come|words will not come out|can not get his words out|can not get her words out|can not get the words out',
    es: 'afasia|afasico|afasica|disartria|apraxia del habla|no encuentra las palabras|no le salen las palabras|le cuesta encontrar las palabras|perdio el habla|ha perdido el habla|hablar despues del ictus|habla despues del ictus|el habla tras el ictus|el habla despues del ictus|lenguaje despues del ictus|desde el ictus no habla|habla arrastrada',
    fr: "aphasie|aphasique|dysarthrie|apraxie de la parole|manque du mot|trouve plus ses mots|ne trouve plus ses mots|ne trouve pas ses mots|a perdu la parole|perdu la parole|parole apres un avc|parole apres son avc|parole depuis l'avc|langage apres un avc|depuis son avc il parle|les mots ne sortent pas|les mots ne viennent pas|les mots ne sortent plus",
    it: "afasia|afasico|afasica|disartria|aprassia verbale|non trova le parole|non trova piu le parole|ha perso la parola|perso la parola|parola dopo l'ictus|linguaggio dopo l'ictus|parlare dopo l'ictus|dopo l'ictus non parla|biascica|le parole non escono|non gli escono le parole|non le escono le parole",
    de: 'aphasie|aphasiker|aphasikerin|aphasietherapie|dysarthrie|sprechapraxie|wortfindungsstorung|wortfindungsstorungen|wortfindung|findet die worter nicht|findet keine worter|findet seine worter nicht|findet ihre worter nicht|sprache verloren|sprache nach schlaganfall|sprache nach dem schlaganfall|sprechen nach schlaganfall|sprechen nach dem schlaganfall|seit dem schlaganfall spricht|verwaschene sprache|verwaschen sprechen|die worter kommen nicht|bekommt die worter nicht raus|bringt die worter nicht raus|worter kommen nicht raus',
    ca: "afasia|afasic|afasica|disartria|no troba les paraules|no li surten les paraules|ha perdut la parla|parla despres de l'ictus|parlar despres de l'ictus|llenguatge despres de l'ictus",
    pt: 'afasia|afasico|afasica|disartria|apraxia de fala|apraxia da fala|nao encontra as palavras|nao acha as palavras|as palavras nao saem|perdeu a fala|fala depois do avc|fala apos o avc|falar depois do avc|fala depois do derrame|falar depois do derrame|desde o avc nao fala|fala arrastada|fala enrolada',
    ar: 'حبسه|الحبسه|حبسه كلاميه|الحبسه الكلاميه|فقدان النطق|فقد النطق|فقد القدره على الكلام|فقد الكلام|ما بيلاقي الكلمات|ما يلاقي الكلمات|ما كيلقاش الكلمات|الكلام بعد الجلطه|النطق بعد الجلطه|الكلام من بعد الجلطه|عسر التلفظ|aphasie|aphasia|7absa|الكلمه ما بتطلع|الكلام ما بيطلع|الكلمات لا تخرج|الكلمات ما بتطلع|ما بيطلع معه الكلام|ما يطلع معه الكلام|الكلام ما كيخرجش',
  },
  /** Swallowing problems (dysphagia): choking or coughing on drinks, food going down the wrong way, thickened drinks. */
  dysphagia: {
    en: 'dysphagia|swallowing problem*|swallowing difficult*|swallowing disorder*|swallowing issues|swallowing therapy|swallow therapy|swallowing assessment|swallow assessment|swallowing exercises|swallowing test|problems with swallowing|difficulty with swallowing|thickened drinks|thickened fluids|thickened liquids|thickened water|thicken his drinks|thicken her drinks|thicken drinks|thickening his drinks|thickening her drinks|iddsi|chokes on drinks|chokes on water|chokes on liquids|chokes when drinking|choking on liquids|choking on drinks|choking on water|goes down the wrong way|aspiration pneumonia',
    es: 'disfagia|problemas para tragar|problema para tragar|problemas de deglucion|problemas en la deglucion|dificultad para tragar|dificultades para tragar|trastorno de la deglucion|trastornos de la deglucion|terapia de la deglucion|terapia de deglucion|rehabilitacion de la deglucion|deglucion|espesante|espesantes|espesar el agua|espesar los liquidos|liquidos espesados|agua espesada|agua gelificada|se atraganta con el agua|se atraganta al beber|se atraganta con los liquidos|tose al comer|se le va por el otro lado|neumonia por aspiracion',
    fr: "dysphagie|dysphagique|trouble de la deglutition|troubles de la deglutition|probleme de deglutition|problemes de deglutition|difficultes de deglutition|difficulte de deglutition|reeducation de la deglutition|deglutition|fausse route|fausses routes|avale de travers|eau gelifiee|eau gelifie|epaississant|epaississants|boissons epaissies|liquides epaissis|epaissir les boissons|epaissir l'eau|pneumopathie d'inhalation|alimentation mixee|texture modifiee",
    it: 'disfagia|disfagico|disfagica|difficolta a deglutire|difficolta nella deglutizione|difficolta di deglutizione|problemi di deglutizione|problemi a deglutire|disturbo della deglutizione|disturbi della deglutizione|riabilitazione della deglutizione|deglutizione|addensante|addensanti|acqua gelificata|acqua addensata|liquidi addensati|bevande addensate|addensare i liquidi|va di traverso quando beve|polmonite ab ingestis',
    de: 'dysphagie|schluckstorung|schluckstorungen|schlucktherapie|schluckprobleme|schluckproblem|probleme beim schlucken|schwierigkeiten beim schlucken|schluckubungen|schlucktraining|schluckdiagnostik|verschluckt sich|verschluckt sich oft|verschluckt sich standig|verschluckt sich beim trinken|verschlucke mich|andicken|angedickt|angedickte|angedickten|eindicken|eingedickt|eingedickte|andickungsmittel|dickungsmittel|aspirationspneumonie|passierte kost',
    ca: "disfagia|problemes per empassar|problema per empassar|dificultat per empassar|dificultats per empassar|li costa empassar|trastorn de la deglucio|trastorns de la deglucio|deglucio|espessidor|espessidors|espessant|aigua gelificada|liquids espessits|s'ennuega|s'ennuega amb l'aigua",
    pt: 'disfagia|disfagico|disfagica|dificuldade para engolir|dificuldade em engolir|dificuldades em engolir|problemas para engolir|problema para engolir|problemas de degluticao|perturbacao da degluticao|disturbio da degluticao|terapia da degluticao|reabilitacao da degluticao|degluticao|espessante|espessantes|espessar a agua|espessar os liquidos|liquidos espessados|agua espessada|agua gelificada|se engasga|engasga-se|engasga com agua|engasga com liquidos|engasga ao beber|engasga quando bebe|pneumonia de aspiracao|pneumonia aspirativa',
    ar: 'عسر البلع|صعوبه البلع|صعوبه في البلع|صعوبات البلع|صعوبات في البلع|مشاكل البلع|مشاكل في البلع|مشكله البلع|مشكله في البلع|اضطراب البلع|اضطرابات البلع|علاج البلع|تمارين البلع|تاهيل البلع|تكثيف السوائل|تكثيف المي|تكثيف الماء|مكثف السوائل|مكثف للسوائل|سوائل مكثفه|يشرق بالمي|يشرق بالماء|بيشرق بالمي|كيشرق بالما|بيشرق بالاكل|يشرق بالاكل|dysphagie|fausse route|sou3oubat lbal3',
  },
  /** Voice therapy and voice training: for a hoarse or tired voice, nodules, teachers, singers, Parkinson's (LSVT LOUD). */
  voiceTherapy: {
    en: 'voice therapy|voice therapist|voice rehabilitation|voice rehab|speaking voice|vocal therapy|vocal rehabilitation|vocal health|vocal hygiene|voice care|lsvt loud|voice feminisation|voice feminization|voice masculinisation|trans voice|public speaking voice',
    es: 'terapia de voz|terapia de la voz|terapia vocal|rehabilitacion de la voz|rehabilitacion vocal|reeducacion de la voz|reeducacion vocal|entrenamiento de la voz|educacion de la voz|higiene vocal|cuidado de la voz|feminizacion de la voz|feminizacion vocal|voz hablada',
    fr: 'reeducation de la voix|reeducation vocale|therapie vocale|therapie de la voix|travail de la voix|travail vocal|pose de voix|pose de la voix|hygiene vocale|voix parlee|feminisation de la voix|feminisation vocale',
    it: 'rieducazione della voce|rieducazione vocale|riabilitazione della voce|riabilitazione vocale|terapia della voce|terapia vocale|logopedia della voce|educazione della voce|impostazione della voce|impostazione vocale|igiene vocale|voce parlata|femminilizzazione della voce',
    de: 'stimmtherapie|stimmtherapeut*|stimmtraining|sprechtraining|sprecherziehung|stimmhygiene|stimmgesundheit|sprechstimme|lsvt|stimmfeminisierung|stimmrehabilitation|stimmbehandlung',
    ca: 'terapia de la veu|terapia vocal|reeducacio de la veu|reeducacio vocal|rehabilitacio de la veu|higiene vocal|veu parlada',
    pt: 'terapia da voz|terapia de voz|terapia vocal|reabilitacao da voz|reabilitacao vocal|reeducacao da voz|reeducacao vocal|higiene vocal|saude vocal|voz falada|feminizacao da voz|feminizacao vocal',
    ar: 'علاج الصوت|علاج صوت|تاهيل الصوت|تاهيل صوتي|تمارين صوتيه|تقنيات الصوت|صحه الصوت|الصوت للمعلمين|reeducation de la voix|lsvt',
  },
  /** A hoarse, tired or lost voice: hoarseness, vocal nodules or polyps, vocal cords (dysphonia). */
  hoarseness: {
    en: 'hoarse|hoarseness|raspy voice|husky voice|croaky voice|losing my voice|lose my voice|lost my voice|losing her voice|losing his voice|loses my voice|voice gives out|voice keeps going|voice tires|tired voice|voice fatigue|vocal fatigue|vocal nodules|vocal nodes|vocal cord nodules|vocal fold nodules|nodules on my vocal|nodes on my vocal|vocal cord*|vocal fold*|vocal polyp*|vocal cyst|vocal cord paralysis|dysphonia|laryngitis|voice problem*|voice disorder*|problems with my voice|trouble with my voice|voice is gone|voice has gone|voice goes|voice is going|no voice left|voice went',
    es: 'ronquera|afonia|afonico|afonica|me quedo afonica|me quedo afonico|me quedo sin voz|quedarme sin voz|me quedo ronca|pierdo la voz|perdida de voz|perdida de la voz|voz cansada|fatiga vocal|nodulos en las cuerdas vocales|nodulos vocales|nodulo vocal|cuerdas vocales|cuerda vocal|polipo en las cuerdas|polipo vocal|disfonia|laringitis|problemas de voz|problemas con la voz|problema de voz|se me va la voz',
    fr: "enroue|enrouee|enrouement|voix cassee|voix rauque|aphone|aphonie|je perds ma voix|perds ma voix|perdu ma voix|extinction de voix|voix fatiguee|fatigue vocale|nodules sur les cordes vocales|nodules vocaux|nodule vocal|cordes vocales|corde vocale|polype sur les cordes|polype des cordes vocales|kyste des cordes vocales|dysphonie|laryngite|probleme de voix|problemes de voix|ma voix part|je n'ai plus de voix|plus de voix",
    it: 'raucedine|rauco|rauca|voce rauca|afonia|afono|afona|resto senza voce|rimango senza voce|perdo la voce|perso la voce|voce stanca|affaticamento vocale|noduli alle corde vocali|noduli vocali|nodulo vocale|corde vocali|corda vocale|polipo alle corde|polipo cordale|disfonia|laringite|problemi di voce|problemi alla voce|mi va via la voce|non ho piu voce',
    de: 'heiser|heiserkeit|heisere stimme|stimme weg|stimme ist weg|verliere meine stimme|stimme versagt|stimme bricht weg|stimmverlust|stimmermudung|mude stimme|stimmlippenknotchen|stimmbandknotchen|sangerknotchen|schreiknotchen|knotchen auf den stimmbandern|knotchen an den stimmlippen|stimmbander|stimmband|stimmlippen|stimmlippe|stimmlippenpolyp|stimmbandpolyp|stimmbandlahmung|stimmlippenlahmung|dysphonie|kehlkopfentzundung|laryngitis|stimmstorung|stimmstorungen|stimmprobleme|probleme mit der stimme|keine stimme mehr|stimme geht weg',
    ca: 'ronquera|afonia|afonic|afonica|em quedo sense veu|perdo la veu|veu cansada|fatiga vocal|nodols a les cordes vocals|nodols vocals|cordes vocals|corda vocal|disfonia|laringitis|problemes de veu',
    pt: 'rouquidao|rouco|rouca|voz rouca|afonia|afonico|afonica|fico sem voz|fiquei sem voz|perco a voz|perdi a voz|voz cansada|fadiga vocal|nodulos nas cordas vocais|nodulos vocais|nodulo vocal|calos nas cordas vocais|calo nas cordas vocais|calos vocais|cordas vocais|corda vocal|prega vocal|pregas vocais|polipo nas cordas|polipo vocal|disfonia|laringite|problemas de voz|problema de voz|problemas na voz|a voz vai embora|a voz some|fico rouca',
    ar: 'بحه|بحه الصوت|بحه في الصوت|صوتي مبحوح|مبحوح|صوته مبحوح|صوتها مبحوح|بح صوتي|انبح صوتي|فقدان الصوت|راح صوتي|يروح صوتي|صوتي بيروح|صوتي كيمشي|تعب الصوت|عقيدات صوتيه|عقيدات الحبال الصوتيه|عقد صوتيه|الحبال الصوتيه|حبال صوتيه|الاحبال الصوتيه|الوتر الصوتي|الاوتار الصوتيه|لحميه على الحبال|التهاب الحنجره|cordes vocales|enroue|ba77a',
  },
  /** The tongue's habits and the therapy for them: tongue thrust, a tongue pushing forward, mouth breathing (myofunctional therapy). */
  myofunctional: {
    en: 'myofunctional|orofacial myology|tongue thrust|tongue thrusting|tongue push*|tongue forward|tongue pushes forward|tongue between the teeth|tongue between his teeth|tongue between her teeth|tongue comes forward|tongue posture|tongue position|tongue resting position|tongue exercises|mouth breath*|breathes through his mouth|breathes through her mouth|breathing through the mouth|mouth open all the time|open mouth posture|reverse swallow|atypical swallow|atypical swallowing|infantile swallow',
    es: 'miofuncional|terapia miofuncional|terapia orofacial|deglucion atipica|deglucion infantil|empuje lingual|interposicion lingual|lengua entre los dientes|saca la lengua al tragar|empuja con la lengua|empuja los dientes con la lengua|posicion de la lengua|postura de la lengua|respiracion oral|respirador oral|respira por la boca|boca abierta todo el dia|siempre con la boca abierta|ejercicios de lengua|ejercicios orofaciales|lengua hacia delante|lengua hacia adelante|lengua para adelante|lengua para delante',
    fr: "myofonctionnel*|reeducation myofonctionnelle|deglutition atypique|deglutition primaire|deglutition infantile|pulsion linguale|interposition linguale|langue entre les dents|pousse avec la langue|position de la langue|posture de la langue|respiration buccale|respire par la bouche|ventilation buccale|exercices de langue|langue en avant|langue vers l'avant",
    it: 'miofunzional*|terapia miofunzionale|deglutizione atipica|deglutizione infantile|spinta linguale|interposizione linguale|lingua tra i denti|spinge con la lingua|posizione della lingua|postura della lingua|respirazione orale|respira con la bocca|respiratore orale|bocca sempre aperta|esercizi per la lingua|esercizi linguali|lingua in avanti|lingua spinge in avanti',
    de: 'myofunktionell*|myofunktionelle therapie|mft|orofaziale|zungenfehlfunktion|zungenfehllage|falsche zungenlage|zungenlage|zungenruhelage|zungenpressen|zungenstoss|zunge nach vorne|zunge zwischen den zahnen|zunge schiebt|schluckmuster|falsches schlucken|infantiles schlucken|viszerales schlucken|mundatmung|mundatmer|atmet durch den mund|mund immer offen|offene mundhaltung|zungenubungen|lippenschluss|zunge nach vorn|zunge kommt nach vorne',
    ca: 'miofuncional|terapia miofuncional|deglucio atipica|deglucio infantil|llengua entre les dents|empeny amb la llengua|posicio de la llengua|respiracio oral|respira per la boca|exercicis de llengua|llengua endavant|llengua cap endavant',
    pt: 'miofuncional|terapia miofuncional|motricidade orofacial|degluticao atipica|degluticao infantil|interposicao lingual|projecao lingual|lingua entre os dentes|empurra com a lingua|empurra os dentes com a lingua|posicao da lingua|postura da lingua|respiracao oral|respirador oral|respiracao bucal|respirador bucal|respira pela boca|exercicios de lingua|exercicios para a lingua|lingua para frente|lingua pra frente|lingua para a frente',
    ar: 'العلاج الوظيفي العضلي|الوظيفي العضلي|دفع اللسان|اللسان بين الاسنان|لسانه بين اسنانه|وضعيه اللسان|وضعيه اللسان الخاطئه|مكان اللسان|التنفس من الفم|يتنفس من الفم|بيتنفس من تمه|التنفس الفموي|تمارين اللسان|البلع الخاطئ|البلع غير الطبيعي|deglutition atypique|respiration buccale|اللسان لقدام|لسانه لقدام|لسانها لقدام|اللسان للامام',
  },
  /** A tongue-tie: a short lingual frenulum, checked, clipped or cut (frenotomy), for speaking or for feeding. */
  tongueTie: {
    en: 'tongue tie|tongue ties|tongue tied|tongue-tie|tongue-tied|lip tie|lip tied|ankyloglossia|frenotomy|frenectomy|frenuloplasty|tie release|tongue tie release|tongue tie division|lingual frenulum|tongue frenulum|lip frenulum',
    es: 'frenillo lingual|frenillo corto|frenillo sublingual|frenectomia|frenotomia|frenuloplastia|anquiloglosia|cortar el frenillo|corte de frenillo|frenillo de la lengua',
    fr: 'frein de langue|frein de la langue|frein lingual|frein restrictif|freins restrictifs|ankyloglossie|frenotomie|frenectomie|frenoplastie|couper le frein|section du frein',
    it: 'frenulo linguale|frenulo corto|frenulectomia|frenulotomia|frenuloplastica|anchiloglossia|tagliare il frenulo|taglio del frenulo|lingua corta',
    de: 'zungenband|zungenbandchen|verkurztes zungenbandchen|kurzes zungenbandchen|zungenbandchen durchtrennen|zungenbandchen schneiden|frenotomie|frenektomie|ankyloglossie',
    ca: 'frenell lingual|frenell curt|frenet de la llengua|frenectomia|frenotomia|anquiloglossia|tallar el frenell|frenell de la llengua',
    pt: 'freio lingual|freio da lingua|freio curto|frenulo lingual|frenectomia|frenotomia|frenuloplastia|anquiloglossia|teste da linguinha|cortar o freio|pique no freio|lingua presa',
    ar: 'ربطه اللسان|ربط اللسان|اللسان المربوط|لسان مربوط|لسانه مربوط|قص اللسان|لجام اللسان|قطع لجام اللسان|lisan marbout|frein de langue',
  },
  /** Reading and spelling difficulties: dyslexia, dysorthographia (LRS, Legasthenie, DSA). */
  dyslexia: {
    en: 'dyslexia|dyslexic|dysgraphia|dysorthographia|spelling difficult*|spelling problem*|struggles with reading|struggles to read|reading and spelling|reading and writing difficult*|specific learning difficult*|learning disorder',
    es: 'dislexia|dislexico|dislexica|disgrafia|disortografia|dificultades de lectura|dificultades en la lectura|problemas de lectura|le cuesta leer y escribir|dificultades de lectoescritura|lectoescritura|trastorno de la lectura|trastorno del aprendizaje|problemas de ortografia',
    fr: "dyslexie|dyslexique|dyslexiques|dysorthographie|dysorthographique|dysgraphie|troubles dys|trouble dys|difficultes de lecture|difficulte de lecture|difficultes en lecture|troubles de l'apprentissage|trouble de l'apprentissage|difficultes d'orthographe|lecture et orthographe",
    it: "dislessia|dislessico|dislessica|disortografia|disgrafia|dsa|disturbi specifici dell'apprendimento|disturbo specifico dell'apprendimento|difficolta di lettura|difficolta nella lettura|problemi di lettura|difficolta di scrittura|letto scrittura|lettoscrittura",
    de: 'legasthenie|legastheniker|legasthenikerin|lrs|lese rechtschreib schwache|lese-rechtschreib-schwache|lese rechtschreibschwache|lese-rechtschreibschwache|lese rechtschreibstorung|lese-rechtschreibstorung|leseschwache|lesestorung|rechtschreibschwache|dyslexie|lernstorung|teilleistungsstorung',
    ca: "dislexia|dislexic|dislexica|disgrafia|disortografia|dificultats de lectura|problemes de lectura|lectoescriptura|trastorn de l'aprenentatge|trastorn de la lectura",
    pt: 'dislexia|dislexico|dislexica|disgrafia|disortografia|dificuldades de leitura|dificuldade de leitura|problemas de leitura|leitura e escrita|dificuldades de aprendizagem|dificuldade de aprendizagem|transtorno de aprendizagem|perturbacao da aprendizagem',
    ar: 'عسر القراءه|صعوبات القراءه|صعوبه القراءه|صعوبه في القراءه|صعوبات في القراءه|صعوبات التعلم|صعوبه التعلم|صعوبات القراءه والكتابه|ديسلكسيا|الديسلكسيا|عسر الكتابه|مشاكل في القراءه|dyslexie|dyslexia',
  },
  /** Accent and pronunciation coaching for a foreign or regional accent: reducing, neutralising or training one. */
  accentReduction: {
    en: 'accent reduction|accent modification|accent training|accent coaching|accent coach|accent softening|accent neutralisation|accent neutralization|reduce my accent|reduce an accent|reduce his accent|reduce her accent|lose my accent|lose an accent|neutral accent|neutralise my accent|neutralize my accent|improve my accent|work on my accent|sound more native|pronunciation coaching',
    es: 'reduccion del acento|reduccion de acento|neutralizacion del acento|neutralizar el acento|neutralizar mi acento|quitar el acento|quitarme el acento|perder el acento|perder mi acento|reducir mi acento|reducir el acento|acento neutro|mejorar mi acento|coaching de pronunciacion|correccion fonetica',
    fr: "reduction d'accent|reduction de l'accent|neutraliser mon accent|neutraliser l'accent|perdre mon accent|perdre l'accent|gommer mon accent|attenuer mon accent|reduire mon accent|accent neutre|ameliorer mon accent|coaching de prononciation|correction phonetique",
    it: "riduzione dell'accento|riduzione accento|neutralizzare l'accento|neutralizzare il mio accento|perdere l'accento|perdere il mio accento|togliere l'accento|ridurre il mio accento|accento neutro|dizione|corso di dizione|lezioni di dizione|migliorare il mio accento|correzione fonetica",
    de: 'akzentreduktion|akzentreduzierung|akzenttraining|akzentcoaching|akzent reduzieren|akzent loswerden|akzent abtrainieren|akzentfrei|akzentfreies|phonetiktraining',
    ca: "reduccio de l'accent|reduccio d'accent|neutralitzar l'accent|perdre l'accent|treure l'accent|reduir l'accent|accent neutre|millorar el meu accent|correccio fonetica",
    pt: 'reducao de sotaque|reducao do sotaque|neutralizacao de sotaque|neutralizar o sotaque|neutralizar meu sotaque|neutralizar o meu sotaque|perder o sotaque|perder meu sotaque|tirar o sotaque|suavizar o sotaque|reduzir o sotaque|reduzir meu sotaque|sotaque neutro|melhorar meu sotaque|correcao fonetica',
    ar: 'تقليل اللكنه|تخفيف اللكنه|تحسين اللكنه|التخلص من اللكنه|لكنه محايده|accent reduction|reduction d accent',
  },
} satisfies PhraseTable<string>;
