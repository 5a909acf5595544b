/**
 * The inbox's tools on the in-memory store, through the `staff` action
 * table: one staff-reply writer for the dashboard and the staff bot
 * (idempotent by key), assigning, scheduled sends (held until their time,
 * refused outside the window, cancelled before they go), suggested Q&A
 * from staff answers after a handoff, the try-it panel (nothing stored) and
 * translation (unavailable without a key; through the real Anthropic SDK
 * against its local fake with one).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadBusinessContext } from '../pipeline/business-context.js';
import { ingestMessage } from '../pipeline/ingest.js';
import { deliverOutboxItem, dueOutboxItems } from '../pipeline/outbox.js';
import { replyToMessage } from '../pipeline/reply.js';
import { sendStaffReply, staffReplyId } from '../pipeline/staff-reply.js';
import { localDate } from '../pipeline/usage.js';
import { anthropicProvider } from '../responders/llm/anthropic.js';
import { offlineResponder } from '../responders/offline/offline.js';
import { at } from '../store/collections.js';
import { digest } from '../store/ids.js';
import type { Caller } from '../team/access.js';
import { runAction } from '../team/actions.js';
import { type FakeAnthropic, FAKE_ANTHROPIC_KEY, startFakeAnthropic } from '../testing/fake-anthropic.js';
import {
  CLINIC,
  type MemoryDeps,
  fakeSender,
  memoryDeps,
  seedDemo,
  sendersFor,
  whatsappText,
} from '../testing/memory-deps.js';
import { engineFor, type Fakes, startFakes } from '../responders/llm/vendors.test-helper.js';
import { offlineAssistant, testAssistant } from './assistant.test-helper.js';
import type { Assistant } from './assistant.js';
import { staffActions } from './staff.js';

let deps: MemoryDeps;
const person = (email: string): Caller => ({ uid: `uid-${digest(email, 12)}`, email });
const OWNER = person('owner@glow-laser-clinic.example');
const STAFF = person('layla@glow-laser-clinic.example');
const MIN = 60_000;
const HOUR = 60 * MIN;

const call = (caller: Caller, data: Record<string, unknown>, assistant: Assistant = offlineAssistant) =>
  runAction(staffActions(assistant), deps, caller, data);

let conversationId: string;
let customerMessageId: string;

beforeEach(async () => {
  deps = memoryDeps();
  await seedDemo(deps);
  const created = await ingestMessage(deps, CLINIC, whatsappText('Hello, is anyone there?'));
  if (created.result !== 'created') throw new Error('expected a new conversation');
  conversationId = created.conversationId;
  customerMessageId = created.messageId;
});

const conversation = async () => (await deps.db.get(at.conversation(CLINIC, conversationId)))!;
const reply = (text: string, key: string, extra: Record<string, unknown> = {}) =>
  call(STAFF, { action: 'reply', businessId: CLINIC, conversationId, text, key, ...extra }) as Promise<{
    messageId: string;
    result: string;
    asTemplate: boolean;
  }>;
const outbox = () => ({
  ...deps,
  senderFor: sendersFor(sender),
  retry: { maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 },
});
let sender = fakeSender({ windowHours: 24 });
beforeEach(() => {
  sender = fakeSender({ windowHours: 24 });
});

describe('one staff-reply writer', () => {
  it('a dashboard reply retried with the same key is one message, one outbox item', async () => {
    const first = await reply('We are open until 8 pm.', 'abc-12345');
    const again = await reply('We are open until 8 pm.', 'abc-12345');
    expect(again).toEqual({ ...first, result: 'duplicate' });
    expect(first.messageId).toBe(staffReplyId(`dashboard:${STAFF.uid}:abc-12345`));
    const messages = Object.keys(deps.db.dump()).filter((p) => p.includes('/messages/staff-'));
    expect(messages).toHaveLength(1);
    const stored = await deps.db.get(at.message(CLINIC, first.messageId));
    expect(stored).toMatchObject({
      author: 'staff',
      via: 'dashboard',
      staff: { uid: STAFF.uid, name: 'Layla Haddad' },
    });
  });

  it('the staff bot and the dashboard write the same shape; the first to reply is the assignee', async () => {
    await sendStaffReply(deps, CLINIC, conversationId, {
      text: 'Hi, Rania here',
      staff: { uid: OWNER.uid, name: 'Dr. Rania' },
      via: 'telegram',
      key: 'telegram:1:2',
    });
    const { messageId } = await reply('And Layla too', 'def-12345');
    expect(await deps.db.get(at.message(CLINIC, staffReplyId('telegram:1:2')))).toMatchObject({
      via: 'telegram',
      staff: { uid: OWNER.uid },
    });
    expect(await deps.db.get(at.message(CLINIC, messageId))).toMatchObject({ via: 'dashboard' });
    expect(await conversation()).toMatchObject({
      owner: 'human',
      assignee: { uid: OWNER.uid, name: 'Dr. Rania' },
      handoff: { reason: 'staff' },
    });
  });
});

describe('assignee', () => {
  it('assigns to a member, refuses a stranger, and unassigns', async () => {
    await call(OWNER, { action: 'assign', businessId: CLINIC, conversationId, uid: STAFF.uid });
    expect(await conversation()).toMatchObject({ assignee: { uid: STAFF.uid, name: 'Layla Haddad' }, owner: 'ai' });
    await expect(
      call(OWNER, { action: 'assign', businessId: CLINIC, conversationId, uid: 'uid-nobody' }),
    ).rejects.toThrow('not a member');
    await call(STAFF, { action: 'assign', businessId: CLINIC, conversationId, uid: null });
    expect((await conversation()).assignee).toBeNull();
  });
});

describe('scheduled sends', () => {
  const inTwoHours = () => new Date(deps.now().getTime() + 2 * HOUR).toISOString();

  it('waits until its time, then the sweep sends it; nothing changes in the conversation before', async () => {
    const before = await conversation();
    const scheduled = await reply('Your results are ready', 'sched-001', { sendAt: inTwoHours() });
    expect(scheduled).toMatchObject({ result: 'scheduled', asTemplate: false });
    expect(await deps.db.get(at.message(CLINIC, scheduled.messageId))).toMatchObject({
      delivery: { status: 'queued' },
      scheduledFor: new Date(deps.now().getTime() + 2 * HOUR),
    });
    const after = await conversation();
    expect(after.owner).toBe(before.owner);
    expect(after.recent).toEqual(before.recent);

    // The outbox trigger fires at once: too early.
    expect(await deliverOutboxItem(outbox(), CLINIC, scheduled.messageId)).toMatchObject({ result: 'skipped' });
    deps.advance(HOUR);
    expect(await dueOutboxItems(deps)).toEqual([]);
    deps.advance(HOUR);
    expect(await dueOutboxItems(deps)).toEqual([{ businessId: CLINIC, outboxId: scheduled.messageId }]);
    expect(await deliverOutboxItem(outbox(), CLINIC, scheduled.messageId)).toMatchObject({ result: 'sent' });
    expect(sender.sent.map((m) => m.text)).toEqual(['Your results are ready']);
    // Sent, it joins the conversation: the AI reads it, and a person owns the conversation from then.
    const sent = await conversation();
    expect(sent).toMatchObject({
      owner: 'human',
      lastHumanAt: deps.now(),
      lastMessagePreview: 'Your results are ready',
    });
    expect(sent.recent.at(-1)).toMatchObject({
      author: 'staff',
      text: 'Your results are ready',
      messageId: scheduled.messageId,
    });
  });

  it('refuses a time after the 24-hour window closes, with the reason', async () => {
    const late = new Date(deps.now().getTime() + 30 * HOUR).toISOString();
    await expect(reply('Checking in', 'sched-002', { sendAt: late })).rejects.toThrow(
      /window closes at .*no approved template/,
    );
    await expect(
      reply('Checking in', 'sched-003', { sendAt: new Date(deps.now().getTime() + 1000).toISOString() }),
    ).rejects.toThrow('at least a minute');
    expect(Object.keys(deps.db.dump()).filter((p) => p.includes('/outbox/'))).toEqual([]);
  });

  it('is cancelled before it goes, and then never sent; a sent one cannot be cancelled', async () => {
    const { messageId } = await reply('See you tomorrow', 'sched-004', { sendAt: inTwoHours() });
    await call(STAFF, { action: 'cancelScheduled', businessId: CLINIC, messageId });
    expect(await deps.db.get(at.outboxItem(CLINIC, messageId))).toMatchObject({ state: 'cancelled', dueAt: null });
    expect(await deps.db.get(at.message(CLINIC, messageId))).toMatchObject({
      delivery: { status: 'cancelled', error: { message: 'Cancelled before it was sent by Layla Haddad' } },
    });
    deps.advance(3 * HOUR);
    expect(await deliverOutboxItem(outbox(), CLINIC, messageId)).toMatchObject({ result: 'skipped' });
    expect(sender.sent).toEqual([]);

    const second = await reply('See you soon', 'sched-005', {
      sendAt: new Date(deps.now().getTime() + 2 * MIN).toISOString(),
    });
    deps.advance(3 * MIN);
    await deliverOutboxItem(outbox(), CLINIC, second.messageId);
    await expect(
      call(STAFF, { action: 'cancelScheduled', businessId: CLINIC, messageId: second.messageId }),
    ).rejects.toThrow('Too late to cancel');
    await expect(
      call(STAFF, { action: 'cancelScheduled', businessId: CLINIC, messageId: customerMessageId }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('suggested Q&A', () => {
  /** A question the offline responder cannot answer: it hands the conversation to staff. */
  async function handedOver(question: string) {
    // A customer whose first message is the question.
    const inbound = await ingestMessage(deps, CLINIC, whatsappText(question));
    if (inbound.result !== 'created') throw new Error('expected a new conversation');
    conversationId = inbound.conversationId;
    const outcome = await replyToMessage({ ...deps, responder: offlineResponder }, CLINIC, inbound.messageId);
    expect(outcome).toMatchObject({ result: 'replied', handoff: true });
    expect((await conversation()).handoff?.reason).toBe('low_confidence');
    return inbound.messageId;
  }
  const suggestions = async () => deps.db.query(at.suggestedQa(CLINIC));
  const QUESTION = 'Can my sister wait in the treatment room with me?';

  it('a staff answer after a handoff is suggested once; accepting adds the Q&A entry the AI then uses', async () => {
    const questionId = await handedOver(QUESTION);
    await reply('Yes, one companion may stay with you.', 'ans-0001');
    await reply('Anything else I can help with?', 'ans-0002');
    const [suggestion, ...more] = await suggestions();
    expect(more).toEqual([]);
    expect(suggestion!.data).toMatchObject({
      question: QUESTION,
      questionMessageIds: [questionId],
      answer: 'Yes, one companion may stay with you.',
      handoffReason: 'low_confidence',
      state: 'open',
    });

    // Staff may not decide; the owner accepts an edited version.
    const accept = {
      action: 'acceptSuggestion',
      businessId: CLINIC,
      suggestionId: suggestion!.ref.id,
      qa: {
        id: 'companion-in-room',
        question: 'Can someone stay with me during treatment?',
        answer: 'Yes, one companion may stay.',
      },
    };
    await expect(call(STAFF, accept)).rejects.toMatchObject({ code: 'permission_denied' });
    const revision = (await deps.db.get(at.business(CLINIC)))!.revision;
    await call(OWNER, accept);
    expect((await deps.db.get(at.business(CLINIC)))!.revision).not.toBe(revision);
    const business = await loadBusinessContext(deps, CLINIC);
    expect(business.qa.find((q) => q.id === 'companion-in-room')).toMatchObject({
      answer: 'Yes, one companion may stay.',
    });
    expect((await suggestions())[0]!.data).toMatchObject({ state: 'accepted', qaId: 'companion-in-room' });
    await expect(call(OWNER, accept)).rejects.toThrow('accepted already');
  });

  it('keeps a question the AI nearly matched as another wording of the closest entry; the AI then answers it', async () => {
    const asked = 'do u have room for my car outside while im inside';
    await handedOver(asked);
    // The offline responder names the entries it found closest; the suggestion carries them.
    expect((await conversation()).handoff?.nearQa?.[0]).toBe('parking');
    await reply('Yes, free parking at the villa entrance.', 'ans-0005');
    const [suggestion] = await suggestions();
    expect(suggestion!.data.nearQa?.[0]).toBe('parking');

    const accept = { action: 'acceptSuggestion', businessId: CLINIC, suggestionId: suggestion!.ref.id };
    await expect(call(STAFF, { ...accept, alternateOf: 'parking', question: asked })).rejects.toMatchObject({
      code: 'permission_denied',
    });
    // A wording on several lines (a question sent in two messages) is kept on one.
    const kept = await call(OWNER, {
      ...accept,
      alternateOf: 'parking',
      question: `do u have room\n for my car outside while im inside `,
    });
    expect(kept).toMatchObject({ qaId: 'parking', added: true });
    const entry = (await loadBusinessContext(deps, CLINIC)).qa.find((q) => q.id === 'parking')!;
    expect(entry.alternates.at(-1)).toBe(asked);
    expect(entry.answer).toBeTruthy();
    expect((await suggestions())[0]!.data).toMatchObject({ state: 'accepted', qaId: 'parking', asAlternate: true });

    // The next customer who asks so is answered from the entry, without a person.
    const next = await ingestMessage(deps, CLINIC, whatsappText(asked));
    if (next.result !== 'created') throw new Error('expected a new conversation');
    const answered = await replyToMessage({ ...deps, responder: offlineResponder }, CLINIC, next.messageId);
    expect(answered).toMatchObject({ result: 'replied', handoff: false });
    if (answered.result !== 'replied') throw new Error('expected a reply');
    expect((await deps.db.get(at.message(CLINIC, answered.replyMessageId)))!.ai?.sources).toContain('parking');
  });

  it('adds a wording once, to an entry that exists, and says what is wrong with a bad one', async () => {
    await handedOver(QUESTION);
    await reply('Yes, one companion may stay with you.', 'ans-0006');
    const [suggestion] = await suggestions();
    const accept = { action: 'acceptSuggestion', businessId: CLINIC, suggestionId: suggestion!.ref.id };
    await expect(call(OWNER, { ...accept, alternateOf: 'no-such-entry', question: QUESTION })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(call(OWNER, { ...accept, alternateOf: 'parking', question: ' \n ' })).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Write the question first'),
    });
    expect((await suggestions())[0]!.data.state).toBe('open');
    const before = (await loadBusinessContext(deps, CLINIC)).qa.find((q) => q.id === 'parking')!;
    // Already the entry's own question (case, spacing and punctuation aside): nothing added, still decided.
    const question = typeof before.question === 'string' ? before.question : Object.values(before.question)[0]!;
    const same = await call(OWNER, { ...accept, alternateOf: 'parking', question: `  ${question.toUpperCase()}!! ` });
    expect(same).toMatchObject({ qaId: 'parking', added: false });
    const after = (await loadBusinessContext(deps, CLINIC)).qa.find((q) => q.id === 'parking')!;
    expect(after.alternates).toEqual(before.alternates);
    expect((await suggestions())[0]!.data.state).toBe('accepted');
  });

  it('is dismissed by an owner; a conversation staff took over on their own suggests nothing', async () => {
    await handedOver(QUESTION);
    await reply('Yes, you can.', 'ans-0003');
    const [suggestion] = await suggestions();
    await call(OWNER, { action: 'dismissSuggestion', businessId: CLINIC, suggestionId: suggestion!.ref.id });
    expect((await suggestions())[0]!.data.state).toBe('dismissed');

    await call(STAFF, { action: 'handBack', businessId: CLINIC, conversationId });
    await call(STAFF, { action: 'takeOver', businessId: CLINIC, conversationId });
    const c = await conversation();
    await ingestMessage(deps, CLINIC, whatsappText('What about aftercare lotion brands?', { userId: c.userId }));
    await reply('We use aloe.', 'ans-0004');
    expect(await suggestions()).toHaveLength(1);
  });
});

