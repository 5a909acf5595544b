/**
 * The layering of functions/src, checked over every import so that it stays
 * what docs/architecture.md says. Each folder (or top-level file) is a
 * layer; a layer may import only the layers listed for it (a layer listed
 * as `folder/file` may be imported through that file only). External
 * packages are checked too: the domain is pure, and Firebase stays at the
 * edges (the triggers, the Firestore adapter of the store, the entries).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));
const ANY = '*';

/** What each layer may import besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  contracts: [],
  errors: [],
  validation: ['errors'],
  log: [],
  config: ['domain', 'errors', 'log', 'vendor'],
  firebase: [],
  store: ['domain', 'errors', 'validation'],
  media: ['domain', 'errors'],
  // The vendor HTTP client serves every vendor, so it knows none of them (and no domain either).
  vendor: ['errors'],
  // Channels read no configuration: base URLs and secrets are handed to them.
  channels: ['domain', 'errors', 'validation', 'vendor', 'http/raw-request'],
  responders: ['domain', 'errors', 'validation', 'vendor', 'log', 'config'],
  pipeline: [
    'domain',
    'errors',
    'validation',
    'log',
    'store',
    'media',
    'channels/channel',
    'responders/responder',
    'notifiers/staff-messenger',
  ],
  // The staff bot's messenger port and its Telegram implementation.
  notifiers: ['errors'],
  // The turn scheduler on Cloud Tasks.
  tasks: ['firebase', 'pipeline/turn-scheduler'],
  http: ['domain', 'errors', 'validation', 'contracts', 'store', 'media', 'pipeline', 'channels'],
  // Booking's pipeline, backends and payments: Firestore work through the store, vendors through their SDKs.
  booking: [
    'domain',
    'errors',
    'validation',
    'config',
    'log',
    'store',
    'pipeline',
    'vendor',
    'channels/secure-compare',
    'http/raw-request',
    'http/json',
  ],
  profile: ['domain', 'errors', 'validation', 'store', 'channels/business-key'],
  // `channels:register`: runs each adapter's registration with the business's stored secrets.
  setup: ['domain', 'errors', 'store', 'channels', 'vendor'],
  // The dashboard's actions: membership and roles (team), conversation work and edits (staff).
  team: ['domain', 'errors', 'validation', 'store', 'pipeline/deps'],
  // The staff reply is the pipeline's (one writer with the staff bot); the try-it panel builds the pipeline's
  // request and runs a responder, translation a model — both handed in through staff/assistant.ts's port.
  staff: [
    'domain',
    'errors',
    'validation',
    'store',
    'media',
    'team',
    'pipeline/deps',
    'pipeline/staff-reply',
    'pipeline/business-context',
    'pipeline/reply-request',
    'pipeline/usage',
    'responders/responder',
    'responders/llm/model',
    'profile/schema',
    // Staff appointments run the AI's booking transactions (staff/bookings.ts); booking never imports staff.
    'booking/actions',
    'booking/availability',
    'booking/changes',
    'booking/deps',
    'booking/tasks',
  ],
  // Daily metrics rollups: read what the pipelines stored, on the store port; the owners' recompute action.
  analytics: ['domain', 'errors', 'store', 'pipeline/deps', 'team/actions'],
  entries: [ANY],
  // Wiring: each trigger loads its entry on first use; the bench baseline writes through firebase.
  triggers: [
    'config',
    'entries',
    'firebase',
    'http/raw-request',
    'http/raw-body',
    'http/express',
    'responders/llm/secrets',
    'booking/secrets',
  ],
  index: ['triggers'],
  testing: [ANY],
};

/** External packages each layer may import (node: built-ins are allowed everywhere but where noted). */
const PACKAGES: Record<string, readonly string[]> = {
  domain: ['zod'],
  contracts: ['zod'],
  pipeline: [],
  store: ['zod', 'firebase-admin'],
  http: ['zod', 'firebase-functions'],
  channels: ['zod', 'grammy'],
  booking: ['zod', 'stripe', '@googleapis/calendar', 'firebase-functions'],
  notifiers: ['grammy'],
  tasks: ['firebase-admin'],
  vendor: [],
  config: ['firebase-functions'],
  media: ['zod', '@google-cloud/storage'],
  team: ['zod'],
  staff: ['zod'],
  analytics: ['zod'],
};
const NO_NODE_BUILTINS = new Set(['domain', 'contracts']);

