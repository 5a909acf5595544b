#!/usr/bin/env node
/**
 * `npm run eval`: scores a responder on the evaluation sets in
 * functions/eval (see functions/eval/README.md) and prints, for each demo
 * business, accuracy per kind of message and per language, the
 * macro-average, handoffs on answerable messages, missed handoffs and
 * replies stating an amount of money the business never wrote.
 *
 *   npm run eval                                   # the test split (never used for tuning)
 *   npm run eval -- --split dev --failures         # the development split, with each miss explained
 *   npm run eval -- --business mar-blau-dental     # one business
 *   npm run eval -- --responder offline            # a responder from responders/registry.ts
 *   npm run eval -- --split dev --calibrate        # offline only: accuracy and handoffs over a grid of thresholds
 *   npm run eval -- --json                         # figures as JSON
 *
 * It runs the built code (functions/lib; the npm script builds first), with
 * no network and no emulators. Exit code 0 whatever the figures; 2 on bad
 * arguments or data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { judge, isCrossLingual, meetsGoal, summarise, KINDS } from './eval-score.mjs';

const lib = new URL('../lib/', import.meta.url);
const evalDir = new URL('../eval/', import.meta.url);
const demoDir = new URL('../demo/', import.meta.url);

const { values } = parseArgs({
  options: {
    responder: { type: 'string', default: 'offline' },
    split: { type: 'string', default: 'test' },
    business: { type: 'string', multiple: true },
    failures: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    calibrate: { type: 'boolean', default: false },
  },
});

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}

const [{ BusinessProfileFile }, { responders }, { unknownAmounts }] = await Promise.all([
  import(new URL('profile/schema.js', lib)),
  import(new URL('responders/registry.js', lib)),
  import(new URL('domain/amounts.js', lib)),
]).catch((error) => fail(`cannot load functions/lib (${error.message}); run "npm run eval", which builds first`));

const responder = responders[values.responder];
if (!responder) fail(`unknown responder "${values.responder}"; known: ${Object.keys(responders).join(', ')}`);
const splits = values.split === 'all' ? ['dev', 'test'] : [values.split];
if (!splits.every((s) => ['dev', 'test'].includes(s))) fail(`--split must be dev, test or all`);

function loadBusiness(id) {
  const parsed = BusinessProfileFile.safeParse(JSON.parse(readFileSync(new URL(`${id}.json`, demoDir), 'utf8')));
  if (!parsed.success) fail(`demo/${id}.json does not match the schema`);
  const { channels: _channels, staff: _staff, ...business } = parsed.data;
  return business;
}

function loadSets(split) {
  const dir = new URL(`${split}/`, evalDir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')))
    .filter((set) => !values.business || values.business.includes(set.business));
}

async function run(set, business, reply) {
  const rows = [];
  for (const message of set.messages) {
    const request = {
      business,
      contact: {},
      history: [],
      now: new Date(message.now ?? set.now),
      message: { text: message.text, type: 'text' },
    };
    const result = await reply(request);
    const verdict = judge(message, result, business.profile.languages);
    rows.push({
      message,
      result,
      ...verdict,
      handedOff: Boolean(result.handoff),
      invented: unknownAmounts(result.text, business),
      crossLingual: isCrossLingual(message, business),
    });
  }
  return rows;
}

const pct = (x) => (x === null || x === undefined ? '   –' : `${(100 * x).toFixed(0).padStart(3)}%`);

function printSummary(title, summary) {
  console.log(`\n${title}  (${summary.n} messages, ${pct(summary.crossLingualShare).trim()} cross-lingual)`);
  const kinds = KINDS.filter((k) => summary.byKind[k])
    .map((k) => `${k} ${pct(summary.byKind[k].accuracy).trim()} (${summary.byKind[k].correct}/${summary.byKind[k].n})`)
    .join('   ');
  console.log(`  by kind      ${kinds}`);
  const langs = Object.entries(summary.byLanguage)
    .sort()
    .map(([l, v]) => `${l} ${pct(v.accuracy).trim()} (${v.correct}/${v.n})`)
    .join('   ');
  console.log(`  by language  ${langs}`);
  console.log(
    `  macro ${pct(summary.macro)}   handoffs on answerable ${pct(summary.handoffOnAnswerable)}   missed handoffs ${pct(
      summary.missedHandoff,
    )}   invented amounts ${summary.inventedAmounts}   cross-lingual accuracy ${pct(summary.crossLingualAccuracy)}   ${
      meetsGoal(summary) ? 'meets the goal' : 'below the goal'
    }`,
  );
}

function printFailures(rows) {
  for (const row of rows.filter((r) => !r.correct || r.invented.length > 0)) {
    const amounts = row.invented.length ? ` INVENTED ${row.invented.join(', ')}` : '';
    console.log(`  ✗ ${row.message.id} [${row.message.kind} ${row.message.lang}] ${JSON.stringify(row.message.text)}`);
    console.log(
      `      ${row.why}${amounts} — expected ${row.message.expect.join(' | ')}; note: ${row.result.note ?? '-'}`,
    );
  }
}

/** How often an answer given with a confidence in each band was right: what `confidence` should mean. */
async function reliability(sets) {
  const bands = [0.45, 0.55, 0.65, 0.75, 0.85, 0.95, 1.01];
  const counts = bands.map(() => ({ n: 0, correct: 0 }));
  for (const { set, business } of sets) {
    for (const row of await run(set, business, (request) => responder.reply(request))) {
      if (row.handedOff || !['qa', 'fact', 'greeting'].includes(row.message.kind)) continue;
      const band = bands.findIndex((b) => row.result.confidence < b);
      if (band >= 0) {
        counts[band].n++;
        if (row.correct) counts[band].correct++;
      }
    }
  }
  console.log('\nconfidence band   answers   right');
  counts.forEach((c, i) => {
    const from = i === 0 ? 0 : bands[i - 1];
    console.log(
      `  ${from.toFixed(2)}–${Math.min(1, bands[i]).toFixed(2)}   ${String(c.n).padStart(7)}   ${pct(c.n ? c.correct / c.n : null)}`,
    );
  });
}

