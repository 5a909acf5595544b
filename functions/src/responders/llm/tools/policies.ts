/** The business's policies (cancellation, deposits, late arrival, minors…) as it wrote them. */
import { z } from 'zod';
import { knowledgeEntry } from '../knowledge.js';
import { defineTool } from './tool.js';

export const getPolicies = defineTool({
  name: 'get_policies',
  description:
    'The business policies (cancellation, deposits, lateness, refunds…) in full. Quote them rather than paraphrasing rules you are not sure of.',
  input: z.strictObject({
    id: z.string().trim().min(1).max(64).optional().describe('One policy id from the prompt; omit for all policies.'),
  }),
  run({ id }, ctx) {
    const { business } = ctx;
    const ids = id ? business.policies.filter((p) => p.id === id).map((p) => p.id) : business.policies.map((p) => p.id);
    const policies = ids.flatMap((pid) => {
      const entry = knowledgeEntry(business, 'policy', pid, ctx.language);
      return entry ? [{ id: entry.id, title: entry.title, text: entry.text, language: entry.language }] : [];
    });
    if (id && policies.length === 0) {
      return {
        content: { error: `No policy "${id}".`, known: business.policies.map((p) => p.id) },
        summary: `no policy "${id}"`,
        isError: true,
      };
    }
    return { content: { policies }, summary: `${policies.length} policies`, sources: ids };
  },
});
