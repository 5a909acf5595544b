#!/usr/bin/env node
// npm start: the emulator suite with the demo businesses seeded, the
// providers' sandbox (local fakes of WhatsApp, Telegram, … so every reply is
// really delivered, and printed here), and what a person needs to try it.
// Ctrl-C stops everything.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoAccounts, DEMO_PASSWORD } from './demo-accounts.mjs';
import { EMULATORS, FAKE_VENDORS, firebase, root } from './emulators.mjs';
import { describeSend, sandboxSecrets, startSandbox } from './sandbox.mjs';

const HOSTING = 'http://127.0.0.1:5000';
const sandbox = await startSandbox((provider, path, body) => console.log(describeSend(provider, path, body)));
// The functions send to the sandbox, not to the real providers (media stays in the default folder).
const { FRONTDESK_MEDIA_DIR: _testMedia, ...vendorUrls } = FAKE_VENDORS;
const child = firebase(['emulators:start', '--only', EMULATORS], { env: vendorUrls });
const stop = async (code) => {
  await sandbox.close().catch(() => undefined);
  process.exit(code);
};
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => void stop(code ?? 0));

/** Ready when the functions answer the health check themselves (Hosting alone answers 404 before they load). */
async function ready(url) {
  for (let i = 0; i < 360; i++) {
    try {
      const res = await fetch(url);
      const body = res.headers.get('content-type')?.includes('json') ? await res.json() : undefined;
      if (res.status === 200 && body?.status === 'ok') return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the functions did not answer ${url} within 3 minutes`);
}

await ready(`${HOSTING}/api/health`);
const demoDir = join(root, 'functions/demo');
const demos = readdirSync(demoDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => join(demoDir, f));
const businesses = demos.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const secretsDir = mkdtempSync(join(tmpdir(), 'frontdesk-sandbox-'));
const secretsFile = join(secretsDir, 'secrets.json');
writeFileSync(secretsFile, JSON.stringify(sandboxSecrets(businesses)));
try {
  execFileSync(process.execPath, [join(root, 'functions/scripts/seed.mjs'), ...demos, '--secrets', secretsFile], {
    stdio: 'inherit',
  });
} finally {
  rmSync(secretsDir, { recursive: true, force: true });
}
const accounts = await createDemoAccounts(businesses);

const secrets = Object.fromEntries(
  readFileSync(join(root, 'functions/.secret.local'), 'utf8')
    .split('\n')
    .filter((l) => /^[A-Z_]+=/.test(l))
    .map((l) => l.split(/=(.*)/s).slice(0, 2)),
);
const line = '─'.repeat(72);
console.log(`
${line}
 Frontdesk is running on the emulators (project demo-frontdesk)

 Staff dashboard:             ${HOSTING}/
   sign in with (password "${DEMO_PASSWORD}", a demo value for the emulators only):
${accounts
  .filter((a) => a.role === 'owner')
  .map((a) => `     ${a.email.padEnd(36)} owner of ${a.businessId}`)
  .join('\n')}
   staff accounts (same password): ${accounts
     .filter((a) => a.role === 'staff')
     .map((a) => a.email)
     .join(', ')}

 Chat with a demo business:   ${HOSTING}/chat/
 Health:                      ${HOSTING}/api/health

 Webhooks (README "Channels" says how each is authenticated):
   WhatsApp, Meta Cloud API   ${HOSTING}/webhook/whatsapp/meta        (X-Hub-Signature-256)
   WhatsApp, 360dialog        ${HOSTING}/webhook/whatsapp/360dialog   (X-Frontdesk-Key)
   WhatsApp, MontyMobile      ${HOSTING}/webhook/whatsapp/montymobile (X-Frontdesk-Key)
   WhatsApp, Qiscus           ${HOSTING}/webhook/whatsapp/qiscus/<key>
   Messenger                  ${HOSTING}/webhook/facebook             (X-Hub-Signature-256)
   Instagram                  ${HOSTING}/webhook/instagram            (X-Hub-Signature-256)
   Telegram                   ${HOSTING}/webhook/telegram/<businessId> (X-Telegram-Bot-Api-Secret-Token)
 Demo businesses:
${businesses
  .map((b) => `   ${b.id.padEnd(24)} ${b.channels.map((c) => `${c.type} ${c.accountId}`).join(', ')}`)
  .join('\n')}

 Sandbox: replies go to local fakes of the providers (${FAKE_VENDORS.FRONTDESK_GRAPH_API_URL} for
 WhatsApp, …) and are printed below as "→ …" — nothing leaves this machine.

 Demo secrets (functions/.secret.local — demo values, never use them in production):
${Object.entries(secrets)
  .map(([k, v]) => `   ${k.padEnd(22)} ${v}`)
  .join('\n')}

 Try it:  node functions/scripts/send-whatsapp.mjs glow-laser-clinic "How much is full legs?"
${line}
`);
