import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

describe('assessSafety', () => {
  it.each<[EmergencyKind, string]>([
    ['cardiac', 'I have a crushing pain in my chest and my left arm'],
    [
      'breathing',
      'hab mir gestern die zunge stechen lassen, jetz is sie so dick dass ich kaum noch luft krieg und nich schlucken kann',
    ],
    ['infection', 'my tattoo from last week is hot, leaking yellow pus and I have a fever of 39'],
    [
      'infection',
      'Ich hatte gestern eine Wurzelbehandlung und jetzt habe ich starke Schmerzen und die Wange ist dick geschwollen',
    ],
    ['infection', "j'ai de la fièvre et la joue gonflée depuis l'extraction"],
    ['infection', 'tengo la cara hinchada y me duele muchísimo desde la endodoncia'],
    ['infection', 'o piercing está com pus e estou com febre'],
    ['eye', "ho l'occhio gonfio e vedo appannato dopo le ciglia"],
    ['eye', 'since the lash lift my vision is blurry'],
    ['spinal', 'tenho dor nas costas e desde ontem perdi força na perna e nao consigo controlar a urina'],
    ['spinal', 'my back is killing me, my legs are weak and I wet myself'],
    ['spinal', "j'ai mal au dos, les jambes faibles et je n'arrive plus à retenir mon urine"],
    ['burn', 'i had laser yesterday and now i have big blisters and burn marks on my legs'],
    ['burn', 'me salieron ampollas, como quemaduras, después de la depilación'],
    ['burn', "j'ai des cloques et des brûlures après le laser"],
    ['burn', 'fiquei com bolhas e queimaduras depois do laser'],
    ['breathing', 'ما اقدر اتنفس منذ الصباح'],
    ['fracture', 'he fell off his bike and his wrist looks deformed'],
    ['fracture', 'caiu e o braço está deformado'],
    ['poisoning', "ma fille a avalé de l'eau de javel"],
    ['poisoning', 'my toddler swallowed a dishwasher tablet'],
    ['cardiac', 'me duele mucho el pecho y me cuesta respirar'],
    ['cardiac', 'tinc un dolor molt fort al pit'],
    ['cardiac', "j'ai une douleur dans la poitrine"],
    ['cardiac', 'estou com uma dor forte no peito'],
    ['cardiac', 'عندي الم بالصدر قوي'],
    ['cardiac', 'i think my dad is having a heart attack'],
    ['stroke', 'my mum face is drooping on one side and her speech is slurred'],
    ['stroke', 'a mi padre se le ha torcido la boca y no puede hablar'],
    ['stroke', 'ma grand-mère ne peut pas parler et son visage est paralysé'],
    ['stroke', 'acho que ele está a ter um AVC'],
    ['breathing', "I can't breathe properly"],
    ['breathing', 'no puedo respirar bien'],
    ['breathing', 'em costa molt respirar'],
    ['breathing', 'nao consigo respirar'],
    ['breathing', "j'ai du mal à respirer"],
    ['breathing', 'my throat is closing up'],
    ['breathing', "my cheek is swollen and I can't swallow"],
    ['breathing', 'مش قادر اتنفس'],
    ['bleeding', "it's been bleeding for an hour and won't stop"],
    ['bleeding', 'no para de sangrar desde la extracción'],
    ['bleeding', 'porta una hora sagnant i no para'],
    ['bleeding', 'está a sangrar muito e não para'],
    ['bleeding', 'ça saigne beaucoup et ça ne s’arrête pas'],
    ['fracture', 'I think I broke my wrist'],
    ['fracture', 'mi hijo se ha roto el brazo'],
    ['fracture', "s'ha trencat la cama"],
    ['fracture', 'il s’est cassé la jambe'],
    ['fracture', 'acho que partiu o braço'],
    ['allergic', 'I think I am having an allergic reaction'],
    ['allergic', 'my lips are swelling and it is hard to breathe'],
    ['allergic', 'tengo la cara hinchada y me cuesta tragar'],
    ['allergic', 'fiquei com urticária depois da anestesia'],
    ['self-harm', 'I want to kill myself'],
    ['self-harm', 'ya no quiero vivir'],
    ['self-harm', 'estic pensant en acabar amb tot'],
    ['self-harm', 'je veux mourir'],
    ['self-harm', 'quero morrer'],
    ['self-harm', 'بدي انتحر'],
    ['unconscious', 'my husband fainted in the waiting room'],
    ['unconscious', 'se ha desmayado'],
    ['seizure', 'my son is having a seizure'],
    ['poisoning', 'my dog ate a whole bar of chocolate'],
    ['poisoning', 'mi hijo se ha tragado lejía'],
    // Italian and German as typed on a phone: no accents or umlauts.
    ['cardiac', 'ho un forte dolore al petto e al braccio sinistro'],
    ['cardiac', 'mio padre credo abbia un infarto'],
    ['cardiac', 'ich habe starke schmerzen in der brust'],
    ['cardiac', 'mein vater hat glaube ich einen herzinfarkt'],
    ['stroke', 'mia madre ha la bocca storta e non riesce a parlare'],
    ['stroke', 'ich glaube meine oma hat einen schlaganfall'],
    ['stroke', 'sein gesicht hangt auf einer seite und er kann nicht sprechen'],
    ['breathing', 'non riesco a respirare'],
    ['breathing', 'ich kann nicht atmen'],
    ['breathing', 'ich bekomme keine luft mehr'],
    ['bleeding', 'sanguina da un ora e non si ferma'],
    ['bleeding', 'es blutet seit einer stunde und hort nicht auf'],
    ['fracture', 'mio figlio si e rotto il braccio'],
    ['fracture', 'ich glaube mein handgelenk ist gebrochen'],
    ['allergic', 'dopo il trattamento mi si e gonfiata la faccia e faccio fatica a respirare'],
    ['allergic', 'ich habe eine allergische reaktion nach der behandlung'],
    ['allergic', 'meine lippen sind geschwollen und ich kann kaum schlucken'],
    ['self-harm', 'voglio farla finita'],
    ['self-harm', 'non voglio piu vivere'],
    ['self-harm', 'ich will nicht mehr leben'],
    ['self-harm', 'ich denke an selbstmord'],
    ['unconscious', 'mio marito e svenuto in sala d attesa'],
    ['unconscious', 'mein mann ist bewusstlos'],
    ['poisoning', 'il mio cane ha mangiato del cioccolato'],
    ['poisoning', 'mein hund hat rattengift gefressen'],
    ['poisoning', 'die katze hat eine lilie gefressen'],
    ['spinal', 'ho mal di schiena, le gambe deboli e non riesco a trattenere la pipì'],
    ['spinal', 'da ieri non mi sento le gambe e non controllo la vescica'],
    ['spinal', 'ich habe Rückenschmerzen, die Beine sind schwach und ich kann den Urin nicht halten'],
    ['spinal', 'seit gestern ist mein Bein taub und ich habe mich eingenässt'],
    ['burn', 'dopo il laser ho delle vesciche e ustioni sulle gambe'],
    ['burn', 'mi sono venute le bolle, sembra una bruciatura dopo la ceretta'],
    ['burn', 'nach dem Laser habe ich Blasen und Verbrennungen'],
    ['burn', 'nach dem Waxing habe ich eine Brandblase'],
    ['fracture', 'il mio cane è stato investito da una macchina'],
    ['fracture', 'unser Hund wurde von einem Auto angefahren'],
    ['allergic', 'sono allergica al lattice e ora ho le labbra gonfie'],
    ['allergic', 'ich bin allergisch und jetzt ist alles geschwollen'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
    expect(result.emergency).not.toBeNull();
    expect(result.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    // Symptoms a practice treats, and questions about what to do if…
    'my gums bleed a bit when I brush',
    'me sangran las encías al cepillarme',
    'the cleaning hurt a little',
    'I have toothache, can I come today?',
    'my face is numb after the anaesthetic, is that normal?',
    'what should I do if the bleeding does not stop after the extraction?',
    'y si se me hincha la cara?',
    'is laser safe if I have a heart condition?',
    'no chest pain, just a bit of a headache',
    'sin sangrado, todo bien',
    'I have a broken tooth',
    'se me ha roto un empaste',
    'ate before the whitening, is that ok?',
    'do you do a treatment for the chest?',
    'I am allergic to latex, is that a problem?',
    'how much is a cleaning?',
    'el dentista habla portugués?',
    'quero falar com alguém',
    'do you treat urinary incontinence after pregnancy?',
    'can laser cause burns or blisters?',
    'I got a blister from my new shoes',
    'my legs are weak after the gym, can a massage help?',
    'is it normal to have a swollen face and pain after an extraction?',
    'my gums are a bit swollen, do you do cleanings?',
    'my dog had a fever last month, can he be groomed?',
    'can I get a piercing if it gets infected easily?',
    'mi sanguinano un po le gengive quando lavo i denti',
    'e se mi si gonfia la faccia dopo l estrazione?',
    'ho un dente rotto',
    'quanto costa una pulizia?',
    'das zahnfleisch blutet ein bisschen beim putzen',
    'was ist wenn es nach dem ziehen blutet?',
    'mir ist eine fullung rausgefallen',
    'was kostet eine zahnreinigung?',
    'ich bin allergisch gegen latex, ist das ein problem?',
    'kann der Laser Verbrennungen verursachen?',
    'il laser può causare ustioni o vesciche?',
    'ich habe eine Blase vom Laufen an der Ferse',
    'mi è venuta una vescica per le scarpe nuove',
    'nach dem Sport sind meine Beine schwach, hilft eine Massage?',
    'ho le gambe deboli dopo la palestra, un massaggio può aiutare?',
    'trattate l incontinenza urinaria dopo il parto?',
    'behandelt ihr Inkontinenz nach der Schwangerschaft?',
    'ho investito molto in questo trattamento',
    'sono allergica al nichel, è un problema?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });

  it('puts the most serious first', () => {
    const result = assessSafety('chest pain and I fainted');
    expect(result.kinds).toEqual(['cardiac', 'unconscious']);
    expect(result.emergency).toBe('cardiac');
  });
});

/**
 * A signal's word inside words that mean something else: a blood test, the
 * blood results, blood pressure are no bleeding; German "bis" (until) is no
 * bite.
 */
describe('assessSafety: words that only look like a signal', () => {
  it.each([
    'how long until the blood results are back?',
    'when will the blood test results be ready?',
    'cuándo están los resultados del análisis de sangre?',
    'quand aurai-je les résultats de la prise de sang ?',
    'quando arrivano gli esami del sangue?',
    'wann sind die Blutwerte da?',
    'wie lange dauert das Blutbild?',
    "quan tindré l'analítica de sang?",
    'quando ficam prontos os exames de sangue?',
    'امتى يكونو التحاليل ديال الدم واجدين؟',
    'my blood pressure is high, can I have a massage?',
    'wir kommen bis 10 Uhr, geht das?',
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });

  it('still hears bleeding beside a blood test', () => {
    expect(assessSafety("after the blood test the arm is bleeding a lot and won't stop").kinds).toContain('bleeding');
  });
});

/**
 * Words that sound like an emergency and are not one (an accidental cut, a
 * haircut, a strain at the gym, waters that broke in an earlier pregnancy),
 * and emergencies as they are typed on WhatsApp (no apostrophe, no name for
 * the animal, no accents).
 */
describe('assessSafety: accidents, earlier pregnancies and chat spelling', () => {
  it.each<[EmergencyKind, string]>([
    ['self-harm', 'je me coupe depuis des mois'],
    ['self-harm', 'mi taglio da mesi'],
    ['self-harm', 'ich schneide mich wieder'],
    ['self-harm', 'em tallo els braços'],
    ['self-harm', 'tenho vontade de me machucar'],
    // A toxic food eaten, then shaking or staggering: a poisoning, whoever "he" is.
    ['poisoning', "he ate chocolate and now he's shaking"],
    ['poisoning', 'she ate grapes and now she is lethargic and drooling'],
    ['poisoning', 'se comió chocolate y ahora está temblando'],
    ['poisoning', 'il a mangé du chocolat et maintenant il tremble'],
    ['poisoning', 'ha mangiato cioccolato e ora trema'],
    ['poisoning', 'er hat schokolade gefressen und zittert jetzt'],
    ['poisoning', 'comeu chocolate e agora está a tremer'],
    ['poisoning', "s'ha menjat xocolata i ara tremola"],
    ['poisoning', 'كلا الشكلاط ودابا كيترعد'],
    ['poisoning', 'il a avalé un médicament'],
    ['poisoning', 'mon chien a avalé une pile'],
    // As typed on a phone.
    ['breathing', 'cant breathe'],
    ['breathing', 'my dog cant breathe'],
    ['fracture', 'my dog got hit by car'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each<[EmergencyKind, string]>([
    // Self-harm said plainly stays self-harm, beside a haircut said in another sentence too.
    ['self-harm', "I've been cutting myself"],
    ['self-harm', 'I cut myself'],
    ['self-harm', 'i keep hurting myself'],
    ['self-harm', 'quiero hacerme daño'],
    ['self-harm', 'me sigo cortando'],
    ['self-harm', 'quiero cortarme las venas'],
    ['self-harm', 'je veux me faire du mal'],
    ['self-harm', 'i keep cutting myself. i cut my hair short to hide it'],
    // Waters breaking now, after an earlier pregnancy is named.
    ['pregnancy', 'last pregnancy was fine but my waters just broke'],
    ['pregnancy', 'my waters broke early last pregnancy and now my waters broke again'],
    ['pregnancy', 'en el último embarazo todo bien pero acabo de romper aguas'],
    // An earlier pregnancy tells the past of its own clause only.
    ['pregnancy', 'last pregnancy was quick, my waters broke an hour ago'],
    ['pregnancy', 'mi último parto fue rápido. he roto aguas hace media hora'],
    // Cutting oneself again and again is self-harm, whatever is said of the hair beside it.
    ['self-harm', 'i keep cutting myself my hair hides it'],
    ['self-harm', "i've been cutting myself and my hair covers the marks"],
    ['self-harm', 'me sigo cortando el brazo, el pelo me lo tapa'],
    ['breathing', 'no puede respirar'],
    ['bleeding', 'sangra mucho'],
    ['unconscious', 'er ist umgekippt'],
    // "Die" with the hair near it stays what it says when the hair goes on as a sentence of its own.
    ['self-harm', 'i want to die, my hair is falling out'],
    ['self-harm', 'i want to die my hair is falling out from the chemo'],
    ['self-harm', "i want to die my hair's a mess"],
    ['self-harm', 'i want to die. my hair is ruined'],
    // "Died my hair" is a dye misspelt: the reaction that follows is an emergency.
    ['allergic', 'i died my hair yesterday and now my scalp is burning and my face is swelling'],
    ['allergic', 'died my eyebrows and now my eye is swollen shut and itchy'],
  ])('still %s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each([
    // An accident, an activity or a haircut beside words that sound like self-harm.
    'I cut myself shaving',
    'i cut myself shaving this morning, can i still get a facial?',
    'i cut myself with the scissors trimming his fur, can you look?',
    'can you do my nails? i cut myself a bit with the file last time',
    'I hurt myself at the gym, can I get a sports massage?',
    'quiero cortarme el pelo',
    'me quiero cortar el pelo corto',
    'quiero cortarme el flequillo yo misma, es mala idea?',
    'voglio tagliarmi i capelli',
    'quero me cortar o cabelo',
    // Waters that broke in an earlier pregnancy.
    'my waters broke last pregnancy, can I do pilates?',
    'last pregnancy my waters broke early at 34 weeks, is prenatal yoga ok?',
    'rompí aguas antes de tiempo en mi último embarazo',
    'en el embarazo anterior rompí aguas a las 35 semanas, puedo hacer pilates?',
    "lors de ma première grossesse j'ai perdu les eaux à 36 semaines, est-ce que je peux faire du yoga?",
    'nella gravidanza precedente mi si sono rotte le acque presto, posso fare pilates?',
    'bei meiner letzten schwangerschaft ist die fruchtblase früh geplatzt, darf ich yoga machen?',
    'na última gravidez rompeu a bolsa cedo, posso fazer pilates?',
    'when i had my son my waters broke at home, is the birth pool available?',
    // "Die" for dye, as it is often misspelt.
    'i want to die my hair red, how much?',
    'wanna die my hair for the wedding',
    'how much to die my roots?',
    'i want to die my hair',
    'can you die my beard darker pls',
    'i died my hair at home, can you fix the colour?',
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });

  it.each([
    // Danger words in a question, in one's own eating, in the past, or in an accident.
    'i burnt myself with the straightener, can you still do my hair?',
    'mi sono tagliata con il coltello in cucina',
    'does laser hurt?',
    'pain after the last session is normal?',
    'allergic to latex, do you use gloves?',
    'i ate chocolate and i am shaking lol too much coffee',
    'my dog ate chocolate last year, is that why he shakes at the vet?',
    'is chocolate bad for dogs?',
  ])('is still not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });
});