describe('try it', () => {
  it('answers with sources and stores nothing', async () => {
    const before = JSON.stringify(deps.db.dump());
    const answer = (await call(STAFF, {
      action: 'tryIt',
      businessId: CLINIC,
      question: 'How much is laser hair removal for full legs?',
    })) as { text: string; responder: string; sources: { id: string; kind: string; title: string }[] };
    expect(answer.responder).toMatch(/^offline/);
    expect(answer.text).toMatch(/\d/);
    expect(answer.sources.length).toBeGreaterThan(0);
    expect(answer.sources[0]!.title).not.toBe('');
    expect(JSON.stringify(deps.db.dump())).toBe(before);
  });

  it('runs the responder it is given with the request the pipeline would build', async () => {
    const seen: unknown[] = [];
    const assistant = testAssistant({
      responder: {
        name: 'recording',
        reply: async (request) => {
          seen.push(request);
          return { text: 'ok', language: 'en', confidence: 1, sources: [], responder: 'recording' };
        },
      },
    });
    await call(
      STAFF,
      { action: 'tryIt', businessId: CLINIC, question: '  Are you open on Sunday? ', language: 'ar' },
      assistant,
    );
    expect(seen[0]).toMatchObject({
      message: { text: 'Are you open on Sunday?', type: 'text' },
      contact: { language: 'ar' },
      history: [],
      messageId: undefined,
      conversationState: {},
      business: { id: CLINIC },
    });
  });
});

