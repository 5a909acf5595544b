/**
 * One handler for every webhook channel: verify the raw body, parse, route
 * each event to its business, write it, acknowledge. No AI, no media
 * download and no outbound call happen here (Messenger allows 5 s; we aim
 * for milliseconds): the triggers do the work.
 *
 * Status codes: 200 once everything authentic is stored (including what went
 * to dead letters, so the provider stops retrying); 401/403 for bad
 * signatures, with nothing written; 413 for oversized bodies; 503 only when
 * storing failed for a passing reason (an outage), so the provider retries
 * and nothing is lost. An authentic event that can never be stored (too
 * large, refused by the database) becomes a dead letter with the reason and
 * is acknowledged: a provider's retries could not cure it. No input ends in
 * an unhandled error.
 */
import { hashBusinessKey, presentedBusinessKey } from '../channels/business-key.js';
import type { ChannelAdapter, ParseContext, WebhookSecrets } from '../channels/channel.js';
import type { InboundMessageEvent, ParsedDelivery, StatusEvent } from '../domain/message.js';
import {
  FrontdeskError,
  NotFoundError,
  StoreError,
  ValidationError,
  AuthenticationError,
  describeError,
} from '../errors.js';
import type { MediaStore } from '../media/media-store.js';
import { type DeadLetter, keepDeadLetter } from '../pipeline/dead-letters.js';
import type { Deps } from '../pipeline/deps.js';
import { noteWebhook } from '../pipeline/diagnostics.js';
import { ingestMessages } from '../pipeline/ingest.js';
import { applyStatus } from '../pipeline/statuses.js';
import { routeAccount } from '../pipeline/routing.js';
import { at } from '../store/collections.js';
import type { RawRequest, RawResponse } from './raw-request.js';

export interface WebhookDeps extends Deps {
  /** Keeps over-long texts and oversized dead letters. */
  media: MediaStore;
}

/** A webhook path's adapter, and the path segment that names its provider (for keys in the path). */
export interface WebhookRoute {
  adapter: ChannelAdapter;
  provider: string;
}

interface Authenticated {
  secrets: WebhookSecrets;
  context: ParseContext;
  /** Set when the key or path named the business: every event must belong to it. */
  businessId?: string | undefined;
}

const BUSINESS_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * Resolves what `verify` needs. For channels whose provider signs nothing,
 * the business comes from our key (looked up by its hash) or from the path,
 * and its stored secret is handed to the adapter to compare.
 */
async function authenticate(
  deps: WebhookDeps,
  route: WebhookRoute,
  request: RawRequest,
  base: WebhookSecrets,
): Promise<Authenticated> {
  const { adapter, provider } = route;
  if (adapter.webhookAuth === 'deployment') return { secrets: base, context: {} };
  const secretsOf = async (businessId: string) =>
    (await deps.db.get(at.businessSecrets(businessId)))?.channels?.[adapter.type];

  if (adapter.webhookAuth === 'business-key') {
    const key = presentedBusinessKey(request, provider);
    const found = key ? await deps.db.get(at.webhookKey(hashBusinessKey(key))) : undefined;
    if (!found || found.channel !== adapter.type) {
      throw new AuthenticationError(
        key
          ? `Invalid webhook key for ${provider}.`
          : `Missing webhook key for ${provider} (X-Frontdesk-Key header or last path segment).`,
      );
    }
    const { businessId } = found;
    const stored = await secretsOf(businessId);
    return { secrets: { ...base, businessSecret: stored?.webhookKey }, context: {}, businessId };
  }

  const businessId = request.path.split('/').filter(Boolean).pop() ?? '';
  if (!BUSINESS_ID.test(businessId)) throw new NotFoundError(`No business in the path ${request.path}.`);
  const [business, stored] = await Promise.all([deps.db.get(at.business(businessId)), secretsOf(businessId)]);
  const account = business?.channels.find((c) => c.type === adapter.type);
  if (!account) throw new NotFoundError(`Business "${businessId}" has no ${adapter.type} channel.`);
  return {
    secrets: { ...base, businessSecret: stored?.webhookSecret },
    context: { accountId: account.accountId },
    businessId,
  };
}

export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export interface WebhookSummary {
  messages: number;
  duplicates: number;
  statuses: number;
  deadLetters: number;
}

export async function handleWebhook(
  deps: WebhookDeps,
  route: WebhookRoute,
  request: RawRequest,
  deploymentSecrets: WebhookSecrets,
): Promise<RawResponse> {
  try {
    return await receive(deps, route, request, deploymentSecrets);
  } catch (err) {
    if (err instanceof FrontdeskError && !(err instanceof StoreError)) return errorResponse(err);
    // Storage failed for a passing reason (or something unexpected): the provider retries, and
    // what was stored already is a duplicate then, changing nothing.
    deps.log.error('webhook not stored', { channel: route.adapter.type, error: describeError(err) });
    return {
      status: 503,
      body: { error: { code: 'unavailable', message: 'Could not store the delivery; please retry.' } },
      headers: { 'retry-after': '5' },
    };
  }
}

