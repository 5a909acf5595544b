/** Entry of the onNotificationCreated trigger (and of the sweep): the staff bot tells staff on Telegram. */
import { STAFF_TELEGRAM_BOT_TOKEN, optionalSecret, vendorUrls } from '../config.js';
import { telegramStaffBot } from '../notifiers/telegram-staff-bot.js';
import type { Deps } from '../pipeline/deps.js';
import { type StaffNotifyDeps, notifyStaff } from '../pipeline/staff-notify.js';
import { runtimeDeps } from './runtime.js';

/** The staff bot, when this deployment has one (its token is a secret bound to the functions that write). */
export function staffNotifyDeps(deps: Deps = runtimeDeps()): StaffNotifyDeps {
  const token = optionalSecret(STAFF_TELEGRAM_BOT_TOKEN);
  return { ...deps, messenger: token ? telegramStaffBot(token, vendorUrls().telegram) : undefined };
}

export async function handle(businessId: string, notificationId: string, deps: StaffNotifyDeps = staffNotifyDeps()) {
  const outcome = await notifyStaff(deps, businessId, notificationId);
  deps.log.info('staff notification', { businessId, notificationId, ...outcome });
  return outcome;
}
