/**
 * The tool registry (one zod definition → JSON Schema for every provider,
 * arguments validated before anything runs) and each tool on the fixture
 * clinic.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CLOSED_NOW, OPEN_NOW, fixtureBusiness } from '../../fixture.test-helper.js';
import { offlineKnowledgeSearch } from '../knowledge.js';
import { DEFAULT_TOOLS } from './index.js';
import { runToolCall, toolSpecs } from './registry.js';
import { defineTool, type ToolContext } from './tool.js';

const ctx = (over: Partial<ToolContext> = {}): ToolContext => ({
  business: fixtureBusiness(),
  now: OPEN_NOW,
  language: 'en',
  contact: {},
  knowledge: offlineKnowledgeSearch,
  ...over,
});

const call = async (name: string, input: unknown, context = ctx()) => {
  const outcome = await runToolCall(DEFAULT_TOOLS, name, input, context);
  return { ...outcome, json: JSON.parse(outcome.content.replace(/… \(truncated\)$/, '')) as Record<string, unknown> };
};

describe('toolSpecs', () => {
  it('gives every default tool an object JSON Schema without the $schema key', () => {
    for (const spec of toolSpecs(DEFAULT_TOOLS)) {
      expect(spec.parameters.type, spec.name).toBe('object');
      expect(spec.parameters).not.toHaveProperty('$schema');
      expect(spec.description.length, spec.name).toBeGreaterThan(40);
    }
  });

  it('converts a zod schema with its constraints and descriptions', () => {
    const tool = defineTool({
      name: 'check_slot',
      description: 'Checks a slot.',
      input: z.strictObject({
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .describe('YYYY-MM-DD'),
        people: z.number().int().min(1).max(4).optional(),
      }),
      run: () => ({ content: {}, summary: '' }),
    });
    expect(toolSpecs([tool])[0]!.parameters).toEqual({
      type: 'object',
      properties: {
        date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' },
        people: { type: 'integer', minimum: 1, maximum: 4 },
      },
      required: ['date'],
      additionalProperties: false,
    });
  });

  it('gives the same spec object for the same tool (the prefix stays byte-identical)', () => {
    expect(toolSpecs(DEFAULT_TOOLS)[0]).toBe(toolSpecs(DEFAULT_TOOLS)[0]);
  });
});

describe('runToolCall', () => {
  let runs = 0;
  const counted = defineTool({
    name: 'counted',
    description: 'Counts its runs.',
    input: z.strictObject({ n: z.number().int().positive() }),
    run: ({ n }) => {
      runs += 1;
      return { content: { doubled: n * 2 }, summary: `doubled ${n}`, amounts: [n * 2] };
    },
  });
  const approval = defineTool({
    name: 'refund',
    description: 'Refunds a deposit.',
    input: z.strictObject({ amount: z.number().positive() }),
    needsApproval: ({ amount }) => amount > 100,
    run: ({ amount }) => ({ content: { refunded: amount }, summary: `refunded ${amount}` }),
  });
  const broken = defineTool({
    name: 'broken',
    description: 'Always fails.',
    input: z.strictObject({}),
    run: () => {
      throw new Error('calendar unreachable');
    },
  });
  const tools = [counted, approval, broken];

  it.each<[string, string, unknown, RegExp]>([
    ['an unknown tool', 'nope', {}, /^unknown tool nope$/],
    ['arguments that are not JSON', 'counted', '{"n": 2', /^arguments are not JSON$/],
    ['a wrong type', 'counted', { n: 'two' }, /^invalid arguments: n /],
    ['an unknown field', 'counted', { n: 2, admin: true }, /^invalid arguments: /],
    ['a missing field', 'counted', {}, /^invalid arguments: n /],
  ])('answers %s with an error the model can read, and runs nothing', async (_, name, input, summary) => {
    runs = 0;
    const outcome = await runToolCall(tools, name, input, ctx());
    expect(outcome).toMatchObject({ ok: false, isError: true, failed: false, effects: [] });
    expect(outcome.summary).toMatch(summary);
    expect(JSON.parse(outcome.content)).toHaveProperty('error');
    expect(runs).toBe(0);
  });

  it('runs a valid call, from an object or a JSON string', async () => {
    runs = 0;
    expect(await runToolCall(tools, 'counted', { n: 2 }, ctx())).toMatchObject({
      ok: true,
      summary: 'doubled 2',
      amounts: [4],
    });
    expect(await runToolCall(tools, 'counted', '{"n":3}', ctx())).toMatchObject({ ok: true, content: '{"doubled":6}' });
    expect(runs).toBe(2);
  });

  it('passes a call that needs approval on as an approval effect instead of running it', async () => {
    const small = await runToolCall(tools, 'refund', { amount: 50 }, ctx());
    expect(small.summary).toBe('refunded 50');
    const big = await runToolCall(tools, 'refund', { amount: 500 }, ctx());
    expect(big).toMatchObject({
      ok: true,
      summary: 'refund sent for approval',
      effects: [{ kind: 'approval', tool: 'refund', input: { amount: 500 } }],
    });
    expect(JSON.parse(big.content)).toMatchObject({ pendingApproval: true });
  });

  it('reports a tool that throws as failed, without its error text reaching the model', async () => {
    const outcome = await runToolCall(tools, 'broken', {}, ctx());
    expect(outcome).toMatchObject({ ok: false, failed: true, isError: true });
    expect(outcome.summary).toContain('calendar unreachable');
    expect(outcome.content).not.toContain('calendar unreachable');
  });
});

describe('the default tools on the fixture clinic', () => {
  it('search_knowledge finds the Q&A and answers in the customer’s language', async () => {
    const fr = await call('search_knowledge', { query: 'vous avez un parking ?' }, ctx({ language: 'fr' }));
    expect(fr.json.results).toEqual([
      expect.objectContaining({ kind: 'qa', id: 'parking', language: 'fr', text: expect.stringContaining('B1') }),
    ]);
    expect(fr.sources).toEqual(['parking']);
    const none = await call('search_knowledge', { query: 'helicopter landing pad' });
    expect(none.json.results).toEqual([]);
  });

  it('list_services gives the named service with its variants, prices and deposit', async () => {
    const legs = await call('list_services', { query: 'full legs' });
    expect(legs.json.currency).toBe('AED');
    const [service] = legs.json.services as {
      id: string;
      deposit: number;
      variants: { id: string; price: number }[];
    }[];
    expect(service!.id).toBe('laser-hair-removal');
    expect(service!.deposit).toBe(100);
    expect(service!.variants).toContainEqual(
      expect.objectContaining({ id: 'full-legs', price: 600, durationMinutes: 60 }),
    );
    const all = await call('list_services', {});
    expect((all.json.services as unknown[]).length).toBe(3);
  });

  it('list_services names services in the customer’s language', async () => {
    const ar = await call('list_services', { query: 'هيدرافيشل' }, ctx({ language: 'ar' }));
    expect(ar.json.services).toEqual([expect.objectContaining({ id: 'hydrafacial', name: 'هيدرافيشل', price: 450 })]);
  });

  it.each<[string, Record<string, unknown>, Date, Record<string, unknown>]>([
    [
      'today, open',
      {},
      OPEN_NOW,
      {
        openNow: true,
        openNowUntil: '21:00',
        days: [expect.objectContaining({ date: '2025-01-06', hours: [{ open: '10:00', close: '21:00' }] })],
      },
    ],
    ['today, closed', {}, CLOSED_NOW, { openNow: false, nextOpening: '2025-01-07 10:00 (tue)' }],
    [
      'a Friday',
      { date: '2025-01-10' },
      OPEN_NOW,
      { days: [expect.objectContaining({ weekday: 'fri', hours: [{ open: '14:00', close: '21:00' }] })] },
    ],
    [
      'a holiday',
      { date: '2025-03-30' },
      OPEN_NOW,
      { days: [expect.objectContaining({ hours: [], holiday: 'Eid al-Fitr' })] },
    ],
    [
      'several days',
      { date: '2025-03-29', days: 3 },
      OPEN_NOW,
      {
        days: [
          expect.objectContaining({ date: '2025-03-29' }),
          expect.objectContaining({ date: '2025-03-30', hours: [] }),
          expect.objectContaining({ date: '2025-03-31' }),
        ],
      },
    ],
  ])('opening_hours: %s', async (_, input, now, expected) => {
    const result = await call('opening_hours', input, ctx({ now }));
    expect(result.ok).toBe(true);
    expect(result.json).toMatchObject({ timezone: 'Asia/Dubai', ...expected });
  });

  it('get_policies gives a policy in the customer’s language, and says so when an id is unknown', async () => {
    const fr = await call('get_policies', { id: 'cancellation' }, ctx({ language: 'fr' }));
    expect(fr.json.policies).toEqual([
      expect.objectContaining({ id: 'cancellation', language: 'fr', text: expect.stringContaining('24 heures') }),
    ]);
    const unknown = await call('get_policies', { id: 'refunds' });
    expect(unknown).toMatchObject({ ok: false, isError: true });
    expect(unknown.json).toMatchObject({ known: ['cancellation'] });
  });

  it('remember_contact returns a validated memory patch as an effect', async () => {
    const ok = await call('remember_contact', { pet: { name: 'Milo', species: 'dog', size: 'small' } });
    expect(ok.effects).toEqual([{ kind: 'remember', patch: { pet: { name: 'Milo', species: 'dog', size: 'small' } } }]);
    const bad = await call('remember_contact', { pet: { name: 'Milo', size: 'huge' } });
    expect(bad).toMatchObject({ ok: false, effects: [] });
  });

  it('handoff_to_staff returns the handoff with its reason as an effect', async () => {
    const result = await call('handoff_to_staff', { reason: 'complaint', detail: 'burn after last session' });
    expect(result.effects).toEqual([{ kind: 'handoff', reason: 'complaint', detail: 'burn after last session' }]);
    const bad = await call('handoff_to_staff', { reason: 'bored', detail: 'x' });
    expect(bad.ok).toBe(false);
  });
});
