/**
 * What a dentist's, an eye clinic's and a pelvic physio's customers say that
 * sounds like a complaint and is not one about the business: prices where
 * they live ("aqui no Brasil o implante tá um absurdo de caro"), having no
 * symptom at all ("ما اشتكي من شي"), being embarrassed before an exam. And
 * the same words aimed at the business, which stay complaints.
 */
import { describe, expect, it } from 'vitest';
import { complains } from './complaint.js';
import { said } from './complaint.test-helper.js';

const complaint = (text: string) => complains(said(text));

describe('complains: prices where the customer lives', () => {
  it.each([
    'Boa tarde! Perdi um dente do fundo ano passado e aqui no Brasil o implante ta um absurdo de caro. Vou passar 10 dias em Buenos Aires em abril, da pra colocar o implante nesse tempo?? quanto tempo leva do comeco ao fim?',
    'here in Dublin implants are outrageous, how much is one with you?',
    'aquí en Chile los implantes son un absurdo de caros, cuánto cuestan con ustedes?',
    'ici en France les implants sont scandaleux, combien chez vous ?',
    'in my country the prices are a scam, do you do payment plans?',
  ])('is no complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'your prices are outrageous, a scam',
    'o preço de vocês é um absurdo',
    'vuestros precios son un absurdo, una estafa',
  ])('prices of the business blamed stay a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});

describe('complains: having no complaint', () => {
  it.each([
    'ابوي طلع عنده ضغط عين (جلوكوما) وراح جزء من نظره. انا عمري ٤٢ ونظري زين ما اشتكي من شي، ضروري افحص ولا مبالغه؟',
    'no complaints with my eyes, but should I get checked since my dad has glaucoma?',
    'nenhuma queixa na visão, mas devo fazer exame por causa do meu pai?',
    'no me quejo de nada de la vista, pero mi padre tiene glaucoma, debería revisarme?',
  ])('is no complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each(['اشتكي من الخدمه عندكم، سيئه', 'I want to make a complaint about the receptionist'])(
    'a complaint about the business stays one: %s',
    (text) => {
      expect(complaint(text)).toBe(true);
    },
  );
});

describe('complains: embarrassed before an exam', () => {
  it.each([
    'oi gente tudo bem? marquei a avaliação do assoalho pélvico pra semana que vem mas to morrendo de vergonha 😳 vou ter q tirar a roupa e fazer exame de toque?? nunca fiz nem preventivo direito',
    'me muero de vergüenza, ¿tengo que desnudarme para la valoración del suelo pélvico?',
    "je suis morte de honte, il faut se déshabiller pour l'examen ?",
    'muoio di vergogna, bisogna spogliarsi per la visita?',
    "I'm mortified, do I have to undress for the internal exam?",
  ])('is no complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'que vergonha, a recepcionista de vocês foi grosseira comigo',
    'es una vergüenza, la fisio ni apareció y nadie avisó',
  ])('shame at the business stays a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});