async function receive(
  deps: WebhookDeps,
  route: WebhookRoute,
  request: RawRequest,
  deploymentSecrets: WebhookSecrets,
): Promise<RawResponse> {
  const { adapter } = route;
  if (request.method === 'GET') {
    const challenge = adapter.handshake?.(request, deploymentSecrets);
    if (challenge === undefined)
      return { status: 400, body: { error: { code: 'invalid_input', message: 'Not a subscription handshake.' } } };
    return { status: 200, body: challenge, headers: { 'content-type': 'text/plain' } };
  }
  if (request.method !== 'POST') {
    return {
      status: 405,
      body: { error: { code: 'method_not_allowed', message: 'Use POST.' } },
      headers: { allow: 'GET, POST' },
    };
  }
  if (request.rawBody.length > MAX_WEBHOOK_BYTES) {
    return { status: 413, body: { error: { code: 'too_large', message: `Body over ${MAX_WEBHOOK_BYTES} bytes.` } } };
  }
  const auth = await authenticate(deps, route, request, deploymentSecrets);
  adapter.verify(request, auth.secrets);

  let delivery: ParsedDelivery;
  try {
    delivery = adapter.parse(request, auth.context);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    // Authentic but not in the provider's format: keep it, acknowledge it.
    await keepDeadLetter(deps, {
      source: adapter.type,
      reason: err.message,
      payload: request.rawBody.toString('utf8'),
      businessId: auth.businessId,
    });
    return { status: 200, body: { received: true, deadLetters: 1 } };
  }

  const summary: WebhookSummary = { messages: 0, duplicates: 0, statuses: 0, deadLetters: 0 };
  const deadLetter = async (letter: Omit<DeadLetter, 'source'>) => {
    summary.deadLetters++;
    await keepDeadLetter(deps, { ...letter, source: adapter.type });
  };

  // Route every event; a business's messages are stored together, in order.
  const messages = new Map<string, InboundMessageEvent[]>();
  const statuses: { businessId: string; event: StatusEvent }[] = [];
  const seen = new Set<string>();
  for (const event of delivery.events) {
    const businessId = await routeAccount(deps, adapter.type, event.accountId);
    if (!businessId || (auth.businessId && businessId !== auth.businessId)) {
      await deadLetter({
        reason: businessId
          ? `account ${event.accountId} belongs to another business than the webhook key's`
          : `unknown account ${event.accountId}: no business has this ${adapter.type} account`,
        payload: event,
        accountId: event.accountId,
        businessId: auth.businessId,
      });
      continue;
    }
    seen.add(`${businessId}\n${event.accountId}`);
    if (event.kind === 'message') messages.set(businessId, [...(messages.get(businessId) ?? []), event]);
    else statuses.push({ businessId, event });
  }

  for (const [businessId, events] of messages) {
    const outcomes = await ingestMessages(deps, businessId, events);
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.result === 'created') summary.messages++;
      else if (outcome.result === 'duplicate') summary.duplicates++;
      else {
        await deadLetter({
          reason: `authentic message that cannot be stored: ${outcome.error.message}`,
          payload: events[i],
          accountId: events[i]!.accountId,
          businessId,
        });
      }
    }
  }
  for (const { businessId, event } of statuses) {
    try {
      await applyStatus(deps, businessId, event);
      summary.statuses++;
    } catch (err) {
      if (!(err instanceof StoreError) || err.retryable) throw err;
      await deadLetter({
        reason: `authentic status that cannot be stored: ${err.message}`,
        payload: event,
        accountId: event.accountId,
        businessId,
      });
    }
  }
  for (const piece of delivery.unprocessable) {
    const businessId =
      auth.businessId ?? (piece.accountId ? await routeAccount(deps, adapter.type, piece.accountId) : null);
    await deadLetter({ reason: piece.reason, payload: piece.fragment, businessId, accountId: piece.accountId });
  }
  await Promise.all(
    [...seen].map((key) => {
      const [businessId, accountId] = key.split('\n') as [string, string];
      return noteWebhook(deps, businessId, adapter.type, accountId).catch((err: unknown) =>
        deps.log.warn('diagnostics not noted', { businessId, error: describeError(err) }),
      );
    }),
  );
  deps.log.info('webhook stored', { channel: adapter.type, ...summary });
  return { status: 200, body: adapter.webhookReply?.(delivery) ?? { received: true, ...summary } };
}

export function errorResponse(err: unknown): RawResponse {
  if (err instanceof FrontdeskError) {
    return { status: err.httpStatus, body: { error: { code: err.code, message: err.message } } };
  }
  return {
    status: 500,
    body: { error: { code: 'internal', message: 'Internal error; nothing was stored. Please retry.' } },
  };
}
