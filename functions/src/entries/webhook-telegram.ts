/** Entry of the webhookTelegram function. */
import { handlerFor } from './webhooks.js';

export const handle = handlerFor('telegram');
