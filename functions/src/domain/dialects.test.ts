import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './abbreviations.js';
import {
  DIALECT_WORDS,
  germanVocabulary,
  joinSeparableVerbs,
  standardGermanText,
  standardGermanWords,
  UMLAUT_WORDS,
} from './dialects.js';
import { detectLanguage } from './language.js';
import { foldGerman } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import { normalise, words } from './text.js';

/** What a vet's or a physio's German texts would give the rules to aim at. */
const known = germanVocabulary(
  `entwurmung rechnung zahnstein krallen blutwerte geld weg kosten kostet katze korb zeugnis
   gesundheitszeugnis haus hausbesuch besuch bauch preis preise zeit zeiten normale junge krank kopf kind kinder knochen
   transport wieder immer besser
   angst untersuchung versicherung wartezimmer hund pfote gestochen gesagt gemacht geschwollen schmerzen heiss zwei
   kratzen weit eis leute frage andere impfung offnungszeiten behandlung schulter knie ruhig richtung heilung blutung`.split(
    /\s+/,
  ),
);
const standard = (text: string) => standardGermanText(text, known);

describe('standardGermanText: Swiss German', () => {
  it.each([
    [
      'Chasch mer säge, was d Entwurmig für üsi Chatz choschtet?',
      'kannst mir säge, was die entwurmung für unsere katze kostet?',
    ],
    [
      'Mir händ d Rächnig no nöd übercho, chönnted Sie die nomal schicke?',
      'Mir haben die rechnung noch nicht bekommen, konnten Sie die nochmal schicke?',
    ],
    [
      'Hüt am Abig chan i leider nöd cho, söll i en nöie Termin abmache?',
      'heute am abend kann ich leider nicht kommen, söll ich einen neue Termin abmache?',
    ],
    ['Mis Büsi hät sich d Chralle abbroche', 'mein katze hät sich die krallen abgebrochen'],
    ['gits bi Ihne au Hausbsüech am Samschtig?', 'gibt es bei ihnen auch hausbesuch am samstag?'],
    ['Ich cha am Mäntig nöd, gaht au dr Zischtig?', 'Ich kann am montag nicht, geht auch der dienstag?'],
    ['Wie tüür isch e chlini Kontrolle bi öich?', 'Wie teuer ist eine kleine Kontrolle bei euch?'],
    ['ich bi unzfride, rüefed Sie mi aa', 'ich bin unzufrieden, rufen Sie mich an'],
    ['wie mängisch sött mer entwurme?', 'wie oft sollte man entwurme?'],
    ['wievill Ziit bruucht d Untersuechig?', 'wie viel zeit braucht die untersuchung?'],
    [
      'Chömed Sie zu üs hei oder mues i i d Praxis cho?',
      'kommen Sie zu uns nach hause oder muss ich in die Praxis kommen?',
    ],
    [
      'Hetti gern morn am Namittag en Termin, händ Sie no öppis frei?',
      'hatte ich gern morgen am nachmittag einen Termin, haben Sie noch etwas frei?',
    ],
    ['z.B. öppe z lang im Wartezimmerli', 'z.B. ungefahr zu lang im wartezimmer'],
  ])('%j', (text, expected) => {
    expect(standard(text)).toBe(expected);
  });
});

