/**
 * The provider chain: each provider in order gets a time budget (its own,
 * capped by what is left of the reply's); a timeout, rate limit, overload,
 * server error or unusable answer falls through to the next. A
 * `retry-after` is honoured — one more try at the same provider — only
 * when the wait and a useful attempt still fit in that provider's budget.
 * A provider whose breaker is open is skipped, and every outcome is
 * recorded, so the reply says which provider answered and why the others
 * did not.
 */
import type { ProviderAttempt, ToolCallRecord } from '../responder.js';
import type { BreakerBook } from './breakers.js';
import { type CallFailure, classifyFailure } from './errors.js';
import { AttemptFailed, NO_SPEND, type Spend, addSpend } from './loop.js';
import type { ModelProvider } from './model.js';

export interface ChainOptions<T> {
  providers: readonly ModelProvider[];
  attempt: (provider: ModelProvider, signal: AbortSignal, deadlineMs: number) => Promise<T>;
  breakers: BreakerBook;
  /** When the whole reply must be ready (epoch ms). */
  deadlineMs: number;
  /** One provider's budget. */
  providerBudgetMs: number;
  /** No attempt starts with less time than this left. */
  minAttemptMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export interface ChainOutcome<T> {
  answer?: { provider: ModelProvider; value: T } | undefined;
  attempts: ProviderAttempt[];
  /** Tokens and cost of the failed attempts (billed all the same). */
  spent: Spend;
  /** Tool calls the failed attempts made, for staff to see. */
  toolCalls: ToolCallRecord[];
}

/**
 * One breaker per provider and model: vendors' incidents are often one
 * model's (an overloaded model, a model being rolled out), and a business
 * on another model of the same vendor should not be skipped for it.
 */
export const breakerKey = (provider: Pick<ModelProvider, 'name' | 'model'>) => `${provider.name}:${provider.model}`;

const RETRY_AFTER_KINDS = new Set<CallFailure['kind']>(['rate_limited', 'overloaded', 'server_error']);

export async function runChain<T>(options: ChainOptions<T>): Promise<ChainOutcome<T>> {
  const { breakers, now } = options;
  const attempts: ProviderAttempt[] = [];
  const toolCalls: ToolCallRecord[] = [];
  let spent = NO_SPEND;

  for (const provider of options.providers) {
    const base = { provider: provider.name, model: provider.model };
    const breaker = breakerKey(provider);
    const remaining = options.deadlineMs - now();
    if (remaining < options.minAttemptMs) {
      attempts.push({ ...base, outcome: 'skipped', reason: 'no_time', durationMs: 0 });
      continue;
    }
    if (!breakers.allows(breaker, now()).allow) {
      attempts.push({ ...base, outcome: 'skipped', reason: 'circuit_open', durationMs: 0 });
      continue;
    }
    const providerDeadline = now() + Math.min(options.providerBudgetMs, remaining);

    for (let tryNumber = 0; ; tryNumber++) {
      const started = now();
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), Math.max(0, providerDeadline - started));
      try {
        const value = await options.attempt(provider, controller.signal, providerDeadline);
        breakers.succeeded(breaker);
        attempts.push({ ...base, outcome: 'answered', durationMs: now() - started });
        return { answer: { provider, value }, attempts, spent, toolCalls };
      } catch (err) {
        const inner = err instanceof AttemptFailed ? err.failure : err;
        if (err instanceof AttemptFailed) {
          spent = addSpend(spent, err.spend);
          toolCalls.push(...err.toolCalls);
        }
        const failure = classifyFailure(inner, controller.signal.aborted, now());
        attempts.push({
          ...base,
          outcome: 'failed',
          reason: failure.kind,
          status: failure.status,
          durationMs: now() - started,
        });
        const wait = failure.retryAfterMs;
        const retry =
          tryNumber === 0 &&
          wait !== undefined &&
          RETRY_AFTER_KINDS.has(failure.kind) &&
          now() + wait + options.minAttemptMs <= providerDeadline;
        if (!retry) {
          breakers.failed(breaker, now());
          break;
        }
        await options.sleep(wait);
      } finally {
        clearTimeout(timer);
      }
    }
  }
  return { attempts, spent, toolCalls };
}
