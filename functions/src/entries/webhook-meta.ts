/** Entry of the webhookMeta function (Messenger and Instagram). */
import { handlerFor } from './webhooks.js';

export const handle = handlerFor('meta');
