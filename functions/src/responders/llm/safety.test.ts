/**
 * The LLM engine's safety rules read a message as the offline responder
 * does: dialect German in standard German and as written, so a danger or a
 * request for a person said in Swiss or Bavarian German is caught by both.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { respond } from '../offline/offline.js';
import { sharedSafetyRules } from './safety.js';

const business = fixtureBusiness();

describe('the shared safety rules on dialect German', () => {
  it.each([
    ['min Hund hät grad Rattegift gässe', 'poisoning'],
    ['mis Chind hät Putzmittel trunke', 'poisoning'],
    ['mini Frau isch bewusstlos', 'unconscious'],
  ])('flags %j (%s) in the engine and the offline responder alike', (text, kind) => {
    expect(sharedSafetyRules.emergency(text)?.kind).toBe(kind);
    expect(respond(request(business, text)).safety?.emergency).toBe(kind);
  });

  it('leaves a dialect question that is no danger alone', () => {
    expect(sharedSafetyRules.emergency('chömed Sie au hei zu üs? üsi Chatz isch scho alt')).toBeUndefined();
  });
});
