/**
 * The safety verdict on a message as the responders read it: as written, and in its English gist if it is in a
 * language Frontdesk does not read (responders/offline/dialect.ts). Shared by the safety tests of each round.
 */
import { describe, expect, it } from 'vitest';
import { emergencyIn, spokenForms } from '../responders/offline/dialect.js';
import type { EmergencyKind } from './safety.js';

export const emergencyOf = (text: string): EmergencyKind | null => emergencyIn(spokenForms(text)).emergency;

/** A table of messages that are the emergency named, and near misses that must stay questions. */
export const describeEmergencies = (name: string, rows: readonly [EmergencyKind, string][], safe: readonly string[]) =>
  describe(`assessSafety: ${name}`, () => {
    it.each(rows)('is %s: %j', (kind, text) => {
      expect(emergencyOf(text)).toBe(kind);
    });
    it.each(safe)('is no emergency: %j', (text) => {
      expect(emergencyOf(text)).toBeNull();
    });
  });
