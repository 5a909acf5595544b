/**
 * Where everything lives (docs/architecture.md draws it) and how each
 * collection is read. Business data is under businesses/{businessId}; the
 * collections at the top level next to it are server-only (firestore.rules).
 *
 * One definition per collection. Collections people can write from outside
 * the functions are checked with their zod schema when read; the others are
 * trusted as the functions wrote them.
 */
import type { z } from 'zod';
import { Pet } from '../domain/booking/clients.js';
import { type KnowledgeArticle, type QaEntry, Service } from '../domain/business.js';
import { StoreError } from '../errors.js';
import { formatIssues, toIssues } from '../validation.js';
import { type CollectionDef, type CollectionRef, type DocRef, collection, doc } from './database.js';
import {
  type AppointmentDoc,
  AppointmentDocSchema,
  type BookingTaskDoc,
  type BusinessDoc,
  BusinessDocSchema,
  type BusinessSecretsDoc,
  type ChannelAccountDoc,
  type ChannelStatusDoc,
  type ContactDoc,
  ContactDocSchema,
  type ConversationDoc,
  ConversationDocSchema,
  type DailyMetricsDoc,
  type DailyUsageDoc,
  type DeadLetterDoc,
  type MemberDoc,
  type MessageDoc,
  MessageDocSchema,
  type NotificationDoc,
  type OAuthStateDoc,
  type OutboxDoc,
  type ParkedStatusDoc,
  type ReminderDoc,
  type SlotLockDoc,
  type StripeEventDoc,
  type StaffLinkCodeDoc,
  type StaffThreadDoc,
  type SuggestedQaDoc,
  type WebhookKeyDoc,
} from './documents.js';

/** A collection written only by the functions: read as written. */
function trusted<T>(id: string): CollectionDef<T> {
  return { id, read: (data) => data as T };
}

/** A collection people can write: every document read is checked against its schema. */
function checked<S extends z.ZodType>(id: string, schema: S): CollectionDef<z.output<S>> {
  return {
    id,
    read: (data, path) => {
      const result = schema.safeParse(data);
      if (result.success) return result.data;
      throw new StoreError('invalid-data', `${path}: ${formatIssues(toIssues(result.error))}`);
    },
  };
}

const messageSchemaDef = checked('messages', MessageDocSchema);

export const defs = {
  businesses: checked('businesses', BusinessDocSchema) as CollectionDef<BusinessDoc>,
  services: checked('services', Service),
  /** Q&A entries and articles share a collection, told apart by `kind`. */
  knowledge: trusted<({ kind: 'article' } & KnowledgeArticle) | ({ kind: 'qa' } & QaEntry)>('knowledge'),
  contacts: checked('contacts', ContactDocSchema) as CollectionDef<ContactDoc>,
  conversations: checked('conversations', ConversationDocSchema) as CollectionDef<ConversationDoc>,
  messages: {
    id: 'messages',
    read: (data, path) => {
      const stored = messageSchemaDef.read(data, path);
      // A text message's text is stored once, in `text`; the content gets it back here.
      const content = stored.content.type === 'text' ? { type: 'text' as const, text: stored.text } : stored.content;
      return { ...stored, content } as MessageDoc;
    },
  } satisfies CollectionDef<MessageDoc>,
  outbox: trusted<OutboxDoc>('outbox'),
  notifications: trusted<NotificationDoc>('notifications'),
  deadLetters: trusted<DeadLetterDoc>('deadLetters'),
  parkedStatuses: trusted<ParkedStatusDoc>('parkedStatuses'),
  channelStatus: trusted<ChannelStatusDoc>('channelStatus'),
  channelAccounts: trusted<ChannelAccountDoc>('channelAccounts'),
  webhookKeys: trusted<WebhookKeyDoc>('webhookKeys'),
  businessSecrets: trusted<BusinessSecretsDoc>('businessSecrets'),
  members: trusted<MemberDoc>('members'),
  dailyUsage: trusted<DailyUsageDoc>('dailyUsage'),
  dailyMetrics: trusted<DailyMetricsDoc>('dailyMetrics'),
  staffThreads: trusted<StaffThreadDoc>('staffThreads'),
  staffLinkCodes: trusted<StaffLinkCodeDoc>('staffLinkCodes'),
  suggestedQa: trusted<SuggestedQaDoc>('suggestedQa'),
  appointments: checked('appointments', AppointmentDocSchema) as CollectionDef<AppointmentDoc>,
  slotLocks: trusted<SlotLockDoc>('slotLocks'),
  /** A contact's pets (contacts/{c}/pets): staff edit them in the dashboard. */
  pets: checked('pets', Pet),
  bookingTasks: trusted<BookingTaskDoc>('bookingTasks'),
  reminders: trusted<ReminderDoc>('reminders'),
  stripeEvents: trusted<StripeEventDoc>('stripeEvents'),
  oauthStates: trusted<OAuthStateDoc>('oauthStates'),
};

