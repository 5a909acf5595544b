/** Routes /api/** (Hosting rewrites it to the `api` function). */
import { FrontdeskError } from '../errors.js';
import { handleChat, type ChatDeps } from './chat-api.js';
import { handleHealth } from './health.js';
import { errorResponse } from './webhook.js';
import { errorBody } from './json.js';
import type { RawRequest, RawResponse } from './raw-request.js';

export async function handleApi(deps: ChatDeps, request: RawRequest): Promise<RawResponse> {
  const segments = request.path.split('/').filter(Boolean);
  if (segments[0] === 'api') segments.shift();
  try {
    if (segments[0] === 'health' && segments.length === 1) return await handleHealth(deps);
    if (segments[0] === 'chat') return await handleChat(deps, request, segments.slice(1));
    return errorBody(404, 'not_found', `No API at ${request.path}.`);
  } catch (err) {
    if (err instanceof FrontdeskError) return errorResponse(err);
    deps.log.error('api error', { path: request.path, error: err instanceof Error ? err.message : String(err) });
    return errorBody(500, 'internal', 'Internal error. Please retry.');
  }
}
