#!/usr/bin/env node
/**
 * `npm run eval`: scores a responder on the evaluation sets in
 * functions/eval (see functions/eval/README.md) and prints, for each demo
 * business, accuracy per kind of message and per language, the
 * macro-average, handoffs on answerable messages, missed handoffs and
 * replies stating an amount of money the business never wrote.
 *
 *   npm run eval                                   # the thirty-sixth final split (final36): never tuned on
 *   npm run eval -- --split final38                # the thirty-eighth final split (never tuned on)
 *   npm run eval -- --split final37                # the thirty-seventh final split (never tuned on)
 *   npm run eval -- --split final35                # the thirty-fifth final split (development data since round 45)
 *   npm run eval -- --split final34                # the thirty-fourth final split (development data since round 44)
 *   npm run eval -- --split final33                # the thirty-third final split (development data since round 43)
 *   npm run eval -- --split final32                # the thirty-second final split (development data since round 42)
 *   npm run eval -- --split final31                # the thirty-first final split (development data since round 41)
 *   npm run eval -- --split final30                # the thirtieth final split (development data since round 40)
 *   npm run eval -- --split final29                # the twenty-ninth final split (development data since round 39)
 *   npm run eval -- --split final28                # the twenty-eighth final split (development data since round 38)
 *   npm run eval -- --split final27                # the twenty-seventh final split (development data since round 37)
 *   npm run eval -- --split final26                # the twenty-sixth final split (development data since round 36)
 *   npm run eval -- --split final25                # the twenty-fifth final split (development data since round 35)
 *   npm run eval -- --split final24                # the twenty-fourth final split (development data since round 34)
 *   npm run eval -- --split final23                # the twenty-third final split (development data since round 33)
 *   npm run eval -- --split final22                # the twenty-second final split (development data since round 32)
 *   npm run eval -- --split final21                # the twenty-first final split (development data since round 31)
 *   npm run eval -- --split final20                # the twentieth final split (development data since round 30)
 *   npm run eval -- --split final19                # the nineteenth final split (development data since round 29)
 *   npm run eval -- --split final18                # the eighteenth final split (development data since round 28)
 *   npm run eval -- --split final17                # the seventeenth final split (development data since round 27)
 *   npm run eval -- --split final16                # the sixteenth final split (development data since round 26)
 *   npm run eval -- --split final15                # the fifteenth final split (development data since round 24)
 *   npm run eval -- --split final14                # the fourteenth final split (development data since round 23)
 *   npm run eval -- --split final13                # the thirteenth final split (development data since round 22)
 *   npm run eval -- --split final12                # the twelfth final split (development data since round 21)
 *   npm run eval -- --split final11                # the eleventh final split (development data since round 20)
 *   npm run eval -- --split final10                # the tenth final split (development data since round 19)
 *   npm run eval -- --split final9                 # the ninth final split (development data since round 18)
 *   npm run eval -- --split final8                 # the eighth final split (development data since round 17)
 *   npm run eval -- --split final7                 # the seventh final split (development data since round 16)
 *   npm run eval -- --split final6                 # the sixth final split (development data since round 14)
 *   npm run eval -- --split final5                 # the fifth final split (development data since round 14)
 *   npm run eval -- --split final4                 # the fourth final split (development data since round 10)
 *   npm run eval -- --split final3                 # the third final split (development data since round 10)
 *   npm run eval -- --split final2                 # the second final split (development data since round 9)
 *   npm run eval -- --split final                  # the first final split (development data since round 9)
 *   npm run eval -- --split dev --failures         # a development split, with each miss explained
 *   npm run eval -- --split all                    # every development split (dev, test, holdout, dev2, final to final35)
 *   npm run eval -- --business mar-blau-dental     # one business
 *   npm run eval -- --responder offline            # a responder from responders/registry.ts
 *   npm run eval -- --responder engine             # the LLM engine: real providers with ANTHROPIC_API_KEY /
 *                                                  # OPENAI_API_KEY set, else a scripted fake model (plumbing)
 *   npm run eval -- --split all --calibrate        # offline only: accuracy and handoffs over a grid of thresholds
 *   npm run eval -- --json                         # figures as JSON
 *   npm run eval -- --split final3 --check         # is a split valid, and what it holds: no responder is run
 *   npm run eval -- --split final10 --learn        # an owner keeping handed-off questions as Q&A alternates:
 *                                                  # later customers before and after
 *   npm run eval -- --split all --learn-all        # every Q&A message kept as a wording of its entry: do the
 *                                                  # other kinds' answers change?
 *
 * It runs the built code (functions/lib; the npm script builds first), with
 * no network and no emulators. Exit code 0 whatever the figures; 2 on bad
 * arguments or data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { judge, isCrossLingual, meetsGoal, summarise, unknownReferences, KINDS } from './eval-score.mjs';

const lib = new URL('../lib/', import.meta.url);
const evalDir = new URL('../eval/', import.meta.url);
const demoDir = new URL('../demo/', import.meta.url);

const { values } = parseArgs({
  options: {
    responder: { type: 'string', default: 'offline' },
    split: { type: 'string', default: 'final36' },
    business: { type: 'string', multiple: true },
    failures: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    calibrate: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    learn: { type: 'boolean', default: false },
    'learn-all': { type: 'boolean', default: false },
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

/**
 * The engine: with a key in the environment, the real providers; without,
 * the real SDK against the fake Anthropic server scripted to search the
 * knowledge and answer with what it found (testing/eval-model.ts).
 */
