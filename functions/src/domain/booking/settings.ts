/**
 * How a business takes bookings: the `settings.booking` part of the business
 * model. Every field has a default, so a profile file written before booking
 * existed still loads (and books with a 15-minute grid, one appointment at a
 * time, Frontdesk's own calendar).
 *
 * Secrets never live here: the clinic API's bearer token and the Google
 * refresh token are in the server-only `businessSecrets/{businessId}`.
 *
 * Pure: imports nothing but zod.
 */
import { z } from 'zod';
import { ItemId, Localized, Money, OwnerDate, SignInEmail, WeeklyHours } from '../primitives.js';

/**
 * Someone or something an appointment needs for its whole length: a
 * groomer, a laser room, a chair. With resources listed, every appointment
 * takes one resource that can do its service.
 */
export const BookableResource = z.strictObject({
  id: ItemId,
  name: Localized,
  kind: z.enum(['staff', 'room', 'equipment']).default('staff'),
  /** Service ids this resource can do; empty means every service. */
  services: z.array(ItemId).default([]),
  /** Appointments this resource can take at once (a room with two beds: 2). */
  capacity: z.number().int().positive().max(50).default(1),
  /** Its own working hours, within the business's; absent means the business's hours. */
  hours: WeeklyHours.optional(),
  /** Dates it is away (holiday, training) while the business is open. */
  daysOff: z.array(OwnerDate).default([]),
  /** A Google Calendar whose busy time blocks this resource only. */
  calendarId: z.string().min(1).optional(),
  /** The staff member this is (profile `staff[].email`), to notify them on Telegram. */
  staffEmail: SignInEmail.optional(),
});
export type BookableResource = z.infer<typeof BookableResource>;

/** A refund step: cancelling at least `minNoticeHours` before the start refunds `refundPercent` of the deposit. */
export const RefundRule = z.strictObject({
  minNoticeHours: z
    .number()
    .nonnegative()
    .max(24 * 365),
  refundPercent: z.number().min(0).max(100),
});
export type RefundRule = z.infer<typeof RefundRule>;

export const DepositPolicy = z.strictObject({
  /** Minutes the customer has to pay before the slot is released (a Stripe Checkout session lives 30 min – 24 h). */
  paymentMinutes: z.number().int().min(30).max(1440).default(30),
  /**
   * What a customer's own cancellation refunds: the rule with the largest
   * notice the cancellation still meets applies; below every rule, nothing.
   * When the business cancels or declines, the deposit is always refunded
   * in full; a no-show keeps it.
   */
  refunds: z
    .array(RefundRule)
    .default([{ minNoticeHours: 24, refundPercent: 100 }])
    .refine(
      (rules) => new Set(rules.map((r) => r.minNoticeHours)).size === rules.length,
      'each minNoticeHours may appear once',
    ),
});
export type DepositPolicy = z.infer<typeof DepositPolicy>;

export const ChangePolicy = z.strictObject({
  /** Cancelling or moving with less notice than this is "late" (the policy window). */
  noticeHours: z
    .number()
    .nonnegative()
    .max(24 * 30)
    .default(24),
});
export type ChangePolicy = z.infer<typeof ChangePolicy>;

/** What waits for the owner's Approve / Decline before it takes effect. */
export const ApprovalRules = z.strictObject({
  allBookings: z.boolean().default(false),
  /** Bookings for today, in the business's time zone. */
  sameDay: z.boolean().default(false),
  /** Cancellations and reschedules inside the policy window. */
  insidePolicyWindow: z.boolean().default(false),
  /** Any refund of a paid deposit. */
  refunds: z.boolean().default(false),
  /** Bookings priced above this amount (business currency). */
  aboveAmount: Money.optional(),
});
export type ApprovalRules = z.infer<typeof ApprovalRules>;

