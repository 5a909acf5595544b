/**
 * Emergencies of people at a spa, a hammam, a physio, a salon or a clinic,
 * typed the way people type when something goes wrong, in every supported
 * language and its dialects; and the ordinary complaints beside them that
 * are not emergencies.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

describe('assessSafety: people', () => {
  it.each<[EmergencyKind, string]>([
    // Fainting, collapsing in the heat
    ['unconscious', 'my wife just passed out in the changing room'],
    ['heatstroke', 'a client collapsed in the steam room'],
    ['heatstroke', 'mi madre se mareó en la sauna y se desplomó'],
    ['heatstroke', 'mon amie a fait un malaise au hammam, elle tient plus debout'],
    ['heatstroke', 'mia moglie è svenuta nel bagno turco'],
    ['heatstroke', 'meine frau ist in der sauna zusammengebrochen'],
    ['heatstroke', 'la meva dona s ha desmaiat a la sauna'],
    ['heatstroke', 'minha amiga desmaiou na sauna'],
    ['heatstroke', 'صاحبتي سخفات فالحمام'],
    ['unconscious', 'i feel dizzy and i collapsed on the floor'],
    ['unconscious', 'il ne se réveille pas'],
    ['unconscious', 'ele apagou e nao acorda'],
    // Chest, one side, headache
    ['cardiac', 'I have chest pressure since the massage'],
    ['cardiac', 'tengo una presión en el pecho'],
    ['cardiac', 'j ai une douleur à la poitrine qui serre'],
    ['cardiac', 'ho un dolore al petto che stringe'],
    ['cardiac', 'ich hab so ein druck auf der brust'],
    ['cardiac', 'mein Mann hat starke Brustschmerzen'],
    ['breathing', "je n'arrive plus à respirer"],
    ['breathing', 'il ne peut plus respirer'],
    ['stroke', "ma mère a la bouche de travers et n'arrive plus à parler"],
    ['cardiac', 'em fa mal el pit'],
    ['cardiac', 'to com uma dor no peito'],
    ['stroke', 'suddenly my left arm is numb and one side of my face'],
    ['stroke', 'tengo hormigueo en el brazo y la pierna de un lado'],
    ['stroke', 'j ai le bras engourdi d un côté'],
    ['stroke', 'ho il braccio intorpidito da un lato'],
    ['stroke', 'mein arm ist taub auf einer seite'],
    ['stroke', 'tinc el braç adormit d un costat'],
    ['stroke', 'estou com o braço dormente de um lado'],
    ['stroke', 'worst headache of my life, out of nowhere'],
    ['stroke', 'de repente un dolor de cabeza horrible, el peor de mi vida'],
    ['stroke', 'mal de tête brutal, le pire de ma vie'],
    ['stroke', 'all improvviso un mal di testa fortissimo, il peggiore della mia vita'],
    ['stroke', 'plötzlich die schlimmsten kopfschmerzen meines lebens'],
    ['stroke', 'de cop un mal de cap molt fort, el pitjor'],
    ['stroke', 'dor de cabeça muito forte de repente, a pior da minha vida'],
    // Fall with a head injury
    ['head-injury', 'my mum slipped and fell and hit her head'],
    ['head-injury', 'se cayó y se dio un golpe en la cabeza, está vomitando'],
    ['head-injury', 'elle est tombée et s est cogné la tête'],
    ['head-injury', 'è caduta e ha sbattuto la testa'],
    ['head-injury', 'sie ist gestürzt und auf den kopf gefallen'],
    ['head-injury', 'ha caigut i s ha donat un cop al cap'],
    ['head-injury', 'ela caiu e bateu com a cabeça'],
    ['head-injury', 'طاحت وضربات راسها'],
    // Breathing, asthma
    ['breathing', 'i am having an asthma attack'],
    ['breathing', 'tengo una crisis de asma y el inhalador no funciona'],
    ['breathing', 'je fais une crise d asthme'],
    ['breathing', 'ho un attacco d asma'],
    ['breathing', 'ich habe einen asthmaanfall'],
    ['breathing', 'tinc una crisi d asma'],
    ['breathing', 'to tendo uma crise de asma'],
    ['breathing', 'جاتني الضيقه وما قادرش نتنفس'],
    ['breathing', 'her lips are turning blue'],
    // Allergic reaction
    ['allergic', 'my lips are swelling up after the henna'],
    ['allergic', 'after the hair dye my tongue is swollen'],
    ['allergic', 'se me está hinchando la lengua después del tinte'],
    ['allergic', 'j ai les lèvres qui gonflent après la crème anesthésiante'],
    ['allergic', 'mi si sono gonfiate le labbra dopo l olio'],
    ['allergic', 'nach dem wachs ist meine zunge geschwollen'],
    ['allergic', 'se m han inflat els llavis després de la cera'],
    ['allergic', 'meus labios incharam depois da hena'],
    ['allergic', 'tengo urticaria por todo el cuerpo después del aceite'],
    ['allergic', 'من بعد الحنه تنفخو ليا شفايفي'],
    // Burns
    ['burn', 'the wax gave me a severe burn, the skin came off'],
    ['burn', 'me quemé con la cera, es una quemadura profunda y en carne viva'],
    ['burn', 'la pierre chaude m a fait une brûlure grave'],
    ['burn', 'ustione grave dalla pietra calda'],
    ['burn', 'ich habe eine schwere verbrennung vom laser'],
    ['burn', 'tinc una cremada greu del laser'],
    ['burn', 'queimadura grave com a cera, em carne viva'],
    // Bleeding, pregnancy
    ['bleeding', 'the cut is bleeding heavily and will not stop'],
    ['pregnancy', 'I am 20 weeks pregnant and I am bleeding'],
    ['pregnancy', 'estoy embarazada y estoy sangrando'],
    ['pregnancy', 'je suis enceinte et je saigne'],
    ['pregnancy', 'sono incinta e ho perdite di sangue'],
    ['pregnancy', 'ich bin schwanger und blute'],
    ['pregnancy', 'estic embarassada i sagno'],
    ['pregnancy', 'to grávida e to sangrando'],
    ['pregnancy', 'انا حامل وكيسيل الدم'],
    ['pregnancy', 'pregnant and strong belly pain'],
    // Eye, chemical
    ['eye', 'hair dye got in my eye and it burns'],
    ['eye', 'me entró lejía en el ojo'],
    ['eye', 'j ai reçu de la décoloration dans l oeil'],
    // A fall that leaves a limb swollen and unable to move or bear weight
    ['fracture', "I slipped on the stairs, my ankle is swollen and I can't put weight on it"],
    ['fracture', "I fell down the stairs, I can't move my arm and it's really swollen, what should I do?"],
    ['fracture', 'me caí por la escalera y no puedo apoyar el pie, está muy hinchado'],
    ['fracture', 'je suis tombée, je ne peux plus bouger le bras et il est tout gonflé'],
    ['fracture', 'sono caduta e non riesco a muovere il polso, è gonfissimo'],
    ['fracture', 'ich bin gestürzt, kann den Fuß nicht belasten und er ist dick geschwollen'],
    ['fracture', 'he caigut i no puc moure el turmell, està molt inflat'],
    ['fracture', 'levei um tombo e não consigo apoiar o pé, tá muito inchado'],
    ['fracture', 'طحت فالدروج وما قادرش نحرك رجلي ومنفوخه'],
    // Legs losing strength with the bladder or bowel out of control; numbness or weakness out of nowhere
    ['spinal', "since this morning my legs are getting weaker and I can't control my bladder"],
    ['spinal', 'estoy perdiendo fuerza en las piernas y no controlo la orina'],
    ['spinal', "je perds de la force dans les jambes et je n'arrive plus à retenir mes urines"],
    ['spinal', 'sto perdendo forza alle gambe e non trattengo la pipì'],
    ['spinal', 'ich verliere Kraft in den Beinen und kann den Urin nicht halten'],
    ['spinal', 'estic perdent força a les cames i no controlo la orina'],
    ['spinal', 'desde a massagem estou a perder força nas pernas e não seguro o xixi'],
    ['stroke', 'suddenly my left arm went numb and weak'],
    ['stroke', 'de repente se me ha dormido el brazo y la cara'],
    ['stroke', "d'un coup j'ai la jambe engourdie et sans force"],
    ['stroke', 'ho improvvisamente il braccio intorpidito'],
    // Self-harm
    ['self-harm', 'honestly i just want to kms'],
    ['self-harm', 'je n ai plus envie de vivre'],
    ['self-harm', 'não aguento mais viver'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each([
    // Ordinary after-effects
    'a little redness after the waxing, is that normal?',
    'un poco de rojez después de la depilación, es normal?',
    'un peu de rougeur après l épilation, c est normal?',
    'un po di rossore dopo la ceretta, è normale?',
    'ein bisschen rötung nach dem waxing, ist das normal?',
    'una mica de vermellor després de la cera, és normal?',
    'um pouco de vermelhidão depois da depilação, é normal?',
    'my muscles are sore after the massage',
    'me duelen los músculos después del masaje',
    'j ai des courbatures après le massage',
    'ho i muscoli indolenziti dopo il massaggio',
    'ich habe muskelkater nach der massage',
    'tinc agulletes després del massatge',
    'estou com dor muscular depois da massagem',
    'my lips are a bit swollen after the filler, is that normal?',
    'tengo los labios un poco hinchados después del relleno, es normal?',
    'j ai les lèvres un peu gonflées après les injections, c est normal?',
    'ho le labbra un po gonfie dopo il filler, è normale?',
    'meine lippen sind etwas geschwollen nach dem filler, ist das normal?',
    'tinc els llavis una mica inflats, és normal?',
    'meus labios estao um pouco inchados depois do preenchimento, é normal?',
    'I felt a bit dizzy in the steam room last time, is that normal?',
    'me mareo un poco en la sauna, es normal?',
    // Questions about the service, the risk, the past
    'what do you do in an emergency?',
    'can a hot stone massage cause burns?',
    '¿puede la cera causar quemaduras?',
    'est ce que le laser peut causer des brûlures graves?',
    'la ceretta può causare ustioni?',
    'kann das waxing verbrennungen verursachen?',
    'pot la cera causar cremades?',
    'a cera pode causar queimaduras graves?',
    'is the sauna safe if I am pregnant?',
    'estoy embarazada, puedo usar la sauna?',
    'je suis enceinte, je peux aller au hammam?',
    'sono incinta, posso fare il massaggio?',
    'ich bin schwanger, darf ich in die sauna?',
    'estic embarassada, puc fer un massatge?',
    'estou grávida, posso fazer massagem?',
    'I have asthma, can I use the steam room?',
    'tengo asma, puedo entrar al baño de vapor?',
    'what happens if someone faints in the sauna?',
    'last year I fainted in the sauna, is it ok for me to come?',
    'I fell down the stairs last year, can physio help my knee?',
    'je suis tombée dans les escaliers il y a un an, la kiné peut aider?',
    'mi sono rotta il polso anni fa, ora ho ancora rigidità',
    'i often get headaches after a long day, would a massage help?',
    'tengo dolor de cabeza, puedo venir al masaje?',
    'ich habe kopfschmerzen, hilft eine massage?',
    'my hair is falling out on top of my head',
    'se me cae el pelo de la cabeza',
    'the hair dye stained my forehead',
    'do you do a massage for pregnant women with back pain?',
    'i have pins and needles in my hands when i type, can physio help?',
    'my arm is a bit weak after the shoulder surgery, do you do rehab?',
    'is the hammam too hot for someone with a heart condition?',
    'quiero una cita para mi hija',
    'my son has a loose tooth',
    'I fell down the stairs two weeks ago and my ankle still hurts, can I book physio?',
    'I can not stand the heat in the sauna, can I book just the massage?',
    'I am pregnant and would like a massage to prepare for labour',
    'estoy embarazada, hacéis masaje preparto?',
    'je voudrais un massage de préparation à l accouchement',
    'I would like to book a brow dye and an eyelash tint',
    'mon fils fait une crise de colère chez le coiffeur à chaque fois',
    'ist die sauna gut für den kreislauf?',
    'since last week I have headaches, can a massage help?',
    // A fall, a weak leg, a numb hand that are over, ordinary or asked about
    'my leg was broken last year, can I do pilates now?',
    'I fell last year and my knee still swells sometimes, can physio help?',
    'my ankle is swollen after running, can I get a massage?',
    "I can't move my appointment, I fell ill",
    'i slipped my booking to next week, is that ok?',
    "my wrist was swollen after the fall last month and I couldn't move it for a week, now I need physio",
    'i need to pee a lot and my legs feel weak after the gym',
    'my hands go numb sometimes when I type',
    'I tripped over the dog, nothing broken, can I still come at 3?',
    'me caí esquiando hace un año y la rodilla se me hincha a veces',
    "i fell off my bike two weeks ago, ankle still swollen, can't walk far",
    'me caí el mes pasado y todavía no puedo apoyar bien, la rodilla se hincha',
    'sono caduta una settimana fa, non riesco ancora a camminare bene e il ginocchio è gonfio',
    'I tripped and my ankle is a little swollen, can I still come to my pedicure?',
    "je suis tombée l'an passé, le genou gonfle parfois, la kiné peut aider?",
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });
});

/**
 * A knock on the head with dizziness or blurred sight, legs gone numb with
 * the bladder out of control, a fall that leaves someone unable to get up,
 * and too many pills: in every language, and beside them what is old or a
 * question.
 */
