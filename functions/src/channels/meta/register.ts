/**
 * What `channels:register` does for the Meta channels. Their webhooks belong
 * to the Meta app — one callback URL per product for the whole deployment,
 * set in the App Dashboard — so for WhatsApp Cloud API, Messenger and
 * Instagram with Facebook login it prints what to set there. For an
 * Instagram-login account it also subscribes the account to the app's
 * webhooks through Instagram's API (POST /me/subscribed_apps with the
 * account's token), the step Meta's "Webhooks" guide for Instagram login
 * requires before any message arrives.
 */
import type { RegistrationContext, RegistrationOutcome } from '../channel.js';
import { GRAPH_API_VERSION, graphExplain } from './graph.js';

/** The fields Frontdesk reads, per product. */
export const META_WEBHOOK_FIELDS = {
  whatsapp: ['messages'],
  messenger: [
    'messages',
    'messaging_postbacks',
    'message_echoes',
    'message_deliveries',
    'message_reads',
    'message_reactions',
    'message_edits',
  ],
  instagram: ['messages', 'messaging_postbacks', 'messaging_seen', 'message_reactions'],
} as const;

interface Product {
  /** Where in the App Dashboard. */
  where: string;
  path: string;
  fields: readonly string[];
  /** The secret that signs this product's webhooks. */
  secret: string;
}

export function metaDashboardLines(context: RegistrationContext, product: Product): string[] {
  return [
    `Meta App Dashboard → ${product.where} (once per Meta app, for every business of this deployment):`,
    `  Callback URL: ${context.webhookBase}${product.path}`,
    '  Verify token: the value of the META_VERIFY_TOKEN secret of this deployment',
    `  Subscribe to: ${product.fields.join(', ')}`,
    `  and connect account ${context.accountId} to the app.`,
    `  (Meta signs these webhooks with ${product.secret}.)`,
  ];
}

export async function registerWhatsAppCloud(context: RegistrationContext): Promise<RegistrationOutcome> {
  return {
    status: 'manual',
    lines: metaDashboardLines(context, {
      where: 'WhatsApp → Configuration → Webhook',
      path: '/webhook/whatsapp/meta',
      fields: META_WEBHOOK_FIELDS.whatsapp,
      secret: 'META_APP_SECRET (App settings → Basic → App secret)',
    }),
  };
}

export async function registerMessenger(context: RegistrationContext): Promise<RegistrationOutcome> {
  return {
    status: 'manual',
    lines: metaDashboardLines(context, {
      where: 'Messenger → Messenger API Settings → Webhooks',
      path: '/webhook/facebook',
      fields: META_WEBHOOK_FIELDS.messenger,
      secret: 'META_APP_SECRET (App settings → Basic → App secret)',
    }),
  };
}

export async function registerInstagram(
  context: RegistrationContext,
  login: 'facebook' | 'instagram',
): Promise<RegistrationOutcome> {
  if (login === 'facebook') {
    return {
      status: 'manual',
      lines: metaDashboardLines(context, {
        where: 'Messenger → Instagram settings → Webhooks (Instagram with Facebook login)',
        path: '/webhook/instagram',
        fields: META_WEBHOOK_FIELDS.instagram,
        secret: 'META_APP_SECRET (App settings → Basic → App secret)',
      }),
    };
  }
  const token = context.credentials.accessToken;
  if (!token) {
    return {
      status: 'failed',
      lines: [
        `No Instagram user token: put it in businessSecrets/${context.businessId} as channels.instagram.accessToken.`,
      ],
    };
  }
  const fields = META_WEBHOOK_FIELDS.instagram.join(',');
  const base = (context.baseUrls.instagramApi ?? context.baseUrl).replace(/\/+$/, '');
  await context.http.json({
    provider: 'instagram',
    service: "Instagram's Graph API",
    method: 'POST',
    url: `${base}/${GRAPH_API_VERSION}/me/subscribed_apps?subscribed_fields=${fields}`,
    headers: { authorization: `Bearer ${token}` },
    secrets: [token],
    explain: graphExplain(),
  });
  return {
    status: 'manual',
    lines: [
      `Account ${context.accountId} subscribed to the app's webhooks (${fields}).`,
      ...metaDashboardLines(context, {
        where: 'Instagram → API setup with Instagram login → Configure webhooks',
        path: '/webhook/instagram',
        fields: META_WEBHOOK_FIELDS.instagram,
        secret: 'INSTAGRAM_APP_SECRET (the Instagram app secret shown in that section)',
      }),
    ],
  };
}
