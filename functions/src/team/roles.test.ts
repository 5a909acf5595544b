import { describe, expect, it } from 'vitest';
import { hasRole, inviteProblem, teamChangeProblem } from './roles.js';

describe('hasRole', () => {
  it.each([
    ['owner', 'owner', true],
    ['owner', 'staff', true],
    ['staff', 'staff', true],
    ['staff', 'owner', false],
  ] as const)('%s has %s: %s', (role, needed, yes) => expect(hasRole(role, needed)).toBe(yes));
});

describe('teamChangeProblem', () => {
  const team = [
    { uid: 'o1', role: 'owner' as const },
    { uid: 's1', role: 'staff' as const },
  ];
  const twoOwners = [...team, { uid: 'o2', role: 'owner' as const }];
  it.each([
    ['remove staff', team, { uid: 's1', role: 'removed' as const }, undefined],
    ['promote staff', team, { uid: 's1', role: 'owner' as const }, undefined],
    ['remove the only owner', team, { uid: 'o1', role: 'removed' as const }, /at least one owner/],
    ['demote the only owner', team, { uid: 'o1', role: 'staff' as const }, /at least one owner/],
    ['demote one of two owners', twoOwners, { uid: 'o1', role: 'staff' as const }, undefined],
    ['someone not on the team', team, { uid: 'x', role: 'removed' as const }, /not a member/],
  ])('%s', (_name, members, change, problem) => {
    const result = teamChangeProblem(members, change);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeUndefined();
  });
});

describe('inviteProblem', () => {
  const NOW = 1_000_000;
  const invite = { state: 'pending' as const, expiresAtMs: NOW + 1, email: 'Nadia@Clinic.example' };
  it.each([
    ['valid, address matched regardless of case', invite, 'nadia@clinic.example', undefined],
    ['no such invite', undefined, 'a@b.c', /not valid/],
    ['used', { ...invite, state: 'accepted' as const }, 'nadia@clinic.example', /already been used/],
    ['withdrawn', { ...invite, state: 'revoked' as const }, 'nadia@clinic.example', /withdrawn/],
    ['expired', { ...invite, expiresAtMs: NOW }, 'nadia@clinic.example', /expired/],
    ['another address', invite, 'someone@else.example', /is for Nadia@Clinic.example/],
    ['no address on the account', invite, undefined, /Sign in with that address/],
  ])('%s', (_name, inv, email, problem) => {
    const result = inviteProblem(inv, NOW, email);
    if (problem) expect(result).toMatch(problem);
    else expect(result).toBeUndefined();
  });
});
