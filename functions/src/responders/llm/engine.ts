/**
 * The conversation engine as a Responder: for one message, it
 *
 * 1. reads the business's AI settings (providers in order, models, time
 *    budgets, daily budget) and the deadline;
 * 2. transcribes a voice note (or, with no way to, answers honestly and
 *    hands off) and gathers photos for a vision model;
 * 3. builds the prompt (cacheable prefix + the turn's facts) and asks the
 *    providers in order through the chain, each running the tool loop;
 * 4. after the last provider, lets the fallback (the offline responder)
 *    answer, and hands off with the reason where it is not confident.
 *
 * Everything the pipeline must store comes back on the ReplyResult: tool
 * calls, attempts, usage and cost, memory patches, the transcript, the
 * handoff.
 */
import { AI_DEFAULTS, type AiProvider, AiSettings, type Settings } from '../../domain/business.js';
import { groundedMoney } from '../../domain/grounding.js';
import { detectLanguage } from '../../domain/language.js';
import type { BusinessContext, ProviderAttempt, ReplyRequest, ReplyResult, Responder } from '../responder.js';
import type { BreakerBook } from './breakers.js';
import { runChain } from './chain.js';
import type { KnowledgeSearch } from './knowledge.js';
import { type LoopResult, NO_SPEND, type Spend, addSpend, converse } from './loop.js';
import { engineMessages, handoffText, speaks } from './messages.js';
import { prepareTurn } from './media.js';
import type { ModelProvider } from './model.js';
import { modelFor } from './models.js';
import { customerBlock, historyTurns, promptSecrets, stablePrefix, turnContext } from './prompt.js';
import type { SafetyRules } from './safety.js';
import { toolSpecs } from './tools/registry.js';
import type { AnyTool, ToolContext } from './tools/tool.js';
import type { Transcriber } from './transcribe.js';

export interface EngineDeps {
  /** A provider this deployment can use (its key is set), for a model; undefined when it cannot. */
  provider(name: AiProvider, model: string): ModelProvider | undefined;
  /** Speech to text, when a key allows it. */
  transcriber?(model: string): Transcriber | undefined;
  /** Answers when no model could (the offline responder). */
  fallback: Responder;
  knowledge: KnowledgeSearch;
  tools: readonly AnyTool[];
  safety: SafetyRules;
  breakers: BreakerBook;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** No model call starts with less time than this left (default 1.5 s). */
  minAttemptMs?: number;
}

/** The AI settings of a business, defaults filled in (documents stored before `ai` existed have none). */
export function aiSettingsOf(settings: Settings | undefined): AiSettings {
  const parsed = AiSettings.safeParse(settings?.ai ?? {});
  return parsed.success ? parsed.data : AI_DEFAULTS;
}

const CONFIDENT = 0.5;

function knownIds(business: BusinessContext): Set<string> {
  return new Set([...business.services, ...business.qa, ...business.knowledge, ...business.policies].map((x) => x.id));
}

/** The language to write fixed sentences in, and to give tool results in. */
function customerLanguage(text: string, request: ReplyRequest): string {
  const guess = detectLanguage(text);
  const languages = request.business.profile.languages;
  if (guess.language && guess.confidence >= 0.5) return guess.language;
  return request.contact.language ?? guess.language ?? languages[0] ?? 'en';
}

function replyLanguage(reply: string, fallback: string): string {
  const guess = detectLanguage(reply);
  return guess.language && guess.confidence >= 0.5 ? guess.language : fallback;
}

function usageOf(spend: Spend): NonNullable<ReplyResult['usage']> {
  return {
    inputTokens: spend.usage.inputTokens,
    outputTokens: spend.usage.outputTokens,
    cacheReadTokens: spend.usage.cacheReadTokens,
    cacheWriteTokens: spend.usage.cacheWriteTokens,
    costUsd: spend.costUsd,
    calls: spend.calls,
    priced: spend.priced,
  };
}

function describeAttempts(attempts: readonly ProviderAttempt[]): string {
  return attempts
    .map(
      (a) =>
        `${a.provider}: ${a.outcome === 'answered' ? 'answered' : `${a.reason ?? a.outcome}${a.status ? ` ${a.status}` : ''}`}`,
    )
    .join('; ');
}

