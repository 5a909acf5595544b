/**
 * The provider chain with the real SDKs against the fakes: a failing or
 * slow Claude falls through to OpenAI within the deadline, retry-after is
 * honoured only when it fits, both failing leaves the offline responder (or
 * a handoff), the circuit breaker skips a provider that keeps failing and
 * lets it back after the cool-down, budgets and settings are respected.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import { BreakerBook } from './breakers.js';
import { DEFAULT_MODELS } from './models.js';
import { type Fakes, businessWith, engineFor, startFakes } from './vendors.test-helper.js';

let fakes: Fakes;
beforeAll(async () => {
  fakes = await startFakes();
});
afterAll(() => fakes.close());
beforeEach(() => {
  fakes.anthropic.reset();
  fakes.openai.reset();
});

const claude = () => fakes.vendors.anthropic;
const gpt = () => fakes.vendors.openai;
const outcomes = (attempts: { provider: string; outcome: string; reason?: string; status?: number }[] = []) =>
  attempts.map((a) => [a.provider, a.outcome, a.reason, a.status].filter((x) => x !== undefined).join(' '));

describe('the provider chain', () => {
  it.each(['overloaded', 'rate_limited', 'server_error'] as const)(
    'falls through to OpenAI when Claude is %s',
    async (fail) => {
      claude().script({ fail });
      gpt().script({ text: 'We have free parking in the basement.' });
      const reply = await engineFor(fakes).reply(request(fixtureBusiness(), 'do you have parking?'));

      expect(reply.text).toBe('We have free parking in the basement.');
      expect(reply.responder).toBe(`openai:${DEFAULT_MODELS.openai}`);
      const status = { overloaded: 529, rate_limited: 429, server_error: 500 }[fail];
      expect(outcomes(reply.attempts)).toEqual([`anthropic failed ${fail} ${status}`, 'openai answered']);
    },
  );

  it('falls through to OpenAI when Claude is slow, within the reply deadline', async () => {
    const business = businessWith({ providerSeconds: 1, replySeconds: 4 });
    claude().slow(3000, { text: 'too late' });
    gpt().script({ text: 'Yes, free parking for clients.' });
    const started = Date.now();
    const reply = await engineFor(fakes).reply(request(business, 'do you have parking?'));
    const elapsed = Date.now() - started;

    expect(reply.text).toBe('Yes, free parking for clients.');
    expect(outcomes(reply.attempts)).toEqual(['anthropic failed timeout', 'openai answered']);
    expect(reply.attempts![0]!.durationMs).toBeGreaterThanOrEqual(900);
    expect(elapsed).toBeLessThan(4000);
  });

  it('honours a retry-after that fits in the provider budget, on the same provider', async () => {
    const business = businessWith({ providerSeconds: 6, replySeconds: 10 });
    claude().script({ fail: 'rate_limited', retryAfterSeconds: 1 }, { text: 'Free parking, level B1.' });
    const started = Date.now();
    const reply = await engineFor(fakes).reply(request(business, 'do you have parking?'));

    expect(reply.text).toBe('Free parking, level B1.');
    expect(outcomes(reply.attempts)).toEqual(['anthropic failed rate_limited 429', 'anthropic answered']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(gpt().callCount()).toBe(0);
  });

  it('moves on at once when the retry-after does not fit', async () => {
    claude().script({ fail: 'overloaded', retryAfterSeconds: 30 });
    gpt().script({ text: 'Free parking, level B1.' });
    const started = Date.now();
    const reply = await engineFor(fakes).reply(request(fixtureBusiness(), 'do you have parking?'));

    expect(outcomes(reply.attempts)).toEqual(['anthropic failed overloaded 529', 'openai answered']);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('keeps what a failed attempt did: its tool calls and its tokens', async () => {
    claude().script({ tools: [{ name: 'search_knowledge', input: { query: 'parking' } }] }, { fail: 'server_error' });
    gpt().script({ text: 'Yes — free parking in the basement, level B1.' });
    const reply = await engineFor(fakes).reply(request(fixtureBusiness(), 'where can I park?'));

    expect(reply.toolCalls).toEqual([
      expect.objectContaining({ name: 'search_knowledge', ok: true, by: `anthropic:${DEFAULT_MODELS.anthropic}` }),
    ]);
    expect(reply.usage!.calls).toBe(2);
    expect(reply.usage!.costUsd).toBeGreaterThan(0);
  });

  it('lets the offline responder answer when every provider fails', async () => {
    claude().script({ fail: 'server_error' });
    gpt().script({ fail: 'overloaded' });
    const reply = await engineFor(fakes).reply(request(fixtureBusiness(), 'do you have parking?'));

    expect(reply.responder).toMatch(/^offline/);
    expect(reply.text).toContain('B1');
    expect(reply.handoff).toBeUndefined();
    expect(outcomes(reply.attempts)).toEqual(['anthropic failed server_error 500', 'openai failed overloaded 503']);
  });

  it('hands off with the reason when every provider fails and the offline responder is not confident', async () => {
    claude().script({ fail: 'server_error' });
    gpt().script({ fail: 'bad_request' });
    const reply = await engineFor(fakes).reply(
      request(fixtureBusiness(), 'can my sister come with me to the session?'),
    );

    expect(reply.handoff?.reason).toBe('low_confidence');
    expect(reply.handoff?.detail).toContain('no AI answer (anthropic: server_error 500; openai: bad_request 400)');
  });

  it('skips a provider whose breaker is open, and tries it again after the cool-down', async () => {
    const breakers = new BreakerBook({
      failureThreshold: 2,
      failureWindowMs: 60_000,
      cooldownMs: 300,
      maxCooldownMs: 1000,
      trialLeaseMs: 5000,
    });
    const engine = engineFor(fakes, { anthropic: true, openai: true }, breakers);
    const ask = () => engine.reply(request(fixtureBusiness(), 'do you have parking?'));

    claude().script({ fail: 'server_error' }, { fail: 'server_error' });
    gpt().script({ text: 'Parking: B1.' }, { text: 'Parking: B1.' }, { text: 'Parking: B1.' });
    await ask();
    await ask();
    expect(breakers.state('anthropic:claude-sonnet-5-5').state).toBe('open');

    const skipped = await ask();
    expect(outcomes(skipped.attempts)).toEqual(['anthropic skipped circuit_open', 'openai answered']);
    expect(claude().callCount()).toBe(2);

    await new Promise((resolve) => setTimeout(resolve, 350));
    claude().script({ text: 'Parking: level B1, free.' });
    const trial = await ask();
    expect(outcomes(trial.attempts)).toEqual(['anthropic answered']);
    expect(breakers.state('anthropic:claude-sonnet-5-5').state).toBe('closed');
  });

  it('asks no provider when the reply deadline leaves no time, and lets the offline responder answer', async () => {
    const now = new Date();
    const reply = await engineFor(fakes).reply(
      request(fixtureBusiness(), 'do you have parking?', { deadline: new Date(Date.now() + 500), now }),
    );
    expect(outcomes(reply.attempts)).toEqual(['anthropic skipped no_time', 'openai skipped no_time']);
    expect(reply.responder).toMatch(/^offline/);
    expect(claude().callCount() + gpt().callCount()).toBe(0);
  });

  it('asks no provider over the daily budget', async () => {
    const business = businessWith({ dailyBudgetUsd: 2 });
    const reply = await engineFor(fakes).reply(request(business, 'do you have parking?', { spentTodayUsd: 2.01 }));
    expect(outcomes(reply.attempts)).toEqual(['anthropic skipped over_budget', 'openai skipped over_budget']);
    expect(reply.responder).toMatch(/^offline/);
    expect(claude().callCount() + gpt().callCount()).toBe(0);
  });

  it('follows the order and models of the business settings', async () => {
    const business = businessWith({ providers: ['openai', 'anthropic'], models: { openai: 'gpt-6.1-sol' } });
    gpt().script({ text: 'Hello from the first provider.' });
    const reply = await engineFor(fakes).reply(request(business, 'hello'));
    expect(reply.responder).toBe('openai:gpt-6.1-sol');
    expect(claude().callCount()).toBe(0);
    expect((gpt().calls()[0] as { model: string; reasoning_effort?: string }).reasoning_effort).toBe('none');
  });

  it('asks Claude for the business’s effort where the model takes it, and not where it does not', async () => {
    claude().script({ text: 'Hello!' }, { text: 'Hello!' });
    await engineFor(fakes).reply(request(businessWith({ effort: 'low' }), 'hello'));
    await engineFor(fakes).reply(request(businessWith({ models: { anthropic: 'claude-haiku-4-5' } }), 'hello'));
    const [sonnet, haiku] = claude().calls() as { model: string; output_config?: unknown }[];
    expect(sonnet).toMatchObject({ model: 'claude-sonnet-5-5', output_config: { effort: 'low' } });
    expect(haiku!.model).toBe('claude-haiku-4-5');
    expect(haiku).not.toHaveProperty('output_config');
  });

  it('uses only the providers whose key is set', async () => {
    gpt().script({ text: 'Hello!' });
    const reply = await engineFor(fakes, { openai: true }).reply(request(fixtureBusiness(), 'hello'));
    expect(reply.responder).toBe(`openai:${DEFAULT_MODELS.openai}`);
    expect(outcomes(reply.attempts)).toEqual(['openai answered', 'anthropic skipped no_key']);
  });

  it('never calls a model for a business set to the offline responder', async () => {
    const base = fixtureBusiness();
    const business = { ...base, settings: { ...base.settings, responder: 'offline' as const } };
    const reply = await engineFor(fakes).reply(request(business, 'do you have parking?'));
    expect(reply.responder).toMatch(/^offline/);
    expect(claude().callCount() + gpt().callCount()).toBe(0);
  });
});
