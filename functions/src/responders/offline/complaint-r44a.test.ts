/**
 * A person asked for by name, whatever stands between: "speak directly with Sabine", and in German a wish told
 * in the past ("ich hätte gern direkt mit Sabine gesprochen"). A talk that happened ("ich habe mit Sabine
 * gesprochen") asks for nobody.
 */
import { describe, expect, it } from 'vitest';
import { asksForPerson } from './complaint.js';
import { said } from './complaint.test-helper.js';

const asks = (text: string) => asksForPerson(said(text));

describe('asksForPerson: a named person, a wish in the past, "directly"', () => {
  it.each([
    'Hallo, ich hätte gern direkt mit Sabine gesprochen, sie hat uns letztes Jahr so toll geführt. Wir sind eine Gruppe von 14 und möchten was Besonderes planen.',
    'Ich hätte gerne mit Marco gesprochen, geht das?',
    'Ich hätte gern mit Frau Weber gesprochen.',
    'can I talk directly to Megan please?',
    'could I speak directly with Sabine? we are a group of 12',
    'je voudrais parler directement à Sabine',
    '¿puedo hablar directamente con Sabine?',
    "Bonjour, j'aimerais parler directement avec Sabine, elle nous a guidés l'an dernier. Nous sommes 14.",
    "Ciao, vorrei parlare direttamente con Sabine, ci ha guidato l'anno scorso. Siamo un gruppo di 14.",
    "Hola, m'agradaria parlar directament amb la Sabine, ens va guiar l'any passat.",
    'Olá, gostaria de falar diretamente com a Sabine, ela nos guiou ano passado.',
    'مرحبا، بغيت نهضر مباشرة مع سابين، هي لي دارت لينا الجولة العام لي فات',
  ])('asks for a person: %j', (text) => {
    expect(asks(text)).toBe(true);
  });

  it.each([
    'Ich habe letzte Woche mit Sabine gesprochen, sie sagte, es kostet 40 Euro. Stimmt das?',
    'Wir haben schon mit jemandem von euch telefoniert, ist der Termin am Samstag noch frei?',
    'Sabine hat gesagt, ich soll mich melden. Habt ihr am Freitag noch Platz?',
    'Ich hätte gern einen Termin am Freitag, geht das?',
    'Is Sabine still guiding? She was great last year.',
    'We were guided by Sabine last year, do you still do the cave tour?',
    'I spoke directly with Megan last week, is the price still the same?',
    'Ich hätte gern mit meinem Mann gesprochen, bevor wir buchen. Geht das bis Freitag?',
  ])('asks for nobody: %j', (text) => {
    expect(asks(text)).toBe(false);
  });
});
