/**
 * Round 43: arriving after the meeting time, or asking to be waited for, is being late ("will the boat wait for
 * us?"); waiting in the lobby and the meeting point are not.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('arriving after the meeting time, asking to be waited for', () => {
  it.each([
    ['en', 'we will get there ten minutes after the meeting time, is that ok?'],
    ['en', 'our train is slow, will you wait for us?'],
    ['es', 'si llegamos un poco más tarde nos esperáis?'],
    ['fr', 'vous nous attendez si on a un petit souci sur la route ?'],
    ['it', 'ci aspettate se il volo atterra dopo?'],
    ['de', 'wartet ihr auf uns, wenn der Zug Verspätung hat?'],
    ['ca', 'ens espereu si arribem una mica després?'],
    ['pt', 'vocês esperam por nós se o voo atrasar?'],
    ['ar', 'لو تأخرنا شوي تستنونا؟'],
  ] as const)('%s: "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('late');
  });

  it.each([
    ['en', 'can I wait in the lobby while my son has his lesson?'],
    ['en', 'what is the meeting point?'],
    ['fr', 'on peut attendre dans la salle ?'],
    ['de', 'kann ich im Café warten?'],
  ] as const)('not %s: "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('late');
  });
});
