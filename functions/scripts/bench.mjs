#!/usr/bin/env node
// npm run bench — runs inside `firebase emulators:exec` (see package.json), with
// keys for the local fake LLM vendors (emulators.mjs --llm). Every figure is
// measured side by side in this one run, so the ratios hold on a shared, noisy
// machine even when the absolute numbers move.
import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './emulators.mjs';

const FUNCTIONS = 'http://127.0.0.1:5001/demo-frontdesk/us-central1';
const N = Number(process.env.BENCH_N ?? 200);
const E2E_N = Number(process.env.BENCH_E2E_N ?? 20);
const IMPORT_N = Number(process.env.BENCH_IMPORT_N ?? 15);
const TURNS = Number(process.env.BENCH_TURNS ?? 5);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 3);
const lib = join(root, 'functions/lib');

process.env.FIREBASE_AUTH_EMULATOR_HOST ??= '127.0.0.1:9099';
const { startFakeGraphApi } = await import(join(lib, 'testing/fake-graph-api.js'));
const { startFakeAnthropic } = await import(join(lib, 'testing/fake-anthropic.js'));
const { startFakeOpenAi } = await import(join(lib, 'testing/fake-openai.js'));
const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const { getAuth } = await import('firebase-admin/auth');
const { firebaseStaffAccounts, loadProfile } = await import(join(lib, 'profile/load.js'));
const { FirestoreDatabase } = await import(join(lib, 'store/firestore.js'));
const { ids } = await import(join(lib, 'store/ids.js'));

const app = initializeApp({ projectId: 'demo-frontdesk' });
const db = getFirestore(app);
const store = new FirestoreDatabase(db);
const clinic = JSON.parse(readFileSync(join(root, 'functions/demo/glow-laser-clinic.json'), 'utf8'));
const secret = /^META_APP_SECRET=(.*)$/m.exec(readFileSync(join(root, 'functions/.secret.local'), 'utf8'))[1];

/**
 * Copies of the demo clinic, each with its own WhatsApp number. No quiet
 * window: the bench measures the pipeline, not the deliberate wait for a
 * customer's next message.
 */
async function seedBench(id, phoneNumberId, settings) {
  const profile = structuredClone(clinic);
  profile.id = id;
  profile.channels = [{ type: 'whatsapp-meta', accountId: phoneNumberId }];
  profile.settings = { ...profile.settings, conversation: { quietSeconds: 0 }, ...settings };
  await loadProfile(store, firebaseStaffAccounts(getAuth(app)), profile);
  await db.doc(`businessSecrets/${id}`).set({ channels: { 'whatsapp-meta': { accessToken: 'bench-token' } } });
  return { id, phoneNumberId };
}
const offline = await seedBench('bench-offline', '600000000000001', { responder: 'offline' });
const claude = await seedBench('bench-claude', '600000000000002', { ai: { providers: ['anthropic', 'openai'] } });
const gpt = await seedBench('bench-gpt', '600000000000003', { ai: { providers: ['openai', 'anthropic'] } });

