/**
 * Downloads media a customer sent on WhatsApp through Meta's Cloud API, in
 * the two steps Meta documents ("Retrieve media URL", "Download media"):
 *
 * 1. GET {base}/v21.0/{media-id} with the business's access token answers
 *    `{ messaging_product, url, mime_type, sha256, file_size, id }`. The url
 *    is valid for 5 minutes; media ids from webhooks expire after 7 days.
 * 2. GET that url with the same bearer token answers the bytes (without the
 *    token the request fails).
 *
 * Sizes are capped (GRAPH_MEDIA_MAX_BYTES) before and while downloading, so a
 * huge file never fills the function's memory: WhatsApp allows images up to
 * 5 MB, audio and video up to 16 MB and documents up to 100 MB; one cap of
 * 25 MB keeps everything but the largest documents.
 *
 * Errors say who failed and whether a retry can help: ConfigError without a
 * token; ProviderError, non-retryable for media that is gone (404, Graph code
 * 100), too large or refused, retryable for 429, 5xx, time-outs and network
 * failures. The token never appears in an error, nor does the download url.
 */
import { parseJson, pickMimeType, readBodyCapped } from './provider-http.js';
import { z } from 'zod';
import { ConfigError, ProviderError, ValidationError } from '../errors.js';
import type { SendContext } from './channel.js';
import { GRAPH_API_VERSION, GRAPH_COMMON_ERROR_RULES, GRAPH_TIMEOUT_MS, type GraphErrorRule } from './meta-graph.js';
import type { FetchedMedia, MediaRef } from '../domain/message.js';

const PROVIDER = 'whatsapp-meta';

/** One cap for every kind of media (the pipeline applies tighter per-kind limits after). */
export const GRAPH_MEDIA_MAX_BYTES = 25 * 1024 * 1024;
/** Downloading up to 25 MB from Meta's media host: generous, but bounded. */
export const GRAPH_MEDIA_DOWNLOAD_TIMEOUT_MS = 30_000;

/** Graph codes seen when retrieving a media URL; they take precedence over the Graph-wide ones. */
const MEDIA_ERROR_RULES: Readonly<Record<number, GraphErrorRule>> = {
  100: {
    retryable: false,
    message: 'media not found: it expired (WhatsApp keeps media for 7 days), was deleted, or this token cannot see it',
  },
  190: {
    retryable: false,
    message: 'access token rejected (expired or revoked): reconnect WhatsApp for this business',
  },
};

const MediaUrlAnswer = z.object({
  url: z.string().min(1),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  file_size: z.union([z.number(), z.string()]).optional(),
  id: z.string().optional(),
});

const GraphErrorEnvelope = z.object({
  error: z.object({ message: z.string().optional(), code: z.coerce.number().int().optional() }),
});

export interface GraphMediaOptions {
  /** Largest download accepted, in bytes. Default GRAPH_MEDIA_MAX_BYTES. */
  maxBytes?: number;
}

/** `ChannelAdapter.fetchMedia` for the WhatsApp Cloud API. */
export async function fetchGraphMedia(
  media: MediaRef,
  context: SendContext,
  options: GraphMediaOptions = {},
): Promise<FetchedMedia> {
  const accessToken = context.credentials.accessToken;
  if (!accessToken) throw new ConfigError('WhatsApp (Meta) is not connected for this business: no access token');
  const maxBytes = options.maxBytes ?? GRAPH_MEDIA_MAX_BYTES;
  const base = context.baseUrl.replace(/\/+$/, '');
  const request = { accessToken, fetch: context.fetch };

  let located: { url: string; mimeType?: string | undefined; size?: number | undefined };
  if (media.providerMediaId) {
    located = await retrieveMediaUrl(
      `${base}/${GRAPH_API_VERSION}/${encodeURIComponent(media.providerMediaId)}`,
      request,
    );
  } else if (media.url) {
    located = { url: media.url };
  } else {
    throw new ValidationError('The media reference has neither a media id nor a URL');
  }
  if (located.size !== undefined && located.size > maxBytes) throw tooLarge(located.size, maxBytes);

  const downloaded = await download(downloadUrl(located.url, base), request, maxBytes);
  return { data: downloaded.data, mimeType: pickMimeType(located.mimeType, downloaded.contentType, media.mimeType) };
}

interface GraphGet {
  accessToken: string;
  fetch: typeof fetch;
}

async function retrieveMediaUrl(url: string, request: GraphGet) {
  const response = await get(url, request, GRAPH_TIMEOUT_MS, 'the Graph API');
  const text = await readText(response);
  const json = parseJson(text);
  if (!response.ok) throw graphFailure(response, json, request.accessToken);
  const answer = MediaUrlAnswer.safeParse(json);
  if (!answer.success) throw new ProviderError(PROVIDER, 'unexpected answer from the Graph API: no media url', false);
  const size = answer.data.file_size === undefined ? undefined : Number(answer.data.file_size);
  return {
    url: answer.data.url,
    mimeType: answer.data.mime_type,
    size: size !== undefined && Number.isFinite(size) ? size : undefined,
  };
}

