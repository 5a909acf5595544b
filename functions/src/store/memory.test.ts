import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import { collection, doc } from './database.js';
import { runDatabaseContract } from './database.contract.js';
import { MemoryDatabase } from './memory.js';

runDatabaseContract('memory', () => new MemoryDatabase());

describe('MemoryDatabase test hooks', () => {
  const things = collection({ id: 'things', read: (d) => d as { name: string } }, 'root/r');

  it('fails the next matching operations with the given error, then recovers', async () => {
    const db = new MemoryDatabase();
    db.failNext('write', () => new StoreError('unavailable', 'outage'), { times: 2, path: /things/ });
    await expect(db.set(doc(things, 'a'), { name: 'a' })).rejects.toMatchObject({ kind: 'unavailable' });
    await expect(db.set(doc(things, 'a'), { name: 'a' })).rejects.toMatchObject({ kind: 'unavailable' });
    await db.set(doc(things, 'a'), { name: 'a' });
    expect(db.dump()).toEqual({ 'root/r/things/a': { name: 'a' } });
  });

  it('refuses writes after reads are done in a transaction order', async () => {
    const db = new MemoryDatabase();
    await expect(
      db.transaction(async (tx) => {
        tx.set(doc(things, 'x'), { name: 'x' });
        await tx.get(doc(things, 'y'));
      }),
    ).rejects.toMatchObject({ kind: 'invalid-argument' });
  });
});
