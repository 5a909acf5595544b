#!/usr/bin/env node
// Prepares the Firebase emulators to run offline where the machine carries the
// Google Cloud SDK's own emulator copies (see docs/development.md).
//
// firebase-tools downloads the Firestore and Pub/Sub emulators on first use.
// Where that download cannot happen (no internet) but the Cloud SDK is
// installed, we point firebase-tools at the SDK's copies instead:
//   - Pub/Sub: the SDK ships a launcher script we can use as is.
//   - Firestore: firebase-tools 13 runs the override as `java -jar <path>`, but
//     the SDK's jar has no Main-Class, so we build a tiny launcher jar holding
//     only a manifest. It is generated here, never committed.
// Where the SDK is absent we write an empty override file, and firebase-tools
// downloads its own copies as usual.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, '.emulators');
mkdirSync(outDir, { recursive: true });

function sdkRoot() {
  if (process.env.CLOUDSDK_ROOT && existsSync(process.env.CLOUDSDK_ROOT)) {
    return process.env.CLOUDSDK_ROOT;
  }
  try {
    const out = execFileSync('gcloud', ['info', '--format=value(installation.sdk_root)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
    }).trim();
    return out && existsSync(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

const overrides = {};
const sdk = sdkRoot();
if (sdk) {
  const pubsub = join(sdk, 'platform/pubsub-emulator/bin/cloud-pubsub-emulator');
  if (existsSync(pubsub)) overrides.PUBSUB_EMULATOR_BINARY_PATH = pubsub;

  const firestoreJar = join(sdk, 'platform/cloud-firestore-emulator/cloud-firestore-emulator.jar');
  if (existsSync(firestoreJar)) {
    const launcher = join(outDir, 'firestore-launcher.jar');
    const manifest = join(outDir, 'firestore-launcher.mf');
    writeFileSync(
      manifest,
      'Main-Class: com.google.cloud.datastore.emulator.firestore.CloudFirestore\n' +
        `Class-Path: file:${firestoreJar}\n`,
    );
    try {
      rmSync(launcher, { force: true });
      execFileSync('jar', ['cfm', launcher, manifest], { cwd: outDir, stdio: 'ignore' });
      overrides.FIRESTORE_EMULATOR_BINARY_PATH = launcher;
    } catch (err) {
      console.warn(
        `[emulators] could not build the Firestore launcher jar (${err.message}); firebase-tools will download its own.`,
      );
    }
  }
}

writeFileSync(join(outDir, 'overrides.json'), JSON.stringify(overrides, null, 2) + '\n');
console.log(
  Object.keys(overrides).length
    ? `[emulators] offline overrides from the Cloud SDK at ${sdk}: ${Object.keys(overrides).join(', ')}`
    : '[emulators] no Cloud SDK emulator copies found; firebase-tools will download its own on first use.',
);
