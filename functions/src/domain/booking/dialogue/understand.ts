/**
 * What a customer's message says to the booking dialogue: which service or
 * option they mean (fuzzily, in any of the business's languages), a number
 * picked from a list, yes, no, stop, change, a person, a name. Pure.
 */
import type { Service } from '../../business.js';
import { allTexts } from '../../localized.js';
import { isArabicScript, isStopword, normalise, stem, words } from '../../text.js';

/**
 * Content words compared loosely: Arabic words by their light stem (no article, no suffix). A word
 * written with an accent is kept even when its plain spelling is a stopword ("uñas" is not "unas").
 */
/**
 * The words of a text that carry meaning. `language`, when known, decides
 * what is a stopword ("dos" is one in Portuguese, not in French "Dos
 * complet"); two-letter function words of any language go either way (the
 * "de" of "De-shedding").
 */
function contentWords(text: string, language?: string): string[] {
  const stop = (w: string) => isStopword(w, language) || (w.length <= 2 && isStopword(w));
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .flatMap((raw) => words(raw).map((w) => ({ w, accented: w !== raw && !isArabicScript(w) })))
    .filter(({ w, accented }) => (w.length > 1 || isArabicScript(w)) && !/^\d+$/.test(w) && (accented || !stop(w)))
    .map(({ w }) => (isArabicScript(w) ? stem(w) : w));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The same word give or take a plural, a suffix or a typo ("nails"/"nail", "gromming"/"grooming"). */
export function similar(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3) return true;
  if (shorter >= 8) return distance(a, b) <= 2;
  return shorter >= 5 && distance(a, b) <= 1;
}

interface Named {
  id: string;
  /** Every wording of its name, in every language. */
  names: string[][];
}

/**
 * The candidates whose names the message mentions best: the share of a
 * name's content words found in the message, best name per candidate.
 * Several ids come back when they tie (the customer said "groom" and the
 * business has a full groom and a cat groom).
 */
