/**
 * German as people speak it, written as they speak it: Swiss German
 * ("Chönnt ich en Termin für d Impfig übercho?"), Austrian and Bavarian
 * ("griaß di, hob i do a frage?", "seids ihr nimma offen?"), South
 * Tyrolean ("isch des nit zu teuer?"). Mapped to standard German before
 * anything reads the message, so cues, dates, retrieval and safety rules
 * written in standard German apply: "könnte ich einen Termin für die
 * Impfung bekommen?".
 *
 * Three layers, each applied only to text read as German (the callers
 * decide: domain/abbreviations.ts for words read in German, the offline
 * responder for a message detected as German):
 *
 * 1. A table of dialect words and their standard forms (DIALECT_WORDS),
 *    keyed by the word as normalise() and foldGerman() leave it, so
 *    "chönnt", "choennt" and "chonnt" are one key; a few keys whose umlaut-less
 *    spelling is itself a standard word ("händ" is not "Hand", "nüt" not
 *    "Nut", "dörf" not "Dorf") are only read with the umlaut, from the raw
 *    text (UMLAUT_WORDS).
 * 2. Words whose reading depends on a neighbour (`inContext`): Bavarian
 *    "a"/"an" is an article before a noun ("hob an termin") but "an" stays
 *    a preposition before "der", "Weihnachten" or at the end ("ruf an");
 *    "des" is "das" unless a genitive follows ("des Hundes"); "min" is
 *    "mein" unless a number comes first ("10 min"); "hot" is "hat" except
 *    in "Hot Stone"; "i" is "in" before an article ("i de Praxis"), else
 *    "ich"; "do" and "mi" are "da" and "mich" except as days ("am Do");
 *    "no" is "noch" except opening a message; "ka" is "kein" before a
 *    noun, else the shorthand "keine Ahnung"; "dr" is Bernese "der" except
 *    as "Dr."; "es" after "habts" is "ihr"; single letters ("d", "s", "e",
 *    "z") are articles and "zu" except in "E-Mail", "z.B.", "Typ A".
 * 3. The regular sound patterns of Swiss and Bavarian German (RULES): ch-
 *    for k- ("Chatz", "Chralle"), -ig for -ung ("Impfig", "Rechnig",
 *    "Öffnigsziite"), -li diminutives ("Hündli"), ii for ei ("Ziit"), uu for
 *    au ("Huus", "bruuche"), scht for st ("Samschtig"), -ed for -en
 *    ("mached"), -i for -e ("normali"), the dropped -n ("Zahnstei",
 *    "Chnoche"), the prefixes g- and b- ("gsagt", "bsueche"), ä for e
 *    ("Gäld", "Wäg") and ü for eu ("Zügnis"), Bavarian -a for -en, -er, -e
 *    ("mitnehma", "wieda"), oa for ei ("zwoa") and ua, ia for u, ie
 *    ("guat", "wia"); two of them at most, and in the last part of a
 *    compound whose first part is known ("Hausbsüech"). A rule's result
 *    is taken only when it is a known standard word (`known`: German
 *    function words, the standard forms of the table, and whatever
 *    vocabulary the caller adds, such as the business's own German) and
 *    the word itself is not one: no rule turns a standard word into
 *    another.
 *
 * Keys and values are normalised words (domain/text.ts normalise); a value
 * may be several words. No value is itself a key, so applying the mapping
 * twice changes nothing.
 */
import { foldGerman, stem } from './stem.js';

/**
 * Portuguese as Cape Verdeans write it (Kriolu, pt-CV): a customer writes Portuguese with the words of the creole
 * mixed in ("Obrigadu Carla, bo é 5 estrelas", "Nha fidju tem 13 anos"), and is answered in Portuguese. Each word
 * is mapped to its Portuguese one, in text read as Portuguese (abbreviations.ts), word for word: the creole's
 * grammar is Portuguese enough. Not "nu" (nós; Portuguese "nu" is naked), "ka" (não) or "N" (eu), which are too
 * short or shared to read out of their sentence.
 */
export const KRIOLU_WORDS: ReadonlyMap<string, string> = new Map(
  `obrigadu=obrigado, obrigadus=obrigado, brigadu=obrigado, nha=minha, nhas=minhas, nhu=senhor, fidju=filho,
    fidja=filha, fidjus=filhos, bo=voce, abo=voce, bu=teu, mi=eu, ami=eu, dja=ja, sta=esta, kuze=o que, kuse=o que,
    ki=que, kenha=quem, undi=onde, ondi=onde, kantu=quanto, kal=qual, pamodi=porque, purki=porque,
    manhan=amanha, mininu=menino, minina=menina, mudjer=mulher, omi=homem, tudu=tudo, txeu=muito, dretu=direito,
    sabi=bom, kasa=casa, tambe=tambem, podi=pode, mesti=precisa, bon=bom, dotor=doutor`
    .split(',')
    .map((pair) => pair.split('=').map((p) => p.trim()) as [string, string]),
);
/**
 * Italian as people in the South write it: Neapolitan ("nun saccio", "adda lascià", "piglia", "primma", "miedeco")
 * and Sicilian ("picchì", "aiu a veniri", "accumpagnatu", "travagghia", "nuddu", "muggheri"), mixed into Italian
 * and answered in Italian. Each word is mapped to its Italian one in text read as Italian (abbreviations.ts), word
 * for word, as Cape Verdean Creole is to Portuguese. Not the words that are Italian too, with another meaning
 * ("vene", veins; "core" of a workout; "so", "site", "tengo", "mo"), nor the articles "o" and "a" (Italian "or" and
 * "to").
 */
export const SOUTHERN_ITALIAN_WORDS: ReadonlyMap<string, string> = new Map(
  `nun=non, saccio=so, sacciu=so, adda=deve, aggia=devo, aggio=ho, avimma=dobbiamo, piglia=prende, piglio=prendo,
    pigliare=prendere, pigliato=preso, pigghia=prende, pigghiu=prendo, pigghiari=prendere, primma=prima,
    comme=come, risponne=risponde, rispunni=risponde, miedeco=medico, medicu=medico, dutturi=dottore,
    pecche=perche, picchi=perche, pirchi=perche, quanno=quando, quannu=quando, quantu=quanto, addo=dove,
    unni=dove, dimane=domani, dumani=domani, stammatina=stamattina, chella=quella, chillo=quello, chesto=questo,
    chiddu=quello, chidda=quella, cca=qua, nisciun=nessun, nuddu=nessuno, nenti=niente, vote=volte,
    aiu=ho, haiu=ho, semu=siamo, sugnu=sono, putiti=potete, putite=potete, aviti=avete, avite=avete,
    faciti=fate, facite=fate, vulite=volete, vuliti=volete, sapite=sapete, sapiti=sapete,
    veniri=venire, vegnu=vengo, viniri=venire, diri=dire, aviri=avere, iu=io, accumpagnatu=accompagnato,
    accumpagnata=accompagnata, accumpagnari=accompagnare, piaci=piace, disturbari=disturbare,
    muggheri=moglie, mugliera=moglie, muglierema=mia moglie, maritu=marito, figghiu=figlio, figghia=figlia,
    figghi=figli, picciriddu=bambino, picciridda=bambina, picciriddi=bambini, criaturo=bambino, criatura=bambina,
    guaglione=ragazzo, guagliona=ragazza, guagliuncello=ragazzino, travagghia=lavora, travagghiu=lavoro,
    travagghiari=lavorare, spitali=ospedale, ranni=grande, nicu=piccolo, salutamu=salve`
    .split(',')
    .map((pair) => pair.split('=').map((p) => p.trim()) as [string, string]),
);
/**
 * English as Scots write it ("can ma wean go in wi his pal?", "we cannae come the morra", "a few tinnies"), and as
 * Glaswegians spell it: each word mapped to its English one in text read as English (abbreviations.ts). Not the
 * words English writes with another meaning ("fur", "ken", "no", "aye" is yes but also a name's part, "ah").
 */
const SCOTS_WORDS: ReadonlyMap<string, string> = new Map(
  `mah=my, auld=old, tae=to, wi=with, doon=down, oot=out, aboot=about, roon=round,
    fae=from, frae=from, hame=home, hoose=house, heid=head, cannae=cannot, dinnae=do not,
    didnae=did not, wouldnae=would not, couldnae=could not, isnae=is not, wasnae=was not, willnae=will not,
    wullnae=will not, disnae=does not, doesnae=does not, shouldnae=should not, gonnae=going to, nae=no,
    naw=no, wean=child, weans=children, bairn=child, bairns=children, masel=myself,
    yersel=yourself, oor=our, yer=your, youse=you, yous=you, awright=alright, tinnies=beers, tinny=beer,
    bevvy=drink, bevvies=drinks, swally=drink, morra=tomorrow, nicht=night, mibbe=maybe,
    wis=was, bein=being`
    .split(',')
    .map((pair) => pair.split('=').map((p) => p.trim()) as [string, string]),
);

