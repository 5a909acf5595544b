#!/usr/bin/env node
/**
 * The offline responder's own cost, this checkout against another build of
 * it, side by side in one run (the machines are shared and noisy: only
 * ratios measured together mean anything).
 *
 *   npm run build
 *   git worktree add /tmp/base <ref> && (cd /tmp/base && npm ci && npm run build)
 *   node functions/scripts/bench-responder.mjs --baseline /tmp/base/functions
 *
 * Prints, for both builds:
 * - per message: every message of the dev, test and holdout splits answered
 *   three times in one process, the two builds interleaved, after a warm-up
 *   (p50 and p95, and the ratio of the medians);
 * - the first message of a fresh instance: a fresh process per build and
 *   repetition, interleaved, timing the first reply (which builds the
 *   business's index and compiles the phrase tables).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    repeat: { type: 'string', default: '3' },
    fresh: { type: 'string', default: '5' },
    'first-message': { type: 'string' },
  },
});
const here = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

/** Child mode: answer one message on a fresh instance of the build at `root` and print the time it took. */
if (values['first-message']) {
  const root = values['first-message'];
  const { BusinessProfileFile } = await import(`${root}/lib/profile/schema.js`);
  const { respond } = await import(`${root}/lib/responders/offline/offline.js`);
  const raw = JSON.parse(readFileSync(`${here}/demo/mar-blau-dental.json`, 'utf8'));
  const { channels: _c, staff: _s, ...business } = BusinessProfileFile.parse(raw);
  const start = process.hrtime.bigint();
  respond({
    business,
    messageId: 'bench',
    contact: {},
    history: [],
    now: new Date('2026-12-10T10:00:00Z'),
    message: { text: 'hola, cuánto cuesta una limpieza? teneis parking?', type: 'text' },
  });
  console.log(Number(process.hrtime.bigint() - start) / 1e6);
  process.exit(0);
}

if (!values.baseline) {
  console.error('usage: bench-responder.mjs --baseline <another checkout>/functions (built with npm run build)');
  process.exit(2);
}
const roots = { baseline: values.baseline.replace(/\/$/, ''), current: here };
for (const root of Object.values(roots)) {
  if (!existsSync(`${root}/lib/responders/offline/offline.js`)) {
    console.error(`${root}/lib is not built: run npm run build there first`);
    process.exit(2);
  }
}

const builds = {};
for (const [name, root] of Object.entries(roots)) {
  builds[name] = {
    schema: await import(`${root}/lib/profile/schema.js`),
    offline: await import(`${root}/lib/responders/offline/offline.js`),
  };
}

/** The messages of this checkout's development splits, each business parsed by each build's own schema. */
const cases = [];
for (const split of ['dev', 'test', 'holdout']) {
  for (const file of readdirSync(`${here}/eval/${split}`)) {
    const set = JSON.parse(readFileSync(`${here}/eval/${split}/${file}`, 'utf8'));
    const profile = [`${here}/demo/${set.business}.json`, `${here}/eval/businesses/${set.business}.json`].find(
      existsSync,
    );
    const raw = JSON.parse(readFileSync(profile, 'utf8'));
    const business = {};
    for (const name of Object.keys(builds)) {
      const { channels: _c, staff: _s, ...parsed } = builds[name].schema.BusinessProfileFile.parse(raw);
      business[name] = parsed;
    }
    for (const m of set.messages) cases.push({ business, text: m.text, now: new Date(m.now ?? set.now) });
  }
}

const answer = (name, c) =>
  builds[name].offline.respond({
    business: c.business[name],
    messageId: 'bench',
    contact: {},
    history: [],
    now: c.now,
    message: { text: c.text, type: 'text' },
  });

for (const c of cases) for (const name of Object.keys(builds)) answer(name, c); // indexes built, tables compiled
const times = { baseline: [], current: [] };
const repeat = Number(values.repeat);
for (let rep = 0; rep < repeat; rep++) {
  for (const c of cases) {
    for (const name of rep % 2 ? ['current', 'baseline'] : ['baseline', 'current']) {
      const start = process.hrtime.bigint();
      answer(name, c);
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
}
const quantile = (list, q) => list.slice().sort((a, b) => a - b)[Math.floor(list.length * q)];
const ms = (x) => `${x.toFixed(2)} ms`;

const first = { baseline: [], current: [] };
for (let rep = 0; rep < Number(values.fresh); rep++) {
  for (const name of rep % 2 ? ['current', 'baseline'] : ['baseline', 'current']) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--first-message', roots[name]]);
    first[name].push(Number(out.toString().trim()));
  }
}

console.log(`offline responder: ${roots.current} against ${roots.baseline}`);
console.log(`per message (${cases.length} messages × ${repeat}, interleaved in one process)`);
for (const name of ['baseline', 'current']) {
  console.log(`  ${name.padEnd(9)} p50 ${ms(quantile(times[name], 0.5))}   p95 ${ms(quantile(times[name], 0.95))}`);
}
console.log(`  ratio (p50) ${(quantile(times.current, 0.5) / quantile(times.baseline, 0.5)).toFixed(2)}x`);
console.log(`first message of a fresh instance (median of ${values.fresh} fresh processes each, interleaved)`);
for (const name of ['baseline', 'current']) console.log(`  ${name.padEnd(9)} ${ms(quantile(first[name], 0.5))}`);
console.log(`  ratio ${(quantile(first.current, 0.5) / quantile(first.baseline, 0.5)).toFixed(2)}x`);