export const ReminderSettings = z.strictObject({
  /** Hours before the start at which a reminder goes out; empty sends none. */
  hoursBefore: z
    .array(
      z
        .number()
        .positive()
        .max(24 * 14),
    )
    .max(5)
    .default([24, 2]),
  /**
   * WhatsApp template for a reminder outside the 24-hour window; its body
   * takes {{1}} the service, {{2}} the date and time.
   */
  template: z.strictObject({ name: z.string().min(1), language: z.string().min(2) }).optional(),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

const HttpMethod = z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const Endpoint = z.strictObject({
  method: HttpMethod,
  /** Path below the base URL; `{id}` stands for the clinic system's appointment id. */
  path: z.string().regex(/^\/[^\s]*$/, 'must start with "/" and have no spaces'),
});

/** Where bookings live. Frontdesk's own appointments are always the record; this says what else is asked. */
export const BookingBackend = z.discriminatedUnion('type', [
  /** Frontdesk's calendar only: working hours minus appointments and holds. */
  z.strictObject({ type: z.literal('frontdesk') }),
  /** Also the owner's Google Calendar: its busy time blocks slots, and each confirmed booking becomes an event. */
  z.strictObject({
    type: z.literal('google-calendar'),
    calendarId: z.string().min(1).default('primary'),
  }),
  /** The business's own booking system over REST (bearer token in businessSecrets): it answers availability. */
  z.strictObject({
    type: z.literal('clinic-api'),
    baseUrl: z.url({ protocol: /^https?$/ }),
    endpoints: z
      .strictObject({
        services: Endpoint.default({ method: 'GET', path: '/services' }),
        availability: Endpoint.default({ method: 'GET', path: '/availability' }),
        create: Endpoint.default({ method: 'POST', path: '/appointments' }),
        reschedule: Endpoint.default({ method: 'PATCH', path: '/appointments/{id}' }),
        cancel: Endpoint.default({ method: 'DELETE', path: '/appointments/{id}' }),
      })
      .prefault({}),
    /** Our service id, or "serviceId/variantId", → the clinic system's service id; unmapped ids are sent as they are. */
    serviceIds: z.record(z.string().min(1), z.string().min(1)).default({}),
    /** Our resource id → the clinic system's practitioner or room id. */
    resourceIds: z.record(ItemId, z.string().min(1)).default({}),
    timeoutMs: z.number().int().min(1000).max(30_000).default(10_000),
  }),
]);
export type BookingBackend = z.infer<typeof BookingBackend>;

/** Slot starts sit on a grid from local midnight, so the step must fit the hour or the day evenly. */
const fitsTheClock = (minutes: number) => 60 % minutes === 0 || (minutes % 60 === 0 && 1440 % minutes === 0);

export const BookingSettings = z
  .strictObject({
    /** Off: the bot answers questions but hands every booking to staff. */
    enabled: z.boolean().default(true),
    backend: BookingBackend.default({ type: 'frontdesk' }),
    /** Slot starts every this many minutes from local midnight (5, 10, 15, 20, 30, 60, 120 …). */
    slotMinutes: z
      .number()
      .int()
      .min(5)
      .max(720)
      .refine(fitsTheClock, {
        error: (issue) =>
          `must divide an hour (5, 10, 15, 20, 30, 60) or be whole hours dividing a day, got ${String(issue.input)}: slots start on this grid from midnight; a service may still last longer`,
      })
      .default(15),
    /** The earliest a customer can book: this many minutes from now. */
    leadTimeMinutes: z
      .number()
      .int()
      .nonnegative()
      .max(60 * 24 * 30)
      .default(60),
    /** The latest a customer can book: this many days ahead (local dates). */
    horizonDays: z.number().int().positive().max(366).default(60),
    /** Minutes a slot stays held while the customer confirms. */
    holdMinutes: z.number().int().min(1).max(60).default(10),
    /**
     * Appointments at once across the business. Absent: 1 without resources,
     * and no overall limit with resources (each resource limits itself).
     */
    capacity: z.number().int().positive().max(100).optional(),
    resources: z.array(BookableResource).default([]),
    changePolicy: ChangePolicy.prefault({}),
    deposits: DepositPolicy.prefault({}),
    approval: ApprovalRules.prefault({}),
    reminders: ReminderSettings.prefault({}),
  })
  .superRefine((booking, ctx) => {
    const seen = new Set<string>();
    booking.resources.forEach((r, i) => {
      if (seen.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['resources', i, 'id'], message: `duplicate id "${r.id}"` });
      seen.add(r.id);
    });
  });
export type BookingSettings = z.infer<typeof BookingSettings>;
export type BookingSettingsInput = z.input<typeof BookingSettings>;
