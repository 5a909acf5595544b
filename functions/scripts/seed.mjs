#!/usr/bin/env node
// npm run seed -- FILE [FILE…] [--secrets SECRETS.json] [--project ID]
//
// Validates business profile files and loads them into Firestore. Against
// the running emulators by default (project demo-frontdesk); with --project
// and credentials (GOOGLE_APPLICATION_CREDENTIALS), into a real project.
// --secrets loads a JSON file of per-business channel credentials into the
// server-only businessSecrets collection: { "<businessId>": { "channels":
// { "whatsapp-meta": { "accessToken": "…" } } } }. Never commit that file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { secrets: { type: 'string' }, project: { type: 'string', default: 'demo-frontdesk' } },
});
if (positionals.length === 0) {
  console.error('Usage: npm run seed -- FILE [FILE…] [--secrets SECRETS.json] [--project ID]');
  process.exit(2);
}
if (values.project.startsWith('demo-')) {
  process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= '127.0.0.1:9099';
}
process.env.GCLOUD_PROJECT = values.project;

const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const { getAuth } = await import('firebase-admin/auth');
const { firebaseStaffAccounts, loadProfile, loadSecrets } = await import('../lib/profile/load.js');
const { FirestoreDatabase } = await import('../lib/store/firestore.js');

const app = initializeApp({ projectId: values.project });
const db = new FirestoreDatabase(getFirestore(app));
const accounts = firebaseStaffAccounts(getAuth(app));

let failed = false;
for (const file of positionals) {
  let input;
  try {
    input = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8'));
  } catch (err) {
    console.error(`✗ ${file}: cannot read JSON (${err.message})`);
    failed = true;
    continue;
  }
  try {
    const r = await loadProfile(db, accounts, input);
    const c = r.counts;
    console.log(
      `${r.changed ? '✓ loaded' : '= unchanged'} ${r.businessId} (revision ${r.revision}): ` +
        `${c.services} services, ${c.qa} Q&A, ${c.knowledge} articles, ${c.channels} channels, ${c.staff} staff`,
    );
  } catch (err) {
    console.error(`✗ ${file}: ${err.message}`);
    failed = true;
  }
}

if (values.secrets) {
  const secrets = JSON.parse(readFileSync(resolve(process.env.INIT_CWD ?? process.cwd(), values.secrets), 'utf8'));
  for (const [businessId, doc] of Object.entries(secrets)) {
    try {
      const { channels } = await loadSecrets(db, businessId, doc);
      console.log(`✓ secrets for ${businessId}: ${channels.join(', ')} (values not shown)`);
    } catch (err) {
      console.error(`✗ secrets for ${businessId}: ${err.message}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
