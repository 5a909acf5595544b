/** Firestore triggers. Wiring only: the entries hold the logic. */
import { onDocumentCreated } from 'firebase-functions/v2/firestore';

/**
 * A new inbound customer message runs the media step and the reply
 * pipeline; a staff reply echoed by a provider (sent from the phone app or
 * Meta's inbox) with a photo or file runs the media step only.
 */
export const onMessageCreated = onDocumentCreated('businesses/{businessId}/messages/{messageId}', async (event) => {
  const data = event.data?.data();
  const hasMedia = typeof data?.content?.media === 'object' && data.content.media !== null;
  const inbound = data?.direction === 'in' && data.processing?.state === 'pending';
  const echoedMedia = data?.author === 'staff' && Boolean(data.providerMessageId) && hasMedia;
  if (!inbound && !echoedMedia) return;
  const { handle } = await import('../entries/on-message.js');
  await handle(event.params.businessId, event.params.messageId, { media: hasMedia, reply: inbound });
});

/** A new outbox item is delivered through its channel. */
export const onOutboxCreated = onDocumentCreated('businesses/{businessId}/outbox/{outboxId}', async (event) => {
  const { handle } = await import('../entries/on-outbox.js');
  await handle(event.params.businessId, event.params.outboxId);
});
