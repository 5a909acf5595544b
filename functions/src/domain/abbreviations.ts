/**
 * Chat shorthand, per language, expanded to the words it stands for before
 * anything else reads a message: WhatsApp Spanish writes "q", "xq", "xfa",
 * "pa", "tb"; English "u", "r", "pls", "thx", "tmrw"; Portuguese "vc",
 * "qto", "hj"; French "stp", "bcp", "rdv"; Catalan "q", "xq", "dsp"; Italian
 * "cmq", "xke", "nn", "grz", "x", and the South's "cu" (con), "pe" (per); German "vllt", "bzw", "lg", "hdl", and the
 * Austrian and Bavarian "ned"/"net" (nicht); French "chui", "jpeux", "tkt".
 *
 * German also gets its dialects spelt out in standard German first
 * (Swiss "isch", "nöd", "chasch"; Austrian and Bavarian "hob", "nimma",
 * "seids"; see dialects.ts), its umlauts folded ("moechte" and "möchte" are
 * both "mochte", see foldGerman in stem.ts) and the compounds of
 * front-desk words split ("Zahnarzttermin" → "zahnarzt termin",
 * compounds.ts).
 *
 * Keys are normalised words (see normalise in text.ts); a value may be
 * several words. A shorthand that means different things in different
 * languages ("q", "tb", "pq") is only expanded for a language it belongs
 * to, which is why unknown-language text gets only the unambiguous ones.
 */
import { splitGermanCompound } from './compounds.js';
import {
  KRIOLU_WORDS,
  pidginToEnglish,
  scotsToEnglish,
  SOUTHERN_ITALIAN_WORDS,
  standardGermanWords,
} from './dialects.js';
import type { TextLanguage } from './languages.js';
import { foldGerman } from './stem.js';

const table = (s: string): ReadonlyMap<string, string> =>
  new Map(
    s
      .split(',')
      .map((pair) => pair.split('=').map((p) => p.trim()))
      .filter((pair): pair is [string, string] => pair.length === 2 && pair[0] !== ''),
  );

