/**
 * A local fake of Google's OAuth 2.0 token endpoint and the Calendar API v3
 * parts Frontdesk uses, driven by the real google-auth-library and
 * `@googleapis/calendar` (endpoints and rootUrl pointed here).
 *
 *   GET  /o/oauth2/v2/auth             the consent page: `consent(url)` plays the owner
 *   POST /token                        authorization_code (with PKCE S256) and refresh_token grants;
 *                                      errors { error: "invalid_grant" | "invalid_client" | … }
 *   POST /calendar/v3/freeBusy         busy = opaque, confirmed events and blocked times;
 *                                      transparent events are free, as Google counts them
 *   POST /calendar/v3/calendars/:c/events         (409 when the id exists, even cancelled)
 *   PUT  /calendar/v3/calendars/:c/events/:id     (404 unknown)
 *   DELETE /calendar/v3/calendars/:c/events/:id   (cancels; 410 when already deleted)
 *   GET  /calendar/v3/calendars/:c/events/:id
 *
 * Calendar calls need a live access token it issued (401 otherwise, in
 * Google's error envelope { error: { code, message, status, errors } }).
 */
import { createHash, randomBytes } from 'node:crypto';
import { type FakeAnswer, type FakeHttpServer, type RecordedRequest, startFakeHttpServer } from './fake-http.js';

/** The demo values of functions/.secret.local, so the emulator's functions and this fake agree. */
export const FAKE_GOOGLE_CLIENT_ID = 'demo-frontdesk.apps.googleusercontent.com';
export const FAKE_GOOGLE_CLIENT_SECRET = 'demo-frontdesk-google-client-secret';

export interface FakeEvent {
  id: string;
  calendarId: string;
  status: 'confirmed' | 'cancelled';
  summary?: string;
  description?: string;
  start: { dateTime: string; timeZone?: string };
  end: { dateTime: string; timeZone?: string };
  transparency?: 'opaque' | 'transparent';
  extendedProperties?: { private?: Record<string, string> };
  updated: string;
}

export interface FakeGoogle {
  readonly url: string;
  readonly server: FakeHttpServer;
  readonly events: Map<string, FakeEvent>;
  /** Plays the owner on the consent page: returns what Google puts on the redirect (code and state). */
  consent(authorizationUrl: string): { redirectUri: string; code: string; state: string };
  /** A refresh token as if the owner had connected already. */
  grant(): string;
  revoke(refreshToken: string): void;
  /** Someone's own busy time on a calendar (an event not made by Frontdesk). */
  block(calendarId: string, start: Date, end: Date): void;
  eventsOn(calendarId: string): FakeEvent[];
  close(): Promise<void>;
}

const BASE32HEX = /^[a-v0-9]{5,1024}$/;

function googleError(code: number, message: string, status: string, reason = status.toLowerCase()): FakeAnswer {
  return { status: code, json: { error: { code, message, status, errors: [{ domain: 'global', reason, message }] } } };
}

