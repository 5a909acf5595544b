/**
 * German writes a noun and what it is about as one word: a dentist
 * appointment is a "Zahnarzttermin", a cleaning price a
 * "Reinigungspreis". A customer's compound and a business's "Termin" or
 * "Preis" should still meet, so a word that ends in one of the heads the
 * front desk cares about is read as its modifier and the head
 * ("Zahnarzttermin" → "zahnarzt termin"), the linking -s- dropped
 * ("Zahnreinigungstermin" → "zahn reinigung termin").
 *
 * Only known heads are split: general compound splitting needs a
 * dictionary, and a wrong split ("Mitternacht") is worse than none. Words
 * here are normalised (no umlauts), as in domain/text.ts.
 */

/** Heads longest first, so "behandlungen" wins over "ungen"-less prefixes. */
const HEADS = [
  'versicherungen',
  'versicherung',
  'behandlungen',
  'behandlung',
  'untersuchung',
  'reinigung',
  'beratung',
  'termine',
  'termin',
  'preise',
  'preis',
  'kosten',
  'massage',
  'gutschein',
  'rabatt',
  'ermassigung',
  'praxis',
  'notfall',
  'parkplatz',
  'schmerzen',
  'allergien',
  'allergie',
  'schmuck',
  // "Monatsmitgliedschaft", "Jahresmitgliedschaft": a membership by its period.
  'mitgliedschaften',
  'mitgliedschaft',
];

/**
 * A photo studio's heads ("Bewerbungsfotos", "Familienshooting", "Kinderbilder"), split only off a modifier of
 * five letters or more: a "Passfoto" stays one word (the lexicon knows it), or its "Pass" would meet the Spanish
 * "pasas" and the English "pass".
 */
const PHOTO_HEADS = ['fotos', 'foto', 'bilder', 'bild', 'shooting'];
const PHOTO_MODIFIER = 5;
const ALL_HEADS = [...HEADS, ...PHOTO_HEADS];

/** The smallest modifier worth splitting off: "Vortermin" is not "vor Termin", "Zahnpreis" may be. */
const MIN_MODIFIER = 4;

/** A German word split into modifier and known head, or the word alone. */
export function splitGermanCompound(word: string): string[] {
  for (const head of ALL_HEADS) {
    const least = PHOTO_HEADS.includes(head) ? PHOTO_MODIFIER : MIN_MODIFIER;
    if (!word.endsWith(head) || word.length - head.length < least) continue;
    let modifier = word.slice(0, -head.length);
    // The linking s of "Zahnreinigungstermin" and "Öffnungszeiten" belongs to neither word.
    if (/(ung|heit|keit|ion|tat|ts)s$/.test(modifier)) modifier = modifier.slice(0, -1);
    return [...splitGermanCompound(modifier), head];
  }
  return [word];
}
