/**
 * Round 43: a gift voucher is no deal. The Portuguese "vale-oferta" (a gift voucher) holds "oferta", which is an
 * offer, a deal, said alone; a business that sells vouchers has not written about discounts.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from './analyzer.js';
import type { TextLanguage } from './languages.js';

const concepts = (text: string, language: TextLanguage) =>
  analyse(text, { languages: [language], primary: language }).concepts.map((c) => c.key);

describe('analyse: a gift voucher raises no discount (r43a)', () => {
  it.each<[TextLanguage, string]>([
    ['pt', 'Os vales-oferta pagam-se na totalidade no momento da compra.'],
    ['pt', 'Queria comprar um vale oferta para a minha mãe'],
    ['pt', 'os cheques-oferta são válidos um ano?'],
    ['pt', 'vendem cartões oferta?'],
  ])('%s: %s', (language, text) => {
    const found = concepts(text, language);
    expect(found).toContain('giftCard');
    expect(found).not.toContain('discount');
  });

  it.each<[TextLanguage, string]>([
    ['pt', 'têm alguma oferta para estudantes?'],
    ['pt', 'fazem desconto para grupos?'],
    ['es', 'hay alguna oferta para jubilados?'],
    ['it', 'fate uno sconto per gli over 65?'],
  ])('a deal is still one (%s): %s', (language, text) => {
    expect(concepts(text, language)).toContain('discount');
  });
});
