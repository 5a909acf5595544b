/**
 * The contract every Database implementation keeps: Firestore's semantics
 * for what the repositories use. `memory.test.ts` runs it in memory; the
 * emulator suite (`functions/test/emulator/store.test.ts`) runs it on the
 * Firestore emulator, so the fake cannot drift from the real thing.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import { type CollectionDef, type Database, FieldOp, collection, doc, group } from './database.js';

interface Thing {
  name: string;
  n?: number;
  at?: Date;
  tags?: string[];
  nested?: { a?: number; b?: string; deep?: { c?: number } };
  note?: string | null;
}

const things: CollectionDef<Thing> = {
  id: 'things',
  read: (data) => data as Thing,
};

/** A collection whose reader refuses documents without a name, as repositories refuse bad outside data. */
const strictThings: CollectionDef<Thing> = {
  id: 'things',
  read: (data, path) => {
    if (typeof (data as Thing).name !== 'string') throw new StoreError('invalid-data', `${path}: name missing`);
    return data as Thing;
  },
};

async function expectStoreError(promise: Promise<unknown>, kind: StoreError['kind']): Promise<void> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  expect((err as StoreError).kind).toBe(kind);
}

export function runDatabaseContract(name: string, make: () => Database): void {
  describe(`database contract: ${name}`, () => {
    const db = make();
    /** A fresh parent document per test, so runs never see each other's data. */
    const fresh = () => {
      const root = `contract/${randomUUID()}`;
      return { root, things: collection(things, root) };
    };

    it('creates, reads back with Dates, refuses a second create', async () => {
      const { things: c } = fresh();
      const at = new Date('2026-03-29T01:30:00.123Z');
      await db.create(doc(c, 'a'), { name: 'A', at, nested: { deep: { c: 1 } }, note: null });
      expect(await db.get(doc(c, 'a'))).toEqual({ name: 'A', at, nested: { deep: { c: 1 } }, note: null });
      expect((await db.get(doc(c, 'a')))!.at).toBeInstanceOf(Date);
      await expectStoreError(db.create(doc(c, 'a'), { name: 'again' }), 'already-exists');
      expect(await db.get(doc(c, 'missing'))).toBeUndefined();
    });

    it('drops undefined fields', async () => {
      const { things: c } = fresh();
      await db.set(doc(c, 'u'), { name: 'U', n: undefined, nested: { a: undefined, b: 'x' } });
      expect(await db.get(doc(c, 'u'))).toEqual({ name: 'U', nested: { b: 'x' } });
    });

    it('set replaces, merge merges maps field by field, update follows dotted paths', async () => {
      const { things: c } = fresh();
      const ref = doc(c, 'm');
      await db.set(ref, { name: 'M', n: 1, nested: { a: 1, b: 'keep', deep: { c: 1 } } });
      await db.merge(ref, { nested: { a: 2, deep: { c: 3 } } });
      expect(await db.get(ref)).toEqual({ name: 'M', n: 1, nested: { a: 2, b: 'keep', deep: { c: 3 } } });
      await db.update(ref, { 'nested.b': 'changed', n: 5 });
      expect(await db.get(ref)).toEqual({ name: 'M', n: 5, nested: { a: 2, b: 'changed', deep: { c: 3 } } });
      await db.update(ref, { nested: { a: 9 } });
      expect(await db.get(ref)).toEqual({ name: 'M', n: 5, nested: { a: 9 } });
      await db.set(ref, { name: 'only' });
      expect(await db.get(ref)).toEqual({ name: 'only' });
      await expectStoreError(db.update(doc(c, 'nothing'), { name: 'x' }), 'not-found');
      await db.merge(doc(c, 'new-by-merge'), { name: 'N' });
      expect(await db.get(doc(c, 'new-by-merge'))).toEqual({ name: 'N' });
    });

    it('applies increments, array unions and field deletes', async () => {
      const { things: c } = fresh();
      const ref = doc(c, 'ops');
      await db.merge(ref, { name: 'O', n: FieldOp.increment(2), tags: FieldOp.arrayUnion('a', 'b') });
      await db.merge(ref, { n: FieldOp.increment(3), tags: FieldOp.arrayUnion('b', 'c') });
      await db.update(ref, { note: 'x', 'nested.a': FieldOp.increment(1) });
      expect(await db.get(ref)).toEqual({ name: 'O', n: 5, tags: ['a', 'b', 'c'], note: 'x', nested: { a: 1 } });
      await db.update(ref, { note: FieldOp.delete() });
      expect(await db.get(ref)).toEqual({ name: 'O', n: 5, tags: ['a', 'b', 'c'], nested: { a: 1 } });
      await db.delete(ref);
      expect(await db.get(ref)).toBeUndefined();
    });

    it('reads several documents in order, missing ones as undefined', async () => {
      const { things: c } = fresh();
      await db.set(doc(c, 'x'), { name: 'X' });
      await db.set(doc(c, 'z'), { name: 'Z' });
      expect(await db.getAll([doc(c, 'z'), doc(c, 'y'), doc(c, 'x')])).toEqual([
        { name: 'Z' },
        undefined,
        { name: 'X' },
      ]);
      expect(await db.getAll([])).toEqual([]);
    });

    it('queries with filters, orderings, limits and cursors', async () => {
      const { things: c } = fresh();
      const base = Date.parse('2026-01-01T00:00:00Z');
      for (let i = 0; i < 6; i++) {
        await db.set(doc(c, `d${i}`), {
          name: i % 2 ? 'odd' : 'even',
          n: i,
          at: new Date(base + i * 60_000),
          tags: [`t${i}`, 'all'],
          nested: { a: i * 10 },
        });
      }
      await db.set(doc(c, 'no-n'), { name: 'even' });
      const ids = (docs: { ref: { id: string } }[]) => docs.map((d) => d.ref.id);

      expect(ids(await db.query(c, { where: [['name', '==', 'odd']], orderBy: [['n', 'asc']] }))).toEqual([
        'd1',
        'd3',
        'd5',
      ]);
      expect(ids(await db.query(c, { where: [['n', '<=', 2]], orderBy: [['n', 'desc']] }))).toEqual(['d2', 'd1', 'd0']);
      expect(
        ids(await db.query(c, { where: [['at', '>', new Date(base + 3 * 60_000)]], orderBy: [['at', 'asc']] })),
      ).toEqual(['d4', 'd5']);
      expect(ids(await db.query(c, { where: [['n', 'in', [0, 4, 9]]], orderBy: [['n', 'asc']] }))).toEqual([
        'd0',
        'd4',
      ]);
      expect(ids(await db.query(c, { where: [['tags', 'array-contains', 't3']] }))).toEqual(['d3']);
      expect(ids(await db.query(c, { where: [['nested.a', '>=', 40]], orderBy: [['nested.a', 'asc']] }))).toEqual([
        'd4',
        'd5',
      ]);
      // A document without the ordered field is not in an ordered result.
      expect(ids(await db.query(c, { orderBy: [['n', 'asc']], limit: 3 }))).toEqual(['d0', 'd1', 'd2']);
      expect(
        ids(
          await db.query(c, {
            orderBy: [
              ['at', 'asc'],
              ['__name__', 'asc'],
            ],
            startAfter: [new Date(base + 3 * 60_000), 'd3'],
          }),
        ),
      ).toEqual(['d4', 'd5']);
      expect(ids(await db.query(c, { where: [['name', '!=', 'odd']], orderBy: [['name', 'asc']] })).sort()).toEqual([
        'd0',
        'd2',
        'd4',
        'no-n',
      ]);
    });

    it('queries a collection group across parents', async () => {
      const tag = randomUUID();
      const a = fresh();
      const b = fresh();
      await db.set(doc(a.things, 'one'), { name: tag, n: 1 });
      await db.set(doc(b.things, 'two'), { name: tag, n: 2 });
      await db.set(doc(collection(things, `${a.root}/sub/x`), 'deeper'), { name: tag, n: 3 });
      const found = await db.query(group(things), { where: [['name', '==', tag]] });
      expect(found.map((d) => d.data.n).sort()).toEqual([1, 2, 3]);
      expect(found.map((d) => d.ref.path).sort()).toEqual(
        [`${a.root}/things/one`, `${b.root}/things/two`, `${a.root}/sub/x/things/deeper`].sort(),
      );
    });

    it('transactions are atomic and lose no update under contention', async () => {
      const { things: c } = fresh();
      const ref = doc(c, 'counter');
      await db.set(ref, { name: 'counter', n: 0 });
      await Promise.all(
        Array.from({ length: 5 }, () =>
          db.transaction(async (tx) => {
            const current = await tx.get(ref);
            tx.update(ref, { n: (current?.n ?? 0) + 1 });
          }),
        ),
      );
      expect((await db.get(ref))!.n).toBe(5);
    });

    it('gives a claim to exactly one of many concurrent transactions', async () => {
      const { things: c } = fresh();
      const ref = doc(c, 'item');
      await db.set(ref, { name: 'pending' });
      const outcomes = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          db
            .transaction(async (tx) => {
              const item = await tx.get(ref);
              if (item?.name !== 'pending') return false;
              tx.update(ref, { name: `claimed-${i}` });
              return true;
            })
            .catch((err: unknown) => {
              // Contention that outlasts the retries is a lost claim, never a second winner.
              if (err instanceof StoreError && err.kind === 'aborted') return false;
              throw err;
            }),
        ),
      );
      expect(outcomes.filter(Boolean)).toHaveLength(1);
      expect((await db.get(ref))!.name).toMatch(/^claimed-\d$/);
    });

    it('commits nothing of a failed transaction or batch', async () => {
      const { things: c } = fresh();
      await db.set(doc(c, 'exists'), { name: 'E' });
      await expect(
        db.transaction(async (tx) => {
          await tx.get(doc(c, 'exists'));
          tx.set(doc(c, 'side'), { name: 'side effect' });
          throw new Error('handler failed');
        }),
      ).rejects.toThrow('handler failed');
      expect(await db.get(doc(c, 'side'))).toBeUndefined();

      await expectStoreError(
        db.batch((w) => {
          w.set(doc(c, 'other'), { name: 'other' });
          w.create(doc(c, 'exists'), { name: 'clash' });
        }),
        'already-exists',
      );
      expect(await db.get(doc(c, 'other'))).toBeUndefined();
      await db.batch((w) => {
        w.create(doc(c, 'b1'), { name: 'B1' });
        w.merge(doc(c, 'exists'), { n: FieldOp.increment(1) });
      });
      expect(await db.getAll([doc(c, 'b1'), doc(c, 'exists')])).toEqual([{ name: 'B1' }, { name: 'E', n: 1 }]);
    });

    it('reads several documents in one transaction and retries when one of them changes', async () => {
      const { things: c } = fresh();
      await db.set(doc(c, 'l1'), { name: 'lock', n: 0 });
      // Four writers each read both documents (one absent) and add to the first: none is lost.
      await Promise.all(
        Array.from({ length: 4 }, () =>
          db.transaction(async (tx) => {
            const [one, two] = await tx.getAll([doc(c, 'l1'), doc(c, 'l2')]);
            expect(two).toBeUndefined();
            tx.update(doc(c, 'l1'), { n: (one?.n ?? 0) + 1 });
          }),
        ),
      );
      expect((await db.get(doc(c, 'l1')))!.n).toBe(4);
      expect(await db.transaction((tx) => tx.getAll([]))).toEqual([]);
    });

    it('lets an error thrown by the transaction function reach the caller as it was', async () => {
      const { things: c } = fresh();
      class Refused extends Error {}
      const refusal = new Refused('not allowed');
      const caught = await db
        .transaction(async (tx) => {
          await tx.get(doc(c, 'x'));
          throw refusal;
        })
        .catch((e: unknown) => e);
      expect(caught).toBe(refusal);
    });

    it('runs a query inside a transaction', async () => {
      const { things: c } = fresh();
      await db.set(doc(c, 'q1'), { name: 'q', n: 1 });
      const total = await db.transaction(async (tx) => {
        const found = await tx.query(c, { where: [['name', '==', 'q']] });
        tx.set(doc(c, 'sum'), { name: 'sum', n: found.length });
        return found.length;
      });
      expect(total).toBe(1);
      expect((await db.get(doc(c, 'sum')))!.n).toBe(1);
    });

    it('refuses a document over 1 MiB as too large, a permanent failure', async () => {
      const { things: c } = fresh();
      const err = await db.create(doc(c, 'big'), { name: 'x'.repeat(1_100_000) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).kind).toBe('too-large');
      expect((err as StoreError).retryable).toBe(false);
      expect(await db.get(doc(c, 'big'))).toBeUndefined();
    });

    it('refuses ids Firestore cannot hold before anything is sent', () => {
      const { things: c } = fresh();
      for (const bad of ['', 'a/b', '.', '..', '__x__', 'bad\uD800id', 'x'.repeat(1501)]) {
        expect(() => doc(c, bad)).toThrow(StoreError);
      }
    });

    it('checks what it reads with the collection definition', async () => {
      const { root, things: c } = fresh();
      await db.set(doc(c, 'bad'), { n: 1 } as unknown as Thing);
      await expectStoreError(db.get(doc(collection(strictThings, root), 'bad')), 'invalid-data');
    });

    // The first snapshot is awaited before writing: on a loaded machine the emulator's listen stream
    // can take many seconds to open, and a write made before it is up is only seen through a
    // resumed stream. An error from the watch fails the test with its cause instead of a timeout.
    it('watches a query: now and after each change', async () => {
      const { things: c } = fresh();
      const seen: number[] = [];
      const waiters: { count: number; resolve: () => void }[] = [];
      let failed: ((err: unknown) => void) | undefined;
      const failure = new Promise<never>((_, reject) => (failed = reject));
      const reach = (count: number) =>
        Promise.race([
          new Promise<void>((resolve) => {
            if (seen.includes(count)) resolve();
            else waiters.push({ count, resolve });
          }),
          failure,
        ]);
      const stop = db.watch(
        c,
        { where: [['name', '==', 'w']] },
        (docs) => {
          seen.push(docs.length);
          for (const w of waiters) if (w.count === docs.length) w.resolve();
        },
        (err) => failed?.(err),
      );
      try {
        await reach(0);
        await db.set(doc(c, 'w1'), { name: 'w' });
        await reach(1);
        await db.set(doc(c, 'w2'), { name: 'w' });
        await reach(2);
      } finally {
        stop();
      }
      expect(seen).toEqual([0, 1, 2]);
    }, 120_000);
  });
}
