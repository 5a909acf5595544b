/**
 * WhatsApp's customer-service window (and Messenger's standard messaging
 * window): free-form messages only within `hours` of the customer's last
 * message; after that only approved templates. Pure: decided from the
 * times, before anything is attempted.
 */
import type { ChannelType } from './business.js';

/**
 * How long after a customer's last message each channel lets a business
 * send free-form text: WhatsApp's 24-hour customer-service window,
 * Messenger's and Instagram's standard messaging window; none for Telegram
 * and the web chat. The one place this is said: the channel adapters
 * declare it from here, and the dashboard shows it from here.
 */
export const SERVICE_WINDOW_HOURS: Readonly<Record<ChannelType, number | undefined>> = {
  'whatsapp-meta': 24,
  'whatsapp-360dialog': 24,
  'whatsapp-montymobile': 24,
  'whatsapp-qiscus': 24,
  messenger: 24,
  instagram: 24,
  telegram: undefined,
  webchat: undefined,
};

export type WindowDecision = { send: 'as-is' } | { send: 'template' } | { send: 'refuse'; reason: string };

export function serviceWindowDecision(opts: {
  windowHours: number | undefined;
  lastInboundAtMs: number | undefined;
  nowMs: number;
  /** The message is a template already. */
  isTemplate: boolean;
  /** The business has a re-engagement template for this channel account. */
  hasReengagementTemplate: boolean;
}): WindowDecision {
  if (opts.windowHours === undefined || opts.isTemplate) return { send: 'as-is' };
  const open = opts.lastInboundAtMs !== undefined && opts.nowMs - opts.lastInboundAtMs < opts.windowHours * 3_600_000;
  if (open) return { send: 'as-is' };
  if (opts.hasReengagementTemplate) return { send: 'template' };
  const since =
    opts.lastInboundAtMs === undefined
      ? 'has never written'
      : 'last wrote more than ' + opts.windowHours + ' hours ago';
  return {
    send: 'refuse',
    reason:
      `Not sent: the customer ${since}, and outside the ${opts.windowHours}-hour window only approved templates may be sent. ` +
      'Configure a re-engagement template for this channel, or reply when the customer writes again.',
  };
}
