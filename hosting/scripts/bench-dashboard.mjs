#!/usr/bin/env node
// npm run bench:dashboard — run inside the emulators (functions/scripts/emulators.mjs exec):
// seeds the demo businesses with 40 WhatsApp conversations, signs in as the clinic's owner in
// Debian's Chromium, and measures the time from navigating to the inbox until the conversation
// list is on screen: cold (a fresh browser profile, nothing cached) and warm (a reload), median of
// several runs. Prints the inbox route's JavaScript budget beside it.
import { execFileSync } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createDemoAccounts, DEMO_PASSWORD } from '../../functions/scripts/demo-accounts.mjs';
import { startFakeGraphApi } from '../../functions/lib/testing/fake-graph-api.js';
import { measure } from './bundle-budget.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const HOSTING = 'http://127.0.0.1:5000';
const CHROMIUM = '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const CONVERSATIONS = 40;

if (!existsSync(CHROMIUM)) {
  console.error('bench:dashboard needs Debian chromium (apt-get install chromium).');
  process.exit(1);
}

// The AI's replies go out to a local fake of the Graph API (FRONTDESK_GRAPH_API_URL under `emulators.mjs exec`).
const graph = await startFakeGraphApi({ port: 4010 });
const demos = ['glow-laser-clinic', 'happy-paws-grooming'].map((id) => join(root, `functions/demo/${id}.json`));
const secrets = join(mkdtempSync(join(tmpdir(), 'frontdesk-bench-')), 'secrets.json');
writeFileSync(
  secrets,
  JSON.stringify({ 'glow-laser-clinic': { channels: { 'whatsapp-meta': { accessToken: 'bench-token' } } } }),
);
execFileSync(process.execPath, [join(root, 'functions/scripts/seed.mjs'), ...demos, '--secrets', secrets], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
await createDemoAccounts(demos.map((f) => JSON.parse(readFileSync(f, 'utf8'))));

const secret = readFileSync(join(root, 'functions/.secret.local'), 'utf8').match(/^META_APP_SECRET=(.*)$/m)?.[1];
const clinic = JSON.parse(readFileSync(demos[0], 'utf8'));
const phoneNumberId = clinic.channels.find((c) => c.type === 'whatsapp-meta').accountId;
for (let i = 0; i < CONVERSATIONS; i++) {
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
              contacts: [{ profile: { name: `Bench customer ${i}` }, wa_id: `97150${String(1_000_000 + i)}` }],
              messages: [
                {
                  from: `97150${String(1_000_000 + i)}`,
                  id: `wamid.bench.${randomUUID()}`,
                  timestamp: String(Math.floor(Date.now() / 1000)),
                  type: 'text',
                  text: { body: 'What are your opening hours?' },
                },
              ],
            },
          },
        ],
      },
    ],
  });
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  const res = await fetch(`${HOSTING}/webhook/whatsapp/meta`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
    body,
  });
  if (!res.ok) throw new Error(`webhook answered ${res.status}`);
}

// Measure a settled system: wait until the AI has answered every conversation (the emulator runs triggers one at a time).
{
  const { getApps, initializeApp } = await import('firebase-admin/app');
  const { getFirestore } = await import('firebase-admin/firestore');
  const db = getFirestore(getApps()[0] ?? initializeApp({ projectId: 'demo-frontdesk' }));
  const deadline = Date.now() + 180_000;
  for (;;) {
    const replies = await db.collection(`businesses/${clinic.id}/messages`).where('author', '==', 'ai').count().get();
    if (replies.data().count >= CONVERSATIONS) break;
    if (Date.now() > deadline)
      throw new Error(`only ${replies.data().count} of ${CONVERSATIONS} replies after 3 minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const inbox = `${HOSTING}/b/${clinic.id}/inbox`;

// One sign-in; its session (Auth keeps it in localStorage) is reused by every fresh profile.
const first = await browser.newContext();
const page = await first.newPage();
await page.goto(`${HOSTING}/sign-in`);
await page.getByLabel('Email').fill(clinic.staff.find((s) => s.role === 'owner').email);
await page.getByLabel('Password').fill(DEMO_PASSWORD);
await page.getByRole('button', { name: 'Sign in', exact: true }).click();
await page.waitForURL('**/inbox');
await page.getByTestId('conversation-list').waitFor({ timeout: 60_000 });
const session = await first.storageState();
await first.close();

async function timeToList(p, go) {
  const start = Date.now();
  await go();
  await p
    .getByTestId('conversation-item')
    .nth(Math.min(CONVERSATIONS, 20) - 1)
    .waitFor({ timeout: 60_000 });
  return Date.now() - start;
}

const cold = [];
const warm = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ storageState: session });
  const p = await context.newPage();
  cold.push(await timeToList(p, () => p.goto(inbox)));
  warm.push(await timeToList(p, () => p.reload()));
  await context.close();
}
await browser.close();
await graph.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const budget = measure(join(root, 'hosting/dist'));
console.log(`
Dashboard (${RUNS} runs, ${CONVERSATIONS} conversations, Chromium against the emulators)
| measure                                              | p50       | p95       |
| ---------------------------------------------------- | --------- | --------- |
| inbox → conversation list, cold (fresh profile)      | ${String(median(cold)).padStart(6)} ms | ${String(p95(cold)).padStart(6)} ms |
| inbox → conversation list, warm (reload)             | ${String(median(warm)).padStart(6)} ms | ${String(p95(warm)).padStart(6)} ms |
Initial JavaScript of the inbox route: ${(budget.initialGzip / 1024).toFixed(1)} KB gzipped (budget ${(budget.budget / 1024).toFixed(0)} KB)
`);
