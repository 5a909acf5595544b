/** The `team` callable's actions: invites and members. Owners manage; anyone signed in may accept an invite. */
import type { Action } from './actions.js';
import { memberAction, signedInAction } from './actions.js';
import {
  AcceptInviteInput,
  acceptInvite,
  CreateInviteInput,
  createInvite,
  RevokeInviteInput,
  revokeInvite,
} from './invites.js';
import { RemoveMemberInput, removeMember, SetRoleInput, setMemberRole } from './members.js';

export const teamActions: Readonly<Record<string, Action>> = {
  createInvite: memberAction('owner', CreateInviteInput, createInvite),
  revokeInvite: memberAction('owner', RevokeInviteInput, revokeInvite),
  acceptInvite: signedInAction(AcceptInviteInput, acceptInvite),
  setMemberRole: memberAction('owner', SetRoleInput, setMemberRole),
  removeMember: memberAction('owner', RemoveMemberInput, removeMember),
};
