/**
 * Turning whatever a Bot API call threw into a ProviderError that says who
 * failed, whether a retry can help — decided on Telegram's `error_code` and
 * `description` (and `parameters.retry_after` for flood control) — and
 * whether a request that got no answer had gone out (`ambiguous`). The bot
 * token is part of every Bot API URL, so nothing quoted keeps it.
 */
import { GrammyError, HttpError } from 'grammy';
import { FrontdeskError, ProviderError } from '../../errors.js';
import { scrub, transportFailure } from '../../vendor/failure.js';
import { DEFAULT_TIMEOUT_MS, transportErrorIn } from '../../vendor/http-client.js';
import { GRAMMY_TIMEOUT_SECONDS, type TelegramClient } from './client.js';

const PROVIDER = 'telegram';
const SERVICE = 'the Telegram Bot API';

interface ErrorRule {
  status: number;
  /** Matched against Telegram's description; no pattern matches any. */
  description?: RegExp;
  retryable: boolean;
  message: string;
}

/** Bot API failures by HTTP status and description, most specific first. */
const ERROR_RULES: readonly ErrorRule[] = [
  { status: 429, retryable: true, message: 'rate limited by Telegram (flood control)' },
  { status: 401, retryable: false, message: 'bot token rejected (wrong or revoked): check it with @BotFather' },
  { status: 404, retryable: false, message: 'Telegram does not know this bot token (or the Bot API URL is wrong)' },
  {
    status: 403,
    description: /blocked by the user/i,
    retryable: false,
    message: 'the customer blocked the bot: nothing can be sent until they unblock it',
  },
  {
    status: 403,
    description: /user is deactivated/i,
    retryable: false,
    message: 'the customer deleted their Telegram account',
  },
  {
    status: 403,
    description: /can't initiate conversation/i,
    retryable: false,
    message: 'the customer has not started the bot, so it cannot write to them first',
  },
  { status: 403, retryable: false, message: 'Telegram refused: the bot may not write to this chat' },
  {
    status: 400,
    description: /chat not found/i,
    retryable: false,
    message: 'chat not found: the customer never started this bot, or the chat id is wrong',
  },
  { status: 400, description: /file is too big/i, retryable: false, message: 'the file is over the 20 MB bot limit' },
  {
    status: 400,
    description: /HTTP URL|web page content|wrong file identifier/i,
    retryable: false,
    message: 'Telegram could not fetch the image from its URL',
  },
  { status: 400, retryable: false, message: 'request rejected by the Bot API' },
];

/**
 * Turns whatever a grammY call threw into an error that says who failed and
 * whether a retry can help; the bot token is scrubbed from anything quoted.
 */
export function telegramFailure(err: unknown, client: Pick<TelegramClient, 'token' | 'lastStatus'>): FrontdeskError {
  if (err instanceof FrontdeskError) return err;
  const status = client.lastStatus();
  if (err instanceof GrammyError) {
    const code: unknown = err.error_code;
    const telegramCode = typeof code === 'number' ? code : undefined;
    const httpStatus = status ?? telegramCode;
    const description = typeof err.description === 'string' ? scrub(err.description, [client.token]) : '';
    const retryAfter: unknown = err.parameters?.retry_after;
    const options = {
      status: httpStatus,
      providerCode: telegramCode === undefined ? undefined : String(telegramCode),
      retryAfterMs: typeof retryAfter === 'number' && retryAfter >= 0 ? retryAfter * 1000 : undefined,
    };
    const quoted = description ? ` [${description.slice(0, 300)}]` : '';
    const effective = telegramCode ?? httpStatus;
    const rule = ERROR_RULES.find(
      (r) => r.status === effective && (r.description === undefined || r.description.test(description)),
    );
    if (rule) return new ProviderError(PROVIDER, rule.message + quoted, rule.retryable, options);
    if (effective !== undefined && effective >= 500) {
      return new ProviderError(PROVIDER, `Bot API unavailable (HTTP ${effective})${quoted}`, true, options);
    }
    const what = effective === undefined ? 'an unexpected answer' : `HTTP ${effective}`;
    return new ProviderError(PROVIDER, `request failed with ${what}${quoted}`, false, options);
  }
  if (err instanceof HttpError) {
    const transport = transportErrorIn(err);
    if (transport) {
      const who = { provider: PROVIDER, service: SERVICE, secrets: [client.token] };
      return transportFailure(who, transport, {
        method: 'POST',
        timeoutMs: DEFAULT_TIMEOUT_MS,
        answered: status !== undefined,
      });
    }
    if (status !== undefined) {
      // An answer that is not the Bot API's JSON: a proxy, a load balancer, or a wrong URL.
      const retryable = status >= 500 || status === 429 || status === 408;
      const message = retryable
        ? `Bot API unavailable (HTTP ${status})`
        : `unexpected HTTP ${status} from the Bot API URL (is it right?)`;
      return new ProviderError(PROVIDER, message, retryable, { status });
    }
    // grammY's own deadline passed first: whether the request had gone out is unknown, so it may have.
    return new ProviderError(PROVIDER, `no answer from ${SERVICE} within ${GRAMMY_TIMEOUT_SECONDS} s`, true, {
      ambiguous: true,
    });
  }
  const transport = transportErrorIn(err);
  if (transport) {
    // Reading the answer failed outside grammY's own error handling: Telegram had answered.
    const who = { provider: PROVIDER, service: SERVICE, secrets: [client.token] };
    return transportFailure(who, transport, { method: 'POST', timeoutMs: DEFAULT_TIMEOUT_MS, answered: true });
  }
  const text = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new ProviderError(PROVIDER, `unexpected failure: ${scrub(text, [client.token]).slice(0, 300)}`, false);
}
