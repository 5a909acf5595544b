/**
 * Loads a business profile file into Firestore (and staff into Auth).
 * Idempotent: the file's content hash is stored as the business `revision`;
 * the same file again writes nothing, an edited file replaces what it
 * describes (services, knowledge, channel accounts, staff from the file) and
 * leaves data the business created since (contacts, conversations, …) alone.
 */
import { createHash } from 'node:crypto';
import type { Auth } from 'firebase-admin/auth';
import { FieldValue, type Firestore, type WriteBatch } from 'firebase-admin/firestore';
import { ValidationError } from '../errors.js';
import { ids, paths } from '../store/paths.js';
import { parseOrThrow } from '../validation.js';
import { z } from 'zod';
import { hashBusinessKey } from '../channels/business-key.js';
import { ChannelType } from '../domain/business.js';
import { BusinessProfileFile } from './schema.js';

export interface SeedResult {
  businessId: string;
  changed: boolean;
  revision: string;
  counts: { services: number; knowledge: number; qa: number; channels: number; staff: number };
}

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

export async function loadProfile(db: Firestore, auth: Auth, input: unknown): Promise<SeedResult> {
  const file = parseOrThrow(BusinessProfileFile, input, 'business profile file');
  const businessId = file.id;
  const revision = createHash('sha256').update(canonical(file)).digest('hex').slice(0, 16);
  const counts = {
    services: file.services.length,
    knowledge: file.knowledge.length,
    qa: file.qa.length,
    channels: file.channels.length,
    staff: file.staff.length,
  };
  const businessRef = db.doc(paths.business(businessId));
  const current = await businessRef.get();
  if (current.exists && current.get('revision') === revision) return { businessId, changed: false, revision, counts };

  // Channel accounts route webhooks: one account can belong to one business only.
  const accountRefs = file.channels.map((c) =>
    db.doc(`${paths.channelAccounts}/${ids.channelAccount(c.type, c.accountId)}`),
  );
  const accountSnaps = accountRefs.length ? await db.getAll(...accountRefs) : [];
  accountSnaps.forEach((snap, i) => {
    const owner = snap.get('businessId') as string | undefined;
    if (snap.exists && owner !== businessId) {
      throw new ValidationError(
        `channels.${i}: ${file.channels[i]!.type} account ${file.channels[i]!.accountId} already belongs to business "${owner}"`,
      );
    }
  });

  const members = await Promise.all(
    file.staff.map(async (s) => {
      const user = await auth.getUserByEmail(s.email).catch(async (err: { code?: string }) => {
        if (err.code !== 'auth/user-not-found') throw err;
        return auth.createUser({ email: s.email, displayName: s.name });
      });
      return { uid: user.uid, ...s };
    }),
  );

  const writes: ((batch: WriteBatch) => void)[] = [];
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
      updatedAt: FieldValue.serverTimestamp(),
      ...(current.exists ? {} : { createdAt: FieldValue.serverTimestamp() }),
    }),
  );

  const replaceCollection = async (
    collection: string,
    docs: { id: string; data: Record<string, unknown> }[],
    only?: (data: FirebaseFirestore.DocumentData) => boolean,
  ) => {
    const keep = new Set(docs.map((d) => d.id));
    const existing = await db.collection(collection).get();
    for (const doc of existing.docs) {
      if (!keep.has(doc.id) && (!only || only(doc.data()))) writes.push((b) => b.delete(doc.ref));
    }
    for (const d of docs) writes.push((b) => b.set(db.doc(`${collection}/${d.id}`), d.data));
  };
  await replaceCollection(
    paths.services(businessId),
    file.services.map((s) => ({ id: s.id, data: s })),
  );
  await replaceCollection(paths.knowledge(businessId), [
    ...file.knowledge.map((k) => ({ id: `article-${k.id}`, data: { kind: 'article', ...k } })),
    ...file.qa.map((q) => ({ id: `qa-${q.id}`, data: { kind: 'qa', ...q } })),
  ]);
  await replaceCollection(
    paths.members(businessId),
    members.map((m) => ({
      id: m.uid,
      data: {
        // uid: the dashboard finds a person's businesses with a collection-group query on it.
        uid: m.uid,
        email: m.email,
        name: m.name,
        role: m.role,
        telegramChatId: m.telegramChatId ?? null,
        source: 'profile',
      },
    })),
    (data) => data.source === 'profile',
  );

  const stale = await db.collection(paths.channelAccounts).where('businessId', '==', businessId).get();
  const wanted = new Set(accountRefs.map((r) => r.id));
  for (const doc of stale.docs) if (!wanted.has(doc.id)) writes.push((b) => b.delete(doc.ref));
  file.channels.forEach((c, i) =>
    writes.push((b) => b.set(accountRefs[i]!, { businessId, type: c.type, accountId: c.accountId })),
  );

  // Batches hold 500 writes; the business document goes last so its
  // revision only moves once everything it describes is in place.
  const [businessWrite, ...rest] = writes;
  for (let i = 0; i < rest.length; i += 450) {
    const batch = db.batch();
    rest.slice(i, i + 450).forEach((w) => w(batch));
    await batch.commit();
  }
  const last = db.batch();
  businessWrite!(last);
  await last.commit();
  return { businessId, changed: true, revision, counts };
}

/**
 * Loads a business's channel credentials into the server-only
 * businessSecrets/{businessId} (merged), and registers each channel's
 * webhook key (for providers that sign nothing) under its hash in
 * webhookKeys, so a webhook presenting it finds its business.
 * Shape: { "channels": { "<channel type>": { "accessToken": "…", "webhookKey": "…", … } } }
 */
export async function loadSecrets(db: Firestore, businessId: string, input: unknown): Promise<{ channels: string[] }> {
  const doc = parseOrThrow(BusinessSecretsFile, input, `secrets for ${businessId}`);
  const batch = db.batch();
  batch.set(db.doc(`${paths.businessSecrets}/${businessId}`), doc, { merge: true });
  for (const [channel, secrets] of Object.entries(doc.channels)) {
    if (secrets.webhookKey) {
      batch.set(db.doc(`${paths.webhookKeys}/${hashBusinessKey(secrets.webhookKey)}`), { businessId, channel });
    }
  }
  await batch.commit();
  return { channels: Object.keys(doc.channels) };
}

const BusinessSecretsFile = z.object({
  channels: z.partialRecord(
    ChannelType,
    z
      .record(z.string(), z.string().min(1))
      .refine((v) => v.webhookKey === undefined || /^[A-Za-z0-9_-]{24,128}$/.test(v.webhookKey), {
        message: 'webhookKey must be 24–128 characters of A–Z, a–z, 0–9, _ or -',
      }),
  ),
});
