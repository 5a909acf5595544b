/** Entry of the sweep schedule: every due work item of every kind, through its own handler. */
import { appointmentGroup, expireAppointment } from '../booking/expiry.js';
import { processStripeEvent, stripeEventGroup } from '../booking/payments/stripe-webhook.js';
import { reminderGroup, sendReminder } from '../booking/reminders.js';
import { runBookingTask, taskGroup } from '../booking/tasks.js';
import { mediaOf } from '../media/policy.js';
import { deliverOutboxItem } from '../pipeline/outbox.js';
import { sweep, sweptKind } from '../pipeline/sweep.js';
import { defs } from '../store/collections.js';
import { group } from '../store/database.js';
import type {
  AppointmentDoc,
  BookingTaskDoc,
  MessageDoc,
  NotificationDoc,
  OutboxDoc,
  ReminderDoc,
  StripeEventDoc,
} from '../store/documents.js';
import { bookingDeps } from './booking-runtime.js';
import { handle as handleNotification, staffNotifyDeps } from './on-notification.js';
import { SWEEP_TIMEOUT_SECONDS } from '../config.js';
import { handle as handleMessage } from './on-message.js';
import { outboxDeps } from './on-outbox.js';
import { runtimeDeps } from './runtime.js';

export async function run() {
  const deps = runtimeDeps();
  const outbox = outboxDeps();
  const booking = bookingDeps();
  const staff = staffNotifyDeps(deps);
  const kinds = [
    sweptKind<MessageDoc>({
      name: 'reply',
      from: group(defs.messages),
      prefix: 'processing.',
      run: (b, id, m) =>
        handleMessage(b, id, { media: mediaOf(m.content) !== undefined, reply: 'now' }, deps, SWEEP_TIMEOUT_SECONDS),
    }),
    sweptKind<MessageDoc>({
      name: 'media',
      from: group(defs.messages),
      prefix: 'media.',
      run: (b, id) => handleMessage(b, id, { media: true, reply: false }, deps),
    }),
    sweptKind<OutboxDoc>({
      name: 'outbox',
      from: group(defs.outbox),
      prefix: '',
      run: (b, id) => deliverOutboxItem(outbox, b, id),
    }),
    // Booking: lapsed holds and unpaid deposits, vendor steps to retry, reminders due, Stripe events left over.
    sweptKind<AppointmentDoc>({
      name: 'hold-expiry',
      from: appointmentGroup(),
      prefix: 'expiry.hold.',
      run: (b, id) => expireAppointment(booking, b, id, 'hold'),
    }),
    sweptKind<AppointmentDoc>({
      name: 'payment-expiry',
      from: appointmentGroup(),
      prefix: 'expiry.payment.',
      run: (b, id) => expireAppointment(booking, b, id, 'payment'),
    }),
    sweptKind<BookingTaskDoc>({
      name: 'booking-task',
      from: taskGroup(),
      prefix: '',
      run: (b, id) => runBookingTask(booking, b, id),
    }),
    sweptKind<ReminderDoc>({
      name: 'reminder',
      from: reminderGroup(),
      prefix: '',
      run: (b, id) => sendReminder(booking, b, id),
    }),
    sweptKind<StripeEventDoc>({
      name: 'stripe-event',
      from: stripeEventGroup(),
      prefix: '',
      // Top-level: the event names its business.
      run: (_b, id) => processStripeEvent(booking, id),
    }),
    sweptKind<NotificationDoc>({
      name: 'staff-telegram',
      from: group(defs.notifications),
      prefix: 'telegram.',
      run: (b, id) => handleNotification(b, id, staff),
    }),
  ];
  const reports = await sweep(deps, kinds);
  deps.log.info('sweep', { reports });
  return reports;
}