const under = (businessId: string) => `businesses/${businessId}`;

/** Collections and documents by business. */
export const at = {
  business: (b: string): DocRef<BusinessDoc> => doc(collection(defs.businesses), b),
  services: (b: string) => collection(defs.services, under(b)),
  knowledge: (b: string) => collection(defs.knowledge, under(b)),
  members: (b: string) => collection(defs.members, under(b)),
  contacts: (b: string) => collection(defs.contacts, under(b)),
  contact: (b: string, id: string) => doc(collection(defs.contacts, under(b)), id),
  conversations: (b: string) => collection(defs.conversations, under(b)),
  conversation: (b: string, id: string) => doc(collection(defs.conversations, under(b)), id),
  messages: (b: string): CollectionRef<MessageDoc> => collection(defs.messages, under(b)),
  message: (b: string, id: string) => doc(collection(defs.messages, under(b)), id),
  outbox: (b: string) => collection(defs.outbox, under(b)),
  outboxItem: (b: string, id: string) => doc(collection(defs.outbox, under(b)), id),
  member: (b: string, uid: string) => doc(collection(defs.members, under(b)), uid),
  notifications: (b: string) => collection(defs.notifications, under(b)),
  notification: (b: string, id: string) => doc(collection(defs.notifications, under(b)), id),
  /** The business's totals for one local day (YYYY-MM-DD in its time zone). */
  dailyUsage: (b: string, date: string) => doc(collection(defs.dailyUsage, under(b)), date),
  /** The business's metrics for one local day (analytics/rollup.ts), by the same date. */
  dailyMetrics: (b: string, date: string) => doc(collection(defs.dailyMetrics, under(b)), date),
  deadLetters: (b: string) => collection(defs.deadLetters, under(b)),
  parkedStatus: (b: string, id: string) => doc(collection(defs.parkedStatuses, under(b)), id),
  channelStatus: (b: string, id: string) => doc(collection(defs.channelStatus, under(b)), id),
  /** Q&A entries suggested from staff answers after a handoff. */
  suggestedQa: (b: string) => collection(defs.suggestedQa, under(b)),
  suggestion: (b: string, id: string) => doc(collection(defs.suggestedQa, under(b)), id),
  appointments: (b: string) => collection(defs.appointments, under(b)),
  appointment: (b: string, id: string) => doc(collection(defs.appointments, under(b)), id),
  slotLocks: (b: string) => collection(defs.slotLocks, under(b)),
  slotLock: (b: string, key: string) => doc(collection(defs.slotLocks, under(b)), key),
  pets: (b: string, contactId: string) => collection(defs.pets, `${under(b)}/contacts/${contactId}`),
  pet: (b: string, contactId: string, id: string) =>
    doc(collection(defs.pets, `${under(b)}/contacts/${contactId}`), id),
  bookingTasks: (b: string) => collection(defs.bookingTasks, under(b)),
  bookingTask: (b: string, id: string) => doc(collection(defs.bookingTasks, under(b)), id),
  reminders: (b: string) => collection(defs.reminders, under(b)),
  reminder: (b: string, id: string) => doc(collection(defs.reminders, under(b)), id),
  /** Server-only, top level. */
  channelAccount: (id: string) => doc(collection(defs.channelAccounts), id),
  channelAccounts: () => collection(defs.channelAccounts),
  webhookKey: (hash: string) => doc(collection(defs.webhookKeys), hash),
  businessSecrets: (b: string) => doc(collection(defs.businessSecrets), b),
  /** Stripe events by event id (Connect: one platform webhook for every business). */
  stripeEvent: (id: string) => doc(collection(defs.stripeEvents), id),
  /** OAuth connect flows in progress, by their state parameter. */
  oauthState: (state: string) => doc(collection(defs.oauthStates), state),
  /** A staff bot message staff may answer, by `${chatId}_${messageId}`. */
  staffThread: (id: string) => doc(collection(defs.staffThreads), id),
  /** A one-time staff link code, by its hash. */
  staffLinkCode: (hash: string) => doc(collection(defs.staffLinkCodes), hash),
  /** Authentic deliveries that reached no business. */
  unroutedDeadLetters: () => collection(defs.deadLetters),
};
