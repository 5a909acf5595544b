import type { ChannelType } from '../../../../functions/src/domain/business';

/** How each channel is connected (README, "Channels"): shown under each channel's diagnostics. */
export const SETUP: Record<ChannelType, string> = {
  'whatsapp-meta':
    'Meta app dashboard → WhatsApp → Configuration: callback URL /webhook/whatsapp/meta, the verify token (META_VERIFY_TOKEN), field “messages”. The account id is the phone number id; the access token goes in the secrets file.',
  'whatsapp-360dialog':
    'Run `npm run channels:register -- BUSINESS_ID --base-url URL`: it sets the webhook at 360dialog with the X-Frontdesk-Key header. The API key goes in the secrets file.',
  'whatsapp-montymobile':
    '`npm run channels:register` prints the URL (/webhook/whatsapp/montymobile) and the X-Frontdesk-Key header value to paste into MontyMobile’s console.',
  'whatsapp-qiscus':
    '`npm run channels:register` prints the URL with the key as its last path segment (/webhook/whatsapp/qiscus/KEY) to paste into Qiscus.',
  messenger:
    'Meta app dashboard → Messenger: callback URL /webhook/facebook, the verify token, fields messages, messaging_postbacks, message_echoes, message_reactions, message_reads, message_deliveries, message_edits. The page token goes in the secrets file.',
  instagram:
    'Meta app dashboard → Instagram: callback URL /webhook/instagram, the verify token, the same fields as Messenger. The linked page’s token and page id go in the secrets file.',
  telegram:
    '`npm run channels:register` calls setWebhook with a generated secret token. The bot token goes in the secrets file; the account id is the bot’s username.',
  webchat: 'Nothing to connect: the chat page (/chat/) and the widget (/widget.js) use the web chat API.',
};
