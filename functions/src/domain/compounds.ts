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
];

/** The smallest modifier worth splitting off: "Vortermin" is not "vor Termin", "Zahnpreis" may be. */
const MIN_MODIFIER = 4;

/** A German word split into modifier and known head, or the word alone. */
export function splitGermanCompound(word: string): string[] {
  for (const head of HEADS) {
    if (!word.endsWith(head) || word.length - head.length < MIN_MODIFIER) continue;
    let modifier = word.slice(0, -head.length);
    // The linking s of "Zahnreinigungstermin" and "Öffnungszeiten" belongs to neither word.
    if (/(ung|heit|keit|ion|tat|ts)s$/.test(modifier)) modifier = modifier.slice(0, -1);
    return [...splitGermanCompound(modifier), head];
  }
  return [word];
}
