#!/usr/bin/env node
// Daily metrics rollups by hand (docs/dashboard.md, "Analytics"):
//
//   npm run analytics:rollup -- BUSINESS_ID DATE [LAST_DATE] [--project ID]
//       computes the business's metrics for DATE (YYYY-MM-DD, its own time
//       zone), or for every day from DATE to LAST_DATE, replacing what was there.
//   npm run analytics:rollup -- --due [--project ID]
//       what the hourly schedule does: every business's days that are due.
//
// Reads and writes Firestore on the running emulators by default (project
// demo-frontdesk); with --project and credentials
// (GOOGLE_APPLICATION_CREDENTIALS), a real project.
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    due: { type: 'boolean', default: false },
    project: { type: 'string', default: 'demo-frontdesk' },
  },
});
const usage = [
  'Usage: npm run analytics:rollup -- BUSINESS_ID DATE [LAST_DATE] [--project ID]',
  '       npm run analytics:rollup -- --due [--project ID]',
].join('\n');
if (values.project.startsWith('demo-')) process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
process.env.GCLOUD_PROJECT = values.project;

const [businessId, first, last = first] = positionals;
if (values.due ? positionals.length > 0 : !businessId || !first || positionals.length > 3) {
  console.error(usage);
  process.exit(2);
}

const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const { FirestoreDatabase } = await import('../lib/store/firestore.js');
const { rollupDay, rollupDue } = await import('../lib/analytics/rollup.js');
const { addDays } = await import('../lib/domain/hours.js');
const { describeError } = await import('../lib/errors.js');

const warnings = [];
const deps = {
  db: new FirestoreDatabase(getFirestore(initializeApp({ projectId: values.project }))),
  now: () => new Date(),
  log: { info: () => undefined, warn: (message, fields) => warnings.push({ message, fields }), error: () => undefined },
};

if (values.due) {
  const report = await rollupDue(deps);
  for (const { businessId: b, date } of report.computed) console.log(`✓ ${b} ${date}`);
  console.log(`${report.computed.length} computed, ${report.upToDate} already final, ${report.failed.length} failed`);
  for (const f of report.failed) console.error(`✗ ${f.businessId} ${f.date ?? ''}: ${f.error}`);
  process.exit(report.failed.length ? 1 : 0);
}

if (!(last >= first)) {
  console.error(`✗ ${last} is before ${first}.`);
  process.exit(2);
}
let failed = 0;
for (let date = first; date <= last; date = addDays(date, 1)) {
  try {
    const m = await rollupDay(deps, businessId, date);
    console.log(
      `✓ ${businessId} ${date} (${m.timezone}): ${m.conversations.active} conversations, ${m.messages.inbound} customer messages, ` +
        `${m.handoffs.count} handoffs, ${m.bookings.ai + m.bookings.staff + m.bookings.api} bookings, $${m.llm.costUsd.toFixed(4)} LLM`,
    );
  } catch (err) {
    failed += 1;
    console.error(`✗ ${businessId} ${date}: ${describeError(err)}`);
  }
}
for (const w of warnings) console.warn(`! ${w.message} ${JSON.stringify(w.fields)}`);
process.exit(failed ? 1 : 0);
