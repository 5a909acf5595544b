/**
 * A service named by half its name, a word the concept lexicon matches counting as the word: "alquilar un kayak
 * doble" names "Noleggio kayak singolo e doppio" by "kayak" and "alquilar" (#gearRental, as "noleggio"), 1.9 of
 * its 4 words. A concept's word alone does not name a two-word name: "was kostet?" names no "Tarifa de dia".
 */
import { describe, expect, it } from 'vitest';
import { businessFrom } from '../responders/fixture.test-helper.js';
import { searchKnowledge } from './knowledge-index.js';

const business = businessFrom({
  id: 'kayak-base',
  profile: {
    name: 'Base Kayak',
    vertical: 'other',
    timezone: 'Europe/Rome',
    languages: ['it', 'en'],
    currency: 'EUR',
    phone: '+39 0784 555 123',
    address: { it: 'Via del Porto 1, Cala Gonone' },
  },
  hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
  holidays: [],
  policies: [],
  services: [
    {
      id: 'noleggio-kayak',
      name: { it: 'Noleggio kayak singolo e doppio', en: 'Single and double kayak rental' },
      durationMinutes: 540,
      price: 45,
    },
    {
      id: 'tour-tramonto',
      name: { it: 'Kayak al tramonto', en: 'Sunset kayak tour' },
      durationMinutes: 150,
      price: 50,
    },
    {
      id: 'lezione',
      name: { it: 'Lezione di SUP', en: 'SUP lesson' },
      durationMinutes: 90,
      price: 35,
      variants: [{ id: 'giorno', name: { it: 'Tarifa de dia' }, durationMinutes: 90, price: 35 }],
    },
  ],
  knowledge: [],
  qa: [],
  styleGuide: { tone: 'friendly' },
  staff: [{ email: 'owner@kayak.test', name: 'Owner', role: 'owner' }],
});

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
