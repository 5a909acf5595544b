/**
 * The shape of a dashboard action: the input schema, the role it needs, and
 * the handler. The `team` and `staff` callables are each a table of actions;
 * `runAction` checks sign-in, parses the input and checks membership and
 * role *before* any handler runs, so no handler can forget to.
 *
 * To add an action: write its handler (taking `deps` so it can be tested
 * without Firebase), declare it with `memberAction` or `signedInAction`, and
 * add it to the callable's table. The dashboard calls it by name.
 */
import { z } from 'zod';
import { ValidationError } from '../errors.js';
import type { Deps } from '../pipeline/deps.js';
import { parseOrThrow } from '../validation.js';
import { requireMember, SignInRequiredError, type Caller, type Membership } from './access.js';
import type { Role } from './roles.js';

export interface ActionContext {
  deps: Deps;
  caller: Caller;
}

export interface MemberContext extends ActionContext {
  membership: Membership;
}

/** Every action inside a business names it. */
export const InBusiness = z.strictObject({ businessId: z.string().min(1).max(63) });

const BusinessRef = z.looseObject({ businessId: InBusiness.shape.businessId });

export interface Action {
  /** `signed-in`: any signed-in person (accepting an invite); otherwise the role needed in `businessId`. */
  readonly needs: Role | 'signed-in';
  run(ctx: ActionContext, data: unknown): Promise<unknown>;
}

export function memberAction<S extends z.ZodType<{ businessId: string }>, O>(
  needs: Role,
  input: S,
  handler: (ctx: MemberContext, input: z.output<S>) => Promise<O>,
): Action {
  return {
    needs,
    async run(ctx, data) {
      // Membership first: someone outside the business learns nothing, not even what a valid request looks like.
      const { businessId } = parseOrThrow(BusinessRef, data, 'request');
      const membership = await requireMember(ctx.deps.db, ctx.caller, businessId, needs);
      return handler({ ...ctx, membership }, parseOrThrow(input, data, 'request'));
    },
  };
}

export function signedInAction<S extends z.ZodType, O>(
  input: S,
  handler: (ctx: ActionContext, input: z.output<S>) => Promise<O>,
): Action {
  return {
    needs: 'signed-in',
    run: async (ctx, data) => handler(ctx, parseOrThrow(input, data, 'request')),
  };
}

const Envelope = z.looseObject({ action: z.string().min(1) });

/**
 * Runs the action named in `data.action` for `caller` (undefined when the
 * request carried no valid ID token).
 */
export async function runAction(
  actions: Readonly<Record<string, Action>>,
  deps: Deps,
  caller: Caller | undefined,
  data: unknown,
): Promise<unknown> {
  if (!caller) throw new SignInRequiredError('Sign in first.');
  const { action: name, ...input } = parseOrThrow(Envelope, data, 'request');
  const action = Object.hasOwn(actions, name) ? actions[name] : undefined;
  if (!action) throw new ValidationError(`Unknown action "${name}".`);
  return action.run({ deps, caller }, input);
}
