#!/usr/bin/env node
// The staff bot (one per deployment; docs/staff-telegram.md):
//
//   npm run staff:link -- BUSINESS_ID EMAIL [--project ID]
//       a one-time code (30 minutes) for the member with that email to link their Telegram
//       chat: they open the printed t.me link, or send the code to the bot.
//   npm run staff:link -- --register --base-url https://YOUR_HOSTING_DOMAIN [--project ID]
//       points the staff bot's webhook at /webhook/staff-telegram with the webhook secret.
//
// The bot's token and webhook secret come from the environment
// (STAFF_TELEGRAM_BOT_TOKEN, STAFF_TELEGRAM_WEBHOOK_SECRET) or, against the
// emulators, from functions/.secret.local. Reads and writes Firestore on the
// running emulators by default (project demo-frontdesk); with --project and
// credentials (GOOGLE_APPLICATION_CREDENTIALS), a real project.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    register: { type: 'boolean', default: false },
    'base-url': { type: 'string' },
    project: { type: 'string', default: 'demo-frontdesk' },
  },
});
const usage = [
  'Usage: npm run staff:link -- BUSINESS_ID EMAIL [--project ID]',
  '       npm run staff:link -- --register --base-url https://YOUR_HOSTING_DOMAIN [--project ID]',
].join('\n');
const emulated = values.project.startsWith('demo-');
if (emulated) {
  process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
}
process.env.GCLOUD_PROJECT = values.project;

/** A secret from the environment, else (against the emulators) from .secret.local; `off` is none. */
function secret(name) {
  let value = process.env[name];
  if (value === undefined && emulated) {
    const file = readFileSync(new URL('../.secret.local', import.meta.url), 'utf8');
    value = new RegExp(`^${name}=(.*)$`, 'm').exec(file)?.[1];
  }
  value = value?.trim();
  return value && value.toLowerCase() !== 'off' ? value : undefined;
}

const token = secret('STAFF_TELEGRAM_BOT_TOKEN');
if (!token) {
  console.error(
    '✗ No staff bot: set STAFF_TELEGRAM_BOT_TOKEN (firebase functions:secrets:set STAFF_TELEGRAM_BOT_TOKEN).',
  );
  process.exit(1);
}
const { vendorUrls } = await import('../lib/config.js');
const { telegramStaffBot } = await import('../lib/notifiers/telegram-staff-bot.js');
const apiRoot = vendorUrls(process.env).telegram;

if (values.register) {
  const baseUrl = values['base-url'];
  const webhookSecret = secret('STAFF_TELEGRAM_WEBHOOK_SECRET');
  if (!baseUrl || positionals.length) {
    console.error(usage);
    process.exit(2);
  }
  if (!webhookSecret) {
    console.error('✗ Set STAFF_TELEGRAM_WEBHOOK_SECRET first (letters, digits, _ and -, up to 256).');
    process.exit(1);
  }
  const url = `${baseUrl.replace(/\/+$/, '')}/webhook/staff-telegram`;
  const { Api } = await import('grammy');
  try {
    await new Api(token, { apiRoot }).setWebhook(url, {
      secret_token: webhookSecret,
      allowed_updates: ['message', 'callback_query'],
    });
    console.log(`✓ The staff bot's webhook is ${url}`);
    process.exit(0);
  } catch (err) {
    console.error(
      `✗ setWebhook failed: ${String(err.description ?? err.message)
        .split(token)
        .join('[redacted]')}`,
    );
    process.exit(1);
  }
}

const [businessId, email] = positionals;
if (!businessId || !email) {
  console.error(usage);
  process.exit(2);
}
const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const { FirestoreDatabase } = await import('../lib/store/firestore.js');
const { createStaffLinkCode } = await import('../lib/pipeline/staff-link.js');
const firestore = getFirestore(initializeApp({ projectId: values.project }));
const members = await firestore.collection(`businesses/${businessId}/members`).where('email', '==', email).get();
if (members.empty) {
  console.error(`✗ ${email} is not a member of ${businessId}.`);
  process.exit(1);
}
const quiet = () => undefined;
const deps = {
  db: new FirestoreDatabase(firestore),
  now: () => new Date(),
  log: { info: quiet, warn: quiet, error: quiet },
};
const { code, expiresAt, member } = await createStaffLinkCode(deps, businessId, members.docs[0].id);
const username = await telegramStaffBot(token, apiRoot)
  .username()
  .catch(() => undefined);
console.log(`✓ A code for ${member.name} (${member.role}) at ${businessId}: ${code}`);
if (username) console.log(`  Open https://t.me/${username}?start=${code} in Telegram,`);
console.log(`  or send the code to the staff bot. It works once, until ${expiresAt.toISOString()}.`);
process.exit(0);
