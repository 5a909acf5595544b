/** Arabic ظهر / ضهر is the back, and also noon: the afternoon and the noon prayer are no back. */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './lexicon/concepts.test-helper.js';

describe('the noon in Arabic is no back', () => {
  it.each([
    ['تعالو بعد الضهر', 'afternoon'],
    ['ممكن نيجي بعد الظهر؟', 'afternoon'],
    ['فين نصلي صلاة الظهر؟', 'prayerRoom'],
    ['لو احنا في المركب هصلي فين؟', 'prayerRoom'],
  ])('%s', (text, concept) => {
    const found = conceptsOf(text, 'ar');
    expect(found).toContain(concept);
    expect(found).not.toContain('back');
  });

  it.each(['عندي وجع في الضهر', 'ضهري واجعني من امبارح', 'ألم في الظهر بعد الغطس'])('a back that hurts: %s', (text) => {
    expect(conceptsOf(text, 'ar')).toContain('back');
  });
});
