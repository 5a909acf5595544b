/** Firestore triggers. Wiring only: the entries hold the logic. */
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { REPLY_TIMEOUT_SECONDS, STAFF_TELEGRAM_BOT_TOKEN } from '../config.js';
import { BOOKING_SECRETS } from '../booking/secrets.js';
import { LLM_SECRETS } from '../responders/llm/secrets.js';

/**
 * A new inbound customer message runs the media step and starts its turn
 * (the reply, after the quiet window — at once when there is none); a staff
 * reply echoed by a provider (sent from the phone app or Meta's inbox) with
 * a photo or file runs the media step only. The LLM keys are bound here,
 * to the replyTurn task queue and to the sweep: the functions that answer.
 */
export const onMessageCreated = onDocumentCreated(
  {
    document: 'businesses/{businessId}/messages/{messageId}',
    secrets: [...LLM_SECRETS, ...BOOKING_SECRETS],
    timeoutSeconds: REPLY_TIMEOUT_SECONDS,
  },
  async (event) => {
    const data = event.data?.data();
    const hasMedia = typeof data?.content?.media === 'object' && data.content.media !== null;
    const inbound = data?.direction === 'in' && data.processing?.state === 'pending';
    const echoedMedia = data?.author === 'staff' && Boolean(data.providerMessageId) && hasMedia;
    if (!inbound && !echoedMedia) return;
    const { handle } = await import('../entries/on-message.js');
    await handle(event.params.businessId, event.params.messageId, {
      media: hasMedia,
      reply: inbound ? 'start' : false,
    });
  },
);

/** A new outbox item is delivered through its channel. */
export const onOutboxCreated = onDocumentCreated('businesses/{businessId}/outbox/{outboxId}', async (event) => {
  const { handle } = await import('../entries/on-outbox.js');
  await handle(event.params.businessId, event.params.outboxId);
});

/** A new notification is sent by the staff bot to the owner and staff who linked their Telegram. */
export const onNotificationCreated = onDocumentCreated(
  { document: 'businesses/{businessId}/notifications/{notificationId}', secrets: [STAFF_TELEGRAM_BOT_TOKEN] },
  async (event) => {
    const { handle } = await import('../entries/on-notification.js');
    await handle(event.params.businessId, event.params.notificationId);
  },
);
