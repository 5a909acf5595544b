import { describe, expect, it } from 'vitest';
import {
  type LockEntry,
  type LockRequest,
  type LockWrite,
  keysToRead,
  lockCells,
  lockKeys,
  planExtend,
  planLock,
  planMove,
  planRelease,
} from './locks.js';

const t = (hhmm: string, date = '2026-03-29') => new Date(`${date}T${hhmm}:00Z`);
const span = (from: string, to: string) => ({ start: t(from), end: t(to) });
const NOW = t('06:00');

/** A tiny lock store: applies plans the way the transaction will. */
class Locks {
  docs = new Map<string, LockEntry[]>();
  read = (key: string) => this.docs.get(key);
  apply(writes: readonly LockWrite[]) {
    for (const w of writes) {
      if (w.entries.length === 0) this.docs.delete(w.key);
      else this.docs.set(w.key, w.entries);
    }
  }
  hold(id: string, from: string, to: string, options: string[][] = [['all.1']], expiresAt: Date | null = null) {
    const plan = planLock({ appointmentId: id, span: span(from, to), options, expiresAt, now: NOW }, this.read);
    if (plan.ok) this.apply(plan.writes);
    return plan;
  }
}

describe('lockCells', () => {
  it.each([
    ['inside one hour', span('10:00', '10:45'), ['2026-03-29T10Z']],
    ['ending on the hour does not touch the next cell', span('10:00', '11:00'), ['2026-03-29T10Z']],
    ['off-grid start and end', span('09:50', '11:05'), ['2026-03-29T09Z', '2026-03-29T10Z', '2026-03-29T11Z']],
    ['across midnight UTC', { start: t('23:30', '2026-03-28'), end: t('00:30') }, ['2026-03-28T23Z', '2026-03-29T00Z']],
    // Kathmandu is UTC+5:45: 10:00–11:00 local is 04:15–05:15Z, two cells.
    ['a zone with a 45-minute offset', span('04:15', '05:15'), ['2026-03-29T04Z', '2026-03-29T05Z']],
  ])('%s', (_label, s, expected) => {
    expect(lockCells(s)).toEqual(expected);
  });

  it('keys are unit × cell', () => {
    expect(lockKeys(['r.carlos.1', 'all.1'], span('10:30', '11:30'))).toEqual([
      'r.carlos.1_2026-03-29T10Z',
      'r.carlos.1_2026-03-29T11Z',
      'all.1_2026-03-29T10Z',
      'all.1_2026-03-29T11Z',
    ]);
  });
});

