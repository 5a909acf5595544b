/**
 * A bone said broken as the reason to cancel or move a booking ("I must cancel Monday's course, my knee is broken")
 * is news that has been seen to, not an injury happening now; a break with swelling, a limb that cannot move or is
 * out of shape still is one, cancelling or not.
 */
import { describeEmergencies } from './safety.test-helper.js';

describeEmergencies(
  'a break given as the reason to cancel',
  [
    ['fracture', 'my son broke his arm, it is all swollen, what do I do?'],
    ['fracture', 'ich muss absagen, mein Sohn hat sich das Bein gebrochen und kann es nicht bewegen'],
    ['fracture', 'tengo que cancelar, mi hija se ha roto el tobillo y está muy hinchado'],
    ['fracture', 'mein Knie ist kaputt, ganz geschwollen, ich kann nicht laufen'],
  ],
  [
    'I need to cancel next week, I broke my wrist',
    'ich muss den Kurs ab Dienstag leider stornieren, mein Knöchel ist gebrochen',
    'hola, quiero cancelar la clase del jueves, me he roto un dedo del pie',
    'je dois annuler le stage de lundi, j ai le bras cassé',
    'devo disdire la lezione di venerdì, mi sono rotto il polso',
    'preciso de cancelar a aula de sábado, parti o braço',
  ],
);
