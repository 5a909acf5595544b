/**
 * The engine keeps the responder contract on each provider's path, with a
 * model that always answers the same short sentence: shape and safety hold
 * whatever the model writes (a request for a person goes to staff, a
 * message without text still gets a reply).
 */
import { afterAll, beforeAll } from 'vitest';
import { runResponderContract } from '../responder.contract.js';
import { type Fakes, engineFor, startFakes } from './vendors.test-helper.js';

let fakes: Fakes;
beforeAll(async () => {
  fakes = await startFakes();
  fakes.anthropic.always({ text: 'Thanks for your message! How can I help you today?' });
  fakes.openai.always({ text: 'Thanks for your message! How can I help you today?' });
});
afterAll(() => fakes.close());

runResponderContract('engine', () => engineFor(fakes, { anthropic: true }));
runResponderContract('engine', () => engineFor(fakes, { openai: true }));
