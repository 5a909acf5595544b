/**
 * The concepts of phone and electronics repair shops (concepts-repair.ts): each is found in a customer's phrase
 * in every language, as typed on WhatsApp, and the words of a clinic, a salon, a groomer, a garage, a bike shop
 * or a hearing centre that look like a repair shop's raise none.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { REPAIR_CONCEPTS } from './concepts-repair.js';
import { conceptsOf, type ConceptExamples, describeConceptTable, describeTradeChecks } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'smartphone',
    [
      ['en', 'do you fix iphones? mine is an ip14'],
      ['en', 'how much for phone repair on a samsung galaxy s21?'],
      ['es', 'se me rompió el movil ayer'],
      ['fr', 'vous réparez les smartphones xiaomi ?'],
      ['it', 'ho il telefono rotto, siete aperti?'],
      ['de', 'macht ihr auch Handyreparaturen?'],
      ['ca', 'teniu recanvis per a un iphone 12?'],
      ['pt', 'o meu telemóvel caiu ao chão'],
      ['ar', 'عندي ايفون 13 فيه مشكل'],
      ['it', 'quanto per lo schermo di un s21?'],
      ['es', 'cuanto cuesta la bateria de un ip13?'],
    ],
  ],
  [
    'tablet',
    [
      ['en', 'my ipad screen is smashed'],
      ['es', 'se le ha roto la pantalla a la tablet de mi hijo'],
      ['fr', 'ma tablette samsung ne charge plus'],
      ['it', 'riparate anche il tablet?'],
      ['de', 'mein Tablet hat einen Sprung'],
      ['ca', 'la tablet del nen no funciona'],
      ['pt', 'o tablet da minha filha partiu'],
      ['ar', 'الايباد ديالي فيه مشكل'],
    ],
  ],
  [
    'laptop',
    [
      ['en', 'my macbook pro wont start'],
      ['es', 'mi portátil hace un ruido raro'],
      ['fr', 'mon ordi portable est tombé'],
      ['it', 'il mio portatile hp fa rumore'],
      ['de', 'mein Laptop hat einen Wackelkontakt'],
      ['ca', "l'ordinador portàtil no arrenca"],
      ['pt', 'o meu portátil está avariado'],
      ['ar', 'اللابتوب ديالي خاسر'],
    ],
  ],
  [
    'gameConsole',
    [
      ['en', 'do you repair ps5 controllers?'],
      ['es', 'la play no me lee los discos'],
      ['fr', 'vous réparez les consoles nintendo ?'],
      ['it', 'la play 4 fa un rumore strano'],
      ['de', 'meine Playstation ist kaputt'],
      ['ca', 'la play fa soroll'],
      ['pt', 'a minha consola xbox desliga sozinha'],
      ['ar', 'البلايستيشن ديالي خاسره'],
    ],
  ],
  [
    'screenRepair',
    [
      ['en', 'cracked my screen last night, can u fix it today?'],
      ['en', 'there are green lines on the screen and the touch doesnt work'],
      ['es', 'tengo la pantalla rota del iphone 11, cuanto sale?'],
      ['es', 'el tactil no funciona bien'],
      ['fr', "j'ai l'écran cassé, c'est combien ?"],
      ['it', 'ho lo schermo rotto, quanto costa il cambio?'],
      ['it', 'il touch non funziona piu'],
      ['de', 'Display kaputt beim iPhone 13, was kostet das?'],
      ['ca', 'tinc la pantalla trencada'],
      ['pt', 'tenho o ecrã partido'],
      ['pt', 'minha tela quebrada tem conserto?'],
      ['ar', 'الشاشه مكسوره شحال الثمن؟'],
      ['ar', 'الشاشة تكسرات ليا البارح'],
      ['ar', 'chacha mkasra, ch7al taman?'],
    ],
  ],
  [
    'batteryReplacement',
    [
      ['en', 'battery health is at 76%, should i change it?'],
      ['en', 'my battery is swollen and the screen is lifting'],
      ['es', 'la batería dura poco, se descarga rapido'],
      ['fr', 'la batterie ne tient plus la journée'],
      ['it', 'la batteria dura pochissimo, si scarica subito'],
      ['it', 'mi si è gonfiata la batteria, batteria gonfia'],
      ['de', 'mein Handyakku hält nicht mehr'],
      ['ca', 'la bateria del mòbil dura poc'],
      ['pt', 'a bateria do telemóvel dura pouco'],
      ['ar', 'البطاريه منفوخه'],
    ],
  ],
  [
    'chargingPort',
    [
      ['en', 'my phone is not charging unless i hold the cable'],
      ['en', 'can you clean the charging port?'],
      ['es', 'el movil no carga'],
      ['fr', 'mon téléphone ne charge plus'],
      ['it', 'il telefono non si carica più'],
      ['it', 'quanto costa il connettore di ricarica?'],
      ['de', 'die Ladebuchse ist locker'],
      ['ca', 'el mòbil no carrega'],
      ['pt', 'o telemóvel não carrega'],
      ['ar', 'التلفون ما يشحن'],
      ['ar', 'tilifoun ma kaycharjich'],
    ],
  ],
  [
    'backGlass',
    [
      ['en', 'the back glass is shattered'],
      ['es', 'se me rompió la tapa trasera'],
      ['fr', 'la vitre arrière est fissurée'],
      ['it', 'ho il vetro posteriore spaccato'],
      ['de', 'Rückglas gesprungen beim iPhone 12'],
      ['ca', 'el vidre del darrere està trencat'],
      ['pt', 'o vidro traseiro partiu'],
      ['ar', 'الزجاج الخلفي مكسور'],
    ],
  ],
  [
    'waterDamage',
    [
      ['en', 'dropped my phone in the toilet'],
      ['en', 'is water damage covered?'],
      ['es', 'se me mojó el móvil en la playa'],
      ['es', 'se me cayó al agua, lo meti en arroz'],
      ['fr', "mon téléphone est tombé dans l'eau"],
      ['it', "mi è caduto l'iphone a mare, l'ho messo nel riso"],
      ['de', 'mein Handy ist ins Wasser gefallen'],
      ['ca', "m'ha caigut a l'aigua"],
      ['pt', 'o telemóvel caiu na água'],
      ['ar', 'التلفون طاح في الما'],
      ['it', "mi è caduto l'iphone 13 a mare"],
      ['de', 'mein Handy ist mir ins Klo gefallen'],
    ],
  ],
  [
    'dataRecovery',
    [
      ['en', 'can you recover my photos? the phone is dead'],
      ['es', 'se puede recuperar las fotos?'],
      ['fr', 'vous faites de la récupération de données ?'],
      ['it', 'fate il recupero dati?'],
      ['de', 'könnt ihr Daten retten vom alten Handy?'],
      ['ca', 'podeu recuperar les fotos?'],
      ['pt', 'conseguem recuperar as fotos?'],
      ['ar', 'بغيت نرجع الصور من التلفون'],
    ],
  ],
  [
    'unlocking',
    [
      ['en', 'can you remove icloud lock?'],
      ['en', 'forgot my passcode'],
      ['es', 'podéis liberar el movil? es de vodafone'],
      ['fr', 'vous pouvez débloquer mon téléphone ?'],
      ['it', "l'iphone è bloccato su icloud"],
      ['de', 'könnt ihr die iCloud Sperre entfernen?'],
      ['ca', 'podeu desbloquejar el mòbil?'],
      ['pt', 'conseguem desbloquear o telemóvel?'],
      ['ar', 'بغيت نفك الايكلاود'],
    ],
  ],
  [
    'boardRepair',
    [
      ['en', 'do you do board level repair and microsoldering?'],
      ['es', 'reparáis placa base?'],
      ['fr', 'vous réparez la carte mère ?'],
      ['it', 'fate microsaldatura sulla scheda madre?'],
      ['de', 'macht ihr Mikrolötung am Mainboard?'],
      ['ca', 'repareu la placa base?'],
      ['pt', 'fazem reparação de placa?'],
      ['ar', 'تصلحو المذربورد؟'],
    ],
  ],
  [
    'cameraRepair',
    [
      ['en', 'the front camera is blurry'],
      ['es', 'la cámara no enfoca'],
      ['fr', 'la caméra ne fonctionne plus'],
      ['it', 'la fotocamera non mette a fuoco'],
      ['de', 'die Frontkamera ist unscharf'],
      ['ca', 'la càmera no enfoca'],
      ['pt', 'a câmera não foca'],
      ['ar', 'عدسه الكاميرا مكسوره'],
    ],
  ],
  [
    'speakerMic',
    [
      ['en', 'people cant hear me on calls'],
      ['es', 'no me oyen cuando llamo'],
      ['fr', "on ne m'entend pas quand j'appelle"],
      ['it', 'non mi sentono quando chiamo'],
      ['de', 'das Mikrofon funktioniert nicht'],
      ['ca', 'no em senten quan truco'],
      ['pt', 'não me ouvem nas chamadas'],
      ['ar', 'المايك خربان'],
    ],
  ],
  [
    'phoneButtons',
    [
      ['en', 'the power button is stuck'],
      ['es', 'el botón de volumen no funciona'],
      ['fr', 'le bouton power est coincé'],
      ['it', 'il tasto di accensione non va'],
      ['de', 'die Power Taste klemmt'],
      ['ca', "el botó d'encesa no va"],
      ['pt', 'o botão de volume não funciona'],
      ['ar', 'زر التشغيل خربان'],
    ],
  ],
  [
    'faceId',
    [
      ['en', 'face id stopped working after the screen repair'],
      ['es', 'no me va el face id'],
      ['fr', 'le face id ne marche plus'],
      ['it', 'non funziona più il face id'],
      ['de', 'Face ID geht nicht mehr'],
      ['ca', 'el face id no funciona'],
      ['pt', 'o face id deixou de funcionar'],
      ['ar', 'الفيس ايدي ما خدامش'],
    ],
  ],
  [
    'stickDrift',
    [
      ['en', 'my ps5 controller has stick drift'],
      ['es', 'el mando de la play tiene drift'],
      ['fr', 'ma manette a du drift'],
      ['it', 'il joystick della ps4 ha il drift'],
      ['de', 'mein Controller driftet'],
      ['ca', 'el comandament té drift'],
      ['pt', 'o comando tem drift'],
      ['ar', 'الدراع فيه دريفت'],
    ],
  ],
  [
    'hdmiPort',
    [
      ['en', 'ps5 hdmi port is broken, no signal on the tv'],
      ['es', 'la play no da imagen'],
      ['fr', 'le port hdmi est cassé'],
      ['it', 'la porta hdmi della ps5 è rotta'],
      ['de', 'HDMI Buchse kaputt'],
      ['ca', 'el port hdmi no va'],
      ['pt', 'a porta hdmi partiu'],
      ['ar', 'منفذ hdmi خربان'],
    ],
  ],
  [
    'overheating',
    [
      ['en', 'my laptop keeps overheating and the fan is loud'],
      ['en', 'how much to change the thermal paste?'],
      ['es', 'la play se calienta mucho'],
      ['fr', 'mon pc chauffe beaucoup'],
      ['it', 'la ps5 si surriscalda e la ventola fa rumore'],
      ['de', 'mein Laptop überhitzt ständig'],
      ['ca', 'el portàtil fa soroll, el ventilador fa soroll'],
      ['pt', 'o notebook esquenta muito, trocar a pasta térmica?'],
      ['ar', 'اللابتوب يسخن بزاف'],
    ],
  ],
  [
    'noPower',
    [
      ['en', "my phone won't turn on"],
      ['en', 'stuck on the apple logo'],
      ['es', 'el movil no enciende'],
      ['fr', "mon téléphone ne s'allume plus"],
      ['it', 'il telefono non si accende'],
      ['de', 'mein Handy geht nicht mehr an'],
      ['ca', "el mòbil no s'encén"],
      ['pt', 'o celular não liga'],
      ['ar', 'التلفون ما كيشعلش'],
      ['ar', 'tilifoun ma kaych3elch'],
    ],
  ],
  [
    'softwareInstall',
    [
      ['en', 'can you reinstall windows?'],
      ['es', 'quiero formatear el portatil'],
      ['fr', 'vous pouvez formater mon pc ?'],
      ['it', 'il pc va lento, mi serve formattare'],
      ['de', 'könnt ihr Windows neu installieren?'],
      ['ca', 'voldria formatejar el portàtil'],
      ['pt', 'queria formatar o computador'],
      ['ar', 'بغيت نعاود ويندوز'],
    ],
  ],
  [
    'storageUpgrade',
    [
      ['en', 'can you put an ssd in my old laptop?'],
      ['es', 'quiero ampliar la ram'],
      ['fr', 'ajouter de la ram à mon pc ?'],
      ['it', 'mi montate un ssd?'],
      ['de', 'könnt ihr den Arbeitsspeicher aufrüsten?'],
      ['ca', 'voldria posar un disc ssd'],
      ['pt', 'quero aumentar a ram'],
      ['ar', 'بغيت نبدل الهارد ب اس اس دي'],
    ],
  ],
  [
    'keyboardRepair',
    [
      ['en', 'a few keys on my laptop keyboard dont work'],
      ['es', 'el teclado no funciona'],
      ['fr', 'le clavier ne marche plus'],
      ['it', 'la tastiera del portatile non funziona'],
      ['de', 'die Tastatur vom Laptop geht nicht'],
      ['ca', 'el teclat no funciona'],
      ['pt', 'o teclado não funciona'],
      ['ar', 'الكيبورد خربان'],
    ],
  ],
  [
    'hingeRepair',
    [
      ['en', 'the hinge on my laptop broke'],
      ['es', 'se me rompió la bisagra del portátil'],
      ['fr', 'la charnière de mon ordi est cassée'],
      ['it', 'si è rotta la cerniera del portatile'],
      ['de', 'das Scharnier vom Laptop ist gebrochen'],
      ['ca', 'la frontissa del portàtil està trencada'],
      ['pt', 'a dobradiça do portátil partiu'],
      ['ar', 'مفصله اللابتوب مكسوره'],
    ],
  ],
  [
    'diagnosis',
    [
      ['en', 'can you take a look at my phone?'],
      ['es', 'podéis hacer un diagnóstico del movil?'],
      ['fr', 'un diagnostic du téléphone ça coûte combien ?'],
      ['it', 'fate la diagnosi del telefono?'],
      ['de', 'macht ihr eine Diagnose vom Handy?'],
      ['ca', 'feu diagnòstic del mòbil?'],
      ['pt', 'fazem diagnóstico do telemóvel?'],
      ['ar', 'بغيت فحص الموبايل'],
    ],
  ],
  [
    'originalParts',
    [
      ['en', 'do you use original parts? i dont want the unknown part message'],
      ['es', 'la pantalla es original o compatible? pantalla original'],
      ['fr', "c'est des pièces d'origine ?"],
      ['it', 'usate ricambi originali?'],
      ['de', 'verwendet ihr Originalteile?'],
      ['ca', 'feu servir peces originals?'],
      ['pt', 'usam peças originais?'],
      ['ar', 'الشاشه اصليه ولا كوبي؟ بغيت قطع اصليه'],
    ],
  ],
  [
    'usedDevices',
    [
      ['en', 'do you buy used phones?'],
      ['en', 'can i trade in my old phone?'],
      ['es', 'compráis móviles de segunda mano?'],
      ['fr', "vous rachetez les téléphones d'occasion ?"],
      ['it', 'avete iphone ricondizionati?'],
      ['de', 'macht ihr Handyankauf?'],
      ['ca', 'teniu mòbils de segona mà?'],
      ['pt', 'fazem retoma do telemóvel?'],
      ['ar', 'واش كتشريو التلفونات المستعمله؟ عندي ايفون مستعمل'],
    ],
  ],
  [
    'phoneAccessories',
    [
      ['en', 'do you sell screen protectors and cases?'],
      ['es', 'tenéis fundas para el iphone 15?'],
      ['fr', 'vous avez des coques et du verre trempé ?'],
      ['it', 'vendete cover e vetro temperato?'],
      ['de', 'habt ihr Panzerglas für das iPhone?'],
      ['ca', 'teniu protector de pantalla?'],
      ['pt', 'têm capinhas e película de vidro?'],
      ['ar', 'عندكم لزقه شاشه؟'],
    ],
  ],
  [
    'mailInRepair',
    [
      ['en', 'can i send it to you by courier? i live in milan'],
      ['es', 'hacéis recogida a domicilio?'],
      ['fr', 'je peux vous l’envoyer par la poste ?'],
      ['it', 'fate il ritiro a domicilio?'],
      ['de', 'kann ich das Handy einschicken?'],
      ['ca', 'feu recollida a domicili?'],
      ['pt', 'posso enviar pelos correios?'],
      ['ar', 'كاين شي مندوب ياخدو من الدار؟'],
    ],
  ],
];

/**
 * Phrases of other businesses that no repair concept may read, each with the repair concept its words come
 * nearest to.
 */
