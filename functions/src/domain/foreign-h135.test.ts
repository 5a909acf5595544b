/**
 * Russian, Haitian Creole, Dutch and Hindi as customers of a ski school, a mobile vet and a salon write them:
 * detected as their language and read through a gist that carries the request.
 */
import { describe, expect, it } from 'vitest';
import { englishGist, type ForeignLanguage } from './foreign.js';
import { detectLanguage } from './language.js';

const read = (text: string) => {
  const guess = detectLanguage(text);
  return { other: guess.other, language: guess.language, gist: guess.other ? englishGist(text, guess.other) : '' };
};

describe('read through a gist', () => {
  it.each<[string, ForeignLanguage, string[]]>([
    ['Можно взять на занятие свои лыжи? Будет дешевле?', 'ru', ['own', 'skis', 'cheaper']],
    ['Сколько стоит гид на целый день? Нас трое', 'ru', ['how much is', 'guide', 'full day']],
    ['Где у вас можно поставить фургон? У нас кондо и валет', 'ru', ['park', 'van', 'condo', 'valet']],
    ['А вы к нам приезжаете? Живем в Авентуре', 'ru', ['to us', 'do you come', 'we live']],
    ['Нужна ли собаке лицензия? Где её получить?', 'ru', ['license', 'where to get it']],
    ['Mwen gen 2 chen ak yon chat, nou ka wè yo tout nan menm vizit la?', 'ht', ['dog', 'cat', 'in the same visit']],
    ['Ki vaksen chat mwen bezwen? Eske li obligatwa?', 'ht', ['vaccine', 'my cat', 'required']],
    ['Eske nou travay samdi apre midi?', 'ht', ['are you working', 'saturday', 'afternoon']],
    ['Hoeveel kinderen zitten er in een groep? Mijn zoon is verlegen', 'nl', ['how many children', 'group', 'shy']],
    ['Kan ik een helm en skischoenen huren voor mijn dochter?', 'nl', ['helmet', 'ski boots', 'rent']],
    [
      'aapke yahan koi gents hai? mera driver neeche gaadi mein rahega',
      'hi',
      ['at your place', 'any', 'men', 'downstairs', 'in the car'],
    ],
    ['driver bahar wait karega, koi dikkat to nahi hogi?', 'hi', ['no problem right']],
    ['Можно прийти со своим сноубордом?', 'ru', ['bring own', 'snowboard']],
    ["Goedemiddag, wat kosten de ski's en de helmen per dag?", 'nl', ['skis', 'helmets']],
    ['chechi, ningalude shop evide aanu? metro il varaan pattumo?', 'ml', ['where is', 'metro', 'is it possible']],
    ['mailanchi ethra neram vekkanam? vellam thodaamo?', 'ml', ['henna', 'how long', 'keep it on', 'water']],
    ['naale thurakkumo? ethra aanu threading?', 'ml', ['tomorrow', 'are you open', 'how much is']],
  ])('%j', (text, language, words) => {
    const { other, gist } = read(text);
    expect(other).toBe(language);
    for (const word of words) expect(gist).toContain(word);
  });

  it.each([
    ['theek hai ji', 'hi', 'okay'],
    ['acha ji, thik hai', 'hi', 'okay'],
  ])('%j is an acknowledgement in Hindi', (text, language, english) => {
    const { other, gist } = read(text);
    expect(other).toBe(language);
    expect(gist).toContain(english);
  });

  it.each([
    // English with "is", "best", "had", "was" stays English; Italian "hai" and Swiss German "hoi" stay theirs.
    ['Is it best to book early? I had a kid in the group last time and it was full', 'en'],
    ['ok, hai ragione, grazie', 'it'],
    ['Hoi zäme, wie gohts? Hend ihr morn offe?', 'de'],
    // Malayalam markers are no words of Italian, German, Catalan or English ("alle", "ente", "illa", "undo").
    ['alle ore 10 va bene? ente pubblico', 'it'],
    ['Treffen wir uns alle am Montag?', 'de'],
  ])('%j stays in a language the responder reads', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess.other).toBeUndefined();
    expect(guess.language).toBe(language);
  });
});
