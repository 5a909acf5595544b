/**
 * One handler for every webhook channel: verify the raw body, parse, route
 * each event to its business, write it, acknowledge. No AI, no media
 * download and no outbound call happen here (Messenger allows 5 s; we aim
 * for milliseconds): the triggers do the work.
 *
 * Status codes: 200 once everything authentic is stored (including what went
 * to dead letters, so the provider stops retrying); 401/403 for bad
 * signatures, with nothing written; 413 for oversized bodies; 500 only when
 * storing failed, so the provider retries and nothing is lost.
 */
import { hashBusinessKey, presentedBusinessKey } from '../channels/business-key.js';
import type { ChannelAdapter, ParseContext, WebhookSecrets } from '../channels/channel.js';
import type { ParsedDelivery } from '../domain/message.js';
import { FrontdeskError, NotFoundError, ValidationError, WebhookAuthError } from '../errors.js';
import { keepDeadLetter } from '../pipeline/dead-letters.js';
import type { Deps } from '../pipeline/deps.js';
import { noteWebhook } from '../pipeline/diagnostics.js';
import { applyStatus, ingestMessage } from '../pipeline/ingest.js';
import { routeAccount } from '../pipeline/routing.js';
import { paths } from '../store/paths.js';
import type { RawRequest, RawResponse } from './raw-request.js';

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
  deps: Deps,
  route: WebhookRoute,
  request: RawRequest,
  base: WebhookSecrets,
): Promise<Authenticated> {
  const { adapter, provider } = route;
  if (adapter.webhookAuth === 'deployment') return { secrets: base, context: {} };
  const secretsOf = async (businessId: string) =>
    (await deps.db.doc(`${paths.businessSecrets}/${businessId}`).get()).get(`channels.${adapter.type}`) as
      Record<string, string | undefined> | undefined;

  if (adapter.webhookAuth === 'business-key') {
    const key = presentedBusinessKey(request, provider);
    const found = key ? await deps.db.doc(`${paths.webhookKeys}/${hashBusinessKey(key)}`).get() : undefined;
    if (!found?.exists || found.get('channel') !== adapter.type) {
      throw new WebhookAuthError(
        key
          ? `Invalid webhook key for ${provider}.`
          : `Missing webhook key for ${provider} (X-Frontdesk-Key header or last path segment).`,
      );
    }
    const businessId = found.get('businessId') as string;
    const stored = await secretsOf(businessId);
    return { secrets: { ...base, businessSecret: stored?.webhookKey }, context: {}, businessId };
  }

  const businessId = request.path.split('/').filter(Boolean).pop() ?? '';
  if (!BUSINESS_ID.test(businessId)) throw new NotFoundError(`No business in the path ${request.path}.`);
  const [business, stored] = await Promise.all([deps.db.doc(paths.business(businessId)).get(), secretsOf(businessId)]);
  const channels = (business.get('channels') as { type: string; accountId: string }[] | undefined) ?? [];
  const account = channels.find((c) => c.type === adapter.type);
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
  deps: Deps,
  route: WebhookRoute,
  request: RawRequest,
  deploymentSecrets: WebhookSecrets,
): Promise<RawResponse> {
  const { adapter } = route;
  let auth: Authenticated;
  try {
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
    auth = await authenticate(deps, route, request, deploymentSecrets);
    adapter.verify(request, auth.secrets);
  } catch (err) {
    return errorResponse(err);
  }

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
  const businessOf = (accountId: string) => routeAccount(deps, adapter.type, accountId);
  const seen = new Set<string>();

  for (const event of delivery.events) {
    const businessId = await businessOf(event.accountId);
    if (!businessId || (auth.businessId && businessId !== auth.businessId)) {
      summary.deadLetters++;
      await keepDeadLetter(deps, {
        source: adapter.type,
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
    if (event.kind === 'message') {
      const outcome = await ingestMessage(deps, businessId, event);
      if (outcome.result === 'created') summary.messages++;
      else summary.duplicates++;
    } else {
      await applyStatus(deps, businessId, event);
      summary.statuses++;
    }
  }
  for (const piece of delivery.unprocessable) {
    summary.deadLetters++;
    const businessId = auth.businessId ?? (piece.accountId ? await businessOf(piece.accountId) : null);
    await keepDeadLetter(deps, {
      source: adapter.type,
      reason: piece.reason,
      payload: piece.fragment,
      businessId,
      accountId: piece.accountId,
    });
  }
  await Promise.all(
    [...seen].map((key) => {
      const [businessId, accountId] = key.split('\n') as [string, string];
      return noteWebhook(deps, businessId, adapter.type, accountId);
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
