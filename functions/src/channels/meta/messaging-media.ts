/**
 * Downloading a Messenger or Instagram attachment from the CDN URL in its
 * webhook. No token is sent (the URL is signed, and it expires); the size is
 * capped before and while reading; the URL never appears in an error.
 */
import type { FetchedMedia, MediaRef } from '../../domain/message.js';
import { ProviderError } from '../../errors.js';
import type { Explain } from '../../vendor/http-client.js';
import type { SendContext } from '../channel.js';
import { pickMimeType } from '../shared/media-type.js';
import {
  isHttpUrl,
  MESSAGING_MEDIA_MAX_BYTES,
  MESSAGING_MEDIA_TIMEOUT_MS,
  type MessagingChannel,
} from './messaging-platform.js';

/** A failed CDN download: 429 and 5xx pass; anything else means the signed URL has expired. */
const explainCdn: Explain = (_json, status) =>
  status === 429 || status >= 500
    ? { retryable: true, message: `Meta's media host is unavailable (HTTP ${status})` }
    : {
        retryable: false,
        message: `the attachment is no longer available (HTTP ${status}): Meta's attachment URLs expire`,
      };

export async function fetchMessagingMedia(
  channel: MessagingChannel,
  media: MediaRef,
  context: SendContext,
  maxBytes = MESSAGING_MEDIA_MAX_BYTES,
): Promise<FetchedMedia> {
  const url = media.url;
  if (url === undefined || !isHttpUrl(url)) {
    throw new ProviderError(channel, 'the attachment has no download URL', false);
  }
  const { data, contentType } = await context.http.download({
    provider: channel,
    service: "Meta's media host",
    url,
    timeoutMs: MESSAGING_MEDIA_TIMEOUT_MS,
    maxBytes,
    // The signed URL is a credential of sorts: never quoted.
    secrets: [url, new URL(url).search.slice(1)],
    explain: explainCdn,
  });
  return { data, mimeType: pickMimeType(contentType?.split(';')[0], media.mimeType) };
}
