import { describe, expect, it } from 'vitest';
import { doc, collection } from './database.js';
import { ids, safeId } from './ids.js';

describe('safeId', () => {
  it.each([
    ['100000000000001', '100000000000001'],
    ['my_salon_bot', 'my_salon_bot'],
    ['page.id-1', 'page.id-1'],
  ])('keeps a plainly safe id readable: %s', (input, expected) => {
    expect(safeId(input)).toBe(expected);
  });

  it.each(['a/b', '..', '.', '__x__', 'bad\uD800', 'x'.repeat(200), 'with space', '~abc', '', 'ünïcode'])(
    'hashes anything else into a valid document id: %j',
    (input) => {
      const id = safeId(input);
      expect(id).toMatch(/^~[0-9a-f]{40}$/);
      expect(() => doc(collection({ id: 't', read: (d) => d }), id)).not.toThrow();
    },
  );

  it('never maps two ids to one segment', () => {
    expect(safeId('a/b')).not.toBe(safeId('a/c'));
    expect(safeId(safeId('a/b'))).not.toBe(safeId('a/b'));
  });

  it('makes path-safe ids of hostile provider ids', () => {
    const hostile = ['../../businesses/x', '/', '\uDC00', '__name__'];
    for (const value of hostile) {
      for (const id of [
        ids.channelAccount('whatsapp-meta', value),
        ids.inboundMessage('telegram', value),
        ids.contact('messenger', value),
        ids.conversation('instagram', value, value),
        ids.parkedStatus('whatsapp-360dialog', value),
        ids.notification('reply_failed', value),
      ]) {
        expect(() => doc(collection({ id: 't', read: (d) => d }), id)).not.toThrow();
      }
    }
  });
});
