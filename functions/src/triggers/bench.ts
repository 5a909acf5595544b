/**
 * The baseline for `npm run bench`: a bare HTTPS function that does one
 * Firestore write. Defined only under the emulator, never deployed.
 */
import { onRequest } from 'firebase-functions/v2/https';

export const benchBareWrite =
  process.env.FUNCTIONS_EMULATOR === 'true'
    ? onRequest(async (_req, res) => {
        const { db } = await import('../firebase.js');
        await db().collection('_bench').add({ at: Date.now() });
        res.status(200).json({ ok: true });
      })
    : undefined;