export const ABBREVIATIONS: Record<TextLanguage, ReadonlyMap<string, string>> = {
  en: table(`1st=first, 2nd=second, 3rd=third, 4th=fourth, u=you, ye=you, yall=you all, r=are, ur=your, yr=your, pls=please, plz=please, plse=please, thx=thanks, thnx=thanks, tnx=thanks, ty=thank you,
    tmrw=tomorrow, tmr=tomorrow, tmrrw=tomorrow, 2moro=tomorrow, 2morrow=tomorrow, 2day=today, tdy=today, tonite=tonight,
    b4=before, aft=afternoon, appt=appointment, appts=appointments, apt=appointment, info=information, asap=as soon as possible,
    wknd=weekend, wk=week, wks=weeks, hrs=hours, hr=hour, mins=minutes, min=minutes, yo=years old, yrs=years, cuz=because, coz=because, bc=because,
    wat=what, wot=what, wen=when, hw=how, abt=about, w=with, wanna=want to, gonna=going to, gotta=have to, dunno=do not know,
    msg=message, ppl=people, sat=saturday, mon=monday, tues=tuesday, weds=wednesday, thurs=thursday, fri=friday,
    dr=doctor, doc=doctor, xray=x ray, xrays=x rays, nite=night, rn=right now, atm=at the moment, k=ok, kk=ok, thru=through,
    bday=birthday, nxt=next, avail=available, l8=late, l8r=later, 2nite=tonight, shud=should, wud=would, cud=could,
    pup=puppy, pups=puppies`),
  es: table(`1a=primera, 1ra=primera, 1era=primera, 1er=primer, 1o=primero, 1ro=primero, 2a=segunda, 2da=segunda, 2o=segundo, 2do=segundo, 3a=tercera, 3ra=tercera, 3er=tercer, q=que, k=que, ke=que, xq=porque, pq=porque, porq=porque, xk=porque, x=por, xa=para, pa=para, xfa=por favor, porfa=por favor,
    pf=por favor, plis=por favor, tb=tambien, tmb=tambien, tbn=tambien, tmbn=tambien, d=de, dnd=donde, cdo=cuando, qdo=cuando,
    cnt=cuanto, cto=cuanto, cuant=cuanto, xo=pero, mxo=mucho, mnn=manana, mna=manana, hrs=horas, hr=hora, min=minutos, mins=minutos,
    dr=doctor, dra=doctora, info=informacion, msj=mensaje, bss=besos, grax=gracias, grs=gracias, grcs=gracias, ntp=no te preocupes,
    nd=nada, tqm=te quiero mucho, sq=es que, toy=estoy, tas=estas, ta=esta, tamos=estamos, vd=verdad, finde=fin de semana,
    s=si, sip=si, sep=si, oka=ok, tngo=tengo, tng=tengo, kiero=quiero, qiero=quiero, aki=aqui, sta=esta,
    xfavor=por favor, porfis=por favor, weno=bueno, aora=ahora, ntonces=entonces, mu=muy, pal=para el,
    toavia=todavia, tol=todo el, ustede=ustedes, uste=usted, vosotro=vosotros, nosotro=nosotros, meno=menos,
    tie=tiene, quillo=tio, quilla=tia, illo=tio, illa=tia,
    muje=mujer, mejo=mejor, peo=peor, embaraza=embarazada, musha=mucha, musho=mucho, mushas=muchas, mushos=muchos,
    noshe=noche, er=el, hemo=hemos, vemo=vemos, tenemo=tenemos, podemo=podemos, estamo=estamos, somo=somos,
    queremo=queremos, vamo=vamos, verda=verdad, ciuda=ciudad, mita=mitad`),
  // Italian, with the words of Neapolitan and Sicilian (dialects.ts) its writers mix in.
  it: new Map([
    ...SOUTHERN_ITALIAN_WORDS,
    ...table(`1a=prima, 1o=primo, 2a=seconda, 2o=secondo, 3a=terza, 3o=terzo, cmq=comunque, cmnq=comunque, xche=perche, xke=perche, xk=perche, pk=perche, pke=perche, xo=pero, nn=non, grz=grazie,
    graz=grazie, thx=grazie, qlc=qualche, qlcs=qualcosa, qlcn=qualcuno, x=per, tvb=ti voglio bene, tvtb=ti voglio tanto bene,
    cn=con, sn=sono, cm=come, qnd=quando, qndo=quando, qnt=quanto, qnto=quanto, qst=questo, qsta=questa, ke=che, k=che, ki=chi,
    tt=tutto, anke=anche, ank=anche, nnt=niente, bn=bene, dmn=domani, sett=settimana, app=appuntamento,
    appt=appuntamento, info=informazioni, msg=messaggio, dott=dottore, dr=dottore, dottssa=dottoressa, raga=ragazzi, gg=giorni,
    h=ore, min=minuti, mins=minuti, pz=paziente, cel=cellulare, risp=rispondere, sbg=scusate, scs=scusa, pfv=per favore,
    xfv=per favore, pf=per favore, tnt=tanto, mlt=molto, prox=prossimo, prx=prossimo, bng=buongiorno, bgiorno=buongiorno,
    cu=con, pe=per, cchiu=piu, chistu=questo, chesta=questa, stu=questo, nisciuno=nessuno`),
  ]),
  de: table(`vllt=vielleicht, vlt=vielleicht, vlcht=vielleicht, evtl=eventuell, bzw=beziehungsweise, gg=gern geschehen,
    lg=liebe grusse, vg=viele grusse, mfg=mit freundlichen grussen, hdl=hab dich lieb, ggf=gegebenenfalls, usw=und so weiter,
    zb=zum beispiel, kp=kein plan, ka=keine ahnung, wg=wegen, nen=einen, nem=einem, ner=einer, hab=habe, gibts=gibt es,
    haste=hast du, kannste=kannst du, biste=bist du, std=stunde, stdn=stunden, min=minuten, mins=minuten,
    tel=telefon, nr=nummer, dr=doktor, thx=danke, dankee=danke, dnk=danke, u=und, od=oder, grad=gerade, eig=eigentlich,
    wieviel=wie viel, wieviele=wie viele, nochma=nochmal, bissl=bisschen, bisl=bisschen, tschu=tschuss, tschoe=tschuss,
    wochenend=wochenende, we=wochenende, morgn=morgen, heut=heute, termn=termin, sry=sorry, pls=bitte, bitteschon=bitte,
    ned=nicht, net=nicht, nix=nichts, gehts=geht es, nachm=nachmittag`),
  ca: table(`1a=primera, 1r=primer, 2a=segona, 2n=segon, 3a=tercera, 3r=tercer, q=que, k=que, xq=perque, pq=perque, perq=perque, x=per, xa=per a, pa=per a, tb=tambe, tmb=tambe, tbe=tambe, d=de,
    dsp=despres, dps=despres, qn=quan, qnt=quant, qt=quant, msg=missatge, hrs=hores, hr=hora, min=minuts, mins=minuts, dr=doctor,
    dra=doctora, info=informacio, gracie=gracies, grasies=gracies, mrc=merci, bdia=bon dia,
    sisplau=si us plau, siusplau=si us plau, pf=per favor, xfa=per favor, sip=si, mol=molt, mlt=molt`),
  // Portuguese, with the words of Cape Verdean Creole (dialects.ts) its writers mix in.
  pt: new Map([
    ...KRIOLU_WORDS,
    ...table(`1a=primeira, 1o=primeiro, 2a=segunda, 2o=segundo, 3a=terceira, 3o=terceiro, vc=voce, vcs=voces, voçe=voce, q=que, oq=o que, pq=porque, pqe=porque, p=para, pra=para, pro=para o, tb=tambem, tbm=tambem,
    td=tudo, tds=todos, hj=hoje, amn=amanha, qto=quanto, qta=quanta, qtos=quantos, qdo=quando, qnd=quando, qnto=quanto, mto=muito,
    mt=muito, mta=muita, msm=mesmo, ngm=ninguem, obg=obrigado, obgd=obrigado, obgda=obrigada, brigado=obrigado, brigada=obrigada,
    blz=beleza, vlw=valeu, agr=agora, cmg=comigo, ctz=certeza, dps=depois, n=nao, naum=nao, eh=e, hrs=horas, hr=hora, min=minutos,
    dr=doutor, dra=doutora, info=informacao, fds=fim de semana, to=estou, tô=estou, ta=esta, tá=esta, tao=estao, sdds=saudades, c=com, cm=com, ctg=contigo, nd=nada, vdd=verdade,
    pfv=por favor, pfvr=por favor, pf=por favor, qnt=quanto, qndo=quando, dnv=de novo, tbem=tambem, kd=cade`),
  ]),
  fr: table(`pec=prise en charge, 1ere=premiere, 1re=premiere, 1er=premier, 2eme=deuxieme, 2e=deuxieme, 2nde=seconde, 2nd=second, 3eme=troisieme, 3e=troisieme, stp=sil te plait, svp=sil vous plait, slt=salut, bjr=bonjour, bsr=bonsoir, mrc=merci, mci=merci, bcp=beaucoup, pr=pour,
    pk=pourquoi, pq=pourquoi, pcq=parce que, qd=quand, qnd=quand, cb=combien, cmb=combien, rdv=rendez vous,
    ajd=aujourdhui, auj=aujourdhui, dem=demain, tjrs=toujours, tt=tout, ts=tous, ds=dans, dc=donc, vs=vous, jsp=je ne sais pas,
    jpp=je peux pas, cc=coucou, dsl=desole, mn=minutes, min=minutes, h=heure, hrs=heures, dr=docteur, info=information,
    koi=quoi, ki=qui, c=cest, sa=ca, keske=quest ce que, kel=quel, kelle=quelle, pb=probleme, pbm=probleme,
    chui=je suis, chuis=je suis, jsuis=je suis, jpeux=je peux, jveux=je veux, jpourrai=je pourrai, ptet=peut etre,
    qqn=quelquun, qqch=quelque chose, diff=difference, tkt=ne tinquiete pas, ya=il y a`),
  ar: table(`slm=salam, mrhba=marhaba, shukran=shukran, tslm=tislam, inshalah=inshallah, nshala=inshallah, insha2allah=inshallah,
    bkra=bukra, bokra=bukra, ymken=mumkin, mmkn=mumkin, mumken=mumkin, 3fwan=3afwan`),
};

