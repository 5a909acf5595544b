/**
 * Evaluating query filters and orderings over plain documents, as Firestore
 * does, for the in-memory Database: values of different types order by
 * type (null < booleans < numbers < times < strings < arrays < maps), a
 * range or inequality filter only matches values of the filter's type,
 * and a document without the field never matches.
 */
import type { WhereOp } from './database.js';

interface Row {
  id: string;
  data: Record<string, unknown>;
}

/** The value at a dotted field path (`__name__` is the document id). */
export function fieldValue(row: Row, field: string): unknown {
  if (field === '__name__') return row.id;
  let value: unknown = row.data;
  for (const segment of field.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

function typeRank(value: unknown): number {
  if (value === null) return 0;
  if (typeof value === 'boolean') return 1;
  if (typeof value === 'number') return 2;
  if (value instanceof Date) return 3;
  if (typeof value === 'string') return 4;
  if (Array.isArray(value)) return 5;
  return 6;
}

/** Firestore's total order over values. */
export function compareValues(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (a === null) return 0;
  if (typeof a === 'boolean' || typeof a === 'number') return Number(a) - Number(b);
  if (a instanceof Date) return a.getTime() - (b as Date).getTime();
  if (typeof a === 'string') return a < (b as string) ? -1 : a > (b as string) ? 1 : 0;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    for (let i = 0; i < Math.min(a.length, bb.length); i++) {
      const c = compareValues(a[i], bb[i]);
      if (c !== 0) return c;
    }
    return a.length - bb.length;
  }
  const ea = Object.entries(a as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const eb = Object.entries(b as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  for (let i = 0; i < Math.min(ea.length, eb.length); i++) {
    const [ka, va] = ea[i]!;
    const [kb, vb] = eb[i]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    const c = compareValues(va, vb);
    if (c !== 0) return c;
  }
  return ea.length - eb.length;
}

export function matches(row: Row, field: string, op: WhereOp, expected: unknown): boolean {
  const value = fieldValue(row, field);
  if (value === undefined) return false;
  switch (op) {
    case '==':
      return compareValues(value, expected) === 0;
    case '!=':
      return value !== null && compareValues(value, expected) !== 0;
    case 'in':
      return (expected as unknown[]).some((e) => compareValues(value, e) === 0);
    case 'array-contains':
      return Array.isArray(value) && value.some((v) => compareValues(v, expected) === 0);
    default: {
      if (typeRank(value) !== typeRank(expected)) return false;
      const c = compareValues(value, expected);
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
    }
  }
}
