import { describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError } from '../../errors.js';
import type { OutboundButton, OutboundMessage } from '../../domain/message.js';
import { codePointLength } from '../shared/text-split.js';
import {
  cloudApiMessageBodies,
  cloudApiMessageBody,
  fitTitle,
  planWhatsAppMessage,
  WHATSAPP_LIST_BUTTON_LABEL,
  type OutboundPart,
} from './cloud-outbound.js';
import { sendInOrder } from './send-in-order.js';

const base: OutboundMessage = { accountId: '106540352242922', userId: '16505551234', text: 'Which time suits you?' };
const choices = (count: number): OutboundButton[] =>
  Array.from({ length: count }, (_, i) => ({ id: `slot-${i + 1}`, title: `Slot ${i + 1}` }));
const IMAGE = 'https://storage.example.com/previews/look.jpg';
const sentences = (count: number) =>
  Array.from({ length: count }, (_, i) => `Sentence number ${i + 1} is here.`).join(' ');

describe('planWhatsAppMessage', () => {
  it.each<[string, Partial<OutboundMessage>, OutboundPart[]]>([
    ['text', {}, [{ kind: 'text', text: 'Which time suits you?' }]],
    [
      '1–3 buttons: reply buttons',
      { buttons: choices(3) },
      [{ kind: 'buttons', text: 'Which time suits you?', buttons: choices(3), imageUrl: undefined }],
    ],
    [
      '4–10 buttons: a list',
      { buttons: choices(10) },
      [{ kind: 'list', text: 'Which time suits you?', buttons: choices(10) }],
    ],
    [
      'more than 10 buttons: a numbered list in the text',
      { buttons: choices(11) },
      [
        {
          kind: 'text',
          text: `Which time suits you?\n\n${choices(11)
            .map((b, i) => `${i + 1}. ${b.title}`)
            .join('\n')}`,
        },
      ],
    ],
    [
      'an image with the text as caption',
      { image: { url: IMAGE } },
      [{ kind: 'image', url: IMAGE, caption: 'Which time suits you?' }],
    ],
    [
      'an image without text',
      { text: '  ', image: { url: IMAGE } },
      [{ kind: 'image', url: IMAGE, caption: undefined }],
    ],
    [
      'an image with reply buttons: the image is their header',
      { image: { url: IMAGE }, buttons: choices(2) },
      [{ kind: 'buttons', text: 'Which time suits you?', buttons: choices(2), imageUrl: IMAGE }],
    ],
    [
      'an image with a list: the image first',
      { image: { url: IMAGE }, buttons: choices(4) },
      [
        { kind: 'image', url: IMAGE },
        { kind: 'list', text: 'Which time suits you?', buttons: choices(4) },
      ],
    ],
    [
      'buttons without text: a numbered caption',
      { text: '', image: { url: IMAGE }, buttons: choices(2) },
      [{ kind: 'image', url: IMAGE, caption: '1. Slot 1\n2. Slot 2' }],
    ],
    [
      'a template is sent instead of the text',
      { template: { name: 'reminder', language: 'en', bodyParameters: ['Sheena'] }, buttons: choices(2) },
      [{ kind: 'template', template: { name: 'reminder', language: 'en', bodyParameters: ['Sheena'] } }],
    ],
    [
      'blank and repeated buttons are dropped',
      {
        buttons: [
          { id: 'a', title: 'A' },
          { id: ' ', title: 'Blank id' },
          { id: 'b', title: '  ' },
          { id: 'a', title: 'A again' },
        ],
      },
      [{ kind: 'buttons', text: 'Which time suits you?', buttons: [{ id: 'a', title: 'A' }], imageUrl: undefined }],
    ],
  ])('%s', (_, change, expected) => {
    expect(planWhatsAppMessage({ ...base, ...change })).toEqual(expected);
  });

  it('without interactive messages, buttons are a numbered list', () => {
    expect(planWhatsAppMessage({ ...base, buttons: choices(2) }, { interactive: false })).toEqual([
      { kind: 'text', text: 'Which time suits you?\n\n1. Slot 1\n2. Slot 2' },
    ]);
  });

  it('a long text with buttons: plain text first, the buttons under the last ≤1024 characters', () => {
    const text = sentences(150);
    const parts = planWhatsAppMessage({ ...base, text, buttons: choices(2) });
    const last = parts.at(-1);
    expect(last?.kind).toBe('buttons');
    expect(codePointLength(last?.kind === 'buttons' ? last.text : '')).toBeLessThanOrEqual(1024);
    for (const part of parts.slice(0, -1)) {
      expect(part.kind).toBe('text');
      expect(codePointLength(part.kind === 'text' ? part.text : '')).toBeLessThanOrEqual(4096);
    }
    const all = parts.map((p) => (p.kind === 'text' || p.kind === 'buttons' ? p.text : '')).join(' ');
    expect(all.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });

  it('an image with a long text: a caption of ≤1024 characters, the rest after it', () => {
    const parts = planWhatsAppMessage({ ...base, text: sentences(60), image: { url: IMAGE } });
    expect(parts.map((p) => p.kind)).toEqual(['image', 'text']);
    const caption = parts[0]?.kind === 'image' ? parts[0].caption : undefined;
    expect(codePointLength(caption ?? '')).toBeLessThanOrEqual(1024);
    expect(caption?.endsWith('.')).toBe(true);
  });

  it('refuses nothing to send, and a template without a name', () => {
    expect(() => planWhatsAppMessage({ ...base, text: ' \n ' })).toThrow(ValidationError);
    expect(() => planWhatsAppMessage({ ...base, template: { name: ' ', language: 'en', bodyParameters: [] } })).toThrow(
      ValidationError,
    );
  });
});

describe('cloudApiMessageBody', () => {
  it('a list: rows cut to 24 characters keep their full title as the description', () => {
    const buttons = [
      { id: 'short', title: 'Haircut' },
      { id: 'long', title: 'Balayage with toner and blow-dry' },
      ...choices(2),
    ];
    expect(cloudApiMessageBody({ kind: 'list', text: 'Pick a service', buttons }, '16505551234')).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '16505551234',
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick a service' },
        action: {
          button: WHATSAPP_LIST_BUTTON_LABEL,
          sections: [
            {
              rows: [
                { id: 'short', title: 'Haircut' },
                { id: 'long', title: 'Balayage with toner and…', description: 'Balayage with toner and blow-dry' },
                { id: 'slot-1', title: 'Slot 1' },
                { id: 'slot-2', title: 'Slot 2' },
              ],
            },
          ],
        },
      },
    });
  });

  it('reply buttons with an image header, an image without caption, a template without parameters', () => {
    const bodies = [
      cloudApiMessageBody({ kind: 'buttons', text: 'Like it?', buttons: choices(1), imageUrl: IMAGE }, '1'),
      cloudApiMessageBody({ kind: 'image', url: IMAGE }, '1'),
      cloudApiMessageBody(
        { kind: 'template', template: { name: 'hello', language: 'en_US', bodyParameters: [] } },
        '1',
      ),
    ];
    expect(bodies).toMatchObject([
      {
        type: 'interactive',
        interactive: {
          type: 'button',
          header: { type: 'image', image: { link: IMAGE } },
          body: { text: 'Like it?' },
          action: { buttons: [{ type: 'reply', reply: { id: 'slot-1', title: 'Slot 1' } }] },
        },
      },
      { type: 'image', image: { link: IMAGE } },
      { type: 'template', template: { name: 'hello', language: { code: 'en_US' } } },
    ]);
    expect(bodies[1]).not.toHaveProperty('image.caption');
    expect(bodies[2]).not.toHaveProperty('template.components');
  });

  it('cloudApiMessageBodies plans and writes in one go', () => {
    expect(cloudApiMessageBodies({ ...base, text: 'Hi' })).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: base.userId,
        type: 'text',
        text: { preview_url: false, body: 'Hi' },
      },
    ]);
  });

  it('fitTitle counts code points and ends a cut title with an ellipsis', () => {
    expect(fitTitle('Short', 20)).toBe('Short');
    expect(fitTitle('Twenty characters!!!', 20)).toBe('Twenty characters!!!');
    expect(fitTitle('😀'.repeat(25), 20)).toBe(`${'😀'.repeat(19)}…`);
  });
});

