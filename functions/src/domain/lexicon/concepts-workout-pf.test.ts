/**
 * Working out, as customers of a gym say it ("while working out", "وقت التمرين", "ما اتمرن"), is the sport
 * concept, as "workout" and "training" already were; everyday "work" and "out" are not.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('working out raises sport', () => {
  it.each([
    ['en', 'can I listen to my own music while working out?'],
    ['en', 'do you have short workouts for beginners?'],
    ['ar', 'لازم البس شي معين وقت التمرين؟'],
    ['ar', 'ابي اتمرن الصبح قبل الدوام'],
    ['ar', 'عندكم تمارين للظهر؟'],
    ['ar', 'ana bghit tamrin m3a coach'],
  ] as const)('%s: %s', (language, text) => {
    expect(conceptsOf(text, language)).toContain('sport');
  });

  it.each([
    ['en', 'I work out of town on Mondays, can I come Tuesday?'],
    ['en', "I'm working late, are you open after 8?"],
    ['ar', 'التمر عندكم ببلاش؟'],
  ] as const)('not %s: %s', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('sport');
  });
});
