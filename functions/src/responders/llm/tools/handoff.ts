/** Hands the conversation to a person, with the reason: the model's own decision to step back. */
import { z } from 'zod';
import { defineTool } from './tool.js';

export const handoffToStaff = defineTool({
  name: 'handoff_to_staff',
  description:
    'Hand the conversation to a member of staff. Use it when the customer asks for a person, complains, needs something you cannot do or answer from the business data (a medical question, a refund, an exception to a policy), or when you are not sure. Then tell the customer, in one short sentence, that a person will follow up.',
  input: z.strictObject({
    reason: z
      .enum(['requested', 'complaint', 'low_confidence', 'unsupported'])
      .describe(
        'requested: they asked for a person; complaint; low_confidence: you are not sure; unsupported: you cannot do it.',
      ),
    detail: z.string().trim().min(3).max(300).describe('One line for staff: what the customer needs.'),
  }),
  run({ reason, detail }) {
    return {
      content: {
        handedOff: true,
        note: 'Staff are notified. Tell the customer a person will follow up; do not promise a time.',
      },
      summary: `handoff (${reason}): ${detail}`,
      effects: [{ kind: 'handoff', reason, detail }],
    };
  },
});