async function engineResponder() {
  const [{ selectResponder }, { llmUrls }] = await Promise.all([
    import(new URL('responders/registry.js', lib)),
    import(new URL('responders/llm/secrets.js', lib)),
  ]);
  const keys = { anthropic: process.env.ANTHROPIC_API_KEY, openai: process.env.OPENAI_API_KEY };
  if (keys.anthropic || keys.openai) {
    return { responder: selectResponder({ keys, urls: llmUrls() }), label: 'engine (live providers)', stop() {} };
  }
  const [{ startFakeAnthropic, FAKE_ANTHROPIC_KEY }, { retrievalEchoModel }] = await Promise.all([
    import(new URL('testing/fake-anthropic.js', lib)),
    import(new URL('testing/eval-model.js', lib)),
  ]);
  const fake = await startFakeAnthropic();
  fake.always(retrievalEchoModel);
  const urls = { ...llmUrls(), anthropic: fake.url };
  return {
    responder: selectResponder({ keys: { anthropic: FAKE_ANTHROPIC_KEY }, urls }),
    label: 'engine (scripted fake model: plumbing, not language)',
    stop: () => fake.close(),
  };
}

const engine = values.responder === 'engine' ? await engineResponder() : undefined;
const responder = engine?.responder ?? responders[values.responder];
if (!responder)
  fail(`unknown responder "${values.responder}"; known: ${[...Object.keys(responders), 'engine'].join(', ')}`);
/**
 * Splits looked at while building (see functions/eval/README.md): final and final2 since round 9, final3 and final4
 * since round 10, final5 and final6 since round 14, final7 since round 16, final8 since round 17, final9 since
 * round 18, final10 since round 19, final11 since round 20, final12 since round 21, final13 since round 22, final14
 * since round 23, final15 since round 24, final16 since round 26, final17 since round 27, final18 since round 28, final19 since round 29, final20 since round 30,
 * final21 since round 31, final22 since round 32, final23 since round 33, final24 since round 34, final25 since round 35, final26 since round 36,
 * final27 since round 37, final28 since round 38, final29 since round 39, final30 since round 40, final31 since round 41, final32 since round 42,
 * final33 since round 43, final34 since round 44, final35 since round 45. The other final splits are scored only when
 * named (final36 is the default).
 */
const DEVELOPMENT = [
  'dev',
  'test',
  'holdout',
  'dev2',
  'final',
  'final2',
  'final3',
  'final4',
  'final5',
  'final6',
  'final7',
  'final8',
  'final9',
  'final10',
  'final11',
  'final12',
  'final13',
  'final14',
  'final15',
  'final16',
  'final17',
  'final18',
  'final19',
  'final20',
  'final21',
  'final22',
  'final23',
  'final24',
  'final25',
  'final26',
  'final27',
  'final28',
  'final29',
  'final30',
  'final31',
  'final32',
  'final33',
  'final34',
  'final35',
];
const SPLITS = [...DEVELOPMENT, 'final36', 'final37', 'final38'];
const splits = values.split === 'all' ? DEVELOPMENT : [values.split];
if (!splits.every((s) => SPLITS.includes(s)))
  fail(`--split must be ${SPLITS.join(', ')} or all (the development splits)`);

