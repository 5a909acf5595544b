/**
 * What the buttons on a notification do. Each kind of notification has one
 * handler, registered here by kind; a press (from the staff bot on Telegram,
 * later from the dashboard) is dispatched to it with who pressed and which
 * action. The dispatcher checks, before any handler runs, that
 *
 * - the notification offers that action, and the person may take it (a
 *   member of the business, linked to the chat the press came from — the
 *   caller checks that — and an owner where the handler asks for owners);
 * - nobody took an action on it yet: the first press wins, recorded on the
 *   notification (`resolution`) in a transaction, so two staff pressing at
 *   once, or a redelivered press, run the handler once. A handler that
 *   failed can be pressed again.
 *
 * To add actions for a kind (the booking work: approve / decline an
 * appointment), register its handler once at module load:
 *
 *   registerNotificationAction('approval', {
 *     roles: ['owner'],
 *     async run(ctx) {
 *       if (ctx.actionId === 'approve') { …; return { text: 'Approved: Layla is told.' }; }
 *       …
 *     },
 *   });
 *
 * and raise the notification with `actions: [{ id: 'approve', label: 'Approve' }, …]`
 * and `subject: { kind: 'appointment', id }`. Handlers must be idempotent
 * (a press whose handler failed may run it again) and should say in one
 * line what they did: it is shown to whoever pressed.
 */
import { ValidationError } from '../errors.js';
import { describeError } from '../errors.js';
import { at } from '../store/collections.js';
import type { UpdateData } from '../store/database.js';
import type { MemberDoc, NotificationDoc, NotificationKind } from '../store/documents.js';
import type { Deps } from './deps.js';

export interface ActionContext {
  deps: Deps;
  businessId: string;
  notificationId: string;
  notification: NotificationDoc;
  actionId: string;
  staff: { uid: string; name: string; role: MemberDoc['role'] };
  via: 'telegram' | 'dashboard';
}

export interface ActionHandler {
  /** Who may take these actions (default: any member). */
  roles?: readonly MemberDoc['role'][];
  /** Does the action; returns one line for whoever pressed. Throws to report a failure (they may press again). */
  run(ctx: ActionContext): Promise<{ text: string }>;
}

export class NotificationActionRegistry {
  private readonly handlers = new Map<string, ActionHandler>();

  register(kind: NotificationKind, handler: ActionHandler): this {
    if (this.handlers.has(kind)) throw new Error(`notification actions for "${kind}" are registered twice`);
    this.handlers.set(kind, handler);
    return this;
  }

  handlerFor(kind: string): ActionHandler | undefined {
    return this.handlers.get(kind);
  }
}

/** Gives the conversation back to the AI: it answers the customer's next message. */
const resumeAi: ActionHandler = {
  async run({ deps, businessId, notification, staff }) {
    if (!notification.conversationId) throw new ValidationError('This notification is not about a conversation');
    const ref = at.conversation(businessId, notification.conversationId);
    const name = await deps.db.transaction(async (tx) => {
      const conversation = await tx.get(ref);
      if (!conversation) throw new ValidationError('The conversation no longer exists');
      tx.update(ref, { owner: 'ai', handoff: null });
      return conversation.contactName ?? 'the customer';
    });
    deps.log.info('conversation handed back to the AI', {
      businessId,
      conversationId: notification.conversationId,
      by: staff.uid,
    });
    return { text: `The AI answers ${name} again.` };
  },
};

/** Every notification kind's actions. */
export const notificationActions = new NotificationActionRegistry()
  .register('handoff', resumeAi)
  .register('reply_failed', resumeAi);

/** Registers the actions of a kind on the deployment's registry (see the top of this file). */
export function registerNotificationAction(kind: NotificationKind, handler: ActionHandler): void {
  notificationActions.register(kind, handler);
}

export interface ActionPress {
  businessId: string;
  notificationId: string;
  actionId: string;
  staff: { uid: string; name: string; role: MemberDoc['role'] };
  via: 'telegram' | 'dashboard';
}

export type ActionOutcome =
  | { result: 'done'; text: string }
  | { result: 'already'; text: string }
  | { result: 'refused'; text: string }
  | { result: 'failed'; text: string };

/** A press whose handler is still running after this long is presumed dead, and may be pressed again. */
const RUNNING_LEASE_MS = 2 * 60_000;

export async function dispatchNotificationAction(
  deps: Deps,
  press: ActionPress,
  registry: NotificationActionRegistry = notificationActions,
): Promise<ActionOutcome> {
  const ref = at.notification(press.businessId, press.notificationId);
  const started = await deps.db.transaction(async (tx): Promise<ActionOutcome | NotificationDoc> => {
    const notification = await tx.get(ref);
    if (!notification) return { result: 'refused', text: 'This notification no longer exists.' };
    const handler = registry.handlerFor(notification.kind);
    if (!handler || !(notification.actions ?? []).some((a) => a.id === press.actionId)) {
      return { result: 'refused', text: 'This button does nothing any more.' };
    }
    if (handler.roles && !handler.roles.includes(press.staff.role)) {
      return { result: 'refused', text: `Only ${handler.roles.join(' or ')} can do this.` };
    }
    const previous = notification.resolution;
    const now = deps.now();
    const stale = previous?.state === 'running' && now.getTime() - previous.at.getTime() > RUNNING_LEASE_MS;
    if (previous && previous.state !== 'failed' && !stale) {
      const label = notification.actions?.find((a) => a.id === previous.actionId)?.label ?? previous.actionId;
      const outcome = previous.result ? ` ${previous.result}` : '';
      return { result: 'already', text: `Already done by ${previous.by.name}: ${label}.${outcome}` };
    }
    tx.update(ref, {
      resolution: {
        actionId: press.actionId,
        by: { uid: press.staff.uid, name: press.staff.name },
        via: press.via,
        at: now,
        state: 'running',
        result: null,
      },
    });
    return notification;
  });
  if ('result' in started) return started;

  const handler = registry.handlerFor(started.kind)!;
  let outcome: ActionOutcome;
  try {
    const { text } = await handler.run({ deps, ...press, notification: started });
    outcome = { result: 'done', text };
  } catch (err) {
    deps.log.warn('notification action failed', { ...press, staff: press.staff.uid, error: describeError(err) });
    outcome = {
      result: 'failed',
      text: `That did not work: ${err instanceof ValidationError ? err.message : 'please try again.'}`,
    };
  }
  await deps.db.update(ref, {
    'resolution.state': outcome.result === 'done' ? 'done' : 'failed',
    'resolution.result': outcome.text.slice(0, 500),
    read: true,
  } as UpdateData<NotificationDoc>);
  return outcome;
}
