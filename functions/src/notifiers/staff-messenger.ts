/**
 * The staff messenger port: how the staff bot writes to the owner and staff
 * (pipeline/staff-notify.ts). One implementation today, Telegram through
 * grammY (`telegram-staff-bot.ts`); tests use the same one against the local
 * fake Bot API (testing/fake-telegram-api.ts).
 *
 * To add one (WhatsApp to the owner, say): implement `StaffMessenger` in one
 * file, throwing ProviderError for failures with `retryable` saying whether
 * trying again later can help, and pick it in the entry that builds the
 * notifier's dependencies.
 */

/** A button under a staff message: `id` comes back when it is pressed (at most 60 bytes). */
export interface StaffButton {
  id: string;
  label: string;
}

export interface StaffMessage {
  /** Telegram HTML (<b>, <i>, <code>; everything else escaped). */
  html: string;
  buttons?: StaffButton[] | undefined;
}

export interface StaffMessenger {
  readonly name: string;
  /** Sends to a staff chat; the message's id is what a reply or a button press refers to. */
  send(chatId: string, message: StaffMessage): Promise<{ messageId: number }>;
  /** The bot's username, for the link staff open to connect their chat (t.me/<username>?start=<code>). */
  username(): Promise<string>;
}
