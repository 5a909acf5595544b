/**
 * The in-memory Database: Firestore's semantics for what the pipelines use
 * (creates that fail on existing documents, deep merges, dotted updates,
 * collection-group queries, transactions that run again when a document
 * they read changed, atomic batches, listeners, the 1 MiB limit and id
 * rules), so the repositories and pipelines can be unit-tested fast —
 * including races: every operation yields to the event loop, so concurrent
 * workers interleave as they would against a server.
 *
 * Test hooks: `failNext` makes the next matching operations throw a given
 * StoreError (an outage, a permanent refusal); `dump` shows everything.
 */
import { StoreError } from '../errors.js';
import {
  type CollectionRef,
  type Database,
  type DocRef,
  FieldOp,
  type GroupRef,
  MAX_DOCUMENT_BYTES,
  type MergeData,
  type QuerySpec,
  type Snapshot,
  type Transaction,
  type UpdateData,
  type Writer,
  documentSize,
} from './database.js';
import { compareValues, fieldValue, matches } from './query-eval.js';

type Data = Record<string, unknown>;
interface Stored {
  data: Data;
  version: number;
}

type Write =
  | { kind: 'create' | 'set'; ref: DocRef<unknown>; data: Data }
  | { kind: 'merge' | 'update'; ref: DocRef<unknown>; data: Data }
  | { kind: 'delete'; ref: DocRef<unknown> };

export type Operation = 'read' | 'write' | 'query' | 'commit';

interface Fault {
  operation: Operation;
  path?: RegExp | undefined;
  error: () => StoreError;
  remaining: number;
  /** The commit lands, but its answer is lost: the client sees the error and runs the transaction again. */
  afterApply?: boolean | undefined;
}

const MAX_TRANSACTION_ATTEMPTS = 5;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

export class MemoryDatabase implements Database {
  private readonly docs = new Map<string, Stored>();
  private readonly listeners = new Set<() => void>();
  private readonly faults: Fault[] = [];
  private version = 0;

  /**
   * The next `times` operations of this kind (on paths matching `path`) throw what `error` makes.
   * With `afterApply`, a transaction's commit lands first and then fails, as when the answer to a
   * commit is lost: the transaction runs again, as the SDK does.
   */
  failNext(
    operation: Operation,
    error: () => StoreError,
    options: { times?: number; path?: RegExp; afterApply?: boolean } = {},
  ): void {
    this.faults.push({
      operation,
      error,
      path: options.path,
      remaining: options.times ?? 1,
      afterApply: options.afterApply,
    });
  }

  /** Every document, by path (a copy). */
  dump(): Record<string, Data> {
    return Object.fromEntries([...this.docs].map(([path, stored]) => [path, structuredClone(stored.data)]));
  }

  async get<T>(ref: DocRef<T>): Promise<T | undefined> {
    await this.enter('read', ref.path);
    return this.readDoc(ref);
  }

  async getAll<T>(refs: readonly DocRef<T>[]): Promise<(T | undefined)[]> {
    for (const ref of refs) await this.enter('read', ref.path);
    return refs.map((ref) => this.readDoc(ref));
  }

  async create<T>(ref: DocRef<T>, data: T): Promise<void> {
    await this.commit([{ kind: 'create', ref, data: data as Data }]);
  }
  async set<T>(ref: DocRef<T>, data: T): Promise<void> {
    await this.commit([{ kind: 'set', ref, data: data as Data }]);
  }
  async merge<T>(ref: DocRef<T>, data: MergeData<T>): Promise<void> {
    await this.commit([{ kind: 'merge', ref, data: data as Data }]);
  }
  async update<T>(ref: DocRef<T>, data: UpdateData<T>): Promise<void> {
    await this.commit([{ kind: 'update', ref, data }]);
  }
  async delete(ref: DocRef<unknown>): Promise<void> {
    await this.commit([{ kind: 'delete', ref }]);
  }

  async query<T>(from: CollectionRef<T> | GroupRef<T>, spec: QuerySpec = {}): Promise<Snapshot<T>[]> {
    await this.enter('query', 'path' in from ? from.path : from.def.id);
    return this.runQuery(from, spec);
  }

  watch<T>(
    from: CollectionRef<T>,
    spec: QuerySpec,
    onNext: (docs: Snapshot<T>[]) => void,
    onError: (err: unknown) => void,
  ): () => void {
    let last = '';
    const check = () => {
      try {
        const docs = this.runQuery(from, spec);
        const key = JSON.stringify(docs.map((d) => [d.ref.path, this.docs.get(d.ref.path)?.version]));
        if (key !== last) {
          last = key;
          onNext(docs);
        }
      } catch (err) {
        onError(err);
      }
    };
    this.listeners.add(check);
    queueMicrotask(check);
    return () => void this.listeners.delete(check);
  }

