/**
 * Baselines for `npm run bench`, defined only under the emulator, never
 * deployed:
 * - benchBareWrite: a bare HTTPS function that does one Firestore write;
 * - benchTriggerWrite + benchTriggerEcho: the bare trigger round trip — an
 *   HTTPS function writes a document, a Firestore trigger on it makes one
 *   HTTP call out (to the fake Graph API the bench runs), so it ends the way
 *   a reply does: a request received by a local fake vendor.
 */
import { onDocumentCreated } from 'firebase-functions/v2/firestore';
import { onRequest } from 'firebase-functions/v2/https';

const emulated = process.env.FUNCTIONS_EMULATOR === 'true';

export const benchBareWrite = emulated
  ? onRequest(async (_req, res) => {
      const { db } = await import('../firebase.js');
      await db().collection('_bench').add({ at: Date.now() });
      res.status(200).json({ ok: true });
    })
  : undefined;

export const benchTriggerWrite = emulated
  ? onRequest(async (req, res) => {
      const { db } = await import('../firebase.js');
      const id = String(req.query.id ?? '').replace(/[^A-Za-z0-9-]/g, '') || `x${Date.now()}`;
      await db().doc(`_benchTrigger/${id}`).set({ at: Date.now() });
      res.status(200).json({ ok: true });
    })
  : undefined;

export const benchTriggerEcho = emulated
  ? onDocumentCreated('_benchTrigger/{id}', async (event) => {
      const base = process.env.FRONTDESK_GRAPH_API_URL;
      if (base) await fetch(`${base}/bench-echo/${event.params.id}`, { method: 'POST', body: '{}' });
    })
  : undefined;
