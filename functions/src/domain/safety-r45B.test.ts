/**
 * Round 45: an injury told as history ("dislocated his shoulder 5 years ago, fine now"), with the years said as a
 * number in any language; a sign wished away ("don't want to faint mid air", "no quiero desmayarme"); a breathing
 * test is no trouble breathing. A joint out of place told in Malayalam in Latin letters (its gist) is still one,
 * and so is an injury of now told beside a wish or a number.
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'round 45: history, wishes, tests; a dislocation in Malayalam',
  [
    [
      'fracture',
      'chetta emergency!!! ente aniyante shoulder flight il vechu thetti poyi, kai anakkan pattunnilla, bhayankara vedana, karayunnu. instructor pidichittund but enthu cheyyanam pls vegam',
    ],
    ['breathing', 'ente makan shwasam kittunnilla, pls vegam'],
    ['fracture', 'اخوي طلع كتفه من مكانه الحين، يصيح'],
    ['fracture', 'ولدي اكبر من 5 سنين طلع كتفه من مكانه'],
    ['fracture', "I don't want to move him, he fell off the ladder and can't get up"],
    ['unconscious', 'she fainted in the queue, she does not want to wake up'],
    ['breathing', "I can't breathe"],
    ['breathing', 'I did a breathing test last year but now I cannot breathe'],
    ['cardiac', "I don't want to die, my chest hurts so much"],
    ['self-harm', "I don't want to live anymore"],
  ],
  [
    'اخوي طلع كتفه من مكانه قبل 5 سنين وهو يلعب كورة، والحين زين الحمدلله ويروح الجيم عادي. يقدر يطير معانا يوم الخميس؟',
    'اخوي طلع كتفه من مكانه والحين زين، يقدر يطير؟',
    'ابوي انخلع كتفه قبل ٣ سنوات، يقدر يطير؟',
    "mon frère s'est luxé l'épaule il y a 5 ans, maintenant ça va. il peut voler?",
    'mi hermano se dislocó el hombro hace 3 años, ¿puede volar?',
    'vor 3 Jahren hat er sich die Schulter ausgekugelt, darf er fliegen?',
    'si è lussato la spalla 4 anni fa, può volare?',
    'ele deslocou o ombro há 2 anos, pode voar?',
    "es va luxar l'espatlla fa 3 anys, pot volar?",
    "Hi there, I took my shahada this year so Feb will be my first Ramadan - would I be able to come and fly while fasting, or is it better after I've broken my fast? Don't want to faint mid air lol",
    'no quiero desmayarme en el aire, ¿es mejor volar después de comer?',
    "je ne veux pas m'évanouir pendant le vol, je dois manger avant ?",
    'non voglio svenire durante il volo, meglio mangiare prima?',
    'não quero desmaiar no voo, é melhor comer antes?',
    'Good day ma, please I did the home breathing test last week. I am in Rabat now for my exams so can the doctor just call me and tell me the result on phone? I cannot come down to Casa this week at all',
    "j'ai fait le test respiratoire à domicile, je ne peux pas venir cette semaine",
    'hice la prueba respiratoria en casa, no puedo ir esta semana',
  ],
);