  async transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    for (let attempt = 1; ; attempt++) {
      const reads = new Map<string, number>();
      const writes: Write[] = [];
      const readsFirst = () => {
        if (writes.length) throw new StoreError('invalid-argument', 'a transaction must read before it writes');
      };
      const tx: Transaction = {
        get: async <T>(ref: DocRef<T>) => {
          readsFirst();
          await this.enter('read', ref.path);
          if (!reads.has(ref.path)) reads.set(ref.path, this.docs.get(ref.path)?.version ?? 0);
          return this.readDoc(ref);
        },
        getAll: async <T>(refs: readonly DocRef<T>[]) => {
          readsFirst();
          // One round trip, as Firestore's transaction.getAll.
          for (const ref of refs) await this.enter('read', ref.path);
          for (const ref of refs) if (!reads.has(ref.path)) reads.set(ref.path, this.docs.get(ref.path)?.version ?? 0);
          return refs.map((ref) => this.readDoc(ref));
        },
        query: async <T>(from: CollectionRef<T> | GroupRef<T>, spec: QuerySpec = {}) => {
          readsFirst();
          await this.enter('query', 'path' in from ? from.path : from.def.id);
          const docs = this.runQuery(from, spec);
          for (const d of docs) if (!reads.has(d.ref.path)) reads.set(d.ref.path, this.docs.get(d.ref.path)!.version);
          return docs;
        },
        ...collectWrites(writes),
      };
      const result = await fn(tx);
      const lost = this.lostAnswer(writes[0]?.ref.path ?? '');
      if (!lost) await this.enter('commit', writes[0]?.ref.path ?? '');
      const stale = [...reads].some(([path, version]) => (this.docs.get(path)?.version ?? 0) !== version);
      if (!stale) {
        this.apply(writes);
        if (lost && attempt < MAX_TRANSACTION_ATTEMPTS) continue;
        return result;
      }
      if (attempt === MAX_TRANSACTION_ATTEMPTS) {
        throw new StoreError('aborted', `transaction contended ${attempt} times`);
      }
    }
  }

  async batch(fill: (writer: Writer) => void): Promise<void> {
    const writes: Write[] = [];
    fill(collectWrites(writes));
    await this.commit(writes);
  }

  // ---------------------------------------------------------------- internals

  private async enter(operation: Operation, path: string): Promise<void> {
    await turn();
    const fault = this.faults.find((f) => f.operation === operation && !f.afterApply && (!f.path || f.path.test(path)));
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      throw fault.error();
    }
  }

  /** Takes a pending "commit lands, answer lost" fault for this path, if there is one. */
  private lostAnswer(path: string): boolean {
    const fault = this.faults.find((f) => f.operation === 'commit' && f.afterApply && (!f.path || f.path.test(path)));
    if (!fault) return false;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
    return true;
  }

  private readDoc<T>(ref: DocRef<T>): T | undefined {
    const stored = this.docs.get(ref.path);
    return stored ? ref.def.read(structuredClone(stored.data), ref.path) : undefined;
  }

  private runQuery<T>(from: CollectionRef<T> | GroupRef<T>, spec: QuerySpec): Snapshot<T>[] {
    const inScope = (path: string) => {
      const segments = path.split('/');
      if ('path' in from)
        return path.startsWith(`${from.path}/`) && segments.length === from.path.split('/').length + 1;
      return segments[segments.length - 2] === from.def.id;
    };
    let rows = [...this.docs]
      .filter(([path]) => inScope(path))
      .map(([path, stored]) => ({ path, id: path.split('/').pop()!, data: stored.data }))
      .filter((row) => (spec.where ?? []).every(([field, op, value]) => matches(row, field, op, value)));
    const order = spec.orderBy ?? [];
    // Like Firestore, a document without an orderBy field is not in the result.
    rows = rows.filter((row) => order.every(([field]) => fieldValue(row, field) !== undefined));
    rows.sort((a, b) => {
      for (const [field, direction] of order) {
        const c = compareValues(fieldValue(a, field), fieldValue(b, field));
        if (c !== 0) return direction === 'asc' ? c : -c;
      }
      return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    });
    if (spec.startAfter) {
      const after = spec.startAfter;
      rows = rows.filter((row) => {
        for (let i = 0; i < after.length; i++) {
          const [field, direction] = order[i] ?? ['__name__', 'asc'];
          const c = compareValues(fieldValue(row, field), after[i]);
          if (c !== 0) return direction === 'asc' ? c > 0 : c < 0;
        }
        return false;
      });
    }
    if (spec.limit !== undefined) rows = rows.slice(0, spec.limit);
    return rows.map((row) => {
      const ref = { def: from.def, path: row.path, id: row.id };
      return { ref, data: from.def.read(structuredClone(row.data), row.path) };
    });
  }

  private async commit(writes: Write[]): Promise<void> {
    await this.enter('write', writes[0]?.ref.path ?? '');
    this.apply(writes);
  }

  /** Checks every write first, then applies all of them: atomic. */
  private apply(writes: Write[]): void {
    const next = new Map<string, Data | null>();
    const current = (path: string) => (next.has(path) ? next.get(path)! : (this.docs.get(path)?.data ?? null));
    for (const write of writes) {
      const { path } = write.ref;
      const existing = current(path);
      let result: Data | null;
      switch (write.kind) {
        case 'create':
          if (existing) throw new StoreError('already-exists', `${path} already exists`);
          result = applyFields({}, write.data, 'set');
          break;
        case 'set':
          result = applyFields({}, write.data, 'set');
          break;
        case 'merge':
          result = applyFields(structuredClone(existing ?? {}), write.data, 'merge');
          break;
        case 'update':
          if (!existing) throw new StoreError('not-found', `no document to update at ${path}`);
          result = applyFields(structuredClone(existing), write.data, 'update');
          break;
        case 'delete':
          result = null;
          break;
      }
      if (result) {
        const size = documentSize(path, result);
        if (size > MAX_DOCUMENT_BYTES) {
          throw new StoreError('too-large', `${path} would be ${size} bytes (the limit is ${MAX_DOCUMENT_BYTES})`);
        }
      }
      next.set(path, result);
    }
    for (const [path, data] of next) {
      if (data) this.docs.set(path, { data, version: ++this.version });
      else this.docs.delete(path);
    }
    if (next.size) for (const listener of this.listeners) queueMicrotask(listener);
  }
}