/** Before "ma", a word that makes it a mother ("me ma", "your ma", "the ma"), not the Scots "my". */
const MOTHER_BEFORE: ReadonlySet<string> = new Set([
  'me',
  'my',
  'your',
  'yer',
  'his',
  'her',
  'our',
  'oor',
  'the',
  'their',
]);

/**
 * Scots words in a run of normalised words put into English (SCOTS_WORDS). "Ma" is "my" before the thing it owns
 * ("can ma son come"), not after a possessive or alone at the end ("me ma", "phoned my ma").
 */
export function scotsToEnglish(words: readonly string[]): string[] {
  return words.flatMap((word, i) => {
    if (word === 'ma')
      return i + 1 < words.length && !MOTHER_BEFORE.has(words[i - 1] ?? '') && /^\p{L}/u.test(words[i + 1]!)
        ? ['my']
        : [word];
    return SCOTS_WORDS.get(word)?.split(' ') ?? [word];
  });
}
/**
 * English as Nigerians write it in Pidgin (Naija, pcm): a customer writes English with Pidgin's own words and
 * phrases ("how una dey?", "una get chair wey comfortable?", "I fit do knotless?", "abeg", "I dey carry belle"), and
 * is answered in English. Keys are phrases of normalised words, read in text read as English (abbreviations.ts),
 * the longest first; not the words English writes too ("fit", "dey" as in "Dey", "make", "go", "well", "belle").
 */
export const PIDGIN_PHRASES: readonly (readonly [string[], string[]])[] = `how una dey=how are you,
    how you dey=how are you, how una body=how are you, una well done=well done, i dey carry belle=i am pregnant,
    dey carry belle=am pregnant, carry belle=pregnant, i get belle=i am pregnant, get belle=pregnant,
    una get=do you have, una dey=do you, una fit=can you, i fit do=can i do, i fit come=can i come,
    i fit get=can i get, i fit book=can i book, i fit bring=can i bring, i fit pay=can i pay, you fit do=can you do,
    you fit help=can you help, e fit=can it,
    i no fit=i can not, e go=it will, e don=it has, i dey=i am, e dey=it is, dey pain me=hurts me,
    dey pain=hurts, i no wan=i do not want, no wan=do not want, i wan=i want, wan=want, well well=very much,
    for una place=at your place, una place=your place, abeg=please, biko=please, wetin=what, wey=that, una=you,
    pikin=child, sabi=know, comot=take off, no vex=sorry, how much e be=how much is it,
    how much e go cost=how much will it cost, e go cost=will it cost, make e fine=so it looks nice, make e=so it,
    fit do am=can do it, for im=for his, im dey=he, na only=only`
  .split(',')
  .map((pair) => pair.split('=').map((p) => p.trim().split(' ')) as [string[], string[]])
  .sort((a, b) => b[0].length - a[0].length);

/** PIDGIN_PHRASES by their first word, each list still longest first: a word of English looks up one list. */
const PIDGIN_BY_FIRST = new Map<string, (readonly [string[], string[]])[]>();
for (const phrase of PIDGIN_PHRASES) {
  const list = PIDGIN_BY_FIRST.get(phrase[0][0]!);
  if (list) list.push(phrase);
  else PIDGIN_BY_FIRST.set(phrase[0][0]!, [phrase]);
}

/** Pidgin's phrases in a run of normalised words put into English (PIDGIN_PHRASES), the longest first. */
export function pidginToEnglish(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length;) {
    const found = PIDGIN_BY_FIRST.get(words[i]!)?.find(([key]) => key.every((w, k) => words[i + k] === w));
    if (found) {
      out.push(...found[1]);
      i += found[0].length;
    } else out.push(words[i++]!);
  }
  return out;
}

import { STOPWORDS } from './stopwords.js';

const normaliseWord = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .trim();

/** A dialect key as the message's words are compared: no accents, umlauts folded ("chönnt", "choennt" → "chonnt"). */
const keyOf = (s: string): string => foldGerman(normaliseWord(s));

function table(s: string, key: (k: string) => string): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const pair of s.split(',')) {
    const [k, v] = pair.split('=').map((p) => p.trim().replace(/\s+/g, ' '));
    if (!k || !v) continue;
    // A spelling that folds to its own standard form ("muess" is "muss") needs no entry.
    for (const variant of k.split('/'))
      if (key(variant) !== foldGerman(normaliseWord(v))) map.set(key(variant), normaliseWord(v));
  }
  return map;
}

/**
 * Dialect words → standard German. "a/b=c" lists spellings of one word.
 * Left out on purpose: forms whose folded spelling is a standard word with
 * another meaning (those are in UMLAUT_WORDS or `inContext`), and words
 * standard in Austria or Switzerland themselves (Jänner, Kassa, Spital,
 * Stiege), which a business of the region writes too.
 */
