/** firestore.rules for the daily metrics: members of the business read them; nobody writes them but the functions. */
import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { clearFirestore } from './harness.js';
import { A, B, rulesEnvironment } from './rules-harness.js';

let env: RulesTestEnvironment;
const DAY = '2026-11-30';

beforeAll(async () => {
  env = await rulesEnvironment(async (db, b) => {
    await setDoc(doc(db, `businesses/${b}/dailyMetrics/${DAY}`), { date: DAY, messages: { inbound: 3 } });
  });
});

afterAll(async () => {
  await clearFirestore();
  await env.cleanup();
});

const as = (uid: string | null) =>
  uid ? env.authenticatedContext(uid).firestore() : env.unauthenticatedContext().firestore();
const metrics = (uid: string | null, b = A) => doc(as(uid), `businesses/${b}/dailyMetrics/${DAY}`);

describe('firestore.rules: dailyMetrics', () => {
  it('owners and staff read their business’s days, as the dashboard asks for them (a date range)', async () => {
    for (const uid of [`owner-${A}`, `staff-${A}`]) {
      await assertSucceeds(getDoc(metrics(uid)));
      const range = query(
        collection(as(uid), `businesses/${A}/dailyMetrics`),
        where('date', '>=', '2026-11-01'),
        where('date', '<=', DAY),
        orderBy('date'),
      );
      await assertSucceeds(getDocs(range));
    }
  });

  it('nobody outside the business reads them', async () => {
    for (const uid of [null, 'a-customer', `owner-${B}`, `staff-${B}`]) {
      await assertFails(getDoc(metrics(uid)));
      await assertFails(getDocs(collection(as(uid), `businesses/${A}/dailyMetrics`)));
    }
  });

  it('nobody writes them, owners included: only the rollup (Admin SDK) does', async () => {
    for (const uid of [`owner-${A}`, `staff-${A}`, `owner-${B}`, null]) {
      await assertFails(setDoc(metrics(uid), { date: DAY, messages: { inbound: 999 } }));
      await assertFails(updateDoc(metrics(uid), { 'messages.inbound': 999 }));
      await assertFails(setDoc(doc(as(uid), `businesses/${A}/dailyMetrics/2026-12-01`), { date: '2026-12-01' }));
      await assertFails(deleteDoc(metrics(uid)));
    }
  });
});
