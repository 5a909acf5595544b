/**
 * Turns tool definitions into what a provider is sent (name, description,
 * JSON Schema of the input) and runs the calls a model makes: unknown tool
 * or invalid arguments → an error result the model can act on, never a
 * run; a tool that needs approval → an approval effect, not a run; a tool
 * that throws → an error result and a failure staff will see.
 */
import { z } from 'zod';
import { describeError } from '../../../errors.js';
import type { AnyTool, ToolContext, ToolEffect } from './tool.js';

export interface ToolSpec {
  name: string;
  description: string;
  /** JSON Schema (draft 2020-12) of the input object. */
  parameters: Record<string, unknown>;
}

const specCache = new WeakMap<AnyTool, ToolSpec>();

/** The provider-neutral description of each tool; stable for a given tool (it is part of the cached prefix). */
export function toolSpecs(tools: readonly AnyTool[]): ToolSpec[] {
  return tools.map((tool) => {
    let spec = specCache.get(tool);
    if (!spec) {
      const { $schema: _schema, ...parameters } = z.toJSONSchema(tool.input, { io: 'input', unrepresentable: 'any' });
      if (parameters.type !== 'object') throw new Error(`Tool ${tool.name}: its input must be an object schema.`);
      spec = { name: tool.name, description: tool.description, parameters };
      specCache.set(tool, spec);
    }
    return spec;
  });
}

export interface ToolCallOutcome {
  /** What the model reads back, as text (JSON). */
  content: string;
  isError: boolean;
  /** The call ran (or was passed on for approval) with valid arguments. */
  ok: boolean;
  /** The tool itself failed (threw): the conversation should go to staff. */
  failed: boolean;
  summary: string;
  durationMs: number;
  sources: string[];
  amounts: number[];
  effects: ToolEffect[];
}

const MAX_RESULT_CHARS = 12_000;

function serialise(content: unknown): string {
  const text = JSON.stringify(content) ?? 'null';
  // A huge result would blow the context and the bill; the model is told it was cut.
  return text.length <= MAX_RESULT_CHARS ? text : `${text.slice(0, MAX_RESULT_CHARS)}… (truncated)`;
}

function refusal(summary: string, content: unknown, started: number, now: () => number): ToolCallOutcome {
  return {
    content: serialise(content),
    isError: true,
    ok: false,
    failed: false,
    summary,
    durationMs: now() - started,
    sources: [],
    amounts: [],
    effects: [],
  };
}

/**
 * Validates and runs one tool call. `rawInput` is what the provider gave:
 * an object (Anthropic) or a JSON string (OpenAI).
 */
export async function runToolCall(
  tools: readonly AnyTool[],
  name: string,
  rawInput: unknown,
  ctx: ToolContext,
  now: () => number = Date.now,
): Promise<ToolCallOutcome> {
  const started = now();
  const tool = tools.find((t) => t.name === name);
  if (!tool) {
    return refusal(
      `unknown tool ${name}`,
      { error: `There is no tool "${name}".`, tools: tools.map((t) => t.name) },
      started,
      now,
    );
  }
  let input = rawInput;
  if (typeof rawInput === 'string') {
    try {
      input = rawInput.trim() === '' ? {} : JSON.parse(rawInput);
    } catch {
      return refusal(
        'arguments are not JSON',
        { error: 'The arguments are not valid JSON. Call the tool again with a JSON object.' },
        started,
        now,
      );
    }
  }
  const parsed = tool.input.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
    return refusal(
      `invalid arguments: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`.slice(0, 300),
      { error: 'Invalid arguments; nothing was done. Fix them and call the tool again.', issues },
      started,
      now,
    );
  }
  if (tool.needsApproval(parsed.data, ctx)) {
    return {
      content: serialise({
        pendingApproval: true,
        note: 'This needs the owner’s approval. Tell the customer it is requested and they will hear back; do not say it is done.',
      }),
      isError: false,
      ok: true,
      failed: false,
      summary: `${name} sent for approval`,
      durationMs: now() - started,
      sources: [],
      amounts: [],
      effects: [{ kind: 'approval', tool: name, input: parsed.data }],
    };
  }
  try {
    const result = await tool.run(parsed.data, ctx);
    return {
      content: serialise(result.content),
      isError: result.isError ?? false,
      ok: !result.isError,
      failed: false,
      summary: result.summary,
      durationMs: now() - started,
      sources: result.sources ?? [],
      amounts: result.amounts ?? [],
      effects: result.effects ?? [],
    };
  } catch (err) {
    return {
      content: serialise({
        error: 'The tool failed; nothing was done. Do not retry it; tell the customer a person will follow up.',
      }),
      isError: true,
      ok: false,
      failed: true,
      summary: `failed: ${describeError(err)}`.slice(0, 300),
      durationMs: now() - started,
      sources: [],
      amounts: [],
      effects: [],
    };
  }
}
