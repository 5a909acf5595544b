#!/usr/bin/env node
// The dashboard's JavaScript budget: what the browser must download before
// the inbox can show — the dashboard entry and every chunk it imports
// statically (from Vite's build manifest), gzipped — against 250 KB. Routes
// loaded on demand (settings, team, …) are listed apart and do not count.
//   node hosting/scripts/bundle-budget.mjs [distDir] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 250 * 1024;

export function measure(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const entry = manifest['index.html'];
  if (!entry) throw new Error('No index.html entry in the build manifest: build hosting/ first (npm run build).');
  const size = (file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const initial = new Map();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.set(chunk.file, size(chunk.file));
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit('index.html');
  const lazy = new Map();
  const visitLazy = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file) || lazy.has(chunk.file)) return;
    lazy.set(chunk.file, size(chunk.file));
    for (const dep of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visitLazy(dep);
  };
  for (const key of entry.dynamicImports ?? []) visitLazy(key);
  const total = [...initial.values()].reduce((s, f) => s + f.gzip, 0);
  return { budget: BUDGET_BYTES, initialGzip: total, initial: [...initial.values()], lazy: [...lazy.values()] };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../dist', import.meta.url));
  const result = measure(dist);
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else {
    console.log(
      `Dashboard initial JavaScript (inbox route), gzipped: ${kb(result.initialGzip)} of ${kb(result.budget)}`,
    );
    for (const f of result.initial) console.log(`  ${f.file.padEnd(44)} ${kb(f.gzip).padStart(9)}  (${kb(f.raw)} raw)`);
    console.log(
      `Loaded on demand (other routes): ${kb(result.lazy.reduce((s, f) => s + f.gzip, 0))} gzipped in ${result.lazy.length} chunks`,
    );
  }
  if (result.initialGzip > result.budget) {
    console.error(`✗ over budget by ${kb(result.initialGzip - result.budget)}`);
    process.exit(1);
  }
}
