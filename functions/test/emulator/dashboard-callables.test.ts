/**
 * The dashboard's callables (`team`, `staff`) on the emulators, over the
 * callable protocol with Auth emulator ID tokens: every action checks
 * membership and role; invites are one-time, expiring and for one address;
 * edits are validated and move the business revision; a staff reply becomes
 * a message and an outbox item and makes a person the owner.
 */
import { randomUUID } from 'node:crypto';
import { getApps } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { Timestamp } from 'firebase-admin/firestore';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashInviteToken } from '../../src/team/invites.js';
import { admin, CLINIC, CLINIC_PHONE_ID, GROOMER, PROJECT_ID, resetAndSeed } from './harness.js';

const FUNCTIONS = `http://127.0.0.1:5001/${PROJECT_ID}/us-central1`;
const AUTH = 'http://127.0.0.1:9099/identitytoolkit.googleapis.com/v1';
const PASSWORD = 'callable-test-password';

interface Person {
  uid: string;
  email: string;
  token: string;
}

async function person(email: string): Promise<Person> {
  const auth = getAuth(getApps()[0]);
  const user = await auth
    .getUserByEmail(email)
    .catch(() => auth.createUser({ email, displayName: email.split('@')[0] }));
  await auth.updateUser(user.uid, { password: PASSWORD });
  const res = await fetch(`${AUTH}/accounts:signInWithPassword?key=demo-api-key`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD, returnSecureToken: true }),
  });
  const body = (await res.json()) as { idToken: string };
  return { uid: user.uid, email, token: body.idToken };
}

type CallResult = { ok: true; data: Record<string, unknown> } | { ok: false; status: string; message: string };

async function call(fn: 'team' | 'staff', who: Person | null, data: Record<string, unknown>): Promise<CallResult> {
  const res = await fetch(`${FUNCTIONS}/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${who.token}` } : {}) },
    body: JSON.stringify({ data }),
  });
  const body = (await res.json()) as { result?: Record<string, unknown>; error?: { status: string; message: string } };
  return body.error
    ? { ok: false, status: body.error.status, message: body.error.message }
    : { ok: true, data: body.result ?? {} };
}

const refused = (r: CallResult) => (r.ok ? 'OK' : r.status);

let owner: Person;
let staff: Person;
let groomerOwner: Person;
let conversationId: string;

beforeAll(async () => {
  await resetAndSeed();
  owner = await person('owner@glow-laser-clinic.example');
  staff = await person('layla@glow-laser-clinic.example');
  groomerOwner = await person('owner@happy-paws-grooming.example');
  conversationId = `whatsapp-meta-test-${randomUUID().slice(0, 8)}`;
  const now = Timestamp.now();
  await admin().doc(`businesses/${CLINIC}/conversations/${conversationId}`).set({
    contactId: 'c-test',
    channel: 'whatsapp-meta',
    accountId: CLINIC_PHONE_ID,
    userId: '971500000001',
    owner: 'ai',
    handoff: null,
    lastMessageAt: now,
    lastInboundAt: now,
    lastMessagePreview: 'hello',
    unread: 1,
    createdAt: now,
  });
}, 120_000);