describe('standardGermanText: Austrian, Bavarian, South Tyrolean', () => {
  it.each([
    [
      'Griaß eich, i hätt gern an Termin fürs Kind, es hod seit gestan so an Husten',
      'gruss euch, ich hätt gern einen Termin fürs Kind, es hat seit gestern so einen Husten',
    ],
    ['Hobts es heit no offen? I kumm erst um fünfe', 'habt ihr heute noch offen? ich komme erst um fünfe'],
    ['seids ihr am Samstag a do?', 'seid ihr am Samstag auch da?'],
    ['i a, i hobs vergessn', 'ich auch, ich habe es vergessn'],
    ['hobs es a Bademantl? Kennt’s es mir sogn?', 'habt ihr ein Bademantl? Kennt’s es mir sagen?'],
    ['Des is ma z’teuer, gibts ka billigere Variante?', 'das ist man zu teuer, gibts kein billigere Variante?'],
    [
      'I woass ned ob i des zahlen muas, des hot ma koana gsagt',
      'ich weiss nicht ob ich das zahlen muss, das hat man keiner gesagt',
    ],
    ['des tuat ur weh, kimmt des wieda?', 'das tut sehr weh, kommt das wieder?'],
    ['mei Schulta is nimma so guat', 'mein schulter ist nicht mehr so gut'],
    [
      'Griass enk, isch des nit zu teuer? Mir kemmen eppes später',
      'gruss euch, ist das nicht zu teuer? Mir kommen etwas später',
    ],
    ['muss i an Ausweis mitnehma oder reicht d’E-Card?', 'muss ich einen Ausweis mitnehmen oder reicht die E-Card?'],
    // Berlin: j for g, ee and oo for ei and au, -et for -es.
    ['allet klar, dann bis morjen!', 'alles klar, dann bis morgen!'],
    ['Meene Freundin will ooch, wie looft dit bei euch?', 'meine Freundin will auch, wie lauft das bei euch?'],
  ])('%j', (text, expected) => {
    expect(standard(text)).toBe(expected);
  });
});

describe('standardGermanText: words decided by their neighbours', () => {
  it.each([
    // "an": the article before a noun after a verb or a preposition, else the preposition.
    ['wart ma auf an Termin', 'wart man auf einen Termin'],
    ['Habt ihr an Weihnachten offen?', 'Habt ihr an Weihnachten offen?'],
    ['ich denke an dich, rufen Sie mich an', 'ich denke an dich, rufen Sie mich an'],
    ['er schaut es sich an und sagt es mir', 'er schaut es sich an und sagt es mir'],
    ['Ist die Praxis an der Ecke?', 'Ist die Praxis an der Ecke?'],
    // "des": "das" unless a genitive follows.
    ['was kostet des?', 'was kostet das?'],
    ['Ende des Monats, wegen des nächsten Termins', 'Ende des Monats, wegen des nächsten Termins'],
    // "min": "mein" unless a number comes first.
    ['min Hund wartet scho 20 min', 'mein Hund wartet schon 20 min'],
    // "hot": "hat", but not in "Hot Stone".
    ['er hot a Hot Stone Massage buacht', 'er hat ein Hot Stone Massage buacht'],
    // "do" and "mi" are days after "am", "bis", "ab".
    ['i bin do, aber nur am Do bis Mi', 'ich bin da, aber nur am Do bis Mi'],
    // "no" opening a message is English "no"; later Swiss and Bavarian "noch".
    ['no, danke', 'no, danke'],
    ['habt ihr no was frei?', 'habt ihr noch was frei?'],
    // Single letters: articles and "ich", unless a label, an abbreviation or glued to a number or a word.
    [
      'Vitamin A, Typ I, i.d.R. per E-Mail, mein Hund ist 12i',
      'Vitamin A, Typ I, i.d.R. per E-Mail, mein Hund ist 12i',
    ],
    ['hob i a Frage?', 'habe ich ein Frage?'],
    ['d Katz und s Hündli', 'die Katz und das hund'],
    // "ka": "kein" before a noun, else the shorthand "keine Ahnung".
    ['mir ham ka Versicherung', 'mir haben kein Versicherung'],
    ['ka, ob des geht', 'ka, ob das geht'],
    // "dr": Bernese "der", but "Dr. Huber" is the doctor.
    ['dr Hund vo dr. Huber', 'der Hund von dr. Huber'],
    // One Swiss plural for "wir", "ihr" and "sie": before or after "ihr" it is the "ihr" form.
    ['Hoi, hend ihr hüt offe?', 'Hoi, habt ihr heute offen?'],
    ['Chönd ihr mir hälfe?', 'könnt ihr mir hälfe?'],
    ['sind ihr morn da?', 'seid ihr morgen da?'],
    ['Was kosten Ihr Angebote?', 'Was kosten Ihr Angebote?'],
    // "mer" after a modal verb is "man" ("mues mer …?"), else "mir".
    ['Mues mer en Termin abmache?', 'muss man einen Termin abmache?'],
    ['gönd mer zäme?', 'gehen mir zusammen?'],
  ])('%j', (text, expected) => {
    expect(standard(text)).toBe(expected);
  });
});

