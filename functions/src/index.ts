/**
 * Every Cloud Function of Frontdesk. This file only re-exports; each trigger
 * file binds events to entry modules (src/entries) that hold the logic.
 */
export {
  api,
  oauthGoogle,
  webhookMeta,
  webhookStaffBot,
  webhookStripe,
  webhookTelegram,
  webhookWhatsapp,
} from './triggers/http.js';
export { onMessageCreated, onNotificationCreated, onOutboxCreated } from './triggers/firestore.js';
export { replyTurn } from './triggers/tasks.js';
export { staffTelegramLink } from './triggers/callable.js';
export { rollupMetrics, sweepWork } from './triggers/schedules.js';
export { benchBareWrite, benchTriggerEcho, benchTriggerWrite } from './triggers/bench.js';
export { analytics, staff, team } from './triggers/callables.js';