const SWISS = `
  mitenand/mitenang/minand=miteinander, isch/ischt=ist, ischs/isches=ist es, bisch/bischt=bist, sin=sind, gsi/gsii/gsy/gsein=gewesen, han=habe,
  hani/hanni=habe ich, häsch/hesch/hasch=hast, het/hed=hat, hend/hänn/hänt/händer=haben, hemmer/hämer=haben wir,
  hett=hätte, hätti/hetti=hätte ich, drüü/drü=drei, hettisch/hättsch/hättisch=hättest,
  hetted/hettet/hättid/hettid/hätted=hätten, gha/ghaa/ghäbt=gehabt, ha=haben, cha/chan=kann, chani=kann ich,
  chasch/chaschs=kannst, chönd/chönnd/chönned/chönnet/chönnid/chöit/chöi/chönne=können,
  chönnt/chöntet/chönnte=könnte, chönnti/chöntisch=könnte ich, chönntisch=könntest,
  chönnted/chönntet/chöntid/chönntid/chönted=könnten, chame/chamer/chammer/chamme/chasmer=kann man,
  chömmer/chönnemer/chömer=können wir, cho/choo/chuu=kommen, chum/chume/chumm=komme, chunsch/chunnsch=kommst,
  chunt/chunnt/chunnd=kommt, chunts/chunnts=kommt es, chömed/chömmed/chömid/chömet/chömmet/chömmid=kommen,
  chämti=käme, chämed/chämted=kämen, übercho/überchoo/übercha=bekommen, überchunt/überchunnt=bekommt,
  überchum/überchume=bekomme, becho/bechoo=bekommen, zruggcho/zrugcho=zurückkommen,
  vorbicho/verbicho/vorbichoo/verbichoo/vorbeikumma/vorbeikemma=vorbeikommen, mitcho/mitchoo=mitkommen,
  heicho=nach hause kommen, gah/gaa/goh/gooh=gehen, gaht/goht/gohd=geht, gahts/gohts/gahds=geht es,
  gönd/gönnd/gönged=gehen, gasch/gahsch/gohsch=gehst, gange/ggange=gegangen, gömmer/gömer/gömmr=gehen wir,
  lah/laa/loh/loo=lassen, lönd/lönnd=lassen, laht/loht=lässt, glah/gloh/glo=gelassen, bruuche/bruuch=brauche,
  bruuchsch/bruchsch=brauchst, bruucht/brucht=braucht, bruuchts/bruchts=braucht es,
  bruuched/bruuchid/bruchid=brauchen, bruuchi=brauche ich, wott/wotte=will, wotti=will ich, wotsch/wottsch=willst,
  wend/wännd=wollen, wetted/wettid=wollten, wetti=wollte ich, mues/muesi=muss, muesch=musst,
  müemer/mümmer/müender=müssen wir, müessti=müsste, müesstid=müssten, söll/sölle=soll, sölled/söllid=sollen,
  sött/söt=sollte, sötti/söti=sollte ich, söttisch=solltest, söttid/sötted=sollten, dörfi/törfi=darf ich,
  dörfsch/törfsch=darfst, dörfed/törfed/dörfid/törfid=dürfen, dörft/törft=dürfte, möcht/möchti=möchte,
  möchted/möchtid=möchten, mached/machid=machen, gmacht=gemacht, säga=sagen, seisch=sagst, gseit/gsait=gesagt,
  gseh/gsee/gsehe=gesehen, gsehsch/gsesch=siehst, git=gibt, gits=gibt es, gisch=gibst, gäbed=geben,
  ggä/ggäh=gegeben, tue=tun, tüend/tüemer=tun, weisch/weischt=weißt, wüssed/wüssid=wissen, gwüsst=gewusst,
  gno/gnoh/gnoo=genommen, übernoh/übernoo=übernommen, mitnäh/mitneh=mitnehmen, gfunde=gefunden, rüefed/rüefid=rufen,
  aalüte/alüte/aalüüte/alüüte/aarüefe/arüefe=anrufen, glüütet/glütet=angerufen, gwartet=gewartet, ässe=essen,
  ggässe=gegessen, frässe/frässed=fressen, gfrässe/gfresse/gfrässä=gefressen, trunke/tronke/trunkä=getrunken,
  gsoffe=gesoffen, gheit/umgheit/abegheit=gefallen, gheie=fallen, gstoche=gestochen, gschnitte=geschnitten,
  broche/bbroche=gebrochen, abbroche=abgebrochen, schniide/schnide=schneiden, flüged/flüüged=fliegen,
  flüüge=fliegen, gfloge=geflogen, schriibe=schreiben, gschribe=geschrieben, bliibe=bleiben, bliibt=bleibt,
  blibe=geblieben, zalt=bezahlt, abzsäge=absagen, abgseit=abgesagt, abmälde/abzmälde=abmelden,
  aamälde/amälde/aazmälde=anmelden, iistiige/iistige/iistiigä/ischtiige=einsteigen, wett=möchte, ligge/liggä=liegen, jagge/jaggä=jacke, verzelle=erzählen, überchömed=bekommen, schoggi/schoggo=schokolade,
  büsi/büsli/büseli/büsis=katze, chatz/chatze=katze, chätzli/kätzli/chätzi=katze,
  chüngel/chüngeli/chünggel/küngel=kaninchen, meersäuli/meersäuli=meerschweinchen, vögeli/vögeli=vogel, hundi=hund,
  tierli=tier, goof/gof/chind=kind, chinde/chinder/goofe=kinder, meitli/maitli/meitschi=mädchen, grosi=oma,
  mueter=mutter, vatter=vater, fründin=freundin, fründ=freund, maa=mann, lüüt=leute, ziit=zeit, ziite/ziitä=zeiten,
  wuche/wuchä=woche, wuchenend/wuchenänd/wucheend=wochenende, mönet/monet=monate, johr/jöhrli=jahr,
  abig/aabig/aabe=abend, morge/morgä=morgen, nami/namittag/nomittag=nachmittag, zmittag/zmittaag=mittags,
  znacht/znaacht=abends, zmorge=frühstück, fiirabig=feierabend, fiirtig/fiirtag/fiirtäg=feiertag, ferie=ferien,
  wiehnacht/wienacht/wiehnachte/wienachte=weihnachten, oschtere/oschtern=ostern, pfingschte=pfingsten,
  öffnigsziite/öffnigsziit/öffnigszite/öffnigszyte/öffnigszyt/öffnigsziitä=öffnungszeiten, rächnig=rechnung,
  priis/prys=preis, priise=preise, gäld=geld, chöste/choschte/choste=kosten, choschtet/chostet=kostet,
  sprütze=spritze, chopf=kopf, chnü/chnüü/chnöi=knie, rugge/rügge/ruggä=rücken, buuch=bauch, muul=maul, huut=haut,
  schmärze/schmärzä=schmerzen, hueschte=husten, pfötli=pfote, chralle/chrallä=krallen, zähnd/zänd=zähne,
  zahnstei=zahnstein, huus=haus, deheim/dihei/dahei/dehei/dehäi/dihäi=zu hause, hei=nach hause, schtrass=strasse,
  gueti=gute, chli/chlii/chlei/chliin=klein, chline/chlini/chliini/chliine/chlyni=kleine, chlises/chliises=kleines,
  alti=alte, jungi=junge, nöi/nöii/nüü=neu, nöie/neui=neue, gsund/gsunde/gsundi=gesund,
  chrank/chranki/chranke=krank, zwäg=gesund, offe/ofe=offen, gschlosse/gschlossä=geschlossen, zfride/zfriede=zufrieden,
  unzfride/unzfriede=unzufrieden, aa=an, müed/müedi=müde, tüür/tüür/tüüri=teuer, günschtig=günstig,
  früe/früeh/früech=früh, spaat/spoot=spät, höcher=höher, höchi=hohe, ziemli/zimli/zimmli=ziemlich, gliich=trotzdem,
  gliichi/gliche/gliiche=gleiche, villicht/vilicht/villech/vilech=vielleicht, vill/vil/viu=viel, mau=mal,
  vieli/vili/villi=viele, meh=mehr, wiiter=weiter, eifach/eifach=einfach, eigentli/eigetlich/eigentlech=eigentlich,
  wükli/würkli=wirklich, mängisch/mängmol/mängmal=manchmal, öppe/öppä=ungefähr, au/ou=auch, scho=schon,
  nume/numme=nur, gad=gerade, morn/moorn=morgen, übermorn=übermorgen, geschter/gescht/geschtert=gestern,
  vorgeschter=vorgestern, mäntig/mändig/määntig=montag, zischtig/ziischtig/zyschtig=dienstag,
  mittwuch/mittwuche/mittwoche=mittwoch, dunschtig/donnschtig/donschtig/dunnschtig/donstig/dunstig=donnerstag,
  friitig/fritig/frytig/fryttig=freitag, samschtig/samstig=samstag, sunntig/suntig/sonntig=sonntag,
  mäntigs/mändigs=montags, zischtigs=dienstags, mittwuchs=mittwochs, dunschtigs/donnschtigs/donschtigs=donnerstags,
  friitigs/fritigs=freitags, samschtigs=samstags, sunntigs/suntigs=sonntags, hinecht/hinacht=heute abend,
  jetz/jez/jetze=jetzt, werum/wiso=warum, wievill/wiviel/wievil/wivill=wie viel,
  wievielne/wievilne/wivilne=wie vielen, wievili/wievieli=wie viele, weli/wele=welche, weles/welles=welches,
  welem=welchem, weler=welcher, irgendwelchi=irgendwelche, irgendöppis/irgendeppis=irgendetwas, wil=weil, bi=bei,
  bim=beim, vo=von, us=aus, uf=auf, ufem/ufm=auf dem, ohni=ohne, sit=seit, gege=gegen, zwüsche/zwüschet=zwischen,
  hinder=hinter, dure=durch, ume=herum, ine=hinein, abe=hinunter, ufe=hinauf, zrugg/zrüg/zrugge/zruck/zurugg=zurück,
  döt/dött/dete=dort, hie=hier, eim=einem, nomal/nomol/nomau/namal=nochmal, bitzli/bitzeli/bizzli/bitz=bisschen,
  mis=mein, mini=meine, mim=meinem, minere/minre/mire=meiner, minä=meine, dini=deine, dim=deinem, dinere=deiner,
  sini=seine, ihri=ihre, ihrne=ihrem, ihrere=ihrer, eusi/usi=unsere, euse=unser, euses/üses=unser,
  eusem/üsem=unserem, eusere/üsere=unserer, euserem=unserem, eusen/üsen=unseren, öies/eues=euer, eui/öi=eure,
  öich=euch, ihne=ihnen, em=dem, emene/eme=einem, enere/ere=einer, ene/en=einen, de=der, öpper/öpert/öppert=jemand,
  öppis/öpis/öppes=etwas, nünt/nüüt/nüt's=nichts, niemer/niemert/nöimer/nimer=niemand, jedi=jede, kei=kein,
  keis=keines, keini=keine, alli=alle, alls=alles, allne=allen, mängs=manches, gnueg=genug,
  nöd/nod/nid/nit/nööd=nicht, niid=nicht, mer=mir, me=man, si=sie, sii=sein, är=er, iir/ir=ihr
`;

