/**
 * Round 43 (r43c): a Dutch or Swedish compound the gist does not know is read by its last part when the gist knows
 * that one ("tangoschoenen": tango shoes, "cadeaukaart": gift card), and Dutch words of a toilet, a custom-made
 * thing and an early start.
 */
import { describe, expect, it } from 'vitest';
import { gist } from './foreign.js';

describe('compounds read by their last part', () => {
  it.each([
    ['kunnen jullie salsaschoenen maken?', 'salsa shoes'],
    ['hebben jullie dansschoenen te koop?', 'dance shoes'],
    ['ik zoek een cadeaukaart voor mijn moeder', 'gift card'],
    ['is er een kindertoilet?', 'toilet'],
  ])('reads %j with %j', (text, english) => {
    expect(gist(text, 'nl')).toContain(english);
  });

  it('leaves a word the gist knows as a whole as it knows it', () => {
    expect(gist('kan ik een proefles boeken?', 'nl')).toContain('trial lesson');
  });

  it('leaves a word with no known last part as written', () => {
    expect(gist('wij komen uit Amersfoort', 'nl')).toContain('amersfoort');
  });

  it('does not split words of languages that do not compound so', () => {
    expect(gist('czy macie toaletę?', 'pl')).not.toContain('toilet toilet');
  });
});

describe('Dutch words of a visit', () => {
  it.each([
    ['zijn er wc’s in de buurt?', 'toilet'],
    ['mijn zoon moet vaak plassen', 'pee'],
    ['kunnen jullie schoenen op maat maken?', 'custom made'],
    ['we vertrekken heel vroeg', 'very early'],
    ['een beetje een rare vraag', 'question'],
  ])('reads %j with %j', (text, english) => {
    expect(gist(text, 'nl')).toContain(english);
  });
});
