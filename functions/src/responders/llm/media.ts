/**
 * What the customer sent besides text, made ready for a model: photos for
 * a vision model (bytes or a URL, with the caption as the text), a voice
 * note transcribed (or the reason it could not be, so the engine can say
 * so honestly and hand off).
 */
import { allTexts } from '../../domain/localized.js';
import type { BusinessContext, MessageMedia, ReplyRequest } from '../responder.js';
import type { ImageInput } from './model.js';
import type { Transcriber, Transcript } from './transcribe.js';

export interface PreparedTurn {
  /** The caption, and the transcript of a voice note. */
  text: string;
  images: ImageInput[];
  /** For the model: "a photo with a caption", "a voice note (transcribed)". */
  media?: string | undefined;
  transcript?: Transcript | undefined;
  /** Set when a voice note could not be heard: why. */
  cannotListen?: string | undefined;
}

/** The business's languages and the names of its services: what a voice note is likely to mention. */
export function transcriptionHints(business: BusinessContext): { languages: string[]; keywords: string[] } {
  const defaultLanguage = business.profile.languages[0] ?? 'en';
  const names = business.services.flatMap((s) => [s.name, ...s.variants.map((v) => v.name)]);
  const keywords = [...new Set(names.flatMap((n) => allTexts(n, defaultLanguage).map((t) => t.text)))];
  return { languages: [...business.profile.languages], keywords };
}

function photos(images: readonly ImageInput[], caption: string): string | undefined {
  if (images.length === 0) return undefined;
  return `${images.length > 1 ? `${images.length} photos` : 'a photo'}${caption ? ' with a caption' : ''}`;
}

export async function prepareTurn(
  request: ReplyRequest,
  transcriber: Transcriber | undefined,
  budgetMs: number,
): Promise<PreparedTurn> {
  const media: readonly MessageMedia[] = request.message.media ?? [];
  const caption = request.message.text.trim();
  const images = media
    .filter((m) => m.kind === 'image' || m.kind === 'sticker')
    .flatMap((m): ImageInput[] => (m.data || m.url ? [{ mimeType: m.mimeType, data: m.data, url: m.url }] : []));
  const audio = media.find((m) => m.kind === 'audio');
  if (!audio) return { text: caption, images, media: photos(images, caption) };

  const withTranscript = (transcript: string) => ({
    text: [caption, transcript].filter(Boolean).join('\n'),
    images,
    media: 'a voice note (transcribed)',
  });
  if (audio.transcript) return withTranscript(audio.transcript);
  if (!transcriber) return { text: caption, images, cannotListen: 'voice note: no transcription key' };
  if (!audio.data) return { text: caption, images, cannotListen: 'voice note: its audio was not stored' };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, budgetMs));
  try {
    const transcript = await transcriber.transcribe(
      { data: audio.data, mimeType: audio.mimeType, fileName: audio.fileName },
      { signal: controller.signal, timeoutMs: budgetMs, hints: transcriptionHints(request.business) },
    );
    if (!transcript.text)
      return { text: caption, images, transcript, cannotListen: 'voice note: the transcript is empty' };
    return { ...withTranscript(transcript.text), transcript };
  } catch {
    const why = controller.signal.aborted ? 'voice note: transcription timed out' : 'voice note: transcription failed';
    return { text: caption, images, cannotListen: why };
  } finally {
    clearTimeout(timer);
  }
}
