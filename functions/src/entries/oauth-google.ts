/** Entry of oauthGoogle: /oauth/google/callback, where Google sends the owner back after connecting a calendar. */
import { handleGoogleCallback } from '../booking/google-oauth.js';
import { googleSettings } from '../booking/config.js';
import { errorBody } from '../http/json.js';
import type { RawRequest, RawResponse } from '../http/raw-request.js';
import { runtimeDeps } from './runtime.js';

export async function handle(request: RawRequest): Promise<RawResponse> {
  if (!/\/callback\/?$/.test(request.path)) return errorBody(404, 'not_found', `Nothing at ${request.path}.`);
  return handleGoogleCallback(runtimeDeps(), googleSettings(), request);
}
