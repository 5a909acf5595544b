/**
 * Every template of an informal register addresses the customer
 * informally: a reply never mixes "du" and "Sie" (or tu/vous, tu/Lei,
 * tú/usted) because one template was left formal.
 */
import { describe, expect, it } from 'vitest';
import type { Messages } from './index.js';
import { caInformal } from './ca.js';
import { deInformal } from './de.js';
import { esInformal } from './es.js';
import { frInformal } from './fr.js';
import { itInformal } from './it.js';

/** Every template, rendered with sample arguments. */
function rendered(messages: Messages): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]): [string, string][] => {
    if (typeof value === 'string') return [[key, value]];
    if (typeof value !== 'function') return [];
    const render = value as (...args: unknown[]) => string;
    return [
      [key, render('X', '24/12', '10:00–14:00')],
      [`${key} (no hours)`, render('X', '24/12')],
    ];
  });
}

/** Words of the formal register, as whole words (case matters for German "Sie"). */
const FORMAL: [string, Messages, RegExp][] = [
  ['de', deInformal, /\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b/],
  ['fr', frInformal, /(?<![-\p{L}])(vous|votre|vos|veuillez)\b/iu], // not the "vous" of "rendez-vous"
  ['it', itInformal, /\b(Lei|La contatteremo|Le scriveremo|Suo|Sua|desidera|può)\b/],
  ['es', esInformal, /\b(usted|ustedes|su cita|le ayudo|puede|desea)\b/i],
  ['ca', caInformal, /\b(vostè|vostès|pot|desitja)\b/i],
];

describe('informal registers', () => {
  it.each(FORMAL)('%s: no template addresses the customer formally', (_language, messages, formal) => {
    const offending = rendered(messages).filter(([, text]) => formal.test(text));
    expect(offending).toEqual([]);
  });
});
