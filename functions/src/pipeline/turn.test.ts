/**
 * Bursts on the in-memory store: a quiet window per conversation, a newer
 * message superseding it, one reply to all of them — and the races the
 * emulator cannot show (it runs triggers and tasks one at a time).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { offlineResponder } from '../responders/offline/offline.js';
import type { ReplyRequest, ReplyResult, Responder } from '../responders/responder.js';
import { at, defs } from '../store/collections.js';
import { group } from '../store/database.js';
import { dueWorkItems } from '../store/work-item.js';
import { MemoryTurnScheduler } from '../testing/memory-scheduler.js';
import { CLINIC, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { ingestMessage } from './ingest.js';
import { REPLY_POLICY, replyToMessage } from './reply.js';
import { runTurn, startTurn, type TurnDeps } from './turn-scheduler.js';

let deps: MemoryDeps;
let scheduler: MemoryTurnScheduler;
beforeEach(async () => {
  deps = memoryDeps();
  scheduler = new MemoryTurnScheduler(deps.now);
  await seedDemo(deps);
});

/** A responder that records what it was asked, answering like the offline responder (or holding until released). */
function spyResponder() {
  const requests: ReplyRequest[] = [];
  let gate: Promise<void> | undefined;
  let open: () => void = () => undefined;
  const responder: Responder & { requests: ReplyRequest[]; hold(): void; release(): void } = {
    name: 'spy',
    requests,
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
    async reply(request): Promise<ReplyResult> {
      requests.push(request);
      if (gate) await gate;
      return {
        text: `answer to: ${request.message.text}`,
        language: 'en',
        confidence: 0.9,
        sources: [],
        responder: 'spy',
      };
    },
  };
  return responder;
}

const turnDeps = (responder: Responder = offlineResponder): TurnDeps => ({ ...deps, responder, scheduler });

let user = '';
async function say(text: string, extra = {}) {
  const outcome = await ingestMessage(deps, CLINIC, whatsappText(text, { userId: user, ...extra }));
  if (outcome.result !== 'created') throw new Error('expected a new message');
  return outcome.messageId;
}

