/**
 * Who owns a conversation right now. Staff become the owner whenever they
 * write (dashboard, phone app echo, Telegram) or the AI hands off; the AI
 * takes the conversation back after `quietMinutes` without a human message
 * since the later of the handoff and the last human reply.
 */
export interface OwnershipState {
  owner: 'ai' | 'human';
  lastHumanAtMs?: number | undefined;
  handoffAtMs?: number | undefined;
}

export function effectiveOwner(state: OwnershipState, nowMs: number, quietMinutes: number): 'ai' | 'human' {
  if (state.owner === 'ai') return 'ai';
  const since = Math.max(state.lastHumanAtMs ?? 0, state.handoffAtMs ?? 0);
  if (since === 0) return 'human';
  return nowMs - since >= quietMinutes * 60_000 ? 'ai' : 'human';
}
