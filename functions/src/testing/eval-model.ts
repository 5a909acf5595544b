/**
 * A scripted stand-in for a model, for `npm run eval -- --responder engine`
 * on a machine without LLM keys: it runs the whole engine (prompt, tools,
 * grounding check, handoff) against the fake Anthropic server, so the
 * evaluation checks the plumbing rather than a model's language. It asks
 * `search_knowledge` with the customer's words, then answers with the best
 * result's text, or hands off when nothing matched — a floor a real model
 * must beat on the same sets.
 */
import type { AnthropicReply, AnthropicView } from './fake-anthropic.js';

const CUSTOMER = /<customer_message>\n([\s\S]*?)\n<\/customer_message>/gu;

/** The customer's words in the last user turn (the engine fences them in tags). */
export function customerWords(view: AnthropicView): string {
  const fenced = [...view.lastUserText.matchAll(CUSTOMER)].map((m) => m[1]!.trim());
  return (fenced.length ? fenced.join(' ') : view.lastUserText).trim();
}

interface SearchResult {
  results?: { text?: string }[];
  handedOff?: boolean;
}

function parsed(content: string): SearchResult {
  try {
    return JSON.parse(content) as SearchResult;
  } catch {
    return {};
  }
}

export function retrievalEchoModel(view: AnthropicView): AnthropicReply {
  const [result] = view.toolResults;
  if (!result) {
    const query = customerWords(view).slice(0, 300);
    if (query.length < 2) return { text: 'Could you tell me a little more?' };
    return { tools: [{ name: 'search_knowledge', input: { query } }] };
  }
  const content = parsed(result.content);
  if (content.handedOff) return { text: 'A member of our team will follow up with you here.' };
  const best = content.results?.[0]?.text;
  if (!result.isError && best) return { text: best };
  return {
    tools: [
      { name: 'handoff_to_staff', input: { reason: 'low_confidence', detail: 'nothing in the knowledge matches' } },
    ],
  };
}
