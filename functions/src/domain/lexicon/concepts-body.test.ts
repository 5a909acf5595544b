import { describe, expect, it } from 'vitest';
import { analyse } from '../analyzer.js';
import type { TextLanguage } from '../languages.js';

const conceptsOf = (text: string, language: TextLanguage) =>
  new Set(analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key));

describe('the body concepts', () => {
  it.each<[string, TextLanguage, string]>([
    ['shoulder', 'pt', 'ombro congelado tem tratamento?'],
    ['shoulder', 'en', 'can physio help a frozen shoulder?'],
    ['shoulder', 'fr', "j'ai une capsulite à l'épaule"],
    ['back', 'es', 'me duele la espalda desde hace un mes'],
    ['back', 'en', 'my lower back is killing me'],
    ['back', 'ca', "tinc mal d'esquena"],
    ['back', 'ar', 'عندي الم في الظهر'],
    ['neck', 'fr', 'torticolis depuis hier'],
    ['knee', 'pt', 'operei o joelho, fazem reabilitação?'],
    ['sprain', 'es', 'me torci el tobillo jugando'],
    ['ankle', 'es', 'me torci el tobillo jugando'],
    ['sciatica', 'pt', 'tenho uma hérnia discal'],
    ['head', 'ca', 'tinc migranyes'],
    ['wrist', 'en', 'carpal tunnel in my wrist'],
    ['physio', 'pt', 'ombro congelado tem tratamento com fisio?'],
    ['physio', 'fr', 'je cherche un kiné'],
    ['physio', 'en', 'can physio help?'],
  ])('%s in %s: %s', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string]>([
    ['en', 'can you call me back tomorrow?'], // "back" alone is not the back
    ['en', 'I want my money back'],
    ['fr', 'ma fille a 8 ans'], // French "ma" is not a hand
    ['pt', 'a criança vem com os pais'],
  ])('no body part in %s: %s', (language, text) => {
    const found = conceptsOf(text, language);
    for (const part of ['back', 'wrist', 'ankle', 'head', 'neck', 'shoulder']) expect(found).not.toContain(part);
  });
});