describe('assessSafety: head, back, falls and overdoses', () => {
  it.each<[EmergencyKind, string]>([
    ['head-injury', 'I fell in the street and hit my head, now I feel dizzy'],
    ['head-injury', 'me caí y me di un golpe en la cabeza, veo borroso'],
    ['head-injury', 'je suis tombée et je me suis cogné la tête, je vois double'],
    ['head-injury', 'sono caduta e ho battuto la testa, vedo tutto annebbiato e ho vomitato'],
    ['head-injury', 'ich bin gestürzt und mit dem Kopf aufgeschlagen, mir ist schwindlig'],
    ['head-injury', 'vaig caure i em vaig donar un cop al cap, estic marejada'],
    ['head-injury', 'caí e bati com a cabeça, estou tonto'],
    ['head-injury', 'طحت وضربت راسي وكندوخ'],
    ['spinal', "my legs are numb and I can't control my bladder"],
    ['spinal', 'se me han dormido las piernas y no controlo la orina, qué hago'],
    ['spinal', "j'ai les jambes engourdies et je n'arrive plus à retenir mon urine"],
    ['spinal', 'ho le gambe intorpidite e non riesco a trattenere la pipì'],
    ['spinal', 'meine Beine sind taub und ich kann die Blase nicht mehr halten'],
    ['spinal', "tinc les cames adormides i no controlo l'orina"],
    ['spinal', 'estou com as pernas dormentes e não consigo segurar o xixi'],
    ['fracture', "my grandmother fell at home and can't get up"],
    ['fracture', 'mi abuela se ha caído en casa y no puede levantarse'],
    ['fracture', 'ma mère est tombée chez elle et ne peut plus se relever'],
    ['fracture', 'mia madre è caduta in casa e non riesce ad alzarsi'],
    ['fracture', 'mein Vater ist gestürzt und kommt nicht mehr hoch'],
    ['fracture', 'la meva àvia ha caigut i no es pot aixecar'],
    ['fracture', 'a minha avó caiu em casa e não consegue se levantar'],
    ['fracture', 'جدتي طاحت فالدار وما قادراش تنوض'],
    ['fracture', "my old dog fell down the stairs and can't get up"],
    ['poisoning', 'my husband took too many pills and is very sleepy'],
    ['poisoning', 'mi madre se tomó todas las pastillas'],
    ['poisoning', 'mon fils a avalé des médicaments'],
    ['poisoning', 'mia figlia ha ingoiato delle pastiglie'],
    ['poisoning', 'er hat zu viele Tabletten genommen'],
    ['poisoning', "el meu pare s'ha pres totes les pastilles"],
    ['poisoning', 'o meu filho engoliu comprimidos'],
    ['allergic', "I ate shrimp and now my lips are swelling and I'm wheezing"],
    ['allergic', 'comí cacahuetes, se me hincha la cara y tengo silbidos al respirar'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each([
    'I hit my head on a cupboard last month, is massage ok?',
    'do you treat dizziness after a concussion from years ago?',
    'do you treat urinary incontinence after pregnancy?',
    'my leg goes numb when I sit too long, can physio help?',
    'after my fall last week I find it hard to get up from a chair, can you help?',
    "I fell skiing a few weeks ago and still can't get up without pain",
    // Pills taken as meant, a box of something else, falling asleep, a photo.
    'I swallowed my pills this morning, can I still get a massage?',
    'ich kaufe eine ganze Packung Leckerli',
    'I took the whole box of chocolates to the party',
    'my old dog fell asleep lying on the floor all day',
    'las fotos del antes salen todo borrosas',
    'estou tremendo muito de frio, a sauna está aberta?',
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });
});

/**
 * A person in crisis: thoughts of ending one's life said of oneself or of
 * someone close, violence at home, a week of pregnancy said without the
 * word; and beside them what only sounds like it.
 */
describe('assessSafety: people in crisis', () => {
  it.each<[EmergencyKind, string]>([
    ['self-harm', "honestly i don't see the point of anything anymore, been thinking about ending it"],
    ['self-harm', 'my son says he wants to kill himself, what do I do'],
    ['self-harm', 'mi hija dice que no quiere vivir y se ha encerrado'],
    ['self-harm', 'ma fille veut mourir, elle me l’a écrit hier soir'],
    ['self-harm', 'mio fratello dice che vuole farla finita'],
    ['self-harm', 'meine Tochter will nicht mehr leben'],
    ['self-harm', 'o meu filho disse que quer se matar'],
    ['self-harm', 'khaye 3am ye2ol enno bado yentehir, shu ba3mol'],
    ['self-harm', 'أخي بدو ينتحر'],
    ['violence', 'my husband hit me again tonight and i’m scared to go home with the kids'],
    ['violence', 'mi marido me pega y tengo miedo de volver a casa'],
    ['violence', 'mon mari me frappe, je ne sais pas où aller'],
    ['violence', 'mio marito mi picchia, aiutatemi'],
    ['violence', 'mein Mann hat mich wieder geschlagen'],
    ['violence', 'o meu namorado me bateu outra vez'],
    ['violence', 'jozi 3am yedrebne kel yom'],
    ['eye', "mon fils a pris un bouchon de champagne dans l'œil, il voit plus rien de cet œil et ça saigne un peu"],
    ['pregnancy', 'Ich bin in der 30. Woche und habe nach dem Kurs plötzlich Blutungen'],
    ['pregnancy', "i'm 30 weeks and bleeding after class"],
    ['pregnancy', 'estoy de 32 semanas y estoy sangrando'],
    // A diabetic confused, or sweating and shaking: a low blood sugar.
    ['unconscious', 'my dad is diabetic, he is sweating a lot and shaking and he is confused, what do we do'],
    ['unconscious', 'mi madre es diabética, está sudando y temblando y no sabe dónde está'],
    ['unconscious', 'mon père est diabétique, il transpire et il tremble, je fais quoi ?'],
    ['unconscious', 'mein Vater ist Diabetiker, er schwitzt und zittert am ganzen Körper'],
    ['unconscious', 'بابا مريض بالسكر، راهو يعرق ويرعش وما راهش يجاوبنا مليح'],
    ['unconscious', 'mama fiha sokor w rahi t3re9 w tr3ech'],
    // Palpitations with dizziness or legs gone weak.
    ['cardiac', 'my heart is racing and i feel dizzy since the session'],
    ['cardiac', "mon potassium est à 7,1, j'ai des palpitations et les jambes toutes molles"],
    ['cardiac', 'tengo palpitaciones y estoy mareada desde esta mañana'],
    ['cardiac', 'ho le palpitazioni e mi gira la testa'],
    // A fall and a blow to the head, said in Algerian Arabic.
    ['head-injury', 'khti tay7et f triq w dorbet rasha, daba ma tahderch mlih'],
    ['head-injury', 'بابا طاح على راسه في الدروج وراهو يتقيا'],
  ])('%s: %j', (kind, text) => {
    expect(assessSafety(text).kinds, JSON.stringify(assessSafety(text))).toContain(kind);
  });

  it.each([
    'hit me up when you have a slot, my husband wants one too',
    'my ex hit me years ago, do you do trauma therapy?',
    'do you offer therapy for survivors of domestic violence?',
    'my son cuts himself shaving all the time lol',
    'she wants to end it with her boyfriend, can she come alone?',
    'ela se corta o cabelo sozinha',
    'tengo una uña encarnada q me esta matando, me corto la esquina?',
    'my lips are a little swollen after the filler',
    'i did 10 weeks of pilates and loved it',
    // A sign told as a pattern, and a blood test in Darija ("f dem", in the blood), are questions.
    "I'm diabetic and I get shaky and sweaty when I fast for blood tests, can I eat something before?",
    'i have palpitations sometimes and feel dizzy, can acupuncture help?',
    'a veces tengo palpitaciones y me mareo, la acupuntura ayuda?',
    'slm, test de grossesse f dem lazem nkoun sayma? w l resultat wa9tach ykhrej?',
    'je suis diabétique, je dois venir à jeun pour la prise de sang ?',
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });
});
