/**
 * The dashboard's actions on the in-memory store, through the same action
 * tables the callables serve: who may do what, take over / hand back and a
 * staff reply as the reply pipeline then sees them, edits that move the
 * revision and reach the AI's context, and the team (invites, roles,
 * removal).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { replyToMessage } from '../pipeline/reply.js';
import { localDate } from '../pipeline/usage.js';
import { offlineResponder } from '../responders/offline/offline.js';
import type { ReplyRequest, Responder } from '../responders/responder.js';
import { at } from '../store/collections.js';
import { digest } from '../store/ids.js';
import { type Caller } from '../team/access.js';
import { runAction } from '../team/actions.js';
import { team } from '../team/collections.js';
import { hashInviteToken } from '../team/invites.js';
import { INVITE_TTL_MS } from '../team/roles.js';
import { teamActions } from '../team/team.js';
import { CLINIC, GROOMER, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { staffActions } from './staff.js';
import { offlineAssistant } from './assistant.test-helper.js';

let deps: MemoryDeps;
const person = (email: string, name?: string): Caller => ({ uid: `uid-${digest(email, 12)}`, email, name });
const OWNER = person('owner@glow-laser-clinic.example');
const STAFF = person('layla@glow-laser-clinic.example');
const GROOMER_OWNER = person('owner@happy-paws-grooming.example');
const STRANGER = person('someone@example.com');

const staff = (caller: Caller | undefined, data: Record<string, unknown>) =>
  runAction(staffActions(offlineAssistant), deps, caller, data);
const teamCall = (caller: Caller | undefined, data: Record<string, unknown>) =>
  runAction(teamActions, deps, caller, data);

let conversationId: string;
let firstMessageId: string;

beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps);
  await seedDemo(deps, GROOMER);
  const created = await ingestMessage(deps, CLINIC, whatsappText('Hello, is anyone there?'));
  if (created.result !== 'created') throw new Error('expected a new conversation');
  conversationId = created.conversationId;
  firstMessageId = created.messageId;
});

const conversation = async () => (await deps.db.get(team.conversation(CLINIC, conversationId)))!;

describe('who may call what', () => {
  const everyAction = () => [
    ...['takeOver', 'handBack'].map((action) => ({ action, businessId: CLINIC, conversationId })),
    { action: 'reply', businessId: CLINIC, conversationId, text: 'hi', key: 'key-000001' },
    { action: 'media', businessId: CLINIC, messageId: firstMessageId },
    { action: 'assign', businessId: CLINIC, conversationId, uid: null },
    { action: 'cancelScheduled', businessId: CLINIC, messageId: 'staff-x' },
    { action: 'tryIt', businessId: CLINIC, question: 'Do you treat men?' },
    { action: 'translate', businessId: CLINIC, text: 'hola', to: 'en' },
    { action: 'updateMemory', businessId: CLINIC, contactId: 'c-x', memory: { preferences: ['mornings'] } },
    { action: 'updateSection', businessId: CLINIC, section: 'settings', value: { handoffQuietMinutes: 5 } },
    { action: 'putQa', businessId: CLINIC, qa: { id: 'x1', question: 'q', answer: 'a' } },
    { action: 'exportProfile', businessId: CLINIC },
    {
      action: 'acceptSuggestion',
      businessId: CLINIC,
      suggestionId: 'sq-x',
      qa: { id: 'x2', question: 'q', answer: 'a' },
    },
    { action: 'dismissSuggestion', businessId: CLINIC, suggestionId: 'sq-x' },
  ];

  it('refuses callers who are not signed in', async () => {
    await expect(staff(undefined, everyAction()[0]!)).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it.each([
    ['a stranger', STRANGER],
    ['the owner of another business', GROOMER_OWNER],
  ])('refuses %s every action, before looking at the input', async (_who, caller) => {
    for (const data of [...everyAction(), { action: 'putQa', businessId: CLINIC, qa: 'not even an object' }]) {
      await expect(staff(caller, data), data.action).rejects.toMatchObject({ code: 'permission_denied' });
    }
    await expect(
      teamCall(caller, { action: 'createInvite', businessId: CLINIC, email: 'a@b.example', role: 'owner' }),
    ).rejects.toMatchObject({ code: 'permission_denied' });
  });

  it('refuses staff what only owners may do', async () => {
    for (const data of everyAction().slice(9)) {
      await expect(staff(STAFF, data), data.action).rejects.toMatchObject({ code: 'permission_denied' });
    }
    for (const data of [
      { action: 'createInvite', businessId: CLINIC, email: 'a@b.example', role: 'staff' },
      { action: 'setMemberRole', businessId: CLINIC, uid: STAFF.uid, role: 'owner' },
      { action: 'removeMember', businessId: CLINIC, uid: OWNER.uid },
    ]) {
      await expect(teamCall(STAFF, data), data.action).rejects.toMatchObject({ code: 'permission_denied' });
    }
  });

  it('names unknown actions and bad fields', async () => {
    await expect(staff(OWNER, { action: 'dropEverything', businessId: CLINIC })).rejects.toThrow(
      'Unknown action "dropEverything".',
    );
    await expect(staff(OWNER, { action: 'toString', businessId: CLINIC })).rejects.toThrow('Unknown action');
    await expect(
      staff(OWNER, { action: 'putQa', businessId: CLINIC, qa: { id: '¿?', question: '¿?', answer: 'a' } }),
    ).rejects.toThrow(/qa\.id: must be an id/);
  });
});

describe('take over, reply, hand back — as the reply pipeline sees it', () => {
  const reply = (messageId: string) => replyToMessage({ ...deps, responder: offlineResponder }, CLINIC, messageId);
  const inbound = async (text: string) => {
    const c = await conversation();
    const created = await ingestMessage(deps, CLINIC, whatsappText(text, { userId: c.userId }));
    if (created.result !== 'created') throw new Error('expected a new message');
    return created.messageId;
  };

  it('a taken-over conversation gets no AI answer until handed back', async () => {
    await staff(STAFF, { action: 'takeOver', businessId: CLINIC, conversationId });
    expect(await conversation()).toMatchObject({
      owner: 'human',
      handoff: { reason: 'staff', detail: 'Taken over by Layla Haddad' },
      assignee: { uid: STAFF.uid, name: 'Layla Haddad' },
    });
    expect(await reply(await inbound('How much are full legs?'))).toMatchObject({ result: 'skipped' });

    await staff(STAFF, { action: 'handBack', businessId: CLINIC, conversationId });
    expect(await conversation()).toMatchObject({ owner: 'ai', handoff: null, assignee: null });
    expect(await reply(await inbound('How much are full legs?'))).toMatchObject({ result: 'replied' });
  });

  it('counts a takeover of an AI conversation in the day\u2019s totals, once', async () => {
    const takeovers = async () => {
      const today = await deps.db.get(at.dailyUsage(CLINIC, localDate(deps.now(), 'Asia/Dubai')));
      return today?.takeovers ?? 0;
    };
    await staff(STAFF, { action: 'takeOver', businessId: CLINIC, conversationId });
    // Already a person's: taking it again is not a second takeover.
    await staff(OWNER, { action: 'takeOver', businessId: CLINIC, conversationId });
    expect(await takeovers()).toBe(1);
    await staff(STAFF, { action: 'handBack', businessId: CLINIC, conversationId });
    await staff(STAFF, { action: 'takeOver', businessId: CLINIC, conversationId });
    expect(await takeovers()).toBe(2);
  });

  it('a staff reply is a message by that person and an outbox item, and makes a person the owner', async () => {
    const { messageId } = (await staff(STAFF, {
      action: 'reply',
      businessId: CLINIC,
      conversationId,
      text: '  مرحبا، معك ليلى  ',
      key: 'reply-0001',
    })) as { messageId: string };
    const message = await deps.db.get(at.message(CLINIC, messageId));
    expect(message).toMatchObject({
      author: 'staff',
      direction: 'out',
      text: 'مرحبا، معك ليلى',
      content: { type: 'text' },
    });
    expect(message).toMatchObject({ staff: { uid: STAFF.uid, name: 'Layla Haddad' }, delivery: { status: 'queued' } });
    const outbox = await deps.db.get(at.outboxItem(CLINIC, messageId));
    expect(outbox).toMatchObject({ author: 'staff', state: 'pending', text: 'مرحبا، معك ليلى', attempts: 0 });
    const c = await conversation();
    expect(c).toMatchObject({ owner: 'human', unread: 0, assignee: { uid: STAFF.uid } });
    expect(c.lastHumanAt).toEqual(deps.now());
    expect(c.recent.at(-1)).toMatchObject({ author: 'staff', text: 'مرحبا، معك ليلى', messageId });

    // The AI stays quiet during the quiet period, and answers after it.
    expect(await reply(await inbound('Thanks!'))).toMatchObject({ result: 'skipped' });
    deps.advance(31 * 60_000);
    expect(await reply(await inbound('How much are full legs?'))).toMatchObject({ result: 'replied' });
  });

  it('refuses an empty reply and an unknown conversation', async () => {
    await expect(
      staff(STAFF, { action: 'reply', businessId: CLINIC, conversationId, text: '   ', key: 'reply-0002' }),
    ).rejects.toThrow('Write a reply first.');
    await expect(
      staff(STAFF, { action: 'takeOver', businessId: CLINIC, conversationId: 'nope' }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('what the AI remembers', () => {
  it('staff edit it with the remember tool’s schema; the next reply’s request carries it', async () => {
    const { contactId } = await conversation();
    const memory = {
      name: 'Sara',
      gender: 'feminine',
      pets: [],
      preferences: ['afternoons', 'female therapist'],
      notes: ['sensitive skin'],
    };
    await staff(STAFF, { action: 'updateMemory', businessId: CLINIC, contactId, memory });
    expect((await deps.db.get(at.contact(CLINIC, contactId)))!.memory).toEqual(memory);

    let seen: ReplyRequest | undefined;
    const spy: Responder = { name: 'spy', reply: async (r) => ((seen = r), offlineResponder.reply(r)) };
    const first = (await deps.db.get(at.message(CLINIC, firstMessageId)))!;
    const { userId } = (await conversation()) as unknown as { userId: string };
    const next = await ingestMessage(deps, CLINIC, whatsappText('Any slot on Friday?', { userId }));
    expect(next).toMatchObject({ result: 'created', conversationId: first.conversationId });
    await replyToMessage({ ...deps, responder: spy }, CLINIC, next.messageId);
    expect(seen?.contact).toMatchObject({
      name: 'Sara',
      gender: 'feminine',
      preferences: memory.preferences,
      notes: memory.notes,
    });
  });

  it('refuses what the schema refuses, and a contact that does not exist', async () => {
    const { contactId } = await conversation();
    await expect(
      staff(STAFF, { action: 'updateMemory', businessId: CLINIC, contactId, memory: { gender: 'other' } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      staff(STAFF, { action: 'updateMemory', businessId: CLINIC, contactId, memory: { notes: ['x'.repeat(301)] } }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      staff(STAFF, { action: 'updateMemory', businessId: CLINIC, contactId: 'c-nobody', memory: {} }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('edits of the business', () => {
  it('a Q&A edit moves the revision and is in the AI’s context at once', async () => {
    const before = (await deps.db.get(at.business(CLINIC)))!.revision;
    await loadBusinessContext(deps, CLINIC); // warm the cache on the old revision
    await staff(OWNER, {
      action: 'putQa',
      businessId: CLINIC,
      qa: { id: 'parking', question: 'Is there parking?', answer: 'Valet parking, code ZX-42.' },
    });
    const business = (await deps.db.get(at.business(CLINIC)))!;
    expect(business.revision).not.toBe(before);
    const context = await loadBusinessContext(deps, CLINIC);
    expect(context.qa.find((q) => q.id === 'parking')?.answer).toBe('Valet parking, code ZX-42.');
  });

  it('validates a section with the profile schema and keeps the rest', async () => {
    await staff(OWNER, {
      action: 'updateSection',
      businessId: CLINIC,
      section: 'settings',
      value: { handoffQuietMinutes: 45 },
    });
    expect((await deps.db.get(at.business(CLINIC)))!.settings).toMatchObject({
      handoffQuietMinutes: 45,
      responder: 'auto',
    });
    await expect(
      staff(OWNER, { action: 'updateSection', businessId: CLINIC, section: 'hours', value: { Tuseday: [] } }),
    ).rejects.toThrow(/value/);
    await expect(
      staff(OWNER, { action: 'updateSection', businessId: CLINIC, section: 'revision', value: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('adds, changes and deletes a service', async () => {
    const service = { id: 'brows', name: 'Eyebrows', durationMinutes: 15, price: 90, deposit: 20 };
    await staff(OWNER, { action: 'putService', businessId: CLINIC, service });
    expect((await loadBusinessContext(deps, CLINIC)).services.find((s) => s.id === 'brows')).toMatchObject({
      price: 90,
      bufferBeforeMinutes: 0,
    });
    await staff(OWNER, { action: 'deleteItem', businessId: CLINIC, collection: 'services', id: 'brows' });
    expect((await loadBusinessContext(deps, CLINIC)).services.some((s) => s.id === 'brows')).toBe(false);
  });

  it('exports a profile file that validates and keeps the edits', async () => {
    await staff(OWNER, {
      action: 'updateSection',
      businessId: CLINIC,
      section: 'settings',
      value: { handoffQuietMinutes: 20 },
    });
    const result = (await staff(OWNER, { action: 'exportProfile', businessId: CLINIC })) as {
      file: { id: string; settings: { handoffQuietMinutes: number }; staff: unknown[] };
      problems: string | null;
    };
    expect(result.problems).toBeNull();
    expect(result.file.id).toBe(CLINIC);
    expect(result.file.settings.handoffQuietMinutes).toBe(20);
    expect(result.file.staff).toHaveLength(3);
  });
});

describe('team', () => {
  const invite = async (email: string, role = 'staff') =>
    (await teamCall(OWNER, { action: 'createInvite', businessId: CLINIC, email, role })) as {
      token: string;
      inviteId: string;
      path: string;
    };

  it('an invite is for one address, once, until it expires', async () => {
    const nadia = person('nadia@example.com', 'Nadia Saleh');
    const { token, inviteId, path } = await invite('Nadia@Example.com');
    expect(path).toBe(`/invite/${CLINIC}/${token}`);
    expect(inviteId).toBe(hashInviteToken(token));
    expect(await deps.db.get(team.invite(CLINIC, inviteId))).toMatchObject({ email: 'nadia@example.com' });

    await expect(teamCall(STRANGER, { action: 'acceptInvite', businessId: CLINIC, token })).rejects.toThrow(
      /This invite is for nadia@example.com/,
    );
    await expect(teamCall(nadia, { action: 'acceptInvite', businessId: CLINIC, token })).resolves.toEqual({
      businessId: CLINIC,
      role: 'staff',
      alreadyMember: false,
    });
    expect(await deps.db.get(team.member(CLINIC, nadia.uid))).toMatchObject({
      uid: nadia.uid,
      name: 'Nadia Saleh',
      role: 'staff',
      source: 'invite',
    });
    await expect(teamCall(nadia, { action: 'acceptInvite', businessId: CLINIC, token })).rejects.toThrow(
      /already been used/,
    );
    // A member now: the staff actions work for her.
    await expect(staff(nadia, { action: 'takeOver', businessId: CLINIC, conversationId })).resolves.toMatchObject({
      owner: 'human',
    });

    const late = await invite(STRANGER.email!);
    deps.advance(INVITE_TTL_MS);
    await expect(teamCall(STRANGER, { action: 'acceptInvite', businessId: CLINIC, token: late.token })).rejects.toThrow(
      /expired/,
    );
    await expect(
      teamCall(STRANGER, { action: 'acceptInvite', businessId: CLINIC, token: 'x'.repeat(32) }),
    ).rejects.toThrow(/not valid/);
  });

  it('a withdrawn invite cannot be used', async () => {
    const { token, inviteId } = await invite(STRANGER.email!);
    await teamCall(OWNER, { action: 'revokeInvite', businessId: CLINIC, inviteId });
    await expect(teamCall(STRANGER, { action: 'acceptInvite', businessId: CLINIC, token })).rejects.toThrow(
      /withdrawn/,
    );
  });

  it('removing a member ends their access at the next call', async () => {
    await staff(STAFF, { action: 'takeOver', businessId: CLINIC, conversationId });
    await teamCall(OWNER, { action: 'removeMember', businessId: CLINIC, uid: STAFF.uid });
    await expect(staff(STAFF, { action: 'handBack', businessId: CLINIC, conversationId })).rejects.toMatchObject({
      code: 'permission_denied',
    });
  });

  it('keeps at least one owner', async () => {
    await expect(
      teamCall(OWNER, { action: 'setMemberRole', businessId: CLINIC, uid: OWNER.uid, role: 'staff' }),
    ).rejects.toThrow(/at least one owner/);
    await teamCall(OWNER, { action: 'setMemberRole', businessId: CLINIC, uid: STAFF.uid, role: 'owner' });
    await teamCall(OWNER, { action: 'setMemberRole', businessId: CLINIC, uid: OWNER.uid, role: 'staff' });
    expect((await deps.db.get(team.member(CLINIC, OWNER.uid)))!.role).toBe('staff');
  });
});