export async function startFakeGoogle(options: { port?: number } = {}): Promise<FakeGoogle> {
  const codes = new Map<string, { challenge: string; redirectUri: string; scope: string }>();
  const refreshTokens = new Map<string, { revoked: boolean; scope: string }>();
  const accessTokens = new Map<string, number>();
  const events = new Map<string, FakeEvent>();
  const blocks: { calendarId: string; start: Date; end: Date }[] = [];
  const key = (calendarId: string, eventId: string) => `${calendarId}\n${eventId}`;

  function issueAccess(): string {
    const token = `ya29.fake-${randomBytes(16).toString('hex')}`;
    accessTokens.set(token, Date.now() + 3_600_000);
    return token;
  }

  function token(request: RecordedRequest): FakeAnswer {
    const form = Object.fromEntries(new URLSearchParams(typeof request.body === 'string' ? request.body : ''));
    const basic = request.headers.authorization?.startsWith('Basic ')
      ? Buffer.from(request.headers.authorization.slice(6), 'base64').toString().split(':')
      : [];
    const clientId = form.client_id ?? basic[0];
    const secret = form.client_secret ?? basic[1];
    if (clientId !== FAKE_GOOGLE_CLIENT_ID || secret !== FAKE_GOOGLE_CLIENT_SECRET) {
      return { status: 401, json: { error: 'invalid_client', error_description: 'The OAuth client was not found.' } };
    }
    if (form.grant_type === 'authorization_code') {
      const issued = form.code ? codes.get(form.code) : undefined;
      if (!issued) return { status: 400, json: { error: 'invalid_grant', error_description: 'Malformed auth code.' } };
      codes.delete(form.code!);
      if (form.redirect_uri !== issued.redirectUri)
        return { status: 400, json: { error: 'redirect_uri_mismatch', error_description: 'Bad Request' } };
      const challenge = createHash('sha256')
        .update(form.code_verifier ?? '')
        .digest('base64url');
      if (challenge !== issued.challenge)
        return { status: 400, json: { error: 'invalid_grant', error_description: 'Invalid code verifier.' } };
      const refresh = `1//fake-refresh-${randomBytes(16).toString('hex')}`;
      refreshTokens.set(refresh, { revoked: false, scope: issued.scope });
      return {
        status: 200,
        json: {
          access_token: issueAccess(),
          expires_in: 3599,
          refresh_token: refresh,
          scope: issued.scope,
          token_type: 'Bearer',
        },
      };
    }
    if (form.grant_type === 'refresh_token') {
      const known = form.refresh_token ? refreshTokens.get(form.refresh_token) : undefined;
      if (!known || known.revoked)
        return {
          status: 400,
          json: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
        };
      return {
        status: 200,
        json: { access_token: issueAccess(), expires_in: 3599, scope: known.scope, token_type: 'Bearer' },
      };
    }
    return {
      status: 400,
      json: { error: 'unsupported_grant_type', error_description: `Invalid grant_type: ${form.grant_type}` },
    };
  }

  function authorised(request: RecordedRequest): boolean {
    const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    return bearer !== undefined && (accessTokens.get(bearer) ?? 0) > Date.now();
  }

  function busyOn(calendarId: string, from: Date, to: Date) {
    const overlapping = (start: Date, end: Date) => start < to && from < end;
    const fromEvents = [...events.values()]
      .filter((e) => e.calendarId === calendarId && e.status === 'confirmed' && e.transparency !== 'transparent')
      .map((e) => ({ start: new Date(e.start.dateTime), end: new Date(e.end.dateTime) }));
    const fromBlocks = blocks.filter((b) => b.calendarId === calendarId).map((b) => ({ start: b.start, end: b.end }));
    return [...fromEvents, ...fromBlocks]
      .filter((b) => overlapping(b.start, b.end))
      .sort((a, b) => a.start.getTime() - b.start.getTime())
      .map((b) => ({ start: b.start.toISOString(), end: b.end.toISOString() }));
  }

  function validEvent(body: unknown): string | undefined {
    const e = body as Partial<FakeEvent> | undefined;
    if (!e?.start?.dateTime || !e.end?.dateTime) return 'Missing end time.';
    if (Number.isNaN(Date.parse(e.start.dateTime)) || Date.parse(e.end.dateTime) <= Date.parse(e.start.dateTime)) {
      return 'The specified time range is empty.';
    }
    if (e.transparency && !['opaque', 'transparent'].includes(e.transparency)) return 'Invalid transparency.';
    return undefined;
  }

  function calendar(request: RecordedRequest): FakeAnswer {
    if (!authorised(request))
      return googleError(401, 'Request had invalid authentication credentials.', 'UNAUTHENTICATED', 'authError');
    if (request.method === 'POST' && request.path === '/calendar/v3/freeBusy') {
      const body = request.body as { timeMin?: string; timeMax?: string; items?: { id: string }[] } | undefined;
      if (!body?.timeMin || !body.timeMax)
        return googleError(400, 'Missing timeMin or timeMax.', 'INVALID_ARGUMENT', 'required');
      const from = new Date(body.timeMin);
      const to = new Date(body.timeMax);
      const calendars = Object.fromEntries(
        (body.items ?? []).map(({ id }) =>
          id === 'missing@group.calendar.google.com'
            ? [id, { errors: [{ domain: 'global', reason: 'notFound' }], busy: [] }]
            : [id, { busy: busyOn(id, from, to) }],
        ),
      );
      return {
        status: 200,
        json: { kind: 'calendar#freeBusy', timeMin: body.timeMin, timeMax: body.timeMax, calendars },
      };
    }
    const match = /^\/calendar\/v3\/calendars\/([^/]+)\/events(?:\/([^/]+))?$/.exec(request.path);
    if (!match) return googleError(404, 'Not Found', 'NOT_FOUND', 'notFound');
    const calendarId = decodeURIComponent(match[1]!);
    const eventId = match[2] && decodeURIComponent(match[2]);
    const now = new Date().toISOString();
    if (request.method === 'POST' && !eventId) {
      const body = request.body as Partial<FakeEvent> & { id?: string };
      const invalid = validEvent(body);
      if (invalid) return googleError(400, invalid, 'INVALID_ARGUMENT', 'invalid');
      const id = body.id ?? randomBytes(13).toString('hex');
      if (!BASE32HEX.test(id)) return googleError(400, 'Invalid resource id value.', 'INVALID_ARGUMENT', 'invalid');
      if (events.has(key(calendarId, id)))
        return googleError(409, 'The requested identifier already exists.', 'ALREADY_EXISTS', 'duplicate');
      const created = { ...body, id, calendarId, status: body.status ?? 'confirmed', updated: now } as FakeEvent;
      events.set(key(calendarId, id), created);
      return { status: 200, json: created };
    }
    const existing = eventId ? events.get(key(calendarId, eventId)) : undefined;
    if (!eventId || !existing) return googleError(404, 'Not Found', 'NOT_FOUND', 'notFound');
    if (request.method === 'GET') return { status: 200, json: existing };
    if (request.method === 'PUT') {
      const body = request.body as Partial<FakeEvent>;
      const invalid = validEvent(body);
      if (invalid) return googleError(400, invalid, 'INVALID_ARGUMENT', 'invalid');
      const updated = {
        ...body,
        id: eventId,
        calendarId,
        status: body.status ?? 'confirmed',
        updated: now,
      } as FakeEvent;
      events.set(key(calendarId, eventId), updated);
      return { status: 200, json: updated };
    }
    if (request.method === 'DELETE') {
      if (existing.status === 'cancelled') return googleError(410, 'Resource has been deleted', 'GONE', 'deleted');
      existing.status = 'cancelled';
      existing.updated = now;
      return { status: 204, json: '' };
    }
    return googleError(405, 'Method not allowed', 'METHOD_NOT_ALLOWED');
  }

  const server = await startFakeHttpServer(
    (request) => (request.path === '/token' ? token(request) : calendar(request)),
    options.port ? { port: options.port } : {},
  );

  return {
    url: server.url,
    server,
    events,
    consent(authorizationUrl) {
      const url = new URL(authorizationUrl);
      const p = url.searchParams;
      const problems = [
        p.get('client_id') === FAKE_GOOGLE_CLIENT_ID ? undefined : 'client_id',
        p.get('response_type') === 'code' ? undefined : 'response_type',
        p.get('access_type') === 'offline' ? undefined : 'access_type',
        p.get('code_challenge_method') === 'S256' && p.get('code_challenge') ? undefined : 'code_challenge',
        p.get('state') ? undefined : 'state',
        p.get('redirect_uri') ? undefined : 'redirect_uri',
        p.get('scope')?.includes('calendar') ? undefined : 'scope',
      ].filter(Boolean);
      if (problems.length) throw new Error(`fake google: bad authorization request (${problems.join(', ')})`);
      const code = `4/fake-code-${randomBytes(12).toString('hex')}`;
      codes.set(code, {
        challenge: p.get('code_challenge')!,
        redirectUri: p.get('redirect_uri')!,
        scope: p.get('scope')!,
      });
      return { redirectUri: p.get('redirect_uri')!, code, state: p.get('state')! };
    },
    grant() {
      const refresh = `1//fake-refresh-${randomBytes(16).toString('hex')}`;
      refreshTokens.set(refresh, { revoked: false, scope: 'https://www.googleapis.com/auth/calendar.events' });
      return refresh;
    },
    revoke(refreshToken) {
      const known = refreshTokens.get(refreshToken);
      if (known) known.revoked = true;
      // Access tokens made from it stop working too.
      accessTokens.clear();
    },
    block(calendarId, start, end) {
      blocks.push({ calendarId, start, end });
    },
    eventsOn: (calendarId) => [...events.values()].filter((e) => e.calendarId === calendarId),
    close: () => server.close(),
  };
}
