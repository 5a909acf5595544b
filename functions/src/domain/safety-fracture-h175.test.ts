/**
 * A bone broken the day before is news for staff (it has been seen to), not an emergency to flag; a bone broken
 * now still is (h175), and so is one from yesterday still swollen, useless or out of shape: it has not been seen to.
 */
import { describe, expect, it } from 'vitest';
import { emergencyOf } from './safety.test-helper.js';

describe('a bone broken yesterday', () => {
  it.each([
    ['I have to cancel tomorrow, my daughter broke her arm yesterday at school'],
    ["il faut annuler samedi, ma fille s'est cassé le bras hier au judo"],
    ['tengo que anular la clase, mi hijo se rompió la muñeca ayer jugando'],
    ['ich muss absagen, mein Sohn hat sich gestern den Arm gebrochen'],
  ])('%j is no emergency', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });

  it.each([
    ['help my son just broke his arm, what do I do'],
    ['mon fils vient de se casser le bras, il pleure'],
    ['mi hija se ha roto la muñeca ahora mismo en la clase'],
  ])('%j still is', (text) => {
    expect(emergencyOf(text)).toBe('fracture');
  });

  it.each([
    ["my son fell off his bike yesterday and I think his wrist is broken, it's so swollen"],
    ['creo que ayer se rompió el tobillo, no puede apoyar el pie'],
    ['ich glaube, er hat sich gestern den Arm gebrochen, der steht ganz schief'],
  ])('%j from yesterday, still swollen, useless or crooked, still is', (text) => {
    expect(emergencyOf(text)).toBe('fracture');
  });
});
