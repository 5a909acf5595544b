import { describe, expect, it } from 'vitest';
import { kindStyle, staffMessageHtml } from './staff-message.js';

describe('staffMessageHtml', () => {
  it('names the customer, the reason and the last messages, and says how to answer', () => {
    const html = staffMessageHtml({
      kind: 'handoff',
      businessName: 'Glow Laser Clinic',
      reason: 'requested: the customer asked for a person',
      customer: { name: 'Layla', channel: 'whatsapp-meta' },
      recent: [
        { author: 'customer', text: 'How much is full legs?' },
        { author: 'ai', text: 'Full legs is AED 600.' },
        { author: 'customer', text: 'I want to talk to a person' },
      ],
      replyable: true,
    });
    expect(html).toBe(
      [
        '<b>🙋 A customer needs a person</b> · Glow Laser Clinic',
        '<b>Layla</b> on WhatsApp',
        'Reason: requested: the customer asked for a person',
        '',
        '<b>Last messages</b>',
        '👤 Layla: How much is full legs?',
        '🤖 AI: Full legs is AED 600.',
        '👤 Layla: I want to talk to a person',
        '',
        '↩️ <i>Reply to this message to answer Layla.</i>',
      ].join('\n'),
    );
  });

  it('escapes what customers and models wrote, and keeps only the last turns, shortened', () => {
    const html = staffMessageHtml({
      kind: 'handoff',
      businessName: 'A & B <Spa>',
      reason: '<script>',
      customer: { name: '<b>Evil</b>', channel: 'telegram' },
      recent: Array.from({ length: 10 }, (_, i) => ({ author: 'customer' as const, text: `${i} ${'x'.repeat(400)}` })),
      replyable: false,
    });
    expect(html).toContain('A &amp; B &lt;Spa&gt;');
    expect(html).toContain('Reason: &lt;script&gt;');
    expect(html).toContain('<b>&lt;b&gt;Evil&lt;/b&gt;</b> on Telegram');
    expect(html).not.toContain('👤 &lt;b&gt;Evil&lt;/b&gt;: 3 ');
    expect(html).toContain(': 4 ');
    expect(html.split('\n').every((line) => line.length < 400)).toBe(true);
    expect(html).not.toContain('Reply to this message');
  });

  it('knows who each kind is for; an unknown kind gets a plain title', () => {
    expect(kindStyle('budget_exceeded').audience).toBe('owners');
    expect(kindStyle('handoff').audience).toBe('staff');
    expect(kindStyle('appointment_approval')).toEqual({ title: '🔔 appointment approval', audience: 'staff' });
  });
});
