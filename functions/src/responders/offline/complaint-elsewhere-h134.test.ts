/**
 * A bad experience in another town, told before a question ("j'ai eu une mauvaise expérience à Beyrouth, c'est
 * fait en cabine fermée ?"), is the customer's backstory, not a complaint about this business. The same words
 * about this business ("chez vous", "your salon", "last time here") still are one.
 */
import { describe, expect, it } from 'vitest';
import { complains } from './complaint.js';
import { said } from './complaint.test-helper.js';

const complaint = (text: string) => complains(said(text));

describe('complains: a bad experience in another town, told before a question', () => {
  it.each([
    'I had an awful experience in Dubai, the door kept opening. Is your waxing room private?',
    'tuve una experiencia horrible en Sevilla, me dejaron la puerta abierta. ¿Las cabinas se cierran?',
    "j'ai eu une expérience catastrophique à Marseille avec la cire trop chaude, vous utilisez quelle cire ?",
    'ho avuto una pessima esperienza a Napoli, la porta era sempre aperta. Le cabine sono chiuse?',
    'ich hatte eine schlimme Erfahrung in Hamburg, die Tür ging ständig auf. Sind die Kabinen bei euch abschließbar?',
    'vaig tenir una experiència horrible a Girona, la porta no tancava. Les cabines es tanquen?',
    'tive uma experiência horrível em Lisboa, a porta abria sempre. As cabines fecham?',
  ])('is no complaint: %s', (text) => {
    expect(complaint(text)).toBe(false);
  });

  it.each([
    // About this business, or a town with the business blamed, or no town at all.
    'I had an awful experience at your salon yesterday, the door kept opening',
    "j'ai eu une expérience catastrophique chez vous, la porte s'ouvrait tout le temps",
    'the waxing was terrible, the door kept opening the whole time',
    'tuve una experiencia horrible con vosotros en Sevilla, quiero una solución',
    'your branch in Dubai was terrible, the staff were rude',
  ])('is a complaint: %s', (text) => {
    expect(complaint(text)).toBe(true);
  });
});
