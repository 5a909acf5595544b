/** Entry of the webhookWhatsapp function. */
import { handlerFor } from './webhooks.js';

export const handle = handlerFor('whatsapp');
