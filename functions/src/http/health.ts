import type { Deps } from '../pipeline/deps.js';
import { collection, doc } from '../store/database.js';
import type { RawResponse } from './raw-request.js';

const ping = doc(collection<unknown>({ id: '_health', read: (data) => data }), 'ping');

/** GET /api/health: the service answers and Firestore is reachable. */
export async function handleHealth(deps: Deps): Promise<RawResponse> {
  const started = Date.now();
  let firestore: 'ok' | 'unreachable' = 'ok';
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      deps.db.get(ping),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), 3000);
      }),
    ]);
  } catch {
    firestore = 'unreachable';
  } finally {
    clearTimeout(timer);
  }
  const ok = firestore === 'ok';
  return {
    status: ok ? 200 : 503,
    body: {
      status: ok ? 'ok' : 'degraded',
      time: deps.now().toISOString(),
      checks: { firestore },
      latencyMs: Date.now() - started,
    },
  };
}
