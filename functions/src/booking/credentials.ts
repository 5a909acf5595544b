/**
 * Booking's per-business credentials from the server-only businessSecrets:
 * the Google refresh token (written by the OAuth connect flow), the clinic
 * system's bearer token and the Stripe connected account (loaded with
 * `npm run seed -- FILE --secrets SECRETS`).
 */
import { at } from '../store/collections.js';
import type { Deps } from '../pipeline/deps.js';
import type { BackendContext } from './backends/backend.js';

export async function credentialsOf(deps: Deps, businessId: string): Promise<BackendContext['credentials']> {
  const secrets = await deps.db.get(at.businessSecrets(businessId));
  return {
    googleRefreshToken: secrets?.google?.revokedAt ? undefined : secrets?.google?.refreshToken,
    clinicApiToken: secrets?.clinicApi?.token,
  };
}

export async function stripeAccountOf(deps: Deps, businessId: string): Promise<string | undefined> {
  return (await deps.db.get(at.businessSecrets(businessId)))?.stripe?.accountId;
}
