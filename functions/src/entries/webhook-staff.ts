/** Entry of the webhookStaffBot function: /webhook/staff-telegram. */
import { STAFF_TELEGRAM_WEBHOOK_SECRET, optionalSecret } from '../config.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import { handleStaffWebhook } from '../http/staff-telegram.js';
// Loaded for its registration of booking's Approve / Decline on the notification action registry.
import './booking-runtime.js';
import { runtimeDeps } from './runtime.js';

export function handle(request: RawRequest): Promise<RawResponse> {
  return handleStaffWebhook(
    { ...runtimeDeps(), webhookSecret: optionalSecret(STAFF_TELEGRAM_WEBHOOK_SECRET) },
    request,
  );
}
