/**
 * Photos and voice notes through the engine, with the real SDKs: a photo
 * reaches the vision model as Claude's image block or OpenAI's image input
 * with the caption; a voice note is transcribed by OpenAI's speech-to-text
 * and answered like text; without a way to listen, the customer gets an
 * honest sentence and staff get the conversation.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureBusiness, request } from '../fixture.test-helper.js';
import type { MessageMedia, ReplyRequest } from '../responder.js';
import { DEFAULT_MODELS } from './models.js';
import { type Fakes, type VendorName, engineFor, startFakes } from './vendors.test-helper.js';

let fakes: Fakes;
beforeAll(async () => {
  fakes = await startFakes();
});
afterAll(() => fakes.close());
beforeEach(() => {
  fakes.anthropic.reset();
  fakes.openai.reset();
});

// A 1×1 JPEG is enough for the wire format; the fake model does not look at pixels.
const JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(400, 1)]);

function withMedia(text: string, type: string, media: MessageMedia[]): ReplyRequest {
  const base = request(fixtureBusiness(), text);
  return { ...base, message: { text, type, media } };
}

describe.each<VendorName>(['anthropic', 'openai'])('a photo on %s', (name) => {
  it('reaches the vision model with its caption, and the answer does not diagnose', async () => {
    const vendor = fakes.vendors[name];
    vendor.script({ text: 'Thanks for the photo! Our skin consultation (free, 20 minutes) is the right first step.' });
    const reply = await engineFor(fakes, { [name]: true }).reply(
      withMedia('is this ok for laser?', 'image', [{ kind: 'image', mimeType: 'image/jpeg', data: JPEG }]),
    );

    expect(reply.text).toMatch(/consultation/);
    const body = JSON.stringify(vendor.calls()[0]);
    if (name === 'anthropic') {
      expect(body).toContain(
        `"source":{"type":"base64","media_type":"image/jpeg","data":"${JPEG.toString('base64')}"}`,
      );
    } else {
      expect(body).toContain(`"image_url":{"url":"data:image/jpeg;base64,${JPEG.toString('base64')}"}`);
    }
    expect(body).toContain('is this ok for laser?');
    expect(body).toContain('The customer sent a photo with a caption.');
    expect(body).toContain('Never diagnose');
  });
});

describe('a voice note', () => {
  it('is transcribed by OpenAI, answered like text, and its transcript returned for the pipeline', async () => {
    fakes.openai.transcribeNext({ text: 'Hi, how much is the full legs laser?', seconds: 4, languages: ['en'] });
    fakes.vendors.anthropic.script((view) => ({
      text: view.lastUserText.includes('how much is the full legs laser?') ? 'Full legs is AED 600.' : 'Sorry?',
    }));
    const reply = await engineFor(fakes).reply(
      withMedia('', 'audio', [{ kind: 'audio', mimeType: 'audio/ogg; codecs=opus', data: OGG, voice: true }]),
    );

    expect(reply.text).toBe('Full legs is AED 600.');
    expect(reply.transcript).toEqual({
      text: 'Hi, how much is the full legs laser?',
      model: DEFAULT_MODELS.transcription,
      language: 'en',
    });
    const [upload] = fakes.openai.transcriptions;
    expect(upload).toMatchObject({
      model: 'gpt-transcribe',
      fileName: 'voice-note.ogg',
      contentType: 'audio/ogg',
      bytes: OGG.length,
    });
    expect(upload!.fields.languages).toEqual(['en', 'ar', 'fr']);
    expect(upload!.fields.keywords).toEqual(
      expect.arrayContaining(['Full legs', 'HydraFacial', 'إزالة الشعر بالليزر']),
    );
    // 4 s at $0.0045 a minute, plus the model call.
    expect(reply.usage!.costUsd).toBeGreaterThan(0.0003);
    expect(JSON.stringify(fakes.anthropic.calls[0])).toContain('The customer sent a voice note (transcribed).');
  });

  it('is not transcribed again when the pipeline already has its transcript', async () => {
    fakes.vendors.anthropic.script({ text: 'Full legs is AED 600.' });
    const reply = await engineFor(fakes).reply(
      withMedia('', 'audio', [
        { kind: 'audio', mimeType: 'audio/ogg', data: OGG, voice: true, transcript: 'how much is full legs?' },
      ]),
    );
    expect(reply.text).toBe('Full legs is AED 600.');
    expect(fakes.openai.transcriptions).toHaveLength(0);
  });

  it('gets an honest reply and goes to staff when no key can transcribe it', async () => {
    const reply = await engineFor(fakes, { anthropic: true }).reply(
      withMedia('', 'audio', [{ kind: 'audio', mimeType: 'audio/ogg', data: OGG, voice: true }]),
    );
    expect(reply.text).toMatch(/can't listen to voice notes/);
    expect(reply.handoff).toEqual({ reason: 'unsupported', detail: 'voice note: no transcription key' });
    expect(fakes.anthropic.calls).toHaveLength(0);
  });

  it('gets the honest reply in the contact’s language when the transcription fails', async () => {
    fakes.openai.transcribeNext({ error: { status: 500, type: 'server_error' } });
    const base = withMedia('', 'audio', [{ kind: 'audio', mimeType: 'audio/ogg', data: OGG, voice: true }]);
    const reply = await engineFor(fakes).reply({ ...base, contact: { language: 'ar' } });
    expect(reply.language).toBe('ar');
    expect(reply.text).toMatch(/الرسائل الصوتية/);
    expect(reply.handoff).toEqual({ reason: 'unsupported', detail: 'voice note: transcription failed' });
  });
});
