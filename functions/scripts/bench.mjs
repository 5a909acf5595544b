#!/usr/bin/env node
// npm run bench — runs inside `firebase emulators:exec` (see package.json).
// Every figure is measured side by side in this one run, so the ratios hold
// on a shared, noisy machine even when the absolute numbers move.
import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './emulators.mjs';

const FUNCTIONS = 'http://127.0.0.1:5001/demo-frontdesk/us-central1';
const N = Number(process.env.BENCH_N ?? 200);
const E2E_N = Number(process.env.BENCH_E2E_N ?? 20);
const IMPORT_N = Number(process.env.BENCH_IMPORT_N ?? 15);
const lib = join(root, 'functions/lib');

process.env.FIREBASE_AUTH_EMULATOR_HOST ??= '127.0.0.1:9099';
const { startFakeGraphApi } = await import(join(lib, 'testing/fake-graph-api.js'));
const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const { getAuth } = await import('firebase-admin/auth');
const { firebaseStaffAccounts, loadProfile } = await import(join(lib, 'profile/load.js'));
const { FirestoreDatabase } = await import(join(lib, 'store/firestore.js'));

const app = initializeApp({ projectId: 'demo-frontdesk' });
const db = getFirestore(app);
const clinic = JSON.parse(readFileSync(join(root, 'functions/demo/glow-laser-clinic.json'), 'utf8'));
await loadProfile(new FirestoreDatabase(db), firebaseStaffAccounts(getAuth(app)), clinic);
await db
  .doc('businessSecrets/glow-laser-clinic')
  .set({ channels: { 'whatsapp-meta': { accessToken: 'bench-token' } } });
const phoneNumberId = clinic.channels.find((c) => c.type === 'whatsapp-meta').accountId;
const secret = /^META_APP_SECRET=(.*)$/m.exec(readFileSync(join(root, 'functions/.secret.local'), 'utf8'))[1];
const graph = await startFakeGraphApi({ port: 4010 });

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (x) => `${x.toFixed(1)} ms`;

function webhookBody(text) {
  const from = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
  const id = `wamid.bench-${randomUUID()}`;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'bench',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: '15550000000', phone_number_id: phoneNumberId },
              contacts: [{ profile: { name: 'Bench' }, wa_id: from }],
              messages: [
                { from, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } },
              ],
            },
          },
        ],
      },
    ],
  });
  return { body, from, id };
}

async function timed(fn) {
  const t = performance.now();
  const res = await fn();
  const elapsed = performance.now() - t;
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
  return elapsed;
}

