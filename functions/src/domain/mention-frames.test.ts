import { describe, expect, it } from 'vitest';
import { affirmedText, framedClauses } from './mention-frames.js';

const framed = (text: string, language: string, customer = false) =>
  framedClauses(text, language, customer)
    .filter((c) => c.framed)
    .map((c) => c.clause);

describe('clauses that name a thing as no offering of the business', () => {
  it.each([
    ['en', 'Please do not wax, thread or pluck for 4 weeks before.'],
    ['en', 'Avoid sunbeds and self-tan for two weeks before your session.'],
    ['en', 'Can I wax between sessions?'],
    ['en', 'If you wax'],
    ['en', 'shave the area 12-24 hours before'],
    ['es', 'Evita la cera y las pinzas antes de la sesión'],
    ['es', 'Entre sesiones puedes afeitarte'],
    ['fr', 'Pas de cire, de fil ni de pince pendant les 4 semaines qui précèdent'],
    ['fr', 'Évitez le soleil avant la séance'],
    ['it', 'Evitare la ceretta prima della seduta'],
    ['de', 'Bitte vor der Behandlung nicht wachsen'],
    ['ca', 'Si us plau, eviteu la cera abans de la sessió'],
    ['pt', 'Evite a cera antes da sessão'],
    ['ar', 'يُرجى عدم استخدام الشمع قبل الجلسة'],
    ['ar', 'وفي حال استخدام الشمع'],
    ['es', 'Puedo usar cera entre sesiones?'],
    ['de', 'Darf ich zwischen den Sitzungen wachsen?'],
  ])('[%s] %j is framed', (language, text) => {
    const clauses = framedClauses(text, language);
    expect(clauses.length).toBeGreaterThan(0);
    expect(clauses.every((c) => c.framed)).toBe(true);
  });

  it.each([
    ['en', 'Yes, we also do waxing for small areas.'],
    ['en', 'We do waxing and threading, €15 an area'],
    ['es', 'Sí, también hacemos depilación con cera'],
    ['fr', "Oui, nous faisons aussi l'épilation à la cire"],
    ['it', 'Sì, facciamo anche la ceretta'],
    ['de', 'Ja, wir machen auch Waxing'],
    ['ca', 'Sí, també fem depilació amb cera'],
    ['pt', 'Sim, também fazemos depilação com cera'],
    ['ar', 'نعم، نقدم أيضاً إزالة الشعر بالشمع'],
  ])('[%s] %j presents what the business does', (language, text) => {
    expect(affirmedText(text, language).framed).toBe(false);
  });

  it.each([
    ['en', "We don't do tattoo removal."],
    ['en', 'We never treat the eyebrows'],
    ['es', 'No hacemos depilación con cera.'],
    ['fr', "Nous ne faisons pas d'épilation à la cire"],
    ['it', 'Non facciamo la ceretta'],
    ['de', 'Wir bieten kein Waxing an'],
    ['ca', 'No fem depilació amb cera'],
    ['pt', 'Não fazemos depilação com cera'],
    ['ar', 'لا نقدم إزالة الشعر بالشمع'],
  ])('[%s] %j declines: it answers "do you do …?", as the business', (language, text) => {
    expect(framedClauses(text, language).map((c) => c.kind)).toEqual(['declined']);
    expect(affirmedText(text, language).framed).toBe(false);
  });

  it('reads a "no" in a sentence about the customer\'s doing, or in the answer to their question about it, as theirs', () => {
    expect(framed('Entre les séances, vous pouvez vous raser, mais pas de cire.', 'fr')).toEqual([
      'Entre les séances',
      'vous pouvez vous raser',
      'mais pas de cire',
    ]);
    expect(framedClauses('No. No uses cera ni pinzas.', 'es', true).every((c) => c.framed)).toBe(true);
    expect(framedClauses('No. No uses cera ni pinzas.', 'es').some((c) => c.framed)).toBe(false);
  });

  it.each([
    ['en', 'Can I get a tax refund as a tourist?'],
    ['es', '¿Puedo reservar una limpieza?'],
    ['de', 'Kann ich online einen Termin buchen?'],
  ])('[%s] %j asks for something of the business', (language, text) => {
    expect(affirmedText(text, language).framed).toBe(false);
  });

  it('carries a negation through a list, not past a contrast', () => {
    expect(framed('Please: no sun, sauna or hot baths, but we can shave small areas for you.', 'en')).toEqual([
      'Please',
    ]);
    expect(framed('Avoid sun, sauna or hot baths, but we can shave small areas for you.', 'en')).toEqual([
      'Avoid sun',
      'sauna or hot baths',
    ]);
    expect(framed('No, pero hacemos depilación con hilo.', 'es', true)).toEqual(['No']);
    expect(framed('أما الشمع والخيط فلا. يمكن الحلاقة', 'ar', true)).toEqual(['أما الشمع والخيط فلا']);
  });

  it('keeps a condition to its own clause', () => {
    expect(affirmedText('If you forget, we can shave small areas for you.', 'en').affirmed).toBe(
      'we can shave small areas for you',
    );
    expect(affirmedText('Si vous oubliez, nous pouvons raser les petites zones.', 'fr').affirmed).toBe(
      'nous pouvons raser les petites zones',
    );
  });

  it('reads a text of no listed language in every language', () => {
    expect(affirmedText('Bitte kein Waxing', 'xx').framed).toBe(true);
  });
});
