/**
 * Builds reply text from business content and fixed templates. An answer is
 * a list of parts (a Q&A answer, a price block, the hours…); the first part
 * decides the reply's language — when the business wrote that answer only in
 * its default language, everything around it switches to that language too,
 * so one reply never mixes two.
 */
import { formatNextOpening, nextOpening, openIntervalAt, type Schedule } from '../../domain/hours.js';
import { allTexts, pickLocalized } from '../../domain/localized.js';
import type { Localized } from '../../domain/business.js';
import type { BusinessContext, HandoffReason, ReplyResult } from '../responder.js';
import type { FormatContext } from './format.js';
import { messagesFor } from './messages.js';

export interface ComposeContext {
  business: BusinessContext;
  /** The language we mean to answer in. */
  language: string;
  now: Date;
  contactName?: string | undefined;
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
}

export const schedule = (business: BusinessContext): Schedule => ({
  timezone: business.profile.timezone,
  hours: business.hours,
  holidays: business.holidays,
});

export function formatContext(business: BusinessContext, language: string): FormatContext {
  return { language, languages: business.profile.languages, currency: business.profile.currency };
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
  return next ? messagesFor(language).closedNow(formatNextOpening(next, ctx.now, s.timezone, language)) : '';
}

function greeting(ctx: ComposeContext, kind: 'hello' | 'salam', language: string): string {
  const m = messagesFor(language);
  return kind === 'salam' && language === 'ar' ? m.salamReply : m.hello(ctx.contactName);
}

export function assemble(ctx: ComposeContext, parts: readonly Part[], options: AssembleOptions = {}): ReplyResult {
  const [first, ...rest] = parts;
  if (!first) throw new Error('assemble needs at least one part');
  const rendered = first.render(ctx.language);
  const language = ctx.business.profile.languages.includes(rendered.language) ? rendered.language : ctx.language;
  const m = messagesFor(language);
  const opening = options.greet ? `${greeting(ctx, options.greet, language)}\n` : '';
  const blocks = [opening + rendered.text, ...rest.map((p) => p.render(language).text)];
  if (options.bookPrompt && !options.handoff) blocks.push(m.bookPrompt);
  if (options.handoff) blocks.push(closedLine(ctx, language));
  return {
    text: blocks.filter(Boolean).join('\n\n'),
    language,
    handoff: options.handoff,
    confidence: first.confidence,
    sources: [...new Set(parts.flatMap((p) => p.sources))],
    responder: first.responder,
  };
}

/** A reply that hands the conversation to a person, saying when the business opens if it is closed. */
export function handoffReply(
  ctx: ComposeContext,
  reason: HandoffReason,
  detail?: string,
  confidence = 0.2,
): ReplyResult {
  const { business, language } = ctx;
  const m = messagesFor(language);
  const handoffMessage = business.styleGuide.handoffMessage;
  const lines =
    reason === 'complaint'
      ? [m.complaintApology, m.complaintFollowUp] // a cheerful style-guide handoff line would jar after an apology
      : [styled(handoffMessage, language, business, reason === 'requested' ? m.human : m.handoff)];
  lines.push(closedLine(ctx, language));
  const sure = reason === 'requested' ? 0.95 : reason === 'complaint' ? 0.8 : confidence;
  return {
    text: lines.filter(Boolean).join('\n'),
    language,
    handoff: detail ? { reason, detail } : { reason },
    confidence: Math.min(1, Math.max(0, sure)),
    sources: [],
    responder: 'offline:handoff',
  };
}

export type SmallTalk = 'hello' | 'salam' | 'thanks' | 'goodbye' | 'ack';

export function smallTalkReply(ctx: ComposeContext, kind: SmallTalk): ReplyResult {
  const { business, language } = ctx;
  const m = messagesFor(language);
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
    text: lines.filter(Boolean).join('\n'),
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
    render: (language) => pickLocalized(value, language, business.profile.languages),
  };
}
