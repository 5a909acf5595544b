/**
 * `channels:register` for Telegram: checks that the bot token belongs to the
 * bot the profile names (getMe), then points the bot's webhook at
 * /webhook/telegram/{businessId} with a secret token (generated and stored
 * on first use, never shown) and the update kinds the adapter reads
 * (setWebhook). Loaded only by the command, like the rest of grammY.
 */
import type { RegistrationContext, RegistrationOutcome } from '../channel.js';
import { telegramClient, telegramFailure } from './send.js';
import { TELEGRAM_ALLOWED_UPDATES } from './telegram.js';

/** Telegram's rule for secret_token. */
const TELEGRAM_SECRET = /^[A-Za-z0-9_-]{1,256}$/;

export async function registerTelegram(context: RegistrationContext): Promise<RegistrationOutcome> {
  const botToken = context.credentials.botToken?.trim();
  if (!botToken) {
    return {
      status: 'failed',
      lines: [
        `No bot token: put it in businessSecrets/${context.businessId} as channels.telegram.botToken (npm run seed -- FILE --secrets SECRETS.json).`,
      ],
    };
  }
  const lines: string[] = [];
  let secret = context.credentials.webhookSecret?.trim();
  if (!secret || !TELEGRAM_SECRET.test(secret)) {
    secret = context.newSecret();
    // Stored before Telegram hears of it: if setWebhook fails, running the command again repairs it.
    await context.storeSecrets({ webhookSecret: secret });
    lines.push('  (a new webhook secret was generated and stored; not shown)');
  }
  const url = `${context.webhookBase}/webhook/telegram/${context.businessId}`;
  const bot = context.accountId.replace(/^@/, '');
  const client = telegramClient(botToken, context.baseUrl, context.http);
  try {
    const me = await client.api.getMe();
    if (me.username.toLowerCase() !== bot.toLowerCase()) {
      return {
        status: 'failed',
        lines: [
          `The bot token belongs to @${me.username}, but the profile's telegram account is "${context.accountId}": fix one of them.`,
          ...lines,
        ],
      };
    }
    await client.api.setWebhook(url, { secret_token: secret, allowed_updates: [...TELEGRAM_ALLOWED_UPDATES] });
  } catch (err) {
    throw telegramFailure(err, client);
  }
  return {
    status: 'registered',
    lines: [`Webhook of @${bot} set to ${url}`, `  updates: ${TELEGRAM_ALLOWED_UPDATES.join(', ')}`, ...lines],
  };
}
