/**
 * The Database port on Cloud Firestore (the Admin SDK): production and the
 * emulators. Each collection definition becomes a Firestore data converter
 * (Timestamps read back as Dates, then the definition's `read` checks the
 * shape), FieldOps become FieldValues, and Firestore's errors become
 * StoreErrors whose `kind` says whether trying again can help.
 */
import {
  type CollectionReference,
  type DocumentData,
  type DocumentReference,
  FieldPath,
  FieldValue,
  type Firestore,
  type FirestoreDataConverter,
  type Query,
  type QueryDocumentSnapshot,
  Timestamp,
  type Transaction as FirestoreTransaction,
  type WriteBatch,
} from 'firebase-admin/firestore';
import { StoreError, type StoreErrorKind } from '../errors.js';
import {
  type CollectionDef,
  type CollectionRef,
  type Database,
  type DocRef,
  FieldOp,
  type GroupRef,
  MAX_DOCUMENT_BYTES,
  type QuerySpec,
  type Snapshot,
  type Transaction,
  type Writer,
  documentSize,
} from './database.js';

export class FirestoreDatabase implements Database {
  private readonly converters = new WeakMap<CollectionDef<unknown>, FirestoreDataConverter<unknown>>();

  constructor(private readonly db: Firestore) {}

  async get<T>(ref: DocRef<T>): Promise<T | undefined> {
    return guard(async () => (await this.docRef(ref).get()).data());
  }

  async getAll<T>(refs: readonly DocRef<T>[]): Promise<(T | undefined)[]> {
    if (refs.length === 0) return [];
    // getAll is one round trip; its typings take one converter type, so the snapshots are read through ours.
    return guard(async () => {
      const snaps = await this.db.getAll(...refs.map((r) => this.rawRef(r)));
      return snaps.map((s, i) => (s.exists ? refs[i]!.def.read(fromFirestore(s.data()), s.ref.path) : undefined));
    });
  }

  async create<T>(ref: DocRef<T>, data: T): Promise<void> {
    await guard(() => this.docRef(ref).create(checkedWhole(ref, data)));
  }
  async set<T>(ref: DocRef<T>, data: T): Promise<void> {
    await guard(() => this.docRef(ref).set(checkedWhole(ref, data)));
  }
  async merge<T>(ref: DocRef<T>, data: object): Promise<void> {
    await guard(() => this.rawRef(ref).set(toFirestore(data) as DocumentData, { merge: true }));
  }
  async update<T>(ref: DocRef<T>, data: Record<string, unknown>): Promise<void> {
    await guard(() => this.rawRef(ref).update(toFirestore(data) as DocumentData));
  }
  async delete(ref: DocRef<unknown>): Promise<void> {
    await guard(() => this.rawRef(ref).delete());
  }

  async query<T>(from: CollectionRef<T> | GroupRef<T>, spec: QuerySpec = {}): Promise<Snapshot<T>[]> {
    return guard(async () => (await this.toQuery(from, spec).get()).docs.map((d) => this.snapshot(from.def, d)));
  }

  watch<T>(
    from: CollectionRef<T>,
    spec: QuerySpec,
    onNext: (docs: Snapshot<T>[]) => void,
    onError: (err: unknown) => void,
  ): () => void {
    return this.toQuery(from, spec).onSnapshot(
      (snap) => {
        try {
          onNext(snap.docs.map((d) => this.snapshot(from.def, d)));
        } catch (err) {
          onError(err);
        }
      },
      (err) => onError(toStoreError(err)),
    );
  }

  async transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    // What the caller's function throws reaches the caller as it was; only the database's own
    // failures become StoreErrors.
    const thrown = new Set<unknown>();
    return guard(
      () =>
        this.db.runTransaction(async (ftx) => {
          const tx: Transaction = {
            get: async (ref) => (await ftx.get(this.docRef(ref))).data(),
            getAll: async <T>(refs: readonly DocRef<T>[]) => {
              if (refs.length === 0) return [];
              const snaps = await ftx.getAll(...refs.map((r) => this.rawRef(r)));
              return snaps.map((s, i) =>
                s.exists ? refs[i]!.def.read(fromFirestore(s.data()), s.ref.path) : undefined,
              );
            },
            query: async (from, spec = {}) =>
              (await ftx.get(this.toQuery(from, spec))).docs.map((d) => this.snapshot(from.def, d)),
            ...this.writer(ftx),
          };
          try {
            return await fn(tx);
          } catch (err) {
            thrown.add(err);
            throw err;
          }
        }),
      thrown,
    );
  }

  async batch(fill: (writer: Writer) => void): Promise<void> {
    const batch = this.db.batch();
    fill(this.writer(batch));
    await guard(() => batch.commit());
  }

  // ---------------------------------------------------------------- internals

  private writer(target: FirestoreTransaction | WriteBatch): Writer {
    // Both return themselves from each call; the casts unify their overloads.
    const t = target as WriteBatch;
    return {
      create: (ref, data) => void t.create(this.docRef(ref), checkedWhole(ref, data)),
      set: (ref, data) => void t.set(this.docRef(ref), checkedWhole(ref, data)),
      merge: (ref, data) => void t.set(this.rawRef(ref), toFirestore(data) as DocumentData, { merge: true }),
      update: (ref, data) => void t.update(this.rawRef(ref), toFirestore(data) as DocumentData),
      delete: (ref) => void t.delete(this.rawRef(ref)),
    };
  }

  private converter<T>(def: CollectionDef<T>): FirestoreDataConverter<T> {
    let converter = this.converters.get(def) as FirestoreDataConverter<T> | undefined;
    if (!converter) {
      converter = {
        toFirestore: (data) => toFirestore(data) as DocumentData,
        fromFirestore: (snap: QueryDocumentSnapshot) => def.read(fromFirestore(snap.data()), snap.ref.path),
      };
      this.converters.set(def, converter as FirestoreDataConverter<unknown>);
    }
    return converter;
  }

  private docRef<T>(ref: DocRef<T>): DocumentReference<T> {
    return this.db.doc(ref.path).withConverter(this.converter(ref.def));
  }

  /** Without a converter: merges and updates carry partial data and FieldValues. */
  private rawRef(ref: DocRef<unknown>): DocumentReference {
    return this.db.doc(ref.path);
  }

  private toQuery<T>(from: CollectionRef<T> | GroupRef<T>, spec: QuerySpec): Query<T> {
    const base: CollectionReference | Query =
      'path' in from ? this.db.collection(from.path) : this.db.collectionGroup(from.def.id);
    let query: Query = base;
    for (const [field, op, value] of spec.where ?? []) query = query.where(fieldPath(field), op, toFirestore(value));
    for (const [field, direction] of spec.orderBy ?? []) query = query.orderBy(fieldPath(field), direction);
    if (spec.startAfter) query = query.startAfter(...spec.startAfter.map(toFirestore));
    if (spec.limit !== undefined) query = query.limit(spec.limit);
    return query.withConverter(this.converter(from.def));
  }

  private snapshot<T>(def: CollectionDef<T>, d: QueryDocumentSnapshot<T>): Snapshot<T> {
    return { ref: { def, path: d.ref.path, id: d.id }, data: d.data() };
  }
}

