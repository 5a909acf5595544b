/**
 * Lets the webhook handlers see every authentic body, including one that
 * is sent as JSON but is not valid JSON.
 *
 * Cloud Functions (the Functions Framework in production, the emulator's
 * runtime locally) parse a request body with body-parser before any
 * function code runs, and answer an `application/json` body that does not
 * parse with 400 themselves: the delivery is neither verified nor kept,
 * and the provider's retries can never cure it. Both save the raw bytes
 * with body-parser's `verify` hook (`req.rawBody = buf`), which runs just
 * before the parse, on the very Buffer that is parsed next.
 *
 * So `rawBody` becomes an accessor on IncomingMessage: when a JSON-typed
 * body will not parse (body-parser's strict rules: an object or array),
 * it keeps a copy of the bytes as received in `rawBody` and gives the
 * parser `{}` (the same Buffer, overwritten with `{}` and spaces) instead.
 * The handler then verifies the untouched bytes and keeps them as a dead
 * letter. Every other body is left exactly as it was.
 */
import { IncomingMessage } from 'node:http';

const RAW = Symbol('frontdesk.rawBody');
const UNPARSEABLE = Symbol('frontdesk.unparseableJson');

type Carrier = { [RAW]?: unknown; [UNPARSEABLE]?: boolean; headers?: Record<string, unknown> };

function isJsonType(contentType: unknown): boolean {
  if (typeof contentType !== 'string') return false;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}

/** What body-parser's strict JSON parser accepts. */
function parsesAsStrictJson(buf: Buffer): boolean {
  const text = buf.toString('utf8');
  const first = text.trimStart().charAt(0);
  if (first !== '{' && first !== '[') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Installs the accessor once per process (idempotent). */
export function installRawBodyGuard(proto: object = IncomingMessage.prototype): void {
  if (Object.getOwnPropertyDescriptor(proto, 'rawBody')) return;
  Object.defineProperty(proto, 'rawBody', {
    configurable: true,
    enumerable: false,
    get(this: Carrier) {
      return this[RAW];
    },
    set(this: Carrier, value: unknown) {
      if (Buffer.isBuffer(value) && isJsonType(this.headers?.['content-type']) && !parsesAsStrictJson(value)) {
        this[RAW] = Buffer.from(value);
        this[UNPARSEABLE] = true;
        value.fill(0x20);
        if (value.length >= 2) value.write('{}', 0, 'latin1');
        return;
      }
      this[RAW] = value;
    },
  });
}

/** Whether the guard replaced this request's body for the framework's parser. */
export function hadUnparseableJson(request: object): boolean {
  return (request as Carrier)[UNPARSEABLE] === true;
}
