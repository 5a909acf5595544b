/**
 * Writes normalised inbound events into a business's data. Called by the
 * webhook functions (and the chat API) after verification and routing; it
 * does only Firestore work, so webhooks answer fast.
 *
 * Idempotent: the message document id is derived from the provider's message
 * id and created inside a transaction, so a redelivered event changes nothing.
 */
import { FieldValue, Timestamp, type Transaction } from 'firebase-admin/firestore';
import type { InboundMessageEvent, StatusEvent } from '../domain/message.js';
import { nextDeliveryStatus } from '../domain/work-state.js';
import type { ContactDoc, ConversationDoc, MessageDoc } from '../store/documents.js';
import { ids, paths } from '../store/paths.js';
import type { Deps } from './deps.js';
import { previewOf, textOf } from './preview.js';

export type IngestOutcome =
  { result: 'created'; messageId: string; conversationId: string } | { result: 'duplicate'; messageId: string };

export async function ingestMessage(
  deps: Deps,
  businessId: string,
  event: InboundMessageEvent,
): Promise<IngestOutcome> {
  const { db } = deps;
  const messageId = ids.inboundMessage(event.channel, event.providerMessageId);
  const contactId = ids.contact(event.channel, event.userId);
  const conversationId = ids.conversation(event.channel, event.accountId, event.userId);
  const messageRef = db.doc(`${paths.messages(businessId)}/${messageId}`);
  const contactRef = db.doc(`${paths.contacts(businessId)}/${contactId}`);
  const conversationRef = db.doc(`${paths.conversations(businessId)}/${conversationId}`);

  if (event.echo) {
    // Providers echo our own sends too; those are already recorded under their provider id.
    const ours = await db
      .collection(paths.messages(businessId))
      .where('providerMessageId', '==', event.providerMessageId)
      .limit(1)
      .get();
    if (!ours.empty) return { result: 'duplicate', messageId: ours.docs[0]!.id };
  }

  return db.runTransaction(async (tx: Transaction) => {
    const [message, contact, conversation] = await tx.getAll(messageRef, contactRef, conversationRef);
    if (message!.exists) return { result: 'duplicate', messageId } as const;

    const now = Timestamp.fromDate(deps.now());
    const sentAt = Timestamp.fromDate(event.timestamp);
    const identity = `${event.channel}:${event.userId}`;
    const preview = previewOf(event.content);

    if (!contact!.exists) {
      const doc: ContactDoc = { identities: [identity], createdAt: now, lastSeenAt: now };
      if (event.userName) doc.name = event.userName;
      tx.create(contactRef, doc);
    } else if (!event.echo) {
      const update: Record<string, unknown> = { lastSeenAt: now, identities: FieldValue.arrayUnion(identity) };
      if (event.userName && !(contact!.data() as ContactDoc).name) update.name = event.userName;
      tx.update(contactRef, update);
    }

    const humanEcho = event.echo === true;
    if (!conversation!.exists) {
      const doc: ConversationDoc = {
        contactId,
        channel: event.channel,
        accountId: event.accountId,
        userId: event.userId,
        owner: humanEcho ? 'human' : 'ai',
        handoff: null,
        lastMessageAt: now,
        lastMessagePreview: preview,
        unread: humanEcho ? 0 : 1,
        createdAt: now,
        ...(event.userName ? { contactName: event.userName } : {}),
        ...(humanEcho ? { lastHumanAt: now } : { lastInboundAt: sentAt }),
      };
      tx.create(conversationRef, doc);
    } else {
      tx.update(
        conversationRef,
        humanEcho
          ? { owner: 'human', lastHumanAt: now, lastMessageAt: now, lastMessagePreview: preview }
          : {
              lastInboundAt: sentAt,
              lastMessageAt: now,
              lastMessagePreview: preview,
              unread: FieldValue.increment(1),
            },
      );
    }

    const doc: MessageDoc = {
      conversationId,
      contactId,
      channel: event.channel,
      direction: humanEcho ? 'out' : 'in',
      author: humanEcho ? 'staff' : 'customer',
      content: event.content,
      text: textOf(event.content),
      providerMessageId: event.providerMessageId,
      createdAt: now,
      sentAt,
      ...(humanEcho ? { delivery: { status: 'sent', at: now } } : { processing: { state: 'pending', attempts: 0 } }),
    };
    tx.create(messageRef, doc);
    return { result: 'created', messageId, conversationId } as const;
  });
}

export type StatusOutcome = 'applied' | 'stale' | 'parked';

/** How long a status waits for the send it is about (then Firestore's TTL removes it). */
export const PARKED_STATUS_TTL_MS = 7 * 24 * 3_600_000;

export interface ParkedStatusDoc {
  channel: StatusEvent['channel'];
  providerMessageId: string;
  status: StatusEvent['status'];
  at: Timestamp;
  error: { code: string; message: string } | null;
  reason: string;
  expireAt: Timestamp;
}

/**
 * Applies a delivery status to the outbound message with that provider id.
 * Statuses only move forward, so repeats and out-of-order callbacks are no-ops.
 * A status can arrive before the outbox has recorded the provider's id of its
 * send: it is parked, and the outbox applies it when it records the send.
 */
export async function applyStatus(deps: Deps, businessId: string, event: StatusEvent): Promise<StatusOutcome> {
  const { db } = deps;
  const found = await db
    .collection(paths.messages(businessId))
    .where('providerMessageId', '==', event.providerMessageId)
    .limit(1)
    .get();
  const ref = found.docs[0]?.ref;
  if (!ref) return parkStatus(deps, businessId, event);
  return db.runTransaction(async (tx) => {
    const snap = await tx.get(ref);
    const current = (snap.data() as MessageDoc | undefined)?.delivery?.status;
    if (!nextDeliveryStatus(current, event.status)) return 'stale';
    tx.update(ref, {
      delivery: {
        status: event.status,
        at: Timestamp.fromDate(event.timestamp),
        error: event.error ?? null,
      },
    });
    return 'applied';
  });
}

async function parkStatus(deps: Deps, businessId: string, event: StatusEvent): Promise<StatusOutcome> {
  const ref = deps.db.doc(
    `${paths.parkedStatuses(businessId)}/${ids.parkedStatus(event.channel, event.providerMessageId)}`,
  );
  return deps.db.runTransaction(async (tx) => {
    const parked = (await tx.get(ref)).data() as ParkedStatusDoc | undefined;
    if (parked && !nextDeliveryStatus(parked.status, event.status)) return 'stale';
    const doc: ParkedStatusDoc = {
      channel: event.channel,
      providerMessageId: event.providerMessageId,
      status: event.status,
      at: Timestamp.fromDate(event.timestamp),
      error: event.error ?? null,
      reason: 'no message with this provider id yet: waiting for the send to be recorded',
      expireAt: Timestamp.fromMillis(deps.now().getTime() + PARKED_STATUS_TTL_MS),
    };
    tx.set(ref, doc);
    return 'parked';
  });
}