describe('try it with the LLM engine', () => {
  let fakes: Fakes;
  beforeAll(async () => {
    fakes = await startFakes();
  });
  afterAll(() => fakes.close());

  it('shows the tool calls and the provider that answered, as the engine made them', async () => {
    fakes.vendors.anthropic.script({ tools: [{ name: 'list_services', input: { query: 'full legs' } }] }, (view) => ({
      text: view.toolResults[0]?.includes('full-legs') ? 'Full legs is on our price list.' : 'no result',
    }));
    const answer = (await call(
      STAFF,
      { action: 'tryIt', businessId: CLINIC, question: 'How much is full legs?' },
      testAssistant({ responder: engineFor(fakes, { anthropic: true }) }),
    )) as {
      text: string;
      responder: string;
      toolCalls: { name: string; ok: boolean; arguments: string }[];
      attempts: { provider: string; outcome: string }[];
    };
    expect(answer.text).toBe('Full legs is on our price list.');
    expect(answer.responder).toMatch(/^anthropic:/);
    expect(answer.toolCalls).toMatchObject([{ name: 'list_services', ok: true }]);
    expect(JSON.parse(answer.toolCalls[0]!.arguments)).toEqual({ query: 'full legs' });
    expect(answer.attempts[0]).toMatchObject({ provider: 'anthropic', outcome: 'answered' });
    // What it cost counts in the day's LLM spend (and so the daily budget), apart from customer replies.
    const today = await deps.db.get(at.dailyUsage(CLINIC, localDate(deps.now(), 'Asia/Dubai')));
    expect(today?.replies ?? 0).toBe(0);
    expect(today?.assistant?.tryIt?.calls).toBe(2);
    expect(today?.costUsd).toBeGreaterThan(0);
    expect(today?.byProvider.anthropic?.costUsd).toBe(today?.costUsd);
  });
});

