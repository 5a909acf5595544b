/**
 * Guesses which language a customer wrote in, among every language
 * Frontdesk serves (domain/languages.ts), including Arabizi (Arabic in
 * Latin letters with digits for sounds Latin lacks: 3 = ع, 7 = ح, 2 = ء …),
 * which counts as Arabic.
 *
 * Arabic script decides by itself. Latin text is scored on marker words
 * (function words, greetings, question words, chat shorthand, weekdays), a
 * word shared by several languages counting for each a share; on letters
 * only some languages use (ñ, ã, ò, l·l, ä, ß, ì); and on word endings (-ção,
 * -ció, -ción, -zione, -ung). Very short or ambiguous text gets `language: undefined`
 * so the caller can keep the contact's previous language; a single word
 * gets at most 0.4 confidence. `scores` lets a caller break a tie in
 * favour of a language the business speaks.
 */
import {
  type ForeignLanguage,
  foreignWords,
  persianScript,
  unreadLetters,
  unreadScript,
  urduScript,
} from './foreign.js';
import { TEXT_LANGUAGES, type TextLanguage } from './languages.js';
import { STOPWORDS } from './stopwords.js';
import { normalise } from './text.js';

export interface LanguageGuess {
  language: TextLanguage | undefined;
  script: 'arabic' | 'latin';
  arabizi: boolean;
  /** 0..1 */
  confidence: number;
  /** Evidence per language (Arabizi counted as 'ar'). */
  scores: Record<TextLanguage, number>;
  /** A language Frontdesk does not read, when the message is clearly in one (foreign.ts). */
  other?: ForeignLanguage | 'other';
}

type Latin = Exclude<TextLanguage, 'ar'> | 'arabizi';
const LATIN: readonly Latin[] = ['en', 'es', 'fr', 'ca', 'pt', 'it', 'de', 'arabizi'];

const extra = (s: string) => s.split(/\s+/).filter(Boolean);

/**
 * Moroccan Darija (and Algerian, Tunisian) function words as people type
 * them in Latin letters: question words, "there is", "I want", "of",
 * "now", "only", "a lot", "good", "here", "today", "please" — and the words
 * for what brings people to a clinic (car, dog, cat, ill, doctor, money, kids). No French,
 * English, Spanish or Portuguese word is spelt like them (French "fin",
 * "la", "ma" are left out), so a few of them mark a message as Arabizi
 * even when it is full of French words ("wach kayn rdv demain?").
 */
const DARIJA: ReadonlySet<string> = new Set(
  extra(`wach wesh wash wech ach achno achnou achnu chno chnou chnu shno shnou chnahia 3lach 3lash alach kifach kifash kifch
    imta emta fo9ash fou9ach fu9ash wa9tash wa9tach w9tach fayn fain feen fen finahowa mnin
    kayn kayen kayna kaynin kaynch makaynch makaynach mkaynch makayn 3ndkom 3andkom 3endkom andkom 3ndkoum 3ndk 3andek 3ndi 3andi
    bghit bgheet bghite bghina nbghi kanbghi bghiti bghito tanbghi mabghitch ma3ndkomch ma3ndich
    dyal dial dyali diali dyalkom dialkom dyalek dyalna chi chy shi daba dba db ghir gher bzaf bzzaf bezaf bzf mzyan mzyana mzian
    mezyan mezian hna hnaya hnayah lyoum lyouma lyom lioum lyoma ghda ghedda ghadda ghdda ghedwa
    chhal ch7al sh7al bch7al bchhal bshal bsh7al xhal x7al 3afak 3afakom 3fak afak 3afek llah ykhlik ykhlik ykhalik
    labas lbas bikhir bekhir sba7 sbah msa lkhir lkher lkheir chokran choukran chkran baraka llahou llahu barakallahu fik bslama
    bslamah wakha wakhkha wakha safi iyeh iyah walo kidayr kidayra kidayrin kidayrine dayra nta nti ntouma ntoma
    rah raha rani rak ghadi ghan bach bash m3a m3ak m3akom mabghitch khasni khassni khasek momkin t9dr n9dr nji nmchi
    wla fhamt fhemt smhli smahli sm7li sme7li nakhod nakhd nakhdo ndir ndiro n3ref n3rf nchouf tchouf tchoufouh
    nsowel nsawel slm tomobil tonobil tomobile kelb lkelb klab lmch 9ett mchicha mrid mrida sbitar tbib tbiba flous
    drari wlidi weldi bnti rajli rajlha mrati mratu yemma tamam tmam mw3id maw3id blasa
    khouya khoya khouia khti kho sahit sahitou sahitu sa7it sa7itou rakom rakoum rahom ta3 ta3kom
    aslema 3aslema asslema aslama chnowa chnoua chnouwa chniya chnia famma femma barcha barsha tawa bech besh mta3 mte3 lazem
    kifeh kifech 9adech 9addech 9adeh wa9tech 3lech nheb n7eb mouch yezzi bahi behi zeda halba shinu gadesh ghodwa`),
);

