import { describe, expect, it } from 'vitest';
import { Slug } from '../../../../functions/src/domain/primitives';
import { qaIdFor } from './qa-id';

describe('a Q&A id from a suggested question', () => {
  it.each([
    [
      'Can my sister wait in the treatment room with me?',
      'sq-abcdef123',
      'can-my-sister-wait-in-the-treatment-room-abcdef',
    ],
    ['¿Puedo pagar con tarjeta?', 'sq-0123456789', 'puedo-pagar-con-tarjeta-012345'],
    ['هل يوجد موقف سيارات؟', 'sq-ffeedd00', 'question-ffeedd'],
    ['   ???   ', 'sq-aa11bb22', 'question-aa11bb'],
  ])('%s', (question, suggestionId, id) => {
    expect(qaIdFor(question, suggestionId)).toBe(id);
    expect(Slug.safeParse(id).success).toBe(true);
  });
});
