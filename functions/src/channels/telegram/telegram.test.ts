import { readdirSync } from 'node:fs';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, ProviderError, ValidationError, AuthenticationError } from '../../errors.js';
import { startFakeTelegramApi, telegramError, type FakeTelegramApi } from '../../testing/fake-telegram-api.js';
import { TEST_TELEGRAM_WEBHOOK_SECRET, telegramUpdateRequest } from '../../testing/telegram.js';
import type { SendContext } from '../channel.js';
import type { InboundMessageEvent, OutboundMessage, ParsedDelivery } from '../../domain/message.js';
import { telegram } from './telegram.js';
import {
  FIXTURES,
  TOKEN,
  BOT,
  LAYLA,
  secrets,
  context,
  wire,
  json,
  EXPECTED_COUNTS,
} from './telegram.contract-setup.test-helper.js';
import { at, TEST_TIMEOUT_MS } from '../../testing/send-context.js';

function parseBody(body: unknown): ParsedDelivery {
  const request = telegramUpdateRequest(JSON.stringify(body), { secret: TEST_TELEGRAM_WEBHOOK_SECRET });
  telegram.verify(request, secrets);
  return telegram.parse(request, context);
}

function onlyMessage(body: unknown): InboundMessageEvent {
  const { events, unprocessable } = parseBody(body);
  expect(unprocessable).toEqual([]);
  expect(events).toHaveLength(1);
  const event = events[0]!;
  if (event.kind !== 'message') throw new Error('expected a message');
  return event;
}

function onlyProblem(body: unknown): string {
  const { events, unprocessable } = parseBody(body);
  expect(events).toEqual([]);
  expect(unprocessable).toHaveLength(1);
  expect(unprocessable[0]).toMatchObject({ accountId: BOT, fragment: body });
  return unprocessable[0]!.reason;
}

const layla = {
  kind: 'message',
  channel: 'telegram',
  accountId: BOT,
  userId: LAYLA,
  userName: 'Layla Haddad',
} as const;

