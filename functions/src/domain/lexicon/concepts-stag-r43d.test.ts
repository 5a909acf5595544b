/** Round 43: a stag or hen party named by its package or group ("the stag package"), not a deer nor a parcel. */
import { describe, expect, it } from 'vitest';
import { conceptsOf } from './concepts.test-helper.js';

describe('a stag or hen party named by its package or group', () => {
  it.each([
    ['en', 'what does the stag package include?'],
    ['en', 'price for the hen package please'],
    ['en', 'we are a stag group of 8'],
    ['es', 'cuánto cuesta el paquete de despedida?'],
    ['pt', 'qual o preço do pacote de despedida?'],
    ['ca', 'quant val el paquet de comiat?'],
  ] as const)('%s: "%s"', (language, text) => {
    expect(conceptsOf(text, language)).toContain('stagParty');
  });

  it.each([
    ['en', 'we saw a stag on the trail'],
    ['en', 'is the package delivered?'],
    ['es', 'fiesta de despedida de un compañero de trabajo'],
  ] as const)('not %s: "%s"', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('stagParty');
  });
});
