/**
 * The documents the dashboard reads, typed from the shapes the functions
 * write (functions/src/store/documents.ts and the staff and team modules):
 * one definition, with the Admin SDK's Timestamp swapped for the web SDK's.
 */
import type { Timestamp } from 'firebase/firestore';
import type * as Server from '../../../../functions/src/store/documents';
import type { StaffRef } from '../../../../functions/src/staff/conversations';
import type { InviteDoc as ServerInviteDoc } from '../../../../functions/src/team/invites';
import type { MemberDoc as ServerMemberDoc } from '../../../../functions/src/team/access';
import type { Business } from '../../../../functions/src/domain/business';
import type { ChannelAccount } from '../../../../functions/src/domain/business';
import type { Pet } from '../../../../functions/src/domain/booking/clients';

/** Anything shaped like a Firestore Timestamp (the Admin SDK's and the web SDK's both are). */
interface TimestampLike {
  seconds: number;
  nanoseconds: number;
  toMillis(): number;
  toDate(): Date;
}

/** A server document type as the web SDK returns it. */
export type Client<T> = T extends Date
  ? Timestamp
  : T extends TimestampLike
    ? Timestamp
    : T extends (infer U)[]
      ? Client<U>[]
      : T extends object
        ? { [K in keyof T]: Client<T[K]> }
        : T;

export type { StaffRef };

/** With the staff fields (assignee, labels) in the server's shape (store/documents.ts). */
export type ConversationDoc = Client<Server.ConversationDoc>;

/** A voice note's transcript, when the engine has written one. */
export interface Transcript {
  text: string;
  language?: string;
}

/** One tool the AI called for a reply, when the engine records it. */
export interface ToolCallRecord {
  name: string;
  input?: unknown;
  output?: unknown;
  error?: string;
}

export type MessageDoc = Client<Server.MessageDoc> & {
  staff?: StaffRef;
  transcript?: Transcript | null;
  ai?: (NonNullable<Client<Server.MessageDoc>['ai']> & { toolCalls?: ToolCallRecord[] }) | undefined;
};

export type ContactDoc = Client<Server.ContactDoc> & { labels?: string[] };
export type NotificationDoc = Client<Server.NotificationDoc>;
export type DeadLetterDoc = Client<Server.DeadLetterDoc>;
export type DailyMetricsDoc = Client<Server.DailyMetricsDoc>;
export type InviteDoc = Client<ServerInviteDoc>;
export type MemberDoc = Client<ServerMemberDoc>;

export interface ChannelStatusDoc {
  channel: ChannelAccount['type'];
  accountId: string;
  lastWebhookAt?: Timestamp;
  lastSendAt?: Timestamp;
  lastError?: { at: Timestamp; message: string };
  sends?: number;
  failures?: number;
}

/** The business document (profile/load.ts writes it; owners edit it through the staff callable). */
export type BusinessDoc = Omit<Business, 'services' | 'knowledge' | 'qa'> & {
  channels: ChannelAccount[];
  revision: string;
  updatedAt?: Timestamp;
  updatedBy?: StaffRef;
};

export type SuggestedQaDoc = Client<Server.SuggestedQaDoc>;

export interface CannedReplyDoc {
  title: string;
  text: string;
  updatedBy: string;
  updatedAt: Timestamp;
}

export interface NoteDoc {
  contactId: string;
  conversationId?: string | null;
  text: string;
  authorUid: string;
  authorName: string;
  createdAt: Timestamp;
  updatedAt?: Timestamp;
}

/** An appointment (booking writes it; staff change it through the staff callable). */
export type AppointmentDoc = Client<Server.AppointmentDoc>;
/** A client's pet (contacts/{c}/pets). */
export type PetDoc = Client<Pet>;
