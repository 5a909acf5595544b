/**
 * Words that bridge a customer's question to an entry written in another
 * language or in other words: asking a friend to come along for a
 * discount, a subscription, exercises "at home", a dog "off the leash" in
 * the waiting room, shorthand ("pedis"), plurals and verbs of Arabic and
 * Darija. Each is found in every language, and the same word in another
 * sense is not.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { conceptsAlsoInItDe, conceptsIn, conceptsOf } from './concepts.test-helper.js';
import { OFFERING_CONCEPTS } from './concepts.js';

/** Read as an unsure detector reads it: the text's language first, then every other table. */
const conceptsInAll = (text: string, language: TextLanguage) => conceptsIn(text, language, ...TEXT_LANGUAGES);

/** Older concepts given new forms (the new concepts' examples are in concepts-verticals.test.ts). */
const examples: [string, [TextLanguage, string][]][] = [
  [
    'start',
    [
      ['en', 'what time do you start getting the bride ready?'],
      ['es', '¿a qué hora empezáis a peinar a la novia?'],
      ['fr', 'à quelle heure vous commencez à préparer la mariée ?'],
      ['it', 'quando inizia il corso?'],
      ['de', 'wann fangt ihr mit der Braut an?'],
      ['ca', 'quan comença el curs?'],
      ['pt', 'a que horas começam a preparar a noiva?'],
      ['ar', 'فوقاش كتبداو الماكياج نهار العرس؟'],
    ],
  ],
  [
    'sedative',
    [
      ['en', 'do you give nervous dogs a sedative?'],
      ['fr', 'vous donnez des calmants aux chiens anxieux ?'],
      ['de', 'Gebt ihr den Hunden Beruhigungsmittel?'],
      ['es', 'le dais algún calmante?'],
      ['pt', 'dão calmantes ao cão?'],
    ],
  ],
  [
    'adapt',
    [
      ['en', 'how long does it take to get used to new hearing aids?'],
      ['es', 'cuánto se tarda en acostumbrarse a las gafas progresivas?'],
      ['fr', 'combien de temps pour s’habituer aux semelles ?'],
      ['it', "quanto ci vuole per abituarsi all'apparecchio?"],
      ['de', 'wie lange dauert die Eingewöhnung?'],
      ['pt', 'quanto tempo leva a habituação aos aparelhos?'],
    ],
  ],
  [
    'notWorking',
    [
      ['en', 'my hearing aid stopped working this morning'],
      ['es', 'el audífono de mi padre dejó de sonar de repente'],
      ['fr', 'mon appareil ne marche plus'],
      ['it', "l'apparecchio non funziona più"],
      ['de', 'mein Hörgerät ist kaputt'],
      ['ca', "l'audiòfon no funciona"],
      ['pt', 'o aparelho deixou de funcionar'],
      ['ar', 'السماعة خاسرة'],
    ],
  ],
  [
    'tax',
    [
      ['en', 'are your prices incl vat?'],
      ['es', 'el precio lleva IVA incluido?'],
      ['fr', "c'est TTC ou hors taxes ?"],
      ['it', 'il prezzo è IVA compresa?'],
      ['de', 'sind die Preise inkl. MwSt?'],
      ['pt', 'o preço tem IVA incluído?'],
      ['ar', 'الأسعار شاملة الضريبة ولا تنضاف؟'],
    ],
  ],
  ['haircut', [['ar', 'kam el 7ala2a 3indkom?']]],
  ['facial', [['ar', 'kam si3r tanzeef el bashra?']]],
  [
    // Going without a swimsuit is going naked: "In sauna si va senza costume?" answers "is the sauna nude?".
    'nudity',
    [
      ['it', 'In sauna si va senza costume?'],
      ['it', 'ma in sauna bisogna stare nudi??'],
      ['en', 'is the sauna textile free or do we need swimsuits?'],
      ['de', 'geht man ohne Badesachen in die Sauna?'],
      ['es', 'se entra sin bañador a la sauna?'],
      ['fr', 'on va au sauna sans maillot ?'],
      ['pt', 'na sauna fica-se sem fato de banho?'],
    ],
  ],
  [
    'beard',
    [
      ['ar', 'bghit n9ad la7ya dyali'],
      ['ar', 'fi 3andkom tazbit l l7ye?'],
    ],
  ],
  ['opening', [['ar', 'fo9ach kat7ello f sbe7?']]],
  [
    'afterHours',
    [
      ['en', 'who do I call in the middle of the night?'],
      ['en', 'what happens if it breaks when you are closed?'],
      ['es', 'si pasa algo de madrugada, qué hago?'],
      ['fr', 'il y a un vétérinaire de garde le dimanche ?'],
      ['it', 'se sta male di notte chi chiamo?'],
      ['de', 'gibt es einen Notdienst am Wochenende?'],
      ['ca', 'si em fa mal a la nit què faig?'],
      ['pt', 'há alguém de plantão ao fim de semana?'],
      ['ar', 'إذا مرض بالليل شنو ندير؟'],
      ['ar', 'chkoun kayjaweb fellil?'],
    ],
  ],
  [
    'visiting',
    [
      ['en', 'can we visit him while he is in?'],
      ['es', 'puedo ir a verla mientras está ingresada?'],
      ['fr', 'on peut lui rendre visite ce soir ?'],
      ['it', 'possiamo andare a trovarlo in clinica?'],
      ['de', 'wann ist die Besuchszeit?'],
      ['ca', 'quin és l’horari de visites?'],
      ['pt', 'qual é o horário de visitas?'],
      ['ar', 'واش نقدر نزوره؟'],
    ],
  ],
  ['surgery', [['ar', 'imta nrje3 nakhdha mn b3d l3amaliya?']]],
  ['walkIn', [['ar', 'wach n9dar nji direct bla ma n3ayet?']]],
  ['tipping', [['fr', 'on laisse un tip à la coiffeuse ?']]],
  ['nails', [['de', 'macht ihr auch Krallen schneiden bei Katzen?']]],
  ['children', [['it', 'posso portare il pupo?']]],
  ['hospitalisation', [['ar', 'الكلب ديالي راقد عندكم من البارح']]],
  [
    'package',
    [
      ['en', 'do you offer a monthly membership?'],
      ['en', 'can I subscribe for unlimited cuts?'],
      ['es', 'tenéis suscripción mensual?'],
      ['fr', 'il y a un abonnement au mois ?'],
      ['it', 'avete un abbonamento mensile?'],
      ['de', 'gibt es ein Monatsabo?'],
      ['ca', 'teniu alguna quota mensual?'],
      ['pt', 'como funciona a assinatura?'],
      ['ar', 'واش كاين اشتراك شهري؟'],
    ],
  ],
  [
    'nails',
    [
      ['en', 'can I book a mani pedi for two?'],
      ['en', 'are pedis available on saturday'],
    ],
  ],
  [
    'giftCard',
    [
      ['ar', 'هل تبيعون بطاقات هدايا؟'],
      ['ar', 'بغيت نهدي لماما حصة'],
    ],
  ],
  [
    'language',
    [
      ['ar', 'هل هناك من يتكلم الفرنسية؟'],
      ['ar', 'واش كاين شي حد كيهضر بالانجليزية؟'],
    ],
  ],
  [
    'fleas',
    [
      ['ar', 'lkelba dyali 3amra b9rad'],
      ['ar', 'القط عامر بالقراد'],
    ],
  ],
  [
    'largeAnimals',
    [
      ['en', 'do you see foals?'],
      ['es', 'mi yegua cojea'],
      ['fr', 'ma jument ne mange plus'],
      ['it', 'la mia giumenta zoppica'],
      ['de', 'unsere Stute lahmt'],
      ['ca', 'la meva euga coixeja'],
    ],
  ],
  [
    'boarding',
    [
      ['fr', 'vous gardez les chiens en pension ?'],
      ['ar', 'نقدر نخليه عندكم سيمانة؟'],
      ['ar', 'wach tkhliw lmch 3andkom chi iyam?'],
    ],
  ],
  [
    'homeVisit',
    [
      ['ar', 'wach katjiw l dar?'],
      ['ar', 'واش كتجيو للدار؟'],
    ],
  ],
  [
    'accessibility',
    [
      ['en', 'my dad has a walker, can he get in easily?'],
      ['en', 'is there easy access from the street?'],
    ],
  ],
  [
    'bloodPressure',
    [
      ['en', 'I have high blood pressure, is the sauna ok?'],
      ['es', 'tengo la tensión alta, puedo hacer el circuito?'],
      ['fr', 'je fais de l’hypertension, le hammam est déconseillé ?'],
      ['it', 'soffro di pressione alta, posso fare la sauna?'],
      ['de', 'ich habe Bluthochdruck, darf ich in die Sauna?'],
      ['ca', 'tinc la tensió alta, puc fer el circuit?'],
      ['pt', 'tenho pressão alta, posso fazer a sauna?'],
      ['ar', 'عندي ضغط الدم، واش نقدر ندخل للحمام؟'],
    ],
  ],
  [
    'alcohol',
    [
      ['en', 'I was at a wedding last night and I am a bit hungover'],
      ['es', 'tengo resaca, ¿puedo venir igual?'],
      ['fr', 'j’ai la gueule de bois, je peux quand même venir ?'],
      ['it', 'ho i postumi di una sbornia, posso venire?'],
      ['de', 'ich bin noch etwas verkatert, geht das trotzdem?'],
      ['ca', 'tinc ressaca, puc venir igualment?'],
      ['pt', 'estou de ressaca, posso ir na mesma?'],
      ['ar', 'شربت الكحول البارح، واش مشكل؟'],
    ],
  ],
  [
    'secondOpinion',
    [
      ['en', 'I would like a second opinion on my x-ray'],
      ['es', 'quiero una segunda opinión sobre el tratamiento'],
      ['fr', 'je voudrais un deuxième avis avant l’opération'],
      ['it', 'vorrei un secondo parere prima di operare'],
      ['de', 'ich hätte gern eine Zweitmeinung'],
      ['ca', 'voldria una segona opinió'],
      ['pt', 'queria uma segunda opinião sobre o orçamento'],
      ['ar', 'بغيت راي ثاني قبل العملية'],
    ],
  ],
  [
    'worthIt',
    [
      ['en', 'is the package really worth it?'],
      ['es', '¿vale la pena el bono de diez?'],
      ['fr', 'est-ce que ça vaut le coup de prendre le forfait ?'],
      ['it', 'vale la pena fare il pacchetto?'],
      ['de', 'lohnt sich das Abo?'],
      ['ca', 'val la pena fer el bo?'],
      ['pt', 'vale a pena fazer o pacote?'],
      ['ar', 'واش كيستاهل نشري الباك؟'],
    ],
  ],
  [
    'lightHair',
    [
      ['en', 'does the laser work on blonde hair?'],
      ['es', 'tengo el vello rubio, ¿me sirve?'],
      ['fr', 'ça marche sur les poils blonds ?'],
      ['it', 'funziona sui peli biondi?'],
      ['de', 'klappt das auch bei blonden Haaren?'],
      ['ca', 'em tapeu les canes?'],
      ['pt', 'funciona em pelos loiros?'],
      ['ar', 'واش كيخدم مع الشعر الأشقر؟'],
    ],
  ],
  [
    'ingrown',
    [
      ['en', 'I get a lot of ingrown hairs after shaving'],
      ['es', 'tengo una uña encarnada'],
      ['fr', 'j’ai des poils incarnés sur les jambes'],
      ['it', 'ho molti peli incarniti'],
      ['de', 'ich habe einen eingewachsenen Nagel'],
      ['ca', 'tinc una ungla encarnada'],
      ['pt', 'tenho pelos encravados no pescoço'],
      ['ar', 'عندي شعر تحت الجلد فالرجلين'],
    ],
  ],
  [
    'shockwave',
    [
      ['en', 'do you do shockwave for heel pain?'],
      ['es', '¿hacéis ondas de choque para la fascitis?'],
      ['fr', 'vous faites les ondes de choc ?'],
      ['it', "fate le onde d'urto per la spalla?"],
      ['de', 'macht ihr Stoßwellentherapie?'],
      ['ca', 'feu ones de xoc?'],
      ['pt', 'fazem ondas de choque no ombro?'],
      ['ar', 'واش كديرو الموجات الصادمة؟'],
    ],
  ],
  [
    'lymphDrainage',
    [
      ['en', 'I need lymphatic drainage after my surgery'],
      ['es', '¿hacéis drenaje linfático?'],
      ['fr', 'vous faites du drainage lymphatique ?'],
      ['it', 'fate il linfodrenaggio?'],
      ['de', 'bieten Sie Lymphdrainage an?'],
      ['ca', 'feu drenatge limfàtic?'],
      ['pt', 'fazem drenagem linfática?'],
      ['ar', 'هل تعملون تصريف لمفاوي؟'],
    ],
  ],
  [
    'session',
    [
      ['en', 'how many sessions will I need?'],
      ['es', '¿cuántas sesiones hacen falta?'],
      ['fr', 'il faut combien de séances ?'],
      ['it', 'quante sedute servono?'],
      ['de', 'wie viele Sitzungen brauche ich?'],
      ['ca', 'quantes sessions calen?'],
      ['pt', 'quantas sessões vou precisar?'],
      ['ar', 'شحال من جلسة خاصني؟'],
    ],
  ],
  [
    'ribs',
    [
      ['en', 'does a tattoo on the ribs hurt more?'],
      ['es', 'me quiero tatuar las costillas'],
      ['fr', 'je me suis fêlé une côte, pardon, une côte fêlée'],
      ['it', 'mi fa male la costola'],
      ['de', 'tut ein Tattoo auf den Rippen weh?'],
      ['ca', 'em fan mal les costelles'],
      ['pt', 'quero tatuar as costelas'],
      ['ar', 'عندي وجع فالضلوع'],
    ],
  ],
  [
    'fasting',
    [
      ['en', 'does she need an empty stomach before the operation?'],
      ['es', '¿tiene que venir sin comer a la cirugía?'],
      ['fr', 'il doit rester sans manger avant ?'],
      ['it', 'deve stare a digiuno prima?'],
      ['de', 'muss er vorher nüchtern sein?'],
      ['ca', 'ha de venir sense menjar?'],
      ['pt', 'tem de vir sem comer?'],
    ],
  ],
  [
    'fear',
    [
      ['en', 'my dog is shaking in the car'],
      ['es', 'tiembla cuando entra en la clínica'],
      ['de', 'sie zittert im Wartezimmer'],
      ['pt', 'o cão treme de medo'],
      ['ar', 'الكلب كيخاف من الناس'],
    ],
  ],
  [
    'insurance',
    [
      ['de', 'zahlt die Kassa etwas dazu?'],
      ['de', 'haben Sie einen Kassenvertrag?'],
      ['de', 'lohnt sich eine Tierversicherung?'],
      ['en', 'do you take pet insurance?'],
      ['it', 'siete convenzionati con la cassa malattia?'],
    ],
  ],
  [
    'instalments',
    [
      ['en', 'can I pay it off in payments?'],
      ['es', '¿se puede pagar en varios pagos?'],
      ['fr', 'on peut étaler le paiement ?'],
      ['de', 'kann ich das in Teilzahlung machen?'],
      ['pt', 'dá para pagar em prestações?'],
    ],
  ],
  [
    'accessibility',
    [
      ['en', 'I am on crutches, is it step free?'],
      ['de', 'ist der Eingang stufenlos?'],
      ['ca', 'hi ha esglaons a l’entrada?'],
      ['fr', 'le salon est de plain-pied ?'],
      ['pt', 'ando de muletas, há elevador?'],
    ],
  ],
  [
    'waitingTime',
    [
      ['en', 'how soon can I get an appointment?'],
      ['de', 'wie schnell bekomme ich einen Termin?'],
      ['fr', 'quelle est votre prochaine disponibilité ?'],
      ['es', '¿cuál es la primera cita disponible?'],
    ],
  ],
  [
    'euthanasia',
    [
      ['de', 'bekommen wir die Urne zurück?'],
      ['de', 'wie läuft die Kremation ab?'],
      ['es', '¿nos devolvéis la urna?'],
    ],
  ],
  [
    'cage',
    [
      ['en', 'she hates her cat carrier'],
      ['de', 'er hasst die Transportbox'],
      ['es', 'lo traigo en el transportín'],
      ['pt', 'vem na caixa de transporte'],
    ],
  ],
  ['neuter', [['en', 'when should we get him snipped?']]],
  [
    'anaesthesia',
    [
      ['en', 'does he have to be knocked out for the cleaning?'],
      ['de', 'bieten Sie Behandlungen unter Vollnarkose an?'],
    ],
  ],
  ['microchip', [['de', 'braucht der Hund einen Chip?']]],
  [
    'sport',
    [
      ['en', 'I am a runner training for a marathon'],
      ['de', 'ich bin Läuferin und trainiere für den Marathon'],
      ['es', 'soy corredora y me duele la rodilla'],
    ],
  ],
  ['pregnancy', [['de', 'ich bin in der 30. SSW']]],
  ['lasting', [['ar', 'شحال كيبقى النقش؟']]],
  ['couples', [['ca', 'som parella, ho podem fer junts?']]],
  [
    'homeVisit',
    [
      ['en', 'can you come to the hotel for the bride?'],
      ['fr', 'vous pouvez vous déplacer pour le mariage ?'],
      ['fr', 'est-ce que vous faites des déplacements ?'],
      ['fr', 'il y a des frais de déplacement ?'],
    ],
  ],
  ['companion', [['ar', 'واش نقدر نبقى مع الكلب ديالي؟']]],
  ['aftercare', [['ar', 'شحال خاصو باش يلتئم الجرح؟']]],
  [
    'euthanasia',
    [
      ['en', 'what happens when my old cat dies?'],
      ['es', 'si se muere en casa, ¿qué hago?'],
      ['de', 'was macht man, wenn der Hund stirbt?'],
      ['pt', 'quando ele morrer, vocês tratam da cremação?'],
    ],
  ],
  [
    'age',
    [
      ['en', 'he is only 10 weeks old, is that too young?'],
      ['de', 'sie ist erst 4 Monate alt'],
      ['es', 'tiene 3 meses de vida'],
    ],
  ],
  ['ingrown', [['es', 'tengo pelos encarnados en las piernas']]],
  [
    'vaccine',
    [
      ['en', 'what jabs does he need to have?'],
      ['en', 'is he due a booster?'],
      ['es', 'ya está vacunado de todo'],
      ['fr', 'il a eu son rappel de vaccin'],
      ['it', 'è vaccinato?'],
      ['de', 'ist er geimpft?'],
      ['ca', 'quines vacunes necessita el meu gos?'],
      ['pt', 'ele já está vacinado'],
      ['ar', 'wach khasso tl9i7?'],
    ],
  ],
  [
    'acupuncture',
    [
      ['en', 'do you offer acupuncture?'],
      ['es', '¿hacéis acupuntura?'],
      ['fr', "vous faites de l'acupuncture ?"],
      ['it', "fate anche l'agopuntura?"],
      ['de', 'machts ihr auch akupunktur?'],
      ['ca', 'feu acupuntura?'],
      ['pt', 'fazem acupunctura chinesa?'],
      ['ar', 'واش كديرو الإبر الصينية؟'],
    ],
  ],
  [
    'taping',
    [
      ['en', 'do you do kinesio taping? is it extra'],
      ['es', '¿me podéis hacer un vendaje neuromuscular?'],
      ['fr', 'vous faites du strapping pour la cheville ?'],
      ['it', 'fate il taping al ginocchio?'],
      ['de', 'könnt ihr mir das Knie tapen?'],
      ['ca', 'em podeu fer un embenat funcional?'],
      ['pt', 'fazem kinesio tape?'],
      ['ar', 'واش كديرو الشريط اللاصق للركبة؟'],
    ],
  ],
  [
    'refund',
    [
      ['en', 'how much will my insurer pay me back?'],
      ['de', 'wie viel bekomme ich von der Kassa zurück?'],
      ['de', 'kann ich mir das zurückholen?'],
      ['pt', 'o seguro devolve-me quanto?'],
    ],
  ],
  [
    'howMany',
    [
      ['pt', 'qts sessões vou ter de fazer?'],
      ['de', 'wie oft muss man da kommen?'],
      ['de', 'wie viele Termine brauche ich?'],
      ['ca', 'quantes vegades hi he de venir?'],
    ],
  ],
  ['collect', [['ca', 'quan el vens a buscar?']]],
  [
    'homeVisit',
    [
      ['ar', 'حجزت تحليل في الدار لبابا نهار الخميس'],
      ['fr', 'vous faites la prise de sang à la maison ?'],
      ['en', 'can you do a blood test at home for my mum?'],
      ['de', 'macht ihr auch Wimpernverlängerung bei Kundinnen zu Hause?'],
    ],
  ],
  [
    'takeOff',
    [
      ['en', 'can I take my extensions off at home?'],
      ['es', 'me las puedo quitar en casa?'],
      ['fr', 'je peux les enlever moi-même ?'],
      ['it', 'posso toglierle da sola a casa?'],
      ['de', 'kann ich die Wimpern selbst entfernen?'],
      ['ca', 'me les puc treure a casa?'],
      ['pt', 'posso tirar a extensão em casa?'],
      ['ar', 'نقدر نحيهم وحدي فالدار؟'],
      ['ar', 'n9der n7ayedhom f dar?'],
    ],
  ],
  [
    'fallOut',
    [
      ['en', 'a few lashes fell out after two days'],
      ['en', 'the little hairs at the front are just coming out in the shower'],
      ['es', 'se me caen las pestañas a los tres días'],
      ['fr', 'mes extensions tombent déjà'],
      ['it', 'le extension si staccano dopo una settimana'],
      ['de', 'die Wimpern fallen schon aus'],
      ['ca', 'se me cauen les pestanyes'],
      ['pt', 'meus cílios estão caindo'],
      ['ar', 'الرموش طاحو بعد يومين'],
      ['ar', 'el 7ashwa wa2a3et'],
    ],
  ],
  [
    'explain',
    [
      ['en', 'can the doctor explain my blood results?'],
      ['es', 'me pueden explicar qué significan los valores?'],
      ['fr', "le biologiste peut m'expliquer mes résultats ?"],
      ['it', 'potete spiegarmi cosa vuol dire?'],
      ['de', 'können Sie mir erklären, was das bedeutet?'],
      ['ca', 'què vol dir aquest valor?'],
      ['pt', 'podem me explicar o que significa?'],
      ['ar', 'الطبيب يقدر يفسرلي النتائج؟'],
      ['ar', 'l biologiste ynajem yfasserli wach ma3naha?'],
    ],
  ],
  [
    'brushing',
    [
      ['ca', 'li podeu rentar les dents?'],
      ['es', 'le podéis lavar los dientes al perro?'],
      ['pt', 'vocês lavam os dentes do cão?'],
      ['fr', 'vous pouvez lui laver les dents ?'],
    ],
  ],
  ['exoticPets', [['en', 'do you see bearded dragons?']]],
  ['pain', [['pt', 'as técnicas podem ser desconfortáveis e fica dorido']]],
  ['hairColour', [['ca', 'em tapeu les canes?']]],
  [
    'babyTeeth',
    [
      ['en', 'do baby teeth need fillings?'],
      ['es', '¿hay que empastar los dientes de leche?'],
      ['fr', 'faut-il soigner les dents de lait ?'],
      ['it', 'i denti da latte vanno curati?'],
      ['de', 'muss man Milchzähne behandeln?'],
      ['ca', 'cal arreglar les dents de llet?'],
      ['pt', 'os dentes de leite precisam de tratamento?'],
      ['ar', 'واش خاص نداوي سنان الحليب ديال بنتي؟'],
    ],
  ],
  [
    'doctor',
    [
      ['en', 'my GP gave me a prescription'],
      ['es', 'me lo mandó el médico de cabecera'],
      ['ca', 'el metge em va dir que vingués'],
      ['pt', 'preciso de prescrição médica?'],
      ['de', 'Überweisung vom Hausarzt'],
    ],
  ],
  [
    'referral',
    [
      ['pt', 'oi, preciso de pedido medico pra marcar fisio?'],
      ['es', 'necesito una orden médica?'],
    ],
  ],
  ['insurance', [['en', 'how much will ÖGK pay me back?']]],
  ['late', [['en', "what if i can't get there till like 6:30 to pick her up"]]],
  [
    'location',
    [
      ['en', 'what is the best way to get there?'],
      // "near you" names the business's place: the Q&A "where are you, and is there parking?" answers it.
      ['en', 'is there parking near you'],
      ['es', 'hay estacionamiento cerca de ustedes?'],
      ['fr', 'on peut se garer près de chez vous ?'],
      ['it', 'si parcheggia vicino a voi?'],
      ['de', 'gibt es parkplätze in eurer nähe?'],
      ['ca', 'hi ha aparcament a prop vostre?'],
      ['pt', 'tem estacionamento perto de vcs?'],
    ],
  ],
  [
    'allergy',
    [
      ['en', 'what if I am allergic to the lash glue?'],
      ['en', 'why do I need a skin test before the colour?'],
      ['es', 'soy alérgica al látex'],
      ['fr', "je dois faire un test d'allergie avant la couleur ?"],
      ['it', 'e se sono allergica alla colla delle extension?'],
      ['de', 'ich bin allergisch gegen Latex'],
      ['ca', 'soc al·lèrgica a la penicil·lina'],
      ['pt', 'tenho alergia a tinta de cabelo'],
      ['ar', 'عندي حساسية من اللاتكس'],
    ],
  ],
  [
    'makeup',
    [
      ['en', 'can I still use mascara once I have lash extensions on?'],
      ['fr', 'je peux mettre du mascara après un rehaussement ?'],
      ['it', 'posso mettere il mascara con le extension?'],
      ['de', 'darf ich danach Wimperntusche tragen?'],
      ['es', '¿puedo ponerme rímel después?'],
      ['pt', 'posso usar rímel depois?'],
    ],
  ],
  [
    'gelNails',
    [
      ['it', 'quanto mi dura il semi?'],
      ['it', 'il semipermanente rovina le unghie?'],
    ],
  ],
  ['coverUp', [['de', 'ob man das noch irgendwie weg gecovert kriegt']]],
  [
    'hairColour',
    [
      ['en', 'how long does the platinum last before my roots show?'],
      ['pt', 'meu filho quer fazer o nevou'],
      ['pt', 'pintei o cabelo em casa e ficou horrível'],
    ],
  ],
  [
    'sideEffects',
    [
      ['pt', 'raio x faz mal? to tentando engravidar'],
      ['pt', 'o raio-x dos dentes faz mal?'],
      ['es', '¿el blanqueamiento hace daño al esmalte?'],
    ],
  ],
  ['language', [['ca', 'en quins idiomes ens podem entendre?']]],
  [
    'accessibility',
    [
      ['en', 'is there a lift in the building? im on crutches'],
      ['en', 'do I have to take the stairs or is there a lift?'],
    ],
  ],
  ['gelNails', [['fr', 'enlevez-vous le gel posé dans un autre salon ?']]],
  ['lashes', [['fr', 'je peux mettre du mascara après un rehaussement ?']]],
  ['location', [['fr', 'comment vous trouver dans la médina ?']]],
  ['cancel', [['fr', 'c quoi les frais si je viens pas à mon rdv sans avertir ?']]],
  ['cancel', [['de', 'Terminabsagen']]],
  ['payment', [['de', 'zahlt man nach jeder Stunde oder am Ende?']]],
  [
    'cat',
    [
      ['ca', 'perruqueria felina'],
      ['pt', 'fazem tosa em felinas?'],
    ],
  ],
  ['package', [['fr', 'vous avez une formule pour chiot ?']]],
  [
    'price',
    [
      ['en', 'do you do kinesio taping? is it extra'],
      ['en', 'can u take it off before doing mine? is that extra?'],
    ],
  ],
  ['firstVisit', [['ar', 'شحال ثمن الكونسولطاسيون عندكم؟']]],
  [
    'deposit',
    [
      ['ca', "s'ha de pagar alguna cosa abans de venir?"],
      ['es', '¿hay que pagar algo antes?'],
      ['pt', 'tenho que pagar alguma coisa antes?'],
    ],
  ],
  [
    'hygiene',
    [
      ['ar', 'كيفاش كتعقمو الأدوات ديالكم؟'],
      ['fr', 'comment stérilisez-vous les instruments ?'],
    ],
  ],
];

