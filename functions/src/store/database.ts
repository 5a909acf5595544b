/**
 * The document database port: the handful of operations the pipelines need
 * from Firestore, typed by collection, so that the same repositories run on
 * Firestore (production, the emulators) and in memory (unit tests, races the
 * emulator cannot show because it runs triggers one at a time).
 *
 * To add an implementation: satisfy `Database`, and run the shared contract
 * suite (`database.contract.ts`) against it — `memory.test.ts` and the
 * emulator's `store.test.ts` show how. The semantics are Firestore's:
 * - `create` fails with StoreError 'already-exists' when the document exists,
 *   `update` with 'not-found' when it does not; `merge` deep-merges maps.
 * - A transaction reads before it writes, and is run again when a document
 *   it read changed before it committed; a batch is atomic, without reads.
 * - Times are JS `Date`s on both sides (Firestore stores Timestamps).
 * - Field paths in `update` and queries may be dotted (`processing.state`).
 * - A document is at most 1 MiB (`MAX_DOCUMENT_BYTES`, counted as Firestore
 *   counts) and ids follow Firestore's rules (`assertDocumentId`).
 *
 * Documents are typed by their collection's definition (`CollectionDef`),
 * whose `read` validates what is read where the data may have come from
 * outside the functions (the dashboard, the seed).
 */
import { randomBytes } from 'node:crypto';
import { StoreError } from '../errors.js';

/** What a collection holds, and how to check what is read from it. */
export interface CollectionDef<T> {
  /** The collection id (the last path segment), e.g. 'messages'; collection-group queries use it. */
  readonly id: string;
  /** Checks (and may normalise) a document as read; throws StoreError 'invalid-data' for a bad one. */
  read(data: unknown, path: string): T;
}

export interface CollectionRef<T> {
  readonly def: CollectionDef<T>;
  /** e.g. businesses/b1/messages */
  readonly path: string;
}

/** Every collection with this definition's id, wherever it is (a collection-group query). */
export interface GroupRef<T> {
  readonly def: CollectionDef<T>;
  readonly group: true;
}

export interface DocRef<T> {
  readonly def: CollectionDef<T>;
  /** e.g. businesses/b1/messages/m1 */
  readonly path: string;
  readonly id: string;
}

export interface Snapshot<T> {
  readonly ref: DocRef<T>;
  readonly data: T;
}

/** Special values for `merge` and `update`. */
export class FieldOp {
  private constructor(
    readonly kind: 'increment' | 'arrayUnion' | 'delete',
    readonly operand?: unknown,
  ) {}
  static increment(by: number): FieldOp {
    return new FieldOp('increment', by);
  }
  static arrayUnion(...values: unknown[]): FieldOp {
    return new FieldOp('arrayUnion', values);
  }
  static delete(): FieldOp {
    return new FieldOp('delete');
  }
}

type Mergeable<T> = T extends Date
  ? T
  : T extends readonly unknown[]
    ? T | FieldOp
    : T extends object
      ? { [K in keyof T]?: Mergeable<T[K]> | FieldOp }
      : T | FieldOp;

/** A partial document for `merge`: nested maps are merged field by field. */
export type MergeData<T> = { [K in keyof T]?: Mergeable<T[K]> | FieldOp };

/**
 * An `update`: top-level fields replace whole values; dotted paths
 * (`'processing.state'`) reach inside maps. Typed loosely for dotted paths,
 * which TypeScript cannot follow; repositories keep them in one place.
 */
export type UpdateData<T> = { [K in keyof T]?: T[K] | FieldOp } & Record<string, unknown>;

export type WhereOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'array-contains';

export interface QuerySpec {
  where?: readonly (readonly [field: string, op: WhereOp, value: unknown])[];
  /** Field paths with direction; `__name__` orders by document id. */
  orderBy?: readonly (readonly [field: string, direction: 'asc' | 'desc'])[];
  /** Values of the orderBy fields of the document to start after (the id for `__name__`). */
  startAfter?: readonly unknown[];
  limit?: number;
}

/** Writes that are buffered and committed together (a transaction's or a batch's). */
export interface Writer {
  create<T>(ref: DocRef<T>, data: T): void;
  set<T>(ref: DocRef<T>, data: T): void;
  merge<T>(ref: DocRef<T>, data: MergeData<T>): void;
  update<T>(ref: DocRef<T>, data: UpdateData<T>): void;
  delete(ref: DocRef<unknown>): void;
}

export interface Transaction extends Writer {
  get<T>(ref: DocRef<T>): Promise<T | undefined>;
  /** Several documents in one round trip, in the order asked (a hold reads every lock document it may write). */
  getAll<T>(refs: readonly DocRef<T>[]): Promise<(T | undefined)[]>;
  query<T>(from: CollectionRef<T> | GroupRef<T>, spec?: QuerySpec): Promise<Snapshot<T>[]>;
}

