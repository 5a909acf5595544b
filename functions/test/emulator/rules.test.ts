/** firestore.rules against the emulator: who can read and write what. */
import { readFileSync } from 'node:fs';
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import { doc, getDoc, getDocs, collection, setDoc, updateDoc, addDoc, serverTimestamp } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { clearFirestore, PROJECT_ID } from './harness.js';

let env: RulesTestEnvironment;
const A = 'business-a';
const B = 'business-b';

beforeAll(async () => {
  const [host, port] = process.env.FIRESTORE_EMULATOR_HOST!.split(':');
  env = await initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: {
      rules: readFileSync(new URL('../../../firestore.rules', import.meta.url), 'utf8'),
      host: host!,
      port: Number(port),
    },
  });
  await clearFirestore();
  await env.withSecurityRulesDisabled(async (ctx) => {
    const db = ctx.firestore();
    for (const b of [A, B]) {
      await setDoc(doc(db, `businesses/${b}`), { id: b, profile: { name: b }, revision: 'r1' });
      await setDoc(doc(db, `businesses/${b}/members/owner-${b}`), { role: 'owner', email: `owner@${b}.example` });
      await setDoc(doc(db, `businesses/${b}/members/staff-${b}`), { role: 'staff', email: `staff@${b}.example` });
      await setDoc(doc(db, `businesses/${b}/services/full-legs`), { price: 100 });
      await setDoc(doc(db, `businesses/${b}/conversations/c1`), { owner: 'ai', unread: 1 });
      await setDoc(doc(db, `businesses/${b}/messages/m1`), { author: 'customer', direction: 'in', text: 'hi' });
      await setDoc(doc(db, `businesses/${b}/outbox/o1`), { state: 'sent' });
      await setDoc(doc(db, `businesses/${b}/contacts/k1`), { name: 'Sam' });
      await setDoc(doc(db, `businesses/${b}/notifications/n1`), { kind: 'delivery_failed', reason: 'x', read: false });
      await setDoc(doc(db, `businesses/${b}/channelStatus/whatsapp-meta_1`), { lastWebhookAt: 1 });
    }
    await setDoc(doc(db, `channelAccounts/whatsapp-meta_1`), { businessId: A });
    await setDoc(doc(db, `businessSecrets/${A}`), { channels: { 'whatsapp-meta': { accessToken: 'x' } } });
    await setDoc(doc(db, `deadLetters/d1`), { reason: 'unknown account' });
    await setDoc(doc(db, `webhookKeys/abc`), { businessId: A, channel: 'whatsapp-360dialog' });
  });
});

afterAll(async () => {
  await clearFirestore();
  await env.cleanup();
});

const as = (uid: string | null) =>
  uid ? env.authenticatedContext(uid).firestore() : env.unauthenticatedContext().firestore();