/** Austrian, Bavarian and South Tyrolean. */
const AUSTRO_BAVARIAN = `
  hob/hobe=habe, hobs=habe es, hom/hamm/hobm=haben, ham=haben, hamma=haben wir, hams=haben sie, hod/hodd=hat,
  hobts/habts/hapts/hobt's=habt ihr, hättat/hattat=hätte, is=ist, sans/san=sind, samma/sama=sind wir,
  seids/sads/seits/seid's=seid ihr, warat/warad/warert=wäre, gwesn/gwen/gwest=gewesen, konn=kann, konnst=kannst,
  kinnan/kennan/kenna=können, kunnt/kunntat/kenntat/kinntat/kanntat=könnte, kinnts/kunnts/könnts/kennts=könnt ihr,
  muas/muass/muaß=muss, muast=musst, miassn/miaßn/miass/miaß/miasst=müssen, miassat/miassert=müsste,
  derf/dearf=darf, derfst/dearfst=darfst, derfn/dürfn=dürfen, derfts/dürfts=dürft ihr, derfat=dürfte,
  woass/woaß/waas/woas=weiß, woasst=weißt, mechat/mechad/mechert/mecht/mechte=möchte, wü/wui/wuil=will,
  woin/woll'n=wollen, wollts/woits=wollt ihr, gehn/gengan=gehen, gemma/gemma/gehma=gehen wir, kumm/kimm=komme,
  kummt/kimmt/kimp/kimmp=kommt, kumman/kumma/kemman/kemma/kemmen/kimmen=kommen,
  kummts/kommts/kemmts/kimmts=kommt ihr, gangen/gangan=gegangen, sogn=sagen, gsogt/gsagt=gesagt, frog=frage,
  frogn/fragn=fragen, gfrogt/gfragt=gefragt, moch=mache, mochn/machn=machen, gmocht=gemacht,
  machts/mochts=macht ihr, schauts=schaut ihr, gschaut=geschaut, gspürt/gspiat=gespürt, gsehn/gsegn=gesehen,
  ghobt/ghabt=gehabt, kriag/griag=kriege, kriagn/griagn/kriang=kriegen, kriagt/griagt=kriegt, gebn=geben,
  gebts=gebt ihr, gnumma/gnumman=genommen, nehmts/nemmts=nehmt ihr, tua=tun, tuat/duat=tut, tuan/duan=tun,
  tuats=tut ihr, redn=reden, gredt=geredet, wissts/wisst's=wisst ihr, behandelts/behandlts=behandelt ihr,
  akzeptierts=akzeptiert ihr, bietets=bietet ihr, verkaufts=verkauft ihr, schneidets=schneidet ihr,
  impfts=impft ihr, ruafts/rufts=ruft ihr, schickts=schickt ihr, lassts=lasst ihr, gsteckt=gesteckt, gessn=gegessen,
  trunkn=getrunken, gfressn=gefressen, gstürzt/gstiazt=gestürzt, gfalln=gefallen, bissn=gebissen, gstochn=gestochen,
  gschwollen/gschwoin/gschwoin=geschwollen, angschwollen/ongschwollen/angschwoin=angeschwollen, aufgschwollen/augschwollen=aufgeschwollen, gschwulln=geschwollen, tätat/dadat/tatat=würde, ned=nicht,
  mog=mag, mogst=magst, brauchat/bräuchat/brauchert=bräuchte, kannt/kanntat/kantat=könnte, ohoin/oholn/abhoin/abholn=abholen, hoin/holn=holen, neie=neue,
  neis=neues, fir=für, leit=leute, geat=geht, geats=geht es, gehd=geht, gehds=geht es, as=das, aufm=auf dem,
  aufn=auf den, fürn=für den, ausm=aus dem, mitm=mit dem,
  nimma/nimmer/nimmamehr=nicht mehr, nia=nie, imma/oiwei/oiwai/oiweil/allweil=immer, glei=gleich, boid=bald,
  grod/groad=gerade, ur=sehr, vü/vui/vuil/vül=viel, bissl/bisserl/bissi/bisl=bisschen, gnua/gnuag=genug,
  oiso/oisa=also, aba=aber, obr=aber, ois=alles, olls=alles, olle=alle, gonz=ganz, hoid/hoit=halt,
  heit/heint/heid=heute, moagn/morgn/moang=morgen, gestan/gestan/gester=gestern,
  iatz/etz/hiaz/jetza/jetzad/itzt=jetzt, pfinztag=donnerstag, ertag/erchtag/irta=dienstag, sunnda/sonnda=sonntag,
  feber=februar, fruah/fria=früh, nochmittog/nammittag/nomittog=nachmittag, vormittog=vormittag, obnd/obend=abend,
  tog/tåg=tag, wochn=woche, do=da, durt=dort, hoam/hoom=nach hause, dahoam/dahoim/daham=zu hause, aufi/auffi=hinauf,
  obi/owi=hinunter, eini=hinein, aussi=hinaus, umi=hinüber, wos=was, wia=wie, wiavü=wie viel, wöcha=welche,
  wöchn=welchen, woarum=warum, oba=aber, mi=mich, di=dich, ma=man, enk/eich/enks=euch, eana/eahna=ihnen, mei=mein,
  dei=dein, unsa=unser, oan=einen, oane=eine, oana=einer, oans=eins, ane=eine, koa=kein, koan=keinen,
  koane/kane=keine, koana/kana=keiner, epes/eppes/eppas/ebbs/ebbas/epps=etwas, epper/eppr/ebber=jemand,
  niamand=niemand, mitanand/mitanond/mitnand=miteinander, beinand/beinond/binand=beieinander, zwoa=zwei, zam/zamm/zsam/zsamm/zamma/zäme/zämä/zamme/zämme=zusammen, bua=junge, buam=jungen,
  madl/mädl/gitsch/gitsche=mädchen, dokta=doktor, kreiz=kreuz, schulta/schuita=schulter, fuaß/fuass=fuß, knia=knie,
  gnack=nacken, haxn=beine, wadl=wade, schädl=kopf, gwand=kleidung, griaß/griass=grüß, griaßt/griasst=grüßt,
  wat=was, dat=das, ick/icke=ich, jut=gut, nee=nein, kiek=schau, det=dort,
  dit=das, allet=alles, jeht=geht, jehn/jehen=gehen, morjen=morgen, ooch=auch, keene=keine, keen=kein, meene=meine,
  meen=mein, deene=deine, eene=eine, eener=einer, nischt/nüscht=nichts, looft=läuft, loofen=laufen, jibt=gibt,
  jibts=gibt es, jemacht=gemacht, jesacht/jesagt=gesagt, jestochen=gestochen, jern=gern, janz=ganz, jenau=genau,
  jestern=gestern, jrade=gerade, kieken=schauen
`;

/**
 * Only with the umlaut (or its digraph): without it each is a standard
 * word ("Hand", "Nut", "Dorf", "Gasse", "Woche"…).
 */
const UMLAUT_RAW = `
  händ/hänn=haben, hüt=heute, nüt=nichts, nöt=nicht, dä/dää=der, wänd=wollen, müend=müssen, müen=müssen,
  dörf/törf=darf, nüme/nümme/nümm/nüm=nicht mehr, schlächt=schlecht, gäge=gegen, wäge=wegen, wäg=weg, üse=unser,
  üsi=unsere, nöch=nah, gärn=gern, näh=nehmen, lüt=leute, tät=würde, üs/eus=uns, luege/luegä=schauen,
  lueged=schauen, wür=würde, wäri=wäre ich, wöche=welche, hämmer=haben wir, dänk/dänke=denke, gässe=gegessen,
  lueg=schau
`;

/**
 * Dialect word (folded, see keyOf) → standard German. Words that are
 * standard in some readings and dialect in others are not keys: their
 * neighbours decide (inContext).
 */
export const DIALECT_WORDS: ReadonlyMap<string, string> = new Map([
  ...table(SWISS, keyOf),
  ...table(AUSTRO_BAVARIAN, keyOf),
]);

/** The raw lowercase spelling (with ä, ö, ü or their digraphs ae, oe, ue) → standard German. */
export const UMLAUT_WORDS: ReadonlyMap<string, string> = table(UMLAUT_RAW, (k) => k.normalize('NFC').toLowerCase());

/**
 * Standard German nouns in -ung that Swiss German says with -ig ("Impfig",
 * "Rechnig", "Versicherig"): the -ig rule turns the Swiss form into them,
 * inside a compound too ("Tierversicherig", "Öffnigsziite").
 */
