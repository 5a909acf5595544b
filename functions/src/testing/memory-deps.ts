/**
 * The pipelines' dependencies for unit tests: the in-memory database and
 * media store, a clock the test moves, a log that keeps what was said, and
 * the demo businesses seeded through the real profile loader.
 */
import { readFileSync } from 'node:fs';
import type { Sender } from '../channels/channel.js';
import type { ChannelType } from '../domain/business.js';
import type { InboundMessageEvent, OutboundMessage, SendResult } from '../domain/message.js';
import type { Log } from '../log.js';
import { MemoryMediaStore } from '../media/memory.js';
import { type StaffAccounts, loadProfile, loadSecrets } from '../profile/load.js';
import { digest } from '../store/ids.js';
import { MemoryDatabase } from '../store/memory.js';

export const CLINIC = 'glow-laser-clinic';
export const GROOMER = 'happy-paws-grooming';
export const CLINIC_PHONE_ID = '100000000000001';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

export function memoryDeps(start = new Date('2026-12-01T10:00:00Z')) {
  let clock = start.getTime();
  const lines: LogLine[] = [];
  const log: Log = {
    info: (message, fields) => void lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => void lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => void lines.push({ level: 'error', message, fields }),
  };
  return {
    db: new MemoryDatabase(),
    media: new MemoryMediaStore(),
    log,
    lines,
    now: () => new Date(clock),
    /** Moves the clock forward. */
    advance(ms: number) {
      clock += ms;
    },
    webhookNoteEveryMs: 0 as number | undefined,
  };
}

export type MemoryDeps = ReturnType<typeof memoryDeps>;

/** Staff accounts without Firebase Auth: a stable uid per email. */
export const fakeStaffAccounts: StaffAccounts = { uidFor: async (email) => `uid-${digest(email, 12)}` };

export function demoProfile(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../demo/${id}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** Seeds a demo business (and the clinic's WhatsApp token) as `npm run seed` would. */
export async function seedDemo(deps: MemoryDeps, id = CLINIC, edit?: (profile: Record<string, unknown>) => void) {
  const profile = demoProfile(id);
  edit?.(profile);
  await loadProfile(deps.db, fakeStaffAccounts, profile);
  if (id === CLINIC) {
    await loadSecrets(deps.db, CLINIC, { channels: { 'whatsapp-meta': { accessToken: 'test-clinic-token' } } });
  }
}

let counter = 0;

/** A WhatsApp text from a customer of the clinic (new customer unless `from` is given). */
export function whatsappText(text: string, options: Partial<InboundMessageEvent> = {}): InboundMessageEvent {
  counter += 1;
  return {
    kind: 'message',
    channel: 'whatsapp-meta',
    accountId: CLINIC_PHONE_ID,
    userId: `97150${String(1_000_000 + counter)}`,
    userName: 'Layla',
    providerMessageId: `wamid.test-${counter}-${Date.now()}`,
    timestamp: new Date('2026-12-01T09:59:00Z'),
    content: { type: 'text', text },
    ...options,
  };
}

/**
 * A scriptable channel sender: answers with ids, or fails as told; records
 * every message it was asked to send. `gate` holds sends until released.
 */
export function fakeSender(options: { windowHours?: number; confirmsByCallback?: boolean } = {}) {
  const sent: OutboundMessage[] = [];
  const failures: (() => Error)[] = [];
  let gate: Promise<void> | undefined;
  let open: () => void = () => undefined;
  const sender: Sender & {
    sent: OutboundMessage[];
    failNext(...errors: (() => Error)[]): void;
    hold(): void;
    release(): void;
  } = {
    serviceWindowHours: options.windowHours,
    confirmsByCallback: options.confirmsByCallback,
    sent,
    failNext: (...errors) => void failures.push(...errors),
    hold() {
      gate = new Promise((resolve) => (open = resolve));
    },
    release: () => open(),
    async send(message): Promise<SendResult> {
      sent.push(message);
      if (gate) await gate;
      const failure = failures.shift();
      if (failure) throw failure();
      return { providerMessageId: `wamid.sent-${sent.length}` };
    },
  };
  return sender;
}

export const sendersFor =
  (sender: Sender) =>
  (_channel: ChannelType): Sender =>
    sender;
