import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES } from '../../domain/languages.js';
import { engineMessages, speaks } from './messages.js';

describe('the engine’s own sentences', () => {
  it('exist in every language a business may list, each its own', () => {
    expect(TEXT_LANGUAGES.every(speaks)).toBe(true);
    const handoffs = TEXT_LANGUAGES.map((language) => engineMessages(language).handoff);
    const cannotListen = TEXT_LANGUAGES.map((language) => engineMessages(language).cannotListen);
    expect(new Set(handoffs).size).toBe(TEXT_LANGUAGES.length);
    expect(new Set(cannotListen).size).toBe(TEXT_LANGUAGES.length);
  });

  it('fall back to English for a language we do not write', () => {
    expect(speaks('ja')).toBe(false);
    expect(engineMessages('ja')).toEqual(engineMessages('en'));
  });
});