function collectWrites(writes: Write[]): Writer {
  return {
    create: (ref, data) => void writes.push({ kind: 'create', ref, data: data as Data }),
    set: (ref, data) => void writes.push({ kind: 'set', ref, data: data as Data }),
    merge: (ref, data) => void writes.push({ kind: 'merge', ref, data: data as Data }),
    update: (ref, data) => void writes.push({ kind: 'update', ref, data }),
    delete: (ref) => void writes.push({ kind: 'delete', ref }),
  };
}

/**
 * Applies fields to a document: `set` writes values as given, `merge`
 * merges nested maps, `update` treats dotted keys as paths into maps.
 * FieldOps are resolved against what is there; undefined values are
 * skipped (ignoreUndefinedProperties), Dates kept.
 */
function applyFields(target: Data, fields: Data, mode: 'set' | 'merge' | 'update'): Data {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const path = mode === 'update' ? key.split('.') : [key];
    let parent = target;
    for (const segment of path.slice(0, -1)) {
      const child = parent[segment];
      if (!isMap(child)) parent[segment] = {};
      parent = parent[segment] as Data;
    }
    const last = path[path.length - 1]!;
    if (value instanceof FieldOp) {
      applyOp(parent, last, value);
    } else if (mode === 'merge' && isMap(value)) {
      const child = parent[last];
      parent[last] = applyFields(isMap(child) ? child : {}, value, 'merge');
    } else {
      parent[last] = stripUndefined(structuredClone(value));
    }
  }
  return target;
}

function applyOp(parent: Data, key: string, op: FieldOp): void {
  const current = parent[key];
  switch (op.kind) {
    case 'delete':
      Reflect.deleteProperty(parent, key);
      return;
    case 'increment':
      parent[key] = (typeof current === 'number' ? current : 0) + (op.operand as number);
      return;
    case 'arrayUnion': {
      const list = Array.isArray(current) ? [...current] : [];
      for (const v of op.operand as unknown[]) {
        if (!list.some((x) => compareValues(x, v) === 0)) list.push(structuredClone(v));
      }
      parent[key] = list;
      return;
    }
  }
}

function isMap(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function stripUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripUndefined);
  if (isMap(value)) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, stripUndefined(v)]),
    );
  }
  return value;
}
