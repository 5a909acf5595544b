#!/usr/bin/env node
// npm run channels:register -- BUSINESS_ID --base-url https://YOUR_HOSTING_DOMAIN [--project ID]
//
// Points a business's channels at this deployment's webhooks. Each channel
// adapter says what that takes (`register` in src/channels/<folder>/, run by
// src/setup/register-webhooks.ts, compiled to lib/: build first):
//   telegram            setWebhook with a secret token (generated and stored on first use)
//   whatsapp-360dialog  360dialog's webhook config, with the business key in X-Frontdesk-Key
//   montymobile         the URL and header (key) to paste into its portal
//   qiscus              the URL to paste, and which of Qiscus's two webhooks to set
//   whatsapp-meta, messenger, instagram  what to set in Meta's app dashboard
//                       (an Instagram-login account is also subscribed to the app's webhooks)
// Reads the business and businessSecrets/{id} from the running emulators by
// default (project demo-frontdesk); with --project and credentials
// (GOOGLE_APPLICATION_CREDENTIALS), from a real project. Vendor API roots are
// the params of src/config.ts, read from the environment variables of the
// same names (FRONTDESK_TELEGRAM_API_URL, …), else the vendors' own.
// Secrets are never printed, except a generated key you must paste.
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'base-url': { type: 'string' }, project: { type: 'string', default: 'demo-frontdesk' } },
});
const businessId = positionals[0];
const baseUrl = values['base-url'];
if (positionals.length !== 1 || !baseUrl) {
  console.error(
    'Usage: npm run channels:register -- BUSINESS_ID --base-url https://YOUR_HOSTING_DOMAIN [--project ID]',
  );
  process.exit(2);
}
if (values.project.startsWith('demo-')) process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
process.env.GCLOUD_PROJECT = values.project;

const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const { vendorUrls } = await import('../lib/config.js');
const { registerWebhooks } = await import('../lib/setup/register-webhooks.js');

const { FirestoreDatabase } = await import('../lib/store/firestore.js');
const db = new FirestoreDatabase(getFirestore(initializeApp({ projectId: values.project })));
const marks = { registered: '✓', manual: '→', skipped: '=', failed: '✗' };

let results;
try {
  results = await registerWebhooks({ db, urls: vendorUrls() }, businessId, baseUrl);
} catch (err) {
  console.error(`✗ ${businessId}: ${err.message}`);
  process.exit(1);
}
if (results.length === 0) console.log(`= ${businessId} has no channels.`);
for (const r of results) {
  const [first = '', ...rest] = r.lines;
  console.log(`${marks[r.status]} ${r.channel} ${r.accountId}: ${first}`);
  for (const line of rest) console.log(`    ${line}`);
}
process.exit(results.some((r) => r.status === 'failed') ? 1 : 0);
