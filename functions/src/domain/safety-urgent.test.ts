/**
 * Emergencies as customers write them, with words between the ones that
 * matter and the short forms people type: a life they want to end, too many
 * pills taken, a permanent tooth knocked out, red lines spreading from an
 * infected tattoo, a puppy with bloody diarrhoea, a leg that cannot bear
 * weight after a fall, a sock swallowed and then vomiting, an eye that burns
 * and will not open after a tint, waters breaking, heavy bleeding after a
 * procedure. And the questions about the same things that are not
 * emergencies: false alarms cost customers their answers.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

describe("assessSafety: emergencies in customers' own words", () => {
  it.each<[EmergencyKind, string]>([
    ['self-harm', 'i feel like ending it all tbh'],
    ['poisoning', 'i took way too many of my sleeping pills'],
    ['dental', 'my tooth got knocked out playing football what do i do'],
    ['dental', 'se me ha caído un diente entero al caerme de la bici'],
    ['infection', 'the tattoo is red hot swollen and theres pus and red lines going up my arm'],
    ['infection', 'my puppy is very weak, bloody diarrhea and vomiting, not vaccinated'],
    ['fracture', 'she cant put any weight on her leg since the fall this morning and its swollen'],
    ['obstruction', 'he swallowed a sock yesterday and keeps trying to vomit'],
    ['eye', 'my eye is burning like crazy after the lash tint and i cant open it'],
    ['pregnancy', 'i think my water broke during the pilates class'],
    ['bleeding', 'sangro mucho después del raspado, es normal?'],
    // Self-harm
    ['self-harm', 'honestly thinking of ending my life'],
    ['self-harm', 'i keep cutting myself again'],
    ['self-harm', 'pienso en terminar con todo'],
    ['self-harm', 'je veux mettre fin à ma vie'],
    ['self-harm', 'voglio porre fine alla mia vita'],
    ['self-harm', 'ich will allem ein ende setzen'],
    ['self-harm', 'vull posar fi a tot'],
    ['self-harm', 'quero pôr fim a tudo'],
    // Overdose
    ['poisoning', 'tomé demasiadas de mis pastillas para dormir'],
    ['poisoning', "j'ai pris beaucoup trop de mes somnifères"],
    ['poisoning', 'ho preso troppe delle mie pillole per dormire'],
    ['poisoning', 'ich habe viel zu viele von meinen schlaftabletten genommen'],
    ['poisoning', 'he pres massa pastilles per dormir'],
    ['poisoning', 'tomei comprimidos demais para dormir'],
    ['poisoning', 'شربت بزاف ديال الدوا ديال النعاس'],
    ['poisoning', 'my son swallowed a whole box of his adhd meds'],
    // Dental
    ['dental', 'mi hijo se ha caído de la bici y se le ha saltado un diente'],
    ['dental', 'ma fille est tombée à vélo, sa dent est sortie entière avec la racine'],
    ['dental', 'mio figlio ha preso una pallonata e gli è saltato via un dente intero'],
    ['dental', 'beim fußball wurde mir ein zahn ausgeschlagen'],
    ['dental', 'm ha saltat una dent sencera jugant a futbol'],
    ['dental', 'caiu da bicicleta e o dente saiu inteiro'],
    ['dental', 'my front tooth came out when i fell off my bike'],
    ['dental', 'طاح من البيكالا وتقلعات ليه سنة'],
    // Infection
    ['infection', 'my piercing has pus and there are red streaks going up my neck'],
    ['infection', 'el tatuaje tiene pus y unas líneas rojas que suben por el brazo'],
    ['infection', 'le tatouage suinte du pus et il y a des traînées rouges'],
    ['infection', 'il tatuaggio ha pus e strisce rosse che salgono sul braccio'],
    ['infection', 'das tattoo eitert und es gibt einen roten strich den arm hoch'],
    ['infection', 'o piercing tem pus e linhas vermelhas a subir pelo braço'],
    ['infection', 'el meu gos té diarrea amb sang i vomita'],
    ['infection', 'mi cachorro tiene diarrea con sangre y vómitos, no está vacunado'],
    ['infection', 'mon chiot a une diarrhée avec du sang et vomit'],
    ['infection', 'il mio cucciolo ha diarrea con sangue ed è molto debole'],
    ['infection', 'mein welpe hat blutigen durchfall und erbricht, nicht geimpft'],
    ['infection', 'meu cachorro está com diarreia com sangue e vomitando'],
    // Fracture
    ['fracture', "he fell off the ladder this morning and can't put any weight on his ankle, it's really swollen"],
    ['fracture', 'se cayó esta mañana, no puede apoyar el pie y está muy hinchado'],
    ['fracture', "il est tombé ce matin, il ne peut pas poser le pied et c'est gonflé"],
    ['fracture', 'è caduta stamattina, non riesce ad appoggiare il piede ed è gonfio'],
    ['fracture', 'sie ist heute morgen gestürzt, kann den fuß nicht belasten und er ist geschwollen'],
    ['fracture', 'ela caiu hoje de manhã, não consegue apoiar o pé e está inchado'],
    // Obstruction
    ['obstruction', 'my dog ate a corn cob and has been vomiting all night'],
    ['obstruction', 'mi perro se ha tragado un calcetín y no para de vomitar'],
    ['obstruction', 'mon chien a avalé une chaussette et il vomit'],
    ['obstruction', 'il mio cane ha ingoiato un calzino e vomita'],
    ['obstruction', 'mein hund hat eine socke gefressen und erbricht'],
    ['obstruction', "el meu gos s'ha empassat un mitjó i vomita"],
    ['obstruction', 'meu cão engoliu uma meia e está vomitando'],
    ['obstruction', 'my toddler swallowed a coin and keeps retching'],
    // Eye
    ['eye', "after the lash tint my eye burns and i can't open it"],
    ['eye', 'después del tinte de pestañas me arde el ojo y no puedo abrirlo'],
    ['eye', "après la teinture des cils, mon oeil brûle et je n'arrive pas à l'ouvrir"],
    ['eye', "dopo la tinta ciglia l'occhio brucia e non riesco ad aprirlo"],
    ['eye', 'nach dem wimpernfärben brennt mein auge und ich kann es nicht öffnen'],
    ['eye', 'depois da tinta nas pestanas o olho arde e não consigo abrir'],
    // Waters
    ['pregnancy', 'se me ha roto la bolsa en clase de pilates'],
    ['pregnancy', "je crois que j'ai perdu les eaux pendant le cours"],
    ['pregnancy', 'mi si sono rotte le acque durante la lezione'],
    ['pregnancy', 'meine fruchtblase ist geplatzt'],
    ['pregnancy', "em sembla que s'ha trencat la bossa a la classe de pilates"],
    ['pregnancy', 'acho que a bolsa rompeu durante a aula'],
    // Bleeding
    ['bleeding', "i'm bleeding a lot after the extraction"],
    ['bleeding', 'je saigne énormément après le détartrage'],
    ['bleeding', "sanguino molto dopo l'estrazione"],
    ['bleeding', 'ich blute sehr stark nach der behandlung'],
    ['bleeding', "sagno molt després de l'extracció"],
    ['bleeding', 'estou sangrando muito depois da extração'],
    ['eye', 'my eyes are burning really bad after the brow tint'],
    ['eye', 'my eye is swollen shut after the lash lift'],
    ['dental', 'my son fell off his bike and his front tooth came out'],
    ['dental', 'my tooth fell out whole after I got hit by a ball'],
    // Arabic and Arabizi (Darija)
    ['self-harm', 'بغيت نموت وصافي'],
    ['poisoning', 'خويا شرب بزاف ديال الدوا ديال النعاس'],
    ['poisoning', 'khoya chrb bzaf dyal dwa'],
    ['dental', 'طاح من البيكالا وتقلعات ليه سنة'],
    ['dental', 'weldi ta7 f match w snna t9l3at'],
    ['infection', 'التاتواج فيه القيح وخطوط حمرا طالعين فدراعي'],
    ['infection', 'الجرو ديالي عندو اسهال بالدم وكيتقيا وما ملقحش'],
    ['obstruction', 'الكلب بلع تقاشر وكيتقيا'],
    ['obstruction', 'lkelb bla3 t9achr w kaytqiya'],
    ['pregnancy', 'تفرقعت الما وانا فالحصة'],
    ['eye', 'من بعد الصباغه ديال الرموش عيني كتحرق وما قادراش نحل عيني'],
    ['bleeding', 'كنزف بزاف من بعد ما قلعت الضرسة'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
    expect(result.emergency).not.toBeNull();
  });

  it.each([
    'what do i do if a tooth gets knocked out?',
    'is it normal to bleed a little after a cleaning?',
    'my dog ate a sock last year',
    'can I do pilates when my due date is near?',
    'does the tint burn a bit?',
    'is it normal to bleed a lot after a tooth extraction?',
    'es normal sangrar un poco después de una limpieza?',
    "my son's baby tooth fell out, is that ok?",
    'a mi hijo se le ha caído un diente de leche',
    'my crown fell out while eating, can you fix it?',
    'se me ha caído el empaste, me dais cita?',
    "what should i do if my child's tooth gets knocked out?",
    'do you treat knocked out teeth?',
    'my dog ate a sock last year and was fine',
    'can dogs get sick from eating socks?',
    'what happens if my water breaks during a class?',
    'is it normal that the lash tint stings a little?',
    'my new tattoo is a little red, is that normal?',
    'how many pills should my dog take a day?',
    'i took my pills this morning, can i still have the massage?',
    'can you take too many vitamins?',
    'my puppy had diarrhea yesterday, should i bring him in?',
    'is parvo vaccine included in the puppy pack?',
    'she hurt her leg last month and still cant put weight on it, can physio help?',
    'the football season is starting, do you make mouthguards?',
    'how long does it take to end the treatment?',
    'my cat swallowed a hairball and vomited it up, normal?',
    'does waxing make your skin bleed a lot?',
    'mi perro se comió un calcetín el año pasado',
    "j'ai perdu une dent de lait",
    'I had too much coffee, can I take my pills before the facial?',
    'tomé todos los medicamentos que me recetaron, puedo hacerme el tratamiento?',
    'me duele la muela entera desde ayer',
    'tengo un diente partido, me dais cita?',
    'se me ha saltado un trozo de diente comiendo',
    'mi è saltato via un pezzo di dente',
    'un morceau de ma dent a sauté',
    'mein weisheitszahn muss raus, kann ich danach fahrrad fahren?',
    'my wisdom tooth needs to come out, can i play football after?',
    'i chipped my front tooth playing football, can you fix it?',
    "my wax left a red line and it's a little swollen, is that normal?",
    'does the lash tint burn? my eyes are sensitive',
    'my dog chewed a toy, is that bad?',
    'quiero blanquear los dientes, es para una boda',
    'ma dent de sagesse est sortie, ça fait mal',
    "é saltato l'appuntamento per il dente, posso prenotare?",
    'does the tattoo bleed a lot?',
    'how much bleeding is normal after a tooth extraction?',
    "my dog swallowed a ball last year and had surgery, now he's fine",
    'la cera me ha dejado una línea roja, es normal?',
    'واش عادي تسيل شوية الدم من بعد التنظيف؟',
    'واش نقدر ندير البيلاتس وانا حامل؟',
    'je viens de me faire arracher une dent, je peux fumer?',
    'me acaban de arrancar una muela, puedo comer?',
    'why does my cat have to be knocked out just for a teeth clean?',
    'ho appena strappato un dente dal dentista, posso bere?',
    'acabei de arrancar um dente, posso comer?',
    'قلعت الضرسة اليوم واش نقدر ناكل؟',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});

/**
 * Sight lost all at once, an eye hurt and bleeding, a wound with a fever or
 * gone black, a hand or a foot gone cold and white: what an optician's or a
 * podiatrist's customer writes when it cannot wait. Beside them, the
 * everyday questions that use the same words.
 */
