/** Entry of the api function: /api/** (chat, health). */
import { CHAT_SESSION_SECRET, secretValue } from '../config.js';
import { handleApi } from '../http/api.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import { runtimeDepsWithMedia } from './runtime.js';

export function handle(request: RawRequest): Promise<RawResponse> {
  return handleApi({ ...runtimeDepsWithMedia(), sessionSecret: secretValue(CHAT_SESSION_SECRET) }, request);
}