const OTHER_BUSINESSES: [TextLanguage, string, string][] = [
  // A screening, a solar screen, sunscreen, a display: a clinic's, a bike's, a car's.
  ['en', 'do you do a cancer screening?', 'screenRepair'],
  ['en', 'is the new screening programme free?', 'screenRepair'],
  ['en', 'which sunscreen should I use after the laser?', 'screenRepair'],
  ['es', 'tenéis pantalla solar para después del láser?', 'screenRepair'],
  ['es', 'la pantalla de la bici marca un error', 'screenRepair'],
  ['fr', "l'écran de mon appareil auditif est cassé", 'screenRepair'],
  ['it', 'il display della bici elettrica segna un errore', 'screenRepair'],
  ['de', 'das Display vom E-Bike zeigt einen Fehler', 'screenRepair'],
  ['it', 'mi si è rotto un vetro degli occhiali', 'screenRepair'],
  ['pt', 'o vidro dos óculos partiu', 'screenRepair'],
  // A battery: a car's, a hearing aid's, an e-bike's, a drum kit.
  ['en', 'the battery of my hearing aid is dead', 'batteryReplacement'],
  ['en', 'can you check my car battery?', 'batteryReplacement'],
  ['es', 'cambiáis la batería del coche?', 'batteryReplacement'],
  ['fr', 'vous changez la batterie de la voiture ?', 'batteryReplacement'],
  ['it', 'vendete le pile per l apparecchio acustico?', 'batteryReplacement'],
  ['it', 'la batteria della macchina è scarica', 'batteryReplacement'],
  ['de', 'der Akku vom Hörgerät ist leer', 'batteryReplacement'],
  ['de', 'der Akku vom E-Bike hält nicht mehr lange', 'batteryReplacement'],
  ['pt', 'aulas de bateria para crianças?', 'batteryReplacement'],
  // A charge: a price, a fee, loading.
  ['en', 'do you charge for parking?', 'chargingPort'],
  ['en', 'is there a charge for cancelling?', 'chargingPort'],
  ['en', 'they are not charging extra for the consultation', 'chargingPort'],
  ['es', 'me podéis cargar el móvil mientras espero?', 'chargingPort'],
  ['it', 'posso caricare il telefono mentre aspetto?', 'chargingPort'],
  ['fr', 'les frais sont à la charge du client ?', 'chargingPort'],
  ['de', 'eure Webseite lädt nicht', 'chargingPort'],
  // A port, a back, a glass: a harbour's, the body's, a window's.
  ['en', 'how far are you from the port?', 'chargingPort'],
  ['es', 'estáis cerca del puerto?', 'hdmiPort'],
  ['en', 'I cracked my back lifting a box', 'backGlass'],
  ['en', 'can you massage the back of my neck?', 'backGlass'],
  ['en', 'can we get the VAT back on glasses?', 'backGlass'],
  ['en', 'I want my money back, the glasses broke', 'backGlass'],
  ['ar', 'الظهر مكسور من الشغل', 'backGlass'],
  ['es', 'se rompió la tapa del váter', 'backGlass'],
  // Water: a bath, wet hair, a wet dog, water in the ear, a child in a pool.
  ['en', 'my hair got wet in the rain, is that ok?', 'waterDamage'],
  ['en', 'the dog got wet and smells', 'waterDamage'],
  ['es', 'se me ha mojado el pelo con la lluvia', 'waterDamage'],
  ['es', 'me entró agua en el oído en la piscina', 'waterDamage'],
  ['fr', 'je viens avec les cheveux mouillés ?', 'waterDamage'],
  ['it', 'devo venire con i capelli bagnati?', 'waterDamage'],
  ['it', "mi è entrata acqua nell'orecchio", 'waterDamage'],
  ['it', 'usate ossidante per la tinta?', 'waterDamage'],
  ['de', 'meine Haare sind nass geworden', 'waterDamage'],
  ['pt', 'o cabelo ficou molhado', 'waterDamage'],
  ['en', 'is there rust and corrosion under the car?', 'waterDamage'],
  // Photos, a backup, data: a photographer's, a clinic's.
  ['en', 'can you send me the photos from the shoot?', 'dataRecovery'],
  ['it', 'fate il backup delle foto del matrimonio?', 'dataRecovery'],
  ['es', 'nos pasáis las fotos por whatsapp?', 'dataRecovery'],
  ['en', 'how do you protect my personal data?', 'dataRecovery'],
  // Unlocking a card, a bike's limiter, a blocked nose.
  ['pt', 'como desbloquear o cartão?', 'unlocking'],
  ['es', 'me han bloqueado la tarjeta', 'unlocking'],
  ['ar', 'انفي مسدود', 'unlocking'],
  // A board, a plate, welding: a menu, a dental plate, a garage's.
  ['es', 'hacéis soldadura del tubo de escape?', 'boardRepair'],
  ['it', 'fate saldature sulla marmitta?', 'boardRepair'],
  ['es', 'tengo placa bacteriana, necesito limpieza', 'boardRepair'],
  ['de', 'habt ihr Schmuck aus Platin?', 'boardRepair'],
  // A camera: a photographer's, a car's, a room.
  ['en', 'what camera do you shoot with?', 'cameraRepair'],
  ['es', 'la cámara trasera del coche no va', 'cameraRepair'],
  ['it', 'avete una camera per i massaggi?', 'cameraRepair'],
  ['de', 'die Rückfahrkamera am Auto ist kaputt', 'cameraRepair'],
  // A speaker, a microphone, hearing: a hearing centre's, a school's.
  ['en', "I can't hear on calls even with my hearing aids", 'speakerMic'],
  ['es', 'no escucho bien las llamadas, necesito audífono', 'speakerMic'],
  ['fr', "mon appareil auditif grésille, j'entends pas mes appels", 'speakerMic'],
  ['it', 'non sento bene al telefono, fate il test udito?', 'speakerMic'],
  ['ar', 'السماعه ديالي خربانه', 'speakerMic'],
  ['en', 'do you have a microphone for the recital?', 'speakerMic'],
  // Buttons, keys: a coat's, a piano's, a car's.
  ['en', 'a button fell off my coat, do you fix that?', 'phoneButtons'],
  ['es', 'se me ha caído un botón de la camisa', 'phoneButtons'],
  ['fr', "j'ai un bouton sur le nez", 'phoneButtons'],
  ['en', 'my car keys dont work', 'keyboardRepair'],
  ['it', 'lezioni di tastiera per bambini?', 'keyboardRepair'],
  ['en', 'do you teach keyboard?', 'keyboardRepair'],
  // A face, a fingerprint: a facial's, a lab's.
  ['en', 'do you do facials for acne?', 'faceId'],
  // A stick, a trigger, a tooth that moves on its own.
  ['es', 'se me mueve solo un diente', 'stickDrift'],
  ['it', 'il dente si muove da solo', 'stickDrift'],
  ['en', 'what triggers a migraine?', 'stickDrift'],
  ['de', 'der Zahn bewegt sich von selbst', 'stickDrift'],
  // A signal, a picture: a phone's coverage, a photo.
  ['it', 'non c è segnale nel vostro studio', 'hdmiPort'],
  ['de', 'kein Signal im Wartezimmer', 'hdmiPort'],
  // Heat, a fan, cleaning: a garage's engine, a sauna's, a car's interior.
  ['en', 'my car overheats on the motorway', 'overheating'],
  ['en', 'the wax gets too hot for me', 'overheating'],
  ['es', 'el motor se calienta mucho', 'overheating'],
  ['es', 'hacéis limpieza interna del coche?', 'overheating'],
  ['it', 'la macchina si surriscalda in salita', 'overheating'],
  ['it', 'fate la pulizia interna della macchina?', 'overheating'],
  ['fr', 'le moteur chauffe trop', 'overheating'],
  ['de', 'macht ihr Innenreinigung vom Auto?', 'overheating'],
  ['de', 'der Motor wird zu heiß', 'overheating'],
  ['pt', 'o carro aquece muito', 'overheating'],
  // Not starting, dead: a car's, a pet's.
  ['es', 'el coche no arranca', 'noPower'],
  ['it', 'la macchina non parte', 'noPower'],
  ['fr', 'ma voiture ne démarre plus', 'noPower'],
  ['de', 'das Auto startet nicht', 'noPower'],
  ['pt', 'o carro não arranca', 'noPower'],
  ['es', 'mi perro está muerto de miedo', 'noPower'],
  ['pt', 'ele não liga para isso', 'noPower'],
  // Slow, a virus: a service, an illness.
  ['en', 'my son has a virus, can we move the appointment?', 'softwareInstall'],
  ['es', 'tengo un virus, puedo ir igual?', 'softwareInstall'],
  ['fr', "j'ai un virus, je peux venir ?", 'softwareInstall'],
  ['it', 'ho preso un virus, sposto la seduta', 'softwareInstall'],
  ['es', 'la cola va lento hoy', 'softwareInstall'],
  ['de', 'die Haare wachsen sehr langsam', 'softwareInstall'],
  // Memory, a disk: a patient's, a dog's.
  ['es', 'mi madre tiene problemas de memoria', 'storageUpgrade'],
  ['en', 'my dog has a slipped disc', 'storageUpgrade'],
  // A hinge, a zip: a tailor's, a door's.
  ['it', 'mi cambiate la cerniera dei jeans?', 'hingeRepair'],
  ['de', 'das Türscharnier am Auto quietscht', 'hingeRepair'],
  ['es', 'la bisagra de la puerta hace ruido', 'hingeRepair'],
  // A diagnosis: a doctor's, a vet's, a garage's.
  ['en', 'how long until I get the diagnosis?', 'diagnosis'],
  ['es', 'el diagnóstico del veterinario fue otitis', 'diagnosis'],
  ['it', 'quanto costa la diagnosi della macchina?', 'diagnosis'],
  ['de', 'was kostet die Fehlerdiagnose am Auto?', 'diagnosis'],
  ['fr', 'le médecin a fait un diagnostic gratuit', 'diagnosis'],
  ['en', 'can I check my phone during the treatment?', 'diagnosis'],
  // Original, compatible: a painting, a blood type.
  ['en', 'is the painting in the waiting room an original?', 'originalParts'],
  ['es', 'es compatible con el embarazo?', 'originalParts'],
  // Used, second hand, a trade-in: a car's, a bike's, products.
  ['en', 'do you take trade-ins on used cars?', 'usedDevices'],
  ['it', 'prendete la mia auto in permuta?', 'usedDevices'],
  ['fr', "vous vendez des voitures d'occasion ?", 'usedDevices'],
  ['de', 'nehmt ihr mein altes Auto in Zahlung?', 'usedDevices'],
  ['pt', 'têm carros seminovos?', 'usedDevices'],
  ['es', 'vendéis bicis de segunda mano?', 'usedDevices'],
  ['de', 'kauft ihr gebrauchte Fahrräder?', 'usedDevices'],
  ['en', 'do you buy gift cards back?', 'usedDevices'],
  // A case, a cover, a film, a cape, a charger to borrow: a lawyer's, a tattooist's, a photographer's, a salon's.
  ['en', 'I have a court case next week, can I move my appointment?', 'phoneAccessories'],
  ['en', 'can you do a cover up of an old tattoo?', 'phoneAccessories'],
  ['it', 'sviluppate i rullini in pellicola?', 'phoneAccessories'],
  ['pt', 'a capa do salão está suja', 'phoneAccessories'],
  ['de', 'soll ich die Schutzfolie auf dem Tattoo lassen?', 'phoneAccessories'],
  ['es', 'tenéis un cargador del móvil para dejarme?', 'phoneAccessories'],
  ['en', 'do you have a phone charger I can borrow?', 'phoneAccessories'],
  ['fr', "j'ai oublié mon étui à lunettes", 'phoneAccessories'],
  ['ar', 'عندكم شاحن؟', 'phoneAccessories'],
  // A pick-up, a parcel, a courier: a pet's, an order's, an invoice.
  ['en', 'what time can I pick up my dog?', 'mailInRepair'],
  ['de', 'könnt ihr mir die Rechnung zuschicken?', 'mailInRepair'],
  ['de', 'was kostet das Paket mit fünf Massagen?', 'mailInRepair'],
  ['it', 'posso ritirare il cane alle sei?', 'mailInRepair'],
  // Words that stem like a repair's elsewhere: rose water, a portable audiometer, a tablet (a pill), a face's shape,
  // a message, an email, a consulate, a swelling, the centre of town.
  ['ar', 'لف بالغاسول وماء الورد', 'boardRepair'],
  ['pt', 'fazemos o rastreio com audiómetro portátil em casa', 'laptop'],
  ['de', 'soll ich die Tablette vor dem Termin nehmen?', 'tablet'],
  ['pt', 'desenhada para o formato do seu olho', 'softwareInstall'],
  ['es', 'qué formato tienen las fotos?', 'softwareInstall'],
  ['ca', 'passo el missatge a la Laura', 'mailInRepair'],
  ['es', 'te lo mando por correo o por whatsapp', 'mailInRepair'],
  ['it', 'se il consolato rifiuta la foto, la rifacciamo', 'gameConsole'],
  ['ar', 'ورم بسيط مكان الحقنة', 'softwareInstall'],
  ['ar', 'الجزائر الوسطى', 'mailInRepair'],
  ['ar', 'شري كيس البول (poche collectrice)', 'smartphone'],
  ['en', 'take the Luas Green Line to Jervis', 'screenRepair'],
  ['fr', 'une coque de noix de coco pour le gommage', 'phoneAccessories'],
  ['it', 'la batteria della macchina non carica', 'chargingPort'],
  ['en', 'checks on tyres and battery, service light reset', 'batteryReplacement'],
];

