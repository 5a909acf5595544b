/** Choosing the MIME type of downloaded media from what the webhook, the API and the download said. */

const TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

/**
 * The first candidate that names a real type, as given (parameters such as
 * `codecs=opus` kept); a generic download type says nothing, so the next
 * candidate is tried.
 */
export function pickMimeType(...candidates: (string | undefined | null)[]): string {
  for (const candidate of candidates) {
    const value = candidate?.trim();
    const base = value?.split(';')[0]?.trim() ?? '';
    if (value && TYPE.test(base) && !/^(application|binary)\/octet-stream$/i.test(base)) return value;
  }
  return 'application/octet-stream';
}
