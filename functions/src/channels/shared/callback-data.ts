/**
 * `OutboundMessage.callbackData` on the wire: what each part of a send
 * carries, so a provider's later echo of it names the outbox item (and the
 * part) even when the send's own answer was lost.
 */

/** WhatsApp's limit for `biz_opaque_callback_data` is 512 characters; ours stays well inside it. */
export const MAX_CALLBACK_DATA = 256;

/**
 * The callback data of part `index` (0-based) of a send that went out in
 * several messages: the first carries it as is, later ones `{data}#2`, `#3`, ….
 * Undefined when there is none, or when it is too long to send (it is an
 * opaque id of ours, never content, so it is dropped rather than cut).
 */
export function partCallbackData(callbackData: string | undefined, index: number): string | undefined {
  if (!callbackData || callbackData.length > MAX_CALLBACK_DATA) return undefined;
  return index > 0 ? `${callbackData}#${index + 1}` : callbackData;
}
