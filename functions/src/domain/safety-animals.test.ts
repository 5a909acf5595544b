/**
 * Emergencies at a vet, a groomer or a pet hotel, typed the way worried
 * owners type them, in every supported language: bloat, a blocked cat,
 * heatstroke, fits, poisoning, a car or a fall, a bite, choking, blue or
 * pale gums, a difficult birth, an eye out of its socket.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

describe('assessSafety: animals', () => {
  it.each<[EmergencyKind, string]>([
    // Bloat / GDV
    ['bloat', 'my dog keeps trying to vomit but nothing comes up and his belly is hard'],
    ['bloat', 'his tummy is swollen and tight like a drum, he is restless'],
    ['bloat', 'mi perro tiene arcadas pero no sale nada y la barriga muy dura'],
    ['bloat', 'mon chien a des hauts le coeur mais rien ne sort, le ventre est gonflé et dur'],
    ['bloat', 'il mio cane ha conati di vomito ma non esce niente e ha la pancia gonfia e dura'],
    ['bloat', 'unser hund wurgt aber es kommt nichts raus und der bauch ist aufgeblaht'],
    ['bloat', 'el gos fa arcades pero no surt res i te la panxa dura'],
    ['bloat', 'meu cachorro ta tentando vomitar mas nao sai nada e a barriga ta estufada'],
    ['bloat', 'الكلب ديالي كيبغي يتقيا وما كيخرج والو والكرش قاسحه'],
    ['bloat', 'i think its bloat, my great dane belly is so bloated'],
    ['bloat', 'creo que es una torsion gastrica'],
    // Blocked cat
    ['urinary', 'my tomcat keeps going in and out of the litter box and nothing comes out'],
    ['urinary', 'my cat is straining in the litter tray and cannot pee'],
    ['urinary', 'mi gato no puede orinar, entra y sale del arenero'],
    ['urinary', 'mon chat va et vient dans la litière sans rien faire, il arrive pas à faire pipi'],
    ['urinary', 'il mio gatto va nella lettiera ma non esce niente'],
    ['urinary', 'unser kater kann nicht pinkeln und geht standig aufs katzenklo'],
    ['urinary', 'el meu gat no pot pixar'],
    ['urinary', 'meu gato nao consegue fazer xixi, fica na caixa de areia'],
    ['urinary', 'المش ديالي ما كيبولش'],
    // Heatstroke
    ['heatstroke', 'my dog was in the hot car and now he is panting heavily and collapsed'],
    ['heatstroke', 'i think my dog has heatstroke'],
    ['heatstroke', 'mi perro tiene un golpe de calor'],
    ['heatstroke', 'mon chien halète énormément avec cette chaleur'],
    ['heatstroke', 'il cane ha preso un colpo di calore'],
    ['heatstroke', 'der hund hechelt stark bei der hitze und ist umgefallen'],
    ['heatstroke', 'crec que el gos té un cop de calor'],
    ['heatstroke', 'meu cachorro está ofegante no calor e caiu no chao'],
    ['heatstroke', 'الكلب جاتو ضربه ديال الشمس'],
    // Seizures
    ['seizure', 'my dog is fitting and foaming at the mouth'],
    ['seizure', 'mi perra esta convulsionando'],
    ['seizure', 'mon chat fait une crise, il convulse'],
    ['seizure', 'il mio cane ha le convulsioni'],
    ['seizure', 'mein hund hat einen krampfanfall'],
    ['seizure', 'el meu gos te convulsions'],
    ['seizure', 'minha cadela ta tendo um ataque, espuma pela boca'],
    ['seizure', 'الكلب كيتشنج'],
    // Poisoning
    ['poisoning', 'my puppy ate a pack of sugar free gum with xylitol'],
    ['poisoning', 'the cat licked a lily'],
    ['poisoning', 'my dog ate grapes an hour ago'],
    ['poisoning', 'he swallowed my ibuprofen, my dog'],
    ['poisoning', 'mi perro se ha comido raticida'],
    ['poisoning', 'mi perro lamió una procesionaria'],
    ['poisoning', 'mon chien a mangé du raisin'],
    ['poisoning', 'ma chienne a avalé de l antigel'],
    ['poisoning', 'il mio gatto ha mangiato un giglio'],
    ['poisoning', 'il cane ha mangiato la tachipirina'],
    ['poisoning', 'mein hund hat schneckenkorn gefressen'],
    ['poisoning', 'der hund hat schoggi gegessen'],
    ['poisoning', 'el gos ha menjat raticida'],
    ['poisoning', 'meu cachorro comeu chumbinho'],
    ['poisoning', 'minha gata comeu um lirio'],
    ['poisoning', 'my toddler swallowed paracetamol'],
    ['poisoning', 'الكلب ديالي كلا العنب'],
    ['poisoning', 'mon chien a été empoisonné'],
    // Car, fall from height
    ['fracture', 'my cat fell from the balcony'],
    ['fracture', 'mi gato se cayó del balcón'],
    ['fracture', 'mon chat est tombé du balcon du troisième étage'],
    ['fracture', 'il gatto è caduto dal balcone'],
    ['fracture', 'die katze ist vom balkon gefallen'],
    ['fracture', 'el gat ha caigut del balco'],
    ['fracture', 'meu gato caiu da janela'],
    ['fracture', 'المش طاح من البالكون'],
    ['fracture', 'my dog got hit by a car'],
    // Bite / fight
    ['wound', 'my dog was bitten by another dog and is bleeding a lot'],
    ['wound', 'mi perro se peleó y tiene una herida profunda de un mordisco'],
    ['wound', 'mon chien s est fait mordre, il saigne'],
    ['wound', 'il mio cane è stato morso e sanguina'],
    ['wound', 'mein hund wurde gebissen und blutet'],
    ['wound', 'el meu gos ha estat mossegat i sagna'],
    ['wound', 'meu cachorro foi mordido e ta sangrando'],
    ['wound', 'الكلب عضو كلب اخر وكيسيل الدم'],
    // Choking
    ['choking', 'my dog has a bone stuck in his throat'],
    ['choking', 'mi perro tiene algo atascado en la garganta'],
    ['choking', 'mon chien a un os coincé dans la gorge'],
    ['choking', 'il cane ha un osso incastrato in gola'],
    ['choking', 'bei meinem hund steckt ein knochen im hals'],
    ['choking', 'el gos te un os encallat a la gola'],
    ['choking', 'meu cachorro ta com um osso entalado na garganta'],
    ['choking', 'الكلب حاصل ليه عظم فالحلق'],
    // Gums, breathing
    ['breathing', 'my cat gums are blue'],
    ['breathing', 'my dog gums are very pale and he is weak'],
    ['breathing', 'mi perro no respira bien, tiene la lengua morada'],
    ['breathing', 'mon chien a la langue bleue'],
    ['breathing', 'il mio gatto ha le gengive pallide'],
    ['breathing', 'mein hund hat eine blaue zunge'],
    ['breathing', 'el gat te les genives pallides'],
    ['breathing', 'meu cachorro esta com a lingua roxa'],
    ['breathing', 'my cat is not breathing'],
    // A cat breathing with its mouth open; an animal struggling to breathe
    ['breathing', 'my cat is breathing with her mouth open and will not eat'],
    ['breathing', 'mi gato respira con la boca abierta'],
    ['breathing', 'mon chat respire la bouche ouverte'],
    ['breathing', 'il mio gatto respira con la bocca aperta'],
    ['breathing', 'meine Katze atmet mit offenem Maul'],
    // A rabbit, which breathes through its nose as a cat does.
    ['breathing', 'Unser Kaninchen atmet ganz schnell mit offenem Maul'],
    ['breathing', 'my bunny is breathing through her mouth'],
    ['breathing', 'il mio coniglio respira con la bocca aperta'],
    ['breathing', 'el meu gat respira amb la boca oberta'],
    ['breathing', 'o meu gato está a respirar de boca aberta'],
    ['breathing', 'my dog is struggling to breathe'],
    ['breathing', 'mi perro respira raro, le cuesta mucho'],
    ['breathing', 'mon chien respire très mal'],
    ['breathing', 'il mio cane respira male'],
    ['breathing', 'mein Hund atmet ganz schwer'],
    ['breathing', 'el meu gos respira malament'],
    ['breathing', 'o meu cão está a respirar mal'],
    ['breathing', 'الكلب ديالي كيتنفس بصعوبه'],
    ['breathing', 'المش ديالي ما بقاش كيتنفس مزيان'],
    // Bleeding that will not stop
    ['bleeding', "the cut on my dog's paw is bleeding non-stop"],
    ['bleeding', 'a mi perro le sangra la oreja sin parar'],
    ['bleeding', 'la patte de mon chien saigne sans arrêt'],
    ['bleeding', 'la ferita del mio cane sanguina senza sosta'],
    ['bleeding', 'die Wunde an der Pfote blutet ununterbrochen'],
    ['bleeding', 'la ferida del gos sagna sense parar'],
    ['bleeding', 'o corte da pata ta sangrando sem parar'],
    ['bleeding', 'الكلب ديالي كيسيل ليه الدم وما بغاش يوقف'],
    // A fall that leaves a leg swollen and not bearing weight
    ['fracture', "my dog fell off the sofa, he won't put weight on his leg and it's swollen"],
    // Birth
    ['birth', 'my dog is in labour, pushing for two hours and no puppy'],
    ['birth', 'mi perra está de parto y lleva horas sin sacar ningún cachorro'],
    ['birth', 'ma chienne met bas et aucun chiot ne sort depuis une heure'],
    ['birth', 'la mia cagna sta partorendo e un cucciolo è incastrato'],
    ['birth', 'meine hündin hat wehen seit stunden und kein welpe kommt'],
    ['birth', 'la gossa està de part i no surt cap cadell'],
    ['birth', 'minha cadela esta em trabalho de parto ha horas'],
    // Eye
    ['eye', 'my pug eye popped out'],
    ['eye', 'a mi perro se le ha salido el ojo'],
    ['eye', 'mon chat a l oeil blessé après une bagarre'],
    ['eye', 'il gatto ha un graffio sull occhio'],
    ['eye', 'mein hund hat eine verletzung am auge'],
    ['eye', 'el gos te una ferida a l ull'],
    ['eye', 'o olho do meu cachorro saltou pra fora'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each([
    // Not eating and tired is for a consultation, not the emergency line.
    'my dog has not been eating for two days and is a bit lethargic',
    'mi perro no come desde ayer y está decaído',
    'mon chat ne mange plus depuis deux jours et dort beaucoup',
    'il mio gatto non mangia da due giorni ed è un po giù',
    'mein hund frisst seit zwei tagen nicht richtig und ist schlapp',
    'el meu gat no menja des d ahir',
    'meu cachorro nao quer comer e ta meio parado',
    // Scared, anxious, ordinary grooming
    'my dog is scared of the dryer, he pants a lot during grooming',
    'mi perro le tiene miedo al secador',
    'mon chien a peur du séchoir',
    'il mio cane ha paura del phon',
    'mein hund hat angst vor dem fohn',
    'el meu gos té por de l assecador',
    'meu cachorro tem medo do secador',
    'my dog is in heat, can she still be groomed?',
    'my dog pants a lot in the car, can you help with travel anxiety?',
    // Questions, hypotheticals, the past
    'last year my dog ate chocolate, now he is fine',
    'el año pasado mi perro comió chocolate, ahora está bien',
    'l année dernière mon chien a mangé du chocolat, il va bien maintenant',
    'l anno scorso il mio cane ha mangiato cioccolato, ora sta bene',
    'letztes jahr hat mein hund schokolade gefressen, jetzt geht es ihm gut',
    'l any passat el meu gos va menjar xocolata, ara està bé',
    'ano passado meu cachorro comeu chocolate, agora ta bem',
    'العام اللي فات الكلب ديالي كلا الشكلاط ودابا لاباس عليه',
    'is chocolate toxic for dogs?',
    'can dogs eat grapes?',
    'what if my dog eats a processionary caterpillar?',
    'how do I prevent heatstroke in my dog?',
    'do you treat gastric torsion?',
    'is it normal that my cat goes in and out of the litter box?',
    'es normal que mi gato entre y salga del arenero?',
    'est ce normal que mon chat aille souvent dans sa litière?',
    'é normal o meu gato ir muitas vezes à caixa de areia?',
    'ist es normal dass mein kater oft aufs katzenklo geht?',
    'la procesionaria es peligrosa para los perros?',
    'la processionnaire est dangereuse pour les chiens?',
    'la processionaria è pericolosa per i cani?',
    'ist der prozessionsspinner gefahrlich fur hunde?',
    'a processionaria é perigosa para os cães?',
    'my cat sometimes throws up a hairball',
    'mi perro a veces vomita un poco de espuma',
    'my dog has a small lump on his belly',
    'my puppy bites when he plays',
    'wie lange dauert der bauch scheren beim hund?',
    'quanto dura il bagno per un cane con la pancia sensibile?',
    'cuánto dura el baño para mi perro?',
    'do you have a litter box at the cat hotel?',
    'what do you do in an emergency?',
    'do you have an emergency service at night?',
    'tenéis servicio de urgencias?',
    'vous avez un service d urgence?',
    'avete un servizio di emergenza?',
    'habt ihr einen notdienst?',
    'teniu servei d urgències?',
    'vocês têm atendimento de emergência?',
    'واش عندكم خدمة ديال الطوارئ؟',
    'my dog has blue eyes, is the shampoo ok for him?',
    'son chien aime le chocolat mais on ne lui en donne pas',
    'can my cat be groomed after she fell asleep in the sun?',
    'mein hund hat beim spielen einen kleinen kratzer am auge bekommen, ist aber nicht schlimm',
    'a dog bit my dog a little on the ear, it is not bleeding, can we come this week?',
    'ma chienne est en chaleur, vous pouvez la toiletter?',
    'la mia gatta è in calore, posso portarla?',
    'minha cadela esta no cio, pode tomar banho?',
    // A dog pants with its mouth open; a cat asleep with it open; bleeding that stopped
    'my dog breathes with his mouth open when it is hot',
    'mon chien respire la gueule ouverte quand il fait chaud',
    'my dog breathes heavily when he sleeps, is that normal?',
    'mi perro respira raro cuando duerme, ¿es normal?',
    // Non-stop, but not bleeding
    'my dog cries non-stop when I leave him, can he stay at the hotel?',
    'o meu cão ladra sem parar na tosquia',
    'der hund bellt ununterbrochen',
    'الكلب ديالي ما بقاش كياكل مزيان',
    'my cat sleeps with her mouth open, is that normal?',
    'my cat breathes through her mouth after playing, is that normal?',
    'my dog pants a lot after a walk',
    'my dog bled a little when you cut his nail, it stopped now',
    'the bleeding stopped, thank you',
    'my dog has a swollen paw, can you look at it during grooming?',
    "my dog's face was swollen after the vaccine last year, should we skip it this time?",
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });
});

/**
 * What an animal swallowed, named by its breed as often as by "dog"; a sting
 * that swells fast; trembling that is fear. A general question about a food
 * or a poison is no emergency, an ingestion that just happened is.
 */
