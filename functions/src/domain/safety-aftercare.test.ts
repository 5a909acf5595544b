/**
 * What a clinic's, a piercer's or a vet's customer writes after a treatment
 * or a scare: sight blurred or lost after a filler, skin gone grey or
 * mottled after an injection, a dog beside a ripped-open box of rat bait
 * that "seems fine". And the everyday questions that use the same words: a
 * bruise where the needle went, a near-faint told as a story, a piercing a
 * bit red with no fever, a tongue swollen after its piercing.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

/**
 * Sight that blurs, fogs or goes after a filler is the filler in the eye's
 * artery; all at once, it is an eye doctor now, whatever the cause.
 */
describe('assessSafety: sight blurred or lost, after a filler or all at once', () => {
  it.each<[EmergencyKind, string]>([
    ['eye', 'الحين طالعة من عندكم سويت فيلر تحت العيون وفجأة ما اشوف زين بعيني اليمين كل شي ضباب 😰😰 شسوي؟؟'],
    ['eye', 'had lip filler an hour ago and now my right eye is all blurry'],
    ['eye', "after the tear trough filler i can't see out of my left eye"],
    ['eye', 'all of a sudden my left eye went foggy'],
    ['eye', 'de repente veo borroso del ojo derecho, todo nublado'],
    ['eye', 'me pusieron relleno en la nariz y ahora no veo nada por el ojo izquierdo'],
    ['eye', "depuis l'injection d'acide hyaluronique j'ai l'oeil droit tout flou"],
    ['eye', "dopo il filler alle labbra ho l'occhio destro appannato"],
    ['eye', 'nach dem Filler ist mein rechtes Auge plötzlich ganz verschwommen'],
    ['eye', 'depois do preenchimento o meu olho direito ficou embaçado'],
    ['eye', "després del farciment tinc l'ull dret entelat"],
    ['eye', 'بعد الفيلر فجأة عيني اليمين صارت تشوف ضباب'],
    ['eye', 'بعد ما عملت فيلر مش شايفة منيح بعيني الشمال'],
    ['eye', 'عملت فيلر تحت العين ودلوقتي مش شايفة كويس بعيني اليمين'],
    ['eye', 'من بعد الفيلر ولات عيني كتشوف مضبب'],
    // All at once, whatever the cause: MSA, Darija, Levantine, Egyptian Arabic and the languages read.
    ['eye', 'فجأة فقدت البصر في عيني اليمنى'],
    ['eye', 'فجأة ما بقيتش كنشوف مزيان بعيني اليمنى'],
    ['eye', 'فجأة صرت ما عم شوف منيح بعيني'],
    ['eye', 'فجأة بقيت مش شايفة كويس بعيني الشمال'],
    ['eye', 'out of nowhere my right eye went completely black'],
    ['eye', 'suddenly my vision went blurry in one eye'],
    ['eye', "tout à coup je vois flou de l'oeil gauche"],
    ['eye', "all'improvviso l'occhio destro vede tutto appannato"],
    ['eye', 'de repente se me ha nublado la vista del ojo derecho'],
    ['eye', 'plötzlich sehe ich auf dem linken Auge verschwommen'],
    ['eye', 'de repente a vista do olho esquerdo ficou turva'],
    ['eye', "de sobte no hi veig bé de l'ull dret, tot borrós"],
    // After a filler, "a bit" or "is that normal?" does not soften it.
    ['eye', 'after the filler my left eye is a bit blurry, is that normal?'],
    ['eye', 'بعد الفيلر عيني ما اشوف فيها زين شوي، طبيعي؟'],
  ])('is %s: %j', (kind, text) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    'the photo you sent is blurry, can you resend?',
    'my lips look a bit blurry in photos after the filler lol, when can I get a top up?',
    'can filler cause blurred vision? nervous before my appointment',
    'my eyes get foggy when I wear a mask with my glasses, any tips?',
    'la foto que me mandasteis sale borrosa, me la mandáis otra vez?',
    'la photo est floue, vous pouvez la renvoyer ?',
    'das Foto ist verschwommen, könnt ihr es nochmal schicken?',
    'الصورة اللي بعتوها مش واضحة، ممكن تبعتوها تاني؟',
    // Seeing no difference after a filler under the eyes is a question about its result.
    'ما اشوف فرق بعد الفيلر تحت العين، متى تبان النتيجة؟',
    'سويت فيلر تحت العين من اسبوع وما اشوف اي نتيجة',
    'no veo nada de diferencia en el ojo después del relleno, es normal?',
    "I can't see any difference under my eyes after the filler, when will it show?",
    'non vedo niente di diverso sotto gli occhi dopo il filler, quando si vede il risultato?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});

/**
 * Skin gone grey, white, bluish or mottled after a filler or an injection,
 * with pain or worse by the hour: an artery blocked (a vascular occlusion).
 * A bruise where the needle went is the ordinary after-effect.
 */
describe('assessSafety: skin gone grey or mottled after an injection', () => {
  it.each<[EmergencyKind, string]>([
    [
      'circulation',
      'two days after my cheek filler the skin is going grey and mottled and the pain keeps getting worse',
    ],
    ['circulation', 'my lip went white right after the filler and it hurts a lot, is that normal?'],
    ['circulation', 'after the filler my nose has a bluish lacy patch and it is really painful'],
    ['circulation', 'después del relleno de labios tengo la piel grisácea y me duele cada vez más'],
    ['circulation', "depuis l'injection la joue est marbrée, violacée et la douleur empire"],
    ['circulation', 'dopo il filler la guancia è grigiastra a chiazze e il dolore peggiora'],
    ['circulation', 'nach dem Filler ist die Wange marmoriert und bläulich und die Schmerzen werden schlimmer'],
    ['circulation', 'depois do preenchimento a bochecha ficou acinzentada e manchada e a dor está a piorar'],
    ['circulation', 'després del farciment la galta està grisenca i em fa molt mal'],
    ['circulation', 'بعد الفيلر خدي صار لونه رمادي ويوجعني كثير'],
  ])('is %s: %j', (kind, text) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    'i have a small bruise where the needle went after my lip filler, is that normal?',
    'got a little bluish bruise on my lip from the filler, how long does it last?',
    'me ha salido un moratón en el labio después del relleno, es normal?',
    "j'ai un bleu après l'injection d'acide hyaluronique, c'est normal ?",
    'ho un livido dopo il filler, quanto dura?',
    'ich habe nach dem Filler einen blauen Fleck an der Lippe, ist das normal?',
    'fiquei com uma nódoa negra depois do preenchimento, é normal?',
    'can I get filler if I have grey hair? lol',
    'my skin looks dull and grey, which facial do you recommend?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});

/**
 * A pet not seen eating a poison, but the box ripped open or its colour
 * round the mouth: rat bait, slug pellets and antifreeze act hours later,
 * so "he seems fine" changes nothing.
 */
describe('assessSafety: a pet that got at a poison, unseen', () => {
  it.each<[EmergencyKind, string]>([
    [
      'poisoning',
      "Oh god, I've just found the box of rat poison from the shed ripped open and my lab Bailey has green stuff all round his mouth. He seems totally fine and is wagging his tail?? do I need to do something or just keep an eye on him",
    ],
    [
      'poisoning',
      'the dog ripped open the bag of slug pellets in the garage, there are bits missing but he seems fine',
    ],
    ['poisoning', 'my cat has green stuff around her mouth and the box of rat bait is torn open'],
    ['poisoning', 'my dog ripped open the box of chocolates on the table and the box is empty'],
    [
      'poisoning',
      'mi perro ha mordido la bolsa de raticida y tiene restos verdes alrededor de la boca, pero está bien',
    ],
    ['poisoning', 'mon chien a éventré le sachet de mort aux rats, il a du vert autour de la gueule'],
    ['poisoning', 'il mio cane ha strappato il sacchetto di veleno per topi, ha del verde intorno alla bocca'],
    ['poisoning', 'mein Hund hat die Packung Rattengift aufgerissen und hat grünes Zeug um das Maul'],
    ['poisoning', 'o meu cão rasgou o saco de veneno de rato e tem restos verdes à volta da boca'],
    ['poisoning', 'el meu gos ha esquinçat la bossa de raticida i té restes verdes al voltant de la boca'],
    ['poisoning', 'الكلب ديالي قطع الباكو ديال سم الفار وعندو شي حاجة خضرا حوالين فمو'],
  ])('is %s: %j', (kind, text) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    'is rat poison dangerous for dogs? we have a box in the shed',
    'my dog ripped open his bag of treats lol, can he still have his dinner?',
    'my dog has green stuff around his mouth from eating grass, is that normal?',
    'mi perro ha roto su juguete, ¿vendéis otros?',
    'mein Hund hat das Leckerli-Paket aufgerissen, ist das schlimm?',
    'my lab results came back, can I book a follow-up?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});

/**
 * A near-faint told as a story ("last time I nearly passed out"), a
 * piercing a bit red and puffy with the fever denied, a tongue swollen the
 * day after its piercing: questions for staff. Fainting now, a fever, a
 * pierced tongue that closes the throat: emergencies.
 */
describe('assessSafety: a near-faint before, a fever denied, a pierced tongue that swells', () => {
  it.each<[EmergencyKind, string]>([
    ['unconscious', 'she passed out in the chair and is not responding'],
    ['unconscious', 'se ha desmayado y no responde'],
    ['unconscious', 'er ist umgekippt und reagiert nicht'],
    ['infection', 'my piercing is swollen and i have a fever of 39'],
    ['infection', 'el piercing está hinchado y tengo fiebre'],
    ['infection', 'le piercing est gonflé et j ai de la fièvre'],
    ['breathing', "got my tongue pierced yesterday, it's really swollen and i can't breathe properly"],
    ['breathing', 'me hice un piercing en la lengua, está muy hinchada y no puedo tragar'],
    ['breathing', 'Zunge gestern stechen lassen, total geschwollen und ich krieg kaum Luft'],
    ['breathing', "j'ai fait un piercing à la langue, elle gonfle et je n'arrive pas à avaler"],
    ['allergic', 'my tongue is swollen and i have no idea why'],
  ])('is %s: %j', (kind, text) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each([
    'hi! getting my first conch done tmrw evening 😬 last time i got my lobes done at a mall i nearly passed out lol. should i eat something before or better come on an empty stomach? is coffee ok',
    'i almost fainted last time at the dentist, can i bring someone with me?',
    'casi me desmayo la última vez que me hice un piercing, ¿debo comer antes?',
    "la dernière fois j'ai failli m'évanouir pendant le piercing, je dois manger avant ?",
    "l'ultima volta sono quasi svenuta durante il tatuaggio, devo mangiare prima?",
    'beim letzten Mal wäre ich fast ohnmächtig geworden, soll ich vorher was essen?',
    'da última vez quase desmaiei no piercing, devo comer antes?',
    'hiya, got my helix done at yours on saturday, its a bit red and puffy and kinda warm and theres crusty yellowish stuff on it. no fever or anything, just wanna know if thats normal or if im doing smth wrong?? been using the spray twice a day',
    'me hice el piercing del ombligo, está hinchado y rojo, sin fiebre, ¿es normal?',
    "piercing au nez, un peu gonflé et rouge, pas de fièvre, c'est normal ?",
    'Helix seit Samstag, etwas geschwollen und rot, kein Fieber, ist das normal?',
    'fiz o piercing, está inchado e vermelho, sem febre, é normal?',
    'hab mir gestern die zunge stechen lassen und die is jetzt dick wie n schwamm 😭 was kann ich überhaupt essen?? geht döner?? hab so hunger',
    'got my tongue pierced yesterday and its super swollen, what can I eat?',
    'me hice un piercing en la lengua ayer y la tengo muy hinchada, ¿qué puedo comer?',
    "j'ai fait un piercing à la langue hier, elle est très gonflée, je peux manger quoi ?",
    'ho fatto il piercing alla lingua ieri ed è gonfissima, cosa posso mangiare?',
    'fiz piercing na língua ontem e está muito inchada, o que posso comer?',
  ])('is not an emergency: %j', (text) => {
    expect(assessSafety(text)).toEqual({ emergency: null, kinds: [], evidence: [] });
  });
});