describe('telegram: updates map to the normalised model', () => {
  it('every fixture file has expected counts', () => {
    const files = readdirSync(FIXTURES).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED_COUNTS).sort());
  });

  it('text: ids are chat:message, the name is first + last name, the time is the message date', () => {
    expect(onlyMessage(json('text'))).toEqual({
      ...layla,
      providerMessageId: `${LAYLA}:1187`,
      timestamp: new Date(1749416383 * 1000),
      content: { type: 'text', text: 'Hi! Can I book a haircut for Saturday morning?' },
    });
  });

  it('a command such as /start stays text', () => {
    expect(onlyMessage(json('command-start')).content).toEqual({ type: 'text', text: '/start' });
  });

  it('a user without a name is known by their username', () => {
    const body = json('text');
    const from = body.message!.from as Record<string, unknown>;
    const chat = body.message!.chat as Record<string, unknown>;
    for (const who of [from, chat]) {
      delete who.first_name;
      delete who.last_name;
    }
    expect(onlyMessage(body).userName).toBe('layla_h');
  });

  it('photo: the largest size, as JPEG, with its caption (whatever the order of sizes)', () => {
    const expected = {
      type: 'image',
      caption: 'Is this style possible with my hair length?',
      media: {
        providerMediaId: 'AgACAgQAAxkBAAIEpGZrQ1x7m3nY0c9mQk1qW8aX2b3pAAK3vzEbq8NgUzZ1dWZ4cC0rAQADAgADeQADNQQ',
        mimeType: 'image/jpeg',
      },
    };
    expect(onlyMessage(json('photo-caption')).content).toEqual(expected);
    const shuffled = json('photo-caption');
    (shuffled.message!.photo as unknown[]).reverse();
    expect(onlyMessage(shuffled).content).toEqual(expected);
  });

  it('voice note: audio with voice=true', () => {
    expect(onlyMessage(json('voice')).content).toEqual({
      type: 'audio',
      voice: true,
      media: {
        providerMediaId: 'AwACAgQAAxkBAAIEpWZrQ3Vf1m2nYb0xSx8nYc7l7sBqAAJ0FQACq8NgU6Vb8m3S0lKzNQQ',
        mimeType: 'audio/ogg',
      },
    });
  });

  it('document keeps its file name, type and caption', () => {
    expect(onlyMessage(json('document')).content).toEqual({
      type: 'document',
      caption: 'My referral letter',
      media: {
        providerMediaId: 'BQACAgQAAxkBAAIEpmZrQ529538HUnygepTxurV_S7zDMwACdRUAAqvDYFObSVbZmnVrWTUE',
        mimeType: 'application/pdf',
        fileName: 'referral-letter.pdf',
      },
    });
  });

  it('location, and a venue with its name and address', () => {
    expect(onlyMessage(json('location')).content).toEqual({
      type: 'location',
      latitude: 25.197197,
      longitude: 55.274376,
    });
    const body = json('location');
    body.message!.venue = {
      location: { latitude: 25.197197, longitude: 55.274376 },
      title: 'Burj Khalifa',
      address: '1 Sheikh Mohammed bin Rashid Blvd, Dubai',
    };
    expect(onlyMessage(body).content).toEqual({
      type: 'location',
      latitude: 25.197197,
      longitude: 55.274376,
      name: 'Burj Khalifa',
      address: '1 Sheikh Mohammed bin Rashid Blvd, Dubai',
    });
  });

  it('sticker: its file, typed by kind (an animated sticker is a .tgs)', () => {
    expect(onlyMessage(json('sticker')).content).toEqual({
      type: 'sticker',
      media: {
        providerMediaId: 'CAACAgIAAxkBAAIEp2ZrRFrTNJkKRpN7pUZE9IO6CZylAAIFAAPANk8T-WpfmoJrTXU1BA',
        mimeType: 'application/x-tgsticker',
      },
    });
  });

  it('video, video note and animation are videos; an animation is not mistaken for its document', () => {
    const body = json('text');
    delete body.message!.text;
    body.message!.animation = { file_id: 'CgACAgQAAxkBAAIE', file_unique_id: 'AgAD', mime_type: 'video/mp4' };
    body.message!.document = { file_id: 'CgACAgQAAxkBAAIE', file_unique_id: 'AgAD', mime_type: 'video/mp4' };
    body.message!.caption = 'like this?';
    expect(onlyMessage(body).content).toEqual({
      type: 'video',
      caption: 'like this?',
      media: { providerMediaId: 'CgACAgQAAxkBAAIE', mimeType: 'video/mp4' },
    });
    delete body.message!.animation;
    delete body.message!.document;
    delete body.message!.caption;
    body.message!.video_note = { file_id: 'DQACAgQAAxkBAAIE', file_unique_id: 'AgAE', length: 240, duration: 4 };
    expect(onlyMessage(body).content).toEqual({
      type: 'video',
      media: { providerMediaId: 'DQACAgQAAxkBAAIE', mimeType: 'video/mp4' },
    });
  });

  it('a shared contact is unsupported, with the name and number for staff', () => {
    expect(onlyMessage(json('contact')).content).toEqual({
      type: 'unsupported',
      providerType: 'contact',
      summary: 'a shared contact: Layla Haddad, 971501234567',
    });
  });

  it('other content (a poll) is unsupported, so the customer still gets an answer', () => {
    const body = json('text');
    delete body.message!.text;
    body.message!.poll = { id: '5', question: 'Which day?', options: [] };
    expect(onlyMessage(body).content).toEqual({
      type: 'unsupported',
      providerType: 'poll',
      summary: 'a Telegram "poll" message, which Frontdesk cannot read',
    });
  });

  it('a service message is unprocessable, never answered', () => {
    const body = json('text');
    delete body.message!.text;
    body.message!.pinned_message = { message_id: 1, date: 1, chat: body.message!.chat };
    expect(onlyProblem(body)).toBe('Telegram service message "pinned_message", not a customer message');
  });

  it('Arabic text and name arrive as sent', () => {
    expect(onlyMessage(json('arabic-text'))).toMatchObject({
      userId: '598812345',
      userName: 'ليلى',
      providerMessageId: '598812345:88',
      content: { type: 'text', text: 'مرحبا، هل يمكنني حجز موعد يوم السبت؟' },
    });
  });

  it('callback query: the button id and label, under the query id, timed by its message', () => {
    expect(onlyMessage(json('callback-query'))).toEqual({
      ...layla,
      providerMessageId: 'cbq:1771064393927381846',
      timestamp: new Date(1749416520 * 1000),
      content: { type: 'interactive', replyId: 'confirm-booking', title: 'Yes, book it' },
    });
  });

  it('answers a callback query in the webhook response itself (no extra request), and nothing else', () => {
    expect(telegram.webhookReply!(parseBody(json('callback-query')))).toEqual({
      method: 'answerCallbackQuery',
      callback_query_id: '1771064393927381846',
    });
    expect(telegram.webhookReply!(parseBody(json('text')))).toBeUndefined();
  });

  it('callback query: without the keyboard the title is the data; without data or a usable message it is unprocessable', () => {
    const body = json('callback-query');
    const message = body.callback_query!.message as Record<string, unknown>;
    delete message.reply_markup;
    expect(onlyMessage(body).content).toEqual({
      type: 'interactive',
      replyId: 'confirm-booking',
      title: 'confirm-booking',
    });

    const game = json('callback-query');
    delete game.callback_query!.data;
    game.callback_query!.game_short_name = 'quiz';
    expect(onlyProblem(game)).toMatch(/without data/);

    const inaccessible = json('callback-query');
    inaccessible.callback_query!.message = { chat: message.chat, message_id: 1192, date: 0 };
    expect(onlyProblem(inaccessible)).toMatch(/can no longer access/);

    const inline = json('callback-query');
    delete inline.callback_query!.message;
    inline.callback_query!.inline_message_id = 'AAAAAHkAAAA';
    expect(onlyProblem(inline)).toMatch(/inline message/);
  });

  it('edited message: a new message with the edited text, under an id of its own', () => {
    const original = onlyMessage(json('text'));
    const edited = onlyMessage(json('edited-message'));
    expect(edited).toEqual({
      ...layla,
      providerMessageId: `${LAYLA}:1187:edit:1749416415`,
      timestamp: new Date(1749416415 * 1000),
      content: { type: 'text', text: 'Hi! Can I book a haircut for Sunday morning?' },
    });
    expect(edited.providerMessageId).not.toBe(original.providerMessageId);
    const undated = json('edited-message');
    delete undated.edited_message!.edit_date;
    expect(onlyProblem(undated)).toBe('edited_message without edit_date');
  });

  it('reaction: the new emoji on our message; a removed reaction is an empty emoji', () => {
    expect(onlyMessage(json('message-reaction'))).toEqual({
      ...layla,
      providerMessageId: `${LAYLA}:1193:reaction:1749416560`,
      timestamp: new Date(1749416560 * 1000),
      content: { type: 'reaction', emoji: '👍', toProviderMessageId: `${LAYLA}:1193` },
    });
    const removed = json('message-reaction');
    removed.message_reaction!.old_reaction = [{ type: 'emoji', emoji: '👍' }];
    removed.message_reaction!.new_reaction = [];
    expect(onlyMessage(removed).content).toEqual({ type: 'reaction', emoji: '', toProviderMessageId: `${LAYLA}:1193` });
    const added = json('message-reaction');
    added.message_reaction!.old_reaction = [{ type: 'emoji', emoji: '👍' }];
    added.message_reaction!.new_reaction = [
      { type: 'emoji', emoji: '👍' },
      { type: 'emoji', emoji: '🔥' },
    ];
    expect(onlyMessage(added).content).toMatchObject({ emoji: '🔥' });
    const custom = json('message-reaction');
    custom.message_reaction!.new_reaction = [{ type: 'custom_emoji', custom_emoji_id: '5368324170671202286' }];
    expect(onlyMessage(custom).content).toMatchObject({ type: 'unsupported', providerType: 'reaction.custom_emoji' });
  });

  it('my_chat_member "kicked": the customer blocked the bot', () => {
    expect(onlyProblem(json('my-chat-member-kicked'))).toMatch(/^the customer blocked the bot/);
    const back = json('my-chat-member-kicked');
    (back.my_chat_member!.new_chat_member as Record<string, unknown>).status = 'member';
    expect(onlyProblem(back)).toMatch(/unblocked the bot/);
  });

  it('group chats are refused with a reason', () => {
    expect(onlyProblem(json('group-message'))).toBe('group chats are not supported (chat type "supergroup")');
    const reaction = json('message-reaction');
    (reaction.message_reaction!.chat as Record<string, unknown>).type = 'group';
    expect(onlyProblem(reaction)).toMatch(/^group chats are not supported/);
  });

  it('other update kinds, and an update with nothing in it, are unprocessable with a reason', () => {
    expect(onlyProblem({ update_id: 9, inline_query: { id: '1', query: 'x' } })).toBe(
      'Telegram "inline_query" updates are not handled',
    );
    expect(onlyProblem({ update_id: 9, channel_post: json('text').message })).toMatch(/"channel_post"/);
    expect(onlyProblem({ update_id: 9 })).toBe('Telegram update without content');
    expect(onlyProblem({ update_id: 9, message: { message_id: 'x' } })).toMatch(/^message does not fit/);
  });

  it('a delivery for a business without a Telegram account is refused', () => {
    const request = telegramUpdateRequest(wire('text'), { secret: TEST_TELEGRAM_WEBHOOK_SECRET });
    expect(() => telegram.parse(request)).toThrow('no telegram account for this business');
    expect(() => telegram.parse(request, { accountId: ' ' })).toThrow(ValidationError);
  });
});