describe('standardGermanText: the sound rules', () => {
  it.each([
    ['Chnoche', 'knochen'], // ch- for k-, the dropped -n
    ['choschtet', 'kostet'], // ch- and scht together
    ['Impfig', 'impfung'], // -ig for -ung
    ['Tierversicherig', 'tierversicherung'], // inside a compound
    ['Behandlige', 'behandlungen'],
    ['Öffnigsziite', 'offnungszeiten'],
    ['Hündli', 'hund'], // -li
    ['Transportchörbli', 'transportkorb'], // -li, then ch- after a known first part
    ['Priise', 'preise'], // ii for ei
    ['Buuch', 'bauch'], // uu for au
    ['normali', 'normale'], // -i for -e
    ['Zahnstei', 'zahnstein'], // the dropped -n
    ['gschwolle', 'geschwollen'], // the participle g-
    ['Gäld', 'geld'], // ä for e, only as typed with ä
    ['Bluetwärt', 'blutwert'], // known by its stem, as "Blutwerte"
    ['Gsundheitszügnis', 'gesundheitszeugnis'], // ü for eu
    ['hoass', 'heiss'], // Bavarian oa for ei
  ])('%s → %s', (word, expected) => {
    expect(normalise(standard(word))).toBe(expected);
  });

  it.each([
    // Standard words the rules could reach are left alone.
    'richtig heilig blutig Chef Chip Chirurgie Chor China Juli Chili Taxi Boa Dia Gasse Hand Dorf Woche Hammer Rad',
    'Ist die Behandlung wirklich nötig? Der Hund ist ruhig und fertig, die Schwellung ist weg.',
    'Wir haben am Donnerstag geöffnet, kommen Sie gerne vorbei.',
    'Können Sie mir sagen, was eine Impfung für meinen Kater kostet?',
    'Danke, bis nächste Woche! Liebe Grüße',
  ])('leaves standard German as it is: %j', (text) => {
    expect(normalise(standard(text))).toBe(normalise(text));
  });

  it('only reads a word by its sound when the result is a word it knows', () => {
    // "Chaschperli" is no word of the vocabulary, and nothing the rules make of it is.
    expect(standard('Chaschperli')).toBe('Chaschperli');
    // "Fellpflägi" is "Fellpflege" for a groomer who writes it, a word of its own otherwise.
    expect(standardGermanText('Fellpflägi')).toBe('Fellpflägi');
    expect(standardGermanText('Fellpflägi', germanVocabulary(['fellpflege']))).toBe('fellpflege');
  });
});

describe('the tables', () => {
  it('never map a word to a word that is itself a key: applying them twice changes nothing', () => {
    for (const value of [...DIALECT_WORDS.values(), ...UMLAUT_WORDS.values()]) {
      for (const word of value.split(' ')) expect(DIALECT_WORDS.has(foldGerman(word)), `${value}`).toBe(false);
    }
    for (const text of [
      'Chönnt ich en Termin für d Impfig am Dunschtig übercho? Hobts es heit no offen?',
      'i woass ned ob i des zahlen muas, mei Bua hot ka Zeit',
    ]) {
      expect(standard(standard(text))).toBe(standard(text));
    }
  });

  it('have no key that is a German function word', () => {
    for (const key of DIALECT_WORDS.keys()) expect(STOPWORDS.de.has(key), key).toBe(false);
  });

  it.each([
    'hand',
    'hut',
    'nut',
    'not',
    'dorf',
    'torf',
    'mund',
    'noch',
    'nah',
    'war',
    'wand',
    'garn',
    'schlacht',
    'gasse',
    'woche',
    'hammer',
    'land',
    'bei',
    'ober',
    'eine',
    'seit',
    'gang',
    'bruch',
    'welle',
    'wege',
    'worum',
    'dank',
    'danke',
    'sage',
    'galt',
    'zah',
    'obig',
    'bub',
    'rufe',
    'huste',
    'strass',
    'tat',
    'wust',
    'sog',
    'iss',
    'gonnt',
    'musst',
  ])('keep the standard word %j out of the keys', (word) => {
    expect(DIALECT_WORDS.has(word)).toBe(false);
  });

  it('read a key whose plain spelling is a standard word only with its umlaut', () => {
    expect(standard('Händ Sie offe? Meine Hand tut weh')).toBe('haben Sie offen? Meine Hand tut weh');
    expect(standard('hüt oder morn? Der Hut')).toBe('heute oder morgen? Der Hut');
    expect(standard('haend ihr zyt?')).toBe('habt ihr zyt?'); // the umlaut typed as "ae"
  });
});

