/**
 * Round 41 (h189): a language named in Darija ("الفرونسي", "fransawi") is the customer's own, and spoken Arabic
 * says whose it is after it ("ديالو", "taba3o"): a child's weak French is no complaint. A weak service still is.
 */
import { describe, expect, it } from 'vitest';
import { said } from './complaint.test-helper.js';
import { complains } from './complaint.js';

describe('a language the customer says is weak, in spoken Arabic', () => {
  it.each([
    ['ولدي جديد هنا، الفرونسي ديالو ضعيف بزاف، واش تقدرو تعاونوه؟'],
    ['بنتي عندها 9 سنين والفرنساوي تبعها ضعيف، عندكن دروس؟'],
    ['وصلنا جداد، الفرنسي ديالها ضعيف شوية، شنو كتقترحو؟'],
  ])('%j does not complain', (text) => {
    expect(complains(said(text))).toBe(false);
  });

  it.each([['الخدمة ديالكم ضعيفة بزاف وما عجبتنيش'], ['الأستاذ ديالكم ضعيف بزاف، ما تعلم ولدي والو']])(
    '%j still complains',
    (text) => {
      expect(complains(said(text))).toBe(true);
    },
  );
});
