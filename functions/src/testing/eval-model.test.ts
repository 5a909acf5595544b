/**
 * The scripted model behind `npm run eval -- --responder engine` without
 * keys: the whole engine, through the real Anthropic SDK and the fake
 * server, searches the knowledge with the customer's words and answers with
 * what it found, or hands off when nothing matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../responders/fixture.test-helper.js';
import { selectResponder } from '../responders/registry.js';
import { FAKE_ANTHROPIC_KEY, type FakeAnthropic, startFakeAnthropic } from './fake-anthropic.js';
import { customerWords, retrievalEchoModel } from './eval-model.js';

let fake: FakeAnthropic;
beforeAll(async () => {
  fake = await startFakeAnthropic();
  fake.always(retrievalEchoModel);
});
afterAll(() => fake.close());

const engine = () =>
  selectResponder({
    keys: { anthropic: FAKE_ANTHROPIC_KEY },
    urls: { anthropic: fake.url, openai: 'http://127.0.0.1:9/v1' },
  });

describe('the eval model', () => {
  it('reads the customer words out of the fence', () => {
    const view = {
      body: { model: 'm', max_tokens: 1, messages: [] },
      lastUserText: 'now: Monday\n<customer_message>\nhi there\n</customer_message>',
      toolResults: [],
      systemText: '',
    };
    expect(customerWords(view)).toBe('hi there');
  });

  it('answers a knowledge question from search_knowledge, through the engine', async () => {
    const business = fixtureBusiness();
    const question = business.qa.find((q) => q.id === 'parking')!;
    const reply = await engine().reply(request(business, 'is there parking near you?'));
    expect(reply.toolCalls?.map((c) => c.name)).toEqual(['search_knowledge']);
    expect(reply.handoff).toBeUndefined();
    expect(reply.sources).toContain(question.id);
  });

  it('hands off when the knowledge has nothing', async () => {
    const reply = await engine().reply(request(fixtureBusiness(), 'zqxv wplk mnbt?'));
    expect(reply.handoff).toMatchObject({ reason: 'low_confidence' });
  });
});
