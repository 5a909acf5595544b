/**
 * The vendor APIs Frontdesk calls, by name: where each lives in production
 * and the setting (a Firebase param, config.ts) that moves it — to a local
 * fake in tests and in the emulator sandbox, or to a proxy.
 *
 * Adding a vendor: one entry here; config.ts turns every entry into a param,
 * and whoever calls the vendor declares the name (a channel adapter in its
 * `apis`) and is handed the base URL.
 */
export const VENDOR_APIS = {
  graphApi: { param: 'FRONTDESK_GRAPH_API_URL', url: 'https://graph.facebook.com', label: "Meta's Graph API" },
  instagramApi: {
    param: 'FRONTDESK_INSTAGRAM_API_URL',
    url: 'https://graph.instagram.com',
    label: "Instagram's Graph API (Instagram login)",
  },
  dialog360: { param: 'FRONTDESK_360DIALOG_API_URL', url: 'https://waba-v2.360dialog.io', label: '360dialog' },
  montyMobile: {
    param: 'FRONTDESK_MONTYMOBILE_API_URL',
    url: 'https://whatsapp-notification.montymobile.com',
    label: 'MontyMobile',
  },
  qiscus: { param: 'FRONTDESK_QISCUS_API_URL', url: 'https://omnichannel.qiscus.com', label: 'Qiscus Omnichannel' },
  telegram: { param: 'FRONTDESK_TELEGRAM_API_URL', url: 'https://api.telegram.org', label: 'the Telegram Bot API' },
  stripe: { param: 'FRONTDESK_STRIPE_API_URL', url: 'https://api.stripe.com', label: 'the Stripe API (deposits)' },
  googleOAuth: {
    param: 'FRONTDESK_GOOGLE_OAUTH_URL',
    url: 'https://accounts.google.com/o/oauth2/v2/auth',
    label: "Google's OAuth consent page (connecting a calendar)",
  },
  googleToken: {
    param: 'FRONTDESK_GOOGLE_TOKEN_URL',
    url: 'https://oauth2.googleapis.com/token',
    label: "Google's OAuth token endpoint",
  },
  googleCalendar: {
    param: 'FRONTDESK_GOOGLE_CALENDAR_URL',
    url: 'https://www.googleapis.com',
    label: 'the Google Calendar API',
  },
} as const satisfies Record<string, { param: string; url: string; label: string }>;

export type VendorApi = keyof typeof VENDOR_APIS;

/** Base URL by vendor API. */
export type VendorUrls = Record<VendorApi, string>;

/** Every vendor at its production URL. */
export function productionUrls(): VendorUrls {
  return Object.fromEntries(Object.entries(VENDOR_APIS).map(([api, entry]) => [api, entry.url])) as VendorUrls;
}
