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
import { z } from 'zod';
import type { FetchedMedia, MediaRef } from '../../domain/message.js';
import { ConfigError, ProviderError, ValidationError } from '../../errors.js';
import { tooLarge } from '../../vendor/failure.js';
import type { Explain } from '../../vendor/http-client.js';
import type { SendContext } from '../channel.js';
import { explainGraphError, GRAPH_API_VERSION, type GraphErrorRules } from '../meta/graph.js';
import { pickMimeType } from '../shared/media-type.js';

const PROVIDER = 'whatsapp-meta';

/** One cap for every kind of media (the pipeline applies tighter per-kind limits after). */
export const GRAPH_MEDIA_MAX_BYTES = 25 * 1024 * 1024;
/** Downloading up to 25 MB from Meta's media host: generous, but bounded. */
export const GRAPH_MEDIA_DOWNLOAD_TIMEOUT_MS = 30_000;

/** Graph codes seen when retrieving a media URL; they take precedence over the Graph-wide ones. */
const MEDIA_ERROR_RULES: GraphErrorRules = {
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
  const headers = { authorization: `Bearer ${accessToken}` };

  let located: { url: string; mimeType?: string | undefined; size?: number | undefined };
  if (media.providerMediaId) {
    const json = await context.http.json({
      provider: PROVIDER,
      service: 'the Graph API',
      url: `${base}/${GRAPH_API_VERSION}/${encodeURIComponent(media.providerMediaId)}`,
      headers,
      secrets: [accessToken],
      explain: whileDoing('retrieving the media url', true),
    });
    located = mediaUrlOf(json);
  } else if (media.url) {
    located = { url: media.url };
  } else {
    throw new ValidationError('The media reference has neither a media id nor a URL');
  }
  if (located.size !== undefined && located.size > maxBytes) throw tooLarge(PROVIDER, located.size, maxBytes);

  const url = downloadUrl(located.url, base);
  const downloaded = await context.http.download({
    provider: PROVIDER,
    service: "Meta's media host",
    url: url.href,
    headers,
    timeoutMs: GRAPH_MEDIA_DOWNLOAD_TIMEOUT_MS,
    maxBytes,
    // The body of a failed download says nothing useful and may echo the url: it is not quoted.
    secrets: [accessToken, url.href, url.search.slice(1)],
    explain: whileDoing('downloading the media', false),
  });
  return {
    data: downloaded.data,
    mimeType: pickMimeType(located.mimeType, downloaded.contentType, media.mimeType),
  };
}

function mediaUrlOf(json: unknown): { url: string; mimeType?: string | undefined; size?: number | undefined } {
  const answer = MediaUrlAnswer.safeParse(json);
  if (!answer.success) throw new ProviderError(PROVIDER, 'unexpected answer from the Graph API: no media url', false);
  const size = answer.data.file_size === undefined ? undefined : Number(answer.data.file_size);
  return {
    url: answer.data.url,
    mimeType: answer.data.mime_type,
    size: size !== undefined && Number.isFinite(size) ? size : undefined,
  };
}

/**
 * Graph's codes when it answers in its envelope (and `quote` allows it),
 * else what the HTTP status says about the media, naming the step.
 */
function whileDoing(what: string, quote: boolean): Explain {
  return (json, status) => {
    const graph = quote ? explainGraphError(json, MEDIA_ERROR_RULES) : undefined;
    if (graph?.message) return graph;
    const details = graph?.details;
    if (status === 404)
      return { retryable: false, message: `media not found while ${what} (expired or deleted)`, details };
    if (status === 401 || status === 403) {
      return { retryable: false, message: `access refused while ${what} (HTTP ${status})`, details };
    }
    if (status === 429 || status === 408)
      return { retryable: true, message: `rate limited while ${what} (HTTP ${status})`, details };
    if (status >= 500) return { retryable: true, message: `Meta unavailable while ${what} (HTTP ${status})`, details };
    return { ...graph, message: `request rejected while ${what} (HTTP ${status})` };
  };
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
