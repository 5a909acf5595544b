/**
 * Builds reply text from business content and fixed templates. An answer is
 * a list of parts (a Q&A answer, a price block, the hours…), all rendered in
 * the customer's language. A part whose text the business wrote only in
 * another language keeps that text and is followed by a one-line note in the
 * customer's language saying so; the reply records which language the
 * business text is in (`answerLanguage`).
 */
import { ownerWritesThousandsWhole } from '../../domain/amounts.js';
import { formatNextOpening, nextOpening, openIntervalAt, type Schedule } from '../../domain/hours.js';
import { isTextLanguage, LANGUAGE_NAMES } from '../../domain/languages.js';
import { allTexts, pickLocalized } from '../../domain/localized.js';
import type { Localized } from '../../domain/business.js';
import { isHazard } from '../../domain/safety.js';
import type { BusinessContext, HandoffReason, ReplyResult } from '../responder.js';
import type { FormatContext } from './format.js';
import { type Messages, messagesFor, withoutEmoji } from './messages/index.js';
import type { ReplyStyle } from './style.js';

export interface ComposeContext {
  business: BusinessContext;
  /** The language we answer in. */
  language: string;
  now: Date;
  contactName?: string | undefined;
  style: ReplyStyle;
}

export interface Part {
  /** e.g. "offline:qa" */
  responder: string;
  sources: string[];
  confidence: number;
  render(language: string): { text: string; language: string };
}

export interface AssembleOptions {
  greet?: 'hello' | 'salam' | undefined;
  bookPrompt?: boolean;
  handoff?: { reason: HandoffReason; detail?: string } | undefined;
  /** With a handoff, say that a person will answer the rest (the style guide's handoff message). */
  personFollows?: boolean;
  /** Overrides the first part's confidence (the responder's calibrated figure). */
  confidence?: number;
  extra?: Partial<ReplyResult>;
}

export const schedule = (business: BusinessContext): Schedule => ({
  timezone: business.profile.timezone,
  hours: business.hours,
  holidays: business.holidays,
});

export function messages(ctx: ComposeContext, language = ctx.language): Messages {
  return messagesFor(language, ctx.style);
}

export function formatContext(business: BusinessContext, language: string, ctx?: ComposeContext): FormatContext {
  return {
    language,
    languages: business.profile.languages,
    currency: business.profile.currency,
    register: ctx?.style ?? { informal: false },
    wholeThousands: ownerWritesThousandsWhole(business),
  };
}

/** The style guide's text in exactly `language`, else the template. */
function styled(value: Localized | undefined, language: string, business: BusinessContext, template: string): string {
  if (value === undefined) return template;
  const defaultLanguage = business.profile.languages[0] ?? 'en';
  return allTexts(value, defaultLanguage).find((t) => t.language === language)?.text ?? template;
}

/** One line saying when a closed business opens next; empty when it is open or never opens. */
export function closedLine(ctx: ComposeContext, language: string): string {
  const s = schedule(ctx.business);
  if (openIntervalAt(ctx.now, s)) return '';
  const next = nextOpening(ctx.now, s);
  return next ? messages(ctx, language).closedNow(formatNextOpening(next, ctx.now, s.timezone, language)) : '';
}

function greeting(ctx: ComposeContext, kind: 'hello' | 'salam', language: string): string {
  const m = messages(ctx, language);
  return kind === 'salam' && language === 'ar' ? m.salamReply : m.hello(ctx.contactName);
}

function finish(ctx: ComposeContext, text: string): string {
  return ctx.style.emoji ? text : withoutEmoji(text);
}

/** The name of `language` written in `inLanguage`, for the "written in" note. */
function languageName(language: string, inLanguage: string): string {
  if (!isTextLanguage(language) || !isTextLanguage(inLanguage)) return language;
  return LANGUAGE_NAMES[inLanguage][language];
}