const UNG_NOUNS =
  `impfung offnung behandlung rechnung zahlung bezahlung anzahlung ratenzahlung versicherung losung untersuchung
  beratung entwurmung ernahrung bestatigung anmeldung abmeldung verschiebung buchung reservierung uberweisung
  verordnung bewilligung erfahrung wohnung meinung ahnung erinnerung ordnung entzundung verletzung vergiftung
  schwellung sitzung einladung bestellung lieferung abholung begleitung betreuung reinigung entfernung erkaltung
  verstopfung vorbereitung anleitung futterung kastrierung sterilisierung kundigung stornierung ruckerstattung
  erstattung vergutung abrechnung quittung bescheinigung zuweisung einweisung verschreibung bestrahlung lahmung
  rotung verbrennung versorgung erholung entspannung dehnung lagerung behinderung ausbildung genehmigung zustimmung
  einwilligung impfungen wartung kontrolluntersuchung vorsorgeuntersuchung massagebehandlung zahnreinigung
  krallenpflege beratungen behandlungen rechnungen zahlungen`
    .split(/\s+/)
    .filter(Boolean);

/**
 * -ig words that are standard adjectives whose -ung form is another word
 * ("richtig" is not "Richtung", "heilig" not "Heilung"): never read as
 * Swiss -ung nouns, alone or at the end of a compound.
 */
const STANDARD_IG = `
  richtig heilig blutig haltig stellig zulassig zeitig wendig fallig windig mundig heftig sichtig
  wichtig lastig machtig gultig tatig fertig ledig ruhig eilig billig gunstig lustig traurig notig
  haufig standig kraftig einzig ubrig zig`
  .split(/\s+/)
  .filter(Boolean);
const isStandardIg = (word: string) => STANDARD_IG.some((adjective) => word.endsWith(adjective));

/**
 * What the rules may produce: standard German a rule's output must be
 * (function words, the table's standard forms, the -ung nouns), besides
 * the vocabulary a caller adds.
 */
const builtInWords = (): string[] => [
  ...STOPWORDS.de,
  ...[...DIALECT_WORDS.values(), ...UMLAUT_WORDS.values()].flatMap((v) => v.split(' ')),
  ...UNG_NOUNS,
];

/**
 * Whether a word is known standard German, for the rules: as written
 * (`exact`), or by its stem too ("normale" for "normal").
 */
export type KnownWord = (word: string, exact?: boolean) => boolean;

/**
 * The vocabulary a rule's output is checked against: `words`, and what
 * `base` knows (by default the built-in words: function words, the
 * table's standard forms, the -ung nouns). Built once per vocabulary; the
 * stems only when first asked.
 */
export function germanVocabulary(words: Iterable<string> = [], base: KnownWord = builtInKnown()): KnownWord {
  const folded = new Set<string>();
  for (const word of words) folded.add(foldGerman(word));
  // A stem stands for its inflections ("normale" for "normal"), if the words also begin alike: words are
  // found by their first four letters, and only those are stemmed.
  let byStart: Map<string, string[]> | undefined;
  const starts = () => {
    const index = new Map<string, string[]>();
    for (const word of folded) {
      if (word.length < 4) continue;
      const start = word.slice(0, 4);
      const same = index.get(start);
      if (same) same.push(word);
      else index.set(start, [word]);
    }
    return index;
  };
  // Stems of the vocabulary's words, kept as they are computed (never the words asked about: they are endless).
  const stems = new Map<string, string>();
  const stemOf = (w: string) => stems.get(w) ?? stems.set(w, stem(w, 'de')).get(w)!;
  return (word: string, exact = false) => {
    if (base(word, exact)) return true;
    const w = foldGerman(word);
    if (folded.has(w)) return true;
    if (exact || w.length < 4) return false;
    byStart ??= starts();
    const n = Math.min(5, w.length);
    const s = stem(w, 'de');
    return (byStart.get(w.slice(0, 4)) ?? []).some((k) => k.slice(0, n) === w.slice(0, n) && stemOf(k) === s);
  };
}

let builtIn: KnownWord | undefined;
/** The built-in vocabulary, made on first use (a cold start that reads no German pays nothing). */
function builtInKnown(): KnownWord {
  return (builtIn ??= germanVocabulary(builtInWords(), () => false));
}

/**
 * A compound whose last part is a known word: of seven letters or more
 * ("tierversicherung" → "versicherung"), or of five after a known first
 * part ("hundekorbe"); not "massagen", which "sagen" does not end.
 */
function knownCompound(word: string, known: KnownWord, exact: boolean): boolean {
  for (let i = 3; i <= word.length - 5; i++) {
    const tail = word.slice(i);
    if (known(tail, exact) && (tail.length >= 7 || (i >= 4 && known(word.slice(0, i), true)))) return true;
  }
  return false;
}

const isKnown = (word: string, known: KnownWord, exact = false) =>
  known(word, exact) || (word.length >= 8 && knownCompound(word, known, exact));

type Rule = (word: string, raw: string) => string[];

const VOWEL = /[aeiouy]/;

/**
 * The sound patterns, each giving candidate standard spellings of a
 * folded, normalised word; `raw` is the word as typed (lowercase), for
 * patterns only its umlaut tells apart (Swiss ä for e).
 */
const RULES: readonly Rule[] = [
  // Swiss ch- for k- before a vowel, l, r or n: "Chatz", "chli", "Chralle", "Chnoche".
  (w) => (/^ch[aeiouylrn]/.test(w) ? [`k${w.slice(2)}`] : []),
  // scht for st: "Samschtig", "choschte", "Angscht", "günschtig".
  (w) => (w.includes('scht') ? [w.replace(/scht/g, 'st')] : []),
  // ii for ei ("Ziit", "Priis", "wiit"), uu for au or eu ("Huus", "bruuche", "Lüüt").
  (w) => (w.includes('ii') ? [w.replace(/ii/g, 'ei')] : []),
  (w) => (w.includes('uu') ? [w.replace(/uu/g, 'au'), w.replace(/uu/g, 'eu')] : []),
  // -ig for -ung, -ige for -ungen, -igs- inside a compound: "Impfig", "Lösige", "Öffnigsziit".
  (w) => {
    const m = /^(.{3,}?)ig(e|s)?$/.exec(w) ?? /^(.{3,}?)igs(.{3,})$/.exec(w);
    if (!m || isStandardIg(`${m[1]}ig`)) return [];
    const [, head, rest] = m;
    if (rest === 'e') return [`${head}ungen`];
    if (rest === 's' || rest === undefined) return [`${head}ung${rest ?? ''}`];
    return [`${head}ungs${rest}`];
  },
  // -li, -eli diminutives: "Hündli", "Hundeli", "Pfötli", "Wartezimmerli".
  (w) => (/^.{3,}e?li$/.test(w) ? [w.replace(/e?li$/, ''), w.replace(/li$/, ''), w.replace(/li$/, 'e')] : []),
  // Swiss -ed, -id for -en ("mached", "rüefed"), not after e ("need").
  (w) => (/^.{3,}[^e](ed|id)$/.test(w) ? [w.replace(/(ed|id)$/, 'en')] : []),
  // -i for -e of adjectives and feminine nouns: "normali", "jungi", "Hälfti".
  (w) => (/^.{2,}[^aeiou]i$/.test(w) ? [`${w.slice(0, -1)}e`] : []),
  // The dropped final n: "Zahnstei", "allei", "Chnoche", "gschwolle".
  (w) => (/^.{2,}e$/.test(w) || /^.{2,}ei$/.test(w) ? [`${w}n`] : []),
  // The prefixes ge- and be- before a consonant: "gsagt", "gmacht", "gwartet"; "bsueche", "bstelle", "bzahle".
  (w) => (/^g[bdfhkmpstwz]/.test(w) && w.length >= 4 ? [`ge${w.slice(1)}`] : []),
  (w) => (/^b[cdfghkmpstwz]/.test(w) && w.length >= 4 ? [`be${w.slice(1)}`] : []),
  // Swiss ä for e ("Gäld", "Wäg", "Bluetwärt") and ü for eu ("Zügnis", "hüür"): only what was typed so.
  (w, raw) => (/ä|ae/.test(raw) ? [w.replace(/a/, 'e'), w.replace(/a(?=[^a]*$)/, 'e')] : []),
  (w, raw) => (/ü/.test(raw) && w.length >= 6 ? [w.replace(/u/, 'eu'), w.replace(/u(?=[^u]*$)/, 'eu')] : []),
  // Bavarian -a for -en, -er and -e ("mitnehma", "wieda", "imma"), oa for ei ("zwoa", "hoass"), ua and ia
  // for u, ie ("guat", "wia").
  (w) => (/^.{3,}a$/.test(w) ? [`${w.slice(0, -1)}en`, `${w.slice(0, -1)}er`, `${w.slice(0, -1)}e`] : []),
  // (Not in shorter words: "Boa", "Dia" are words of their own.)
  (w) => (w.length >= 4 && w.includes('oa') ? [w.replace(/oa/g, 'ei')] : []),
  (w) => (w.length >= 4 && w.includes('ua') ? [w.replace(/ua/g, 'u'), w.replace(/ua(d)$/, 'ut')] : []),
  (w) => (w.length >= 4 && w.includes('ia') ? [w.replace(/ia/g, 'ie'), w.replace(/ia/g, 'u')] : []),
];

