/**
 * Values that come from a responder or a model (conversation state, tool
 * arguments) are stored in Firestore documents, which take JSON-like values
 * but not everything JSON allows (an array directly inside an array) and
 * not much of it (1 MiB a document). These checks keep such a value from
 * failing the reply's whole transaction.
 */

export class UnstorableValue extends Error {}

/** A copy of `value` as Firestore stores it (undefined fields dropped), or UnstorableValue saying why not. */
export function storableJson(value: unknown, maxBytes: number): unknown {
  const copy = clean(value, false, '');
  const bytes = Buffer.byteLength(JSON.stringify(copy) ?? 'null', 'utf8');
  if (bytes > maxBytes) throw new UnstorableValue(`${bytes} bytes, over ${maxBytes}`);
  return copy;
}

function clean(value: unknown, inArray: boolean, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new UnstorableValue(`${path || 'value'} is not a finite number`);
    return value;
  }
  if (Array.isArray(value)) {
    if (inArray) throw new UnstorableValue(`${path || 'value'} is an array inside an array`);
    return value.map((v, i) => clean(v === undefined ? null : v, true, `${path}[${i}]`));
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, clean(v, false, path ? `${path}.${k}` : k)]),
    );
  }
  throw new UnstorableValue(`${path || 'value'} is not JSON (${typeof value})`);
}

/**
 * JSON text of any value, cut to `max` characters (for staff to read, never
 * to parse back). A string is kept as it is: a model's tool arguments often
 * arrive as the JSON text it wrote.
 */
export function jsonText(value: unknown, max: number): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? 'null');
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
