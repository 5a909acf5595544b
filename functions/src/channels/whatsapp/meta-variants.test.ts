/**
 * The WhatsApp Cloud API's documented message and status variants beyond the
 * everyday ones (meta.test.ts): business-scoped user ids, Coexistence edits
 * and deletions, notices nobody typed, shared contacts, orders, ads, Flows,
 * groups. Each fixture follows the example of Meta's reference page for it
 * (developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/…,
 * …/whatsapp/business-scoped-user-ids).
 */
import { describe, expect, it } from 'vitest';
import { signedMetaRequest } from '../../testing/meta.js';
import { cloudApiMessageBody } from './cloud-outbound.js';
import { onlyEvent, OUR_MESSAGE, parseFixture, PHONE_NUMBER_ID, wire } from './meta.contract-setup.test-helper.js';
import { whatsappMeta } from './meta.js';

const BSUID = 'US.13491208655302741918';

function onlyReason(name: string): string {
  const { events, unprocessable } = parseFixture(name);
  expect(events).toEqual([]);
  expect(unprocessable).toHaveLength(1);
  expect(unprocessable[0]!.accountId).toBe(PHONE_NUMBER_ID);
  return unprocessable[0]!.reason;
}

describe('whatsappMeta: business-scoped user ids (usernames)', () => {
  it('a customer whose number Meta withholds is known by the BSUID, named by the profile', () => {
    expect(onlyEvent('bsuid-username-text')).toEqual({
      kind: 'message',
      channel: 'whatsapp-meta',
      accountId: PHONE_NUMBER_ID,
      userId: BSUID,
      userName: 'Sheena Nelson',
      providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUJDMTIzNDU2Nzg5MEFCQ0RFRgA=',
      timestamp: new Date(1776944344 * 1000),
      content: { type: 'text', text: 'Hi, do you have a slot on Friday afternoon?' },
    });
  });

  it('a customer who still shows a number keeps it as the id (the conversation they always had)', () => {
    expect(onlyEvent('contacts')).toMatchObject({ userId: '16505551234', userName: 'Sheena Nelson' });
  });

  it('a status of a send to a BSUID names the recipient by recipient_user_id', () => {
    expect(onlyEvent('bsuid-status-delivered')).toEqual({
      kind: 'status',
      channel: 'whatsapp-meta',
      accountId: PHONE_NUMBER_ID,
      userId: BSUID,
      providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJBRjlCN0QyRTU0QzFBMDM4QjEA',
      status: 'delivered',
      timestamp: new Date(1776944400 * 1000),
    });
  });

  it('a message naming no sender at all is unprocessable, not an event without a customer', () => {
    const body = JSON.parse(wire('bsuid-username-text'));
    delete body.entry[0].changes[0].value.messages[0].from_user_id;
    const { events, unprocessable } = whatsappMeta.parse(signedMetaRequest(JSON.stringify(body)));
    expect(events).toEqual([]);
    expect(unprocessable[0]?.reason).toContain('names no sender');
  });

  it('sends to a BSUID in `recipient` (Meta would prefer `to`), and to a number in `to`', () => {
    const part = { kind: 'text', text: 'Friday 15:00 is free.' } as const;
    const toBsuid = cloudApiMessageBody(part, BSUID);
    expect(toBsuid).toMatchObject({ recipient: BSUID, recipient_type: 'individual' });
    expect(toBsuid).not.toHaveProperty('to');
    expect(cloudApiMessageBody(part, 'US.ENT.11815799212886844830')).toMatchObject({
      recipient: 'US.ENT.11815799212886844830',
    });
    const toNumber = cloudApiMessageBody(part, '16505551234');
    expect(toNumber).toMatchObject({ to: '16505551234' });
    expect(toNumber).not.toHaveProperty('recipient');
  });
});

describe('whatsappMeta: documented message variants', () => {
  it('played (a voice message heard) counts as read', () => {
    expect(onlyEvent('status-played')).toMatchObject({
      kind: 'status',
      status: 'read',
      providerMessageId: OUR_MESSAGE,
    });
  });

  it('a shared contact card is shown to staff with its name and number', () => {
    expect(onlyEvent('contacts')).toMatchObject({
      content: {
        type: 'unsupported',
        providerType: 'contacts',
        summary: 'a shared contact: Barbara Johnson, +1 (940) 555-1234',
      },
    });
  });

  it("an edit (Coexistence) is the customer's new content, under the edit's own id", () => {
    expect(onlyEvent('edit')).toMatchObject({
      providerMessageId: 'wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQzdFMkY5QjhBMUQ0QzZFNTBGOAA=',
      content: {
        type: 'image',
        caption: 'Is this style possible with shoulder-length hair?',
        media: { providerMediaId: '1003383421387256', mimeType: 'image/jpeg' },
      },
    });
  });

  it('a deletion (revoke), a system notice and a first opening of the chat are kept with their reason', () => {
    expect(onlyReason('revoke')).toBe(
      'the customer deleted message wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQzAxQUUzNTY3RjhCMjlEMDRFOQA=; deletions are not applied',
    );
    expect(onlyReason('system-changed-number')).toContain(
      'user_changed_number: User Sheena Nelson changed from 16505551234 to 16505559876',
    );
    expect(onlyReason('request-welcome')).toContain('request_welcome');
  });

  it('an order says how many items and the note', () => {
    expect(onlyEvent('order')).toMatchObject({
      content: {
        type: 'unsupported',
        providerType: 'order',
        summary: 'an order from the catalog (2 items): "For Saturday, please"',
      },
    });
  });

  it('an animated sticker is a sticker', () => {
    expect(onlyEvent('sticker-animated')).toMatchObject({
      content: { type: 'sticker', media: { providerMediaId: '1228339628283729', mimeType: 'image/webp' } },
    });
  });

  it('a text from a click-to-WhatsApp ad, and a forwarded reply, are plain texts', () => {
    expect(onlyEvent('referral-text')).toMatchObject({
      content: { type: 'text', text: 'Hi! I saw your ad. Is the spring colour offer still on?' },
    });
    expect(onlyEvent('context-forwarded')).toMatchObject({
      content: { type: 'text', text: 'My sister sent me this, can I get the same?' },
    });
  });

  it('a Flow reply (nfm_reply) is unsupported content naming its kind', () => {
    expect(onlyEvent('interactive-nfm-reply')).toMatchObject({
      content: { type: 'unsupported', providerType: 'interactive.nfm_reply' },
    });
  });

  it('errors at the value level are kept with WhatsApp’s explanation', () => {
    expect(onlyReason('value-errors')).toBe(
      'WhatsApp reported Message type unknown: Message type is currently not supported.',
    );
  });

  it('a message in a WhatsApp group is not answered as a private conversation', () => {
    expect(onlyReason('group-message')).toContain('WhatsApp group');
  });

  it('location coordinates sent as strings are read as numbers', () => {
    const body = JSON.parse(wire('location'));
    const location = body.entry[0].changes[0].value.messages[0].location;
    location.latitude = String(location.latitude);
    location.longitude = String(location.longitude);
    const { events } = whatsappMeta.parse(signedMetaRequest(JSON.stringify(body)));
    expect(events[0]).toMatchObject({ content: { type: 'location', latitude: 37.48456, longitude: -122.14798 } });
  });
});
