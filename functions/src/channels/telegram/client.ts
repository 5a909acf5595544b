/**
 * The Bot API client: grammY's `Api` (a thin typed client of
 * https://core.telegram.org/bots/api), fetching through the vendor transport
 * (vendor/fetch.ts) so that a failure says whether the request went out, and
 * remembering the HTTP status of its last answer (grammY keeps only
 * Telegram's own error code). The errors it throws are read in errors.ts.
 */
import { Api } from 'grammy';
import { ConfigError } from '../../errors.js';
import { DEFAULT_TIMEOUT_MS, type HttpClient } from '../../vendor/http-client.js';
import type { SendContext } from '../channel.js';

export const TELEGRAM_API_ROOT = 'https://api.telegram.org';
/** grammY's own deadline, a little after the transport's (DEFAULT_TIMEOUT_MS), which is the one that says what happened. */
export const GRAMMY_TIMEOUT_SECONDS = DEFAULT_TIMEOUT_MS / 1000 + 5;

/** A grammY client that remembers the HTTP status of its last answer (grammY keeps only Telegram's own error code). */
export interface TelegramClient {
  readonly api: Api;
  readonly apiRoot: string;
  readonly token: string;
  lastStatus(): number | undefined;
}

export function telegramClient(token: string, baseUrl: string, http: HttpClient): TelegramClient {
  const apiRoot = baseUrl.trim().replace(/\/+$/, '') || TELEGRAM_API_ROOT;
  let status: number | undefined;
  const recordingFetch: typeof fetch = async (input, init) => {
    status = undefined;
    const response = await http.fetch(input, init);
    status = response.status;
    return response;
  };
  const api = new Api(token, { apiRoot, fetch: recordingFetch, timeoutSeconds: GRAMMY_TIMEOUT_SECONDS });
  return { api, apiRoot, token, lastStatus: () => status };
}

/** The business's bot token, or ConfigError. */
export function botTokenOf(context: SendContext): string {
  const token = context.credentials.botToken?.trim();
  if (!token) {
    throw new ConfigError('Telegram is not connected for this business: no bot token (channels.telegram.botToken)');
  }
  return token;
}