export interface Database {
  get<T>(ref: DocRef<T>): Promise<T | undefined>;
  /** Several documents in one round trip, in the order asked. */
  getAll<T>(refs: readonly DocRef<T>[]): Promise<(T | undefined)[]>;
  create<T>(ref: DocRef<T>, data: T): Promise<void>;
  set<T>(ref: DocRef<T>, data: T): Promise<void>;
  merge<T>(ref: DocRef<T>, data: MergeData<T>): Promise<void>;
  update<T>(ref: DocRef<T>, data: UpdateData<T>): Promise<void>;
  delete(ref: DocRef<unknown>): Promise<void>;
  query<T>(from: CollectionRef<T> | GroupRef<T>, spec?: QuerySpec): Promise<Snapshot<T>[]>;
  /** Calls `onNext` with the query's documents now and after every change, until unsubscribed. */
  watch<T>(
    from: CollectionRef<T>,
    spec: QuerySpec,
    onNext: (docs: Snapshot<T>[]) => void,
    onError: (err: unknown) => void,
  ): () => void;
  /** Runs `fn` atomically; it may run more than once, so it must not have side effects outside the transaction. */
  transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R>;
  /** Commits the writes atomically (all or none). */
  batch(fill: (writer: Writer) => void): Promise<void>;
}

// ------------------------------------------------------------------ refs

export function collection<T>(def: CollectionDef<T>, parentPath?: string): CollectionRef<T> {
  if (parentPath !== undefined) parentPath.split('/').forEach(assertDocumentId);
  return { def, path: parentPath ? `${parentPath}/${def.id}` : def.id };
}

export function group<T>(def: CollectionDef<T>): GroupRef<T> {
  return { def, group: true };
}

export function doc<T>(from: CollectionRef<T>, id: string): DocRef<T> {
  assertDocumentId(id);
  return { def: from.def, path: `${from.path}/${id}`, id };
}

/** The id of the document `levels` above `ref` (1 = the parent document, e.g. the business of a message). */
export function ancestorId(ref: DocRef<unknown>, levels = 1): string {
  const segments = ref.path.split('/');
  const id = segments[segments.length - 1 - 2 * levels];
  if (id === undefined) throw new StoreError('invalid-argument', `${ref.path} has no ancestor ${levels} up`);
  return id;
}

/** Firestore's limit on one document, in bytes (cloud.google.com/firestore/quotas). */
export const MAX_DOCUMENT_BYTES = 1_048_576;
const MAX_ID_BYTES = 1_500;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Firestore's rules for a document id: not empty, no '/', not '.' or '..',
 * not `__…__`, at most 1500 bytes of UTF-8 — and valid Unicode (a lone
 * surrogate cannot be encoded). External ids never go into paths raw
 * (store/ids.ts hashes them); this catches any that would.
 */
export function assertDocumentId(id: string): void {
  const problem =
    id === ''
      ? 'is empty'
      : id.includes('/')
        ? 'contains "/"'
        : id === '.' || id === '..'
          ? `is "${id}"`
          : /^__.*__$/.test(id)
            ? 'is reserved (__…__)'
            : LONE_SURROGATE.test(id)
              ? 'is not valid Unicode'
              : Buffer.byteLength(id, 'utf8') > MAX_ID_BYTES
                ? `is over ${MAX_ID_BYTES} bytes`
                : undefined;
  if (problem) throw new StoreError('invalid-argument', `document id ${JSON.stringify(id.slice(0, 80))} ${problem}`);
}

/**
 * The size of a document as Firestore counts it: the name (path segments
 * + 16), each field name + 1, strings as UTF-8 + 1, numbers and times 8,
 * booleans and null 1, maps and arrays the sum of their parts, plus 32.
 */
export function documentSize(path: string, data: unknown): number {
  const name = path.split('/').reduce((sum, segment) => sum + Buffer.byteLength(segment, 'utf8') + 1, 16);
  return name + valueSize(data) + 32;
}

function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'number' || value instanceof Date) return 8;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8') + 1;
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + valueSize(v), 0);
  if (value instanceof FieldOp) return 8;
  if (typeof value === 'object') {
    return Object.entries(value).reduce(
      (sum, [k, v]) => (v === undefined ? sum : sum + Buffer.byteLength(k, 'utf8') + 1 + valueSize(v)),
      0,
    );
  }
  return 8;
}

const AUTO_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random 20-character id, as Firestore makes for documents added without one. */
export function autoId(): string {
  const bytes = randomBytes(20);
  let id = '';
  for (const byte of bytes) id += AUTO_ID_CHARS[byte % AUTO_ID_CHARS.length];
  return id;
}
