import { describe, expect, it } from 'vitest';
import type { StyleGuide } from '../../domain/business.js';
import { replyStyle } from './style.js';

const guide = (tone: string, d: string[] = [], dont: string[] = []): StyleGuide => ({ tone, do: d, dont });

describe('replyStyle', () => {
  it.each<[string, StyleGuide, { informal: boolean; emoji: boolean }]>([
    ['nothing said: formal, emojis allowed', guide('warm and concise'), { informal: false, emoji: true }],
    [
      '"tú"',
      guide('friendly', ["Reply in Spanish using 'tú' and Latin American Spanish."]),
      { informal: true, emoji: true },
    ],
    [
      'informally',
      guide('calm', ['Address patients informally: tú in Spanish, tu in Valencian.']),
      { informal: true, emoji: true },
    ],
    ['tutoyer', guide('décontracté', ['Tutoyer les clients.']), { informal: true, emoji: true }],
    ['usted', guide('cercano', ['Tratar siempre de usted.']), { informal: false, emoji: true }],
    ['vouvoyer', guide('chaleureux', ['Toujours vouvoyer.']), { informal: false, emoji: true }],
    ['at most one emoji', guide('calm', ['Use at most one emoji per message.']), { informal: false, emoji: false }],
    ['no emojis', guide('sober', [], ['No emojis.']), { informal: false, emoji: false }],
    [
      'not more than one emoji',
      guide('calm', [], ['Do not use slang or more than one emoji in a message.']),
      { informal: false, emoji: false },
    ],
    ['emojis welcome', guide('playful', ['One or two pet emojis (🐾 🐶) are fine.']), { informal: false, emoji: true }],
  ])('%s', (_label, styleGuide, expected) => {
    expect(replyStyle(styleGuide)).toEqual(expected);
  });
});