/**
 * Shorthand that means the same in every language that uses it; for text
 * whose language is not known yet (detection runs on expanded text too).
 */
export const UNIVERSAL_ABBREVIATIONS: ReadonlyMap<string, string> = table(
  `pls=please, plz=please, thx=thanks, tmrw=tomorrow, 2moro=tomorrow, appt=appointment, xfa=por favor, porfa=por favor, xq=porque,
   vc=voce, vcs=voces, hj=hoje, qto=quanto, obg=obrigado, blz=beleza, svp=sil vous plait, stp=sil te plait, rdv=rendez vous,
   bjr=bonjour, bcp=beaucoup, dsp=despres, bdia=bon dia`,
);

/** Shorthand that stands for its words only after a number: "6 yo" is six years old, "yo" alone is a greeting. */
const AFTER_NUMBER: ReadonlySet<string> = new Set(['yo']);

/** Expands chat shorthand in normalised words for `language` (or only the unambiguous ones). */
export function expandAbbreviations(words: readonly string[], language?: string): string[] {
  const map = language && language in ABBREVIATIONS ? ABBREVIATIONS[language as TextLanguage] : UNIVERSAL_ABBREVIATIONS;
  const spoken =
    language === 'de' ? standardGermanWords(words) : language === 'en' ? scotsToEnglish(pidginToEnglish(words)) : words;
  const expanded = spoken.flatMap((word, i) => {
    // "my son is 6 yo" is his age; "yo how much…" greets.
    if (AFTER_NUMBER.has(word) && !/\d/.test(spoken[i - 1] ?? '')) return [word];
    const known = map.get(word);
    if (known) return known.split(' ');
    if (language === 'es') return [spokenSpanish(word, spoken[i + 1])];
    return [word];
  });
  if (language !== 'de') return expanded;
  return expanded.flatMap((word) => splitGermanCompound(foldGerman(word)));
}

/** Spanish words that end in "-ao" as written: no participle that lost its "d". */
const AO_WORDS: ReadonlySet<string> = new Set(['bacalao', 'cacao', 'sarao', 'callao', 'macao', 'cao']);

/**
 * Spanish as it is spoken in the South and written on WhatsApp: a participle loses its "d" ("tocao", "empeñao",
 * "volcao": tocado, empeñado, volcado), and "pue" before an infinitive is "puede" ("pue venirse"), else "pues".
 */
function spokenSpanish(word: string, next: string | undefined): string {
  if (word.length >= 5 && word.endsWith('ao') && !AO_WORDS.has(word)) return `${word.slice(0, -2)}ado`;
  if (word === 'pue')
    return next && /^\p{L}{2,}(?:ar|er|ir)(?:se|me|te|lo|la|le|nos|los|las|les)?$/u.test(next) ? 'puede' : 'pues';
  return word;
}
