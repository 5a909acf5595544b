/**
 * Builders for Telegram webhook requests in tests (unit and emulator): a POST
 * of one Update, as Telegram delivers it to /webhook/telegram/{businessId},
 * with the secret token header when the webhook was set with one.
 */
import type { RawRequest } from '../http/raw-request.js';

export const TEST_TELEGRAM_WEBHOOK_SECRET = 'test-telegram-webhook-secret_0123456789';

export interface TelegramRequestOptions {
  /** The secret_token given to setWebhook; omitted: no X-Telegram-Bot-Api-Secret-Token header. */
  secret?: string;
  businessId?: string;
}

export function telegramUpdateRequest(body: string | Buffer, options: TelegramRequestOptions = {}): RawRequest {
  const rawBody = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const headers: Record<string, string | undefined> = { 'content-type': 'application/json' };
  if (options.secret !== undefined) headers['x-telegram-bot-api-secret-token'] = options.secret;
  return {
    method: 'POST',
    path: `/webhook/telegram/${options.businessId ?? 'demo-salon'}`,
    query: {},
    headers,
    rawBody,
  };
}
