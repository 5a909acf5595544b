/** Entry of the staffTelegramLink callable: a one-time code to link a staff member's Telegram. */
import { HttpsError } from 'firebase-functions/v2/https';
import { z } from 'zod';
import { STAFF_TELEGRAM_BOT_TOKEN, optionalSecret, vendorUrls } from '../config.js';
import { NotFoundError } from '../errors.js';
import { telegramStaffBot } from '../notifiers/telegram-staff-bot.js';
import { createStaffLinkCode } from '../pipeline/staff-link.js';
import { at } from '../store/collections.js';
import { runtimeDeps } from './runtime.js';

const Input = z.object({ businessId: z.string().min(1).max(100), uid: z.string().min(1).max(128).optional() });

export async function handle(caller: string | undefined, data: unknown) {
  if (!caller) throw new HttpsError('unauthenticated', 'Sign in first.');
  const input = Input.safeParse(data);
  if (!input.success) throw new HttpsError('invalid-argument', 'Expected { businessId, uid? }.');
  const deps = runtimeDeps();
  const { businessId } = input.data;
  const uid = input.data.uid ?? caller;
  const me = await deps.db.get(at.member(businessId, caller));
  if (!me) throw new HttpsError('permission-denied', 'You are not a member of this business.');
  if (uid !== caller && me.role !== 'owner') throw new HttpsError('permission-denied', 'Only owners can link others.');
  const token = optionalSecret(STAFF_TELEGRAM_BOT_TOKEN);
  if (!token)
    throw new HttpsError('failed-precondition', 'This deployment has no staff bot (STAFF_TELEGRAM_BOT_TOKEN).');
  try {
    const { code, expiresAt } = await createStaffLinkCode(deps, businessId, uid);
    const username = await telegramStaffBot(token, vendorUrls().telegram)
      .username()
      .catch(() => undefined);
    return {
      code,
      expiresAt: expiresAt.toISOString(),
      link: username ? `https://t.me/${username}?start=${code}` : null,
    };
  } catch (err) {
    if (err instanceof NotFoundError) throw new HttpsError('not-found', err.message);
    throw err;
  }
}
