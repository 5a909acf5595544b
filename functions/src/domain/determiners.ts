/**
 * Small words that open a noun in the supported languages, normalised (no
 * accents, apostrophes split off): the articles, and "my" and "our". Rules
 * that look at the noun after a verb or a preposition ("me corto la
 * esquina", "un cours de reformer", "my manager") read them here.
 */

/** Definite and indefinite articles: "the", "el", "la", "l'", "il", "gli", "o", "um", Balearic "es" and "sa". */
export const ARTICLES: ReadonlySet<string> = new Set(
  'the a an el la los las lo un una unos unas uno il i gli le l les des du o os as um uma els es sa'.split(' '),
);

/** "My" and "our" in every supported language: what follows is the customer's own. */
export const MINE: ReadonlySet<string> = new Set(
  (
    'my our mon ma mes notre nos mi mis nuestro nuestra mein meine meinem meinen meiner unser unsere ' +
    'mio mia miei mie nostro nostra meu minha meus minhas nosso nossa meva meves'
  ).split(' '),
);
