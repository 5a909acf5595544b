/**
 * Spinal injuries told the way a martial-arts gym, a climbing wall or a trampoline park hears them: thrown or slammed
 * on the mat with the neck hurting and arms tingling or weak; a fall, then the back or the neck hurting and someone
 * barely moving. Near misses that stay questions: a sore neck asked about, a slam long past, a fall from the wall
 * asked about, someone barely moving from tiredness.
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'thrown or slammed, the neck hurting, arms or legs tingling or weak',
  [
    ['spinal', 'my mate just got slammed in sparring, his neck hurts and his hands are tingly, what do we do'],
    ['spinal', 'she was body slammed during rolling and now her neck hurts and her arms feel weak'],
    ['spinal', 'a mi compañero lo estamparon en el tatami, le duele el cuello y tiene hormigueo en los brazos'],
    ['spinal', 'il a été projeté au sol, il a mal à la nuque et des fourmillements dans les bras'],
    ['spinal', 'meu parceiro levou um slam no treino, tá com dor no pescoço e formigamento nos braços'],
    ['spinal', 'er wurde auf die Matte geknallt, der Nacken tut weh und die Arme kribbeln'],
    ['spinal', 'è stato scaraventato a terra, gli fa male il collo e ha formicolio alle braccia'],
  ],
  [
    'my neck hurts a bit after open mat, can I still train tomorrow?',
    'got slammed last week and my arm was tingly for a day, all good now, can I come back?',
    'do you teach slams in the kids class? my son likes wrestling',
    'tengo el cuello cargado de tanto ordenador, ¿hacéis clases de estiramientos?',
  ],
);

describeEmergencies(
  'a fall, then the back or the neck hurting and someone barely moving',
  [
    ['spinal', 'my son fell off the climbing wall, his back hurts and he is barely moving'],
    ['spinal', 'mon fils est tombé du trampoline, il bouge à peine et il a mal au dos'],
    ['spinal', 'mi hija se cayó de la pared de escalada, casi no se mueve y le duele la espalda'],
    ['spinal', 'o meu filho caiu do muro, quase não se mexe e diz que dói a coluna'],
    ['spinal', 'mia figlia è caduta dal muro, si muove appena e ha male alla schiena'],
    ['spinal', 'mein Sohn ist gestürzt, bewegt sich kaum und hat Schmerzen im Rücken'],
    ['spinal', 'he fell off the bars, his neck hurts and he is not moving much'],
  ],
  [
    'my daughter fell off the climbing wall last month, she is fine now, can she come back?',
    'is there a soft mat under the climbing wall in case a kid falls?',
    'after yesterday I am barely moving lol, my back is killing me, do you do massages?',
    'j’ai mal au dos depuis des années, est-ce que le trampoline est déconseillé ?',
  ],
);
