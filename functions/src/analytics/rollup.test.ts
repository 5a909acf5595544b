/**
 * Rollups on the in-memory store, over what the real pipelines stored: a
 * customer answered by the offline responder, one answered by staff, a
 * booking, the reply pipeline's usage totals; idempotent runs, recomputes,
 * the hourly schedule per time zone, and who may ask for a recompute.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ingestMessage } from '../pipeline/ingest.js';
import { replyToMessage } from '../pipeline/reply.js';
import { offlineResponder } from '../responders/offline/offline.js';
import { at } from '../store/collections.js';
import { collection, doc } from '../store/database.js';
import { digest } from '../store/ids.js';
import { offlineAssistant } from '../staff/assistant.test-helper.js';
import { staffActions } from '../staff/staff.js';
import type { Caller } from '../team/access.js';
import { runAction } from '../team/actions.js';
import { CLINIC, GROOMER, type MemoryDeps, memoryDeps, seedDemo, whatsappText } from '../testing/memory-deps.js';
import { analyticsActions } from './actions.js';
import { rollupDay, rollupDue } from './rollup.js';

const S = 1_000;
const MIN = 60 * S;
const person = (email: string): Caller => ({ uid: `uid-${digest(email, 12)}`, email });
const OWNER = person('owner@glow-laser-clinic.example');
const STAFF = person('layla@glow-laser-clinic.example');
/** Dubai's 2026-12-01 ends at 20:00Z; its rollup is final an hour later. */
const DAY = '2026-12-01';
const FINAL_AT = Date.parse('2026-12-01T21:00:00Z');

let deps: MemoryDeps;
const rawAppointments = collection<Record<string, unknown>>(
  { id: 'appointments', read: (d) => d as Record<string, unknown> },
  `businesses/${CLINIC}`,
);

async function customerWrites(text: string, userId?: string) {
  const created = await ingestMessage(deps, CLINIC, whatsappText(text, userId ? { userId } : {}));
  if (created.result !== 'created') throw new Error('expected a new message');
  return created;
}

beforeEach(async () => {
  deps = memoryDeps(new Date('2026-12-01T10:00:00Z')); // 14:00 in Dubai
  await seedDemo(deps);
  await seedDemo(deps, GROOMER);

  // The AI answers a customer 20 seconds after they wrote.
  const first = await customerWrites('How much are full legs?');
  deps.advance(20 * S);
  expect(await replyToMessage({ ...deps, responder: offlineResponder }, CLINIC, first.messageId)).toMatchObject({
    result: 'replied',
  });

  // Another customer waits 3 minutes for a person.
  deps.advance(MIN);
  const second = await customerWrites('Can I speak to someone about my invoice?');
  deps.advance(3 * MIN);
  await runAction(staffActions(offlineAssistant), deps, STAFF, {
    action: 'reply',
    businessId: CLINIC,
    conversationId: second.conversationId,
    text: 'Hi, Layla here.',
    key: 'rollup-reply-1',
  });

  // The AI booked an appointment; one appointment is not readable.
  const when = deps.now();
  await deps.db.set(doc(rawAppointments, 'a1'), {
    source: 'dialogue',
    status: 'confirmed',
    price: 450,
    currency: 'AED',
    payments: [{ amount: 100, at: when, reference: 'cs_1' }],
    refunds: [],
    history: [{ at: when, event: 'confirm', by: 'customer', from: 'held', to: 'confirmed' }],
    createdAt: when,
    updatedAt: when,
  });
  await deps.db.set(doc(rawAppointments, 'broken'), { source: 'carrier-pigeon', updatedAt: when });
});

