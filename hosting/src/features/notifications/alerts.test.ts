import { describe, expect, it } from 'vitest';
import { newAlerts, type Alert } from './alerts';

const alert = (id: string): Alert => ({ id, kind: 'handoff', title: id, body: '', conversationId: 'c' });

describe('newAlerts', () => {
  it.each([
    ['first load is the backlog', null, ['a', 'b'], []],
    ['nothing new', ['a'], ['a'], []],
    ['a new one', ['a'], ['a', 'b'], ['b']],
    ['a second handoff of the same conversation is news again', ['handoff:c:1'], ['handoff:c:2'], ['handoff:c:2']],
  ] as const)('%s', (_name, seen, now, expected) => {
    expect(newAlerts(seen ? new Set(seen) : null, now.map(alert)).map((a) => a.id)).toEqual(expected);
  });
});
