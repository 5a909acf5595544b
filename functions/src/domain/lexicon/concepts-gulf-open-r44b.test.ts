/** Round 44: Gulf Arabizi "maftoo7een" (open, plural) asks the hours, as its Arabic "مفتوحين" does. */
import { describe, expect, it } from 'vitest';
import { conceptsIn } from './concepts.test-helper.js';

describe('open, in Gulf Arabizi (r44b)', () => {
  it.each(['yom el ithnain ba3d el iftar mftoo7een?', 'maftoo7een bukra?', 'intu maftoo7in el jum3a?'])(
    '%s asks the hours',
    (text) => expect([...conceptsIn(text, 'ar')], text).toContain('opening'),
  );

  it.each(['abi a5ith drip gabl el 3eed', 'shlon a7jiz maw3ed?', 'el fustan maftou7 mn wara, 2addesh bti23od?'])(
    '%s asks no hours',
    (text) => expect([...conceptsIn(text, 'ar')], text).not.toContain('opening'),
  );
});
