/**
 * The shapes of what staff are told and how they answer: notifications
 * (shown in the dashboard, sent by the staff bot on Telegram), the threads
 * that tie a staff bot message to its notification, the one-time codes
 * that link a staff member's chat, and the members themselves. Written
 * only by the functions (and the seed), so typed, not re-checked.
 */
import type { ChannelType } from '../domain/business.js';

export type NotificationKind =
  | 'delivery_failed'
  | 'reply_failed'
  | 'handoff'
  /** A handoff because the customer may be having a medical emergency: urgent, for everyone on staff. */
  | 'emergency'
  /** A contact flooded the conversation: one polite message, then silence until it calms down. */
  | 'rate_limited'
  /** The business's daily LLM budget is spent: the offline responder answers until tomorrow (owners only). */
  | 'budget_exceeded'
  /** Booking: a new booking, a change, a cancellation or a no-show. */
  | 'booking'
  /** Booking: something waits for the owner's Approve / Decline (its `actions`, subject an appointment). */
  | 'approval'
  /** Booking: a payment, refund or calendar step that failed for good, or an integration that lost its access. */
  | 'booking_failed';

/** A button on a notification (Telegram inline keyboard, dashboard): its id is what the action registry dispatches. */
export interface NotificationAction {
  /** Short: [a-z0-9_-], at most 40 characters (it travels in Telegram's 64-byte callback data). */
  id: string;
  label: string;
}

/**
 * Something staff must know about, shown in the dashboard and sent by the
 * staff bot to the owner and staff who linked their Telegram
 * (pipeline/staff-notify.ts). Actions are dispatched to the handlers
 * registered for the notification's kind (pipeline/notification-actions.ts).
 */
export interface NotificationDoc {
  kind: NotificationKind;
  /** The conversation it is about, when it is about one (a handoff, a failed reply or send, a flood). */
  conversationId?: string | null;
  messageId?: string | null;
  channel?: ChannelType | null;
  reason: string;
  createdAt: Date;
  read: boolean;
  /** What it is about, for action handlers: { kind: 'conversation', id }, { kind: 'appointment', id }, … */
  subject?: { kind: string; id: string } | null;
  actions?: NotificationAction[] | null;
  /** The action taken, once: who took it, where, and how it went. */
  resolution?: NotificationResolution | null;
  /** Its delivery to staff on Telegram: a work item (state, lease, attempts, dueAt) plus what was sent to whom. */
  telegram?: StaffDelivery | null;
}

export interface NotificationResolution {
  actionId: string;
  by: { uid: string; name: string };
  via: 'telegram' | 'dashboard';
  at: Date;
  state: 'running' | 'done' | 'failed';
  /** What the handler said (shown to staff), or why it failed. */
  result?: string | null;
}

export type StaffDeliveryState = 'pending' | 'sending' | 'retry' | 'sent' | 'skipped' | 'failed';

export interface StaffDelivery {
  state: StaffDeliveryState;
  attempts: number;
  leaseUntil?: Date | null;
  nextAttemptAt?: Date | null;
  dueAt?: Date | null;
  reason?: string | null;
  /** One entry per staff chat the notification reached: a retry never sends to these again. */
  deliveries?: { chatId: string; messageId: number; at: Date }[];
  /** Chats it could not reach, with the reason (a blocked bot, a chat that no longer exists). */
  failures?: { chatId: string; reason: string; at: Date }[];
}

/**
 * A staff bot message that staff may answer: a reply to it goes to the
 * customer, a button press to the notification's actions. Keyed by
 * `${chatId}_${telegram message id}` (server-only, top level).
 */
export interface StaffThreadDoc {
  businessId: string;
  notificationId: string;
  conversationId?: string | null;
  createdAt: Date;
  /** Kept 30 days (Firestore TTL). */
  expireAt: Date;
}

/** A one-time code that links a staff member's Telegram chat to the staff bot (server-only, by the code's hash). */
export interface StaffLinkCodeDoc {
  businessId: string;
  uid: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt?: Date | null;
  /** The chat it linked. */
  chatId?: string | null;
}

/** A member of a business's staff (members/{uid}). */
export interface MemberDoc {
  email: string;
  name: string;
  role: 'owner' | 'staff';
  /** The Telegram chat the staff bot writes to (linked with a one-time code, or set in the profile). */
  telegramChatId?: string | null;
  telegramLinkedAt?: Date | null;
  source?: string;
}
