/**
 * The safety verdict on a message as the responders read it: as written, and in its English gist if it is in a
 * language Frontdesk does not read (responders/offline/dialect.ts). Shared by the safety tests of each round.
 */
import { emergencyIn, spokenForms } from '../responders/offline/dialect.js';
import type { EmergencyKind } from './safety.js';

export const emergencyOf = (text: string): EmergencyKind | null => emergencyIn(spokenForms(text)).emergency;
