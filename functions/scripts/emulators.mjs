#!/usr/bin/env node
// Runs `firebase emulators:<cmd>` with the offline overrides prepared at
// install time (scripts/prepare-emulators.mjs) and the demo project id.
//   node functions/scripts/emulators.mjs test "<command>"   run tests against the suite (fake vendors, test tuning)
//   node functions/scripts/emulators.mjs exec "<command>"   run a command against the suite (fake vendors)
//   node functions/scripts/emulators.mjs start              keep the suite running
// Add --llm to give the functions keys for the local fake LLM vendors (the engine's
// emulator tests and the benchmark); without it they run keyless, on the offline responder.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const PROJECT_ID = 'demo-frontdesk';
export const EMULATORS = 'functions,firestore,hosting,pubsub,auth';

/** Where tests and benchmarks run local fake vendor servers (functions read these URLs). */
export const FAKE_VENDORS = {
  FRONTDESK_GRAPH_API_URL: 'http://127.0.0.1:4010',
  FRONTDESK_INSTAGRAM_API_URL: 'http://127.0.0.1:4010',
  FRONTDESK_360DIALOG_API_URL: 'http://127.0.0.1:4011',
  FRONTDESK_MONTYMOBILE_API_URL: 'http://127.0.0.1:4012',
  FRONTDESK_QISCUS_API_URL: 'http://127.0.0.1:4013',
  FRONTDESK_TELEGRAM_API_URL: 'http://127.0.0.1:4014',
  FRONTDESK_ANTHROPIC_API_URL: 'http://127.0.0.1:4015',
  FRONTDESK_OPENAI_API_URL: 'http://127.0.0.1:4016/v1',
  // Booking: Google's OAuth and Calendar APIs (one fake), Stripe, and where Hosting serves the demo.
  FRONTDESK_GOOGLE_OAUTH_URL: 'http://127.0.0.1:4018/o/oauth2/v2/auth',
  FRONTDESK_GOOGLE_TOKEN_URL: 'http://127.0.0.1:4018/token',
  FRONTDESK_GOOGLE_CALENDAR_URL: 'http://127.0.0.1:4018',
  FRONTDESK_STRIPE_API_URL: 'http://127.0.0.1:4019',
  FRONTDESK_PUBLIC_URL: 'http://127.0.0.1:5000',
  // Media kept by the emulator's media store (the Storage emulator cannot run offline).
  FRONTDESK_MEDIA_DIR: join(root, '.emulators/media-test'),
};

/**
 * Keys the local fake LLM vendors accept (src/testing/fake-anthropic.ts,
 * fake-openai.ts), read by the functions under the emulator only
 * (src/responders/llm/secrets.ts), since .secret.local says `off`.
 */
export const FAKE_LLM_KEYS = {
  FRONTDESK_EMULATOR_ANTHROPIC_API_KEY: 'sk-ant-fake-key-for-tests-0123456789',
  FRONTDESK_EMULATOR_OPENAI_API_KEY: 'sk-proj-fake-key-for-tests-0123456789',
};

/** Tuning for the emulator tests only (the benchmark runs with production settings). */
export const TEST_TUNING = {
  // Short outbox backoff, so a retried send completes within a test.
  FRONTDESK_RETRY_BASE_MS: '200',
  // Note every webhook in channel diagnostics (tests wipe Firestore between files).
  FRONTDESK_DIAGNOSTICS_EVERY_MS: '0',
};

export function emulatorEnv(extra = {}) {
  const file = join(root, '.emulators/overrides.json');
  const overrides = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  return { ...process.env, ...overrides, ...extra, GCLOUD_PROJECT: PROJECT_ID };
}

export function firebase(args, options = {}) {
  const bin = join(root, 'node_modules/.bin/firebase');
  const { env, ...rest } = options;
  return spawn(bin, [...args, '--project', PROJECT_ID], {
    cwd: root,
    env: emulatorEnv(env),
    stdio: 'inherit',
    ...rest,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const llm = argv.includes('--llm');
  const [cmd, script] = argv.filter((a) => a !== '--llm');
  const exec = cmd === 'exec' || cmd === 'test';
  const args = exec
    ? ['emulators:exec', '--only', EMULATORS, script ?? 'true']
    : ['emulators:start', '--only', EMULATORS];
  // Tests and benchmarks talk to local fake vendor APIs.
  const env = {
    ...(cmd === 'test' ? { ...FAKE_VENDORS, ...TEST_TUNING } : exec ? FAKE_VENDORS : {}),
    ...(llm ? FAKE_LLM_KEYS : {}),
  };
  const child = firebase(args, { env });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
