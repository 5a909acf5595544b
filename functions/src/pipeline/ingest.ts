/**
 * Writes normalised inbound messages into a business's data. Called by the
 * webhook functions (and the chat API) after verification and routing; it
 * does only storage work, so webhooks answer fast.
 *
 * A delivery's messages for one business are stored in one transaction:
 * the message documents (ids derived from the provider's message ids, so a
 * redelivery changes nothing), their conversations (owner, service window,
 * preview, unread count and recent turns) and contacts. If that fails for
 * a reason retrying cannot cure, each message is tried on its own, so one
 * bad message never sinks the rest; the caller dead-letters the bad one.
 *
 * Each text is stored once (`text`), and a text longer than MAX_INLINE_TEXT
 * is kept whole in the media store with a reference, so no message can
 * overflow Firestore's 1 MiB limit.
 */
import { appendTurn } from '../domain/conversation.js';
import { recordArrival } from '../domain/rate-limit.js';
import type { InboundMessageEvent, MessageContent } from '../domain/message.js';
import { StoreError } from '../errors.js';
import type { MediaStore } from '../media/media-store.js';
import { mediaOf } from '../media/policy.js';
import { at } from '../store/collections.js';
import { FieldOp, type MergeData, type Transaction, type UpdateData } from '../store/database.js';
import { type ContactDoc, type ConversationDoc, MAX_INLINE_TEXT, type MessageDoc } from '../store/documents.js';
import { ids } from '../store/ids.js';
import { newWork } from '../store/work-item.js';
import type { Deps } from './deps.js';
import { previewOf, textOf } from './preview.js';

export interface IngestDeps extends Deps {
  /** Keeps texts too long for a document. */
  media: MediaStore;
}

export type IngestOutcome =
  | { result: 'created'; messageId: string; conversationId: string }
  | { result: 'duplicate'; messageId: string }
  | { result: 'failed'; messageId: string; error: StoreError };

/** Longest value of any other text field of a message (names, titles, summaries); longer ones are cut. */
const MAX_FIELD = 4_000;
const MAX_NAME = 200;

/** Stores one message (the chat API's path). Throws StoreError when it cannot be stored. */
export async function ingestMessage(
  deps: IngestDeps,
  businessId: string,
  event: InboundMessageEvent,
): Promise<Exclude<IngestOutcome, { result: 'failed' }>> {
  const [outcome] = await ingestMessages(deps, businessId, [event]);
  if (outcome!.result === 'failed') throw outcome!.error;
  return outcome!;
}

/**
 * Stores a delivery's messages for one business, in order. Transient
 * failures throw (the provider retries the delivery); a message that can
 * never be stored comes back `failed` with the StoreError, the others are
 * stored.
 */
export async function ingestMessages(
  deps: IngestDeps,
  businessId: string,
  events: readonly InboundMessageEvent[],
): Promise<IngestOutcome[]> {
  const now = deps.now();
  const prepared = await Promise.all(events.map((e) => prepare(deps, businessId, e, now)));
  try {
    return await storeAll(deps, businessId, prepared, now);
  } catch (err) {
    if (!(err instanceof StoreError) || err.retryable || prepared.length === 1) {
      if (err instanceof StoreError && !err.retryable && prepared.length === 1) {
        return [{ result: 'failed', messageId: prepared[0]!.messageId, error: err }];
      }
      throw err;
    }
  }
  // A permanent failure of the whole delivery: store what can be stored, one by one.
  const outcomes: IngestOutcome[] = [];
  for (const one of prepared) {
    try {
      outcomes.push(...(await storeAll(deps, businessId, [one], now)));
    } catch (err) {
      if (!(err instanceof StoreError) || err.retryable) throw err;
      outcomes.push({ result: 'failed', messageId: one.messageId, error: err });
    }
  }
  return outcomes;
}

interface Prepared {
  event: InboundMessageEvent;
  messageId: string;
  contactId: string;
  conversationId: string;
  content: MessageContent;
  text: string;
  textOverflow: MessageDoc['textOverflow'];
  userName: string | undefined;
}

/** Ids, bounded fields, and the whole of an over-long text kept in the media store. */
async function prepare(deps: IngestDeps, businessId: string, event: InboundMessageEvent, now: Date): Promise<Prepared> {
  const messageId = ids.inboundMessage(event.channel, event.providerMessageId);
  const content = boundContent(event.content);
  let text = textOf(content);
  let textOverflow: MessageDoc['textOverflow'] = null;
  if (text.length > MAX_INLINE_TEXT) {
    const whole = Buffer.from(text, 'utf8');
    const stored = await deps.media.put(
      `businesses/${businessId}/media/${messageId}/text.txt`,
      whole,
      'text/plain; charset=utf-8',
    );
    textOverflow = { path: stored.path, uri: stored.uri, size: stored.size, sha256: stored.sha256 };
    text = `${text.slice(0, MAX_INLINE_TEXT - 1)}…`;
    deps.log.warn('long text kept in the media store', { businessId, messageId, chars: whole.length, at: now });
  }
  const withText = content.type === 'text' ? { type: 'text' as const, text } : withCaption(content, text);
  return {
    event,
    messageId,
    contactId: ids.contact(event.channel, event.userId),
    conversationId: ids.conversation(event.channel, event.accountId, event.userId),
    content: withText,
    text,
    textOverflow,
    userName: event.userName ? cut(event.userName, MAX_NAME) : undefined,
  };
}

