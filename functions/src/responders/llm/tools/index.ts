/**
 * The tools the AI has. Adding one is a file next to this one and a line
 * here (see tool.ts for what a tool must do).
 */
import { bookAppointment } from './book-appointment.js';
import { cancelAppointment } from './cancel-appointment.js';
import { checkAvailability } from './check-availability.js';
import { createDepositLink } from './create-deposit-link.js';
import { handoffToStaff } from './handoff.js';
import { holdSlot } from './hold-slot.js';
import { listMyAppointments } from './list-my-appointments.js';
import { listServices } from './list-services.js';
import { openingHours } from './opening-hours.js';
import { getPolicies } from './policies.js';
import { rememberContact } from './remember.js';
import { rescheduleAppointment } from './reschedule-appointment.js';
import { searchKnowledge } from './search-knowledge.js';
import type { AnyTool } from './tool.js';

export const DEFAULT_TOOLS: readonly AnyTool[] = [
  searchKnowledge,
  listServices,
  openingHours,
  getPolicies,
  rememberContact,
  handoffToStaff,
  checkAvailability,
  holdSlot,
  bookAppointment,
  rescheduleAppointment,
  cancelAppointment,
  listMyAppointments,
  createDepositLink,
];
