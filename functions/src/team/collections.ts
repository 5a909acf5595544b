/**
 * The dashboard's own collections and views, on the store port: members as
 * the team code keeps them, invites, and conversations with the staff
 * fields (assignee, labels) the pipelines do not read.
 */
import { z } from 'zod';
import { ConversationDocSchema } from '../store/documents.js';
import { StoreError } from '../errors.js';
import { at } from '../store/collections.js';
import { collection, doc, type CollectionDef, type DocRef } from '../store/database.js';
import { formatIssues, toIssues } from '../validation.js';
import type { InviteState, Role } from './roles.js';

export interface MemberDoc {
  uid: string;
  email: string;
  name: string;
  role: Role;
  telegramChatId?: string | null;
  /** `profile`: from the profile file (re-seeding manages it); `invite`: joined through an invite. */
  source: 'profile' | 'invite';
  joinedAt?: Date | null;
}

export interface InviteDoc {
  email: string;
  role: Role;
  state: InviteState;
  createdAt: Date;
  expiresAt: Date;
  createdBy: { uid: string; name: string };
  acceptedBy?: { uid: string; at: Date } | null;
}

/** The person on staff who acted, as kept on conversations and messages. */
export interface StaffRef {
  uid: string;
  name: string;
}

/** Written only by the functions (the seed and the team callable): read as written. */
const written = <T>(id: string): CollectionDef<T> => ({ id, read: (data) => data as T });

const StaffRefSchema = z.object({ uid: z.string(), name: z.string() });
const StaffConversationSchema = ConversationDocSchema.extend({
  assignee: StaffRefSchema.nullish(),
  labels: z.array(z.string()).default([]),
});
export type StaffConversationDoc = z.infer<typeof StaffConversationSchema>;

const staffConversations: CollectionDef<StaffConversationDoc> = {
  id: 'conversations',
  read: (data, path) => {
    const result = StaffConversationSchema.safeParse(data);
    if (result.success) return result.data;
    throw new StoreError('invalid-data', `${path}: ${formatIssues(toIssues(result.error))}`);
  },
};

const under = (businessId: string) => `businesses/${businessId}`;

export const team = {
  members: (b: string) => collection(written<MemberDoc>('members'), under(b)),
  member: (b: string, uid: string): DocRef<MemberDoc> => doc(collection(written<MemberDoc>('members'), under(b)), uid),
  invite: (b: string, id: string): DocRef<InviteDoc> => doc(collection(written<InviteDoc>('invites'), under(b)), id),
  /** A conversation with the fields staff keep on it. */
  conversation: (b: string, id: string): DocRef<StaffConversationDoc> =>
    doc(collection(staffConversations, under(b)), id),
  business: at.business,
};