// Basque small talk ("kaixo", "eskerrik asko", "agur") is written by Basque customers of Spanish-speaking
// businesses: it counts as Spanish, so the reply is in Spanish where the business lists it.
const MARKERS: Record<Latin, ReadonlySet<string>> = {
  en: new Set([
    ...STOPWORDS.en,
    ...extra(`price prices cost book booking appointment open today tomorrow hours thank thanks morning afternoon evening
      weekend week saturday sunday monday tuesday wednesday thursday friday hurt pain cancel much long soon ready
      hiya heya goodbye awesome great perfect cool cheers thx ty tysm`),
  ]),
  fr: new Set([
    ...STOPWORDS.fr,
    ...extra(`prix coute coutent tarif tarifs rendez ouvert ouverte ouverts ouvrez aujourdhui demain horaires heures suis jai cest
      combien quand pourquoi daccord etes semaine samedi dimanche lundi mardi mercredi jeudi vendredi matin soir mal annuler seance
      coucou slt bjr bsr parfait revoir journee soiree bientot bcp`),
  ]),
  es: new Set([
    ...STOPWORDS.es,
    ...extra(`precio precios cuesta cuestan cobran cobrais cita citas abierto abiertos abren abris hoy manana horario horarios
      necesito quisiera gracias hola buenas buenos teneis podeis hay bueno tarde noche semana sabado sabados domingo lunes martes
      miercoles jueves viernes pero duele dolor muela muelas diente dientes encias limpieza xq xfa porfa tmb vale hacerme ustedes
      mucho mucha muchos muchas miedo quiero puedo hacer tengo usted hijo hija ahora despues antes habla hablan hablar hacen
      tienen tiene cuanto cuanta mismo tambien hacerse atienden ponen sacar sangre
      perfecto genial estupendo saludo saludos adios chao luego grax holi wenas
      kaixo eskerrik esker milesker agur`),
  ]),
  ca: new Set([
    ...STOPWORDS.ca,
    ...extra(`preu preus costa val cita obert oberts oberta obriu obren tanqueu avui hui dema horari horaris tinc necessite necessito
      voldria vull gracies moltes bon bona vesprada setmana dissabte dissabtes diumenge dilluns dimarts dimecres dijous divendres
      pots podeu teniu feu esteu sou amb els dels pels aixo aquesta aquest ve quant quants quina quin molt gens res ara despres abans
      aci alla xiquet xiquets xiqueta fill filla mal dent dents queixal queixals genives neteja adeu fins aviat dsp vindre tindre
      perfecte merces reveure entesos adiu`),
  ]),
  pt: new Set([
    ...STOPWORDS.pt,
    ...extra(`preco precos custa custo marcar aberto abertos abrem hoje amanha horario horarios tenho preciso gostaria obrigado
      obrigada ola oi tudo bem boa bom semana sabado domingo segunda terca quarta quinta sexta feira voce voces nao sim uma um
      muito tem estao esta onde fica posso pode podem fazem dente dentes dor gengiva gengivas limpeza consulta vc vcs hj
      qto obg blz tbm pra pro ta to agora depois antes ate manha atendem atende atendimento
      valeu vlw bjs beijos tchau perfeito otimo oie obrigadu fidju fidja dja kuze combinado`),
  ]),
  it: new Set([
    ...STOPWORDS.it,
    ...extra(`prezzo prezzi costa costano costo quanto quanti prenotare prenotazione prenoto appuntamento appuntamenti aperto aperti
      aprite chiudete chiuso oggi domani orario orari ciao buongiorno buonasera buonanotte salve grazie mille prego vorrei volevo
      avete potete fate siete posso possiamo serve bisogno settimana sabato domenica lunedi martedi mercoledi giovedi venerdi
      mattina pomeriggio sera male dolore disdire annullare spostare seduta trattamento pulizia denti dente figlio figlia bambino
      perfetto ottimo benissimo arrivederci cmq xche xke grz tvb nn qlc qualcosa anche ancora adesso dopo prima subito
      gentilissimi gentile cortesemente scusate scusi salve usate mettete lavorate accettate prendete chiedete offrite
      trattate venite chiamate rispondete`),
  ]),
  de: new Set([
    ...STOPWORDS.de,
    ...extra(`preis preise kostet kosten teuer termin termine buchen reservieren vereinbaren offen geoffnet offnungszeiten heute
      morgen ubermorgen hallo moin servus danke dankeschon vielen bitte gerne mochte mochten brauche brauchen habt hattet konnt
      konnte wochenende woche samstag sonntag montag dienstag mittwoch donnerstag freitag vormittag nachmittag abend schmerzen
      weh absagen stornieren verschieben behandlung zahnreinigung zahn zahne kind kinder tochter sohn super perfekt prima toll
      tschuss wiedersehen vllt bzw lg vg hdl gg nix nicht kein keine ich sie wir ihr auch noch schon jetzt gleich spater
      gruezi gruessech griass pfiat servas isch ischt isches ischs bisch hesch hasch hend hani chan chani chasch chame chamer
      chammer chond chonnd chonned chonnt chonnti chonnted chomed chommed chunnt chunt gsi gseh gseit bruuche bruuch bruucht
      bruuchts wott wotsch muess mues muesch sott sotti dorfi oppis opper niemer usi eusi euse ihri zrugg morn ubermorn gaht
      gahts gond lah busi chatz monet abig znacht zmittag namittag mantig zischtig mittwuch dunschtig donnschtig friitig
      samschtig sunntig villicht nume zwag hob hobts habts seids machts kummts kommts nimma ned enk iatz heit koa koan oiso
      bissl gsagt gmacht gfragt fragn sagn gschwollen woass muas miassn derf kumm kimmt samma hamma hom wos ois gonz zwoa oans
      fruah hoam dahoam madl dokta janner feber heid gehd geat mog kannt hobs brauchat
      vielmal vilmal villmal mitenand minand mitanand mitnand beinand beinond binand`),
  ]),
  arabizi: new Set([
    ...extra(`kifak kifik kifkon kif keefak shu sho chou ana baddi badde bade bdi kam bkam se3r s3r as3ar ade adesh addesh 2adesh
      2addesh b2adesh 2adde mar7aba marhaba marhabtein shukran shokran choukran inshallah insha2allah nshalla 3andkon 3andak 3andik
      3endkon wein wen wayn fi mish msh mesh hayda hayde hay yalla habibi 7abibi ktir kteer tayeb tayyeb mni7 men7 ahlan ahla salam
      salamu alaykum 3aleikum bukra bokra halla2 hala2 leh lesh laysh ma3 3a 3ala w ya eh la2 aywa akid mashi 7ada ba3ref ma3leh
      ento entu enta enti 3al el lal lel bel fina fik momken mumkin abi abghi ana wallah jozi jawzi enno inno bado badda hek
      hayk kel`),
    ...DARIJA,
  ]),
};

