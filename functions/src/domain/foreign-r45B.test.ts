/**
 * Round 45: languages a business rarely lists, read through their gist. Russian typed in Latin letters meets the
 * Cyrillic table ("v voskresenye do skolki vy rabotaete?": until what time on Sunday); Turkish weather, flights,
 * traffic and a time with its case ending written straight on ("saat 5te", "18:00de"); Hindi in Latin letters
 * opening hours, a holiday and a fear of heights, told from Italian ("khula hai kya"); Malayalam words of an injury.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { englishGist } from './foreign.js';
import { cyrillicOf, withoutSigns } from './russian-latin.js';

describe('Russian in Latin letters put into Cyrillic', () => {
  it.each([
    ['voskresenye', 'воскресене'],
    ['rabotaete', 'работаете'],
    ['skolki', 'сколки'],
    ['vecherom', 'вечером'],
    ['shchas', 'щас'],
    ['zhdu', 'жду'],
    ['moy', 'мои'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(cyrillicOf(latin)).toBe(cyrillic);
  });

  it('leaves a word with digits or other letters alone', () => {
    expect(cyrillicOf('18:00')).toBeUndefined();
    expect(cyrillicOf('5te')).toBeUndefined();
  });

  it('drops the soft and hard signs', () => {
    expect(withoutSigns('скольки')).toBe('сколки');
    expect(withoutSigns('детьми')).toBe('детми');
  });
});

describe('the gist of Russian in Latin letters', () => {
  it('reads a question about Sunday hours', () => {
    const english = englishGist('privet, v voskresenye do skolki vy rabotaete? hotim prijti vecherom posle 7', 'ru');
    expect(english).toContain('sunday');
    expect(english).toContain('until what time');
    expect(english).toContain('open');
    expect(english).toContain('come');
    expect(english).toContain('after 7');
  });

  it('keeps its Latin entries and the words it does not know as written', () => {
    expect(englishGist('skolko stoit kapelnica?', 'ru')).toContain('how much is');
    expect(englishGist('skolko stoit kapelnica?', 'ru')).toContain('drip');
    expect(englishGist('hotim botox i filler', 'ru')).toContain('filler');
  });

  it('does not touch a Cyrillic message', () => {
    expect(englishGist('до скольки вы работаете в воскресенье?', 'ru')).toContain('sunday');
  });
});

describe('Turkish: weather, flights, traffic, times with their endings', () => {
  it('reads a sandstorm and flights cancelled', () => {
    const english = englishGist(
      'Merhaba, yarin kum firtinasi olacakmis diyorlar haberlerde, ucuslar iptal olur mu? Saat 5te rezervasyonumuz var',
      'tr',
    );
    expect(english).toContain('sandstorm');
    expect(english).toContain('flights cancelled');
    expect(english).toContain('we have a booking');
    expect(english).toMatch(/at 5\b/);
  });

  it('reads being stuck in traffic and a flight at a time', () => {
    const english = englishGist(
      'Trafikte kaldik, ancak 17:40 gibi varabiliriz, ucusumuz 18:00de. Sorun olur mu, ucabilir miyiz?',
      'tr',
    );
    expect(english).toContain('stuck in traffic');
    expect(english).toContain('can we fly');
    expect(english).toContain('18 00');
    expect(english).not.toContain('00de');
  });

  it('leaves a number with another word after it', () => {
    expect(englishGist('5 kisi icin fiyat ne kadar?', 'tr')).toContain('5');
    expect(englishGist('ucuz mu?', 'tr')).not.toContain('flight');
  });
});

describe('Hindi in Latin letters', () => {
  const holiday =
    '18 december national day ko khula hai kya? office ki chhutti hai toh family ko le ke aana hai. kitne baje se khulta hai us din?';

  it('is told from Italian by its words of opening and holidays', () => {
    expect(detectLanguage(holiday).other).toBe('hi');
  });

  it('reads opening hours on a holiday', () => {
    const english = englishGist(holiday, 'hi');
    expect(english).toContain('are you open');
    expect(english).toContain('from what time');
    expect(english).toContain('holiday');
  });

  it('reads a fear of heights', () => {
    expect(englishGist('mujhe unchai se bahut darr lagta hai', 'hi')).toMatch(/heights.*afraid/);
  });

  it('reads a yes-or-no question opened by "kya main"', () => {
    expect(englishGist('kya main sach me kar paunga', 'hi')).toBe('can i really do it');
  });

  it('leaves an Italian message Italian', () => {
    expect(detectLanguage('ciao, siete aperti domenica? a che ora chiudete?').other).toBeUndefined();
  });
});

describe('Malayalam in Latin letters: an injury', () => {
  it('reads a joint out of place and an arm that will not move', () => {
    const english = englishGist('ente aniyante shoulder thetti poyi, kai anakkan pattunnilla, bhayankara vedana', 'ml');
    expect(english).toContain('slipped out of place');
    expect(english).toContain('arm can not move');
    expect(english).toContain('terrible pain');
  });
});
