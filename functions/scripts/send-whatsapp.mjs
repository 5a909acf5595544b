#!/usr/bin/env node
// Sends a signed WhatsApp (Meta Cloud API format) text message to a demo
// business on the running emulators and prints the reply Frontdesk writes.
//   node functions/scripts/send-whatsapp.mjs BUSINESS_ID "message" [--from 971500000001]
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { root } from './emulators.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string', default: '971500000001' }, name: { type: 'string', default: 'Demo Customer' } },
});
const [businessId, text] = positionals;
if (!businessId || !text) {
  console.error('Usage: node functions/scripts/send-whatsapp.mjs BUSINESS_ID "message" [--from NUMBER]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(join(root, 'functions/demo', `${businessId}.json`), 'utf8'));
const account = profile.channels.find((c) => c.type === 'whatsapp-meta');
const secret = /^META_APP_SECRET=(.*)$/m.exec(readFileSync(join(root, 'functions/.secret.local'), 'utf8'))[1];

const wamid = `wamid.demo-${randomUUID()}`;
const body = JSON.stringify({
  object: 'whatsapp_business_account',
  entry: [
    {
      id: 'demo-waba',
      changes: [
        {
          field: 'messages',
          value: {
            messaging_product: 'whatsapp',
            metadata: { display_phone_number: account.displayPhoneNumber ?? '', phone_number_id: account.accountId },
            contacts: [{ profile: { name: values.name }, wa_id: values.from }],
            messages: [
              {
                from: values.from,
                id: wamid,
                timestamp: String(Math.floor(Date.now() / 1000)),
                type: 'text',
                text: { body: text },
              },
            ],
          },
        },
      ],
    },
  ],
});
const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
const res = await fetch('http://127.0.0.1:5000/webhook/whatsapp/meta', {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
  body,
});
console.log(`webhook → ${res.status} ${await res.text()}`);

process.env.FIRESTORE_EMULATOR_HOST ??= '127.0.0.1:8080';
const { initializeApp } = await import('firebase-admin/app');
const { getFirestore } = await import('firebase-admin/firestore');
const db = getFirestore(initializeApp({ projectId: 'demo-frontdesk' }));
const messages = db.collection(`businesses/${businessId}/messages`);
const inbound = await messages.where('providerMessageId', '==', wamid).get();
const inboundId = inbound.docs[0]?.id;
for (let i = 0; i < 60 && inboundId; i++) {
  const reply = await messages.where('ai.inReplyTo', '==', inboundId).get();
  const doc = reply.docs[0]?.data();
  // Wait for the outbox to settle the delivery (sent, or failed with the reason).
  if (doc && (doc.delivery?.status !== 'queued' || i > 40)) {
    console.log(`\nreply (${doc.ai.responder}, confidence ${doc.ai.confidence.toFixed(2)}):\n${doc.text}`);
    console.log(`\ndelivery: ${doc.delivery?.status}${doc.delivery?.error ? ` — ${doc.delivery.error.message}` : ''}`);
    process.exit(0);
  }
  await new Promise((r) => setTimeout(r, 500));
}
console.error('No reply within 30 s.');
process.exit(1);
