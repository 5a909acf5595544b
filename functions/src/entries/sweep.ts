/** Entry of the sweep schedule: every due work item of every kind, through its own handler. */
import { mediaOf } from '../media/policy.js';
import { deliverOutboxItem } from '../pipeline/outbox.js';
import { sweep, sweptKind } from '../pipeline/sweep.js';
import { defs } from '../store/collections.js';
import { group } from '../store/database.js';
import type { MessageDoc, OutboxDoc } from '../store/documents.js';
import { handle as handleMessage } from './on-message.js';
import { outboxDeps } from './on-outbox.js';
import { runtimeDeps } from './runtime.js';

export async function run() {
  const deps = runtimeDeps();
  const outbox = outboxDeps();
  const kinds = [
    sweptKind<MessageDoc>({
      name: 'reply',
      from: group(defs.messages),
      prefix: 'processing.',
      run: (b, id, m) => handleMessage(b, id, { media: mediaOf(m.content) !== undefined, reply: true }, deps),
    }),
    sweptKind<MessageDoc>({
      name: 'media',
      from: group(defs.messages),
      prefix: 'media.',
      run: (b, id) => handleMessage(b, id, { media: true, reply: false }, deps),
    }),
    sweptKind<OutboxDoc>({
      name: 'outbox',
      from: group(defs.outbox),
      prefix: '',
      run: (b, id) => deliverOutboxItem(outbox, b, id),
    }),
  ];
  const reports = await sweep(deps, kinds);
  deps.log.info('sweep', { reports });
  return reports;
}
