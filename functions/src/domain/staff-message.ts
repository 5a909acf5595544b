/**
 * What the staff bot writes about a notification: what happened (by kind),
 * the business, the customer and their channel, the reason, the last
 * messages of the conversation, and how to answer — as Telegram HTML, with
 * everything that came from customers or models escaped.
 *
 * Kinds are open: a kind without its own line here gets a plain title. A
 * kind may be for owners only (the daily budget).
 */

export interface KindStyle {
  title: string;
  /** Who is told: every linked member, or the owners only. */
  audience: 'staff' | 'owners';
}

const STYLES: Record<string, KindStyle> = {
  handoff: { title: '🙋 A customer needs a person', audience: 'staff' },
  emergency: { title: '🚨 URGENT: possible emergency', audience: 'staff' },
  reply_failed: { title: '⚠️ The AI could not answer', audience: 'staff' },
  delivery_failed: { title: '⚠️ A message could not be delivered', audience: 'staff' },
  rate_limited: { title: '🌊 A customer is flooding the chat', audience: 'staff' },
  budget_exceeded: { title: "💸 Today's AI budget is spent", audience: 'owners' },
  booking: { title: '📅 Booking', audience: 'staff' },
  // The owner decides what the business's approval rules hold back (Approve / Decline buttons).
  approval: { title: '✋ Waiting for your approval', audience: 'owners' },
  booking_failed: { title: '⚠️ A booking step failed', audience: 'staff' },
};

export function kindStyle(kind: string): KindStyle {
  return STYLES[kind] ?? { title: `🔔 ${kind.replace(/_/g, ' ')}`, audience: 'staff' };
}

export interface StaffMessageFacts {
  kind: string;
  businessName: string;
  reason: string;
  customer?: { name?: string | undefined; channel: string } | undefined;
  /** The conversation's last turns, oldest first. */
  recent?: readonly { author: 'customer' | 'ai' | 'staff' | 'system'; text: string }[] | undefined;
  /** Staff can answer the customer by replying to this message. */
  replyable: boolean;
}

export const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const CHANNEL_NAMES: Record<string, string> = {
  'whatsapp-meta': 'WhatsApp',
  'whatsapp-360dialog': 'WhatsApp',
  'whatsapp-montymobile': 'WhatsApp',
  'whatsapp-qiscus': 'WhatsApp',
  messenger: 'Messenger',
  instagram: 'Instagram',
  telegram: 'Telegram',
  webchat: 'the website chat',
};

/** How many of the last turns the message shows, and how much of each. */
export const SHOWN_TURNS = 6;
const TURN_CHARS = 300;

export function staffMessageHtml(facts: StaffMessageFacts): string {
  const who = facts.customer?.name?.trim() || 'A customer';
  const lines = [`<b>${escapeHtml(kindStyle(facts.kind).title)}</b> · ${escapeHtml(facts.businessName)}`];
  if (facts.customer) {
    const channel = CHANNEL_NAMES[facts.customer.channel] ?? facts.customer.channel;
    lines.push(`<b>${escapeHtml(cut(who, 80))}</b> on ${escapeHtml(channel)}`);
  }
  lines.push(`Reason: ${escapeHtml(cut(facts.reason, 600))}`);
  const turns = (facts.recent ?? []).filter((t) => t.text.trim()).slice(-SHOWN_TURNS);
  if (turns.length) {
    lines.push('', '<b>Last messages</b>');
    for (const turn of turns) {
      const author =
        turn.author === 'customer'
          ? `👤 ${cut(who, 40)}`
          : turn.author === 'ai'
            ? '🤖 AI'
            : turn.author === 'staff'
              ? '🧑‍💼 Staff'
              : 'ℹ️';
      lines.push(`${escapeHtml(author)}: ${escapeHtml(cut(turn.text.replace(/\s+/g, ' ').trim(), TURN_CHARS))}`);
    }
  }
  if (facts.replyable) lines.push('', `↩️ <i>Reply to this message to answer ${escapeHtml(cut(who, 40))}.</i>`);
  return lines.join('\n');
}
