/**
 * The transcription port: a voice note's bytes in, its text out. One
 * implementation today, OpenAI's speech-to-text (`/v1/audio/transcriptions`
 * through the SDK). To add one (another vendor, a local model): a function
 * returning a `Transcriber`, chosen in registry.ts.
 */
import { transcriptionCostUsd } from '../../domain/llm-pricing.js';
import { openAiClient } from './openai.js';

export interface AudioInput {
  data: Buffer;
  mimeType: string;
  fileName?: string | undefined;
}

/** What helps a model hear domain words and the right languages (used where the model takes hints). */
export interface TranscriptionHints {
  /** ISO 639-1 codes the customer may speak. */
  languages: string[];
  /** Service and product names. */
  keywords: string[];
}

export interface Transcript {
  text: string;
  model: string;
  language?: string | undefined;
  costUsd: number;
  priced: boolean;
}

export interface Transcriber {
  readonly model: string;
  transcribe(
    audio: AudioInput,
    options: { signal: AbortSignal; timeoutMs: number; hints?: TranscriptionHints | undefined },
  ): Promise<Transcript>;
}

/** File extensions OpenAI's transcription accepts, by MIME type (it reads the format from the name). */
const EXTENSIONS: Record<string, string> = {
  'audio/ogg': 'ogg',
  'audio/opus': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp3': 'mp3',
  'audio/mp4': 'm4a',
  'audio/m4a': 'm4a',
  'audio/x-m4a': 'm4a',
  'audio/aac': 'm4a',
  'audio/wav': 'wav',
  'audio/x-wav': 'wav',
  'audio/webm': 'webm',
  'audio/flac': 'flac',
  'video/mp4': 'mp4',
};

export function audioFileName(audio: AudioInput): string {
  const base = audio.mimeType.split(';')[0]!.trim().toLowerCase();
  const ext = EXTENSIONS[base];
  if (audio.fileName && /\.(ogg|oga|mp3|mpga|mpeg|m4a|mp4|wav|webm|flac)$/i.test(audio.fileName)) return audio.fileName;
  return `voice-note.${ext ?? 'ogg'}`;
}

/** Models that take language and keyword hints (gpt-transcribe and its snapshots). */
const takesHints = (model: string) => /^gpt-transcribe\b/.test(model);

export function openAiTranscriber(options: { apiKey: string; baseURL: string; model: string }): Transcriber {
  return {
    model: options.model,
    async transcribe(audio, { signal, timeoutMs, hints }) {
      const openai = await openAiClient(options);
      const { toFile } = await import('openai');
      const file = await toFile(audio.data, audioFileName(audio), { type: audio.mimeType.split(';')[0] });
      const result = await openai.audio.transcriptions.create(
        {
          file,
          model: options.model,
          response_format: 'json',
          ...(hints && takesHints(options.model)
            ? { languages: hints.languages, keywords: hints.keywords.slice(0, 100) }
            : {}),
        },
        { signal, timeout: Math.max(1, Math.floor(timeoutMs)), maxRetries: 0 },
      );
      const usage = result.usage;
      const cost =
        usage?.type === 'duration'
          ? transcriptionCostUsd(options.model, { seconds: usage.seconds })
          : usage?.type === 'tokens'
            ? transcriptionCostUsd(options.model, {
                audioTokens: usage.input_token_details?.audio_tokens ?? usage.input_tokens,
                outputTokens: usage.output_tokens,
              })
            : { costUsd: 0, priced: false };
      return {
        text: result.text.trim(),
        model: options.model,
        language: result.languages?.[0]?.code,
        ...cost,
      };
    },
  };
}