describe('translation', () => {
  let fake: FakeAnthropic;
  beforeAll(async () => {
    fake = await startFakeAnthropic();
  });
  afterAll(() => fake.close());

  it('is unavailable without an LLM key, and says so', async () => {
    expect(await call(STAFF, { action: 'assistantStatus', businessId: CLINIC })).toEqual({ translation: false });
    await expect(
      call(STAFF, { action: 'translate', businessId: CLINIC, text: 'hola', to: 'en' }),
    ).rejects.toMatchObject({
      code: 'failed_precondition',
      message: expect.stringContaining('no LLM key'),
    });
  });

  it('translates through the provider, with no tools, the text as the customer turn', async () => {
    const model = anthropicProvider({ apiKey: FAKE_ANTHROPIC_KEY, baseURL: fake.url, model: 'claude-sonnet-5-5' });
    const assistant = testAssistant({ model });
    fake.script((view) => ({
      text: view.lastUserText.includes('¿Abren el domingo?') ? 'Are you open on Sunday?' : '??',
    }));
    expect(await call(STAFF, { action: 'assistantStatus', businessId: CLINIC }, assistant)).toEqual({
      translation: true,
    });
    const result = await call(
      STAFF,
      { action: 'translate', businessId: CLINIC, text: '¿Abren el domingo?', to: 'en' },
      assistant,
    );
    expect(result).toEqual({ text: 'Are you open on Sunday?', to: 'en', by: 'anthropic:claude-sonnet-5-5' });
    expect(fake.calls.at(-1)?.tools).toBeUndefined();
    expect(JSON.stringify(fake.calls.at(-1)?.messages)).toContain('Translate into English (en)');
    const today = await deps.db.get(at.dailyUsage(CLINIC, localDate(deps.now(), 'Asia/Dubai')));
    expect(today?.assistant?.translation).toMatchObject({ calls: 1, costUsd: expect.any(Number) });
    expect(today?.assistant?.translation?.costUsd).toBeGreaterThan(0);
    expect(today?.calls).toBe(1);
  });

  it('a provider failure is a clear refusal without the vendor’s words', async () => {
    const model = anthropicProvider({ apiKey: FAKE_ANTHROPIC_KEY, baseURL: fake.url, model: 'claude-sonnet-5-5' });
    fake.script({ error: { status: 529, type: 'overloaded_error', message: 'Overloaded secret-ish detail' } });
    const failed = call(
      STAFF,
      { action: 'translate', businessId: CLINIC, text: 'hola', to: 'en' },
      testAssistant({ model }),
    );
    await expect(failed).rejects.toThrow('did not come back');
    await expect(failed).rejects.not.toThrow('secret-ish');
  });
});