describe('assessSafety: poisoning, stings and fear', () => {
  it.each<[EmergencyKind, string]>([
    ['poisoning', 'my beagle ate a whole bag of raisins ten minutes ago'],
    ['poisoning', 'our labrador got into the chocolate cake, what do we do'],
    ['poisoning', 'my dog drank antifreeze'],
    ['poisoning', 'my dog ate slug pellets in the garden'],
    ['poisoning', 'mi teckel se ha comido un chicle sin azúcar, qué hago'],
    ['poisoning', 'el caniche se comió uvas hace un rato'],
    ['poisoning', 'mi perro ha bebido anticongelante'],
    ['poisoning', 'mon carlin a mangé du chocolat noir il y a vingt minutes'],
    ['poisoning', "il mio bassotto ha mangiato dell'uvetta"],
    ['poisoning', 'unser Dackel hat Rattengift gefressen'],
    ['poisoning', 'mein Hund hat Schneckenkorn gfresse, was soll ich tun'],
    ['poisoning', 'de hund hät Muusgift gfrässe'],
    ['poisoning', "el meu gos s'ha menjat xocolata"],
    ['poisoning', 'meu poodle comeu uvas passas agora'],
    ['poisoning', 'a minha cadela comeu veneno de rato'],
    ['poisoning', 'الكلب ديالي كلا دوا الفار'],
    ['poisoning', 'my dog is poisoned'],
    // A toxic food eaten and then vomiting, whoever "he" or "she" is.
    ['poisoning', 'he got into the grapes and keeps throwing up'],
    ['poisoning', 'she ate a bar of dark chocolate an hour ago and has vomited twice'],
    ['poisoning', 'se ha comido uvas y está vomitando'],
    ['poisoning', 'il a mangé du chocolat et vomit'],
    ['poisoning', "ha mangiato l'uva e vomita"],
    // Toxic plants and bulbs; chewed, said as done.
    ['poisoning', 'my cat chewed on an oleander leaf an hour ago'],
    ['poisoning', 'mein Hund hat Tulpenzwiebeln gefressen'],
    ['poisoning', 'a minha cadela comeu comigo-ninguém-pode'],
    ['poisoning', 'il cane ha masticato una batteria'],
    // A sting, then a swelling that spreads or breathing that wheezes: anaphylaxis.
    ['allergic', 'my dog got stung by a wasp and his face is swelling fast'],
    ['allergic', 'a bee stung my cat, her face is swollen and she is wheezing'],
    ['allergic', 'a mi perro le picó una abeja y se le hincha el hocico muy rápido'],
    ['allergic', "mon chien s'est fait piquer par une guêpe, son museau gonfle à vue d'oeil"],
    ['allergic', "il mio cane è stato punto da un'ape e il muso si gonfia velocemente"],
    ['allergic', 'mein Hund wurde von einer Wespe gestochen, die Schnauze schwillt schnell an'],
    ['allergic', 'una vespa ha picat el gos i se li inflama el morro molt ràpid'],
    ['allergic', 'uma abelha picou o meu cão e o focinho está a inchar muito rápido'],
    ['allergic', 'الكلب ديالي قرصاتو نحله ووجهو تنفخ بالزربه'],
    // Trembling all over with nothing to explain it.
    ['seizure', "my dog is suddenly shaking all over and won't respond"],
    ['seizure', 'mi perro tiembla entero y no reacciona'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each([
    // A general question about a food or a poison.
    'is chocolate bad for dogs?',
    'what does rat poison do to a dog?',
    'is rat poison dangerous for my dog?',
    'can my dog eat grapes?',
    'es malo el chocolate para los perros?',
    'le chocolat est-il toxique pour les chiens ?',
    'il cioccolato fa male ai cani?',
    'ist Schokolade giftig für Hunde?',
    'la xocolata és dolenta per als gossos?',
    'chocolate faz mal para cachorro?',
    'واش الشكلاط خطير على الكلاب؟',
    'what should I do if my dog eats a grape?',
    // Long ago, or nothing toxic, or a person eating what only harms a dog.
    'my labrador ate chocolate two years ago and was fine',
    'do you sell xylitol-free treats for my yorkie?',
    'I just ate garlic, can I still come for the facial?',
    'my beagle is a picky eater, any tips?',
    // Chewing as a habit is no ingestion.
    'my puppy chews everything, is chocolate dangerous?',
    'mi perro mastica todo, el chocolate es malo?',
    'do you sell azaleas?',
    // A sting that stays small, or a question about one.
    'my dog got stung on the paw last summer, is he allergic now?',
    'my dog was stung by a bee and the paw is a little swollen',
    'do bee stings hurt dogs?',
    'what do I do if my dog is stung by a wasp?',
    // Trembling with fear: afraid, not fitting.
    'my dog is terrified of the vet, he shakes all over',
    'mi perro tiene miedo al veterinario y tiembla entero',
    'mon chien a peur du vétérinaire, il tremble de partout',
    'il mio cane ha paura del veterinario e trema tutto',
    'mein Hund hat Angst vor dem Tierarzt und zittert am ganzen Körper',
    'el meu gos té por del veterinari i tremola tot',
    'meu cachorro tem medo do veterinário e treme todo',
    'الكلب ديالي خايف من البيطري وكيترعد',
    // Shaking like a leaf says fear itself.
    'mon chien adopté tremble comme une feuille chez le toiletteur, vous pouvez y aller doucement avec lui?',
    'my rescue shakes like a leaf at the groomers, can you go slow with her?',
    'il mio cane trema come una foglia quando lo lavo, siete delicati?',
    'unser Hund zittert wie Espenlaub beim Scheren, geht ihr behutsam vor?',
    'mi perra tiembla como una hoja en la peluquería, tenéis paciencia?',
    'a minha cadela treme como uma folha no banho, vocês têm paciência?',
    "my dog can't get up in the morning, he's old and stiff",
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });
});

describe('assessSafety: an object a child swallowed', () => {
  it.each<[EmergencyKind, string]>([
    ['poisoning', 'aiuto mio figlio ha inghiottito una pila a bottone del telecomando, piange e si tocca la gola'],
    ['poisoning', 'my toddler swallowed a magnet'],
    ['poisoning', 'my daughter swallowed a coin and is drooling'],
    ['poisoning', 'mi hijo se ha tragado una moneda'],
    ['poisoning', 'ma fille a avalé un aimant'],
    ['poisoning', 'meine Tochter hat einen Magneten verschluckt'],
    ['poisoning', "el meu fill s'ha empassat un imant"],
    ['poisoning', 'o meu filho engoliu uma moeda'],
    ['poisoning', 'ابني بلع بطارية'],
    ['poisoning', 'my son ate a piece of glass'],
    ['choking', 'my son has a fish bone stuck in his throat'],
    ['choking', 'a mio figlio è rimasto un pezzo di mela bloccato in gola'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each([
    'my hearing aid battery is dead, do you sell batteries?',
    'can my daughter pay with coins?',
    'my son chewed his nails again',
    'my daughter drank a glass of water before coming',
    "ma fille a bu un verre d'eau",
    'ابني شرب قزازة مية',
    'a magnet for the fridge with our logo?',
    'my son swallowed hard when he heard the price',
  ])('is no emergency: %j', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});