const graph = await startFakeGraphApi({ port: 4010 });
const anthropic = await startFakeAnthropic({ port: 4015 });
const openai = await startFakeOpenAi({ port: 4016 });
// An instant model: the same short answer at once, every amount in it the business's own.
const ANSWER = 'Full legs for women is AED 450; a session takes about an hour.';
anthropic.always({ text: ANSWER });
openai.always({ text: ANSWER });

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const p50 = (xs) => pct(xs, 50);
const ms = (x) => `${x.toFixed(1)} ms`;
const newCustomer = () => `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;

function webhookBody(business, text, from = newCustomer(), id = `wamid.bench-${randomUUID()}`) {
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
              metadata: { display_phone_number: '15550000000', phone_number_id: business.phoneNumberId },
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

const postWebhook = (business, text, from, wamid) => {
  const { body } = webhookBody(business, text, from, wamid);
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return fetch(`${FUNCTIONS}/webhookWhatsapp/meta`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
};
const postBare = () => fetch(`${FUNCTIONS}/benchBareWrite`, { method: 'POST' });

async function timed(fn) {
  const t = performance.now();
  const res = await fn();
  const elapsed = performance.now() - t;
  if (!res.ok) throw new Error(`HTTP ${res.status}: ${await res.text()}`);
  await res.arrayBuffer();
  return elapsed;
}

async function until(done, what) {
  const t = performance.now();
  for (;;) {
    if (done()) return performance.now() - t;
    if (performance.now() - t > 90_000) throw new Error(`no ${what} within 90 s`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

// 1. Acknowledgement latency, interleaved with the bare one-write function.
for (let i = 0; i < 10; i++) {
  await timed(() => postWebhook(offline, 'warm up'));
  await timed(postBare);
}
const ack = { webhook: [], bare: [] };
for (let i = 0; i < N; i++) {
  ack.webhook.push(await timed(() => postWebhook(offline, `bench ${i}`)));
  ack.bare.push(await timed(postBare));
}

// 2. End to end, interleaved: the bare trigger round trip (HTTP → write → trigger → HTTP out to the
//    fake Graph API) beside webhook → reply → outbox → send received by the fake Graph API, with the
//    offline responder and with the engine on an instant fake LLM (Claude's path, then OpenAI's).
async function bareTriggerOnce() {
  const id = randomUUID();
  const t = performance.now();
  const res = await fetch(`${FUNCTIONS}/benchTriggerWrite?id=${id}`, { method: 'POST' });
  await res.arrayBuffer();
  await until(() => graph.requests.some((r) => r.path === `/bench-echo/${id}`), 'echo');
  return performance.now() - t;
}
async function replyOnce(business, text = 'How much is laser for full legs?', from = newCustomer(), wamid) {
  const t = performance.now();
  const seen = graph.requests.filter((r) => r.body?.to === from).length;
  const res = await postWebhook(business, text, from, wamid);
  await res.arrayBuffer();
  await until(() => graph.requests.filter((r) => r.body?.to === from).length > seen, 'send');
  return performance.now() - t;
}
// Let the ack phase's replies drain first so they do not queue ahead of these (the emulator runs
// triggers one at a time): until no send has reached the fake Graph API for 3 s, at most 2 minutes.
{
  const started = performance.now();
  let count = -1;
  let stillSince = performance.now();
  while (performance.now() - stillSince < 3000 && performance.now() - started < 120_000) {
    if (graph.requests.length !== count) [count, stillSince] = [graph.requests.length, performance.now()];
    await new Promise((r) => setTimeout(r, 100));
  }
}
await bareTriggerOnce();
for (const business of [offline, claude, gpt]) await replyOnce(business);
const e2e = { bare: [], offline: [], claude: [], gpt: [] };
for (let i = 0; i < E2E_N; i++) {
  e2e.bare.push(await bareTriggerOnce());
  e2e.offline.push(await replyOnce(offline));
  e2e.claude.push(await replyOnce(claude));
  e2e.gpt.push(await replyOnce(gpt));
}

// 3. Tokens per reply and prompt caching: conversations of TURNS messages on each path, one reply at a
//    time; the share of the prompt's tokens read from the cache on turns 2 and later.
const QUESTIONS = [
  'Hi, how much is laser for full legs?',
  'And how long does a session take?',
  'Do you have female therapists?',
  'Where exactly are you?',
  'Can I come on Friday?',
  'Is it painful?',
];
async function conversationUsage(business) {
  const turns = [];
  for (let c = 0; c < CONVERSATIONS; c++) {
    const from = newCustomer();
    for (let t = 0; t < TURNS; t++) {
      const wamid = `wamid.bench-${randomUUID()}`;
      await replyOnce(business, QUESTIONS[t % QUESTIONS.length], from, wamid);
      const reply = await db
        .doc(`businesses/${business.id}/messages/${ids.replyTo(ids.inboundMessage('whatsapp-meta', wamid))}`)
        .get();
      turns.push({ turn: t + 1, usage: reply.get('ai.usage') });
    }
  }
  const prompt = (u) => u.inputTokens + (u.cacheReadTokens ?? 0) + (u.cacheWriteTokens ?? 0);
  const later = turns.filter((x) => x.turn >= 2);
  const sum = (xs, f) => xs.reduce((s, x) => s + f(x.usage), 0);
  return {
    replies: turns.length,
    promptPerReply: sum(turns, prompt) / turns.length,
    outputPerReply: sum(turns, (u) => u.outputTokens) / turns.length,
    costPerReply: sum(turns, (u) => u.costUsd) / turns.length,
    cachedShareLater: sum(later, (u) => u.cacheReadTokens ?? 0) / sum(later, prompt),
  };
}
const usage = { claude: await conversationUsage(claude), gpt: await conversationUsage(gpt) };

// 4. Cold-start import cost per function entry, beside a minimal firebase-functions module.
const entries = {
  'minimal (firebase-functions/v2/https)': 'firebase-functions/v2/https',
  'index.js (all trigger definitions)': join(lib, 'index.js'),
  'webhookWhatsapp entry': join(lib, 'entries/webhook-whatsapp.js'),
  'api entry': join(lib, 'entries/api.js'),
  'onMessageCreated entry': join(lib, 'entries/on-message.js'),
  'replyTurn entry': join(lib, 'entries/reply-turn.js'),
  'onOutboxCreated entry': join(lib, 'entries/on-outbox.js'),
  'onNotificationCreated entry': join(lib, 'entries/on-notification.js'),
  'webhookStaffBot entry': join(lib, 'entries/webhook-staff.js'),
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

await Promise.all([graph.close(), anthropic.close(), openai.close()]);

// 5. Database operations per answered inbound text, counted on the store's port (in memory, exact).
const { operationsPerAnsweredText } = await import(join(lib, 'testing/operations.js'));
const ops = await operationsPerAnsweredText(10);

const lines = [];
lines.push(
  `Frontdesk benchmark — ${new Date().toISOString()} — node ${process.version}, ${N} acks, ${E2E_N} end-to-end runs, ${CONVERSATIONS}×${TURNS} turns per path, ${IMPORT_N} imports each`,
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
lines.push(
  'End to end, until a local fake vendor receives the request (interleaved)      p50        p95   p50 vs bare',
);
const e2eLine = (label, xs) =>
  `  ${label.padEnd(62)} ${ms(p50(xs)).padStart(10)} ${ms(pct(xs, 95)).padStart(10)} ${(p50(xs) / p50(e2e.bare)).toFixed(2).padStart(10)}x`;
lines.push(e2eLine('bare trigger round trip (HTTP → write → trigger → HTTP out)', e2e.bare));
lines.push(e2eLine('webhook → reply (offline responder) → send', e2e.offline));
lines.push(e2eLine('webhook → reply (engine, instant fake Claude) → send', e2e.claude));
lines.push(e2eLine('webhook → reply (engine, instant fake OpenAI) → send', e2e.gpt));
lines.push('');
lines.push('Tokens per reply and prompt caching (the fakes simulate each vendor’s cache)');
lines.push('                  prompt tokens   output tokens   USD per reply   cached share, turns 2+');
for (const [name, u] of Object.entries(usage)) {
  lines.push(
    `  ${name.padEnd(14)} ${u.promptPerReply.toFixed(0).padStart(15)} ${u.outputPerReply.toFixed(0).padStart(15)} ${u.costPerReply.toFixed(5).padStart(15)} ${`${(u.cachedShareLater * 100).toFixed(1)} %`.padStart(24)}`,
  );
}
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