/** A demo business, or one kept for the evaluation only (functions/eval/businesses: never seeded, never tuned on). */
function loadBusiness(id) {
  const file = [new URL(`${id}.json`, demoDir), new URL(`businesses/${id}.json`, evalDir)].find(existsSync);
  if (!file) fail(`no business "${id}" in functions/demo or functions/eval/businesses`);
  const parsed = BusinessProfileFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) fail(`${file.pathname} does not match the schema: ${parsed.error.message}`);
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
      messageId: `eval-${message.id}`,
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
      tools: (result.toolCalls ?? []).map((c) => c.name),
      ungrounded: result.grounding?.ungrounded ?? [],
    });
  }
  return rows;
}

/** What the engine did besides answering: tools called, amounts caught by the grounding check, handoffs flagged. */
function printPlumbing(rows) {
  const searched = rows.filter((r) => r.tools.includes('search_knowledge')).length;
  const caught = rows.filter((r) => r.ungrounded.length > 0).length;
  const reasons = {};
  for (const r of rows)
    if (r.result.handoff) reasons[r.result.handoff.reason] = (reasons[r.result.handoff.reason] ?? 0) + 1;
  const answeredBy = {};
  for (const r of rows) answeredBy[r.result.responder] = (answeredBy[r.result.responder] ?? 0) + 1;
  console.log(`\n${engine.label}`);
  console.log(`  knowledge searched ${searched}/${rows.length}   replies with an ungrounded amount caught ${caught}`);
  console.log(`  handoffs by reason ${JSON.stringify(reasons)}   answered by ${JSON.stringify(answeredBy)}`);
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
  console.log(
    'answerThreshold tieMargin clearFloor clearLead clearRatio  macro  handoffs-on-answerable  missed-handoffs',
  );
  const d = DEFAULT_TUNING;
  const grid = [
    ...[0.4, 0.45, 0.5, 0.55].flatMap((answerThreshold) =>
      [0, 0.02, 0.05].map((tieMargin) => ({ ...d, answerThreshold, tieMargin })),
    ),
    ...[0.25, 0.3, 0.35].flatMap((clearFloor) =>
      [0.05, 0.08, 0.1, 0.15, 1].flatMap((clearLead) =>
        [0.5, 0.6, 0.7, 1].map((clearRatio) => ({ ...d, clearFloor, clearLead, clearRatio })),
      ),
    ),
  ];
  for (const tuning of grid) {
    const rows = [];
    for (const { set, business } of sets) rows.push(...(await run(set, business, (r) => respond(r, tuning))));
    const s = summarise(rows);
    const current = Object.keys(d).every((k) => tuning[k] === d[k]) ? ' ← current' : '';
    const f = (x) => x.toFixed(2).padStart(9);
    console.log(
      `${f(tuning.answerThreshold).padStart(15)} ${f(tuning.tieMargin)} ${f(tuning.clearFloor).padStart(10)} ${f(
        tuning.clearLead,
      )} ${f(tuning.clearRatio).padStart(10)} ${pct(s.macro).padStart(6)} ${pct(s.handoffOnAnswerable).padStart(23)} ${pct(s.missedHandoff).padStart(16)}${current}`,
    );
  }
}

/** --check: a split's files are valid (above) and what they hold, with no responder run: how a set's writer checks it without seeing a reply. */
function printCheck(split, sets) {
  console.log(`${split}: valid`);
  for (const { set, business } of sets) {
    const counts = Object.fromEntries(KINDS.map((k) => [k, set.messages.filter((m) => m.kind === k).length]));
    const cross = set.messages.filter((m) => isCrossLingual(m, business)).length;
    const langs = {};
    for (const m of set.messages) langs[m.lang] = (langs[m.lang] ?? 0) + 1;
    console.log(
      `  ${set.business}: ${set.messages.length} messages  ${KINDS.map((k) => `${k} ${counts[k]}`).join('  ')}  cross-lingual ${cross}  languages ${JSON.stringify(langs)}`,
    );
  }
}

/** Handoffs an owner learns from: the AI could not answer (not a request for a person, a complaint or an emergency). */
const UNANSWERED = new Set(['low_confidence', 'unsupported']);