async function calibrate(sets) {
  await reliability(sets);
  const { respond, DEFAULT_TUNING } = await import(new URL('responders/offline/offline.js', lib));
  console.log('answerThreshold tieMargin  macro  handoffs-on-answerable  missed-handoffs');
  for (const answerThreshold of [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65]) {
    for (const tieMargin of [0, 0.02, 0.04, 0.08]) {
      const tuning = { ...DEFAULT_TUNING, answerThreshold, tieMargin };
      const rows = [];
      for (const { set, business } of sets) rows.push(...(await run(set, business, (r) => respond(r, tuning))));
      const s = summarise(rows);
      const mark =
        answerThreshold === DEFAULT_TUNING.answerThreshold && tieMargin === DEFAULT_TUNING.tieMargin
          ? ' ← current'
          : '';
      console.log(
        `${answerThreshold.toFixed(2).padStart(15)} ${tieMargin.toFixed(2).padStart(9)} ${pct(s.macro).padStart(6)} ${pct(
          s.handoffOnAnswerable,
        ).padStart(23)} ${pct(s.missedHandoff).padStart(16)}${mark}`,
      );
    }
  }
}

const report = {};
for (const split of splits) {
  const sets = loadSets(split).map((set) => ({ set, business: loadBusiness(set.business) }));
  if (sets.length === 0) fail(`no evaluation sets for split "${split}"`);
  if (values.calibrate) {
    if (values.responder !== 'offline') fail('--calibrate tunes the offline responder only');
    console.log(`Calibration on the ${split} split:`);
    await calibrate(sets);
    continue;
  }
  const all = [];
  report[split] = {};
  if (!values.json) console.log(`\n=== ${values.responder} responder, ${split} split ===`);
  for (const { set, business } of sets) {
    const rows = await run(set, business, (request) => responder.reply(request));
    all.push(...rows);
    const summary = summarise(rows);
    report[split][set.business] = summary;
    if (!values.json) {
      printSummary(`${business.profile.name} (${set.business})`, summary);
      if (values.failures) printFailures(rows);
    }
  }
  report[split].all = summarise(all);
  if (!values.json) printSummary('All businesses', report[split].all);
}
if (values.json) console.log(JSON.stringify(report, null, 2));
