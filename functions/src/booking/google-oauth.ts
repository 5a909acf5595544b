/**
 * Connecting a business's Google Calendar: OAuth 2.0 for web server apps
 * (developers.google.com/identity/protocols/oauth2/web-server) with PKCE.
 *
 * 1. `startGoogleConnect` (the CLI `npm run calendar:connect`, later the
 *    dashboard for a signed-in owner) stores a random `state` naming the
 *    business, with the PKCE verifier, for 15 minutes, and returns Google's
 *    consent URL (offline access, consent prompt: a refresh token comes back).
 * 2. Google redirects the owner to `/oauth/google/callback?code&state`.
 *    `handleGoogleCallback` takes the state once (deleted in a transaction:
 *    a replayed or forged callback finds nothing), exchanges the code, and
 *    keeps the refresh token server-side in businessSecrets/{b}.google —
 *    never in the profile, a log or the page.
 *
 * The endpoints are vendor params (vendor/apis.ts: FRONTDESK_GOOGLE_OAUTH_URL,
 * FRONTDESK_GOOGLE_TOKEN_URL, FRONTDESK_GOOGLE_CALENDAR_URL; tests:
 * testing/fake-google.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type * as GoogleCalendarPackage from '@googleapis/calendar';
import { z } from 'zod';
import { ConfigError, NotFoundError, ValidationError, describeError } from '../errors.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import type { Deps } from '../pipeline/deps.js';
import { at } from '../store/collections.js';
import { parseOrThrow } from '../validation.js';
import { accessLostId, noteIntegration } from './diagnostics.js';

export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/calendar.events',
  'https://www.googleapis.com/auth/calendar.freebusy',
];
const STATE_MINUTES = 15;

/** google-auth-library's OAuth2Client, as the calendar package exports it (no second dependency). */
export type OAuth2Client = InstanceType<(typeof GoogleCalendarPackage)['auth']['OAuth2']>;

export interface GoogleConfig {
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** Where Google sends the owner back: https://<hosting>/oauth/google/callback. */
  redirectUri: string;
  authUrl: string;
  tokenUrl: string;
  calendarUrl: string;
  timeoutMs?: number | undefined;
}

export function googleConfig(
  urls: { googleOAuth: string; googleToken: string; googleCalendar: string },
  secrets: { clientId: string | undefined; clientSecret: string | undefined },
  publicUrl: string,
): GoogleConfig {
  return {
    ...secrets,
    redirectUri: `${publicUrl.replace(/\/+$/, '')}/oauth/google/callback`,
    authUrl: urls.googleOAuth,
    tokenUrl: urls.googleToken,
    calendarUrl: urls.googleCalendar,
  };
}

/** An OAuth client on the configured endpoints (google-auth-library, through the calendar package). */
export async function googleOAuthClient(config: GoogleConfig): Promise<OAuth2Client> {
  if (!config.clientId || !config.clientSecret) {
    throw new ConfigError('Google Calendar needs GOOGLE_OAUTH_CLIENT_ID and GOOGLE_OAUTH_CLIENT_SECRET');
  }
  const { auth } = await import('@googleapis/calendar');
  return new auth.OAuth2({
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    redirectUri: config.redirectUri,
    endpoints: { oauth2TokenUrl: config.tokenUrl, oauth2AuthBaseUrl: config.authUrl },
  });
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

/** Stores a one-time state for the business and returns the consent URL to open. */
export async function startGoogleConnect(deps: Deps, config: GoogleConfig, businessId: string): Promise<string> {
  if (!config.clientId) throw new ConfigError('Google Calendar needs GOOGLE_OAUTH_CLIENT_ID');
  if (!(await deps.db.get(at.business(businessId)))) throw new NotFoundError(`No business "${businessId}".`);
  const state = base64url(randomBytes(32));
  const codeVerifier = base64url(randomBytes(48));
  const now = deps.now();
  await deps.db.create(at.oauthState(state), {
    provider: 'google',
    businessId,
    codeVerifier,
    redirectUri: config.redirectUri,
    createdAt: now,
    expiresAt: new Date(now.getTime() + STATE_MINUTES * 60_000),
  });
  const url = new URL(config.authUrl);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    response_type: 'code',
    scope: GOOGLE_SCOPES.join(' '),
    access_type: 'offline',
    prompt: 'consent',
    include_granted_scopes: 'true',
    state,
    code_challenge: base64url(createHash('sha256').update(codeVerifier).digest()),
    code_challenge_method: 'S256',
  }).toString();
  return url.toString();
}

