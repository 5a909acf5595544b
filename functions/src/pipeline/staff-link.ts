/**
 * Linking a staff member's Telegram chat to the staff bot, by a one-time
 * code: the owner (or the member) asks for a code — the `staffTelegramLink`
 * callable, `npm run staff:link`, later the dashboard — and opens the link
 * t.me/<bot>?start=<code> (or sends the code to the bot). The bot's webhook
 * finds the code by its hash, checks it is unused and unexpired, and writes
 * the chat on the member (members/{uid}.telegramChatId). A code works once,
 * for 30 minutes; only its hash is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { NotFoundError, ValidationError } from '../errors.js';
import { ancestorId, group } from '../store/database.js';
import { at, defs } from '../store/collections.js';
import type { MemberDoc } from '../store/documents.js';
import type { Deps } from './deps.js';

export const LINK_CODE_TTL_MS = 30 * 60_000;
/** No 0/O, 1/I/L: codes are read and sometimes typed. 10 characters of 31 ≈ 50 bits. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;
export const LINK_CODE = new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`);

const hashOf = (code: string) => createHash('sha256').update(`staff-link\n${code}`).digest('hex');

export function newLinkCode(bytes: Buffer = randomBytes(CODE_LENGTH)): string {
  return [...bytes.subarray(0, CODE_LENGTH)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
}

export async function createStaffLinkCode(
  deps: Deps,
  businessId: string,
  uid: string,
): Promise<{ code: string; expiresAt: Date; member: MemberDoc }> {
  const member = await deps.db.get(at.member(businessId, uid));
  if (!member) throw new NotFoundError(`${uid} is not a member of ${businessId}`);
  const code = newLinkCode();
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + LINK_CODE_TTL_MS);
  await deps.db.create(at.staffLinkCode(hashOf(code)), { businessId, uid, createdAt: now, expiresAt, usedAt: null });
  return { code, expiresAt, member };
}

export type LinkOutcome =
  | { result: 'linked'; businessId: string; businessName: string; member: MemberDoc }
  | { result: 'refused'; why: string };

/** Reads a code as people send it: in any case, with spaces or dashes. */
export function readLinkCode(text: string): string | undefined {
  const code = text.replace(/[\s-]/g, '').toUpperCase();
  return LINK_CODE.test(code) ? code : undefined;
}

export async function linkStaffChat(deps: Deps, code: string, chatId: string): Promise<LinkOutcome> {
  const ref = at.staffLinkCode(hashOf(code));
  return deps.db.transaction(async (tx): Promise<LinkOutcome> => {
    const found = await tx.get(ref);
    const now = deps.now();
    if (!found) return { result: 'refused', why: 'unknown' };
    if (found.usedAt && found.chatId !== chatId) return { result: 'refused', why: 'used' };
    if (!found.usedAt && found.expiresAt.getTime() <= now.getTime()) return { result: 'refused', why: 'expired' };
    const [member, business] = await Promise.all([
      tx.get(at.member(found.businessId, found.uid)),
      tx.get(at.business(found.businessId)),
    ]);
    if (!member) return { result: 'refused', why: 'not a member any more' };
    const businessName = business?.profile.name ?? found.businessId;
    // The same code again from the same chat (a redelivered update): linked already.
    if (found.usedAt) return { result: 'linked', businessId: found.businessId, businessName, member };
    tx.update(at.member(found.businessId, found.uid), { telegramChatId: chatId, telegramLinkedAt: now });
    tx.update(ref, { usedAt: now, chatId });
    return {
      result: 'linked',
      businessId: found.businessId,
      businessName,
      member: { ...member, telegramChatId: chatId },
    };
  });
}

export interface StaffIdentity {
  businessId: string;
  uid: string;
  member: MemberDoc;
}

/** Every membership linked to a Telegram chat (a person may work for several businesses). */
export async function staffOfChat(deps: Deps, chatId: string): Promise<StaffIdentity[]> {
  const found = await deps.db.query(group(defs.members), { where: [['telegramChatId', '==', chatId]] });
  return found.map((f) => ({ businessId: ancestorId(f.ref), uid: f.ref.id, member: f.data }));
}

/** Stops the staff bot writing to a chat, for every business it was linked to. */
export async function unlinkStaffChat(deps: Deps, chatId: string): Promise<number> {
  const linked = await staffOfChat(deps, chatId);
  if (linked.length === 0) return 0;
  await deps.db.batch((batch) => {
    for (const s of linked)
      batch.update(at.member(s.businessId, s.uid), { telegramChatId: null, telegramLinkedAt: null });
  });
  return linked.length;
}

export function assertChatId(chatId: string): void {
  if (!/^-?\d{1,20}$/.test(chatId)) throw new ValidationError(`not a Telegram chat id: ${chatId.slice(0, 30)}`);
}