/**
 * Two rules at most ("Chörbli": -li, then ch-; "Choschte": ch-, then scht):
 * a result known as written first, else one known by its stem.
 */
function soundsLike(word: string, raw: string, known: KnownWord): string | undefined {
  const once = RULES.flatMap((rule) => rule(word, raw)).filter((c) => c !== word);
  const twice = once.flatMap((c) => RULES.flatMap((rule) => rule(c, raw)).filter((d) => d !== c && d !== word));
  // A word known as written, then a compound whose last part is, then one known by its stem.
  const tests: ((c: string) => boolean)[] = [
    (c) => known(c, true),
    (c) => c.length >= 8 && knownCompound(c, known, true),
    (c) => isKnown(c, known),
  ];
  for (const test of tests) {
    const hit = once.find(test) ?? twice.find(test);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The standard word a dialect word sounds like, or undefined: the word
 * itself, or the last part of a compound whose first part is a known word
 * ("Hausbsuech": "Haus" and "Bsuech", which is "Besuch").
 */
function bySound(word: string, raw: string, known: KnownWord): string | undefined {
  if (word.length < 3 || !VOWEL.test(word)) return undefined;
  if (isKnown(word, known)) return undefined;
  const whole = soundsLike(word, raw, known);
  if (whole) return whole;
  for (let i = 4; i <= word.length - 4; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (!known(head, true) || !VOWEL.test(tail)) continue;
    // A dialect word of the table ends the compound ("vorbeikumma"), or one the rules read.
    const listed = tail.length >= 5 ? DIALECT_WORDS.get(tail) : undefined;
    const standard = listed && !listed.includes(' ') ? listed : soundsLike(tail, raw, known);
    if (standard) return head + standard;
  }
  return undefined;
}

/** Words Bavarian "a" is "auch" before, as "a wos", "a do", "a scho": pronouns and adverbs, never a noun. */
const AUCH_BEFORE = new Set(
  `was das da noch schon nicht so gern gerne mal nichts kein keine ich mich du dich er sie es wir mir dir uns euch
   ihnen ihr wieder immer hier dort heute morgen jetzt gleich ganz gut mit dabei dazu wer wie wann wo alles nur sehr
   recht eh sowieso halt`.split(/\s+/),
);
/** Tyrolean plural verbs in -s before "es" (ihr): "hobs es", "seits es". */
const PLURAL_S = new Set(['hobs', 'habs', 'seits', 'sads']);
/** Articles after which Swiss "i" is "in" ("i de Praxis", "i d Stadt", "i s Wartezimmer"). */
const IN_ARTICLES = new Set(['de', 'd', 'dr', 's', 'em', 'e', 'en', 'ere', 'der', 'die', 'das', 'den', 'dem']);
const ARTICLES = new Set(
  `der die das den dem des ein eine einen einem einer eines de d dr s em e en es ere dä da mein meine meinen meinem
   dein sein ihr ihre unser unsere euer eure`.split(/\s+/),
);
const PRONOUNS = new Set('mich dich sich uns euch ihn sie ihm ihr ihnen mir dir es'.split(' '));
/**
 * Words after which "an" cannot be the preposition: it is the Bavarian
 * article ("zu an termin", "hob an hexenschuss").
 */
const BEFORE_ARTICLE_AN = new Set(
  `zu auf fur um mit nach von vor bei uber gegen ohne durch aus hob hab habe hast hat hot habts hobts ham hom brauch
   brauche brauchst braucht brauchts hatt hatte hatten will wollt mocht mochte mochten mecht krieg kriag griag
   kriege kriegen kriagn bekomm bekomme gibt gibts is ist such suche suach mach mache macht machts kann konn kannst
   bin so gern gerne si sich no noch brauchte kriege i ich du er ma mer mir muss muas soll darf`.split(/\s+/),
);
/** Words that follow the particle "an" of a verb ("schaut es sich an und…"), never a noun. */
const AFTER_PARTICLE = new Set(
  `und oder aber weil wil wenn dass ob sondern denn bevor nachdem als wie bitte mal dann doch nur gerne gern ja
   nein so sowie falls obwohl damit sobald u od`.split(/\s+/),
);
/** Days and feasts, before which "an" is the preposition: "an Weihnachten", "an Feiertagen", "an Samstagen". */
const DAYS = new RegExp(
  `^(${`weihnacht ostern pfingst silvester heilig neujahr feiertag wochenend werktag
   wochentag montag dienstag mittwoch donnerstag freitag samstag sonntag tag`
    .split(/\s+/)
    .join('|')})`,
);
/** Modal verbs after which Swiss "mer" is "man" ("mues mer", "söll mer", "dörf mer"). */
const MODAL_MAN = new Set(['muss', 'kann', 'soll', 'sollte', 'darf', 'konnte', 'musste', 'durfte']);
/** Verbs a pronoun follows when the sentence asks or inverts ("chan i", "söll i en Termin abmache?"). */
const AFTER_VERB = new Set(
  `kann kannst konnen konnt konnte konnten muss musst mussen musste soll sollte sollten will willst wollen wollte
   darf durfen durfte mochte mochten mag habe hast hat haben hatte hatten bin bist ist sind war ware wird werde
   wurde gehe geht gehen komme kommt kommen brauche braucht brauchen weiss mache macht machen tue tut gibt sage sagt
   hab hob`.split(/\s+/),
);
/** A word's standard form by the table (its first word): "hob" is "habe", "brauchat" "brauchte". */
const standardOf = (word: string) => (DIALECT_WORDS.get(foldGerman(word)) ?? foldGerman(word)).split(' ')[0]!;
const CONJUNCTIONS = new Set([
  'ob',
  'dass',
  'wenn',
  'weil',
  'wil',
  'falls',
  'obwohl',
  'als',
  'wo',
  'wie',
  'was',
  'aber',
]);
/** A verb of AFTER_VERB, in standard German or in dialect ("muas", "chan", "hob"). */
const isVerb = (word: string) => AFTER_VERB.has(standardOf(word));
/** English words in German text after which "hot" is English: "Hot Stone", "hot dog". */
const HOT_ENGLISH = new Set([
  'stone',
  'stones',
  'dog',
  'dogs',
  'yoga',
  'chocolate',
  'pot',
  'spot',
  'tub',
  'towel',
  'wax',
]);
/** What comes before "do" and "mi" when they are Thursday and Wednesday ("am Do", "Mo–Do", "ab Mi"). */
const WEEKDAY_BEFORE = new Set([
  'am',
  'bis',
  'ab',
  'jeden',
  'nachsten',
  'diesen',
  'kommenden',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
]);
const WEEKDAY_AFTER = new Set(['und', 'oder', 'bis', 'fr', 'sa', 'so', 'do', 'mi']);
/** Words "e" and "n" begin when written with a hyphen ("E-Mail", "n-tv"): not articles. */
const LETTER_PREFIXED = new Set([
  'mail',
  'mails',
  'bike',
  'bikes',
  'book',
  'auto',
  'rezept',
  'card',
  'commerce',
  'zigarette',
]);
const isNumber = (w: string | undefined) => w !== undefined && /^\d/.test(w);

/** Neighbours of a word as typed, and whether a hyphen joins it to the next ("E-Mail", "U-Bahn"). */
interface Neighbours {
  prev?: string | undefined;
  next?: string | undefined;
  next2?: string | undefined;
  /** Joined to a neighbour by a hyphen ("E-Mail", "U-Bahn") or a dot ("i.d.R.", "z.B."). */
  joined?: boolean;
  /** A capital letter after another word: a name or a label ("Vitamin A", "Typ I", "bei Ana"). */
  capital?: boolean;
  /** Followed by a full stop ("Dr. Huber"); undefined when not known. */
  dotted?: boolean | undefined;
  /** A comma or a dash ends the clause after the word ("i a, …"). */
  clauseEnd?: boolean;
  first?: boolean;
}

/** The reading of a word its neighbours decide, or undefined to leave it to the tables. */
function inContext(w: string, n: Neighbours): string | undefined {
  const { prev, next } = n;
  switch (w) {
    case 'mer':
      // "mues mer en Termin abmache?", "cha mer parkiere?": after a modal verb it is "man"; else "mir", "wir".
      return prev !== undefined && MODAL_MAN.has(standardOf(prev)) ? 'man' : undefined;
    case 'min':
      return isNumber(prev) || prev === 'paar' || next === undefined ? undefined : 'mein';
    case 'a':
      if (n.capital || n.joined || isNumber(next)) return 'a';
      if (n.clauseEnd || next === 'i' || next === 'mi' || next === 'di') return 'auch';
      // "a Problem", "a neie Frisur" is "ein"; "i a", "a wos", "a do" is "auch".
      return next === undefined || AUCH_BEFORE.has(DIALECT_WORDS.get(foldGerman(next)) ?? next) ? 'auch' : 'ein';
    case 'ana':
      // "nach ana Knie-OP" is "einer"; "bei Ana" is a name.
      return n.capital || next === undefined || STOPWORDS.de.has(next) ? 'ana' : 'einer';
    case 'an':
      // The particle of a verb ("schaut es sich an und sagt…", "ruf mich an, wenn…") stays.
      if (
        next === undefined ||
        n.clauseEnd ||
        AFTER_PARTICLE.has(next) ||
        ARTICLES.has(next) ||
        PRONOUNS.has(next) ||
        isNumber(next) ||
        DAYS.test(next)
      )
        return 'an';
      return prev !== undefined && BEFORE_ARTICLE_AN.has(standardOf(prev)) ? 'einen' : 'an';
    case 'des': {
      // "Ende des Monats", "des nächsten Termins"; not "was des kostet", "ob i des zahlen muas".
      const noun = (x: string | undefined) => x !== undefined && x.length > 3 && /s$/.test(x) && !isVerb(x);
      const genitive = noun(next) || (next !== undefined && /en$/.test(next) && noun(n.next2));
      return genitive ? 'des' : 'das';
    }
    case 'es':
      // Bavarian "es" after the -ts of "habts", "seids" (Tyrolean "hobs es") is "ihr": "habts es heit offen?"
      if (prev !== undefined && (PLURAL_S.has(prev) || DIALECT_WORDS.get(foldGerman(prev))?.endsWith(' ihr')))
        return 'ihr';
      return undefined;
    case 'hobs':
    case 'habs':
      // "i hobs" is "habe es"; Tyrolean "hobs es", "habs ihr" is "habt".
      return next === 'es' || next === 'ihr' ? 'habt' : undefined;
    case 'ka':
      // "ka zusatzversicherung" is "keine"; "ka ahnung", "ka, ob…" is the shorthand "keine Ahnung".
      return next !== undefined && !STOPWORDS.de.has(next) && next !== 'ahnung' ? 'kein' : undefined;
    case 'dr':
      // Bernese "dr Hund" is "der"; "Dr. Huber", "Dr Huber" the doctor.
      return n.dotted === false && !n.capital ? 'der' : undefined;
    case 'bi':
      // Swiss "ich bi" is "ich bin"; "bi Ihne" is "bei".
      return prev === 'ich' || prev === 'i' ? 'bin' : undefined;
    case 'mangisch':
    case 'mangmol':
      // "wie mängisch?" asks how often.
      return prev === 'wie' ? 'oft' : undefined;
    case 'hot':
      return next !== undefined && HOT_ENGLISH.has(next) ? 'hot' : 'hat';
    case 'do':
    case 'mi':
      if ((prev !== undefined && WEEKDAY_BEFORE.has(prev)) || isNumber(next) || (next && WEEKDAY_AFTER.has(next)))
        return w;
      return undefined;
    case 'no':
      // "no" opening a message is the English (and Italian, Spanish) no; later it is Swiss and Bavarian "noch".
      return n.first || next === 'problem' || next === 'way' ? 'no' : 'noch';
    case 'i':
      // "i de Praxis" is "in"; "i hob", "söll i en Termin", "chan i" is "ich"; "Typ I", "i.d.R." stay.
      if (n.capital || n.joined) return 'i';
      if (prev !== undefined && (isVerb(prev) || CONJUNCTIONS.has(prev))) return 'ich';
      return next !== undefined && IN_ARTICLES.has(next) ? 'in' : 'ich';
    case 'z':
      // Swiss "z lang", "z spaat": "zu"; "z.B." stays.
      // ("z b", "z t" are "z.B.", "z.T." as normalise() leaves them.)
      return n.joined || next === undefined || isNumber(next) || next === 'b' || next === 't' ? w : 'zu';
    case 'e':
    case 'n':
      if (n.joined || n.capital || next === undefined || isNumber(next) || LETTER_PREFIXED.has(next)) return w;
      // "'n Abend", "n Morgen": a greeting.
      if (w === 'n' && n.first && (next === 'abend' || next === 'morgen' || next === 'tag')) return w;
      return w === 'e' ? 'eine' : 'ein';
    case 'd':
      return n.joined || n.capital || next === undefined || isNumber(next) ? w : 'die';
    case 's':
      return n.joined || n.capital || next === undefined || isNumber(next) ? w : 'das';
    default:
      return undefined;
  }
}

/** The Bavarian -ts of "habts", "machts" already says "ihr": "habts ihr" is read once. */
const dropRepeatedIhr = (standard: string, next: string | undefined) =>
  next === 'ihr' || next === 'iir' || next === 'ir' || next === 'es' ? standard.replace(/ ihr$/, '') : standard;

/** The standard German of one word, or undefined when it is standard already (or unknown). */
function standardWord(word: string, raw: string, n: Neighbours, known: KnownWord | undefined): string | undefined {
  const folded = foldGerman(word);
  const context = inContext(folded, n);
  if (context !== undefined) return context === folded ? undefined : context;
  const umlaut =
    UMLAUT_WORDS.get(raw) ?? UMLAUT_WORDS.get(raw.replace(/ae/g, 'ä').replace(/oe/g, 'ö').replace(/ue/g, 'ü'));
  if (umlaut) return umlaut;
  const listed = DIALECT_WORDS.get(folded);
  if (listed) return listed === folded ? undefined : dropRepeatedIhr(listed, n.next);
  // "machts ihr", "behandelts ihr": the Bavarian plural before "ihr".
  if (/^.{3,}ts$/.test(folded) && (n.next === 'ihr' || n.next === 'iir' || n.next === 'ir')) return folded.slice(0, -1);
  return known && /^\p{L}+$/u.test(folded) ? bySound(folded, raw, known) : undefined;
}

/**
 * German words (normalised, as `words` in domain/text.ts gives them) with
 * dialect words spelt out in standard German. `known` lets the sound rules
 * reach the caller's vocabulary (the business's words); without it they
 * only reach function words and the table's own standard forms.
 */
export function standardGermanWords(words: readonly string[], known: KnownWord = builtInKnown()): string[] {
  return words.flatMap((word, i) => {
    const next = words[i + 1];
    const standard = standardWord(word, word, { prev: words[i - 1], next, next2: words[i + 2], first: i === 0 }, known);
    return standard === undefined ? [word] : standard.split(' ');
  });
}

/** A word of a message as typed: letters (an apostrophe inside, as in "isch's", splits it: "d'Impfig"). */
const TOKEN = /[\p{L}\p{M}]+|\d+(?:[.,:]\d+)*/gu;

/**
 * A message with its dialect words replaced by standard German, everything
 * else (digits, punctuation, emoji, line breaks) left where it was: what
 * every later reader of a German message reads.
 */
export function standardGermanText(text: string, known: KnownWord = builtInKnown()): string {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    raw: m[0].normalize('NFC').toLowerCase(),
    word: normaliseWord(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    capital: /^\p{Lu}/u.test(m[0]),
  }));
  let out = '';
  let at = 0;
  tokens.forEach((token, i) => {
    const between = (a: number, b: number) => text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? text.length);
    // Words split by a sentence's end are no neighbours: "…am Samstag. Do you…" is not "am Do".
    const sameSentence = (a: number, b: number) => !/[.!?;:\n]/.test(between(a, b));
    const prev = i > 0 && sameSentence(i - 1, i) ? tokens[i - 1]!.word : undefined;
    const next = i + 1 < tokens.length && sameSentence(i, i + 1) ? tokens[i + 1]!.word : undefined;
    const next2 =
      next !== undefined && i + 2 < tokens.length && sameSentence(i + 1, i + 2) ? tokens[i + 2]!.word : undefined;
    // "E-Mail", "U-Bahn", "i.d.R.", "z.B.", "12i", "45min": a letter glued to a neighbour is no word of its own.
    const glue = (a: number, b: number) => a >= 0 && b < tokens.length && /^(?:[-‐‑.]?)$/.test(between(a, b));
    // A clitic after an apostrophe ("kennt's", "ob's") belongs to its word.
    const clitic = /['’`´]$/.test(text.slice(0, token.start)) && /\p{L}$/u.test(text.slice(0, token.start - 1));
    const joined = glue(i - 1, i) || glue(i, i + 1) || clitic;
    if (/\d/.test(token.word)) return;
    const standard = standardWord(
      token.word,
      token.raw,
      {
        prev,
        next,
        next2,
        joined,
        capital: token.capital && prev !== undefined,
        first: prev === undefined,
        dotted: text[token.end] === '.',
        clauseEnd: /[,–—]/.test(between(i, i + 1)),
      },
      known,
    );
    if (standard === undefined) return;
    out += text.slice(at, token.start) + standard;
    at = token.end;
    // "d'Impfig", "z'Züri", "hob's": the standard word is a word of its own.
    if (/^['’`´]\p{L}/u.test(text.slice(at, at + 2))) {
      out += ' ';
      at += 1;
    }
  });
  return withIhrForms(out + text.slice(at));
}

/** Verbs whose "ihr" form is no plural minus -en: "könnt", "müsst", "seid". */
const IHR_IRREGULAR: Readonly<Record<string, string>> = {
  konnen: 'könnt',
  können: 'könnt',
  mussen: 'müsst',
  müssen: 'müsst',
  durfen: 'dürft',
  dürfen: 'dürft',
  mogen: 'mögt',
  mögen: 'mögt',
  wollen: 'wollt',
  sind: 'seid',
};

/** Verbs a customer asks a business with, whose "ihr" form is the plural minus -en ("haben" → "habt"). */
const IHR_REGULAR = new Set(
  `haben machen nehmen bieten kommen gehen brauchen arbeiten verkaufen akzeptieren schneiden impfen behandeln
   offnen öffnen reparieren liefern schicken senden empfehlen`.split(/\s+/),
);

/**
 * Swiss German has one plural for "wir", "ihr" and "sie" ("hend ihr", "chönd ihr", "sind ihr"), which the table
 * spells as the standard plural: "haben ihr" is read "habt ihr", "kommen ihr" "kommt ihr", as standard German asks.
 */
function withIhrForms(text: string): string {
  const ihrForm = (verb: string) => {
    const lower = verb.toLowerCase();
    const form = IHR_IRREGULAR[lower] ?? (IHR_REGULAR.has(lower) ? `${lower.slice(0, -2)}t` : undefined);
    if (!form) return verb;
    return /^\p{Lu}/u.test(verb) ? form[0]!.toUpperCase() + form.slice(1) : form;
  };
  return text
    .replace(/\b(\p{L}+)(\s+)(ihr)\b/giu, (_, verb: string, gap: string, ihr: string) => `${ihrForm(verb)}${gap}${ihr}`)
    .replace(
      /\b(ihr)(\s+)(\p{L}+)\b/giu,
      (_, ihr: string, gap: string, verb: string) => `${ihr}${gap}${ihrForm(verb)}`,
    );
}

/** "haben"/"machen" forms that open a German sentence whose particle ("auf", "zu") comes last. */
const BRACKET_VERBS: Readonly<Record<string, 'haben' | 'machen'>> = {
  habt: 'haben',
  haben: 'haben',
  hat: 'haben',
  hast: 'haben',
  hab: 'haben',
  macht: 'machen',
  machen: 'machen',
  machst: 'machen',
};
const PARTICLES = new Set(['auf', 'zu']);

/**
 * Separable verbs a customer writes to a front desk, by the particle that ends the sentence: the particle, then
 * the verb's stem and its irregular present forms (umlauts folded, as `normalise` and `foldGerman` leave them),
 * then the whole verb. "Ich sage den Termin am Freitag ab" cancels, "bietet ihr auch Massagen an?" asks what is
 * offered, "was zieh ich am besten an?" asks what to wear, "fällt der Kurs heute aus?" asks whether it is off.
 */
const SEPARABLE: readonly (readonly [particle: string, stem: string, irregular: string, verb: string])[] = [
  ['ab', 'sag', '', 'absagen'],
  ['ab', 'meld', '', 'abmelden'],
  ['ab', 'hol', '', 'abholen'],
  ['ab', 'geb', 'gibst gibt', 'abgeben'],
  ['an', 'ruf', '', 'anrufen'],
  ['an', 'meld', '', 'anmelden'],
  ['an', 'zieh', '', 'anziehen'],
  ['an', 'biet', '', 'anbieten'],
  ['an', 'fang', 'fangst fangt', 'anfangen'],
  ['an', 'schau', '', 'anschauen'],
  ['an', 'seh', 'siehst sieht', 'ansehen'],
  ['aus', 'zieh', '', 'ausziehen'],
  ['aus', 'fall', 'fallst fallt', 'ausfallen'],
  ['aus', 'mach', '', 'ausmachen'],
  ['um', 'zieh', '', 'umziehen'],
  ['um', 'buch', '', 'umbuchen'],
  ['um', 'leg', '', 'umlegen'],
  ['mit', 'bring', '', 'mitbringen'],
  ['mit', 'nehm', 'nimmst nimmt', 'mitnehmen'],
  ['mit', 'komm', '', 'mitkommen'],
  ['vorbei', 'komm', '', 'vorbeikommen'],
  ['vorbei', 'bring', '', 'vorbeibringen'],
  ['vorbei', 'schau', '', 'vorbeischauen'],
  ['zuruck', 'ruf', '', 'zuruckrufen'],
  ['vor', 'bereit', '', 'vorbereiten'],
  ['ein', 'schlaf', 'schlafst schlaft', 'einschlafen'],
  ['ein', 'reich', '', 'einreichen'],
  ['ein', 'los', '', 'einlosen'],
];
const ENDINGS = ['', 'e', 'st', 't', 'en', 'et', 'est'];
const SEPARABLE_FORMS: ReadonlyMap<string, ReadonlyMap<string, string>> = (() => {
  const byParticle = new Map<string, Map<string, string>>();
  for (const [particle, stem, irregular, verb] of SEPARABLE) {
    const forms = byParticle.get(particle) ?? new Map<string, string>();
    for (const form of [...ENDINGS.map((e) => stem + e), ...irregular.split(' ').filter(Boolean)])
      forms.set(form, verb);
    byParticle.set(particle, forms);
  }
  return byParticle;
})();

/** How many words before its particle a separated verb may stand ("sage … den Termin am Freitag um neun ab"). */
const SEPARABLE_REACH = 10;

/**
 * German splits its separable verbs around what it asks: "habt ihr zwischen
 * den Jahren auf?", "macht ihr am Samstag später auf?", "ich sage den Termin
 * am Freitag ab", "bietet ihr auch Massagen an?". A sentence (or a part of
 * one, up to a comma) that ends in the particle of a verb said before it is
 * read with the particle joined back to the verb at its end ("…zwischen den
 * Jahren aufhaben?", "…den Termin am Freitag absagen"), which the lexicon's
 * phrases match. Anything else is left as written: "ab Montag", "an der
 * Rezeption" and "mit meinem Hund" end no sentence.
 */
export function joinSeparableVerbs(text: string): string {
  return text.replace(/[^.!?;,\n]+/g, (sentence) => {
    const found = [...sentence.matchAll(/\p{L}+/gu)];
    const last = found.at(-1);
    if (!last || found.length < 2) return sentence;
    const particle = foldGerman(normaliseWord(last[0]));
    const word = (m: RegExpMatchArray) => foldGerman(normaliseWord(m[0]));
    let joined: string | undefined;
    if (PARTICLES.has(particle) && found.length >= 4) {
      const verb = found.slice(0, -2).find((m) => BRACKET_VERBS[m[0].toLowerCase()]);
      if (verb) joined = `${particle}${BRACKET_VERBS[verb[0].toLowerCase()]}`;
    }
    const forms = SEPARABLE_FORMS.get(particle);
    if (!joined && forms) {
      const before = found.slice(Math.max(0, found.length - 1 - SEPARABLE_REACH), -1);
      joined = before.map((m) => forms.get(word(m))).findLast((v) => v !== undefined);
    }
    if (!joined) return sentence;
    return sentence.slice(0, last.index) + joined + sentence.slice(last.index + last[0].length);
  });
}