export function assemble(ctx: ComposeContext, parts: readonly Part[], options: AssembleOptions = {}): ReplyResult {
  const [first] = parts;
  if (!first) throw new Error('assemble needs at least one part');
  const { language } = ctx;
  const m = messages(ctx);
  const blocks: string[] = [];
  let answerLanguage: string | undefined;
  for (const part of parts) {
    const rendered = part.render(language);
    blocks.push(rendered.text);
    if (rendered.language !== language) {
      answerLanguage ??= rendered.language;
      blocks.push(m.writtenIn(languageName(rendered.language, language)));
    }
  }
  if (options.greet) blocks[0] = `${greeting(ctx, options.greet, language)}\n${blocks[0]}`;
  if (options.bookPrompt && !options.handoff) blocks.push(m.bookPrompt);
  if (options.handoff && options.personFollows) {
    blocks.push(styled(ctx.business.styleGuide.handoffMessage, language, ctx.business, m.handoff));
  }
  if (options.handoff) blocks.push(closedLine(ctx, language));
  return {
    text: finish(ctx, blocks.filter(Boolean).join('\n\n')),
    language,
    handoff: options.handoff,
    confidence: Math.min(1, Math.max(0, options.confidence ?? first.confidence)),
    sources: [...new Set(parts.flatMap((p) => p.sources))],
    responder: first.responder,
    ...(answerLanguage ? { answerLanguage } : {}),
    ...options.extra,
  };
}

/** A reply that hands the conversation to a person, saying when the business opens if it is closed. */
export function handoffReply(
  ctx: ComposeContext,
  reason: HandoffReason,
  detail?: string,
  confidence = 0.2,
  extra: Partial<ReplyResult> = {},
): ReplyResult {
  const { business, language } = ctx;
  const m = messages(ctx);
  const handoffMessage = business.styleGuide.handoffMessage;
  const lines =
    reason === 'complaint'
      ? [m.complaintApology, m.complaintFollowUp] // a cheerful style-guide handoff line would jar after an apology
      : [styled(handoffMessage, language, business, reason === 'requested' ? m.human : m.handoff)];
  const sure = reason === 'requested' ? 0.95 : reason === 'complaint' ? 0.8 : confidence;
  return handoffWith(ctx, lines, reason, detail, sure, extra);
}

/**
 * A customer deciding to let their animal go ("we think it's time to put her
 * to sleep"): a person answers, and the reply says so with care, never with
 * the style guide's cheerful handoff line.
 */
export function endOfLifeReply(ctx: ComposeContext, detail: string): ReplyResult {
  return handoffWith(ctx, [messages(ctx).endOfLife], 'requested', detail, 0.95);
}

function handoffWith(
  ctx: ComposeContext,
  said: readonly string[],
  reason: HandoffReason,
  detail: string | undefined,
  sure: number,
  extra: Partial<ReplyResult> = {},
): ReplyResult {
  const { language } = ctx;
  const lines = [...said, closedLine(ctx, language)];
  return {
    text: finish(ctx, lines.filter(Boolean).join('\n')),
    language,
    handoff: detail ? { reason, detail } : { reason },
    confidence: Math.min(1, Math.max(0, sure)),
    sources: [],
    responder: 'offline:handoff',
    ...extra,
  };
}

export type SmallTalk = 'hello' | 'salam' | 'thanks' | 'goodbye' | 'ack';

export function smallTalkReply(ctx: ComposeContext, kind: SmallTalk): ReplyResult {
  const { business, language } = ctx;
  const m = messages(ctx);
  const guide = business.styleGuide;
  let lines: string[];
  if (kind === 'thanks') lines = [m.thanks];
  else if (kind === 'ack') lines = [m.anythingElse];
  else if (kind === 'goodbye') lines = [m.goodbye, styled(guide.signOff, language, business, '')];
  else {
    const welcome = styled(
      guide.greeting,
      language,
      business,
      `${m.hello(ctx.contactName)} ${m.welcome(business.profile.name)}`,
    );
    // A style-guide greeting that already asks how to help needs no second question.
    const asks = /[?؟]\s*$/.test(welcome);
    lines = [kind === 'salam' && language === 'ar' ? m.salamReply : '', welcome, asks ? '' : m.offerHelp];
  }
  return {
    text: finish(ctx, lines.filter(Boolean).join('\n')),
    language,
    confidence: 0.9,
    sources: [],
    responder: kind === 'salam' || kind === 'hello' ? 'offline:greeting' : `offline:${kind}`,
  };
}

