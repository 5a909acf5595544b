/**
 * A service named by half its name, a word the concept lexicon matches counting as the word: "alquilar un kayak
 * doble" names "Noleggio kayak singolo e doppio" by "kayak" and "alquilar" (#gearRental, as "noleggio"), 1.9 of
 * its 4 words. A concept's word alone does not name a two-word name: "was kostet?" names no "Tarifa de dia".
 */
import { describe, expect, it } from 'vitest';
import { KAYAK_BASE, businessFrom } from '../responders/fixture.test-helper.js';
import { searchKnowledge } from './knowledge-index.js';

const business = businessFrom(KAYAK_BASE);

const named = (text: string) => searchKnowledge(business, text).services.map((s) => s.service.id);

describe('half a name, a concept counting as the word', () => {
  it.each(['cuanto cuesta alquilar un kayak doble?', 'louer un kayak double pour la journée ?'])(
    '%s names the rental first',
    (text) => {
      expect(named(text)[0]).toBe('noleggio-kayak');
    },
  );

  it('a word of the name alone still names what it names ("kayak al tramonto")', () => {
    expect(named('quanto costa il kayak al tramonto?')[0]).toBe('tour-tramonto');
  });

  it('a concept alone does not name a two-word name', () => {
    expect(named('was kostet das?')).not.toContain('lezione');
    expect(named('cancel·lar la cita té algun cost?')).not.toContain('urgenza');
    expect(named('cancelar la cita tiene algún coste?')).not.toContain('urgenza');
  });
});
