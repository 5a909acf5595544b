/**
 * Words of a price question about a service, in languages Frontdesk does not read: Dutch "hoeveel liedjes zitten
 * erin" (how many songs are in it: "erin" is no thing asked for), Russian in Latin letters and in Cyrillic "kapelnica"
 * (an IV drip), "gidratacii" (hydration), "elektrolity" (electrolytes).
 */
import { describe, expect, it } from 'vitest';
import { englishGist } from './foreign.js';

describe('songs in a Dutch package', () => {
  it('reads "liedjes" and "erin"', () => {
    const english = englishGist('wat kost dat pakket? en hoeveel liedjes zitten erin?', 'nl');
    expect(english).toContain('songs');
    expect(english).toContain('in it');
    expect(english).not.toContain('erin');
  });
});

describe('a drip in Russian', () => {
  it.each([
    ['skolko stoit kapelnica dlya gidratacii?', ['how much is', 'drip', 'hydration']],
    ['skolko stoit kapelnitsa s elektrolitami', ['drip', 'electrolytes']],
    ['сколько стоит капельница для гидратации?', ['drip', 'hydration']],
  ])('%s', (text, expected) => {
    const english = englishGist(text, 'ru');
    for (const phrase of expected) expect(english).toContain(phrase);
  });

  it('leaves other words as they are', () => {
    expect(englishGist('skolko stoit massazh?', 'ru')).not.toContain('drip');
  });
});