const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

function boundContent(content: MessageContent): MessageContent {
  switch (content.type) {
    case 'location':
      return {
        ...content,
        name: content.name && cut(content.name, MAX_FIELD),
        address: content.address && cut(content.address, MAX_FIELD),
      };
    case 'interactive':
      return { ...content, title: cut(content.title, MAX_FIELD), replyId: cut(content.replyId, MAX_FIELD) };
    case 'unsupported':
      return { ...content, summary: cut(content.summary, MAX_FIELD) };
    case 'reaction':
      return { ...content, emoji: cut(content.emoji, 64) };
    default:
      return content;
  }
}

/** The caption, when it was cut to fit, is the cut text. */
function withCaption(content: MessageContent, text: string): MessageContent {
  return 'caption' in content && content.caption !== undefined && content.caption !== text
    ? { ...content, caption: text }
    : content;
}

async function storeAll(
  deps: IngestDeps,
  businessId: string,
  batch: readonly Prepared[],
  now: Date,
): Promise<IngestOutcome[]> {
  return deps.db.transaction(async (tx) => {
    const unique = <T>(values: T[]) => [...new Set(values)];
    const messageIds = unique(batch.map((p) => p.messageId));
    const conversationIds = unique(batch.map((p) => p.conversationId));
    const contactIds = unique(batch.map((p) => p.contactId));
    const [messages, conversations, contacts] = await Promise.all([
      Promise.all(messageIds.map((id) => tx.get(at.message(businessId, id)))),
      Promise.all(conversationIds.map((id) => tx.get(at.conversation(businessId, id)))),
      Promise.all(contactIds.map((id) => tx.get(at.contact(businessId, id)))),
    ]);
    const existing = new Set(messageIds.filter((_, i) => messages[i] !== undefined));
    const ours = await echoesOfOurs(tx, businessId, batch);

    // Each conversation and contact is written once: created when new, else patched field by field
    // (never replaced: staff add fields of their own, such as labels and notes).
    const conversationWrites = new Map<string, ConversationWrite>(
      conversationIds.map((id, i) => [id, { before: conversations[i], patch: {} }]),
    );
    const contactWrites = new Map<string, ContactWrite>(
      contactIds.map((id, i) => [id, { before: contacts[i], patch: {} }]),
    );
    const outcomes: IngestOutcome[] = [];
    for (const p of batch) {
      const ourId = ours.get(p.event.providerMessageId);
      if (existing.has(p.messageId) || ourId) {
        outcomes.push({ result: 'duplicate', messageId: ourId ?? p.messageId });
        continue;
      }
      existing.add(p.messageId);
      tx.create(at.message(businessId, p.messageId), storedForm(messageDoc(p, now)));
      const contact = contactWrites.get(p.contactId)!;
      addToConversation(conversationWrites.get(p.conversationId)!, p, now, contact.created ?? contact.before);
      addToContact(contact, p, now);
      outcomes.push({ result: 'created', messageId: p.messageId, conversationId: p.conversationId });
    }
    for (const [id, write] of conversationWrites) {
      const ref = at.conversation(businessId, id);
      if (write.created) tx.create(ref, write.created);
      else if (Object.keys(write.patch).length) tx.update(ref, write.patch);
    }
    for (const [id, write] of contactWrites) {
      const ref = at.contact(businessId, id);
      if (write.created) tx.create(ref, write.created);
      else if (Object.keys(write.patch).length) tx.merge(ref, write.patch);
    }
    return outcomes;
  });
}

interface ConversationWrite {
  before: ConversationDoc | undefined;
  created?: ConversationDoc;
  patch: UpdateData<ConversationDoc>;
}

interface ContactWrite {
  before: ContactDoc | undefined;
  created?: ContactDoc;
  patch: MergeData<ContactDoc>;
}

/** Providers echo our own sends too; those are recorded already, under their provider id. */
async function echoesOfOurs(tx: Transaction, businessId: string, batch: readonly Prepared[]) {
  const found = new Map<string, string>();
  for (const p of batch.filter((b) => b.event.echo)) {
    const [ours] = await tx.query(at.messages(businessId), {
      where: [['providerMessageId', '==', p.event.providerMessageId]],
      limit: 1,
    });
    if (ours) found.set(p.event.providerMessageId, ours.ref.id);
  }
  return found;
}

