/**
 * Round 42 (helper-201): Mexican and Brazilian "tenis"/"tênis" worn on the feet are shoes ("puedo ir con tenis?",
 * "posso ir de tênis?"), while the sport keeps its own word ("clases de tenis", "aula de tênis"); Portuguese
 * "apresentar" (to present, to perform at a party) is no recital asked for, while "a apresentação de fim de ano"
 * still is.
 */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('sneakers called "tenis" are shoes', () => {
  it.each([
    ['es', 'se puede bailar con tenis o hay que traer otros zapatos?'],
    ['es', 'mi hijo va a venir en tenis, hay problema?'],
    ['es', 'puedo ir de tenis a la clase de prueba?'],
    ['es', 'traje unos tenis blancos nada más'],
    ['pt', 'posso ir de tênis na aula experimental?'],
    ['pt', 'tudo bem dançar com tênis?'],
    ['pt', 'só trouxe meus tenis, serve?'],
    ['en', 'can i come in sneakers?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('shoes');
  });

  it.each([
    ['es', 'dan clases de tenis para niños?'],
    ['es', 'juego al tenis los martes'],
    ['pt', 'vocês têm aula de tênis?'],
    ['pt', 'meu filho joga tenis no clube'],
  ] as const)('%s "%s" is the sport, no shoes', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('shoes');
  });
});

describe('presenting something is no recital', () => {
  it.each([
    ['pt', 'vou apresentar meu namorado para a turma'],
    ['pt', 'vamos apresentar uma dança no casamento da minha prima'],
    ['pt', 'posso apresentar o atestado depois?'],
  ] as const)('%s "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('recital');
  });

  it.each([
    ['pt', 'quando é a apresentação de fim de ano das crianças?'],
    ['pt', 'os alunos fazem apresentações?'],
    ['pt', 'tem recital no final do semestre?'],
  ] as const)('%s "%s" is a recital', (language, text) => {
    expect(conceptsOf(text, language)).toContain('recital');
  });
});
