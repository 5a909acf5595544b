/**
 * What a sports physio's and a dog groomer's customers say that sounds like
 * a complaint and is a question: German "meinte" (said) is no "mein" (my),
 * so "Julien meinte letzte Woche" blames no last session; a dog's breath
 * that smells horrible, asked about, is the dog's. And the same words aimed
 * at the business, which stay complaints.
 */
import { describe, expect, it } from 'vitest';
import { complains } from './complaint.js';
import { said } from './complaint.test-helper.js';

const complaint = (text: string) => complains(said(text));

describe('complains: German "meinte" is no "mein"', () => {
  it.each([
    'Hallo zusammen! Julien meinte letzte Woche, bei meiner Wade könnte man es mal mit Dry Needling probieren. Ehrlich gesagt hab ich voll Schiss vor Nadeln 🙈 wie schlimm ist das, tut das richtig weh?',
    'Die Ärztin meinte letzten Monat, ich soll es mit Stoßwelle probieren. Ich hab Angst, wie schlimm ist das?',
    'Anna meint, Dry Needling wäre gut für meinen Rücken, ich hab aber Angst vor Nadeln, tut das schlimm weh?',
  ])('is no complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'Meine letzte Behandlung war schrecklich, ich will mein Geld zurück',
    'mein letzter Termin bei euch war eine Katastrophe',
  ])('the last session blamed stays a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});

describe("complains: a smell asked about is the body's or the animal's", () => {
  it.each([
    'Hola buen dia, al Toby (poodle toy de 9 años) le huele horrible la boca y tiene mucho sarro, cuanto cuesta la limpieza dental? lo tienen q dormir?',
    'a mi perrita le huelen fatal las orejas, hacen limpieza de oídos?',
    'his breath smells terrible, do you do teeth cleaning for dogs?',
    'mon chien sent horrible, vous faites un bain anti-odeur ?',
    'sein Maul riecht schrecklich, macht ihr Zahnreinigung?',
  ])('is no complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    'the salon smells horrible and the towels were dirty',
    'mi perro volvió oliendo horrible después del baño',
    'your place stinks, it smells terrible?',
  ])('stays a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});