function messageDoc(p: Prepared, now: Date): MessageDoc {
  const echo = p.event.echo === true;
  const hasMedia = mediaOf(p.content) !== undefined;
  return {
    conversationId: p.conversationId,
    contactId: p.contactId,
    channel: p.event.channel,
    direction: echo ? 'out' : 'in',
    author: echo ? 'staff' : 'customer',
    content: p.content,
    text: p.text,
    textOverflow: p.textOverflow,
    providerMessageId: p.event.providerMessageId,
    createdAt: now,
    sentAt: p.event.timestamp,
    ...(echo
      ? { delivery: { status: 'sent', at: now } }
      : { processing: { state: 'pending', reason: null, replyMessageId: null, ...newWork(now) } }),
    // Media is queued with an expired lease: the trigger (or the sweep, if it never runs) claims it.
    ...(hasMedia ? { media: { state: 'pending', leaseUntil: now, ...newWork(now) } } : {}),
  } as MessageDoc;
}

/** What is written: a text message's text only once, in `text`. */
function storedForm(doc: MessageDoc): MessageDoc {
  return doc.content.type === 'text' ? ({ ...doc, content: { type: 'text' } } as unknown as MessageDoc) : doc;
}

/** Adds a message to its conversation: owner, service window, preview, unread count, recent turns. */
function addToConversation(write: ConversationWrite, p: Prepared, now: Date, contact: ContactDoc | undefined): void {
  const echo = p.event.echo === true;
  const preview = previewOf(p.content);
  const turn = {
    author: echo ? ('staff' as const) : ('customer' as const),
    text: p.text || preview,
    at: now,
    messageId: p.messageId,
  };
  const current = write.created ?? write.before;
  const recent = appendTurn(current?.recent ?? [], turn);
  const who = echo
    ? { owner: 'human' as const, lastHumanAt: now }
    : {
        lastInboundAt: p.event.timestamp,
        unread: (current?.unread ?? 0) + 1,
        // The route the customer last wrote by is the one the reply takes (null: the default route).
        providerThreadId: p.event.providerThreadId ?? null,
      };
  const known = contact?.name ?? p.userName;
  const name = known && !current?.contactName ? { contactName: known } : {};
  if (!current || write.created) {
    const language = contact?.language ?? p.event.languageHint;
    write.created = {
      ...(language ? { language } : {}),
      contactId: p.contactId,
      channel: p.event.channel,
      accountId: p.event.accountId,
      userId: p.event.userId,
      owner: 'ai',
      handoff: null,
      unread: 0,
      createdAt: now,
      ...write.created,
      ...name,
      lastMessageAt: now,
      lastMessagePreview: preview,
      recent,
      ...who,
    };
    return;
  }
  Object.assign(write.patch, name, { lastMessageAt: now, lastMessagePreview: preview, recent }, who);
  // What later messages of the batch build on.
  write.before = { ...current, ...name, lastMessageAt: now, lastMessagePreview: preview, recent, ...who };
}

/**
 * Adds the channel identity (and the name the channel gives) to the
 * contact, and a customer message's arrival to the times the flood limit
 * counts (here, with the message itself, so a redelivery never counts twice).
 */
function addToContact(write: ContactWrite, p: Prepared, now: Date): void {
  const identity = `${p.event.channel}:${p.event.userId}`;
  const current = write.created ?? write.before;
  const seen = p.event.echo ? {} : { lastSeenAt: now, inboundAt: recordArrival(current?.inboundAt ?? [], now) };
  const names = p.userName && !p.event.echo ? { channelNames: { [p.event.channel]: p.userName } } : {};
  const name = p.userName && !p.event.echo && !current?.name ? { name: p.userName } : {};
  if (!current || write.created) {
    const base: ContactDoc = write.created ?? {
      identities: [],
      createdAt: now,
      lastSeenAt: now,
      ...(p.event.languageHint ? { language: p.event.languageHint } : {}),
    };
    write.created = {
      ...base,
      ...seen,
      ...name,
      identities: union(base.identities, identity),
      channelNames: { ...base.channelNames, ...names.channelNames },
    };
    return;
  }
  const identities = union(current.identities, identity);
  Object.assign(
    write.patch,
    seen,
    name,
    names.channelNames ? { channelNames: { ...(write.patch.channelNames as object), ...names.channelNames } } : {},
  );
  if (identities.length !== current.identities.length) write.patch.identities = FieldOp.arrayUnion(identity);
  write.before = { ...current, ...seen, ...name, identities };
}

const union = (list: readonly string[], value: string) => (list.includes(value) ? [...list] : [...list, value]);
