// The providers' sandbox for `npm start`: local fakes of the vendor APIs
// (the same ones the tests use), on the ports the emulator tests use, so a
// demo business's replies are really delivered — to the fake — and printed
// here as the customer would get them. Nothing leaves this machine.
import { join } from 'node:path';
import { root } from './emulators.mjs';

const lib = join(root, 'functions/lib/testing');

/** Demo credentials for the sandbox only: the fakes check that one is sent, never what it is. */
export const SANDBOX_TOKEN = 'sandbox-demo-token-not-a-real-credential';

/** Starts every fake provider; `onSend` hears each message a business sent through one. */
export async function startSandbox(onSend) {
  const [{ startFakeGraphApi }, { startFake360dialog }, { startFakeMontyMobile }, { startFakeQiscus }, tg] =
    await Promise.all([
      import(join(lib, 'fake-graph-api.js')),
      import(join(lib, 'fake-360dialog.js')),
      import(join(lib, 'fake-montymobile.js')),
      import(join(lib, 'fake-qiscus.js')),
      import(join(lib, 'fake-telegram-api.js')),
    ]);
  const servers = await Promise.all([
    startFakeGraphApi({ port: 4010 }),
    startFake360dialog({ port: 4011 }),
    startFakeMontyMobile({ port: 4012 }),
    startFakeQiscus({ port: 4013 }),
    tg.startFakeTelegramApi({ port: 4014 }),
  ]);
  const names = ['Graph API (WhatsApp, Messenger, Instagram)', '360dialog', 'MontyMobile', 'Qiscus', 'Telegram'];
  const seen = servers.map(() => 0);
  const timer = setInterval(() => {
    servers.forEach((server, i) => {
      const requests = server.requests ?? [];
      for (const request of requests.slice(seen[i])) {
        if (request.method === 'POST') onSend(names[i], request.path, request.body);
      }
      seen[i] = requests.length;
    });
  }, 250);
  return {
    async close() {
      clearInterval(timer);
      await Promise.all(servers.map((s) => s.close()));
    },
  };
}

/** The sandbox credentials of every WhatsApp Cloud API channel of a demo profile, as `npm run seed --secrets` takes them. */
export function sandboxSecrets(profiles) {
  return Object.fromEntries(
    profiles.map((p) => [
      p.id,
      {
        channels: Object.fromEntries(
          p.channels.filter((c) => c.type === 'whatsapp-meta').map((c) => [c.type, { accessToken: SANDBOX_TOKEN }]),
        ),
      },
    ]),
  );
}

/** One line for a sent message: who got what. */
export function describeSend(provider, path, body) {
  const to = body?.to ?? body?.recipient?.id ?? body?.chat_id ?? '?';
  const text =
    body?.text?.body ??
    body?.message?.text ??
    body?.text ??
    body?.interactive?.body?.text ??
    (body?.template ? `[template ${body.template.name}]` : JSON.stringify(body).slice(0, 120));
  return `→ ${provider} ${path} to ${to}: ${String(text).replace(/\s+/g, ' ').slice(0, 160)}`;
}
