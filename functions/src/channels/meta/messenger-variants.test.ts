/**
 * Messenger webhook variants beyond the everyday ones (messenger.test.ts),
 * after Meta's webhook event references: message_edits
 * (…/messenger-platform/webhooks/webhook-events/message-edits), messaging_referrals
 * and a postback carrying a referral (…/webhook-events/messaging_referrals,
 * messaging_postbacks).
 */
import { describe, expect, it } from 'vitest';
import { signedMetaRequest } from '../../testing/meta.js';
import { PAGE_ID, PSID, secrets, wire } from './messenger.contract-setup.test-helper.js';
import { messenger } from './messenger.js';

function parseFixture(name: string) {
  const request = signedMetaRequest(wire(name));
  messenger.verify(request, secrets);
  return messenger.parse(request);
}

describe('messenger: documented variants', () => {
  it("an edit is the customer's new text, under an id of its own", () => {
    const { events, unprocessable } = parseFixture('message-edit');
    expect(unprocessable).toEqual([]);
    expect(events).toEqual([
      {
        kind: 'message',
        channel: 'messenger',
        accountId: PAGE_ID,
        userId: PSID,
        providerMessageId: 'm_Tx4Ab2Cd6Ef8Gh0Ij2Kl4Mn6Op8Qr0St2Uv4Wx6Yz8Ab0Cd2Ef4Gh6Ij8Kl0Mn2Op4Qr6St8Uv0Wx2Yz4A#edit1',
        timestamp: new Date(1749416900412),
        content: { type: 'text', text: 'Can I book for Sunday morning instead?' },
      },
    ]);
  });

  it('an edit to no text is kept with a reason', () => {
    const body = JSON.parse(wire('message-edit'));
    body.entry[0].messaging[0].message_edit.text = ' ';
    const { events, unprocessable } = messenger.parse(signedMetaRequest(JSON.stringify(body)));
    expect(events).toEqual([]);
    expect(unprocessable[0]?.reason).toContain('to no text');
  });

  it('a referral on its own (an m.me link into an open thread) is kept with a reason', () => {
    const { events, unprocessable } = parseFixture('referral');
    expect(events).toEqual([]);
    expect(unprocessable).toMatchObject([
      { reason: '"referral" messaging events are not handled', accountId: PAGE_ID },
    ]);
  });

  it('a Get Started postback from an ad is the button press', () => {
    const { events } = parseFixture('postback-referral');
    expect(events[0]).toMatchObject({ content: { type: 'interactive', replyId: 'GET_STARTED', title: 'Get Started' } });
  });
});
