/**
 * What the staff bot does with what staff send it (the webhook has verified
 * and parsed the update; http/staff-telegram.ts):
 *
 * - `/start <code>` (the link staff open) or the code alone: links the chat;
 * - a reply to one of its notifications: goes to that customer as a staff
 *   reply (pipeline/staff-reply.ts), which makes a person the owner;
 * - a button press: the notification's action (pipeline/notification-actions.ts);
 * - `/unlink`: stops notifications to this chat;
 * - anything else: how to use it.
 *
 * Every reply and press is checked against the thread it answers: the chat
 * must be linked to that thread's business, by the person pressing. The
 * answer goes back in the webhook response (a Bot API method call), so
 * nothing here calls Telegram.
 */
import { describeError } from '../errors.js';
import { at } from '../store/collections.js';
import type { StaffThreadDoc } from '../store/documents.js';
import { escapeHtml } from '../domain/staff-message.js';
import type { Deps } from './deps.js';
import { dispatchNotificationAction, type NotificationActionRegistry } from './notification-actions.js';
import { type StaffIdentity, linkStaffChat, readLinkCode, staffOfChat, unlinkStaffChat } from './staff-link.js';
import { threadId } from './staff-notify.js';
import { sendStaffReply } from './staff-reply.js';

export type StaffUpdate =
  | {
      kind: 'message';
      chatId: string;
      privateChat: boolean;
      fromId: string;
      messageId: number;
      text?: string | undefined;
      /** The staff bot message this one replies to. */
      replyTo?: number | undefined;
    }
  | {
      kind: 'press';
      callbackId: string;
      fromId: string;
      chatId?: string | undefined;
      messageId?: number | undefined;
      data: string;
    }
  | { kind: 'other' };

/** A Bot API call made in the webhook's response. */
export type StaffBotAnswer =
  | { method: 'sendMessage'; chat_id: string; text: string; parse_mode: 'HTML' }
  | { method: 'answerCallbackQuery'; callback_query_id: string; text: string; show_alert?: boolean };

export interface StaffBotDeps extends Deps {
  actions?: NotificationActionRegistry;
}

const HELP = [
  "Hi! I'm the staff bot of Frontdesk: I tell you when a customer needs a person, and you can answer them from here.",
  '',
  '• To link this chat, open the link you got from Frontdesk (or send me its code).',
  '• Reply to one of my notifications to answer that customer.',
  '• /unlink stops my messages to this chat.',
].join('\n');

const REFUSED: Record<string, string> = {
  unknown: "I don't know this code. Ask for a new one (they work once, for 30 minutes).",
  used: 'This code has been used already. Ask for a new one.',
  expired: 'This code has expired. Ask for a new one (they work for 30 minutes).',
};

const say = (chatId: string, text: string): StaffBotAnswer => ({
  method: 'sendMessage',
  chat_id: chatId,
  text,
  parse_mode: 'HTML',
});
const toast = (callbackId: string, text: string, alert = false): StaffBotAnswer => ({
  method: 'answerCallbackQuery',
  callback_query_id: callbackId,
  // Telegram shows at most 200 characters.
  text: text.length > 200 ? `${text.slice(0, 199)}…` : text,
  ...(alert ? { show_alert: true } : {}),
});

export async function handleStaffUpdate(deps: StaffBotDeps, update: StaffUpdate): Promise<StaffBotAnswer | undefined> {
  if (update.kind === 'press') return press(deps, update);
  if (update.kind !== 'message' || !update.privateChat) return undefined;
  const text = update.text?.trim() ?? '';
  const start = /^\/start(?:@\w+)?(?:\s+(.*))?$/s.exec(text);
  if (/^\/(unlink|stop)(?:@\w+)?$/.test(text)) {
    const n = await unlinkStaffChat(deps, update.chatId);
    return say(update.chatId, n ? 'Done: I will not write to this chat any more.' : 'This chat was not linked.');
  }
  if (update.replyTo !== undefined && !start) return staffReply(deps, update);
  const code = readLinkCode(start ? (start[1] ?? '') : text);
  if (code) return link(deps, update.chatId, code);
  return say(update.chatId, escapeHtml(HELP));
}

async function link(deps: Deps, chatId: string, code: string): Promise<StaffBotAnswer> {
  const outcome = await linkStaffChat(deps, code, chatId);
  if (outcome.result === 'refused')
    return say(chatId, REFUSED[outcome.why] ?? `I could not link this chat: ${outcome.why}.`);
  deps.log.info('staff chat linked', { businessId: outcome.businessId, chatId });
  return say(
    chatId,
    `✅ Linked: you get ${escapeHtml(outcome.businessName)}'s notifications here, ${escapeHtml(outcome.member.name)}. Reply to one to answer the customer.`,
  );
}

type ThreadAccess = { refused: string } | { thread: StaffThreadDoc; staff: StaffIdentity };

/** The thread a staff message answers, if this chat may answer it. */
async function threadFor(deps: Deps, chatId: string, fromId: string, messageId: number): Promise<ThreadAccess> {
  if (fromId !== chatId) return { refused: 'Answer from your own private chat with me.' };
  const thread = await deps.db.get(at.staffThread(threadId(chatId, messageId)));
  if (!thread) return { refused: "I can't tell what this answers: reply to one of my notifications." };
  const staff = (await staffOfChat(deps, chatId)).find((s) => s.businessId === thread.businessId);
  if (!staff) return { refused: 'This chat is no longer linked to that business.' };
  return { thread, staff };
}

async function staffReply(deps: Deps, update: Extract<StaffUpdate, { kind: 'message' }>): Promise<StaffBotAnswer> {
  const found = await threadFor(deps, update.chatId, update.fromId, update.replyTo!);
  if ('refused' in found) return say(update.chatId, found.refused);
  const { thread, staff } = found;
  if (!thread.conversationId)
    return say(update.chatId, 'This notification is not about a conversation: there is nobody to answer.');
  if (!update.text?.trim()) return say(update.chatId, 'Only text replies reach the customer from here.');
  try {
    const outcome = await sendStaffReply(deps, thread.businessId, thread.conversationId, {
      text: update.text,
      staff: { uid: staff.uid, name: staff.member.name },
      via: 'telegram',
      key: `telegram:${update.chatId}:${update.messageId}`,
    });
    const who = escapeHtml(outcome.customerName ?? 'the customer');
    return say(update.chatId, `✅ Sent to ${who}. You have the conversation now: the AI stays quiet while you answer.`);
  } catch (err) {
    deps.log.warn('staff reply refused', { businessId: thread.businessId, error: describeError(err) });
    return say(update.chatId, `Not sent: ${escapeHtml(err instanceof Error ? err.message : String(err))}`);
  }
}

async function press(deps: StaffBotDeps, update: Extract<StaffUpdate, { kind: 'press' }>): Promise<StaffBotAnswer> {
  const actionId = /^a:([a-z0-9_-]{1,40})$/.exec(update.data)?.[1];
  if (!actionId || !update.chatId || update.messageId === undefined)
    return toast(update.callbackId, 'This button does nothing any more.');
  const found = await threadFor(deps, update.chatId, update.fromId, update.messageId);
  if ('refused' in found) return toast(update.callbackId, found.refused, true);
  const { thread, staff } = found;
  const outcome = await dispatchNotificationAction(
    deps,
    {
      businessId: thread.businessId,
      notificationId: thread.notificationId,
      actionId,
      staff: { uid: staff.uid, name: staff.member.name, role: staff.member.role },
      via: 'telegram',
    },
    deps.actions,
  );
  return toast(update.callbackId, outcome.text, outcome.result !== 'done');
}
