/**
 * The LLM engine's safety rules read a message as the offline responder
 * does: dialect German in standard German and as written, a language it
 * does not read as written and in its English gist, so a danger or a
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

describe('the shared safety rules on languages Frontdesk does not read', () => {
  it.each([
    ['Здравствуйте, у мамы внезапно пропал слух, что делать?', 'hearing'],
    ['Pomocy, mój tata nagle nie może oddychać!', 'breathing'],
  ])('flags %j (%s) through its English gist, in the engine and the offline responder alike', (text, kind) => {
    // The gist is the second way the message is read: a rule that looked at the first alone would miss it.
    expect(sharedSafetyRules.emergency(text)?.kind).toBe(kind);
    expect(respond(request(business, text)).safety?.emergency).toBe(kind);
  });

  it('leaves a question in such a language that is no danger alone', () => {
    expect(sharedSafetyRules.emergency('Здравствуйте, сколько стоит стрижка?')).toBeUndefined();
  });
});
