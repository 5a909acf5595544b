/**
 * The business's booking policy as decisions: how much notice a change
 * gave, what a cancellation refunds, what waits for the owner, when the
 * reminders go out. Pure functions of the settings, the appointment and
 * the instant of the request.
 */
import { wallClock } from '../hours.js';
import type { ApprovalReason } from './appointment.js';
import type { ApprovalRules, BookingSettings, DepositPolicy } from './settings.js';

const HOUR = 3_600_000;

/** Hours between the request and the start (negative once it has started). */
export const noticeHours = (start: Date, at: Date) => (start.getTime() - at.getTime()) / HOUR;

/** A change with less notice than the policy window is late. */
export const isLate = (start: Date, at: Date, policy: Pick<BookingSettings, 'changePolicy'>) =>
  noticeHours(start, at) < policy.changePolicy.noticeHours;

/** Decimal places of a currency's minor unit (USD 2, JPY 0, KWD 3). */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

export function roundMoney(amount: number, currency: string): number {
  const factor = 10 ** minorDigits(currency);
  return Math.round(amount * factor) / factor;
}

/**
 * What a customer's own cancellation refunds of `paid`: the rule with the
 * largest notice the cancellation still meets; below every rule, nothing.
 */
export function customerRefund(
  paid: number,
  start: Date,
  at: Date,
  deposits: Pick<DepositPolicy, 'refunds'>,
  currency: string,
): { amount: number; percent: number } {
  const notice = noticeHours(start, at);
  const rule = deposits.refunds
    .filter((r) => notice >= r.minNoticeHours)
    .sort((a, b) => b.minNoticeHours - a.minNoticeHours)[0];
  const percent = rule?.refundPercent ?? 0;
  return { amount: roundMoney((paid * percent) / 100, currency), percent };
}

/** Why a new booking (or a booking moved to a new time) waits for the owner; empty when it does not. */
export function bookingApprovalReasons(
  booking: { start: Date; price: number },
  at: Date,
  timezone: string,
  approval: ApprovalRules,
): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  if (approval.allBookings) reasons.push('all_bookings');
  if (approval.sameDay && wallClock(booking.start, timezone).date === wallClock(at, timezone).date)
    reasons.push('same_day');
  if (approval.aboveAmount !== undefined && booking.price > approval.aboveAmount) reasons.push('above_amount');
  return reasons;
}

/** The instants reminders go out for an appointment at `start`: those still ahead of `now`, earliest first. */
export function reminderTimes(start: Date, hoursBefore: readonly number[], now: Date): Date[] {
  return [...new Set(hoursBefore)]
    .map((h) => new Date(start.getTime() - h * HOUR))
    .filter((at) => at > now)
    .sort((a, b) => a.getTime() - b.getTime());
}
