#!/usr/bin/env node
// npm run calendar:connect -- BUSINESS_ID --base-url https://YOUR_HOSTING_DOMAIN [--project ID]
//
// Starts connecting a business's Google Calendar: stores a one-time state
// (15 minutes) and prints Google's consent URL for the owner to open. Google
// sends them back to <base-url>/oauth/google/callback, where the function
// keeps the refresh token in businessSecrets (docs/booking.md).
// GOOGLE_OAUTH_CLIENT_ID comes from the environment (for the demo project,
// functions/.secret.local); the Google endpoints from FRONTDESK_GOOGLE_* when set.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    project: { type: 'string', default: 'demo-frontdesk' },
    'base-url': { type: 'string', default: 'http://127.0.0.1:5000' },
  },
});
const [businessId] = positionals;
if (!businessId) {
  console.error('Usage: npm run calendar:connect -- BUSINESS_ID --base-url https://YOUR_HOSTING_DOMAIN [--project ID]');
  process.exit(2);
}
const demo = values.project.startsWith('demo-');
if (demo) process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
process.env.GCLOUD_PROJECT = values.project;

/** The demo project's values (never a real project's: those are deployment secrets). */
function demoValue(name) {
  if (!demo) return undefined;
  const file = new URL('../.secret.local', import.meta.url);
  return new RegExp(`^${name}=(.*)$`, 'm').exec(readFileSync(file, 'utf8'))?.[1];
}

const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const { FirestoreDatabase } = await import('../lib/store/firestore.js');
const { googleConfig, startGoogleConnect } = await import('../lib/booking/google-oauth.js');
const { VENDOR_APIS } = await import('../lib/vendor/apis.js');

const urls = Object.fromEntries(
  ['googleOAuth', 'googleToken', 'googleCalendar'].map((api) => [
    api,
    process.env[VENDOR_APIS[api].param] ?? VENDOR_APIS[api].url,
  ]),
);
const config = googleConfig(
  urls,
  { clientId: process.env.GOOGLE_OAUTH_CLIENT_ID ?? demoValue('GOOGLE_OAUTH_CLIENT_ID'), clientSecret: undefined },
  values['base-url'],
);
const db = new FirestoreDatabase(getFirestore(initializeApp({ projectId: values.project })));
try {
  const url = await startGoogleConnect({ db, now: () => new Date(), log: console }, config, businessId);
  console.log(`Open this link as the owner of ${businessId} (valid for 15 minutes):\n\n${url}\n`);
  console.log(`Google sends you back to ${config.redirectUri}; add it to the OAuth client's authorised redirect URIs.`);
  process.exit(0);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
