/**
 * "Tight" is a chest pain word when the chest or the feeling is tight ("my chest is tight", "it feels tight"), not
 * when clothes are ("I get dizzy in tight clothes", "are the leggings tight?").
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'a tight chest, not tight clothes',
  [
    ['cardiac', 'my chest is tight and i feel dizzy'],
    ['cardiac', 'chest feels tight and my left arm is numb'],
    ['cardiac', 'tight chest, sweating a lot, he looks grey'],
    ['cardiac', 'my dad says his chest is getting tight and he feels sick'],
  ],
  [
    'do you sell a sports bra that holds the chest well? I get dizzy in tight clothes',
    'are the leggings tight? my chest is small lol',
    'the race suit is tight around the chest, do you have a bigger size?',
    'tight schedule today, can I come at 5?',
  ],
);