describe('telegram: the secret token header', () => {
  const body = wire('text');

  it('accepts the stored secret, and names the cause of each failure', () => {
    expect(() =>
      telegram.verify(telegramUpdateRequest(body, { secret: TEST_TELEGRAM_WEBHOOK_SECRET }), secrets),
    ).not.toThrow();
    expect(() => telegram.verify(telegramUpdateRequest(body), secrets)).toThrow(
      /Missing X-Telegram-Bot-Api-Secret-Token/,
    );
    expect(() => telegram.verify(telegramUpdateRequest(body, { secret: 'guess' }), secrets)).toThrow(
      /Invalid X-Telegram-Bot-Api-Secret-Token/,
    );
    expect(() => telegram.verify(telegramUpdateRequest(body, { secret: '' }), secrets)).toThrow(AuthenticationError);
    const refused = (() => {
      try {
        telegram.verify(telegramUpdateRequest(body, { secret: 'guess' }), secrets);
      } catch (err) {
        return err;
      }
    })();
    expect(refused).toMatchObject({ httpStatus: 401 });
  });

  it('without a stored secret the business is not set up', () => {
    const request = telegramUpdateRequest(body, { secret: TEST_TELEGRAM_WEBHOOK_SECRET });
    expect(() => telegram.verify(request, {})).toThrow(ConfigError);
    expect(() => telegram.verify(request, { businessSecret: '' })).toThrow(/channels:register/);
  });
});

