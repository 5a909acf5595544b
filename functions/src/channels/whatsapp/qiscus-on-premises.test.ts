/**
 * Qiscus's WA webhook for numbers still on WhatsApp's On-Premises API, whose
 * webhook format (the Business API client's "Notification Webhook Format")
 * has a `voice` type of its own and errors with their `details` at the top
 * level, where the Cloud API says `audio` with `voice: true` and nests
 * `error_data.details`.
 */
import { describe, expect, it } from 'vitest';
import { CHANNEL_ID, DEWI, request, secrets, wire } from './qiscus.contract-setup.test-helper.js';
import { whatsappQiscus } from './qiscus.js';

function only(name: string) {
  const req = request(wire(name));
  whatsappQiscus.verify(req, secrets);
  const { events, unprocessable } = whatsappQiscus.parse(req);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  return events[0]!;
}

describe('whatsappQiscus: On-Premises API shapes', () => {
  it('a `voice` message is a voice note', () => {
    expect(only('voice-on-premises')).toMatchObject({
      channel: 'whatsapp-qiscus',
      accountId: CHANNEL_ID,
      userId: DEWI,
      userName: 'Dewi Lestari',
      content: {
        type: 'audio',
        voice: true,
        media: { providerMediaId: '5c3a3d6f-8a9e-4d3e-9b1a-2f6c7e8d9a0b', mimeType: 'audio/ogg; codecs=opus' },
      },
    });
  });

  it('a failed status carries the error’s title and top-level details', () => {
    expect(only('status-failed-on-premises')).toMatchObject({
      kind: 'status',
      status: 'failed',
      userId: DEWI,
      error: {
        code: '470',
        message:
          'Message failed to send because more than 24 hours have passed since the customer last replied to this number: Use a message template to respond to the customer.',
      },
    });
  });
});
