/**
 * The business as a profile file, built from what is in Firestore now
 * (dashboard edits included), so it can be kept in version control and
 * seeded again (`npm run seed -- FILE`). It is checked against the profile
 * file's schema; anything that would not seed is listed as problems rather
 * than hidden.
 */
import { BusinessProfileFile } from '../profile/schema.js';
import { paths } from '../store/paths.js';
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
    db.doc(paths.business(b)).get(),
    db.collection(paths.services(b)).get(),
    db.collection(paths.knowledge(b)).get(),
    db.collection(paths.members(b)).get(),
  ]);
  if (!business.exists) throw new NotFoundError(`No business "${b}".`);
  const entries = knowledge.docs.map((d) => d.data());
  const strip = ({ kind: _kind, ...rest }: Record<string, unknown>) => rest;
  const file = {
    id: b,
    profile: business.get('profile'),
    hours: business.get('hours'),
    holidays: business.get('holidays') ?? [],
    policies: business.get('policies') ?? [],
    services: services.docs.map((d) => d.data()),
    knowledge: entries.filter((e) => e.kind === 'article').map(strip),
    qa: entries.filter((e) => e.kind === 'qa').map(strip),
    styleGuide: business.get('styleGuide'),
    channels: business.get('channels') ?? [],
    staff: members.docs.map((d) =>
      withoutNulls({
        email: d.get('email'),
        name: d.get('name'),
        role: d.get('role'),
        telegramChatId: d.get('telegramChatId'),
      }),
    ),
    settings: business.get('settings'),
  };
  const checked = BusinessProfileFile.safeParse(file);
  const problems = checked.success ? [] : toIssues(checked.error);
  return {
    fileName: `${b}.json`,
    file: checked.success ? checked.data : file,
    problems: problems.length ? formatIssues(problems, 20) : null,
  };
}
