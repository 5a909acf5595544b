/** Callable functions (the dashboard calls them with the signed-in user's token). Wiring only. */
import { onCall } from 'firebase-functions/v2/https';
import { STAFF_TELEGRAM_BOT_TOKEN } from '../config.js';

/**
 * A one-time code (and the t.me link) that links a staff member's Telegram
 * chat to the staff bot: `{ businessId, uid? }` — a member asks for their
 * own; an owner may ask for any member's.
 */
export const staffTelegramLink = onCall({ secrets: [STAFF_TELEGRAM_BOT_TOKEN] }, async (request) => {
  const { handle } = await import('../entries/staff-link.js');
  return handle(request.auth?.uid, request.data);
});