describe('who may call what', () => {
  it('refuses callers who are not signed in', async () => {
    expect(refused(await call('staff', null, { action: 'takeOver', businessId: CLINIC, conversationId }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      refused(await call('team', null, { action: 'acceptInvite', businessId: CLINIC, token: 'x'.repeat(32) })),
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses members of another business, for every action', async () => {
    const attempts: Record<string, unknown>[] = [
      { action: 'takeOver', businessId: CLINIC, conversationId },
      { action: 'handBack', businessId: CLINIC, conversationId },
      { action: 'reply', businessId: CLINIC, conversationId, text: 'spoof', key: 'spoof-0001' },
      { action: 'tryIt', businessId: CLINIC, question: 'Is there parking?' },
      { action: 'media', businessId: CLINIC, messageId: 'm' },
      { action: 'putQa', businessId: CLINIC, qa: { id: 'x1', question: 'q', answer: 'a' } },
      { action: 'exportProfile', businessId: CLINIC },
      { action: 'putPet', businessId: CLINIC, contactId: 'k', pet: { name: 'Rex', species: 'dog' } },
      { action: 'deletePet', businessId: CLINIC, contactId: 'k', petId: 'p' },
      { action: 'completeAppointment', businessId: CLINIC, appointmentId: 'a' },
      { action: 'markNoShow', businessId: CLINIC, appointmentId: 'a' },
    ];
    for (const data of attempts)
      expect(refused(await call('staff', groomerOwner, data)), String(data.action)).toBe('PERMISSION_DENIED');
    expect(
      refused(
        await call('team', groomerOwner, {
          action: 'createInvite',
          businessId: CLINIC,
          email: 'a@b.example',
          role: 'owner',
        }),
      ),
    ).toBe('PERMISSION_DENIED');
  });

  it('refuses staff the owner-only actions', async () => {
    for (const data of [
      {
        action: 'updateSection',
        businessId: CLINIC,
        section: 'settings',
        value: { handoffQuietMinutes: 5, responder: 'auto' },
      },
      { action: 'putService', businessId: CLINIC, service: { id: 'x', name: 'X', durationMinutes: 10, price: 1 } },
      { action: 'deleteItem', businessId: CLINIC, collection: 'qa', id: 'parking' },
      { action: 'exportProfile', businessId: CLINIC },
    ]) {
      expect(refused(await call('staff', staff, data)), data.action).toBe('PERMISSION_DENIED');
    }
    expect(
      refused(
        await call('team', staff, { action: 'createInvite', businessId: CLINIC, email: 'a@b.example', role: 'owner' }),
      ),
    ).toBe('PERMISSION_DENIED');
    expect(refused(await call('team', staff, { action: 'removeMember', businessId: CLINIC, uid: owner.uid }))).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('answers unknown actions and bad input with clear errors', async () => {
    expect(await call('staff', owner, { action: 'dropDatabase', businessId: CLINIC })).toMatchObject({
      ok: false,
      status: 'INVALID_ARGUMENT',
      message: 'Unknown action "dropDatabase".',
    });
    const bad = await call('staff', owner, {
      action: 'putQa',
      businessId: CLINIC,
      // A name is read as an id ("Bad Id" → "bad-id"); nothing can be made of this one.
      qa: { id: '¿?', question: '¿?', answer: 'a' },
    });
    expect(bad).toMatchObject({ ok: false, status: 'INVALID_ARGUMENT' });
    expect(bad.ok ? '' : bad.message).toMatch(/qa\.id: must be an id/);
  });
});

describe('conversation actions', () => {
  const conversation = () => admin().doc(`businesses/${CLINIC}/conversations/${conversationId}`).get();

  it('take over and hand back change the owner', async () => {
    expect((await call('staff', staff, { action: 'takeOver', businessId: CLINIC, conversationId })).ok).toBe(true);
    let c = await conversation();
    expect(c.get('owner')).toBe('human');
    expect(c.get('handoff.reason')).toBe('staff');
    expect(c.get('assignee')).toEqual({ uid: staff.uid, name: 'Layla Haddad' });
    expect((await call('staff', staff, { action: 'handBack', businessId: CLINIC, conversationId })).ok).toBe(true);
    c = await conversation();
    expect(c.get('owner')).toBe('ai');
    expect(c.get('assignee')).toBeNull();
  });

  it('a staff reply is a message by that person plus an outbox item, and makes a person the owner', async () => {
    const r = await call('staff', staff, {
      action: 'reply',
      businessId: CLINIC,
      conversationId,
      text: 'مرحبا، معك ليلى',
      key: 'emulator-reply-0001',
    });
    expect(r.ok).toBe(true);
    const messageId = r.ok ? String(r.data.messageId) : '';
    const message = await admin().doc(`businesses/${CLINIC}/messages/${messageId}`).get();
    expect(message.get('author')).toBe('staff');
    expect(message.get('staff')).toEqual({ uid: staff.uid, name: 'Layla Haddad' });
    expect(message.get('via')).toBe('dashboard');
    expect(message.get('text')).toBe('مرحبا، معك ليلى');
    const outbox = await admin().doc(`businesses/${CLINIC}/outbox/${messageId}`).get();
    expect(outbox.get('author')).toBe('staff');
    const c = await conversation();
    expect(c.get('owner')).toBe('human');
    expect(c.get('lastHumanAt')).toBeInstanceOf(Timestamp);
  });
});

describe('edits of the business', () => {
  it('validates with the profile schema and moves the revision', async () => {
    const before = (await admin().doc(`businesses/${CLINIC}`).get()).get('revision') as string;
    const r = await call('staff', owner, {
      action: 'updateSection',
      businessId: CLINIC,
      section: 'settings',
      value: { handoffQuietMinutes: 45, responder: 'auto' },
    });
    expect(r.ok).toBe(true);
    const after = await admin().doc(`businesses/${CLINIC}`).get();
    expect(after.get('settings.handoffQuietMinutes')).toBe(45);
    expect(after.get('revision')).not.toBe(before);
    const bad = await call('staff', owner, {
      action: 'updateSection',
      businessId: CLINIC,
      section: 'hours',
      // "Tue" is read as tue now; a misspelt day is refused.
      value: { Tuseday: [] },
    });
    expect(bad).toMatchObject({ ok: false, status: 'INVALID_ARGUMENT' });
  });

  it('exports a profile file that validates', async () => {
    const r = await call('staff', owner, { action: 'exportProfile', businessId: CLINIC });
    expect(r.ok && r.data.problems).toBe(null);
    expect(r.ok && (r.data.file as { id: string }).id).toBe(CLINIC);
  });
});

describe('team', () => {
  it('an invite is for one address, once, until it expires', async () => {
    const email = `new.${Date.now()}@example.com`;
    const invite = await call('team', owner, { action: 'createInvite', businessId: CLINIC, email, role: 'staff' });
    expect(invite.ok).toBe(true);
    const token = invite.ok ? String(invite.data.token) : '';
    const stranger = await person(`someone.${Date.now()}@example.com`);
    expect(await call('team', stranger, { action: 'acceptInvite', businessId: CLINIC, token })).toMatchObject({
      ok: false,
      status: 'FAILED_PRECONDITION',
    });
    const invitee = await person(email);
    expect((await call('team', invitee, { action: 'acceptInvite', businessId: CLINIC, token })).ok).toBe(true);
    const member = await admin().doc(`businesses/${CLINIC}/members/${invitee.uid}`).get();
    expect(member.data()).toMatchObject({ uid: invitee.uid, role: 'staff', source: 'invite' });
    expect(await call('team', invitee, { action: 'acceptInvite', businessId: CLINIC, token })).toMatchObject({
      ok: false,
      status: 'FAILED_PRECONDITION',
    });

    // Expired.
    const late = await call('team', owner, {
      action: 'createInvite',
      businessId: CLINIC,
      email: stranger.email,
      role: 'staff',
    });
    const lateToken = late.ok ? String(late.data.token) : '';
    await admin()
      .doc(`businesses/${CLINIC}/invites/${hashInviteToken(lateToken)}`)
      .update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });
    const expired = await call('team', stranger, { action: 'acceptInvite', businessId: CLINIC, token: lateToken });
    expect(expired.ok ? '' : expired.message).toMatch(/expired/);

    // Removed: refused at once.
    expect((await call('staff', invitee, { action: 'takeOver', businessId: CLINIC, conversationId })).ok).toBe(true);
    expect((await call('team', owner, { action: 'removeMember', businessId: CLINIC, uid: invitee.uid })).ok).toBe(true);
    expect(refused(await call('staff', invitee, { action: 'handBack', businessId: CLINIC, conversationId }))).toBe(
      'PERMISSION_DENIED',
    );
  });

  it('keeps at least one owner', async () => {
    const r = await call('team', owner, {
      action: 'setMemberRole',
      businessId: GROOMER,
      uid: owner.uid,
      role: 'staff',
    });
    expect(refused(r)).toBe('PERMISSION_DENIED');
    const self = await call('team', groomerOwner, {
      action: 'removeMember',
      businessId: GROOMER,
      uid: groomerOwner.uid,
    });
    expect(self).toMatchObject({ ok: false, status: 'FAILED_PRECONDITION' });
  });
});