beforeEach(() => {
  user = `97150${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
});

const replies = async () =>
  (await deps.db.query(at.messages(CLINIC), { where: [['direction', '==', 'out']] }))
    .map((d) => d.data)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
const message = async (id: string) => (await deps.db.get(at.message(CLINIC, id)))!;

describe('a burst of messages', () => {
  it('gets one reply to all of them once the customer pauses', async () => {
    const responder = spyResponder();
    const ids: string[] = [];
    for (const text of ['hi', 'how much is full legs?', 'and do you open on Saturday?']) {
      const id = await say(text);
      ids.push(id);
      expect(await startTurn(turnDeps(responder), CLINIC, id)).toEqual({ result: 'scheduled', inSeconds: 3 });
      deps.advance(1_000);
    }
    // Nothing is answered inside the window.
    expect(scheduler.due()).toHaveLength(1);
    deps.advance(2_000);
    const outcomes = [];
    for (const task of scheduler.due()) {
      task.ran = true;
      outcomes.push(await runTurn(turnDeps(responder), task.task));
    }
    expect(outcomes.map((o) => o.result)).toEqual(['deferred', 'deferred', 'replied']);
    const all = await replies();
    expect(all).toHaveLength(1);
    expect(all[0]!.ai).toMatchObject({ inReplyTo: ids[2], answers: ids });
    expect(responder.requests).toHaveLength(1);
    expect(responder.requests[0]!.message.text).toBe('hi\nhow much is full legs?\nand do you open on Saturday?');
    expect(responder.requests[0]!.history).toEqual([]);
    for (const id of ids) {
      expect((await message(id)).processing).toMatchObject({ state: 'done', replyMessageId: `${ids[2]}-reply` });
    }
    const conversation = await deps.db.get(at.conversation(CLINIC, all[0]!.conversationId));
    expect(conversation!.replying).toBeNull();
  });

  it('answers once whatever order the turns run in, and when they all run at the same moment', async () => {
    for (const order of ['as-scheduled', 'reversed'] as const) {
      user = `97155${order.length}${Math.floor(Math.random() * 1e6)}`;
      scheduler.tasks.length = 0;
      const ids = [await say('first'), await say('second'), await say('third'), await say('fourth')];
      for (const id of ids) await startTurn(turnDeps(), CLINIC, id);
      deps.advance(5_000);
      const outcomes = await scheduler.runDue((task) => runTurn(turnDeps(), task), order);
      // Of racing turns, one writes the reply; the others step aside, wait for its lock, or find their message answered.
      expect(outcomes.filter((o) => o.result === 'replied')).toHaveLength(1);
      // Rescheduled waits find the turn answered.
      deps.advance(60_000);
      await scheduler.runDue((task) => runTurn(turnDeps(), task));
      const mine = (await replies()).filter((r) => ids.includes(r.ai!.inReplyTo));
      expect(mine).toHaveLength(1);
      expect(mine[0]!.ai!.answers).toEqual(ids);
      for (const id of ids) expect((await message(id)).processing!.state).toBe('done');
    }
  });

  it('a message written while the previous reply is being composed waits for it, then gets its own reply', async () => {
    const responder = spyResponder();
    const first = await say('How much is full legs?');
    await startTurn(turnDeps(responder), CLINIC, first);
    deps.advance(3_000);
    responder.hold();
    const firstTurn = runTurn(turnDeps(responder), scheduler.due()[0]!.task);
    scheduler.due()[0]!.ran = true;
    while (responder.requests.length === 0) await new Promise((r) => setImmediate(r));

    const second = await say('and underarms?');
    await startTurn(turnDeps(responder), CLINIC, second);
    deps.advance(3_000);
    const [waiting] = await scheduler.runDue((task) => runTurn(turnDeps(responder), task));
    expect(waiting).toMatchObject({ result: 'deferred', busyUntil: expect.any(Date) });
    expect(scheduler.tasks.at(-1)!.key).toBe(`turn-${second}-1`);

    responder.release();
    expect(await firstTurn).toMatchObject({ result: 'replied' });
    deps.advance(2_000);
    await scheduler.runDue((task) => runTurn(turnDeps(responder), task));
    const all = await replies();
    expect(all.map((r) => r.ai!.answers)).toEqual([[first], [second]]);
    // The second reply was written knowing the first.
    expect(responder.requests[1]!.history.map((t) => t.author)).toEqual(['customer', 'ai']);
  });

  it('a turn dispatched before its time waits for it (the emulator runs tasks at once), so the burst still gets one reply', async () => {
    const waits: number[] = [];
    const eager: TurnDeps = {
      ...turnDeps(),
      // Sleeping moves the test clock, as the real wait lets time pass.
      sleep: async (ms) => {
        waits.push(ms);
        deps.advance(ms);
      },
    };
    const first = await say('hi');
    await startTurn(eager, CLINIC, first);
    const second = await say('how much is full legs?');
    await startTurn(eager, CLINIC, second);
    // Both tasks run now, though due in 3 s: each waits its time first.
    const [a, b] = scheduler.tasks.map((t) => t.task);
    const outcomes = [await runTurn(eager, a!), await runTurn(eager, b!)];
    expect(waits).toEqual([3_000]);
    expect(outcomes.map((o) => o.result)).toEqual(['deferred', 'replied']);
    expect((await replies())[0]!.ai!.answers).toEqual([first, second]);
  });

  it('a redelivered trigger schedules the turn once', async () => {
    const id = await say('hello');
    await startTurn(turnDeps(), CLINIC, id);
    await startTurn(turnDeps(), CLINIC, id);
    expect(scheduler.tasks).toHaveLength(1);
  });

  it('answers at once when the scheduler fails, and with no quiet window', async () => {
    scheduler.failNext();
    const id = await say('hello');
    expect(await startTurn(turnDeps(), CLINIC, id)).toMatchObject({ result: 'replied' });
    expect(deps.lines.some((l) => l.message.includes('answering at once'))).toBe(true);

    await seedDemo(deps, CLINIC, (p) => {
      (p.settings as Record<string, unknown>).conversation = { quietSeconds: 0 };
    });
    const next = await say('and your address?');
    expect(await startTurn(turnDeps(), CLINIC, next)).toMatchObject({ result: 'replied' });
    expect(scheduler.tasks).toHaveLength(0);
  });

  it('a reaction after a question neither swallows the question nor gets a reply', async () => {
    const question = await say('Do you have female therapists?');
    const reaction = await say('', { content: { type: 'reaction', emoji: '👍', toProviderMessageId: 'wamid.x' } });
    await startTurn(turnDeps(), CLINIC, question);
    expect(await startTurn(turnDeps(), CLINIC, reaction)).toEqual({ result: 'skipped', why: 'reaction' });
    deps.advance(3_000);
    await scheduler.runDue((task) => runTurn(turnDeps(), task));
    const all = await replies();
    expect(all).toHaveLength(1);
    expect(all[0]!.ai!.answers).toEqual([question]);
    expect((await message(reaction)).processing!.state).toBe('skipped');
  });

  it('when no turn ever runs, the sweep answers the burst once', async () => {
    const ids = [await say('one'), await say('two')];
    deps.advance(3 * 60_000);
    const due = await dueWorkItems(deps.db, group(defs.messages), 'processing.', deps.now());
    expect(due.map((d) => d.ref.id).sort()).toEqual([...ids].sort());
    const outcomes = await Promise.all(due.map((d) => replyToMessage(turnDeps(), CLINIC, d.ref.id)));
    expect(outcomes.filter((o) => o.result === 'replied')).toHaveLength(1);
    expect((await replies())[0]!.ai!.answers).toEqual(ids);
  });

  it('a turn whose worker died is taken over, with the messages it held', async () => {
    const never: Responder = { name: 'never', reply: () => new Promise<ReplyResult>(() => undefined) };
    const first = await say('first');
    void replyToMessage(turnDeps(never), CLINIC, first);
    await new Promise((r) => setTimeout(r, 5));
    const second = await say('second');
    expect(await replyToMessage(turnDeps(), CLINIC, second)).toMatchObject({ result: 'deferred' });
    deps.advance(REPLY_POLICY.leaseMs + 1);
    expect(await replyToMessage(turnDeps(), CLINIC, second)).toMatchObject({ result: 'replied' });
    expect((await replies())[0]!.ai!.answers).toEqual([first, second]);
  });

  it('a turn that fails for good fails every message of it, visibly', async () => {
    const failing: Responder = {
      name: 'failing',
      reply: async () => {
        throw new Error('model exploded');
      },
    };
    const ids = [await say('one'), await say('two')];
    for (let i = 0; i < REPLY_POLICY.maxAttempts; i++) {
      await replyToMessage(turnDeps(failing), CLINIC, ids[1]!);
      deps.advance(15 * 60_000);
    }
    for (const id of ids) expect((await message(id)).processing!.state).toBe('failed');
    const conversation = await deps.db.get(at.conversation(CLINIC, (await message(ids[0]!)).conversationId));
    expect(conversation).toMatchObject({ owner: 'human', replying: null });
  });
});
