/**
 * Every Cloud Function of Frontdesk. This file only re-exports; each trigger
 * file binds events to entry modules (src/entries) that hold the logic.
 */
export { api, oauthGoogle, webhookMeta, webhookStripe, webhookTelegram, webhookWhatsapp } from './triggers/http.js';
export { onMessageCreated, onOutboxCreated } from './triggers/firestore.js';
export { sweepWork } from './triggers/schedules.js';
export { benchBareWrite } from './triggers/bench.js';
export { staff, team } from './triggers/callables.js';