function bestMatches(text: string, candidates: readonly Named[], distinctive = false): string[] {
  const said = contentWords(text);
  if (said.length === 0) return [];
  const counts = new Map<string, number>();
  if (distinctive)
    for (const c of candidates) for (const w of new Set(c.names.flat())) counts.set(w, (counts.get(w) ?? 0) + 1);
  const scored = candidates.map((c) => {
    const score = Math.max(
      0,
      ...c.names.map((name) => {
        const useful = distinctive ? name.filter((w) => counts.get(w) === 1) : name;
        if (useful.length === 0) return 0;
        const found = useful.filter((w) => said.some((s) => similar(s, w))).length;
        return distinctive ? (found > 0 ? found : 0) : found / useful.length;
      }),
    );
    return { id: c.id, score };
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  if (best === 0 || (!distinctive && best < 0.5)) return [];
  return scored.filter((s) => s.score === best).map((s) => s.id);
}

export function matchServices(text: string, services: readonly Service[], defaultLanguage: string): string[] {
  return bestMatches(
    text,
    services.map((s) => ({
      id: s.id,
      names: allTexts(s.name, defaultLanguage).map((t) => contentWords(t.text, t.language)),
    })),
  );
}

/** The variant the message names, by the words only that variant's names have ("medium", "mediano", "men"). */
export function matchVariants(text: string, service: Service, defaultLanguage: string): string[] {
  return bestMatches(
    text,
    service.variants.map((v) => ({
      id: v.id,
      names: allTexts(v.name, defaultLanguage).map((t) => contentWords(t.text, t.language)),
    })),
    true,
  );
}

const ORDINALS: Record<string, number> = Object.fromEntries(
  [
    ['first primero primera premier premiere primer primeira primeiro الاول الاولى awal', 1],
    ['second segundo segunda deuxieme second segon segona الثاني الثانيه tani', 2],
    ['third tercero tercera troisieme tercer tercera terceiro terceira الثالث الثالثه talet', 3],
  ].flatMap(([words, n]) => (words as string).split(' ').map((w) => [w, n as number])),
);

/** "2", "#2", "option 2", "the second", "٢" → 2 (1-based); undefined for anything else. */
export function pickedNumber(text: string): number | undefined {
  const w = words(text).filter(
    (x) => !['the', 'option', 'number', 'numero', 'no', 'el', 'la', 'le', 'o', 'a', 'رقم', 'one'].includes(x),
  );
  if (w.length !== 1) return undefined;
  const only = w[0]!;
  if (/^\d{1,2}$/.test(only)) return Number(only);
  return ORDINALS[only];
}

const phrases = (list: string) =>
  list
    .split('|')
    .map((p) => normalise(p))
    .filter((p) => p.length > 0);

function mentions(text: string, list: readonly string[]): boolean {
  const said = ` ${normalise(text)} `;
  return list.some((p) => said.includes(` ${p} `));
}

const YES = phrases(
  'yes|yeah|yep|yup|sure|ok|okay|confirm|book it|go ahead|perfect|great|sounds good|si|sí|claro|vale|dale|de acuerdo|confirmo|perfecto|oui|ouais|d’accord|parfait|je confirme|نعم|اي|ايوه|إيه|أكيد|تمام|موافق|يلا|aywa|eh|akid|tamam|yalla|na3am|sim|pode ser|confirmado|perfeito|d’acord|endavant',
);
const NO = phrases('no|nope|nah|non|not really|لا|la2|não|nao|no gràcies');
const STOP = phrases(
  'cancel|stop|never mind|nevermind|forget it|forget about it|quit|no thanks|cancelar|cancela|olvídalo|déjalo|ya no|no gracias|annuler|annule|laisse tomber|oublie|non merci|إلغاء|الغاء|الغي|خلص|بلاش|مش مهم|انسى|khalas|balash|cancel·la|deixa-ho|oblida-ho|esquece|desisto|não obrigado|parar',
);
const CHANGE = phrases(
  'instead|actually|rather|en vez|en lugar|mejor el|plutôt|بدل|بدلا|en comptes|millor|em vez|change|another day|other day|different day|another time|different time|otro día|otra hora|cambiar|autre jour|autre heure|changer|modifier|يوم تاني|يوم ثاني|وقت تاني|وقت آخر|غير|غيّر|un altre dia|una altra hora|canviar|outro dia|outra hora|mudar|trocar',
);
const HUMAN = phrases(
  'human|a person|real person|an agent|someone from the team|talk to someone|speak to someone|staff member|humano|una persona|hablar con alguien|un agente|quelqu’un|humain|un conseiller|موظف|شخص حقيقي|احكي مع حدا|بدي احكي مع|إنسان|algú|parlar amb algú|atendente|uma pessoa|falar com alguém',
);

export const saysYes = (text: string) => words(text).length <= 8 && mentions(text, YES) && !mentions(text, NO);
export const saysNo = (text: string) => words(text).length <= 6 && mentions(text, NO) && !mentions(text, YES);
export const saysStop = (text: string) => words(text).length <= 10 && mentions(text, STOP);
export const saysChange = (text: string) => mentions(text, CHANGE);
export const wantsPerson = (text: string) => mentions(text, HUMAN);

const NAME_PREFIX =
  /^(?:(?:hi|hello|hola|bonjour|salut|ola|olá|مرحبا)[,!\s]+)?(?:my name is|my name's|i'm|i am|it's|this is|name\s*:|me llamo|soy|mi nombre es|je m'appelle|je suis|c'est|moi c'est|اسمي|أنا|انا|esmi|ismi|em dic|sóc|soc|el meu nom és|chamo-me|me chamo|meu nome é|o meu nome é|sou o|sou a|sou|his name is|her name is|its name is|se llama|il s'appelle|elle s'appelle|اسمه|اسمها|es diu|chama-se|se chama)\s+/iu;

/** A person's or pet's name from a reply like "I'm Ana Ruiz", "Luna", "اسمي ليلى"; undefined if it does not look like one. */
export function extractName(text: string): string | undefined {
  const cleaned = text
    .replace(/[’‘`´]/g, "'")
    .trim()
    .replace(NAME_PREFIX, '')
    .replace(/[.!?,;:]+$/u, '')
    .trim();
  if (!cleaned || cleaned.length > 60 || /\d/.test(cleaned) || !/\p{L}/u.test(cleaned)) return undefined;
  if (cleaned.split(/\s+/).length > 5) return undefined;
  return cleaned;
}

const BOOK = phrases(
  'book|booking|appointment|appt|reserve|reservation|schedule|slot|availability|available|cita|reservar|reserva|turno|hueco|disponibilidad|rendez vous|rdv|réserver|réservation|créneau|disponible|موعد|مواعيد|حجز|احجز|بدي احجز|maw3ed|maw3id|ma3ad|7ajez|e7jez|a7jez|hajz|demanar hora|hora|marcar|marcação|agendar|horário|vaga',
);

/** Whether a message asks to book (to start the dialogue from the offline responder). */
export const wantsToBook = (text: string) => mentions(text, BOOK);