/** Firebase is at the edges: these files only. */
const FIREBASE_ADMIN_FILES = new Set(['store/firestore.ts', 'firebase.ts', 'profile/load.ts', 'tasks/cloud-tasks.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|contract|test-helper)\.ts$/.test(name) ? [path] : [];
  });
}

const withoutExtension = (path: string) => path.replace(/\.(ts|js)$/, '');
const layerOf = (file: string) => withoutExtension(relative(SRC, file).split(/[\\/]/)[0]!);

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statics = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  const dynamics = [...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
  return [...statics, ...dynamics];
}

function offencesOf(file: string): string[] {
  return offencesIn(relative(SRC, file), importsOf(file));
}

/** What is wrong with the imports of a file at `here` (a path relative to src). */
function offencesIn(here: string, imports: readonly string[]): string[] {
  const layer = withoutExtension(here.split(/[\\/]/)[0]!);
  const allowed = ALLOWED[layer];
  if (!allowed) return [`${here}: layer "${layer}" is not in the layering table (architecture.test.ts)`];
  const offences: string[] = [];
  for (const spec of imports) {
    if (spec.startsWith('.')) {
      const target = withoutExtension(relative(SRC, resolve(SRC, dirname(here), spec)));
      const targetLayer = target.split(/[\\/]/)[0]!;
      const ok =
        targetLayer === layer || allowed.includes(ANY) || allowed.includes(targetLayer) || allowed.includes(target);
      if (!ok) offences.push(`${here} → ${spec}`);
    } else if (spec.startsWith('node:')) {
      if (NO_NODE_BUILTINS.has(layer)) offences.push(`${here} → ${spec}`);
    } else {
      const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
      const packages = PACKAGES[layer];
      if (packages && !packages.includes(pkg)) offences.push(`${here} → ${spec}`);
      if (pkg === 'firebase-admin' && !FIREBASE_ADMIN_FILES.has(here) && layer !== 'entries' && layer !== 'testing') {
        offences.push(`${here} → ${spec} (firebase-admin only in ${[...FIREBASE_ADMIN_FILES].join(', ')})`);
      }
    }
  }
  return offences;
}

describe('layering of functions/src', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const layer of [...new Set(files.map(layerOf))].sort()) {
    it(`${layer} imports only what its layer may`, () => {
      expect(files.filter((f) => layerOf(f) === layer).flatMap(offencesOf)).toEqual([]);
    });
  }

  it('reports what breaks the layering (the check itself works)', () => {
    expect(
      offencesIn('domain/probe.ts', ['./hours.js', '../store/ids.js', 'node:fs', 'firebase-admin/firestore', 'zod']),
    ).toEqual([
      'domain/probe.ts → ../store/ids.js',
      'domain/probe.ts → node:fs',
      'domain/probe.ts → firebase-admin/firestore',
      'domain/probe.ts → firebase-admin/firestore (firebase-admin only in store/firestore.ts, firebase.ts, profile/load.ts, tasks/cloud-tasks.ts)',
    ]);
    expect(offencesIn('pipeline/probe.ts', ['../channels/registry.js', '../channels/channel.js'])).toEqual([
      'pipeline/probe.ts → ../channels/registry.js',
    ]);
    expect(offencesIn('newlayer/x.ts', [])).toEqual([
      'newlayer/x.ts: layer "newlayer" is not in the layering table (architecture.test.ts)',
    ]);
  });
});