const Callback = z.union([
  z.object({ state: z.string().min(16).max(200), code: z.string().min(1).max(2000) }),
  z.object({ state: z.string().min(16).max(200), error: z.string().min(1).max(200) }),
]);

function page(status: number, title: string, text: string): RawResponse {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(
      title,
    )}</title><main style="font-family:system-ui;max-width:32rem;margin:4rem auto"><h1>${escape(title)}</h1><p>${escape(
      text,
    )}</p></main>`,
  };
}

/** GET /oauth/google/callback: checks the state, exchanges the code, keeps the refresh token. */
export async function handleGoogleCallback(
  deps: Deps,
  config: GoogleConfig,
  request: RawRequest,
): Promise<RawResponse> {
  if (request.method !== 'GET') return page(405, 'Method not allowed', 'Google sends the owner back with a GET.');
  let query: z.infer<typeof Callback>;
  try {
    query = parseOrThrow(Callback, request.query, 'OAuth callback');
  } catch (err) {
    return page(400, 'Not a Google callback', err instanceof ValidationError ? err.message : 'Bad request.');
  }
  const ref = at.oauthState(query.state);
  const now = deps.now();
  // One use: whoever deletes the state in a transaction owns this callback.
  const pending = await deps.db.transaction(async (tx) => {
    const found = await tx.get(ref);
    if (found) tx.delete(ref);
    return found;
  });
  if (!pending || pending.provider !== 'google') {
    return page(
      400,
      'Link expired',
      'This connection link is unknown or was already used. Start again from Frontdesk.',
    );
  }
  if (pending.expiresAt <= now) {
    return page(400, 'Link expired', 'This connection link has expired. Start again from Frontdesk.');
  }
  if ('error' in query) {
    return page(
      200,
      'Not connected',
      `Google Calendar was not connected (${query.error}). You can start again any time.`,
    );
  }
  try {
    const client = await googleOAuthClient({ ...config, redirectUri: pending.redirectUri });
    const { tokens } = await client.getToken({
      code: query.code,
      codeVerifier: pending.codeVerifier,
      redirect_uri: pending.redirectUri,
    });
    if (!tokens.refresh_token) {
      return page(
        502,
        'Not connected',
        'Google did not grant offline access. Remove Frontdesk at myaccount.google.com/permissions and connect again.',
      );
    }
    await deps.db.merge(at.businessSecrets(pending.businessId), {
      google: {
        refreshToken: tokens.refresh_token,
        scope: tokens.scope ?? GOOGLE_SCOPES.join(' '),
        connectedAt: now,
        revokedAt: null,
      },
    });
    await noteIntegration(deps, pending.businessId, 'google-calendar', 'oauth', { ok: true });
    // A "reconnect" notification is answered.
    const lost = at.notification(pending.businessId, accessLostId('google-calendar'));
    if (await deps.db.get(lost)) await deps.db.update(lost, { read: true });
    deps.log.info('google calendar connected', { businessId: pending.businessId });
    return page(
      200,
      'Google Calendar connected',
      'Frontdesk will now check your calendar before offering times, and add each booking to it.',
    );
  } catch (err) {
    deps.log.warn('google calendar connect failed', { businessId: pending.businessId, error: describeError(err) });
    await noteIntegration(deps, pending.businessId, 'google-calendar', 'oauth', { ok: false, error: err });
    return page(502, 'Not connected', 'Google did not accept the connection. Start again from Frontdesk.');
  }
}
