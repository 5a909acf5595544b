/**
 * "Human" said of a thing is no request for a person: "is it real human
 * hair?", "des mèches en cheveux humains", "pelo humano". Asked for on its
 * own, a human still is.
 */
import { describe, expect, it } from 'vitest';
import { asksForPerson } from './complaint.js';
import { said } from './complaint.test-helper.js';

const asks = (text: string) => asksForPerson(said(text));

describe('asksForPerson: "human" said of a thing', () => {
  it.each([
    'the wig I bought online, is it real human hair or synthetic? can you fit it?',
    'je sais pas si ma perruque est en cheveux humains, vous pouvez la poser ?',
    'las extensiones son de pelo humano?',
    'le extension sono di capelli umani?',
  ])('asks for no person: %s', (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each(['human please', 'can I talk to a human?', 'je veux parler à un humain', 'quiero hablar con un humano'])(
    'asks for a person: %s',
    (text) => {
      expect(asks(text)).toBe(true);
    },
  );
});
