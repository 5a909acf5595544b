/**
 * HTTPS functions. Wiring only: each binds a route to its entry module,
 * imported on first use so a function loads only the code it runs.
 * Hosting rewrites give them stable public paths (firebase.json).
 */
import { onRequest, type Request } from 'firebase-functions/v2/https';
import { BOOKING_SECRETS, GOOGLE_OAUTH_CLIENT_ID, GOOGLE_OAUTH_CLIENT_SECRET } from '../booking/secrets.js';
import {
  CHAT_SESSION_SECRET,
  INSTAGRAM_APP_SECRET,
  META_APP_SECRET,
  META_VERIFY_TOKEN,
  STAFF_TELEGRAM_WEBHOOK_SECRET,
} from '../config.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import { installRawBodyGuard } from '../http/raw-body.js';

// Before the framework parses any request body: a signed delivery that is
// not valid JSON still reaches the webhook handler, which keeps it (http/raw-body.ts).
installRawBodyGuard();

type Handle = (request: RawRequest) => Promise<RawResponse>;

function serve(load: () => Promise<{ handle: Handle }>) {
  return async (req: Request, res: Parameters<Parameters<typeof onRequest>[0]>[1]) => {
    const [{ toRawRequest, sendRawResponse }, { handle }] = await Promise.all([import('../http/express.js'), load()]);
    sendRawResponse(res, await handle(toRawRequest(req)));
  };
}

const WEBHOOK = { concurrency: 80, timeoutSeconds: 30 };

// Each webhook function binds exactly the deployment secrets its adapters declare
// (`ChannelAdapter.deploymentSecrets`); channels/contract.test.ts checks the two agree.

/** /webhook/whatsapp/{meta|360dialog|montymobile|qiscus} */
export const webhookWhatsapp = onRequest(
  { ...WEBHOOK, secrets: [META_APP_SECRET, META_VERIFY_TOKEN] },
  serve(() => import('../entries/webhook-whatsapp.js')),
);

/** /webhook/facebook (and /webhook/fb), /webhook/instagram */
export const webhookMeta = onRequest(
  { ...WEBHOOK, secrets: [META_APP_SECRET, META_VERIFY_TOKEN, INSTAGRAM_APP_SECRET] },
  serve(() => import('../entries/webhook-meta.js')),
);

/** /webhook/telegram/{businessId}: the business's own secret token, no deployment secret. */
export const webhookTelegram = onRequest(
  WEBHOOK,
  serve(() => import('../entries/webhook-telegram.js')),
);

/** /webhook/staff-telegram — the staff bot (one per deployment): links, staff replies, button presses. */
export const webhookStaffBot = onRequest(
  { secrets: [STAFF_TELEGRAM_WEBHOOK_SECRET, ...BOOKING_SECRETS], concurrency: 80, timeoutSeconds: 30 },
  serve(() => import('../entries/webhook-staff.js')),
);

/**
 * /api/** — the web chat API and the health check. The chat widget runs on
 * businesses' own sites, so any origin may call it (`cors: true` answers the
 * preflight); sessions are bearer tokens, never cookies.
 */
export const api = onRequest(
  { secrets: [CHAT_SESSION_SECRET], concurrency: 80, timeoutSeconds: 60, cors: true },
  serve(() => import('../entries/api.js')),
);

/**
 * /webhook/stripe — Stripe Connect's platform webhook (deposits). Bound to
 * every booking secret: confirming a deposit writes the calendar event too.
 */
export const webhookStripe = onRequest(
  { secrets: BOOKING_SECRETS, concurrency: 80, timeoutSeconds: 60 },
  serve(() => import('../entries/webhook-stripe.js')),
);

/** /oauth/google/callback — an owner connecting Google Calendar comes back here. */
export const oauthGoogle = onRequest(
  { secrets: [GOOGLE_OAUTH_CLIENT_ID, GOOGLE_OAUTH_CLIENT_SECRET], timeoutSeconds: 30 },
  serve(() => import('../entries/oauth-google.js')),
);
