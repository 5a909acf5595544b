/** Firestore triggers. Wiring only: the entries hold the logic. */
import { onDocumentCreated } from 'firebase-functions/v2/firestore';

/** A new inbound customer message runs the reply pipeline. */
export const onMessageCreated = onDocumentCreated('businesses/{businessId}/messages/{messageId}', async (event) => {
  const data = event.data?.data();
  if (data?.direction !== 'in' || data.processing?.state !== 'pending') return;
  const hasMedia = typeof data.content?.media === 'object' && data.content.media !== null;
  const { handle } = await import('../entries/on-message.js');
  await handle(event.params.businessId, event.params.messageId, hasMedia);
});

/** A new outbox item is delivered through its channel. */
export const onOutboxCreated = onDocumentCreated('businesses/{businessId}/outbox/{outboxId}', async (event) => {
  const { handle } = await import('../entries/on-outbox.js');
  await handle(event.params.businessId, event.params.outboxId);
});
