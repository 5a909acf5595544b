import { describe, expect, it } from 'vitest';
import { pickMimeType } from './media-type.js';

describe('pickMimeType', () => {
  it.each([
    [[undefined, 'application/octet-stream', 'audio/ogg'], 'audio/ogg'],
    [['audio/ogg; codecs=opus', 'audio/mpeg'], 'audio/ogg; codecs=opus'],
    [['binary/octet-stream; x=1', 'image/png'], 'image/png'],
    [['not a type', ' '], 'application/octet-stream'],
    [[undefined, null], 'application/octet-stream'],
  ] as const)('%j → %s', (candidates, expected) => {
    expect(pickMimeType(...candidates)).toBe(expected);
  });
});
