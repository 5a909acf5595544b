/**
 * The business profile file: one JSON document that sets up a business
 * (see README "Business profile file"). `npm run seed -- FILE` validates it
 * with this schema and loads it into Firestore.
 *
 * The parts (services, hours, Q&A, …) are the business model's schemas in
 * domain/business.ts; this file composes them into the file format and adds
 * the checks that span the file (unique ids, one owner at least).
 */
import { z } from 'zod';
import {
  type Business,
  BusinessProfile,
  ChannelAccount,
  Holiday,
  KnowledgeArticle,
  Policy,
  QaEntry,
  Service,
  Settings,
  Slug,
  StaffMember,
  StyleGuide,
  WeeklyHours,
} from '../domain/business.js';

export const BusinessProfileFile = z
  .strictObject({
    id: Slug,
    profile: BusinessProfile,
    hours: WeeklyHours,
    holidays: z.array(Holiday).default([]),
    policies: z.array(Policy).default([]),
    services: z.array(Service).min(1),
    knowledge: z.array(KnowledgeArticle).default([]),
    qa: z.array(QaEntry).default([]),
    styleGuide: StyleGuide,
    channels: z.array(ChannelAccount).default([]),
    staff: z.array(StaffMember).min(1),
    settings: Settings,
  })
  .superRefine((file, ctx) => {
    const unique = (items: { id: string }[], path: string) => {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id))
          ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `duplicate id "${item.id}"` });
        seen.add(item.id);
      });
    };
    unique(file.services, 'services');
    unique(file.knowledge, 'knowledge');
    unique(file.qa, 'qa');
    unique(file.policies, 'policies');
    const accounts = new Set<string>();
    file.channels.forEach((c, i) => {
      const key = `${c.type}/${c.accountId}`;
      if (accounts.has(key))
        ctx.addIssue({ code: 'custom', path: ['channels', i], message: `duplicate channel ${key}` });
      accounts.add(key);
    });
    const booking = file.settings.booking;
    const serviceIds = new Set(file.services.map((s) => s.id));
    const staffEmails = new Set(file.staff.map((s) => s.email));
    booking.resources.forEach((r, i) => {
      r.services.forEach((id, j) => {
        if (!serviceIds.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['settings', 'booking', 'resources', i, 'services', j],
            message: `no service "${id}"`,
          });
      });
      if (r.staffEmail && !staffEmails.has(r.staffEmail))
        ctx.addIssue({
          code: 'custom',
          path: ['settings', 'booking', 'resources', i, 'staffEmail'],
          message: `no staff member "${r.staffEmail}"`,
        });
    });
    if (booking.backend.type === 'clinic-api') {
      const variantKeys = new Set(file.services.flatMap((s) => [s.id, ...s.variants.map((v) => `${s.id}/${v.id}`)]));
      for (const key of Object.keys(booking.backend.serviceIds)) {
        if (!variantKeys.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['settings', 'booking', 'backend', 'serviceIds', key],
            message: `no service or service/variant "${key}"`,
          });
      }
    }
    if (!file.staff.some((s) => s.role === 'owner')) {
      ctx.addIssue({ code: 'custom', path: ['staff'], message: 'needs at least one owner' });
    }
  });
export type BusinessProfileFile = z.infer<typeof BusinessProfileFile>;
export type BusinessProfileInput = z.input<typeof BusinessProfileFile>;

/** The business as responders see it is the profile file without its channels and staff. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _businessMatchesFile: Exact<Omit<BusinessProfileFile, 'channels' | 'staff'>, Business> = true;
void _businessMatchesFile;