describe('sendInOrder', () => {
  const provider = 'whatsapp-test';
  const failing = new ProviderError(provider, 'rate limited (HTTP 429)', true, { status: 429 });

  it('returns the first id and the others', async () => {
    let n = 0;
    const result = await sendInOrder(provider, ['a', 'b', 'c'], async () => `id-${(n += 1)}`);
    expect(result).toEqual({ providerMessageId: 'id-1', moreProviderMessageIds: ['id-2', 'id-3'] });
    expect(await sendInOrder(provider, ['a'], async () => 'only')).toEqual({ providerMessageId: 'only' });
  });

  it('a failure of the first part is passed on as it is (retryable stays retryable)', async () => {
    await expect(sendInOrder(provider, ['a', 'b'], async () => Promise.reject(failing))).rejects.toBe(failing);
    const config = new ConfigError('no key');
    await expect(sendInOrder(provider, ['a', 'b'], async () => Promise.reject(config))).rejects.toBe(config);
  });

  it('a failure after a part went out is final, so a retry never repeats it', async () => {
    const err = await sendInOrder(provider, ['a', 'b', 'c'], async (part: string) => {
      if (part === 'b') throw failing;
      return `id-${part}`;
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ retryable: false, status: 429 });
    expect((err as Error).message).toBe(
      'whatsapp-test: only 1 of 3 parts of the message went out, so it is not retried (a retry would repeat them): rate limited (HTTP 429)',
    );
  });
});
