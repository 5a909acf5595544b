/**
 * Loads a business profile file into Firestore (and staff into Auth).
 * Idempotent: the file's content hash is stored as the business `revision`;
 * the same file again writes nothing, an edited file replaces what it
 * describes (services, knowledge, channel accounts, staff from the file) and
 * leaves data the business created since (contacts, conversations, …) alone.
 */
import { createHash } from 'node:crypto';
import type { Auth } from 'firebase-admin/auth';
import { ValidationError } from '../errors.js';
import { at } from '../store/collections.js';
import { type CollectionRef, type Database, type MergeData, type Writer, collection, doc } from '../store/database.js';
import { ids } from '../store/ids.js';
import { parseOrThrow } from '../validation.js';
import { z } from 'zod';
import { hashBusinessKey } from '../channels/business-key.js';
import { ChannelType } from '../domain/business.js';
import { formatProfileIssues, readProfileFile } from './schema.js';

export interface SeedResult {
  businessId: string;
  changed: boolean;
  revision: string;
  counts: { services: number; knowledge: number; qa: number; channels: number; staff: number };
}

/** A definition that reads documents as they are, for replacing them. */
const rawDef = (id: string) => ({ id, read: (data: unknown) => data as Record<string, unknown> });
const parentOf = (target: CollectionRef<unknown>) => target.path.split('/').slice(0, -1).join('/') || undefined;

/** Stable JSON (sorted keys) so the revision does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Finds or creates the sign-in account of a staff member; Firebase Auth in production and on the emulators. */
export interface StaffAccounts {
  uidFor(email: string, name: string): Promise<string>;
}

export function firebaseStaffAccounts(auth: Auth): StaffAccounts {
  return {
    async uidFor(email, name) {
      const user = await auth.getUserByEmail(email).catch(async (err: { code?: string }) => {
        if (err.code !== 'auth/user-not-found') throw err;
        return auth.createUser({ email, displayName: name });
      });
      return user.uid;
    },
  };
}

