/**
 * The tool port: one definition per tool, in zod, serves every provider.
 * The schema is converted to each provider's JSON Schema (`toolSpecs`), and
 * the arguments a model sends back are validated with the same schema
 * before anything runs (`runToolCall`): an invalid call is answered with an
 * error the model can correct, and never executed.
 *
 * To add a tool (the booking tools: availability, hold, book, reschedule,
 * cancel, deposit link): write one file exporting `defineTool({...})` and
 * add it to the list in `tools/index.ts`. A tool that changes something
 * outside the reply must be idempotent per `ctx.messageId` (a provider that
 * fails after the tool ran is followed by the next provider, which may call
 * it again); one that needs the owner's approval sets `needsApproval` and
 * is not run: the call becomes an `approval` effect for the pipeline.
 */
import type { z } from 'zod';
import type { AssistantBooking } from '../../../domain/booking/assistant.js';
import type { ContactMemoryPatch } from '../../../domain/contact-memory.js';
import type { BusinessContext, ContactMemory, HandoffReason } from '../../responder.js';
import type { KnowledgeSearch } from '../knowledge.js';

export interface ToolContext {
  business: BusinessContext;
  now: Date;
  /** The customer's language as far as we know it (results are given in it where the business has it). */
  language: string;
  contact: ContactMemory;
  knowledge: KnowledgeSearch;
  /** The inbound message being answered: the idempotency key of side effects. */
  messageId?: string | undefined;
  /** This customer's bookings (the booking pipeline, bound to the contact); absent where booking is not wired. */
  booking?: AssistantBooking | undefined;
}

/** What a tool asks the pipeline to do once the reply is committed. */
export type ToolEffect =
  | { kind: 'remember'; patch: ContactMemoryPatch }
  | { kind: 'handoff'; reason: HandoffReason; detail: string }
  | { kind: 'approval'; tool: string; input: unknown };

export interface ToolResult {
  /** What the model reads (JSON-serialisable). */
  content: unknown;
  /** One line for staff: what was found or done. */
  summary: string;
  /** Ids of business content used (services, Q&A, articles, policies). */
  sources?: string[] | undefined;
  /** Amounts of money this result introduces beyond the business's data (a computed deposit): replies may state them. */
  amounts?: number[] | undefined;
  effects?: ToolEffect[] | undefined;
  /** The call was understood but could not be answered (an unknown id): the model is told so. */
  isError?: boolean | undefined;
}

export interface Tool<Input = unknown> {
  readonly name: string;
  /** Tells the model when to use it; part of the cached prompt prefix, so keep it stable. */
  readonly description: string;
  readonly input: z.ZodType<Input>;
  /** Whether the owner must approve these arguments before the tool runs. */
  needsApproval(input: Input, ctx: ToolContext): boolean;
  run(input: Input, ctx: ToolContext): ToolResult | Promise<ToolResult>;
}

/** Declares a tool, typing `run`'s input from the schema. */
export function defineTool<Schema extends z.ZodType>(tool: {
  name: string;
  description: string;
  input: Schema;
  needsApproval?: boolean | ((input: z.infer<Schema>, ctx: ToolContext) => boolean);
  run(input: z.infer<Schema>, ctx: ToolContext): ToolResult | Promise<ToolResult>;
}): Tool<z.infer<Schema>> {
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(tool.name)) throw new Error(`Tool name "${tool.name}" is not a valid tool name.`);
  const approval = tool.needsApproval ?? false;
  return {
    name: tool.name,
    description: tool.description,
    // A schema's parsed output is its inferred type; zod's generic ZodType<T> cannot express that of a type parameter.
    input: tool.input as z.ZodType<z.infer<Schema>>,
    needsApproval: typeof approval === 'function' ? approval : () => approval,
    run: tool.run,
  };
}

/** A tool of any input type (methods are checked bivariantly, so every Tool<I> is one). */
export type AnyTool = Tool<unknown>;