describe('bridging concepts', () => {
  it.each(examples.flatMap(([concept, cases]) => cases.map(([language, text]) => [concept, language, text] as const)))(
    '%s in %s: %j',
    (concept, language, text) => {
      expect([...conceptsOf(text, language)]).toContain(concept);
    },
  );

  it('a programme for bringing a friend is an offering; being at home is not', () => {
    expect(OFFERING_CONCEPTS.has('referFriend')).toBe(true);
    expect(OFFERING_CONCEPTS.has('atHome' as never)).toBe(false);
    expect(OFFERING_CONCEPTS.has('leash' as never)).toBe(false);
  });

  it('reads gel polish or lashes that lift as no elevator in English (German "Lift" is one)', () => {
    expect([...conceptsOf("can you take off gel polish? it's starting to lift", 'en')]).not.toContain('accessibility');
    expect([...conceptsOf('how much for a lash lift?', 'en')]).not.toContain('accessibility');
  });

  it('acupuncture, taping and hand stripping are offerings a business may not have', () => {
    for (const concept of ['acupuncture', 'taping', 'handStripping'] as const)
      expect(OFFERING_CONCEPTS.has(concept)).toBe(true);
  });

  it.each<[TextLanguage, string, string]>([
    // A story that started, or someone named Marie, is no question of a start or a groom.
    ['en', 'it started hurting last week', 'start'],
    ['fr', 'Marie m’a conseillé votre salon', 'bridegroom'],
    // A boyfriend, a fiancé as a companion, "mi sposo" (I get married): no groom of a wedding service.
    ['es', 'mi novio quiere arreglarse las cejas', 'bridegroom'],
    ['it', 'mi sposo il 12 giugno!!', 'bridegroom'],
    ['en', 'my fiance and I want a couples massage', 'bridegroom'],
    // Greetings at night are not a question about the night.
    ['en', 'good night and thanks!', 'afterHours'],
    ['es', 'buenas noches, quería una cita', 'afterHours'],
    ['fr', 'bonne nuit et merci', 'afterHours'],
    ['it', 'buonanotte e grazie', 'afterHours'],
    ['de', 'gute Nacht und danke', 'afterHours'],
    ['ca', 'bona nit, voldria una cita', 'afterHours'],
    ['pt', 'boa noite, queria marcar', 'afterHours'],
    // Seeing the vet, or a first visit, is not visiting a patient.
    ['en', 'can the vet see him today?', 'visiting'],
    ['es', 'quiero pedir una visita', 'visiting'],
    ['fr', "c'est ma première visite", 'visiting'],
    ['de', 'wann kann ich Sie besuchen?', 'visiting'],
    // "a3mal" (to do) is not "3amaliya" (an operation).
    ['ar', 'momken a3mal laser?', 'surgery'],
    ['ar', 'momken a3mello 7ammam?', 'surgery'],
    // "7ala2a" (a haircut, Levantine) is not "kat7ello" (you open) nor a shave of the body.
    ['ar', 'momken aji l 7ala2a bukra?', 'opening'],
    ['ar', 'momken aji l 7ala2a bukra?', 'hairRemoval'],
    // Gulf Arabizi by its consonants: "hala" (hello) is no haircut ("7ala2a"), "bs" (only) no bus, "o5ti" (my
    // sister) no threading ("khit"), "a7d" (someone) no gift ("hdiya") nor hip ("hawd").
    ['ar', 'hala, 3ndkm 3dsat mlwna?', 'haircut'],
    ['ar', 'nthri zain bs abi lon 3sali', 'transport'],
    ['ar', 'abiha 7g 3rs o5ti', 'threading'],
    ['ar', 'wla lazm ashof a7d', 'giftCard'],
    ['ar', 'wla lazm ashof a7d', 'hip'],
    // Arabic: the stem of "عربون" (deposit) is the stem of "العربية" (Arabic).
    ['ar', 'هل تتكلمون العربية؟', 'deposit'],
    ['ar', 'شي حد كيهضر العربية؟', 'deposit'],
    // "mômes" (kids, French) is not "mom".
    ['en', 'my mom will drive me there', 'children'],
    ['en', 'can my mom come in with me?', 'children'],
    // "off" is not a discount.
    ['en', 'I take the day off on friday', 'discount'],
    ['en', 'the gel is coming off already', 'discount'],
    // A guinea pig is a small pet.
    ['en', 'do you see guinea pigs?', 'largeAnimals'],
    ['fr', 'vous soignez les cochons d’Inde ?', 'largeAnimals'],
    // "3iyada" (clinic) and "عودة" (return) are not horses.
    ['ar', 'fin kayna l3iyada?', 'largeAnimals'],
    ['ar', 'متى العودة للعمل؟', 'largeAnimals'],
    // "pension" is also a retirement.
    ['it', 'sono in pensione, avete sconti?', 'boarding'],
    ['fr', 'je touche une pension, il y a un tarif réduit ?', 'boarding'],
    // A mule or a pony is a horse; a repeat visit is not.
    ['ar', 'n3awd nji ghedda?', 'horse'],
    ['fr', 'je suis à la retraite, ma pension est petite', 'boarding'],
    ['es', 'soy pensionista, hay descuento?', 'boarding'],
    // A doctor's referral is not bringing a friend.
    ['en', 'do I need a referral from my GP?', 'referFriend'],
    ['es', 'necesito volante del médico?', 'referFriend'],
    ['pt', 'preciso de encaminhamento do médico?', 'referFriend'],
    // Recommending a product is not a referral programme ("indicação" is; "indicam" is a verb of the same stem).
    ['pt', 'qual protetor solar vocês indicam?', 'referFriend'],
    // A visit at home is not about being at home (and the reverse is covered in concepts.test.ts).
    ['en', 'I will come straight from work', 'atHome'],
    ['de', 'ich komme direkt von der Arbeit', 'atHome'],
    // A hand is not a manicure, a leash is not letting someone go.
    ['it', 'mi lavo le mani prima?', 'nails'],
    ['fr', 'je laisse mon chien le matin et je reviens le soir', 'leash'],
    ['fr', 'vous me laissez entrer avec lui ?', 'leash'],
    // Waiting time is not the waiting room.
    ['en', 'how long is the wait?', 'waitingRoom'],
    ['es', 'cuánto hay que esperar?', 'waitingRoom'],
    // Darija "machi" (not) has the skeleton of "mch" (a cat); a man is not a shoulder, nor the reverse.
    ['ar', 'bghit wa7da mra machi rajel', 'cat'],
    ['ar', 'salam, machi mochkil', 'cat'],
    ['es', 'me duele el hombro', 'men'],
    ['es', 'un corte para hombre', 'shoulder'],
    // Jemaa el-Fna is a mosque's square, not a university; getting lost is not a telephone.
    ['ar', 'كيفاش نوصل من جامع الفنا؟', 'student'],
    ['ar', 'ديما كنتلف فالمدينة', 'contact'],
    // Holidays are no cow and no vacancy; a hand is no child.
    ['es', 'nos vamos de vacaciones en agosto', 'largeAnimals'],
    ['fr', 'on part en vacances demain', 'jobs'],
    ['fr', 'je le fais à la main', 'children'],
    // "hace falta" (it is needed) is not missing an appointment.
    ['es', 'hace falta traer algo?', 'cancel'],
    ['ca', 'fa falta portar res?', 'cancel'],
    ['pt', 'falta muito para acabar?', 'cancel'],
    // Italian "costa" (it costs) is no rib and no back; "à côté" is no rib either.
    ['it', 'quanto costa la pulizia?', 'ribs'],
    ['it', 'quanto costa la pulizia?', 'back'],
    ['fr', "c'est juste à côté de la gare", 'ribs'],
    // "my kid first", "a couple of days": no beginner, no couple.
    ['en', 'when should my kid first see a dentist', 'beginner'],
    ['en', 'can I come a couple of days later?', 'couples'],
    // Drinking water, a drink not taken, public holidays, "ça me saoule" (I am fed up), "حول" (around): no alcohol.
    ['en', 'drink plenty of water afterwards', 'alcohol'],
    ['en', 'nothing is eaten, drunk or injected', 'alcohol'],
    ['es', 'cerramos los días de fiesta', 'alcohol'],
    ['fr', 'ça me saoule ce retard', 'alcohol'],
    ['ar', 'الاحمرار حول الشعيرات طبيعي', 'alcohol'],
    // Grey (رمادي) is not ashes; paying (الدفع) is not paying in instalments.
    ['ar', 'الشعر الرمادي صعيب', 'euthanasia'],
    ['ar', 'هل تقبلون الدفع بالبطاقة؟', 'instalments'],
    // "zwingend" (mandatory) is no kennel (Zwinger); "véns" (you come) sells nothing.
    ['de', 'der Hund muss zwingend an der Leine', 'cage'],
    ['ca', 'si véns en tramvia, la parada és a prop', 'selling'],
    // Not eating something hot after an extraction is no fast.
    ['ca', 'no mengis res calent', 'fasting'],
    ['es', 'no comer nada caliente después de la extracción', 'fasting'],
    // Darija "7na" (we) and "tabi3i" (natural), French "il se sent" (he feels).
    ['ar', '7na ghadi njiw', 'henna'],
    ['ar', 'واش هاد الزيت طبيعي؟ tabi3i?', 'selling'],
    ['fr', 'il se sent mieux', 'fragrance'],
    // Notice before an appointment is not arriving early.
    ['fr', '24 heures avant le rendez-vous pour annuler', 'arriveEarly'],
    ['pt', 'cancelar quanto tempo antes?', 'arriveEarly'],
    ['ar', 'الإلغاء مجاني حتى 24 ساعة قبل الموعد', 'arriveEarly'],
    // Muscle tension is no blood pressure; knots (nudos, nusos) and a haircut (pelarme) are no nudity.
    ['fr', 'massage pour les tensions musculaires', 'bloodPressure'],
    ['es', 'tiene nudos en el pelo', 'nudity'],
    ['ca', 'té molts nusos a les orelles', 'nudity'],
    ['es', 'quiero pelarme', 'nudity'],
    // "se encargan" (you take care of it) is no ingrown hair; "se muere" is not "muerde" (bites); mud is no clay mask.
    ['es', 'ustedes se encargan de todo?', 'ingrown'],
    ['es', 'si se muere, qué hacemos?', 'aggressive'],
    ['es', 'tengo un barro en la cara', 'hammamProducts'],
    // Italian "cane" (dog) is no Catalan "canes" (grey hairs); Portuguese "além" (beyond) is no German; paying by
    // card is no hand stripping ("carding"); a wire coat ("à poil dur") is no nudity; dry needling is no acupuncture.
    ['it', 'salve, venite voi a prendere il cane a casa?', 'hairColour'],
    ['it', 'il mio cane ha paura', 'lightHair'],
    ['pt', 'nunca trabalhamos para além do que tolera', 'german'],
    ['en', 'do you take card or is it cash only?', 'handStripping'],
    ['fr', 'un fox terrier à poil dur', 'nudity'],
    ['en', 'do you do dry needling?', 'acupuncture'],
    ['de', 'machts ihr auch akupunktur?', 'needling'],
    // A medical prescription is no medication; arriving only at 6:30 asks no directions.
    ['pt', 'preciso de prescrição médica para marcar?', 'medication'],
    ['es', 'me lo dijo el médico', 'medication'],
    ['en', "what if i can't get there till like 6:30 to pick her up", 'location'],
    // Sensitive skin (حساسة) is no allergy (حساسية); a mask (máscara) is no mascara; chia seeds are no polish.
    ['ar', 'واش الحك بالكيس كيوجع؟ عندي بشرة حساسة بزاف', 'allergy'],
    ['it', 'mangio semi di chia a colazione', 'gelNails'],
    // Safe for the skin is no safe for valuables.
    ['en', 'is it safe for my skin?', 'valuables'],
  ])('not in %s %j: %s', (language, text, concept) => {
    expect([...conceptsAlsoInItDe(text, language)]).not.toContain(concept);
    expect([...conceptsInAll(text, language)]).not.toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    // Read with the business's Italian and German: German "nie" (never) is no NIE, Portuguese "treme" (shakes) no
    // train, Catalan "tard" (late) no length.
    ['de', 'ich war noch nie bei euch', 'documents'],
    ['pt', 'o cão treme de medo', 'transport'],
    ['pt', 'vou de trem até aí', 'fear'],
    ['ca', 'si arribo tard, què passa?', 'duration'],
  ])('not in %s %j, read with Italian and German: %s', (language, text, concept) => {
    expect([...conceptsAlsoInItDe(text, language)]).not.toContain(concept);
  });
});