export async function loadProfile(db: Database, accounts: StaffAccounts, input: unknown): Promise<SeedResult> {
  const read = readProfileFile(input);
  if (!read.ok) {
    throw new ValidationError(`Invalid business profile file, ${formatProfileIssues(read.issues)}`, read.issues);
  }
  const file = read.file;
  const businessId = file.id;
  const revision = createHash('sha256').update(canonical(file)).digest('hex').slice(0, 16);
  const counts = {
    services: file.services.length,
    knowledge: file.knowledge.length,
    qa: file.qa.length,
    channels: file.channels.length,
    staff: file.staff.length,
  };
  const businessRef = at.business(businessId);
  // Read as written, unchecked: an older or broken document is exactly what seeding replaces.
  const current = await db.get(doc(collection<{ revision?: unknown }>(rawDef('businesses')), businessId));
  const now = new Date();
  if (current?.revision === revision) return { businessId, changed: false, revision, counts };

  // Channel accounts route webhooks: one account can belong to one business only.
  const accountRefs = file.channels.map((c) => at.channelAccount(ids.channelAccount(c.type, c.accountId)));
  const accountDocs = await db.getAll(accountRefs);
  accountDocs.forEach((account, i) => {
    const owner = account?.businessId;
    if (account && owner !== businessId) {
      throw new ValidationError(
        `channels.${i}: ${file.channels[i]!.type} account ${file.channels[i]!.accountId} already belongs to business "${owner}"`,
      );
    }
  });

  const members = await Promise.all(
    file.staff.map(async (s) => {
      return { uid: await accounts.uidFor(s.email, s.name), ...s };
    }),
  );

  const writes: ((batch: Writer) => void)[] = [];
  const webchat = file.channels.find((c) => c.type === 'webchat');
  writes.push((b) =>
    b.set(businessRef, {
      id: businessId,
      profile: file.profile,
      hours: file.hours,
      holidays: file.holidays,
      policies: file.policies,
      styleGuide: file.styleGuide,
      settings: file.settings,
      channels: file.channels,
      webchatAccountId: webchat?.accountId ?? null,
      revision,
      updatedAt: now,
      ...(current ? {} : { createdAt: now }),
    }),
  );

  const replaceCollection = async <T>(
    target: CollectionRef<T>,
    docs: { id: string; data: T }[],
    only?: (data: Record<string, unknown>) => boolean,
    mode: 'set' | 'merge' = 'set',
  ) => {
    const keep = new Set(docs.map((d) => d.id));
    // Read as written: what is replaced need not pass today's checks.
    const existing = await db.query(collection<Record<string, unknown>>(rawDef(target.def.id), parentOf(target)));
    for (const found of existing) {
      if (!keep.has(found.ref.id) && (!only || only(found.data))) writes.push((b) => b.delete(found.ref));
    }
    for (const d of docs)
      writes.push((b) =>
        mode === 'merge' ? b.merge(doc(target, d.id), d.data as MergeData<T>) : b.set(doc(target, d.id), d.data),
      );
  };
  await replaceCollection(
    at.services(businessId),
    file.services.map((s) => ({ id: s.id, data: s })),
  );
  await replaceCollection(at.knowledge(businessId), [
    ...file.knowledge.map((k) => ({ id: `article-${k.id}`, data: { kind: 'article' as const, ...k } })),
    ...file.qa.map((q) => ({ id: `qa-${q.id}`, data: { kind: 'qa' as const, ...q } })),
  ]);
  // Merged, not replaced: a Telegram chat a member linked through the staff bot stays linked
  // unless the file names another.
  await replaceCollection(
    at.members(businessId),
    members.map((m) => ({
      id: m.uid,
      data: {
        // uid: the dashboard finds a person's businesses with a collection-group query on it.
        uid: m.uid,
        email: m.email,
        name: m.name,
        role: m.role,
        ...(m.telegramChatId ? { telegramChatId: m.telegramChatId } : {}),
        source: 'profile',
      },
    })),
    (data) => data.source === 'profile',
    'merge',
  );

  const stale = await db.query(at.channelAccounts(), { where: [['businessId', '==', businessId]] });
  const wanted = new Set(accountRefs.map((r) => r.id));
  for (const found of stale) if (!wanted.has(found.ref.id)) writes.push((b) => b.delete(found.ref));
  file.channels.forEach((c, i) =>
    writes.push((b) => b.set(accountRefs[i]!, { businessId, type: c.type, accountId: c.accountId })),
  );

  // Batches hold 500 writes; the business document goes last so its
  // revision only moves once everything it describes is in place.
  const [businessWrite, ...rest] = writes;
  for (let i = 0; i < rest.length; i += 450) {
    await db.batch((batch) => rest.slice(i, i + 450).forEach((w) => w(batch)));
  }
  await db.batch((batch) => businessWrite!(batch));
  return { businessId, changed: true, revision, counts };
}

/**
 * Loads a business's channel credentials into the server-only
 * businessSecrets/{businessId} (merged), and registers each channel's
 * webhook key (for providers that sign nothing) under its hash in
 * webhookKeys, so a webhook presenting it finds its business.
 * Shape: { "channels": { "<channel type>": { "accessToken": "…", "webhookKey": "…", … } },
 *          "stripe": { "accountId": "acct_…" }, "clinicApi": { "token": "…" },
 *          "google": { "refreshToken": "…" } } (booking's; Google's is normally written by the connect flow)
 */
export async function loadSecrets(db: Database, businessId: string, input: unknown): Promise<{ channels: string[] }> {
  const secrets = parseOrThrow(BusinessSecretsFile, input, `secrets for ${businessId}`);
  await db.batch((batch) => {
    batch.merge(at.businessSecrets(businessId), secrets);
    for (const [channel, values] of Object.entries(secrets.channels)) {
      if (values.webhookKey) {
        batch.set(at.webhookKey(hashBusinessKey(values.webhookKey)), { businessId, channel: channel as ChannelType });
      }
    }
  });
  return { channels: Object.keys(secrets.channels) };
}

const BusinessSecretsFile = z.object({
  stripe: z
    .strictObject({ accountId: z.string().regex(/^acct_[A-Za-z0-9_]+$/, 'must be a Stripe account id (acct_…)') })
    .optional(),
  clinicApi: z.strictObject({ token: z.string().min(8) }).optional(),
  google: z.strictObject({ refreshToken: z.string().min(8) }).optional(),
  channels: z
    .partialRecord(
      ChannelType,
      z
        .record(z.string(), z.string().min(1))
        .refine((v) => v.webhookKey === undefined || /^[A-Za-z0-9_-]{24,128}$/.test(v.webhookKey), {
          message: 'webhookKey must be 24–128 characters of A–Z, a–z, 0–9, _ or -',
        }),
    )
    .default({}),
});
