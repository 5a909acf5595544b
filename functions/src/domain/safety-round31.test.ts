/**
 * What an eye clinic's, a pelvic physio's and a dentist's customers write:
 * bleach in a child's eye, a metal fragment from a grinder, sight gone in one
 * eye all at once, a baby that has moved less since last night, a mother who
 * thinks her family would be better off without her. And the everyday
 * questions that use the same words: gums that bleed a little in pregnancy,
 * distance vision that has blurred over the years, the price of a lens
 * fitting.
 */
import { describe, expect, it } from 'vitest';
import type { EmergencyKind } from './safety.js';
import { emergencyOf } from './safety.test-helper.js';

describe('assessSafety: a chemical splashed into an eye', () => {
  it.each<[EmergencyKind, string]>([
    [
      'eye',
      'الحقووووني ولدي عمره ٨ سنين طاح على عينه كلوركس وهو يلعب بالحمام والحين يصارخ ويقول ما يشوف زين وعينه حمرا مرره 😭😭 وش اسوي؟؟',
    ],
    ['eye', 'طاح كلوركس في عين بنتي وتصارخ'],
    ['eye', 'my son got clorox in his eye while playing in the bathroom'],
    ['eye', 'oven cleaner splashed into her eyes, she is screaming'],
    ['eye', 'a mi hijo le ha saltado amoniaco en el ojo'],
    ['eye', "ma fille a reçu de l'eau de javel dans l'oeil"],
    ['eye', 'a mio figlio è andata la candeggina negli occhi'],
    ['eye', 'meinem Sohn ist Rohrreiniger ins Auge gespritzt'],
    ['eye', 'caiu água sanitária no olho do meu filho'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'do you sell a cleaner for contact lenses?',
    'can I use bleach to clean my glasses case?',
    'which eye drops are best for dry eyes from chlorine at the pool?',
    // Pool water stings; it burns no eye.
    'my eyes sting from the chlorine in the pool, can you recommend drops?',
    'me pican los ojos por el cloro de la piscina, qué gotas me recomendáis?',
    // Radial keratotomy is an operation, not a grinder; iron is a blood test.
    'me hice queratotomía radial en los ojos hace años, puedo operarme de cataratas?',
    'عندي نقص حديد واحس بجفاف في عيني، عندكم فحص؟',
    'عندكم منظف للعدسات؟',
    '¿venden líquido limpiador para las lentillas?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: something sharp into an eye', () => {
  it.each<[EmergencyKind, string]>([
    [
      'eye',
      'Sir tulong po, yung kasama ko sa site natamaan ng maliit na bakal yung mata habang nag gi-grinder, may dugo po at hindi niya maidilat. Pwede po ba namin siyang dalhin diyan ngayon?',
    ],
    ['eye', 'a piece of metal went into his eye while grinding and it is bleeding'],
    ['eye', 'I got a metal splinter in my eye at work'],
    ['eye', 'se le ha clavado una esquirla en el ojo con la radial y sangra'],
    ['eye', "un éclat de métal dans l'oeil en meulant, il saigne"],
    ['eye', "una scheggia di metallo nell'occhio, sanguina"],
    ['eye', 'ein Metallsplitter im Auge beim Flexen, es blutet'],
    ['eye', 'entrou uma lasca de metal no olho e está sangrando'],
    ['eye', 'دخلت شظيه حديد في عينه وفيها دم'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'do you have metal frames for glasses?',
    'I need safety glasses with my prescription for grinding at work',
    'my eyes get tired after welding all day, can I get an eye test?',
    'tienen monturas de metal para gafas graduadas?',
    'vocês têm armações de metal?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: sight lost all at once, said of someone else too', () => {
  it.each<[EmergencyKind, string]>([
    [
      'eye',
      'Bhai jaldi batao, mere walid sahab ki ek aankh se achanak dikhna band ho gaya hai aadha ghanta pehle, koi dard nahi hai. Aaj aapke paas le aayein ya kya karein??',
    ],
    ['eye', 'ابوي فجأة ما يشوف زين بعينه اليمين'],
    ['eye', 'my dad suddenly lost his sight in one eye'],
    ['eye', 'my mum suddenly stopped seeing out of her left eye'],
    ['eye', 'de repente mi padre no ve nada por el ojo derecho'],
    ['eye', "mon père ne voit plus rien de l'oeil gauche depuis ce matin, tout à coup"],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'ابوي عنده جلوكوما وانا نظري زين، ضروري افحص؟',
    'my dad lost his sight years ago to glaucoma, should I get tested?',
    'mi padre perdió la vista hace años por glaucoma, debería revisarme?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: vision blurred slowly or only far off is a question for an eye test', () => {
  it.each<[EmergencyKind, string]>([
    ['eye', 'I have blurry vision since this morning'],
    ['eye', 'suddenly blurry vision at a distance, started an hour ago'],
    ['eye', 'de repente veo borroso de lejos'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'Hi po, pwede po ba walk in lang? Gusto ko lang po magpa check ng mata kasi lumalabo na paningin ko sa malayo',
    'my distance vision is getting blurry, can I book an eye test?',
    'blurry vision when reading lately, do I need glasses?',
    'veo borroso de lejos desde hace meses, quiero graduarme la vista',
    'je vois flou de loin depuis quelques mois, il me faut des lunettes ?',
    'vedo sfocato da lontano da anni, fate la visita?',
    'estou vendo tudo turvo de longe há meses, preciso de óculos?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: a baby that moves less late in pregnancy', () => {
  it.each<[EmergencyKind, string]>([
    [
      'pregnancy',
      'hi sorry its prob nothing but im 34 weeks and she hasnt really moved much since last night, normally shes going mad by now. is it ok to just wait and mention it tomorrow?',
    ],
    ['pregnancy', "I'm 36 weeks pregnant and the baby has been quieter than usual today"],
    ['pregnancy', 'estoy embarazada de 35 semanas y casi no se mueve desde ayer'],
    ['pregnancy', 'je suis enceinte de 8 mois et il bouge très peu depuis hier'],
    ['pregnancy', 'sono incinta di 34 settimane e si muove pochissimo da stamattina'],
    ['pregnancy', 'ich bin schwanger, 33. Woche, und das Baby hat sich seit gestern kaum bewegt'],
    ['pregnancy', 'estou grávida de 32 semanas e ele está mexendo pouco desde ontem'],
    ['pregnancy', 'انا حامل بالشهر الثامن وقلت حركه الجنين من امس'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    "hasn't moved much since the surgery, can I book a physio session?",
    'my appointment hasnt moved, still thursday?',
    'im pregnant, is it safe to do pelvic floor exercises?',
    'embarazada de 20 semanas, puedo hacer pilates?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: self-harm said indirectly', () => {
  it.each<[EmergencyKind, string]>([
    [
      'self-harm',
      'nie wiem do kogo pisac. mala ma 5 tygodni, nie spie, ciagle placze, maz w pracy na budowie caly dzien. czasem mysle ze im obojgu byloby lepiej beze mnie i ze moglabym cos sobie zrobic.',
    ],
    ['self-harm', "sometimes I think they'd all be better off without me"],
    ['self-harm', 'i feel like i might do something to myself'],
    ['self-harm', 'a veces pienso que estarían mejor sin mí'],
    ['self-harm', 'parfois je pense qu’ils seraient mieux sans moi'],
    ['self-harm', 'a volte penso che starebbero meglio senza di me'],
    ['self-harm', 'manchmal denke ich, sie wären besser dran ohne mich'],
    ['self-harm', 'às vezes penso que eles estariam melhor sem mim'],
    ['self-harm', 'احس انهم احسن بدوني'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'I want to do something to myself before the wedding, maybe a facial?',
    'the class is better without mats? or do I bring one',
    'is the session better without makeup?',
    'quiero hacerme algo en el pelo para la boda',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: bleeding gums in pregnancy are no bleeding of the womb', () => {
  it.each<[EmergencyKind, string]>([
    ['pregnancy', 'estou grávida de 22 semanas e estou sangrando'],
    ['pregnancy', "I'm pregnant and bleeding, what do I do"],
    ['pregnancy', 'pregnant and bleeding down there, my gums are fine'],
    // Bleeding that will not stop comes first, pregnant or not.
    ['bleeding', 'estoy embarazada y estoy sangrando mucho'],
    ['bleeding', 'my gum has been bleeding for hours after the extraction and will not stop'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'Oiii tudo bem? gravida de 22 semanas 🤰 e to com a gengiva inchada sangrando um pouquinho. Posso fazer consulta e limpeza gravida ou é arriscado??',
    "I'm pregnant and my gums bleed when I brush, can I have a cleaning?",
    'estoy embarazada y me sangran las encías al cepillarme, puedo hacerme una limpieza?',
    'je suis enceinte et mes gencives saignent, je peux faire un détartrage ?',
    'sono incinta e mi sanguinano le gengive, posso fare la pulizia?',
    'ich bin schwanger und mein Zahnfleisch blutet beim Zähneputzen, ist eine Reinigung möglich?',
    "Bonjour, je suis en vacances à Buenos Aires pour 3 semaines. Depuis quelques jours mes gencives saignent quand je me brosse les dents, c'est grave ?",
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: words that look like signs', () => {
  it.each<[EmergencyKind, string]>([
    ['seizure', 'my son is fitting, please help'],
    ['bleeding', 'the cut is pouring blood and will not stop'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    // A fitting (of lenses, of a dress) is no fit.
    'how much is fitting for toric lenses? is the lens included?',
    'Hi po, gusto ko sana mag contact lens na lang. Magkano po ang fitting para sa toric?',
    'is fitting included in the price of the lenses?',
    // French "pour" is no pouring.
    'je saigne un peu des gencives, pour info, rien de grave ?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: Somali, read as written', () => {
  it.each<[EmergencyKind, string]>([
    [
      'bleeding',
      'Walaal caawimaad!! Uur 7 bilood ah ayaan leeyahay, dhiig badan ayaa hadda iga imanaya, calool xanuun daran ayaan qabaa. Maxaan sameeyaa?',
    ],
    ['pregnancy', 'uur ayaan leeyahay dhiig ayaa iga imanaya'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each(['Walaal, ballan ma heli karaa berri?', 'uur ayaan leeyahay, jimicsi ma sameyn karaa?'])(
    'is not an emergency: %j',
    (text) => {
      expect(emergencyOf(text)).toBeNull();
    },
  );
});
