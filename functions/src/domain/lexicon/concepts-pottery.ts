/**
 * Concepts of pottery and ceramics workshops (and any craft studio that fires, glazes and keeps members' work):
 * a glaze, tableware safe to eat from, firing in a kiln (pieces made elsewhere too), a member's shelf. See
 * phrases.ts for the syntax.
 *
 * Left out on their own: French "émail" (an e-mail once accents go), English "fire" and "fired" (a fire, a job
 * lost), Portuguese "queimar" (a burn), German "brennen" (it burns, a symptom), "plate" and "cup" (a number plate,
 * a menstrual cup).
 */
import type { PhraseTable } from './phrases.js';

export const POTTERY_CONCEPTS = {
  /** A ceramic glaze, glazing (émail, smalto and esmalte are tooth enamel too: the same coat). Not nail polish on its own. */
  glaze: {
    en: 'glaze|glazes|glazed|glazing|underglaze',
    es: 'esmaltes ceramicos|esmalte ceramico|=esmaltar|esmaltado de piezas|vidriado|los esmaltes|el esmalte',
    fr: 'emaux|emailler|emaillage|emaille|emaillee|glacure',
    it: 'smalti|smaltatura|smaltare|invetriatura|lo smalto',
    de: 'glasur|glasuren|glasieren|glasiert|glasierte',
    ca: 'esmalts|esmaltar|esmaltat|esmaltats|esmaltada|l esmalt|els esmalts',
    pt: 'vidrado|vidrados|vidrar|esmaltes ceramicos|esmalte ceramico|os esmaltes|o esmalte',
    ar: 'طلاء زجاجي|تزجيج|glacure|glaze',
  },
  /** Safe to eat and drink from: food-safe, lead-free, dishwasher-safe tableware. */
  foodSafe: {
    en: 'food safe|food-safe|lead free|lead-free|lead in|safe to eat from|eat from|eat out of|drink from|drink out of|dishwasher safe|microwave safe',
    es: 'apto para alimentos|aptos para alimentos|aptas para alimentos|sin plomo|plomo|comer en ellos|comer en ellas|comer de|beber de|apto para lavavajillas',
    fr: 'contact alimentaire|apte au contact alimentaire|alimentaire|sans plomb|du plomb|le plomb|manger dans|boire dans|va au lave vaisselle',
    it: 'adatto agli alimenti|adatti agli alimenti|per alimenti|senza piombo|piombo|mangiarci|mangiare nei|mangiare nel|bere nel|bere dai',
    de: 'lebensmittelecht|lebensmittelsicher|bleifrei|blei|daraus essen|daraus trinken|spulmaschinenfest|mikrowellengeeignet',
    ca: 'apte per a aliments|aptes per a aliments|aptes per aliments|sense plom|plom|menjar hi|menjar en|beure en|aguanten el rentaplats',
    pt: 'proprio para alimentos|seguro para alimentos|apto para alimentos|sem chumbo|chumbo|comer nelas|comer neles|comer em|beber em',
    ar: 'امن للاكل|امن للطعام|بدون رصاص|رصاص',
  },
  /** Firing in a kiln: pieces made elsewhere fired, bisque and glaze firings (never "fire" alone: a fire, fired from a job). */
  firing: {
    en: 'kiln|kilns|firing|fire them|fire it|fire my|fire our|fire some|fire pieces|get them fired|bisque|bisque fired',
    es: 'horno de ceramica|horno ceramico|coccion|coccion de piezas|cocer piezas|cocer mis piezas|cocerlas|cocerme|cocer|bizcochado',
    fr: 'four a ceramique|four de ceramique|cuisson des pieces|cuire mes pieces|cuire des pieces|cuire les pieces|faire cuire mes|biscuit ceramique',
    it: 'forno ceramico|forno per ceramica|cottura dei pezzi|cuocere i pezzi|cuocere i miei pezzi|cuocermi|biscottatura',
    de: 'brennofen|keramikofen|brennen lassen|stucke brennen|brennt ihr|gebrannt werden|schruhbrand|glasurbrand',
    ca: 'forn de ceramica|coccio|coure peces|coure les peces|coure les meves|coure me|coure|bescuit',
    pt: 'forno de ceramica|forno ceramico|queimar pecas|queimar as pecas|queimar umas pecas|queima de pecas|cozer pecas|cozedura',
    ar: 'فرن السيراميك|فرن الخزف|شوي الفخار|cuisson',
  },
  /** A shelf kept for a member's pieces or things: "my shelf", "la repisa", "la prestatgeria". */
  shelf: {
    en: 'shelf|shelves|my shelf|shelf space|cubby|cubbies',
    es: 'repisa|repisas|estante|estantes|estanteria|balda|baldas',
    fr: 'etagere|etageres|mon etagere',
    it: 'mensola|mensole|scaffale|scaffali|ripiano|ripiani',
    de: 'regalfach|regalplatz|ablagefach|mein regal|im regal|das regal|ein regal|mein fach',
    ca: 'prestatgeria|prestatgeries|prestatge|prestatges|lleixa|lleixes|repisa',
    pt: 'prateleira|prateleiras|estante|estantes',
    ar: '=رف|=الرف|رفوف|الرفوف|etagere',
  },
} as const satisfies PhraseTable<string>;