const fieldPath = (field: string) => (field === '__name__' ? FieldPath.documentId() : field);

/** Checks a whole document against Firestore's size limit before sending it (a clear error, no round trip). */
function checkedWhole<T>(ref: DocRef<T>, data: T): T {
  const size = documentSize(ref.path, data);
  if (size > MAX_DOCUMENT_BYTES) {
    throw new StoreError('too-large', `${ref.path} would be ${size} bytes (the limit is ${MAX_DOCUMENT_BYTES})`);
  }
  return data;
}

/**
 * Our values to Firestore's: FieldOps to FieldValues, undefined fields
 * dropped, recursively (Dates the SDK converts itself) — the same whatever
 * the Firestore instance's settings.
 */
function toFirestore(value: unknown): unknown {
  if (value instanceof FieldOp) {
    switch (value.kind) {
      case 'increment':
        return FieldValue.increment(value.operand as number);
      case 'arrayUnion':
        return FieldValue.arrayUnion(...(value.operand as unknown[]));
      case 'delete':
        return FieldValue.delete();
    }
  }
  if (Array.isArray(value)) return value.map(toFirestore);
  if (value && typeof value === 'object' && !(value instanceof Date) && !(value instanceof Timestamp)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, toFirestore(v)]),
    );
  }
  return value;
}

/** Firestore's values to ours: Timestamps become Dates, recursively. */
function fromFirestore(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(fromFirestore);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromFirestore(v)]));
  }
  return value;
}

async function guard<R>(run: () => Promise<R>, passThrough?: ReadonlySet<unknown>): Promise<R> {
  try {
    return await run();
  } catch (err) {
    if (passThrough?.has(err)) throw err;
    throw toStoreError(err);
  }
}

/** gRPC status codes (the Admin SDK's `code`) → what the caller decides on. */
const KINDS: Record<number, StoreErrorKind> = {
  1: 'aborted', // CANCELLED
  2: 'internal', // UNKNOWN
  3: 'invalid-argument',
  4: 'unavailable', // DEADLINE_EXCEEDED
  5: 'not-found',
  6: 'already-exists',
  7: 'invalid-argument', // PERMISSION_DENIED: the service account's setup, not a passing fault
  8: 'unavailable', // RESOURCE_EXHAUSTED: quota, back off
  9: 'invalid-argument', // FAILED_PRECONDITION (e.g. a missing index)
  10: 'aborted',
  11: 'invalid-argument', // OUT_OF_RANGE
  12: 'invalid-argument', // UNIMPLEMENTED
  13: 'internal',
  14: 'unavailable',
  15: 'internal', // DATA_LOSS
  16: 'invalid-argument', // UNAUTHENTICATED
};

export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const code = typeof err === 'object' && err !== null && 'code' in err ? (err as { code: unknown }).code : undefined;
  const message = err instanceof Error ? err.message : String(err);
  const short = message.split('\n')[0]!.slice(0, 300);
  if (/maximum allowed size|exceeds the maximum|too large/i.test(message)) {
    return new StoreError('too-large', short, { cause: err });
  }
  if (typeof code === 'number' && KINDS[code]) return new StoreError(KINDS[code], short, { cause: err });
  // Thrown by the SDK before sending (an invalid value or path): never succeeds as it is.
  if (err instanceof TypeError || /Value for argument|not a valid|Invalid (path|field)/i.test(message)) {
    return new StoreError('invalid-argument', short, { cause: err });
  }
  // A dropped connection and the like: usually passes.
  return new StoreError('internal', short, { cause: err });
}
