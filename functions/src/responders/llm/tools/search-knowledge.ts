/** Searches the business's Q&A, articles and policies: the AI's way to answer from what the business wrote. */
import { z } from 'zod';
import { defineTool } from './tool.js';

/** Below this a match is too weak to be shown as an answer. */
const MIN_STRENGTH = 0.2;

export const searchKnowledge = defineTool({
  name: 'search_knowledge',
  description:
    "Search the business's own Q&A, articles and policies. Use it for any question about the business that the prompt does not answer word for word (preparation, aftercare, parking, payment, pets' needs…). Answer only from what it returns; if it finds nothing, say you will check with the team.",
  input: z.strictObject({
    query: z.string().trim().min(2).max(300).describe("The customer's question, in their words or a short paraphrase."),
  }),
  run({ query }, ctx) {
    const hits = ctx.knowledge(ctx.business, query, ctx.language).filter((h) => h.strength >= MIN_STRENGTH);
    if (hits.length === 0) {
      return {
        content: { results: [], note: 'Nothing in the business knowledge matches.' },
        summary: `no match for "${query}"`,
      };
    }
    return {
      content: { results: hits.map(({ kind, id, title, text, language }) => ({ kind, id, title, text, language })) },
      summary: `found ${hits.map((h) => `${h.kind} ${h.id} (${h.strength.toFixed(2)})`).join(', ')}`,
      sources: hits.map((h) => h.id),
    };
  },
});