describe('telegram: send', () => {
  let api: FakeTelegramApi;
  const message: OutboundMessage = { accountId: BOT, userId: LAYLA, text: 'Hello' };
  const ctx = (): SendContext => ({ credentials: { botToken: TOKEN }, ...at(api.url) });
  const failure = async (out: OutboundMessage = message, c: SendContext = ctx()) => {
    const err = await telegram.send(out, c).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    return err as ProviderError;
  };
  const bodies = () => api.requests.map((r) => r.body as Record<string, unknown>);

  beforeAll(async () => {
    api = await startFakeTelegramApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('returns chat:message as the id, and turns *bold* and _italic_ into escaped HTML', async () => {
    const result = await telegram.send({ ...message, text: '*Saturday* at 10 <3 _see you_ & thanks' }, ctx());
    expect(result).toEqual({ providerMessageId: expect.stringMatching(new RegExp(`^${LAYLA}:\\d+$`)) });
    expect(bodies()[0]).toMatchObject({
      text: '<b>Saturday</b> at 10 &lt;3 <i>see you</i> &amp; thanks',
      parse_mode: 'HTML',
    });
  });

  it('buttons become an inline keyboard, one per row, with the id as callback_data', async () => {
    const buttons = [
      { id: 'confirm-booking', title: 'Yes, book it' },
      { id: 'other-time', title: 'Another time' },
    ];
    await telegram.send({ ...message, buttons }, ctx());
    expect(bodies()[0]?.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: 'Yes, book it', callback_data: 'confirm-booking' }],
        [{ text: 'Another time', callback_data: 'other-time' }],
      ],
    });
  });

  it('refuses a button id over 64 bytes, and an empty message, before sending anything', async () => {
    const long = { id: 'é'.repeat(33), title: 'Too long' };
    await expect(telegram.send({ ...message, buttons: [long] }, ctx())).rejects.toThrow(ValidationError);
    await expect(telegram.send({ ...message, text: '  ' }, ctx())).rejects.toThrow(ValidationError);
    expect(api.requests).toEqual([]);
  });

  it('splits a long text at paragraphs into several messages, buttons on the last', async () => {
    const paragraph = (n: number) => `Paragraph ${n}. ${'Lorem ipsum dolor sit amet. '.repeat(60).trim()}`;
    const text = [1, 2, 3].map(paragraph).join('\n\n');
    expect(text.length).toBeGreaterThan(4096);
    const result = await telegram.send({ ...message, text, buttons: [{ id: 'ok', title: 'OK' }] }, ctx());
    const sent = bodies();
    expect(sent.length).toBeGreaterThan(1);
    const first = Number(result.providerMessageId.split(':')[1]);
    expect(result.providerMessageId).toBe(`${LAYLA}:${first}`);
    expect(result.moreProviderMessageIds).toEqual(sent.slice(1).map((_, i) => `${LAYLA}:${first + 1 + i}`));
    for (const body of sent) expect((body.text as string).length).toBeLessThanOrEqual(4096);
    expect(sent.map((b) => b.text).join('\n\n')).toBe(text);
    expect(sent.map((b) => b.reply_markup === undefined)).toEqual([...sent.slice(1).map(() => true), false]);
  });

  it('an image goes by URL with the text as its caption, or before the text when it is too long for one', async () => {
    const image = { url: 'https://storage.example.com/previews/poodle-teddy.jpg', mimeType: 'image/jpeg' };
    await telegram.send({ ...message, text: 'Your *teddy* cut', image }, ctx());
    expect(api.requests.map((r) => r.apiMethod)).toEqual(['sendPhoto']);
    expect(bodies()[0]).toMatchObject({ photo: image.url, caption: 'Your <b>teddy</b> cut', parse_mode: 'HTML' });

    api.reset();
    const long = 'A preview of the cut. '.repeat(60);
    const result = await telegram.send(
      { ...message, text: long, image, buttons: [{ id: 'book', title: 'Book' }] },
      ctx(),
    );
    expect(api.requests.map((r) => r.apiMethod)).toEqual(['sendPhoto', 'sendMessage']);
    expect(bodies()[0]).not.toHaveProperty('caption');
    expect(bodies()[0]).not.toHaveProperty('reply_markup');
    expect(bodies()[1]).toHaveProperty('reply_markup');
    expect(result.moreProviderMessageIds).toHaveLength(1);
  });

  it('a template (WhatsApp only) is sent as its text: Telegram has no service window', async () => {
    const template = { name: 'reengage', language: 'en', bodyParameters: ['Hello'] };
    await telegram.send({ ...message, template }, ctx());
    expect(bodies()[0]).toMatchObject({ text: 'Hello' });
  });

  it('429 with retry_after is retryable after that many seconds', async () => {
    api.failNext(1, {
      status: 429,
      body: telegramError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }),
    });
    expect(await failure()).toMatchObject({ retryable: true, status: 429, retryAfterMs: 7000, providerCode: '429' });
  });

  it.each([
    [403, 'Forbidden: bot was blocked by the user', 'the customer blocked the bot'],
    [403, 'Forbidden: user is deactivated', 'deleted their Telegram account'],
    [400, 'Bad Request: chat not found', 'chat not found'],
    [401, 'Unauthorized', 'bot token rejected'],
    [404, 'Not Found', 'does not know this bot token'],
    [400, 'Bad Request: message is too long', 'request rejected'],
  ])('%i %s is permanent', async (status, description, says) => {
    api.failNext(1, { status, body: telegramError(status, description) });
    const err = await failure();
    expect(err).toMatchObject({ retryable: false, status });
    expect(err.message).toContain(says);
    expect(err.message).toContain(description);
  });

  it('5xx, a non-JSON answer from a proxy, and an unreachable API are retryable', async () => {
    api.failNext(1, { status: 500, body: telegramError(500, 'Internal Server Error') });
    expect(await failure()).toMatchObject({ retryable: true, status: 500 });
    api.failNext(1, { status: 502, body: '<html><body>502 Bad Gateway</body></html>' });
    expect(await failure()).toMatchObject({
      retryable: true,
      status: 502,
      message: expect.stringContaining('HTTP 502'),
    });
    api.failNext(1, { status: 404, body: '<html>Not Found</html>' });
    expect(await failure()).toMatchObject({ retryable: false, status: 404 });
    const gone = await startFakeTelegramApi();
    await gone.close();
    expect(await failure(message, { ...ctx(), ...at(gone.url) })).toMatchObject({
      retryable: true,
      ambiguous: false,
      message: 'telegram: could not reach the Telegram Bot API (network error ECONNREFUSED)',
    });
  });

  it('a send answered after the deadline is ambiguous: Telegram delivered it', async () => {
    api.slowNext(1, TEST_TIMEOUT_MS + 500);
    const err = await failure();
    expect(err).toMatchObject({ retryable: true, ambiguous: true });
    expect(err.message).toContain('may have been carried out');
    expect(api.requests.map((r) => r.apiMethod)).toEqual(['sendMessage']);
  });

  it('never puts the bot token in an error, even when the vendor or the network quotes it', async () => {
    api.failNext(1, { status: 400, body: telegramError(400, `Bad Request: bot${TOKEN} is not a chat`) });
    const quoted = await failure();
    expect(quoted.message).not.toContain(TOKEN);
    expect(quoted.message).toContain('[redacted]');

    api.breakNext(1, 'mid-answer');
    const network = await failure();
    expect(network).toMatchObject({ retryable: true, ambiguous: true });
    expect(JSON.stringify({ message: network.message, cause: String(network.cause) })).not.toContain(TOKEN);
  });

  it('a failure after the first part says how much was sent', async () => {
    const text = `${'First part. '.repeat(300)}\n\n${'Second part. '.repeat(100)}`;
    api.failNext(1, { status: 500, body: telegramError(500), after: 1 });
    const err = await failure({ ...message, text });
    expect(err).toMatchObject({ retryable: true, status: 500 });
    expect(err.message).toContain('(after 1 of 2 parts were sent)');
  });

  it('without a bot token it is a ConfigError', async () => {
    await expect(telegram.send(message, { ...ctx(), credentials: {} })).rejects.toThrow(ConfigError);
  });
});