describe('expandAbbreviations reads dialect words only in German', () => {
  it('spells out the dialect for German', () => {
    expect(expandAbbreviations(words('isch de Termin no frei? i hob ka zeit'), 'de').join(' ')).toBe(
      'ist der termin noch frei ich habe kein zeit',
    );
    expect(standardGermanWords(words('chönnted Sie mir hälfe'))).toEqual(['konnten', 'sie', 'mir', 'halfe']);
  });

  it.each([
    ['en', 'no, is it hot? i do not know'],
    ['es', 'no sé, mi hijo es de aqui'],
    ['it', 'ma di dove sei? no'],
    ['fr', 'le prix de la mer en été'],
  ])('leaves %s alone', (language, text) => {
    expect(expandAbbreviations(words(text), language)).toEqual(expandAbbreviations(words(text), language).map(String));
    expect(expandAbbreviations(words(text), language)).not.toContain('noch');
    expect(expandAbbreviations(words(text), language)).not.toContain('ich');
  });
});

describe('detectLanguage reads dialect German as German', () => {
  it.each([
    'Grüezi, chan ich bi öich en Termin abmache?',
    'händ Sie am Samschtig offe?',
    'isch d Praxis hüt no offe?',
    'griaß di, hobts es morgen offen?',
    'servus, i hob ka zeit, seids ihr nimma do?',
    'wos kost des bei enk?',
    'mues mis Büsi nüechter si?',
  ])('%j', (text) => {
    expect(detectLanguage(text).language).toBe('de');
  });
});

describe('joinSeparableVerbs', () => {
  it.each([
    ['habt ihr zwischen den Jahren auf? so am 30.?', 'habt ihr zwischen den Jahren aufhaben? so am 30.?'],
    ['Macht ihr am Samstag später auf?', 'Macht ihr am Samstag später aufmachen?'],
    ['hat das Studio an Heiligabend zu?', 'hat das Studio an Heiligabend zuhaben?'],
    ['ich sage den Termin am Freitag ab', 'ich sage den Termin am Freitag absagen'],
    ['Bietet ihr auch Massagen an?', 'Bietet ihr auch Massagen anbieten?'],
    [
      'Was zieh ich zum ersten Termin an? Und soll ich nüchtern kommen',
      'Was zieh ich zum ersten Termin anziehen? Und soll ich nüchtern kommen',
    ],
    [
      'holt ihr den Hund morgen früh ab, oder bringen wir ihn?',
      'holt ihr den Hund morgen früh abholen, oder bringen wir ihn?',
    ],
    ['Nimmt man das Handtuch selbst mit', 'Nimmt man das Handtuch selbst mitnehmen'],
    ['Wann fängt der Kurs an?', 'Wann fängt der Kurs anfangen?'],
  ])('joins the particle at the end back to its verb: %s', (text, joined) => {
    expect(joinSeparableVerbs(text)).toBe(joined);
  });

  it.each([
    'habt ihr auf?',
    'Ich komme am Samstag zu',
    'Wie lange habt ihr heute offen?',
    'Was kostet das Tattoo?',
    'Termine gibt es ab Montag',
    'ich warte an der Rezeption',
    'ich sage es euch, ab Montag',
    'Ich komme mit meinem Hund',
  ])('leaves anything else as written: %s', (text) => {
    expect(joinSeparableVerbs(text)).toBe(text);
  });
});
