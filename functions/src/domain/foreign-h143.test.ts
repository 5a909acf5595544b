/**
 * Polish written without its letters (no ą ę ł) and Russian, as divers' customers write them: detected as their
 * language (never as Arabizi for its "w") and read through a gist that carries the request.
 */
import { describe, expect, it } from 'vitest';
import { englishGist, type ForeignLanguage } from './foreign.js';
import { detectLanguage } from './language.js';

const read = (text: string) => {
  const guess = detectLanguage(text);
  return { other: guess.other, language: guess.language, gist: guess.other ? englishGist(text, guess.other) : '' };
};

describe('Polish and Russian read through a gist (h143)', () => {
  it.each<[string, ForeignLanguage, string[]]>([
    ['gdzie dokladnie jest wasza baza? mieszkam w hotelu w centrum', 'pl', ['where exactly', 'hotel']],
    ['jak do was dojechac z lotniska? jest jakis autobus?', 'pl', ['how do i get to you', 'is there any']],
    ['czy mozna nurkowac po operacji kolana?', 'pl', ['dive']],
    ['czy moge ponurkowac z corka? ile to kosztuje?', 'pl', ['can i', 'dive']],
    ['ile kosztuje wynajem kamery na nurkowanie?', 'pl', ['rental', 'camera', 'dive']],
    ['czy sa tam rekiny? moj syn sie boi', 'pl', ['sharks']],
    ['Можно ли нырять после операции на ухе?', 'ru', ['dive']],
    ['Нужна справка от врача для дайвинга?', 'ru', ['certificate from a doctor', 'diving']],
    ['Я пользуюсь ингалятором, это проблема?', 'ru', ['inhaler']],
    ['Акулы там есть?', 'ru', ['sharks']],
  ])('%j', (text, language, words) => {
    const { other, gist } = read(text);
    expect(other).toBe(language);
    for (const word of words) expect(gist).toContain(word);
  });

  it('reads Polish with two "w" as Polish, not Arabizi', () => {
    const guess = detectLanguage('gdzie jestescie? jestem w hotelu w miescie, jak dojechac?');
    expect(guess.language).toBeUndefined();
    expect(guess.other).toBe('pl');
  });

  it.each([
    // Arabizi with its own "w" stays Arabic.
    ['wach kayn chi blasa ghda w b7al chhal?', 'ar'],
    // English and German with a name are not Polish.
    ['where exactly is the dive centre? we are at the hotel', 'en'],
  ])('leaves %j in its language', (text, language) => {
    expect(detectLanguage(text).language).toBe(language);
  });
});