/** Said in every language, so they say nothing about which. */
// "ciao" is not here: Spanish writes "chao" and Portuguese "tchau", so it says Italian.
const UNIVERSAL = new Set(['ok', 'okay', 'bye', 'parking', 'wifi', 'email', 'whatsapp', 'super', 'top']);

/** English said in every language: evidence for English only when a message has no other ("bye!", not "yalla bye"). */
const ENGLISH_LOANS = new Set(['bye', 'byebye']);

/** Latin words that carry an Arabizi digit-letter (se3r, mar7aba, 2addesh) but not 10am, 2nd or 3x. */
function isArabiziDigitWord(word: string): boolean {
  if (!/[a-z]/.test(word) || !/[235679]/.test(word)) return false;
  if (/^\d+(st|nd|rd|th|am|pm|h|hr|hrs|min|mins|k|x|m|cm|kg|ml|yo|lb|lbs|kilos?)?$/.test(word)) return false;
  return /^[a-z0-9]*[a-z][235679]|^[235679][a-z]{2,}/.test(word);
}

/** [pattern, language, weight per occurrence, cap] on the raw lowercase text. */
const LETTER_CUES: [RegExp, Latin, number, number][] = [
  [/[ñ¿¡]/g, 'es', 1, 2],
  [/[ãõ]/g, 'pt', 1.5, 3],
  [/l[·.]l/g, 'ca', 2, 2],
  [/ò/g, 'ca', 1, 2],
  // Italian "c'è" (there is) is no Catalan or French "è".
  [/c['’]è/g, 'it', 1.5, 1.5],
  [/(?<!c['’])[èï]/g, 'ca', 0.5, 1],
  [/(?<!c['’])[èëîûùœ]/g, 'fr', 0.5, 1.5],
  [/ê/g, 'fr', 0.25, 0.5],
  [/[êô]/g, 'pt', 0.5, 1],
  [/[áíóú]/g, 'es', 0.25, 0.5],
  [/[àç]/g, 'fr', 0.25, 0.5],
  [/[àç]/g, 'ca', 0.25, 0.5],
  [/[àç]/g, 'pt', 0.25, 0.5],
  // German umlauts and ß; Italian final grave accents (più, può, lunedì, città), which French "où"/"déjà" rarely share.
  // A "ü" between g/q and e/i is no umlaut but the Catalan and Spanish diaeresis (aigües, qüestió; vergüenza, pingüino),
  // which German never writes (günstig, Güte, grün).
  [/[äöß]|(?<![gq])ü|ü(?![ei])/g, 'de', 1.5, 3],
  [/[gq]ü[ei]/g, 'ca', 1, 1],
  [/gü[ei]/g, 'es', 0.5, 0.5],
  [/ì|\p{L}{2,}ù|\p{L}{3,}à(?!\p{L})/gu, 'it', 1, 2],
];

/** [pattern on a normalised word, language, weight]. */
const ENDING_CUES: [RegExp, Latin, number][] = [
  // Second person plural: Spain's "vosotros" (tenéis, abrís, cobráis), Catalan "vosaltres" (teniu, obriu);
  // not Portuguese plurals of -vel (sensíveis, disponíveis, possíveis), which look the same unaccented.
  [/^(?!\p{L}*veis$)\p{L}{2,}(ais|eis)$/u, 'es', 0.75],
  [/^\p{L}{2,}veis$/u, 'pt', 1],
  [/^\p{L}{3,}(eu|iu)$/u, 'ca', 0.5],
  [/^\p{L}{4,}ies$/u, 'ca', 0.5],
  [/^\p{L}{4,}oses$/u, 'ca', 0.5],
  [/^\p{L}{3,}am$/u, 'pt', 0.4],
  [/(cao|coes|oes|inho|inha|agem|lh[aeo]s?)$/, 'pt', 1],
  [/nh[aeo]s?$/, 'pt', 0.5],
  [/(cio|cions|itat|tge|eix|ix[ae]s?)$/, 'ca', 0.75],
  [/(cion|ciones|dad|dades)$/, 'es', 0.75],
  // Spanish stresses "e" and "o" into "ie" and "ue" (cierran, tiempo, diciembre; cuesta, muelas, vuelvo), which
  // Portuguese and Catalan never do (fecham, tempo; custa, molars); English, French and Italian share only a few
  // "ue" words (fuel, cruel, influence, duel, duetto).
  [/ierr|iemp|iemb|iern/, 'es', 0.5],
  [/^(?!\p{L}*(luen|duel|duet|fuel|cruel|suede))\p{L}*[bcdfjlmnprstvz]ue[bcdfglmnprstvz]/u, 'es', 0.5],
  // A word that begins with "ll" (llego, llamar; lloc, llarg) is Spanish or Catalan, never Portuguese or Italian.
  [/^ll\p{L}{2,}/u, 'es', 0.4],
  [/^ll\p{L}{2,}/u, 'ca', 0.4],
  [/(eau|eaux|eux|euse|tion|ient)$/, 'fr', 0.5],
  // Italian: -zione, the first person plural -iamo (possiamo, abbiamo), -ggi(o), infinitives, zz, -gli- (voglio, famiglia).
  [/(zione|zioni|iamo|ggio|ggi)$/, 'it', 1],
  [/^(?!\p{L}*(care|ware)$)\p{L}{4,}(are|ere|ire)$/u, 'it', 0.4],
  [/zz|gli[aeo]/, 'it', 0.4],
  // An infinitive with "me", "you", "us" glued on (chiamarvi, mandarmi, sentirci): Spanish writes -arme, -arte, -aros;
  // Italian writes no w, k or y (Polish "otwarci" is no Italian).
  [/^(?!\p{L}*[wky])\p{L}{3,}(?:ar|er|ir)(?:mi|ti|vi|ci)$/u, 'it', 1],
  // German: -ung, -keit/-heit, -lich, -ig, and letter groups Romance languages and English rarely write.
  [/(ung|ungen|keit|heit|lich|lichen|chen)$/, 'de', 1],
  [/^\p{L}{3,}ig$/u, 'de', 0.5],
  [/sch(?![ie])|tz|pf|chs|cht/, 'de', 0.5],
];

/**
 * Function words only one language writes, which short messages hang on:
 * in "como funciona o invisalign?" the article "o" is Portuguese (Spanish
 * "o" is "or" and rarely follows a verb), and Catalan "què", "perquè",
 * "els", "amb". Each adds this much beyond the shared markers (stopword
 * lists overlap, so "o", "com" or "que" alone split their weight).
 */
const DISTINCTIVE: Record<Exclude<Latin, 'arabizi' | 'en'>, ReadonlySet<string>> = {
  it: new Set(
    extra(`il gli lo della dello delle degli dei nel nella nelle sul sulla alla alle allo ai agli dal dalla non che chi
      sono siete avete abbiamo potete posso possiamo vorrei volevo voglio anche perche quanto quanta quanti quante quale
      quali dove come cosa ciao buongiorno buonasera grazie prego salve ce cmq xche xke nn grz tvb qlc molto tutto
      questo questa quello quella fate fare oggi domani ancora adesso`),
  ),
  de: new Set(
    extra(`der die das den dem des ein eine einen einem einer und ist sind bin habe habt hat haben ich du wir ihr sie
      mich mir uns euch nicht kein keine auch noch schon wie wann wo warum welche welcher kann kannst konnen konnt
      mochte mochten will wollen gibt es mit fur von vom zum zur bei nach uber hallo moin servus danke bitte ja nein
      heute morgen termin vllt bzw gerne isch bisch hesch hend chan chasch chame chamer gsi wott muess mues oppis usi eusi
      zrugg morn gaht gahts hob hobts habts seids nimma ned enk koa samma hamma
      vielmal vilmal villmal mitenand minand mitanand mitnand beinand beinond binand`),
  ),
  pt: new Set(
    extra(`o os um uma umas nao voce voces vc vcs tambem tbm isso isto esse essa esses essas aquilo ta
      ne pra pras pros ao aos dos das nas num numa ele ela eles elas meu minha meus minhas seu sua seus suas
      nosso nossa vou vai vao sao estao fazer fazem tem tenho ainda entao obrigado obrigada obg brigado
      brigada muito muita muitos muitas cade quanto quantos quantas quais consigo conseguem posso podem da
      fica ficam`),
  ),
  es: new Set(
    extra(`los las unos y usted ustedes vosotros tambien tmb esto eso estos hay muy mucho mucha cuanto cuanta
      cuantos cuantas cual cuales donde cuando tengo teneis tienen puedo podeis pueden hacer hacen necesito
      quiero ya alli entonces gracias`),
  ),
  ca: new Set(
    extra(`els les unes amb dels als pel pels perque quin quina quins quines quant quants quantes molt
      molta molts moltes doncs tambe aixo aquest aquesta aquests teniu podeu feu esteu tinc puc vull ho aci
      gracies merces`),
  ),
  fr: new Set(
    extra(`le les une des du au aux et est sont vous nous je il elle ils elles mon votre vos ce cette
      ces avec pour pas ne tres aussi quel quelle combien cest jai suis avez etes faites`),
  ),
};
/** What a distinctive word adds: less than a marker, enough to break a tie between neighbours. */
const DISTINCTIVE_WEIGHT = 0.35;

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;
const ARABIC_LETTER = /\p{Script=Arabic}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
/**
 * Letters only languages Frontdesk does not read write: Turkish ş ğ ı, Polish
 * ą ę ł ń ś ź ż, Romanian ă ș ț, Czech and Slovak ř ě ů ľ, Hungarian ő ű,
 * Croatian đ. "teşekkürler" is Turkish, though its ü looks German.
 */
const UNREAD_LETTER = /[şğıİąęłńśźżășțţřěůľőűđåøæ]/giu;
/** Letters of Swedish, Danish and Norwegian that no language Frontdesk reads writes. */
const NORDIC_LETTER = /[åøæ]/iu;

function emptyScores(): Record<TextLanguage, number> {
  return { en: 0, es: 0, fr: 0, ar: 0, ca: 0, pt: 0, it: 0, de: 0 };
}

/**
 * The languages whose words to look for in a message when any of them may
 * matter (safety and injection rules): the detected language and English
 * when the guess is sure, else all of them. Arabizi cues are tried only on
 * text that looks Arabic: Latin words of other languages too often share
 * an Arabizi skeleton (Spanish "mucho" and Arabizi "mish").
 */
export function signalLanguages(text: string): TextLanguage[] {
  const guess = detectLanguage(text);
  const arabic = looksArabic(text, guess);
  if (guess.language && guess.confidence >= 0.5) {
    return [...new Set<TextLanguage>([guess.language, 'en', ...(arabic ? (['ar'] as const) : [])])];
  }
  return TEXT_LANGUAGES.filter((l) => l !== 'ar' || arabic);
}

/** Arabic script, or Latin text that reads as Arabizi: only then are Arabizi skeletons worth comparing. */
/** Arabizi evidence worth reading a Latin message as Arabic for: at least a quarter of the top language's (×4). */
const ARABIZI_SHARE = 4;

export function looksArabic(text: string, guess: LanguageGuess = detectLanguage(text)): boolean {
  const top = Math.max(...Object.values(guess.scores));
  // Undecided between Arabizi and a word another language shares ("dir" is German too): Arabizi is worth comparing.
  const tied = guess.language === undefined && guess.scores.ar >= 1 && guess.scores.ar >= top;
  // Some Arabizi evidence, not a trace beside a long message in another language ("jour" is no Arabizi "jrou").
  const some = guess.scores.ar >= 1.5 && guess.scores.ar * ARABIZI_SHARE >= top;
  return guess.language === 'ar' || /[\u0600-\u06ff]/.test(text) || some || tied;
}

/**
 * Darija speakers mix French (and some English) into nearly every message:
 * "salam, bghit rendez-vous pour mon chat demain" has more French words than
 * Darija ones, yet only a Darija speaker writes it. Two Arabizi-only words
 * (Darija function words, digit-letters), a quarter of the message or more,
 * make it Arabizi, a little ahead of the language it borrows from.
 */
function codeSwitch(scores: Record<Latin, number>, arabiziWords: number, words: number): boolean {
  if (arabiziWords < 2 || arabiziWords * 4 < words) return false;
  const borrowed = Math.max(...LATIN.filter((l) => l !== 'arabizi').map((l) => scores[l]));
  if (scores.arabizi >= borrowed + 1) return false;
  scores.arabizi = borrowed + 1;
  return true;
}

/** How sure a code-switched guess is: by the Arabizi words, not by a margin the rule itself set. */
const codeSwitchConfidence = (arabiziWords: number) => Math.min(1, 0.3 + 0.15 * arabiziWords);

export function detectLanguage(text: string): LanguageGuess {
  const arabicLetters = count(text, ARABIC_LETTER);
  const latinLetters = count(text, LATIN_LETTER);
  // Arabic script decides even with French or English words mixed in ("بغيت rendez-vous غدا"):
  // people who type in Latin letters only do not slip Arabic words in.
  if (arabicLetters >= 2 && arabicLetters * 4 >= latinLetters) {
    // Urdu writes the Arabic script with letters of its own, Persian with words of its own: languages Frontdesk
    // does not read.
    const other = urduScript(text) ? 'hi' : persianScript(text) ? 'fa' : undefined;
    if (other)
      return {
        language: undefined,
        script: 'arabic',
        arabizi: false,
        confidence: 0,
        scores: emptyScores(),
        other,
      };
    const scores = { ...emptyScores(), ar: arabicLetters };
    return {
      language: 'ar',
      script: 'arabic',
      arabizi: false,
      confidence: Math.min(1, 0.6 + arabicLetters / 20),
      scores,
    };
  }
  const unknown: LanguageGuess = {
    language: undefined,
    script: 'latin',
    arabizi: false,
    confidence: 0,
    scores: emptyScores(),
  };
  const script = unreadScript(text);
  if (script) return { ...unknown, other: script };
  const latinWords = normalise(text)
    .split(' ')
    .filter((w) => /[a-z]/.test(w));
  if (latinWords.length === 0) return unknown;
  // One such letter in every four words or so is a language of its own, not a name ("I'm Łukasz, can I book?").
  if (count(text, UNREAD_LETTER) * 4 >= latinWords.length) return { ...unknown, other: unreadLetters(text) ?? 'other' };

  const lower = text.toLowerCase();
  const scores: Record<Latin, number> = { en: 0, es: 0, fr: 0, ca: 0, pt: 0, it: 0, de: 0, arabizi: 0 };
  let arabiziWords = 0;
  // "ä" and "ö" are Swedish letters too: beside an "å", "ø" or "æ" they are no evidence of German.
  const nordic = NORDIC_LETTER.test(lower);
  for (const [pattern, language, weight, cap] of LETTER_CUES) {
    if (nordic && language === 'de') continue;
    scores[language] += Math.min(cap, count(lower, pattern) * weight);
  }
  for (const word of latinWords) {
    if (UNIVERSAL.has(word)) continue;
    const owners = LATIN.filter((l) => MARKERS[l].has(word));
    for (const owner of owners) scores[owner] += 1 / owners.length;
    // A word several languages share (Spanish and Catalan "el") breaks no tie; one only one language writes does.
    const own = (Object.keys(DISTINCTIVE) as (keyof typeof DISTINCTIVE)[]).filter((l) => DISTINCTIVE[l].has(word));
    if (own.length === 1) scores[own[0]!] += DISTINCTIVE_WEIGHT;
    for (const [pattern, language, weight] of ENDING_CUES) if (pattern.test(word)) scores[language] += weight;
    if (isArabiziDigitWord(word)) scores.arabizi += 1.5;
    if (isArabiziDigitWord(word) || (owners.length === 1 && owners[0] === 'arabizi')) arabiziWords += 1;
  }
  const switched = codeSwitch(scores, arabiziWords, latinWords.length);

  if (Object.values(scores).every((v) => v === 0) && latinWords.some((w) => ENGLISH_LOANS.has(w))) scores.en = 1;
  const ranked = (Object.entries(scores) as [Latin, number][]).sort((a, b) => b[1] - a[1]);
  const [best, second] = [ranked[0]!, ranked[1]!];
  const margin = best[1] - second[1];
  const byLanguage: Record<TextLanguage, number> = { ...emptyScores(), ...scores, ar: scores.arabizi };
  delete (byLanguage as Partial<Record<Latin, number>>).arabizi;
  // Dutch, Turkish, Hindi in Latin letters…: their own words outweigh the few any language shares.
  const other = foreignWords(latinWords, best[1], text);
  if (other) return { ...unknown, scores: byLanguage, other };
  if (best[1] < 0.75 || margin < 0.5) return { ...unknown, scores: byLanguage };

  // How much of the evidence points one way, and how much evidence there is.
  const n = latinWords.length;
  const relative = margin / best[1];
  const confidence = switched
    ? codeSwitchConfidence(arabiziWords)
    : Math.min(n === 1 ? 0.4 : 1, relative * Math.min(1, margin));
  if (best[0] === 'arabizi') return { language: 'ar', script: 'latin', arabizi: true, confidence, scores: byLanguage };
  return { language: best[0], script: 'latin', arabizi: false, confidence, scores: byLanguage };
}
