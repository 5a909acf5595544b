/** firestore.rules against the emulator: who can read and write what. */
import { assertFails, assertSucceeds, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import {
  addDoc,
  collection,
  collectionGroup,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { clearFirestore } from './harness.js';
import { A, B, rulesEnvironment } from './rules-harness.js';

let env: RulesTestEnvironment;

beforeAll(async () => {
  env = await rulesEnvironment(
    async (db, b) => {
      await setDoc(doc(db, `businesses/${b}/services/full-legs`), { price: 100 });
      await setDoc(doc(db, `businesses/${b}/knowledge/qa-hours`), { kind: 'qa', question: 'q', answer: 'a' });
      await setDoc(doc(db, `businesses/${b}/conversations/c1`), { owner: 'ai', unread: 1, labels: [] });
      await setDoc(doc(db, `businesses/${b}/messages/m1`), { author: 'customer', direction: 'in', text: 'hi' });
      await setDoc(doc(db, `businesses/${b}/outbox/o1`), { state: 'sent' });
      await setDoc(doc(db, `businesses/${b}/contacts/k1`), { name: 'Sam' });
      await setDoc(doc(db, `businesses/${b}/contacts/k1/pets/p1`), { name: 'Rex', species: 'dog' });
      await setDoc(doc(db, `businesses/${b}/notifications/n1`), { kind: 'delivery_failed', reason: 'x', read: false });
      await setDoc(doc(db, `businesses/${b}/channelStatus/whatsapp-meta_1`), { lastWebhookAt: 1 });
      await setDoc(doc(db, `businesses/${b}/invites/i1`), { email: 'new@x.example', role: 'staff', state: 'pending' });
      await setDoc(doc(db, `businesses/${b}/notes/note-owner`), {
        contactId: 'k1',
        text: 'VIP',
        authorUid: `owner-${b}`,
        authorName: 'Owner',
      });
    },
    async (db) => {
      // Someone who belongs to both businesses.
      await setDoc(doc(db, `businesses/${B}/members/staff-${A}`), { uid: `staff-${A}`, role: 'staff', email: 'x' });
      await setDoc(doc(db, `channelAccounts/whatsapp-meta_1`), { businessId: A });
      await setDoc(doc(db, `businessSecrets/${A}`), { channels: { 'whatsapp-meta': { accessToken: 'x' } } });
      await setDoc(doc(db, `deadLetters/d1`), { reason: 'unknown account' });
      await setDoc(doc(db, `webhookKeys/abc`), { businessId: A, channel: 'whatsapp-360dialog' });
    },
  );
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
      await assertFails(getDocs(collection(db, `businesses/${A}/members`)));
      await assertFails(getDocs(collection(db, 'businesses')));
    }
  });

  it('staff read their own business', async () => {
    const db = as(`owner-${B}`);
    for (const c of ['messages', 'conversations', 'services', 'knowledge', 'contacts', 'members', 'notes']) {
      await assertSucceeds(getDocs(collection(db, `businesses/${B}/${c}`)));
    }
    await assertSucceeds(getDoc(doc(db, `businesses/${B}`)));
  });

  it('staff of one business see nothing of another', async () => {
    for (const uid of [`staff-${B}`, `owner-${B}`]) {
      const db = as(uid);
      await assertFails(getDoc(doc(db, `businesses/${A}`)));
      for (const c of ['messages', 'conversations', 'contacts', 'members', 'notes', 'notifications', 'channelStatus']) {
        await assertFails(getDocs(collection(db, `businesses/${A}/${c}`)));
      }
      await assertFails(getDoc(doc(db, `businesses/${A}/contacts/k1`)));
      await assertFails(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { unread: 0 }));
      await assertFails(updateDoc(doc(db, `businesses/${A}/notifications/n1`), { read: true }));
    }
  });

  it('a person sees their own memberships across businesses, and nobody else’s', async () => {
    const mine = query(collectionGroup(as(`staff-${A}`), 'members'), where('uid', '==', `staff-${A}`));
    await assertSucceeds(getDocs(mine));
    const theirs = query(collectionGroup(as(`staff-${A}`), 'members'), where('uid', '==', `owner-${B}`));
    await assertFails(getDocs(theirs));
    await assertFails(getDocs(collectionGroup(as(`staff-${A}`), 'members')));
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
  });

  it('pets: members read them, no client writes them (the staff callable validates every pet)', async () => {
    const db = as(`owner-${A}`);
    await assertSucceeds(getDocs(collection(db, `businesses/${A}/contacts/k1/pets`)));
    await assertFails(setDoc(doc(db, `businesses/${A}/contacts/k1/pets/p2`), { name: 'Nube', species: 'cat' }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/contacts/k1/pets/p1`), { species: 'dragon' }));
    await assertFails(deleteDoc(doc(db, `businesses/${A}/contacts/k1/pets/p1`)));
    await assertFails(getDocs(collection(as(`staff-${B}`), `businesses/${A}/contacts/k1/pets`)));
  });

  it('owner-only settings: no client writes the business, its services, knowledge, members or invites directly', async () => {
    // Edits go through the `staff` callable (validated, new revision); the team through `team`.
    for (const uid of [`owner-${A}`, `staff-${A}`]) {
      const db = as(uid);
      await assertFails(updateDoc(doc(db, `businesses/${A}`), { 'profile.name': 'New', revision: 'r2' }));
      await assertFails(setDoc(doc(db, `businesses/${A}/services/new`), { price: 5 }));
      await assertFails(setDoc(doc(db, `businesses/${A}/knowledge/qa-new`), { kind: 'qa' }));
      await assertFails(setDoc(doc(db, `businesses/${A}/members/someone`), { uid: 'someone', role: 'owner' }));
      await assertFails(deleteDoc(doc(db, `businesses/${A}/members/staff-${A}`)));
      await assertFails(setDoc(doc(db, `businesses/${A}/invites/i2`), { email: 'a@b.c', role: 'owner' }));
    }
  });

  it('only owners see invites', async () => {
    await assertSucceeds(getDocs(collection(as(`owner-${A}`), `businesses/${A}/invites`)));
    await assertFails(getDocs(collection(as(`staff-${A}`), `businesses/${A}/invites`)));
  });

  it('nobody writes messages or changes who owns a conversation from the client', async () => {
    const db = as(`staff-${A}`);
    for (const author of ['staff', 'ai', 'customer']) {
      await assertFails(
        addDoc(collection(db, `businesses/${A}/messages`), {
          author,
          direction: 'out',
          staffUid: `staff-${A}`,
          text: 'hello',
        }),
      );
    }
    await assertFails(updateDoc(doc(db, `businesses/${A}/messages/m1`), { text: 'edited' }));
    await assertFails(deleteDoc(doc(db, `businesses/${A}/messages/m1`)));
    await assertFails(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { owner: 'human' }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { contactId: 'other' }));
  });

  it('staff mark conversations read and label them', async () => {
    const db = as(`staff-${A}`);
    await assertSucceeds(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { unread: 0, labels: ['vip'] }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { unread: 5 }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/conversations/c1`), { labels: 'vip' }));
  });

  it('staff edit a contact’s name, language and labels only', async () => {
    const db = as(`staff-${A}`);
    await assertSucceeds(updateDoc(doc(db, `businesses/${A}/contacts/k1`), { name: 'Sam Lee', labels: ['vip'] }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/contacts/k1`), { identities: ['x'] }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/contacts/k1`), { language: 'english' }));
  });

  it('notes: members write their own, nobody edits or deletes another author’s', async () => {
    const db = as(`staff-${A}`);
    const note = {
      contactId: 'k1',
      conversationId: 'c1',
      text: 'Prefers mornings',
      authorUid: `staff-${A}`,
      authorName: 'Staff',
      createdAt: serverTimestamp(),
    };
    await assertSucceeds(setDoc(doc(db, `businesses/${A}/notes/mine`), note));
    await assertSucceeds(updateDoc(doc(db, `businesses/${A}/notes/mine`), { text: 'Prefers evenings' }));
    await assertFails(setDoc(doc(db, `businesses/${A}/notes/spoof`), { ...note, authorUid: `owner-${A}` }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/notes/note-owner`), { text: 'rewritten' }));
    await assertFails(deleteDoc(doc(db, `businesses/${A}/notes/note-owner`)));
    await assertFails(updateDoc(doc(db, `businesses/${A}/notes/mine`), { authorUid: `owner-${A}` }));
    await assertSucceeds(deleteDoc(doc(db, `businesses/${A}/notes/mine`)));
  });

  it('canned replies: owners keep them, with their own uid; staff read them only', async () => {
    const db = as(`owner-${A}`);
    const reply = { title: 'Hours', text: 'We open at 10.', updatedBy: `owner-${A}`, updatedAt: serverTimestamp() };
    await assertSucceeds(setDoc(doc(db, `businesses/${A}/cannedReplies/hours`), reply));
    await assertFails(setDoc(doc(db, `businesses/${A}/cannedReplies/x`), { ...reply, updatedBy: 'someone-else' }));
    await assertFails(setDoc(doc(db, `businesses/${A}/cannedReplies/y`), { ...reply, extra: true }));
    await assertFails(
      setDoc(doc(as(`owner-${B}`), `businesses/${A}/cannedReplies/z`), { ...reply, updatedBy: `owner-${B}` }),
    );
    const staff = as(`staff-${A}`);
    await assertSucceeds(getDoc(doc(staff, `businesses/${A}/cannedReplies/hours`)));
    await assertFails(setDoc(doc(staff, `businesses/${A}/cannedReplies/s`), { ...reply, updatedBy: `staff-${A}` }));
    await assertFails(
      updateDoc(doc(staff, `businesses/${A}/cannedReplies/hours`), {
        text: 'Changed',
        updatedBy: `staff-${A}`,
        updatedAt: serverTimestamp(),
      }),
    );
    await assertFails(deleteDoc(doc(staff, `businesses/${A}/cannedReplies/hours`)));
    await assertSucceeds(deleteDoc(doc(db, `businesses/${A}/cannedReplies/hours`)));
  });

  it('suggested Q&A: members read their business’s, nobody writes them directly, other businesses see none', async () => {
    await env.withSecurityRulesDisabled((ctx) =>
      setDoc(doc(ctx.firestore(), `businesses/${A}/suggestedQa/sq1`), { question: 'q?', answer: 'a', state: 'open' }),
    );
    await assertSucceeds(getDoc(doc(as(`staff-${A}`), `businesses/${A}/suggestedQa/sq1`)));
    await assertFails(getDoc(doc(as(`owner-${B}`), `businesses/${A}/suggestedQa/sq1`)));
    await assertFails(updateDoc(doc(as(`owner-${A}`), `businesses/${A}/suggestedQa/sq1`), { state: 'accepted' }));
    await assertFails(
      setDoc(doc(as(`owner-${A}`), `businesses/${A}/suggestedQa/sq2`), { question: 'x', state: 'open' }),
    );
  });

  it('assignee and scheduling are not client writes: only unread and labels change directly', async () => {
    const db = as(`staff-${A}`);
    await assertFails(
      updateDoc(doc(db, `businesses/${A}/conversations/c1`), { assignee: { uid: `staff-${A}`, name: 'x' } }),
    );
    await assertFails(setDoc(doc(db, `businesses/${A}/outbox/o2`), { state: 'pending', scheduledFor: new Date() }));
    await assertFails(updateDoc(doc(db, `businesses/${A}/messages/m1`), { delivery: { status: 'cancelled' } }));
  });

  it('a removed member loses access at once', async () => {
    const uid = 'leaving';
    await env.withSecurityRulesDisabled((ctx) =>
      setDoc(doc(ctx.firestore(), `businesses/${A}/members/${uid}`), { uid, role: 'staff', email: 'l@x' }),
    );
    await assertSucceeds(getDoc(doc(as(uid), `businesses/${A}/conversations/c1`)));
    await env.withSecurityRulesDisabled((ctx) => deleteDoc(doc(ctx.firestore(), `businesses/${A}/members/${uid}`)));
    await assertFails(getDoc(doc(as(uid), `businesses/${A}/conversations/c1`)));
  });
});
