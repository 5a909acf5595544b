/**
 * A Database that counts what it asks of the one it wraps, as Firestore
 * bills it: a document read per document returned (a query that finds
 * nothing still costs one), a write per document written, and the round
 * trips. `npm run bench` prints the counts per answered message; tests can
 * assert them.
 */
import type {
  CollectionRef,
  Database,
  DocRef,
  GroupRef,
  MergeData,
  QuerySpec,
  Snapshot,
  Transaction,
  UpdateData,
  Writer,
} from './database.js';

export interface OperationCounts {
  reads: number;
  writes: number;
  roundTrips: number;
}

export class CountingDatabase implements Database {
  counts: OperationCounts = { reads: 0, writes: 0, roundTrips: 0 };

  constructor(private readonly inner: Database) {}

  /** The counts so far, and zeroes them. */
  take(): OperationCounts {
    const counts = this.counts;
    this.counts = { reads: 0, writes: 0, roundTrips: 0 };
    return counts;
  }

  private read(documents: number) {
    this.counts.reads += Math.max(1, documents);
    this.counts.roundTrips += 1;
  }

  private wrote(documents: number) {
    this.counts.writes += documents;
    this.counts.roundTrips += 1;
  }

  async get<T>(ref: DocRef<T>): Promise<T | undefined> {
    this.read(1);
    return this.inner.get(ref);
  }
  async getAll<T>(refs: readonly DocRef<T>[]): Promise<(T | undefined)[]> {
    if (refs.length) this.read(refs.length);
    return this.inner.getAll(refs);
  }
  async create<T>(ref: DocRef<T>, data: T): Promise<void> {
    this.wrote(1);
    return this.inner.create(ref, data);
  }
  async set<T>(ref: DocRef<T>, data: T): Promise<void> {
    this.wrote(1);
    return this.inner.set(ref, data);
  }
  async merge<T>(ref: DocRef<T>, data: MergeData<T>): Promise<void> {
    this.wrote(1);
    return this.inner.merge(ref, data);
  }
  async update<T>(ref: DocRef<T>, data: UpdateData<T>): Promise<void> {
    this.wrote(1);
    return this.inner.update(ref, data);
  }
  async delete(ref: DocRef<unknown>): Promise<void> {
    this.wrote(1);
    return this.inner.delete(ref);
  }
  async query<T>(from: CollectionRef<T> | GroupRef<T>, spec?: QuerySpec): Promise<Snapshot<T>[]> {
    const found = await this.inner.query(from, spec);
    this.read(found.length);
    return found;
  }
  watch<T>(
    from: CollectionRef<T>,
    spec: QuerySpec,
    onNext: (docs: Snapshot<T>[]) => void,
    onError: (err: unknown) => void,
  ): () => void {
    return this.inner.watch(
      from,
      spec,
      (docs) => {
        this.read(docs.length);
        onNext(docs);
      },
      onError,
    );
  }

  async transaction<R>(fn: (tx: Transaction) => Promise<R>): Promise<R> {
    // Only the attempt that commits is counted: a retried attempt is contention, not the design.
    let attempt: OperationCounts = { reads: 0, writes: 0, roundTrips: 0 };
    const result = await this.inner.transaction(async (tx) => {
      attempt = { reads: 0, writes: 0, roundTrips: 1 };
      const counted: Transaction = {
        get: async (ref) => {
          attempt.reads += 1;
          attempt.roundTrips += 1;
          return tx.get(ref);
        },
        getAll: async (refs) => {
          if (refs.length) {
            attempt.reads += refs.length;
            attempt.roundTrips += 1;
          }
          return tx.getAll(refs);
        },
        query: async (from, spec) => {
          const found = await tx.query(from, spec);
          attempt.reads += Math.max(1, found.length);
          attempt.roundTrips += 1;
          return found;
        },
        ...countWrites(tx, () => (attempt.writes += 1)),
      };
      return fn(counted);
    });
    this.counts.reads += attempt.reads;
    this.counts.writes += attempt.writes;
    this.counts.roundTrips += attempt.roundTrips;
    return result;
  }

  async batch(fill: (writer: Writer) => void): Promise<void> {
    let writes = 0;
    await this.inner.batch((writer) => fill(countWrites(writer, () => (writes += 1))));
    this.wrote(writes);
  }
}

function countWrites(writer: Writer, count: () => void): Writer {
  return {
    create: (ref, data) => (count(), writer.create(ref, data)),
    set: (ref, data) => (count(), writer.set(ref, data)),
    merge: (ref, data) => (count(), writer.merge(ref, data)),
    update: (ref, data) => (count(), writer.update(ref, data)),
    delete: (ref) => (count(), writer.delete(ref)),
  };
}
