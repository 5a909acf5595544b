/**
 * A body that reacts to a treatment (a dye, a bleach, a lash or brow tint, a
 * wax, a laser, a peel, an injection, a massage oil, a vaccine), in every
 * supported language and as people type it; and the questions about what a
 * treatment may do, and the ordinary after-effects, that are not
 * emergencies.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety, type EmergencyKind } from './safety.js';

describe('assessSafety: reactions after a treatment', () => {
  it.each<[EmergencyKind, string]>([
    // Swelling that itches, burns, or is on the face, the neck, the scalp, the eyes
    ['allergic', 'after the hair dye my scalp is itchy and my neck is swelling up'],
    ['allergic', 'the massage oil gave me a rash, my neck is swollen and itchy'],
    ['allergic', 'I had a chemical peel and now my face is swollen and burning'],
    ['allergic', "my dog's face is swelling after his vaccine"],
    ['allergic', 'can you help my face is swelling after the dye and it itches like crazy'],
    ['allergic', "can't stop itching, my face and neck are swollen since the hair dye"],
    ['allergic', "can I come in now? my face is swollen and itchy after yesterday's colour"],
    ['allergic', 'después del tinte me pica muchísimo la cabeza y se me está hinchando la cara'],
    ['allergic', 'tras la cera tengo la piel hinchada y me escuece muchísimo'],
    ['allergic', 'pueden ayudarme? tengo la cara hinchada y me pica todo desde el tinte'],
    ['allergic', "depuis la coloration j'ai le cuir chevelu qui me démange et le visage qui gonfle"],
    ['allergic', "pouvez-vous m'aider, j'ai le visage qui gonfle après la coloration"],
    ['allergic', 'dopo la tinta mi prude tutto e ho il collo gonfio'],
    ['allergic', 'potete aiutarmi? mi si è gonfiata la faccia dopo la tinta'],
    ['allergic', 'nach dem Färben juckt meine Kopfhaut und mein Gesicht schwillt an'],
    ['allergic', 'kann mir jemand helfen, mein Gesicht schwillt nach dem Färben an und juckt'],
    ['allergic', 'després del tint em pica molt i tinc la cara inflada'],
    ['allergic', 'depois da tinta fiquei com o rosto inchado e coçando muito'],
    ['allergic', 'podem me ajudar, meu rosto ta inchando depois da tinta'],
    ['allergic', 'من بعد الصباغة وجهي تنفخ وكيحكني بزاف'],
    ['allergic', 'بعد الحقنة صار عندي تورم في الرقبة وحكة'],
    ['allergic', 'mn b3d sbagha wjhi tnfkh w kay7kni'],
    ['allergic', 'واش تقدرو تعاونوني؟ وجهي تنفخ من بعد الصباغة'],
    // An eye swollen after a tint, a lash lift
    ['eye', 'got my lashes tinted this morning, now my eye is swollen shut and burning'],
    ['eye', 'me hicieron el tinte de cejas y tengo los ojos hinchadísimos'],
    ['eye', 'seit der Wimpernfärbung ist mein Auge geschwollen und brennt'],
    ['eye', "depuis le rehaussement de cils j'ai l'oeil enflé"],
    ['eye', 'do something please my eye is swollen shut after the lash tint'],
    // Blisters after a bleach, a laser, a wax
    ['burn', 'big blisters on my scalp since the bleach yesterday'],
    ['burn', 'does anyone know what to do, my scalp is full of blisters after the bleach'],
    ['burn', 'me salieron ampollas en el cuero cabelludo con la decoloración'],
    ['burn', "j'ai des cloques sur la tête après la décoloration"],
    ['burn', 'dopo la decolorazione ho la testa piena di bolle'],
    ['burn', 'nach der Blondierung habe ich Blasen auf der Kopfhaut'],
    ['burn', "m'han sortit butllofes després de la cera"],
    ['burn', 'fiz luzes e meu couro cabeludo ta cheio de bolha'],
    // The treatment said as done, and as people type
    ['allergic', 'I dyed my hair last night and now my face is swollen and itchy'],
    ['burn', 'bleached my hair yesterday, scalp covered in blisters'],
    ['allergic', 'me teñí el pelo y se me ha hinchado la cara'],
    ['allergic', 'dsp del tinte tngo la cara hinxada'],
    ['allergic', "je me suis fait teindre les cheveux et j'ai le visage gonflé"],
    ['allergic', 'mi sono tinta i capelli e ho il viso gonfio'],
    ['allergic', 'ich habe mir die haare gefärbt und jetzt ist mein gesicht geschwollen'],
    ['allergic', 'nachm färben juckt alles und das gesicht is dick'],
    ['allergic', 'pintei o cabelo e meu rosto inchou todo'],
    ['allergic', 'to com a cara inchada dps do botox'],
    ['allergic', 'dps q fiz a tinta meu rosto ta inchadao e cocando mt'],
    ['allergic', 'صبغت شعري ووجهي تنفخ'],
    ['allergic', 'بعد ما صبغت شعري وجهي انتفخ وعم يحكني'],
    ['allergic', 'من بعد الشمع رجليا تنفخو وكيحرقوني'],
    ['allergic', 'ba3d el sabgha wejhi mwarram w 3am y7okni'],
    // Levantine "intafakh" (swelled) in Arabizi, and a dialect German breath that comes badly.
    ['allergic', 'ba3d el sabgha rasi y7ekni mot w wajhi ntafa5'],
    ['breathing', 'nach der enthaarung san meine lippen angschwollen und i krieg schlecht luft'],
    ['breathing', 'respiro male da quando ho fatto la ceretta, ho le labbra gonfie'],
  ])('%s: %j', (kind, text) => {
    const result = assessSafety(text);
    expect(result.kinds, JSON.stringify(result)).toContain(kind);
  });

  it.each([
    // Questions about what a treatment may do
    'will the dye make my scalp itch?',
    'will my lips swell after the filler?',
    'do lips usually swell after fillers?',
    'how long does the swelling last after lip filler?',
    'can the lash tint make my eyes swell?',
    'does the lash tint sting the eyes?',
    'can bleaching give you blisters?',
    'will the bleach burn my scalp or give me blisters?',
    'el tinte me va a picar?',
    'se me va a hinchar la cara con el relleno?',
    '¿puede la decoloración causar ampollas?',
    'est-ce que la coloration peut faire gonfler le visage ?',
    'la tinta può far gonfiare il viso?',
    'kann die Haarfarbe Blasen auf der Kopfhaut machen?',
    "el tint pot fer que se m'infli la cara?",
    'a descoloração pode dar bolhas?',
    'vai ficar inchado depois do preenchimento?',
    'واش الصباغة كتدير الحكة والنفخة؟',
    'هل الصبغة تسبب تورم في الوجه؟',
    // A little of it, or asked whether it is normal: aftercare
    'my scalp is a little itchy after the colour, is that normal?',
    'a bit of swelling and itching after the wax, is that normal?',
    'I had a tiny blister after the laser, is that ok?',
    'es normal un poco de picor después del tinte?',
    'me pica un poco el cuero cabelludo después del tinte',
    "ma tête me gratte après la coloration, c'est normal ?",
    "mi prude un po' la testa dopo la tinta, è normale?",
    'meine Kopfhaut juckt ein bisschen nach dem Färben, ist das normal?',
    'é normal coçar um pouco depois da tinta?',
    'está um pouco inchado depois do preenchimento, é normal?',
    // Over, past, denied, or no reaction at all
    'no swelling, no itching, the colour is perfect, thanks!',
    'sin picor ni hinchazón, todo perfecto con el tinte',
    'last year I had a reaction to the dye and my face swelled, can I do a patch test?',
    'I am allergic to hair dye, do you have an ammonia free colour?',
    'do you do a patch test before the dye? last time my scalp itched',
    'the dye did not take, my hair is still orange',
    'I dyed my hair at home, can you fix the colour?',
    'my hair was bleached before, can you do balayage?',
    'my hair is falling out after the bleach, can you do a treatment?',
    'can I do the lash tint if my eyes are sensitive?',
    'I have sensitive skin, will the wax make it red?',
    'do you use oil in the massage? I have swollen ankles in pregnancy',
    'my face is a bit puffy in the morning, do you do lymphatic massage?',
    'does the massage help with a swollen ankle?',
    'my skin is peeling after the sun, do you do facials?',
    // The treatment is the remedy asked for, not the cause of the swelling
    'my face is puffy in the morning, would a facial help?',
    'do you have a cream for swollen eyes?',
    'I have puffy eyes, which eye cream do you recommend?',
    'how do I reduce swelling after lip filler?',
    'what should I put on my lips after the filler to reduce swelling?',
    'my neck is stiff and swollen, can a massage with oil help?',
    'tengo los ojos hinchados, ¿qué crema me recomiendas?',
    'tengo la cara hinchada por las mañanas, ¿un tratamiento facial ayuda?',
    "j'ai le visage gonflé le matin, un soin du visage peut aider ?",
    'ho il viso gonfio al mattino, un trattamento viso aiuta?',
    'mein Gesicht ist morgens geschwollen, hilft eine Gesichtsbehandlung?',
    'tenho o rosto inchado de manhã, a limpeza de pele ajuda?',
    'quero um tratamento para o inchaço das pernas',
    'me pica el cuero cabelludo, ¿tenéis algún tratamiento anticaspa?',
    'my dog has itchy skin, do you have a shampoo for that?',
  ])('is not an emergency: %j', (text) => {
    const result = assessSafety(text);
    expect(result.emergency, JSON.stringify(result)).toBeNull();
  });
});
