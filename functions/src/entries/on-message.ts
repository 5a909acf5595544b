/** Entry of the onMessageCreated trigger: answer a new inbound message. */
import { selectResponder } from '../responders/registry.js';
import { replyToMessage, type ReplyOutcome } from '../pipeline/reply.js';
import { runtimeDeps } from './runtime.js';

export async function handle(businessId: string, messageId: string): Promise<ReplyOutcome> {
  const deps = runtimeDeps();
  const outcome = await replyToMessage({ ...deps, responder: selectResponder() }, businessId, messageId);
  deps.log.info('reply pipeline', { businessId, messageId, ...outcome });
  return outcome;
}