describe('rollupDay', () => {
  it('stores the day under its date, from the stored messages, bookings and usage', async () => {
    deps.advance(FINAL_AT - deps.now().getTime());
    const metrics = await rollupDay(deps, CLINIC, DAY);
    expect(await deps.db.get(at.dailyMetrics(CLINIC, DAY))).toEqual(metrics);
    expect(metrics).toMatchObject({
      date: DAY,
      timezone: 'Asia/Dubai',
      conversations: { active: 2, new: 2 },
      messages: { inbound: 2, ai: 1, staff: 1, system: 0 },
      byChannel: { 'whatsapp-meta': { conversations: 2, newConversations: 2, inbound: 2, ai: 1, staff: 1 } },
      unanswered: { turns: 0, messages: 0 },
      bookings: { ai: 1, staff: 0, byCurrency: { AED: { booked: 450, depositsPaid: 100, refunded: 0 } } },
      llm: { replies: 1 },
    });
    expect(metrics.firstResponse.ai).toMatchObject({ count: 1, medianMs: 20 * S });
    expect(metrics.firstResponse.human).toMatchObject({ count: 1, medianMs: 3 * MIN });
    expect(
      deps.lines.some(
        (l) => l.message === 'analytics: appointment skipped' && String(l.fields?.path).endsWith('/broken'),
      ),
    ).toBe(true);
  });

  it('is idempotent, and a recompute sees what changed since', async () => {
    deps.advance(FINAL_AT - deps.now().getTime());
    const once = await rollupDay(deps, CLINIC, DAY);
    const twice = await rollupDay(deps, CLINIC, DAY);
    expect(twice).toEqual(once);
    expect(
      (await deps.db.query(collection({ id: 'dailyMetrics', read: (d) => d }, `businesses/${CLINIC}`))).length,
    ).toBe(1);

    const staffReply = (await deps.db.query(at.messages(CLINIC), { where: [['author', '==', 'staff']] }))[0]!;
    await deps.db.update(staffReply.ref, {
      delivery: { status: 'failed', at: deps.now(), error: { code: '131047', message: 'Re-engagement message' } },
    });
    deps.advance(MIN);
    const again = await rollupDay(deps, CLINIC, DAY);
    expect(again.failed.sends).toBe(1);
    expect(again.byChannel['whatsapp-meta']?.failedSends).toBe(1);
    expect(again.computedAt.getTime()).toBe(FINAL_AT + MIN);
  });

  it('refuses a day not over yet, a business that does not exist, a date that is not one', async () => {
    await expect(rollupDay(deps, CLINIC, DAY)).rejects.toThrow('2026-12-01 has not ended yet in Asia/Dubai');
    await expect(rollupDay(deps, 'no-such-business', '2026-11-30')).rejects.toThrow('There is no business');
    await expect(rollupDay(deps, CLINIC, '2026-02-30')).rejects.toThrow('is not a date');
    expect(await deps.db.get(at.dailyMetrics(CLINIC, DAY))).toBeUndefined();
  });
});

describe('rollupDue (the hourly schedule)', () => {
  it('computes each business’s last day in its own time zone once it is final, then leaves it', async () => {
    deps.advance(FINAL_AT - deps.now().getTime());
    const first = await rollupDue(deps);
    expect(first.failed).toEqual([]);
    // 21:00Z: Dubai's 1 December is final; in Chicago it is 15:00 on the 1st, so the 30th is the last day.
    expect(first.computed).toEqual([
      { businessId: CLINIC, date: '2026-12-01' },
      { businessId: CLINIC, date: '2026-11-30' },
      { businessId: GROOMER, date: '2026-11-30' },
      { businessId: GROOMER, date: '2026-11-29' },
    ]);
    expect((await deps.db.get(at.dailyMetrics(CLINIC, DAY)))?.messages.inbound).toBe(2);

    deps.advance(60 * MIN);
    const second = await rollupDue(deps);
    expect(second).toEqual({ computed: [], upToDate: 4, failed: [] });
  });

  it('recomputes a day computed before it was final', async () => {
    deps.advance(FINAL_AT - 30 * MIN - deps.now().getTime()); // 20:30Z: the day ended, the hour for late replies not yet
    await rollupDay(deps, CLINIC, DAY);
    deps.advance(30 * MIN);
    const report = await rollupDue(deps);
    expect(report.computed).toContainEqual({ businessId: CLINIC, date: DAY });
    expect((await deps.db.get(at.dailyMetrics(CLINIC, DAY)))?.computedAt.getTime()).toBe(FINAL_AT);
  });
});

describe('the analytics callable', () => {
  const call = (caller: Caller, data: Record<string, unknown>) => runAction(analyticsActions, deps, caller, data);

  it('an owner recomputes a past day; staff may not; the date is checked', async () => {
    deps.advance(FINAL_AT - deps.now().getTime());
    await expect(call(OWNER, { action: 'recompute', businessId: CLINIC, date: DAY })).resolves.toEqual({
      date: DAY,
      computedAt: new Date(FINAL_AT).toISOString(),
    });
    await expect(call(STAFF, { action: 'recompute', businessId: CLINIC, date: DAY })).rejects.toThrow('Only owners');
    await expect(call(OWNER, { action: 'recompute', businessId: CLINIC, date: 'yesterday' })).rejects.toThrow(
      'YYYY-MM-DD',
    );
    await expect(call(OWNER, { action: 'recompute', businessId: GROOMER, date: DAY })).rejects.toThrow('not a member');
  });
});
