/**
 * A person named as the one at whose place the customer will be ("عندي عزومة عند المدير", a dinner at the
 * boss's; "un dîner chez le gérant") asks for no one, so a booking moved around it stays a booking; asking
 * to talk to the manager still hands the message to a person.
 */
import { describe, expect, it } from 'vitest';
import { said } from './complaint.test-helper.js';
import { asksForPerson } from './complaint.js';

describe('asksForPerson: a person at whose place the customer will be', () => {
  it.each([
    'عايز أأجل ميعادي للسبت، عندي عزومة عند المدير يوم الخميس',
    'بغيت نبدل الموعد، عندي عشا عند المدير',
    'je dois décaler mon rdv, on dîne chez le gérant jeudi',
  ])('asks for nobody: %s', (text) => {
    expect(asksForPerson(said(text))).toBe(false);
  });

  it.each(['عايز اكلم المدير لو سمحت', 'ابي اكلم المدير', 'je voudrais parler au gérant'])(
    'still asks for a person: %s',
    (text) => {
      expect(asksForPerson(said(text))).toBe(true);
    },
  );
});
