/**
 * How long after a customer's last message each channel lets a business
 * send free-form text (WhatsApp's 24-hour customer-service window,
 * Messenger's and Instagram's standard messaging window). The adapters
 * declare the same in their capabilities; service-windows.test.ts checks the
 * two agree. Pure, so the dashboard shows the window without asking.
 */
import type { ChannelType } from '../domain/business.js';

export const SERVICE_WINDOW_HOURS: Readonly<Record<ChannelType, number | undefined>> = {
  'whatsapp-meta': 24,
  'whatsapp-360dialog': 24,
  'whatsapp-montymobile': 24,
  'whatsapp-qiscus': 24,
  messenger: 24,
  instagram: 24,
  telegram: undefined,
  webchat: undefined,
};
