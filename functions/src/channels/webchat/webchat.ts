/**
 * The web chat (the chat page and the widget on Hosting) needs no provider:
 * the message document is the delivery, which the page reads live. Its
 * sender only names the message; nothing can fail or be ambiguous.
 */
import { randomUUID } from 'node:crypto';
import type { Sender } from '../channel.js';

export const webchatSender: Sender = {
  confirmsByCallback: false,
  send: async () => ({ providerMessageId: `webchat-${randomUUID()}` }),
};