describe('planLock', () => {
  it.each([
    // [existing span, new span, new one fits?]
    ['same slot', ['10:00', '11:00'], ['10:00', '11:00'], false],
    ['back to back, sharing a cell', ['10:00', '10:45'], ['10:45', '11:30'], true],
    ['back to back the other way', ['10:45', '11:30'], ['10:00', '10:45'], true],
    ['one minute of overlap', ['10:00', '10:46'], ['10:45', '11:30'], false],
    ['contained', ['09:00', '12:00'], ['10:15', '10:30'], false],
    ['containing', ['10:15', '10:30'], ['09:00', '12:00'], false],
    ['far apart', ['08:00', '09:00'], ['14:00', '15:00'], true],
  ])('%s', (_label, [a1, a2], [b1, b2], fits) => {
    const locks = new Locks();
    expect(locks.hold('a', a1!, a2!).ok).toBe(true);
    const plan = locks.hold('b', b1!, b2!);
    expect(plan.ok).toBe(fits);
    if (!plan.ok) expect(plan.conflicts).toEqual(['a']);
  });

  it('every pair of overlapping spans on one unit collides, on or off any grid', () => {
    // Exhaustive over 5-minute spans within three hours: the lock agrees with plain interval overlap.
    const minutes = (m: number) =>
      `${String(9 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    let pairs = 0;
    for (let a = 0; a < 180; a += 25) {
      for (let al = 5; a + al <= 180; al += 35) {
        for (let b = 0; b < 180; b += 10) {
          for (let bl = 5; b + bl <= 180; bl += 20) {
            const locks = new Locks();
            locks.hold('a', minutes(a), minutes(a + al));
            const overlap = a < b + bl && b < a + al;
            expect(locks.hold('b', minutes(b), minutes(b + bl)).ok, `${a}+${al} vs ${b}+${bl}`).toBe(!overlap);
            pairs++;
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it('different units never collide; the next option is taken when the first is held', () => {
    const locks = new Locks();
    const options = [['r.carlos.1'], ['r.jess.1']];
    const first = locks.hold('a', '10:00', '11:00', options);
    const second = locks.hold('b', '10:00', '11:00', options);
    const third = locks.hold('c', '10:00', '11:00', options);
    expect(first.ok && first.units).toEqual(['r.carlos.1']);
    expect(second.ok && second.units).toEqual(['r.jess.1']);
    expect(third).toEqual({ ok: false, conflicts: ['a', 'b'] });
  });

  it('an option with an overall unit collides on either unit', () => {
    const locks = new Locks();
    locks.hold('a', '10:00', '11:00', [['r.carlos.1', 'all.1']]);
    expect(locks.hold('b', '10:00', '11:00', [['r.jess.1', 'all.1']]).ok).toBe(false);
  });

  it('an expired hold no longer blocks, and is dropped from the documents it shares', () => {
    const locks = new Locks();
    locks.hold('a', '10:00', '11:00', [['all.1']], t('05:59'));
    const plan = locks.hold('b', '10:00', '11:00');
    expect(plan.ok).toBe(true);
    expect(locks.docs.get('all.1_2026-03-29T10Z')!.map((e) => e.appointmentId)).toEqual(['b']);
  });

  it('a live hold blocks until it expires', () => {
    const locks = new Locks();
    locks.hold('a', '10:00', '11:00', [['all.1']], t('06:10'));
    expect(locks.hold('b', '10:00', '11:00').ok).toBe(false);
  });

  it('keysToRead covers every option', () => {
    const request: Pick<LockRequest, 'options' | 'span'> = {
      options: [['all.1'], ['all.2']],
      span: span('10:30', '11:30'),
    };
    expect(keysToRead(request)).toEqual([
      'all.1_2026-03-29T10Z',
      'all.1_2026-03-29T11Z',
      'all.2_2026-03-29T10Z',
      'all.2_2026-03-29T11Z',
    ]);
  });
});

describe('release, extend and move', () => {
  it('release removes only that appointment and deletes emptied documents', () => {
    const locks = new Locks();
    locks.hold('a', '10:00', '10:30');
    locks.hold('b', '10:30', '11:30');
    locks.apply(planRelease('a', ['all.1_2026-03-29T10Z'], locks.read, NOW));
    expect(locks.docs.get('all.1_2026-03-29T10Z')!.map((e) => e.appointmentId)).toEqual(['b']);
    locks.apply(planRelease('b', lockKeys(['all.1'], span('10:30', '11:30')), locks.read, NOW));
    expect(locks.docs.size).toBe(0);
  });

  it('extend keeps a hold past its first expiry', () => {
    const locks = new Locks();
    locks.hold('a', '10:00', '11:00', [['all.1']], t('06:05'));
    locks.apply(planExtend('a', ['all.1_2026-03-29T10Z'], null, locks.read, NOW));
    expect(locks.docs.get('all.1_2026-03-29T10Z')![0]!.expiresAt).toBeNull();
  });

  it('a move may overlap its own old time, and frees what it leaves', () => {
    const locks = new Locks();
    const first = locks.hold('a', '10:00', '11:00');
    if (!first.ok) throw new Error('expected the first hold');
    const move = planMove(
      { appointmentId: 'a', span: span('10:30', '11:30'), options: [['all.1']], expiresAt: null, now: NOW },
      first.keys,
      locks.read,
    );
    expect(move.ok).toBe(true);
    if (move.ok) locks.apply(move.writes);
    expect([...locks.docs.keys()]).toEqual(['all.1_2026-03-29T10Z', 'all.1_2026-03-29T11Z']);
    expect(locks.hold('b', '10:00', '10:30').ok).toBe(true);
    expect(locks.hold('c', '11:00', '12:00').ok).toBe(false);
  });

  it('a move onto someone else fails and changes nothing', () => {
    const locks = new Locks();
    const a = locks.hold('a', '10:00', '11:00');
    locks.hold('b', '12:00', '13:00');
    if (!a.ok) throw new Error('expected the first hold');
    const move = planMove(
      { appointmentId: 'a', span: span('12:30', '13:30'), options: [['all.1']], expiresAt: null, now: NOW },
      a.keys,
      locks.read,
    );
    expect(move).toEqual({ ok: false, conflicts: ['b'] });
  });
});