export function createEngineResponder(deps: EngineDeps): Responder {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const minAttemptMs = deps.minAttemptMs ?? 1500;

  /** The honest answer to a voice note nobody can hear yet: type it, or a person will listen. */
  function cannotListen(request: ReplyRequest, detail: string, spent: Spend): ReplyResult {
    const wanted = request.contact.language ?? request.business.profile.languages[0] ?? 'en';
    const language = speaks(wanted) ? wanted : 'en';
    return {
      text: engineMessages(language).cannotListen,
      language,
      handoff: { reason: 'unsupported', detail },
      confidence: 0.2,
      sources: [],
      responder: 'engine:voice-note',
      usage: spent.costUsd > 0 ? usageOf(spent) : undefined,
    };
  }

  async function fallback(
    request: ReplyRequest,
    text: string,
    attempts: ProviderAttempt[],
    spent: Spend,
    extra: Partial<ReplyResult>,
  ): Promise<ReplyResult> {
    const result = await deps.fallback.reply({ ...request, message: { ...request.message, text } });
    const why = attempts.length > 0 ? `no AI answer (${describeAttempts(attempts)})` : undefined;
    let handoff = result.handoff;
    if (handoff && why) handoff = { ...handoff, detail: [handoff.detail, why].filter(Boolean).join('; ') };
    if (!handoff && result.confidence < CONFIDENT && why) handoff = { reason: 'low_confidence', detail: why };
    return {
      ...result,
      handoff,
      attempts: attempts.length > 0 ? attempts : undefined,
      usage: spent.calls > 0 || spent.costUsd > 0 ? usageOf(spent) : result.usage,
      ...extra,
    };
  }

  return {
    name: 'engine',
    usesDailySpend: true,
    async reply(request) {
      const business = request.business;
      const settings = aiSettingsOf(business.settings);
      if (business.settings.responder === 'offline') return deps.fallback.reply(request);
      const started = now();
      const deadlineMs = Math.min(request.deadline?.getTime() ?? Infinity, started + settings.replySeconds * 1000);

      const transcriber = deps.transcriber?.(modelFor(settings, 'transcription'));
      const transcribeBudget = Math.min(settings.providerSeconds * 1000, deadlineMs - now());
      const prepared = await prepareTurn(request, transcriber, transcribeBudget);
      const transcript = prepared.transcript && {
        text: prepared.transcript.text,
        model: prepared.transcript.model,
        language: prepared.transcript.language,
      };
      let spent: Spend = prepared.transcript
        ? { ...NO_SPEND, costUsd: prepared.transcript.costUsd, priced: prepared.transcript.priced }
        : NO_SPEND;
      if (prepared.cannotListen) return cannotListen(request, prepared.cannotListen, spent);
      const { text, images } = prepared;
      // A possible medical emergency is answered by the shared safety rules, before any model: the
      // business's emergency advice (or the local emergency number) and a person at once.
      const emergency = deps.safety.emergency(text);
      if (emergency) {
        const safe = await deps.fallback.reply({ ...request, message: { ...request.message, text } });
        return {
          ...safe,
          safety: safe.safety ?? { emergency: emergency.kind, evidence: emergency.evidence },
          handoff: safe.handoff ?? { reason: 'emergency', detail: `possible emergency (${emergency.kind})` },
          ...(transcript ? { transcript } : {}),
        };
      }

      const providers = settings.providers.flatMap((name) => deps.provider(name, modelFor(settings, name)) ?? []);
      // A provider the business lists but this deployment has no key for is said so on the reply.
      const noKey = settings.providers
        .filter((name) => !providers.some((p) => p.name === name))
        .map((name): ProviderAttempt => ({
          provider: name,
          model: modelFor(settings, name),
          outcome: 'skipped',
          reason: 'no_key',
          durationMs: 0,
        }));
      if (providers.length === 0) return fallback(request, text, noKey, spent, { transcript });
      if ((request.spentTodayUsd ?? 0) >= settings.dailyBudgetUsd) {
        const overBudget = providers.map((p): ProviderAttempt => ({
          provider: p.name,
          model: p.model,
          outcome: 'skipped',
          reason: 'over_budget',
          durationMs: 0,
        }));
        return fallback(request, text, [...overBudget, ...noKey], spent, { transcript });
      }
      if (!text && images.length === 0) return fallback(request, text, [], spent, { transcript });

      const language = customerLanguage(text, request);
      const injection = deps.safety.detectInjection(text);
      const toolContext: ToolContext = {
        business,
        now: request.now,
        language,
        contact: request.contact,
        knowledge: deps.knowledge,
        messageId: request.messageId,
        booking: request.booking?.tools,
      };
      const system = stablePrefix(business);
      const input = {
        system,
        history: historyTurns(request.history),
        turn: {
          context: turnContext({
            business,
            now: request.now,
            contact: request.contact,
            media: prepared.media,
            injection: injection.injection ? injection.why : undefined,
            closedNotice: request.closedNotice,
          }),
          customer: customerBlock(text),
          images,
        },
        tools: toolSpecs(deps.tools),
        maxOutputTokens: settings.maxOutputTokens,
        effort: settings.effort,
        cacheKey: business.id,
      };
      const secrets = promptSecrets(business);

      const chain = await runChain<LoopResult>({
        providers,
        breakers: deps.breakers,
        deadlineMs,
        providerBudgetMs: settings.providerSeconds * 1000,
        minAttemptMs,
        now,
        sleep,
        attempt: (provider, signal, providerDeadline) =>
          converse({
            provider,
            input,
            tools: deps.tools,
            toolContext,
            grounded: groundedMoney(business),
            secrets,
            maxSteps: settings.maxSteps,
            signal,
            deadlineMs: providerDeadline,
            now,
          }),
      });
      spent = addSpend(spent, chain.spent);
      const attempts = [...chain.attempts, ...noKey];
      if (!chain.answer) {
        return fallback(request, text, attempts, spent, {
          transcript,
          toolCalls: chain.toolCalls.length > 0 ? chain.toolCalls : undefined,
          injection: injection.injection || undefined,
        });
      }

      const { provider, value: loop } = chain.answer;
      spent = addSpend(spent, loop.spend);
      const ids = knownIds(business);
      const said = loop.text ?? handoffText(business, language).text;
      // The model may write the reply, but a request for a person or a complaint goes to staff whatever it decided.
      const handoff = loop.handoff ?? deps.safety.requiredHandoff(text, request);
      return {
        text: said,
        language: replyLanguage(said, language),
        handoff,
        confidence: handoff ? 0.3 : loop.grounding.regenerated ? 0.6 : 0.85,
        sources: loop.sources.filter((id) => ids.has(id)),
        responder: `${provider.name}:${loop.model}`,
        usage: usageOf(spent),
        toolCalls: [...chain.toolCalls, ...loop.toolCalls],
        attempts,
        memory: loop.effects.flatMap((e) => (e.kind === 'remember' ? [e.patch] : [])),
        approvals: loop.effects.flatMap((e) => (e.kind === 'approval' ? [{ tool: e.tool, input: e.input }] : [])),
        transcript,
        grounding: loop.grounding,
        injection: injection.injection || undefined,
      };
    },
  };
}
