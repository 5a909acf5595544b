/**
 * What the channel contract (channel.contract.ts) checks events against, and
 * how it mutates fixtures for its fuzz test.
 */
import { z } from 'zod';

// ------------------------------------------------------------ event schema

export function inboundEventSchema(channel: string) {
  const id = z
    .string()
    .min(1)
    .refine((s) => s.trim() !== '', 'blank id');
  const date = z.date().refine((d) => !Number.isNaN(d.getTime()), 'invalid date');
  const optionalText = z.string().optional();
  const media = z
    .object({
      providerMediaId: id.optional(),
      url: optionalText,
      mimeType: optionalText,
      fileName: optionalText,
      sha256: optionalText,
    })
    .strict()
    .refine((m) => m.providerMediaId !== undefined || m.url !== undefined, 'media without id or url');
  const content = z.union([
    z.object({ type: z.literal('text'), text: z.string() }).strict(),
    z.object({ type: z.enum(['image', 'video', 'document', 'sticker']), media, caption: optionalText }).strict(),
    z.object({ type: z.literal('audio'), media, voice: z.boolean() }).strict(),
    z
      .object({
        type: z.literal('location'),
        latitude: z.number().min(-90).max(90),
        longitude: z.number().min(-180).max(180),
        name: optionalText,
        address: optionalText,
      })
      .strict(),
    z.object({ type: z.literal('interactive'), replyId: id, title: z.string() }).strict(),
    z.object({ type: z.literal('reaction'), emoji: z.string(), toProviderMessageId: id }).strict(),
    z.object({ type: z.literal('unsupported'), providerType: id, summary: id }).strict(),
  ]);
  const common = { channel: z.literal(channel), accountId: id, userId: id, providerMessageId: id, timestamp: date };
  return z.union([
    z
      .object({
        kind: z.literal('message'),
        ...common,
        userName: optionalText,
        content,
        echo: z.boolean().optional(),
        providerThreadId: id.optional(),
      })
      .strict(),
    z
      .object({
        kind: z.literal('status'),
        ...common,
        status: z.enum(['sent', 'delivered', 'read', 'failed']),
        error: z.object({ code: id, message: z.string() }).strict().optional(),
        callbackData: id.optional(),
      })
      .strict(),
  ]);
}

// ------------------------------------------------------------ fuzzing

type Random = () => number;

/** mulberry32: a tiny seeded PRNG, so a failing mutation can be reproduced. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const HUGE = 'Ω𝔘x'.repeat(10_000);
const WRONG_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  '',
  ' ',
  'x',
  '-1',
  'NaN',
  '9999999999999999999999',
  '__proto__',
  'constructor',
  [],
  {},
  [null],
  [[]],
  { id: '' },
  { type: 'text' },
  HUGE,
];

export function mutate(body: string, random: Random): Buffer {
  const bytes = Buffer.from(body, 'utf8');
  switch (Math.floor(random() * 6)) {
    case 0:
      return bytes.subarray(0, Math.floor(random() * bytes.length));
    case 1: {
      const copy = Buffer.from(bytes);
      const flips = 1 + Math.floor(random() * 8);
      for (let i = 0; i < flips && copy.length > 0; i += 1) {
        copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
      }
      return copy;
    }
    default:
      return Buffer.from(mutateJson(body, random), 'utf8');
  }
}

/** Replaces, deletes or floods one node of the parsed JSON, then serialises it again. */
function mutateJson(body: string, random: Random): string {
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch {
    return body;
  }
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        nodes.push({ parent: node, key: index });
        walk(child);
      });
    } else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        nodes.push({ parent: record, key });
        walk(record[key]);
      }
    }
  };
  walk(root);
  if (nodes.length === 0) return JSON.stringify(pick(random, WRONG_VALUES));
  const target = pick(random, nodes);
  const action = Math.floor(random() * 4);
  if (Array.isArray(target.parent)) {
    const index = target.key as number;
    if (action === 0) target.parent.splice(index, 1);
    else if (action === 1) target.parent.push(structuredClone(target.parent[index]));
    else target.parent[index] = pick(random, WRONG_VALUES);
  } else {
    const key = target.key as string;
    if (action === 0) Reflect.deleteProperty(target.parent, key);
    else if (action === 1) target.parent[key] = HUGE;
    else target.parent[key] = pick(random, WRONG_VALUES);
  }
  return JSON.stringify(root);
}