const postWebhook = (text) => {
  const { body } = webhookBody(text);
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return fetch(`${FUNCTIONS}/webhookWhatsapp/meta`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
};
const postBare = () => fetch(`${FUNCTIONS}/benchBareWrite`, { method: 'POST' });

// 1. Acknowledgement latency, interleaved with the bare one-write function.
for (let i = 0; i < 10; i++) {
  await timed(() => postWebhook('warm up'));
  await timed(postBare);
}
const ack = { webhook: [], bare: [] };
for (let i = 0; i < N; i++) {
  ack.webhook.push(await timed(() => postWebhook(`bench ${i}`)));
  ack.bare.push(await timed(postBare));
}

// 2. End to end: webhook → reply → outbox → the fake Graph API receives the send.
async function e2eOnce() {
  const { body, from } = webhookBody('How much is laser for full legs?');
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  const t = performance.now();
  const res = await fetch(`${FUNCTIONS}/webhookWhatsapp/meta`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
  await res.arrayBuffer();
  for (;;) {
    if (graph.requests.some((r) => r.body?.to === from)) return performance.now() - t;
    if (performance.now() - t > 30_000) throw new Error('no send within 30 s');
    await new Promise((r) => setTimeout(r, 5));
  }
}
// Let the ack phase's replies drain first so they do not queue ahead of these.
await new Promise((r) => setTimeout(r, 3000));
await e2eOnce();
const e2e = [];
for (let i = 0; i < E2E_N; i++) e2e.push(await e2eOnce());

// 3. Cold-start import cost per function entry, beside a minimal firebase-functions module.
const entries = {
  'minimal (firebase-functions/v2/https)': 'firebase-functions/v2/https',
  'index.js (all trigger definitions)': join(lib, 'index.js'),
  'webhookWhatsapp entry': join(lib, 'entries/webhook-whatsapp.js'),
  'api entry': join(lib, 'entries/api.js'),
  'onMessageCreated entry': join(lib, 'entries/on-message.js'),
  'onOutboxCreated entry': join(lib, 'entries/on-outbox.js'),
  'sweepWork entry': join(lib, 'entries/sweep.js'),
  'webhookStripe entry': join(lib, 'entries/webhook-stripe.js'),
  'oauthGoogle entry': join(lib, 'entries/oauth-google.js'),
  // The booking vendors' SDKs, loaded only when a deposit or a calendar call needs them.
  'stripe (SDK)': 'stripe',
  '@googleapis/calendar (SDK)': '@googleapis/calendar',
};
// googleapis is what @googleapis/calendar was chosen against (docs/booking.md); measured when present:
// `npm --prefix functions install --no-save googleapis` before `npm run bench`.
const { createRequire } = await import('node:module');
try {
  createRequire(join(root, 'functions/package.json')).resolve('googleapis');
  entries['googleapis (SDK, for comparison)'] = 'googleapis';
} catch {
  console.log(
    'googleapis is not installed: its import is not measured (npm --prefix functions install --no-save googleapis)',
  );
}
const imports = Object.fromEntries(Object.keys(entries).map((k) => [k, []]));
const node = process.execPath;
for (let i = 0; i < IMPORT_N; i++) {
  for (const [name, spec] of Object.entries(entries)) {
    const out = execFileSync(
      node,
      [
        '--input-type=module',
        '-e',
        `const t=performance.now(); await import(${JSON.stringify(spec)}); console.log(performance.now()-t)`,
      ],
      { cwd: join(root, 'functions'), encoding: 'utf8', env: { ...process.env, FUNCTIONS_EMULATOR: '' } },
    );
    imports[name].push(Number(out.trim()));
  }
}

await graph.close();

// 4. Database operations per answered inbound text, counted on the store's port (in memory, exact).
const { operationsPerAnsweredText } = await import(join(lib, 'testing/operations.js'));
const ops = await operationsPerAnsweredText(10);

const lines = [];
const p50 = (xs) => pct(xs, 50);
lines.push(
  `Frontdesk benchmark — ${new Date().toISOString()} — node ${process.version}, ${N} acks, ${E2E_N} end-to-end runs, ${IMPORT_N} imports each`,
);
lines.push('');
lines.push('Webhook acknowledgement (POST, concurrency 1, interleaved)      p50        p95');
lines.push(
  `  /webhook/whatsapp/meta (verify, parse, route, write)     ${ms(p50(ack.webhook)).padStart(10)} ${ms(pct(ack.webhook, 95)).padStart(10)}`,
);
lines.push(
  `  bare HTTPS function, one Firestore write                 ${ms(p50(ack.bare)).padStart(10)} ${ms(pct(ack.bare, 95)).padStart(10)}`,
);
lines.push(
  `  ratio webhook / bare                                     ${(p50(ack.webhook) / p50(ack.bare)).toFixed(2).padStart(9)}x ${(pct(ack.webhook, 95) / pct(ack.bare, 95)).toFixed(2).padStart(9)}x`,
);
lines.push('');
lines.push('End to end, webhook → reply (offline responder) → send received by the fake Graph API');
lines.push(
  `  p50 ${ms(p50(e2e))}   p95 ${ms(pct(e2e, 95))}   (${(p50(e2e) / p50(ack.bare)).toFixed(1)}x a bare write)`,
);
lines.push('');
lines.push('Firestore operations per answered inbound text (returning customer, warm instance)');
lines.push('                                   reads   writes   round trips');
for (const [step, c] of Object.entries(ops)) {
  lines.push(
    `  ${step.padEnd(30)} ${String(c.reads).padStart(6)} ${String(c.writes).padStart(8)} ${String(c.roundTrips).padStart(13)}`,
  );
}
lines.push('');
lines.push('Cold-start import of each function entry (median of fresh processes)   vs minimal');
const base = p50(imports['minimal (firebase-functions/v2/https)']);
for (const [name, xs] of Object.entries(imports)) {
  lines.push(`  ${name.padEnd(44)} ${ms(p50(xs)).padStart(10)}   ${(p50(xs) / base).toFixed(2)}x`);
}
console.log(`\n${lines.join('\n')}\n`);
process.exit(0);
