/**
 * The business as a profile file, built from what is in Firestore now
 * (dashboard edits included), so it can be kept in version control and
 * seeded again (`npm run seed -- FILE`). It is checked against the profile
 * file's schema; anything that would not seed is listed as problems rather
 * than hidden.
 */
import { BusinessProfileFile } from '../profile/schema.js';
import { at } from '../store/collections.js';
import { team } from '../team/collections.js';
import { NotFoundError } from '../errors.js';
import type { MemberContext } from '../team/actions.js';
import { toIssues, formatIssues } from '../validation.js';

/** Drops nulls that Firestore documents carry for absent optional fields. */
function withoutNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));
}

export async function exportProfile(ctx: MemberContext, input: { businessId: string }) {
  const { db } = ctx.deps;
  const b = input.businessId;
  const [business, services, knowledge, members] = await Promise.all([
    db.get(at.business(b)),
    db.query(at.services(b)),
    db.query(at.knowledge(b)),
    db.query(team.members(b)),
  ]);
  if (!business) throw new NotFoundError(`No business "${b}".`);
  const entries = knowledge.map((d) => d.data);
  const strip = ({ kind: _kind, ...rest }: Record<string, unknown>) => rest;
  const file = {
    id: b,
    profile: business.profile,
    hours: business.hours,
    holidays: business.holidays,
    policies: business.policies,
    services: services.map((d) => d.data),
    knowledge: entries.filter((e) => e.kind === 'article').map(strip),
    qa: entries.filter((e) => e.kind === 'qa').map(strip),
    styleGuide: business.styleGuide,
    channels: business.channels,
    staff: members.map((d) =>
      withoutNulls({
        email: d.data.email,
        name: d.data.name,
        role: d.data.role,
        telegramChatId: d.data.telegramChatId,
      }),
    ),
    settings: business.settings,
  };
  const checked = BusinessProfileFile.safeParse(file);
  const problems = checked.success ? [] : toIssues(checked.error);
  return {
    fileName: `${b}.json`,
    file: checked.success ? checked.data : file,
    problems: problems.length ? formatIssues(problems, 20) : null,
  };
}