async function download(url: URL, request: GraphGet, maxBytes: number) {
  const response = await get(url.href, request, GRAPH_MEDIA_DOWNLOAD_TIMEOUT_MS, "Meta's media host");
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw downloadFailure(response);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(declared, maxBytes);
  }
  return { data: await readCapped(response, maxBytes), contentType: response.headers.get('content-type') ?? undefined };
}

async function get(url: string, request: GraphGet, timeoutMs: number, who: string): Promise<Response> {
  try {
    return await request.fetch(url, {
      method: 'GET',
      headers: { authorization: `Bearer ${request.accessToken}` },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw networkFailure(err, timeoutMs, who);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  return readBodyCapped(response, maxBytes, {
    tooLarge: (size) => tooLarge(size, maxBytes, 'at least '),
    failed: (err) => networkFailure(err, GRAPH_MEDIA_DOWNLOAD_TIMEOUT_MS, "Meta's media host"),
  });
}

async function readText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch (err) {
    throw networkFailure(err, GRAPH_TIMEOUT_MS, 'the Graph API');
  }
}

/**
 * The url Meta handed out, only if it is safe to send the token to: https,
 * or the same origin as the configured base URL (a local fake in tests).
 */
function downloadUrl(raw: string, base: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ProviderError(PROVIDER, 'unexpected answer from the Graph API: the media url is not a URL', false);
  }
  const sameOrigin = URL.canParse(base) && new URL(base).origin === url.origin;
  if (url.protocol !== 'https:' && !sameOrigin) {
    throw new ProviderError(PROVIDER, `refusing to download media over ${url.protocol.replace(/:$/, '')}`, false);
  }
  return url;
}

function graphFailure(response: Response, json: unknown, accessToken: string): ProviderError {
  const status = response.status;
  const parsed = GraphErrorEnvelope.safeParse(json);
  const code = parsed.success ? parsed.data.error.code : undefined;
  const options = { status, providerCode: code === undefined ? undefined : String(code) };
  const metaSays = parsed.success ? describeGraphError(code, parsed.data.error.message, accessToken) : '';
  const rule = code === undefined ? undefined : (MEDIA_ERROR_RULES[code] ?? GRAPH_COMMON_ERROR_RULES[code]);
  if (rule) return new ProviderError(PROVIDER, rule.message + metaSays, rule.retryable, options);
  return statusFailure(status, 'retrieving the media url', options, metaSays);
}

function downloadFailure(response: Response): ProviderError {
  // The body of a failed download says nothing useful and may echo the url: it is not shown.
  return statusFailure(response.status, 'downloading the media', { status: response.status });
}

function statusFailure(
  status: number,
  what: string,
  options: { status: number; providerCode?: string | undefined },
  metaSays = '',
): ProviderError {
  if (status === 404) {
    return new ProviderError(PROVIDER, `media not found while ${what} (expired or deleted)${metaSays}`, false, options);
  }
  if (status === 401 || status === 403) {
    return new ProviderError(PROVIDER, `access refused while ${what} (HTTP ${status})${metaSays}`, false, options);
  }
  if (status === 429 || status === 408) {
    return new ProviderError(PROVIDER, `rate limited while ${what} (HTTP ${status})${metaSays}`, true, options);
  }
  if (status >= 500) {
    return new ProviderError(PROVIDER, `Meta unavailable while ${what} (HTTP ${status})${metaSays}`, true, options);
  }
  return new ProviderError(PROVIDER, `request rejected while ${what} (HTTP ${status})${metaSays}`, false, options);
}

/** Meta's own words (they name the problem, never a credential), with any token scrubbed anyway. */
function describeGraphError(code: number | undefined, message: string | undefined, accessToken: string): string {
  let text = code === undefined ? 'Graph error' : `Graph error ${code}`;
  if (message) text += `: ${message}`;
  text = text.split(accessToken).join('[redacted]');
  return ` [${text.length > 300 ? `${text.slice(0, 299)}…` : text}]`;
}

function networkFailure(err: unknown, timeoutMs: number, who: string): ProviderError {
  const timedOut = typeof err === 'object' && err !== null && 'name' in err && err.name === 'TimeoutError';
  const message = timedOut
    ? `no answer from ${who} within ${timeoutMs / 1000} s`
    : `could not reach ${who} (network error)`;
  return new ProviderError(PROVIDER, message, true, { cause: err });
}

function tooLarge(size: number, maxBytes: number, qualifier = ''): ProviderError {
  return new ProviderError(
    PROVIDER,
    `media too large: ${qualifier}${megabytes(size)} (the limit is ${megabytes(maxBytes)})`,
    false,
  );
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
