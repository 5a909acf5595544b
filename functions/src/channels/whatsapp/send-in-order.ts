/**
 * Sending the parts of one message (a long text, an image and its caption)
 * one after another, shared by the WhatsApp providers.
 */
import type { SendResult } from '../../domain/message.js';
import { ProviderError, ValidationError } from '../../errors.js';

/**
 * Sends the parts one after another and returns the first id and the others.
 * A failure after some parts went out is not retryable: a retry would send
 * those parts a second time, so staff are told instead. So only the first
 * part can fail ambiguously; then the others were not attempted, which the
 * error says (a status naming the first part's callback data proves only
 * that part).
 */
export async function sendInOrder<T>(
  provider: string,
  parts: readonly T[],
  sendOne: (part: T, index: number) => Promise<string>,
): Promise<SendResult> {
  const ids: string[] = [];
  for (const [index, part] of parts.entries()) {
    try {
      ids.push(await sendOne(part, index));
    } catch (err) {
      if (ids.length === 0 && err instanceof ProviderError && err.ambiguous && parts.length > 1) {
        throw new ProviderError(
          provider,
          `${withoutPrefix(err.message, provider)} (the first of ${parts.length} parts; the others were not sent)`,
          err.retryable,
          { status: err.status, providerCode: err.providerCode, ambiguous: true, cause: err },
        );
      }
      if (ids.length === 0 || !(err instanceof ProviderError)) throw err;
      const cause = withoutPrefix(err.message, provider);
      throw new ProviderError(
        provider,
        `only ${ids.length} of ${parts.length} parts of the message went out, so it is not retried (a retry would repeat them): ${cause}`,
        false,
        { status: err.status, providerCode: err.providerCode, cause: err },
      );
    }
  }
  const [first, ...more] = ids;
  if (first === undefined) throw new ValidationError('Nothing to send');
  return more.length ? { providerMessageId: first, moreProviderMessageIds: more } : { providerMessageId: first };
}

function withoutPrefix(message: string, provider: string): string {
  return message.startsWith(`${provider}: `) ? message.slice(provider.length + 2) : message;
}
