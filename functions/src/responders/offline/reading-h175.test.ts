/**
 * Round 39 readings (h175): a question after "that's about it" is no goodbye; a third party's poor English or a
 * bad metro told around a question is no complaint about the business; and the near misses that must not change.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { complains } from './complaint.js';
import { said } from './complaint.test-helper.js';
import { respond } from './offline.js';

const business = fixtureBusiness();

describe('"is that" / "is this" opening a clause asks', () => {
  it.each([
    ["i've only ever surfed twice and stood up once, that's about it... is that ok for the intermediate group"],
    ['we can both swim a bit but thats it really. is this fine for a first lesson'],
  ])('%j is no goodbye', (text) => {
    const result = respond(request(business, text));
    expect(result.responder, result.note).not.toBe('offline:goodbye');
  });

  it.each([["that's about it, thanks a lot, bye!"], ['no thats all, see you saturday']])(
    '%j still takes leave',
    (text) => {
      const result = respond(request(business, text));
      expect(['offline:goodbye', 'offline:thanks'], result.note).toContain(result.responder);
    },
  );
});

describe('severity said of someone else or of the trip, around a question', () => {
  it.each([
    ['my in-laws are visiting in May and their Spanish is really terrible, do any of your teachers speak German?'],
    ['my English is pretty hopeless, do any of your staff speak Italian?'],
    ['si llego 15 min tarde me dejan pasar? vengo del trabajo y el metro es un desastre'],
    ['can I come at 11 instead? the buses are awful on Sundays'],
  ])('%j is no complaint', (text) => {
    expect(complains(said(text))).toBe(false);
  });

  it.each([
    ['the class was terrible, do any of your teachers actually care?'],
    ['vuestro autobús de traslado fue un desastre, ¿me devolvéis el dinero?'],
    ['the lesson was awful and your instructor ignored us'],
    ['el metro es un desastre y vuestra recepción también'],
  ])('%j still complains', (text) => {
    expect(complains(said(text))).toBe(true);
  });
});
