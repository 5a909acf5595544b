/**
 * What `channels:register` does for the WhatsApp providers that sign
 * nothing. Each business gets a webhook key of ours (shared/business-key.ts),
 * generated and stored on first use; then:
 * - 360dialog: its API sets the webhook URL, with the key in a header
 *   (POST /v1/configs/webhook, as 360dialog's integrations call it);
 * - MontyMobile and Qiscus: their portals are set by hand, so the URL (and
 *   header) to paste are printed — for Qiscus, which of its two webhooks.
 * (The Meta Cloud API's instructions are in meta/register.ts.)
 */
import type { RegistrationContext, RegistrationOutcome } from '../channel.js';
import { BUSINESS_KEY_HEADER_NAME } from '../business-key.js';

const KEY_GENERATED = '  (a new webhook key was generated and stored)';

export async function register360dialog(context: RegistrationContext): Promise<RegistrationOutcome> {
  const apiKey = context.credentials.apiKey;
  if (!apiKey) {
    return {
      status: 'failed',
      lines: [`No API key: put it in businessSecrets/${context.businessId} as channels.whatsapp-360dialog.apiKey.`],
    };
  }
  const { key, generated } = await context.businessKey();
  const url = `${context.webhookBase}/webhook/whatsapp/360dialog`;
  await context.http.json({
    provider: 'whatsapp-360dialog',
    service: 'the 360dialog API',
    url: `${context.baseUrl.replace(/\/+$/, '')}/v1/configs/webhook`,
    headers: { 'D360-API-KEY': apiKey, accept: 'application/json' },
    json: { url, headers: { [BUSINESS_KEY_HEADER_NAME]: key } },
    secrets: [apiKey, key],
  });
  return {
    status: 'registered',
    lines: [
      `Webhook of ${context.accountId} set to ${url} (with the business key in the ${BUSINESS_KEY_HEADER_NAME} header)`,
      ...(generated ? [KEY_GENERATED] : []),
    ],
  };
}

/** A portal configured by hand: the URL, and the key in a header where the portal can send one. */
export async function registerByHand(
  context: RegistrationContext,
  portal: { label: string; segment: string; header: boolean },
): Promise<RegistrationOutcome> {
  const { key, generated } = await context.businessKey();
  const url = `${context.webhookBase}/webhook/whatsapp/${portal.segment}`;
  const lines = portal.header
    ? [
        `${portal.label}, webhook of account ${context.accountId}:`,
        `  URL: ${url}`,
        `  Header: ${BUSINESS_KEY_HEADER_NAME}: ${key}`,
        `  (if the portal cannot send headers, use the URL ${url}/${key} instead)`,
      ]
    : [`${portal.label}, webhook of account ${context.accountId}:`, `  URL: ${url}/${key}`];
  return { status: 'manual', lines: [...lines, ...(generated ? [KEY_GENERATED] : [])] };
}

/**
 * Qiscus has two webhooks that carry a customer's WhatsApp message, and
 * Frontdesk reads both at the same URL; one of them should be set, not both.
 */
export async function registerQiscus(context: RegistrationContext): Promise<RegistrationOutcome> {
  const { key, generated } = await context.businessKey();
  const url = `${context.webhookBase}/webhook/whatsapp/qiscus/${key}`;
  return {
    status: 'manual',
    lines: [
      `Qiscus Omnichannel, WhatsApp channel ${context.accountId} (Qiscus cannot send headers, so the key is in the URL):`,
      `  URL: ${url}`,
      '  Set it as the Bot Webhook (Integration → Bot Integration → Bot Webhook URL): recommended. Replies then go',
      "  into the customer's Qiscus room, so agents in Qiscus see them, and Qiscus routes them to WhatsApp.",
      '  Or, for a number used without the Qiscus inbox, as the WA Webhook (Settings → WhatsApp → Webhook):',
      '  replies then go straight to the WhatsApp API. Set one of the two, not both.',
      ...(generated ? [KEY_GENERATED] : []),
    ],
  };
}