describe('assessSafety: sight, wounds and circulation', () => {
  it.each<[EmergencyKind, string]>([
    ['eye', 'all of a sudden i cant see anything out of my right eye'],
    ['eye', "there's a black curtain coming down over my left eye since this morning"],
    ['eye', 'de repente no veo nada por el ojo izquierdo'],
    ['eye', "d'un coup je ne vois plus rien de l'oeil droit, comme un voile noir"],
    ['eye', 'improvvisamente non vedo niente da un occhio'],
    ['eye', 'ich sehe plötzlich auf einem auge nichts mehr'],
    ['eye', 'de repente não vejo nada de um olho'],
    ['eye', 'my son got poked in the eye with a stick, it is bleeding and he cant open it'],
    ['eye', 'le han dado con un palo en el ojo y le sangra, no lo puede abrir'],
    ['infection', 'the wound on his foot is red and he has a fever now'],
    ['infection', 'tiene una herida en el talón y fiebre desde anoche'],
    ['infection', 'la plaie sur son orteil est devenue noire et sent mauvais'],
    ['infection', 'mein vater ist diabetiker, die wunde am zeh ist schwarz geworden und stinkt'],
    ['infection', 'a ferida no pé do meu avô ficou preta e cheira mal'],
    ['circulation', 'her leg suddenly went cold and pale and she can barely move it'],
    ['circulation', 'de repente tiene el pie frío y blanco, no siente los dedos'],
    ['circulation', 'mon pied est soudain devenu froid et blanc'],
    ['circulation', 'sein fuß ist plötzlich eiskalt und ganz weiß'],
  ])('is %s: %j', (kind, text) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    "I can't see anything without my glasses lol",
    'no veo nada de cerca sin gafas, necesito progresivas?',
    'is it normal to see floaters sometimes?',
    'my feet are always cold in winter, can you check my circulation?',
    'my toes go white and numb when it is cold, is that circulation?',
    'tengo los pies fríos siempre, es por la circulación?',
    'I have a black toenail from running, should I come in?',
    'la uña del dedo gordo se ha puesto negra después de la maratón',
    'my wound from the nail surgery is healing well, when can I swim?',
    'the curtain in the waiting room is lovely haha',
    'tengo una uña encarnada, me corto el pico mientras tanto?',
    'can I cut my toenails myself before the appointment?',
    'puedo cortarme los callos yo misma?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});

/**
 * Hearing lost all at once, a battery pushed into a child's ear, blood from
 * an ear after a fall, two signs of a stroke together: what a hearing
 * centre's or a clinic's customer writes when it cannot wait.
 */
describe('assessSafety: hearing, ears and two signs of a stroke', () => {
  it.each<[EmergencyKind, string]>([
    ['hearing', "woke up this morning and can't hear anything out of my right ear"],
    ['hearing', 'acordei hoje e não oiço nada do ouvido direito'],
    ['hearing', 'de repente no oigo nada por el oído izquierdo'],
    ['hearing', "d'un coup je n'entends plus rien de l'oreille gauche"],
    ['hearing', 'ich höre plötzlich auf einem Ohr nichts mehr'],
    ['hearing', 'non sento più niente da un orecchio e mi gira la testa, vertigini'],
    ['hearing', 'acordei hoje sem ouvir nada do ouvido direito, com tonturas e um zumbido enorme'],
    [
      'head-injury',
      'ma fille est tombée de la balançoire sur le menton, elle a vomi deux fois et elle est toute endormie',
    ],
    ['poisoning', '3afakom weldi bla3 pile dyal la montre daba daba!!'],
    ['obstruction', 'my 3 year old pushed a battery into his ear and it wont come out'],
    ['obstruction', 'meu filho enfiou uma pilha no ouvido e não sai'],
    ['obstruction', 'mi hijo se ha metido una pila en la nariz'],
    ['head-injury', "my dad fell down the stairs and there's blood coming out of his ear"],
    ['stroke', 'ich seh doppelt und die linke Hand kribbelt'],
    ['stroke', 'she is seeing double and her speech is slurred'],
    ['heatstroke', 'depois da secagem ficou a vomitar e a cambalear, está muito quente e ofegante'],
    ['heatstroke', "he's burning up, panting like mad and just threw up"],
  ])('is %s: %j', (kind, text) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    "I can't hear anything on the phone when you call, can you text instead?",
    'my dad cant hear anything without his hearing aids, can you check them?',
    'the battery in my hearing aid keeps dying, do you sell them?',
    'can you put a new battery in my ear piece?',
    'my ear is blocked with wax, can you clean it?',
    'I woke up with my ear blocked, probably wax, do you do microsuction?',
    'I fell asleep with my hearing aids in, are they ok?',
    'quero ouvir as opções de aparelhos sem compromisso',
    'ma fille est tombée amoureuse de votre salon, elle veut revenir',
    'weldi bla3 chwiya dyal lma f la piscine, 3adi?',
    'my dog pants a lot after the bath, is that normal?',
    'do you use cage dryers? my frenchie overheats really easily',
    'mein Mops überhitzt schnell, föhnt ihr ohne Hitze?',
    'the water was very hot in the shower and he threw up after eating too fast',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});

describe('assessSafety: a fire, and fumes that poison', () => {
  it.each<[EmergencyKind, string]>([
    ['fire', 'Aus der Motorhaube kommt Rauch und es stinkt verbrannt!! Wir stehen am Straßenrand'],
    ['fire', 'smoke coming out from under the bonnet, we pulled over, what do we do'],
    ['fire', 'sale humo del motor y huele a quemado'],
    ['fire', 'esce fumo dal cofano, cosa faccio?'],
    ['fire', 'il y a de la fumée qui sort du capot'],
    ['fire', 'o motor pegou fogo na estrada'],
    ['fire', 'help my car is on fire on the motorway'],
    ['fire', 'la voiture a pris feu sur le parking'],
    ['fire', 'la bateria del patinete que estaba cargando echa humo!!'],
    ['fire', 'la batterie de mon téléphone fume, qu’est-ce que je fais'],
    ['fire', 'der Akku vom E-Bike raucht in der Garage'],
    ['fire', 'the laptop battery is smoking and hissing'],
    ['poisoning', 'he was in the closed garage with the engine running and now he is dizzy with a headache'],
    ['poisoning', 'ça sent le gaz dans la salle de bain et ma mère a des vertiges'],
    ['poisoning', 'estaba en el garaje con el motor encendido y ahora vomita'],
    ['poisoning', 'war mit laufendem Motor in der Garage, jetzt Kopfschmerzen und Schwindel'],
  ])('%s: %s', (kind, text) => {
    expect(assessSafety(text).kinds).toContain(kind);
  });

  it.each([
    'my skin is on fire after the wax, is that normal?',
    'the nail fumes give me a headache, do you have ventilation?',
    'can i smoke in the car park?',
    'le gaz hilarant donne des vertiges ?',
    'how much is an engine oil change?',
    'meine Haut brennt ein bisschen nach dem Lasern',
    'my phone battery is swollen, can you replace it?',
    'do you sell chargers? my battery dies by noon',
  ])('no fire, no poisoning: %s', (text) => {
    const { kinds } = assessSafety(text);
    expect(kinds).not.toContain('fire');
    expect(kinds).not.toContain('poisoning');
  });
});

describe('assessSafety: a baby under three months', () => {
  it.each([
    'my 3 week old has a temperature of 38.4, is that normal?',
    'our 6-week-old is really floppy and hard to wake',
    'mi bebé de 20 días tiene fiebre',
    'ma fille de 5 semaines est toute molle et ne boit plus',
    'mio figlio di 7 settimane ha la febbre a 38',
    'Mein Baby ist 3 Wochen alt und hat Fieber',
    'o meu bebé de 2 meses está com febre',
    'el meu nadó té febre',
    'a newborn with a fever, what do we do',
  ])('%s', (text) => {
    expect(assessSafety(text).kinds).toContain('infant');
  });

  it.each([
    'my 6 week old has a flat head, can you help?',
    'My little one is 6 weeks old and screams for hours every evening',
    'my 8 week old puppy is lethargic after the vaccine',
    'my son of 5 months has a fever',
    'my 3 week old had a fever last week, can we still come?',
    'estoy de 10 semanas y tengo fiebre',
    'o meu recém-nascido tem cocô mole, é normal?',
  ])('not a newborn emergency: %s', (text) => {
    expect(assessSafety(text).kinds).not.toContain('infant');
  });
});

describe('assessSafety: an earlier fracture is history, numbness between the legs is a spinal emergency', () => {
  it('an earlier fracture', () => {
    expect(
      assessSafety(
        "My gran is 84 and has osteoporosis, she's had a wrist fracture before. Is it safe for her to see an osteopath?",
      ).kinds,
    ).not.toContain('fracture');
    expect(assessSafety('she broke her wrist before and today she fell and broke her arm').kinds).toContain('fracture');
  });

  it.each([
    "back pain since yesterday and now i can't feel anything between my legs and haven't been able to pee",
    'me duele la espalda y no siento nada entre las piernas, no puedo orinar',
    'mal au dos et je ne sens plus rien entre les jambes, je ne peux plus uriner',
  ])('%s', (text) => {
    expect(assessSafety(text).kinds).toContain('spinal');
  });
});

describe('assessSafety: a fever with malaria named, fast breathing with drowsiness, a fit in Egyptian Arabizi', () => {
  it.each<[EmergencyKind, string]>([
    [
      'infection',
      'came home from ghana last week, 39.5 temperature and shivering, and I never finished my malaria tablets',
    ],
    ['infection', "j'ai de la fièvre depuis mon retour du Mali, je n'ai pas pris l'antipaludique"],
    ['infection', 'tengo fiebre alta y dejé el tratamiento de la malaria a mitad'],
    ['infection', 'عندي حمى من ساعه ما رجعت من نيجيريا ومكملتش دوا الملاريا'],
    ['breathing', 'my daughter is breathing really fast and is very drowsy since the pool'],
    ['breathing', 'el peque respira mu rapido y está adormilao'],
    ['breathing', 'er atmet ganz schnell und ist total benommen'],
    ['seizure', 'el walad 3ando 7arara 39 w gatlo tashannogat'],
    ['seizure', 'بنتي سخنه جدا وجالها تشنجات'],
  ])('%s: %s', (kind, text) => {
    expect(assessSafety(text).kinds).toContain(kind);
  });

  it.each([
    // A disease's name is no fever.
    'my arm is a bit swollen after the yellow fever jab, is that normal?',
    'le vaccin contre la fièvre jaune, le bras est gonflé, normal ?',
    'ana 3ayez a5od te3eem el 7omma el shoukeya',
    'does the typhoid fever vaccine make your arm swell?',
    // A question about malaria tablets reports nothing.
    'do malaria tablets give you a fever?',
    'what if I get a fever in kenya, could it be malaria?',
    // "My son" in Darija is not "gives birth", though both are w-l-d.
    'weldi 3ando 5 snin o kayberd bzzaf, lma skhoun?',
    'my son breathes fast when he swims, is that normal for a beginner?',
  ])('not an emergency: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });

  it('a Darija verb still counts as a verb, negated or not', () => {
    expect(assessSafety('mrati katwled o katnzef bzaf').kinds).toContain('birth');
    expect(assessSafety('chi haja f 7al9o o makaytnfsch').kinds).toContain('breathing');
  });
});
