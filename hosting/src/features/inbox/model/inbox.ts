/**
 * The inbox's decisions, as pure functions of the conversations and the
 * clock: who owns a conversation now, which ones wait for a person, the
 * order and the filters, when the AI resumes, and whether the channel's
 * window allows free text. Ownership and the window use the same domain code
 * as the functions (domain/ownership.ts, domain/service-window.ts), so the
 * dashboard shows what the server will do.
 */
import { effectiveOwner } from '../../../../../functions/src/domain/ownership';
import { serviceWindowDecision } from '../../../../../functions/src/domain/service-window';
import type { ChannelAccount, ChannelType } from '../../../../../functions/src/domain/business';
import { SERVICE_WINDOW_HOURS } from '../../../../../functions/src/domain/service-window';

/** The fields of a conversation these decisions read, in milliseconds. */
export interface ConversationFacts {
  id: string;
  channel: ChannelType;
  accountId: string;
  owner: 'ai' | 'human';
  contactName?: string | undefined;
  userId: string;
  handoffAtMs?: number | undefined;
  lastHumanAtMs?: number | undefined;
  lastInboundAtMs?: number | undefined;
  lastMessageAtMs: number;
  unread: number;
  assigneeUid?: string | undefined;
  labels: string[];
}

export function ownerNow(c: ConversationFacts, nowMs: number, quietMinutes: number): 'ai' | 'human' {
  return effectiveOwner(
    { owner: c.owner, lastHumanAtMs: c.lastHumanAtMs, handoffAtMs: c.handoffAtMs },
    nowMs,
    quietMinutes,
  );
}

/** A person owns it and the customer wrote last (or it was just handed to staff): someone should answer. */
export function needsPerson(c: ConversationFacts, nowMs: number, quietMinutes: number): boolean {
  if (ownerNow(c, nowMs, quietMinutes) !== 'human') return false;
  const lastHuman = c.lastHumanAtMs ?? 0;
  return (c.lastInboundAtMs ?? 0) > lastHuman || (c.handoffAtMs ?? 0) > lastHuman;
}

/** When the AI takes the conversation back, or undefined when it owns it now or only a hand-back returns it. */
export function aiResumesAtMs(c: ConversationFacts, nowMs: number, quietMinutes: number): number | undefined {
  if (ownerNow(c, nowMs, quietMinutes) !== 'human') return undefined;
  const since = Math.max(c.lastHumanAtMs ?? 0, c.handoffAtMs ?? 0);
  return since === 0 ? undefined : since + quietMinutes * 60_000;
}

export const VIEWS = ['needs-person', 'mine', 'ai', 'all'] as const;
export type InboxView = (typeof VIEWS)[number];

export interface InboxFilter {
  view: InboxView;
  channel?: ChannelType | undefined;
  label?: string | undefined;
  /** Matches the customer's name or their id on the channel (a phone number on WhatsApp). */
  search?: string | undefined;
}

const digits = (s: string) => s.replace(/\D/g, '');

export function matchesSearch(c: ConversationFacts, search: string): boolean {
  const q = search.trim().toLocaleLowerCase();
  if (!q) return true;
  if (c.contactName?.toLocaleLowerCase().includes(q)) return true;
  if (c.userId.toLocaleLowerCase().includes(q)) return true;
  const d = digits(q);
  return d.length >= 3 && digits(c.userId).includes(d);
}

export function applyFilter(
  list: ConversationFacts[],
  filter: InboxFilter,
  me: string,
  nowMs: number,
  quietMinutes: number,
): ConversationFacts[] {
  return sortForInbox(
    list.filter((c) => {
      if (filter.channel && c.channel !== filter.channel) return false;
      if (filter.label && !c.labels.includes(filter.label)) return false;
      if (filter.search && !matchesSearch(c, filter.search)) return false;
      switch (filter.view) {
        case 'needs-person':
          return needsPerson(c, nowMs, quietMinutes);
        case 'mine':
          return c.assigneeUid === me && ownerNow(c, nowMs, quietMinutes) === 'human';
        case 'ai':
          return ownerNow(c, nowMs, quietMinutes) === 'ai';
        case 'all':
          return true;
      }
    }),
    nowMs,
    quietMinutes,
  );
}

/** Waiting for a person first, then the most recent. */
export function sortForInbox(list: ConversationFacts[], nowMs: number, quietMinutes: number): ConversationFacts[] {
  const rank = (c: ConversationFacts) => (needsPerson(c, nowMs, quietMinutes) ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || b.lastMessageAtMs - a.lastMessageAtMs);
}

export type WindowState =
  | { kind: 'none' }
  | { kind: 'open'; closesAtMs: number }
  | { kind: 'template'; template: { name: string; language: string } }
  | { kind: 'closed'; reason: string };

/** Whether a free-text reply can go out now on this conversation's channel, as the outbox will decide it. */
export function replyWindow(c: ConversationFacts, channels: ChannelAccount[], nowMs: number): WindowState {
  const hours = SERVICE_WINDOW_HOURS[c.channel];
  if (hours === undefined) return { kind: 'none' };
  const template = channels.find((a) => a.type === c.channel && a.accountId === c.accountId)?.reengagementTemplate;
  const decision = serviceWindowDecision({
    windowHours: hours,
    lastInboundAtMs: c.lastInboundAtMs,
    nowMs,
    isTemplate: false,
    hasReengagementTemplate: Boolean(template),
  });
  if (decision.send === 'as-is') return { kind: 'open', closesAtMs: (c.lastInboundAtMs ?? nowMs) + hours * 3_600_000 };
  if (decision.send === 'template' && template) return { kind: 'template', template };
  return { kind: 'closed', reason: decision.send === 'refuse' ? decision.reason : 'The window is closed.' };
}

/** Every label in use, sorted, for the filter. */
export function labelsIn(list: ConversationFacts[]): string[] {
  return [...new Set(list.flatMap((c) => c.labels))].sort((a, b) => a.localeCompare(b));
}