describeConceptTable('the phone and electronics repair concepts', REPAIR_CONCEPTS, examples, OTHER_BUSINESSES);

describeTradeChecks(REPAIR_CONCEPTS, {
  trade: 'electronics repair',
  otherBusinesses: OTHER_BUSINESSES,
  notInEnglish: [
    // Read in English as well, as every message is.
    ['es', 'la playa está cerca?', 'gameConsole'],
    ['it', 'la batteria della macchina è morta', 'batteryReplacement'],
    ['fr', 'une occasion spéciale', 'usedDevices'],
    ['pt', 'o carro não liga', 'noPower'],
  ],
  pairs: [
    ['en', 'my phone screen is cracked', 'do you do a cancer screening?'],
    ['es', 'la batería del móvil dura poco', 'la batería del coche está muerta'],
    ['it', 'il telefono non si carica', 'posso caricare il telefono qui?'],
    ['fr', "vous rachetez les téléphones d'occasion ?", "vous vendez des voitures d'occasion ?"],
    ['de', 'mein Laptop überhitzt', 'der Motor überhitzt'],
    ['pt', 'o celular não liga', 'o carro não arranca'],
  ] as const,
  notOfferings: ['smartphone', 'tablet', 'laptop', 'gameConsole', 'noPower'],
});