describe('firestore.rules', () => {
  it('strangers and customers read nothing', async () => {
    for (const db of [as(null), as('some-customer')]) {
      await assertFails(getDoc(doc(db, `businesses/${A}`)));
      await assertFails(getDoc(doc(db, `businesses/${A}/messages/m1`)));
      await assertFails(getDocs(collection(db, `businesses/${A}/conversations`)));
      await assertFails(getDocs(collection(db, 'businesses')));
    }
  });

  it('staff read their own business', async () => {
    const db = as(`staff-${A}`);
    await assertSucceeds(getDoc(doc(db, `businesses/${A}`)));
    await assertSucceeds(getDocs(collection(db, `businesses/${A}/messages`)));
    await assertSucceeds(getDocs(collection(db, `businesses/${A}/conversations`)));
    await assertSucceeds(getDocs(collection(db, `businesses/${A}/services`)));
    await assertSucceeds(getDocs(collection(db, `businesses/${A}/contacts`)));
  });

  it('a member of one business cannot read or write another', async () => {
    for (const uid of [`staff-${A}`, `owner-${A}`]) {
      const db = as(uid);
      await assertFails(getDoc(doc(db, `businesses/${B}`)));
      await assertFails(getDocs(collection(db, `businesses/${B}/messages`)));
      await assertFails(getDoc(doc(db, `businesses/${B}/contacts/k1`)));
      await assertFails(setDoc(doc(db, `businesses/${B}/services/x`), { price: 1 }));
      await assertFails(updateDoc(doc(db, `businesses/${B}/conversations/c1`), { owner: 'human' }));
    }
  });

  it('server-only collections are closed to every client', async () => {
    for (const uid of [null, `owner-${A}`, `staff-${A}`]) {
      const db = as(uid);
      await assertFails(getDoc(doc(db, 'channelAccounts/whatsapp-meta_1')));
      await assertFails(setDoc(doc(db, 'channelAccounts/whatsapp-meta_2'), { businessId: A }));
      await assertFails(getDoc(doc(db, `businessSecrets/${A}`)));
      await assertFails(getDoc(doc(db, 'deadLetters/d1')));
      await assertFails(getDoc(doc(db, 'webhookKeys/abc')));
      await assertFails(getDoc(doc(db, `businesses/${A}/outbox/o1`)));
    }
  });

  it('staff see channel diagnostics and notifications, and can only mark notifications read', async () => {
    const db = as(`staff-${A}`);
    await assertSucceeds(getDoc(doc(db, `businesses/${A}/channelStatus/whatsapp-meta_1`)));
    await assertSucceeds(getDocs(collection(db, `businesses/${A}/notifications`)));
    await assertSucceeds(updateDoc(doc(db, `businesses/${A}/notifications/n1`), { read: true }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/notifications/n1`), { reason: 'rewritten' }));
    await assertFails(setDoc(doc(db, `businesses/${A}/channelStatus/whatsapp-meta_1`), { lastWebhookAt: 2 }));
    await assertFails(getDoc(doc(as(`staff-${B}`), `businesses/${A}/notifications/n1`)));
  });

  it('owners edit services and knowledge; staff do not', async () => {
    await assertSucceeds(setDoc(doc(as(`owner-${A}`), `businesses/${A}/services/new`), { price: 5 }));
    await assertFails(setDoc(doc(as(`staff-${A}`), `businesses/${A}/services/new2`), { price: 5 }));
    await assertFails(setDoc(doc(as(`staff-${A}`), `businesses/${A}/members/me`), { role: 'owner' }));
    await assertFails(setDoc(doc(as(`owner-${A}`), `businesses/${A}/members/owner-${A}`), { role: 'staff' }));
  });

  it('owners update the profile only with a new revision', async () => {
    const db = as(`owner-${A}`);
    await assertFails(updateDoc(doc(db, `businesses/${A}`), { 'profile.name': 'New' }));
    await assertSucceeds(updateDoc(doc(db, `businesses/${A}`), { 'profile.name': 'New', revision: 'r2' }));
    await assertFails(updateDoc(doc(db, `businesses/${A}`), { webchatAccountId: 'x', revision: 'r3' }));
    await assertFails(updateDoc(doc(as(`staff-${A}`), `businesses/${A}`), { 'profile.name': 'X', revision: 'r4' }));
  });

  it('staff take over conversations and write staff replies, nothing else', async () => {
    const db = as(`staff-${A}`);
    await assertSucceeds(
      updateDoc(doc(db, `businesses/${A}/conversations/c1`), { owner: 'human', lastHumanAt: serverTimestamp() }),
    );
    await assertFails(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { owner: 'robot' }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { contactId: 'other' }));
    await assertSucceeds(
      addDoc(collection(db, `businesses/${A}/messages`), {
        author: 'staff',
        direction: 'out',
        staffUid: `staff-${A}`,
        text: 'Hi, this is Mona',
      }),
    );
    await assertFails(
      addDoc(collection(db, `businesses/${A}/messages`), {
        author: 'ai',
        direction: 'out',
        staffUid: `staff-${A}`,
        text: 'fake AI',
      }),
    );
    await assertFails(
      addDoc(collection(db, `businesses/${A}/messages`), {
        author: 'staff',
        direction: 'out',
        staffUid: 'someone-else',
        text: 'spoof',
      }),
    );
    await assertFails(updateDoc(doc(db, `businesses/${A}/messages/m1`), { text: 'edited' }));
  });
});
