/**
 * The staff bot on Telegram, through grammY's `Api` (the Bot API's typed
 * client) pointed at `apiRoot` (https://api.telegram.org, or the local fake
 * in tests). One bot per deployment (docs/staff-telegram.md): its token is
 * the STAFF_TELEGRAM_BOT_TOKEN secret.
 *
 * Failures are ProviderErrors that say whether a retry can help: flood
 * control (429, with its retry_after), 5xx and network failures can; a chat
 * that blocked the bot or no longer exists, and a rejected token, cannot.
 * The token is part of every Bot API URL and never appears in an error.
 */
import { Api, GrammyError, HttpError } from 'grammy';
import { ProviderError } from '../errors.js';
import type { StaffMessage, StaffMessenger } from './staff-messenger.js';

const PROVIDER = 'telegram staff bot';
const TIMEOUT_SECONDS = 10;

/** Telegram's callback_data limit, in bytes: our prefix plus a button id must fit. */
export const CALLBACK_DATA_BYTES = 64;
export const ACTION_PREFIX = 'a:';

export function telegramStaffBot(token: string, apiRoot = 'https://api.telegram.org'): StaffMessenger {
  const api = new Api(token, { apiRoot: apiRoot.replace(/\/+$/, ''), timeoutSeconds: TIMEOUT_SECONDS });
  let username: string | undefined;
  const scrub = (text: string) => text.split(token).join('[redacted]');

  function failure(err: unknown): ProviderError {
    if (err instanceof GrammyError) {
      const code = err.error_code;
      const description = scrub(err.description).slice(0, 300);
      const retryAfter = err.parameters.retry_after;
      const options = { status: code, retryAfterMs: retryAfter !== undefined ? retryAfter * 1000 : undefined };
      if (code === 429 || code >= 500)
        return new ProviderError(PROVIDER, `Bot API busy (${code}) [${description}]`, true, options);
      if (code === 401 || code === 404) {
        return new ProviderError(
          PROVIDER,
          'bot token rejected: check STAFF_TELEGRAM_BOT_TOKEN with @BotFather',
          false,
          options,
        );
      }
      return new ProviderError(PROVIDER, `refused (${code}) [${description}]`, false, options);
    }
    if (err instanceof HttpError) return new ProviderError(PROVIDER, 'could not reach the Telegram Bot API', true);
    return new ProviderError(PROVIDER, `unexpected failure: ${scrub(String(err)).slice(0, 300)}`, false);
  }

  return {
    name: 'telegram',
    async send(chatId: string, message: StaffMessage) {
      const keyboard = message.buttons?.length
        ? {
            inline_keyboard: [
              message.buttons.map((b) => ({ text: b.label, callback_data: `${ACTION_PREFIX}${b.id}` })),
            ],
          }
        : undefined;
      try {
        const sent = await api.sendMessage(chatId, message.html, {
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
          reply_markup: keyboard,
        });
        return { messageId: sent.message_id };
      } catch (err) {
        throw failure(err);
      }
    },
    async username() {
      if (!username) {
        try {
          username = (await api.getMe()).username;
        } catch (err) {
          throw failure(err);
        }
      }
      return username;
    },
  };
}