describe('the phone as the thing repaired, not a phone number', () => {
  it.each<[TextLanguage, string]>([
    ['fr', "vous rachetez les téléphones d'occasion ?"],
    ['en', "my phone's screen is cracked"],
    ['en', 'how much is a phone repair?'],
    ['it', 'il telefono non si accende'],
    ['it', 'ho il cellulare rotto'],
    ['es', 'tengo el teléfono roto'],
    ['fr', 'mon téléphone ne charge plus'],
    ['pt', 'o telefone partido tem arranjo?'],
    ['ar', 'tilifoun ma kaych3elch'],
    ['ar', 'التلفون ما كيشعلش'],
  ])('%s "%s" names the device, not a contact', (language, text) => {
    const found = conceptsOf(text, language);
    expect(found).not.toContain('contact');
    expect([...found].some((c) => c in REPAIR_CONCEPTS)).toBe(true);
  });

  it.each<[TextLanguage, string, string]>([
    ['fr', 'je voudrais revendre mon téléphone', 'usedDevices'],
    ['it', 'vorrei rivendere il mio iphone', 'usedDevices'],
    ['es', 'quiero revender mi móvil', 'usedDevices'],
  ])('%s "%s" sells the customer\'s own phone (%s), no buying to resell', (language, text, concept) => {
    const found = conceptsOf(text, language);
    expect(found).toContain(concept);
    expect(found).not.toContain('wholesale');
  });

  it.each<[TextLanguage, string]>([
    ['en', "what's your phone number?"],
    ['fr', 'quel est votre numéro de téléphone ?'],
    ['it', 'vi chiamo al telefono domani'],
    ['es', 'me dais vuestro teléfono?'],
    ['de', 'wie ist eure Telefonnummer?'],
    ['pt', 'qual é o vosso telefone?'],
  ])('%s "%s" still asks for a contact', (language, text) => {
    expect(conceptsOf(text, language)).toContain('contact');
  });
});
