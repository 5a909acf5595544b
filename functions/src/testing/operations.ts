/**
 * Counts the database operations of one answered inbound text, end to end,
 * through the real code: the WhatsApp webhook handler (verification,
 * routing, ingest), the reply pipeline (offline responder) and the outbox
 * (a sender that answers at once). Counted on the store's port, where every
 * call the functions make to Firestore passes; run in memory so the counts
 * are exact and repeatable. `npm run bench` prints them; a unit test keeps
 * them within budget.
 */
import { whatsappMeta } from '../channels/whatsapp/meta.js';
import { handleWebhook } from '../http/webhook.js';
import { deliverOutboxItem } from '../pipeline/outbox.js';
import { replyToMessage } from '../pipeline/reply.js';
import { offlineResponder } from '../responders/offline/offline.js';
import { at } from '../store/collections.js';
import { CountingDatabase, type OperationCounts } from '../store/counting.js';
import { CLINIC, CLINIC_PHONE_ID, fakeSender, memoryDeps, seedDemo, sendersFor } from './memory-deps.js';
import { TEST_META_APP_SECRET, metaTextWebhook, signedMetaRequest } from './meta.js';

export interface AnsweredTextCounts {
  webhook: OperationCounts;
  reply: OperationCounts;
  outbox: OperationCounts;
  total: OperationCounts;
}

const add = (...all: OperationCounts[]): OperationCounts => ({
  reads: all.reduce((s, c) => s + c.reads, 0),
  writes: all.reduce((s, c) => s + c.writes, 0),
  roundTrips: all.reduce((s, c) => s + c.roundTrips, 0),
});

/**
 * Operations per answered text for a returning customer on a warm instance
 * (caches filled by the customer's first message, as on a busy server),
 * averaged over `messages` texts.
 */
export async function operationsPerAnsweredText(messages = 5): Promise<AnsweredTextCounts> {
  // Production settings: channel diagnostics noted once a minute per account, not per message.
  const base = { ...memoryDeps(), webhookNoteEveryMs: undefined };
  await seedDemo(base);
  const db = new CountingDatabase(base.db);
  const deps = { ...base, db };
  const sender = fakeSender({ windowHours: 24 });
  const outboxDeps = { ...deps, senderFor: sendersFor(sender) };
  const from = '971501234567';
  const sums = { webhook: [] as OperationCounts[], reply: [] as OperationCounts[], outbox: [] as OperationCounts[] };

  for (let i = 0; i <= messages; i++) {
    const body = metaTextWebhook({
      phoneNumberId: CLINIC_PHONE_ID,
      from,
      id: `wamid.ops-${i}`,
      name: 'Layla',
      text: i % 2 ? 'How much is full legs?' : 'What are your opening hours?',
      at: base.now(),
    });
    db.take();
    const res = await handleWebhook(deps, { adapter: whatsappMeta, provider: 'meta' }, signedMetaRequest(body), {
      metaAppSecret: TEST_META_APP_SECRET,
    });
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
    const webhook = db.take();
    const [message] = await base.db.query(at.messages(CLINIC), {
      where: [['providerMessageId', '==', `wamid.ops-${i}`]],
    });
    const reply = await replyToMessage({ ...deps, responder: offlineResponder }, CLINIC, message!.ref.id);
    if (reply.result !== 'replied') throw new Error(`no reply: ${JSON.stringify(reply)}`);
    const replyCounts = db.take();
    const sent = await deliverOutboxItem(outboxDeps, CLINIC, reply.replyMessageId);
    if (sent.result !== 'sent') throw new Error(`not sent: ${JSON.stringify(sent)}`);
    const outbox = db.take();
    base.advance(5_000); // a conversation: a message every few seconds
    if (i === 0) continue; // the first message warms the caches
    sums.webhook.push(webhook);
    sums.reply.push(replyCounts);
    sums.outbox.push(outbox);
  }
  const mean = (list: OperationCounts[]): OperationCounts => {
    const total = add(...list);
    return {
      reads: total.reads / list.length,
      writes: total.writes / list.length,
      roundTrips: total.roundTrips / list.length,
    };
  };
  const webhook = mean(sums.webhook);
  const reply = mean(sums.reply);
  const outbox = mean(sums.outbox);
  return { webhook, reply, outbox, total: add(webhook, reply, outbox) };
}