/** A part that only says templates and business data, in whatever language it is asked for. */
export function templatePart(responder: string, sources: string[], build: (language: string) => string): Part {
  return { responder, sources, confidence: 0.85, render: (language) => ({ text: build(language), language }) };
}

/** A part whose text is one Localized value, verbatim. */
export function localizedPart(
  responder: string,
  sources: string[],
  confidence: number,
  value: Localized,
  business: BusinessContext,
): Part {
  return {
    responder,
    sources,
    confidence,
    render: (language) => pickLocalized(value, language, readableOrder(language, business.profile.languages)),
  };
}

/**
 * Which other languages a reader of `language` is likeliest to follow, for
 * text the business did not write in theirs: neighbouring Romance
 * languages first, then English.
 */
const NEIGHBOURS: Record<string, string[]> = {
  en: ['en', 'es', 'fr', 'de', 'it', 'pt', 'ca', 'ar'],
  es: ['es', 'ca', 'pt', 'it', 'en', 'fr', 'de', 'ar'],
  ca: ['ca', 'es', 'fr', 'it', 'pt', 'en', 'de', 'ar'],
  pt: ['pt', 'es', 'ca', 'it', 'en', 'fr', 'de', 'ar'],
  fr: ['fr', 'ca', 'es', 'it', 'en', 'pt', 'de', 'ar'],
  it: ['it', 'es', 'fr', 'en', 'ca', 'pt', 'de', 'ar'],
  // German readers mostly read English as their second language.
  de: ['de', 'en', 'fr', 'it', 'es', 'pt', 'ca', 'ar'],
  ar: ['ar', 'en', 'fr', 'es', 'pt', 'ca', 'it', 'de'],
};

/** The business's languages in the order a reader of `language` would prefer them. */
export function readableOrder(language: string, languages: readonly string[]): string[] {
  const order = NEIGHBOURS[language] ?? [language];
  const rank = (l: string) => (order.includes(l) ? order.indexOf(l) : order.length + languages.indexOf(l));
  return [...languages].sort((a, b) => rank(a) - rank(b));
}

/** The reply to a message that tries to instruct the assistant: a polite refusal, and a person takes over. */
export function refusalReply(ctx: ComposeContext, detail: string, extra: Partial<ReplyResult>): ReplyResult {
  const lines = [messages(ctx).cannotDoThat, closedLine(ctx, ctx.language)];
  return {
    text: finish(ctx, lines.filter(Boolean).join('\n')),
    language: ctx.language,
    handoff: { reason: 'low_confidence', detail },
    confidence: 0.1,
    sources: [],
    responder: 'offline:handoff',
    ...extra,
  };
}

/**
 * The reply to a possible emergency: call the local emergency number (or,
 * for a person in crisis, a crisis line), then the business's own
 * emergency advice if it wrote any, and a person is told at once. Never
 * opening hours or a booking offer.
 */
export function emergencyReply(
  ctx: ComposeContext,
  crisis: boolean,
  advice: Part | undefined,
  extra: Partial<ReplyResult>,
): ReplyResult {
  const m = messages(ctx);
  const opening = crisis ? m.selfHarm : extra.safety && isHazard(extra.safety.emergency) ? m.danger : m.emergency;
  const blocks = [opening];
  let answerLanguage: string | undefined;
  if (advice && !crisis) {
    const rendered = advice.render(ctx.language);
    blocks.push(rendered.text);
    if (rendered.language !== ctx.language) {
      answerLanguage = rendered.language;
      blocks.push(m.writtenIn(languageName(rendered.language, ctx.language)));
    }
  }
  blocks.push(m.emergencyTeam);
  return {
    text: finish(ctx, blocks.join('\n\n')),
    language: ctx.language,
    handoff: { reason: 'emergency', detail: `possible emergency (${extra.safety?.emergency ?? 'unknown'})` },
    confidence: 0.95,
    sources: advice && !crisis ? advice.sources : [],
    responder: 'offline:safety',
    ...(answerLanguage ? { answerLanguage } : {}),
    ...extra,
  };
}
