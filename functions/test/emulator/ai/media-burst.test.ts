/**
 * Photos, voice notes and bursts on the emulators: the media step keeps the
 * photo or the voice note (downloaded from the fake Graph API), the engine
 * gives the photo to the model and has the voice note transcribed (OpenAI's
 * transcription, through the SDK, against the fake), the transcript is kept
 * on the message; three messages in a row get one reply.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetAndSeed, settle } from '../harness.js';
import {
  type AiBusiness,
  type Fakes,
  inbound,
  messages,
  newCustomer,
  seedAiBusiness,
  sentReply,
  sentTo,
  startFakes,
  text,
  whatsapp,
} from './ai-harness.js';

let fakes: Fakes;
let clinic: AiBusiness;
beforeAll(async () => {
  fakes = await startFakes();
  await resetAndSeed();
  clinic = await seedAiBusiness('media');
});
afterAll(() => fakes.close());
beforeEach(() => {
  fakes.anthropic.reset();
  fakes.openai.reset();
  fakes.graph.reset();
});

// A tiny real JPEG header and an OGG page header: the media policy checks types by their bytes' declared type.
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF fake photo bytes')]);
const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(60, 1)]);

describe('media', () => {
  it('a photo with a caption reaches the model as an image, and the answer uses it', async () => {
    const mediaId = `${Date.now()}1`;
    fakes.graph.addMedia(mediaId, JPEG, 'image/jpeg');
    let sawImage = false;
    fakes.claude.script(() => {
      const last = fakes.anthropic.calls.at(-1)!.messages.at(-1)!;
      const blocks = Array.isArray(last.content) ? last.content : [];
      const image = blocks.find((b) => b.type === 'image') as
        { source?: { type: string; media_type: string; data: string } } | undefined;
      sawImage = image?.source?.type === 'base64' && Buffer.from(image.source.data, 'base64').equals(JPEG);
      return { text: 'Thanks for the photo: the hair on your arms is fine for laser; a patch test comes first.' };
    });
    const from = newCustomer();
    const wamid = await whatsapp(clinic, from, {
      type: 'image',
      image: { id: mediaId, mime_type: 'image/jpeg', sha256: 'x', caption: 'Is my arm hair OK for laser?' },
    });
    const reply = await sentReply(clinic, wamid);
    expect(sawImage).toBe(true);
    expect(reply.get('text')).toMatch(/Thanks for the photo/);
    expect((await inbound(clinic, wamid)).get('media.state')).toBe('stored');
    expect(sentTo(fakes, from)).toHaveLength(1);
  });

  it('a voice note is transcribed once, the transcript kept on the message, and answered like text', async () => {
    const mediaId = `${Date.now()}2`;
    fakes.graph.addMedia(mediaId, OGG, 'audio/ogg; codecs=opus');
    fakes.openai.transcribeNext({ text: 'Hi, how long does a full legs session take?', seconds: 4, languages: ['en'] });
    fakes.claude.script((view) => ({
      text: view.lastUserText.includes('how long does a full legs session take')
        ? 'A full legs session takes about an hour.'
        : 'I did not hear a question.',
    }));
    const wamid = await whatsapp(clinic, newCustomer(), {
      type: 'audio',
      audio: { id: mediaId, mime_type: 'audio/ogg; codecs=opus', voice: true },
    });
    const reply = await sentReply(clinic, wamid);
    expect(reply.get('text')).toBe('A full legs session takes about an hour.');
    expect(fakes.openai.transcriptions).toHaveLength(1);
    expect(fakes.openai.transcriptions[0]).toMatchObject({ model: 'gpt-transcribe', fileName: 'voice-note.ogg' });
    const message = await inbound(clinic, wamid);
    expect(message.get('transcript')).toMatchObject({
      text: 'Hi, how long does a full legs session take?',
      model: 'gpt-transcribe',
    });
    // The transcription is billed with the reply.
    expect(reply.get('ai.usage.costUsd')).toBeGreaterThan(0);
  });
});

describe('a burst', () => {
  it('three messages in a few seconds get one considered reply, and each is marked answered by it', async () => {
    fakes.claude.script((view) => ({
      text:
        view.lastUserText.includes('Saturday') && view.lastUserText.includes('full legs')
          ? 'Hi! Full legs for women is AED 450, and yes, we are open on Saturday from 10:00.'
          : 'Hi!',
    }));
    const from = newCustomer();
    const ids = [];
    // As people type: a message every 0.6 s, each inside the last one's quiet window (2 s).
    for (const words of ['hi', 'how much is full legs?', 'and are you open on Saturday?']) {
      ids.push(await whatsapp(clinic, from, text(words)));
      await new Promise((r) => setTimeout(r, 600));
    }
    const reply = await sentReply(clinic, ids[2]!);
    expect(reply.get('text')).toBe('Hi! Full legs for women is AED 450, and yes, we are open on Saturday from 10:00.');
    // Let every trigger and task finish: still one reply, one send, one model call.
    await settle(async () => (await messages(clinic).where('direction', '==', 'out').get()).size, 3000);
    expect(fakes.anthropic.calls).toHaveLength(1);
    expect(sentTo(fakes, from)).toHaveLength(1);
    const stored = await Promise.all(ids.map((id) => inbound(clinic, id)));
    expect(reply.get('ai.answers')).toEqual(stored.map((m) => m.id));
    for (const m of stored) {
      expect((await m.ref.get()).get('processing')).toMatchObject({ state: 'done', replyMessageId: reply.id });
    }
  });
});
