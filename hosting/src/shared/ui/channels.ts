import type { ChannelType } from '../../../../functions/src/domain/business';

export const CHANNEL_NAMES: Record<ChannelType, string> = {
  'whatsapp-meta': 'WhatsApp',
  'whatsapp-360dialog': 'WhatsApp (360dialog)',
  'whatsapp-montymobile': 'WhatsApp (MontyMobile)',
  'whatsapp-qiscus': 'WhatsApp (Qiscus)',
  messenger: 'Messenger',
  instagram: 'Instagram',
  telegram: 'Telegram',
  webchat: 'Web chat',
};

/** Short names for badges. */
export const CHANNEL_SHORT: Record<ChannelType, string> = {
  'whatsapp-meta': 'WA',
  'whatsapp-360dialog': 'WA',
  'whatsapp-montymobile': 'WA',
  'whatsapp-qiscus': 'WA',
  messenger: 'FB',
  instagram: 'IG',
  telegram: 'TG',
  webchat: 'Web',
};
