import type { Deps } from '../pipeline/deps.js';
import type { RawResponse } from './raw-request.js';

/** GET /api/health: the service answers and Firestore is reachable. */
export async function handleHealth(deps: Deps): Promise<RawResponse> {
  const started = Date.now();
  let firestore: 'ok' | 'unreachable' = 'ok';
  try {
    await Promise.race([
      deps.db.doc('_health/ping').get(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000)),
    ]);
  } catch {
    firestore = 'unreachable';
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