describe('telegram: fetchMedia', () => {
  let api: FakeTelegramApi;
  const ctx = (): SendContext => ({ credentials: { botToken: TOKEN }, ...at(api.url) });

  beforeAll(async () => {
    api = await startFakeTelegramApi();
  });
  afterAll(async () => {
    await api.close();
  });
  beforeEach(() => api.reset());

  it('asks getFile for the path and downloads the bytes, typed by the media reference', async () => {
    const voice = api.addFile({ data: Buffer.from('OggS voice bytes'), filePath: 'voice/file_7.oga' });
    const media = await telegram.fetchMedia!({ providerMediaId: voice.fileId, mimeType: 'audio/ogg' }, ctx());
    expect(media).toEqual({ data: Buffer.from('OggS voice bytes'), mimeType: 'audio/ogg' });
    expect(api.requests.map((r) => [r.apiMethod, r.path])).toEqual([
      ['getFile', `/bot${TOKEN}/getFile`],
      ['file', `/file/bot${TOKEN}/voice/file_7.oga`],
    ]);
  });

  it('without a type on the reference: the download’s content type, else the file extension', async () => {
    const png = api.addFile({
      data: Buffer.from([0x89, 0x50]),
      filePath: 'photos/file_8.png',
      contentType: 'image/png',
    });
    expect((await telegram.fetchMedia!({ providerMediaId: png.fileId }, ctx())).mimeType).toBe('image/png');
    const jpg = api.addFile({ data: Buffer.from([0xff, 0xd8]), filePath: 'photos/file_9.jpg' });
    expect((await telegram.fetchMedia!({ providerMediaId: jpg.fileId }, ctx())).mimeType).toBe('image/jpeg');
  });

  it('a file over 20 MB is refused for good, whether getFile or its size says so', async () => {
    const big = api.addFile({ data: Buffer.from('x'), size: 25 * 1024 * 1024 });
    const refused = await telegram.fetchMedia!({ providerMediaId: big.fileId }, ctx()).catch((e: unknown) => e);
    expect(refused).toMatchObject({ retryable: false, message: expect.stringContaining('20 MB') });

    api.failNext(1, {
      status: 200,
      body: { ok: true, result: { file_id: 'x', file_unique_id: 'y', file_size: 21 * 1024 * 1024, file_path: 'a/b' } },
    });
    const sized = await telegram.fetchMedia!({ providerMediaId: 'x' }, ctx()).catch((e: unknown) => e);
    expect(sized).toMatchObject({ retryable: false, message: expect.stringContaining('20 MB') });
  });

  it('an unknown file id is permanent; a failing download is retried; the token never shows', async () => {
    const unknown = await telegram.fetchMedia!({ providerMediaId: 'nope' }, ctx()).catch((e: unknown) => e);
    expect(unknown).toMatchObject({ retryable: false, message: expect.stringContaining('invalid file_id') });

    const file = api.addFile({ data: Buffer.from('bytes'), filePath: 'documents/file_10.pdf' });
    api.failNext(1, { status: 503, method: 'file', body: 'Service Unavailable' });
    const down = await telegram.fetchMedia!({ providerMediaId: file.fileId }, ctx()).catch((e: unknown) => e);
    expect(down).toBeInstanceOf(ProviderError);
    expect(down).toMatchObject({ retryable: true, status: 503 });
    expect((down as Error).message).not.toContain(TOKEN);
  });

  it('needs the bot token and a file id', async () => {
    await expect(telegram.fetchMedia!({ providerMediaId: 'x' }, { ...ctx(), credentials: {} })).rejects.toThrow(
      ConfigError,
    );
    await expect(telegram.fetchMedia!({ url: 'https://example.com/a.jpg' }, ctx())).rejects.toThrow(ProviderError);
    expect(api.requests).toEqual([]);
  });
});