/**
 * --learn: what accepting suggested alternates does. Each business's messages
 * alternate between earlier customers (even places) and later ones (odd
 * places). Every earlier question the responder handed to a person for want
 * of an answer, and that one of the business's Q&A entries answers, is kept
 * as another wording of that entry, as an owner does on the dashboard's
 * suggestions page (the entry staff answered from: the expected one). Later
 * customers are scored before and after. Also counted: how often the entry
 * the dashboard offers first (the responder's `nearQa`) was that entry.
 *
 * --learn-all (`every`): a stress test of the same path. Every Q&A message,
 * answered or not, is kept as a wording of its entry, and the messages of
 * the other kinds (facts, bookings, handoffs, greetings) are scored before
 * and after: a customer's words in an entry must not pull other questions.
 */
async function learn(sets, every = false) {
  const before = [];
  const after = [];
  let learnt = 0;
  let offeredFirst = 0;
  let offered = 0;
  let again = 0;
  const changed = [];
  // --learn-all: every Q&A message teaches, whatever its answer was; the other kinds are scored.
  const teaches = (m, i) => (every ? m.kind === 'qa' : i % 2 === 0);
  const reply = (request) => responder.reply(request);
  for (const { set, business } of sets) {
    const earlier = { ...set, messages: set.messages.filter(teaches) };
    const later = { ...set, messages: set.messages.filter((m, i) => !teaches(m, i)) };
    const wordings = new Map();
    const kept = [];
    for (const row of await run(earlier, business, reply)) {
      const entry = row.message.expect?.find((e) => e.startsWith('qa:'))?.slice(3);
      if (!entry || !(every || UNANSWERED.has(row.result.handoff?.reason))) continue;
      wordings.set(entry, [...(wordings.get(entry) ?? []), row.message.text]);
      kept.push(row.message);
      learnt += 1;
      const near = row.result.handoff?.nearQa ?? [];
      if (near[0] === entry) offeredFirst += 1;
      if (near.includes(entry)) offered += 1;
    }
    const taught = {
      ...business,
      qa: business.qa.map((q) =>
        wordings.has(q.id) ? { ...q, alternates: [...q.alternates, ...wordings.get(q.id)] } : q,
      ),
    };
    // The same questions asked again: answered now.
    for (const row of await run({ ...set, messages: kept }, taught, reply)) {
      if (row.correct) again += 1;
      else changed.push(`asked again, still wrong ${row.message.id}: ${row.result.responder} (${row.why})`);
    }
    const was = await run(later, business, reply);
    const now = await run(later, taught, reply);
    before.push(...was);
    after.push(...now);
    // Which later answers the alternates changed, and from what to what.
    for (const [i, row] of now.entries()) {
      if (row.correct === was[i].correct) continue;
      changed.push(
        `${row.correct ? 'fixed' : 'broke'} ${row.message.id}: ${was[i].result.responder} -> ${row.result.responder}`,
      );
    }
  }
  console.log(
    every
      ? `  every Q&A message, ${learnt}, kept as a wording of its entry; asked again, ${again} answered right`
      : `  earlier customers: ${learnt} handed-off questions kept as alternates (the entry offered first: ${offeredFirst}, among those offered: ${offered}); asked again, ${again} answered right`,
  );
  for (const line of changed) console.log(`    ${line}`);
  const who = every ? 'The other messages' : 'Later customers';
  printSummary(`${who}, before`, summarise(before));
  printSummary(`${who}, after the alternates`, summarise(after));
}

const report = {};
for (const split of splits) {
  const sets = loadSets(split).map((set) => ({ set, business: loadBusiness(set.business) }));
  if (sets.length === 0) fail(`no evaluation sets for split "${split}"`);
  for (const { set, business } of sets) {
    const unknown = unknownReferences(set.messages, business);
    if (unknown.length > 0) fail(`${split}/${set.business}: ${unknown.join('; ')}`);
  }
  if (values.check) {
    printCheck(split, sets);
    continue;
  }
  if (values.calibrate) {
    if (values.responder !== 'offline') fail('--calibrate tunes the offline responder only');
    console.log(`Calibration on the ${split} split:`);
    await calibrate(sets);
    continue;
  }
  if (values.learn || values['learn-all']) {
    console.log(`\n=== ${values.responder} responder, ${split} split: learning from suggested alternates ===`);
    await learn(sets, values['learn-all']);
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
  if (engine && !values.json) printPlumbing(all);
}
if (values.json) console.log(JSON.stringify(report, null, 2));
await engine?.stop();
