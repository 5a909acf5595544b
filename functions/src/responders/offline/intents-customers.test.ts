/**
 * The intent cues as customers write them on WhatsApp, per language and
 * dialect: small talk, asking for a slot, acting on one's own appointment,
 * and the near misses that must not count (a greeting word inside a
 * question, "book" as a noun, a bare appointment noun).
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../../domain/languages.js';
import { signalLanguages } from '../../domain/language.js';
import { expandedWords } from '../../domain/text.js';
import { classify, type Intent } from './intents.js';

/** Cues read in the languages the responder reads the message in (understand.ts). */
const intentsOf = (text: string, languages: readonly TextLanguage[] = signalLanguages(text)) =>
  classify(expandedWords(text), languages).intents;

describe('small talk, per language and dialect', () => {
  it.each<[string, Intent]>([
    // English
    ['heyy', 'greeting'],
    ['hi guys', 'greeting'],
    ['thank you so much!!', 'thanks'],
    ['cheers mate', 'thanks'],
    ['see u then', 'goodbye'],
    ['have a good one', 'goodbye'],
    ['sounds great', 'yes'],
    ['no worries', 'yes'],
    ['👍 ok cool', 'yes'],
    // French, Québécois, Belgian
    ['bon matin', 'greeting'],
    ['merci infiniment', 'thanks'],
    ['à tantôt', 'goodbye'],
    ['bonne fin de journée', 'goodbye'],
    ['ça marche', 'yes'],
    ["c'est correct", 'yes'],
    ['pas de souci', 'yes'],
    // Italian, Roman, Milanese
    ['ciao raga', 'greeting'],
    ['uella', 'greeting'],
    ['grazie infinite', 'thanks'],
    ['ci sentiamo', 'goodbye'],
    ['daje', 'yes'],
    ['ok va bene', 'yes'],
    ['ricevuto', 'yes'],
    // German, Swiss, Austrian
    ['Grüezi mitenand', 'greeting'],
    ['Hoi zäme', 'greeting'],
    ['Sali', 'greeting'],
    ['Griaß di', 'greeting'],
    ['merci vielmal', 'thanks'],
    ['danke vielmals', 'thanks'],
    ['Baba', 'goodbye'],
    ['uf wiederluege', 'goodbye'],
    ['passt scho', 'yes'],
    ['isch guet', 'yes'],
    // Spanish
    ['muy buenas', 'greeting'],
    ['muchísimas gracias', 'thanks'],
    ['buen finde', 'goodbye'],
    ['vale vale', 'yes'],
    ['sin problema', 'yes'],
    // Catalan, Valencian
    ['bon vespre', 'greeting'],
    ['mil gràcies', 'thanks'],
    ['fins després', 'goodbye'],
    ['molt bé', 'yes'],
    ['i tant', 'yes'],
    // Brazilian and European Portuguese
    ['oii', 'greeting'],
    ['brigadão', 'thanks'],
    ['até mais', 'goodbye'],
    ['tá bom', 'yes'],
    ['fechou', 'yes'],
    // Darija, Arabizi
    ['salam khoya', 'greeting'],
    ['llah yjazik bikhir', 'thanks'],
    ['الله يبارك فيك', 'thanks'],
    ['wakha', 'yes'],
    ['mzyan bzaf', 'yes'],
  ])('%j is %s', (text, intent) => {
    expect([...intentsOf(text)]).toContain(intent);
  });

  it.each<[string, Intent]>([
    // Words of small talk inside questions, kept for the question.
    ['haben sie morgen einen termin frei?', 'greeting'],
    ['ça va faire mal ?', 'greeting'],
    ['¿qué pasa si llego tarde?', 'greeting'],
    ['fala inglês?', 'greeting'],
    ['can I come later?', 'goodbye'],
    ['è sicuro il laser?', 'yes'],
    ['¿cuánto sale el baño?', 'yes'],
    ['geht das auch am samstag?', 'yes'],
    ['wir brauchen ein logo', 'yes'],
    // "Salut" and "Servus" open a conversation; "hola" is not English.
    ['salut', 'goodbye'],
    ['Servus', 'goodbye'],
  ])('%j is not %s', (text, intent) => {
    expect(intentsOf(text).has(intent)).toBe(false);
  });
});

describe('booking acts, per language', () => {
  it.each([
    'do you have space friday?',
    'can you fit me in tomorrow?',
    'any slot left this week?',
    'anything free on saturday?',
    'can I get booked in?',
    'ist noch was frei am freitag?',
    'hätten Sie einen Termin frei?',
    'kann ich einen termin bekommen',
    'tenéis hueco el viernes?',
    'me das cita para el martes?',
    'hay disponibilidad el lunes?',
    'teniu hora per dimarts?',
    "m'agafeu dijous?",
    'avete disponibilità giovedì?',
    "c'è disponibilità sabato?",
    'vous avez une dispo samedi ?',
    'il vous reste un créneau mardi ?',
    'tem vaga sexta?',
    'tem horário amanhã?',
    'queria marcar um horário',
    'consegue me encaixar hoje?',
    'bghit nakhod rendez-vous',
    'kayn chi blasa ghda?',
    'can my wife book for both of us?',
    'عندكم موعد يوم الجمعة؟',
  ])('%j asks to book', (text) => {
    expect(intentsOf(text).has('bookingAct')).toBe(true);
  });

  it.each([
    // The noun, not the act.
    'do you sell the book?',
    "what's your schedule?",
    'we only have her red book from the NHS',
    'should we bring the baby book?',
    'was kostet ein Termin?',
    'wie lange dauert ein termin?',
    '¿cuánto dura una cita?',
    'quanto dura un appuntamento?',
    // A word of availability about something else.
    'do you have anything for sensitive skin?',
    'can you do gel nails?',
    'can you take card?',
    'hi ha lloc per aparcar?',
    'tengo un hueco entre los dientes',
    'mi fate la fattura?',
    'une place de parking ?',
    'are you open tomorrow?',
  ])('%j does not, on its own', (text) => {
    expect(intentsOf(text).has('bookingAct')).toBe(false);
  });

  it.each<[string, Intent[]]>([
    ['I need to cancel my appointment on the 17th', ['own', 'obligation']],
    ['can I move my booking to next week?', ['own', 'request']],
    ['ich muss meinen Termin absagen', ['own', 'obligation']],
    ['je dois annuler mon rdv', ['own', 'obligation']],
    ["j'ai un rdv jeudi, je peux le décaler ?", ['own', 'request']],
    ['preciso cancelar meu horário', ['own', 'request']],
    ['necesito cambiar mi cita del jueves', ['own', 'request']],
    ["devo disdire l'appuntamento di domani", ['own', 'obligation']],
    ['he de canviar la meva cita', ['own', 'obligation']],
    ['bghit n annuler rdv dyali', ['own', 'request']],
    ['بدي الغي موعدي', ['own', 'request']],
    ['what if I cancel late?', ['hypothetical']],
    ['et si j’annule ?', ['hypothetical']],
    ['how do I book?', ['howTo']],
    ['comment on fait pour réserver ?', ['howTo']],
    ['wie buche ich einen termin?', ['howTo']],
  ])('%j → %j', (text, expected) => {
    const intents = intentsOf(text);
    for (const intent of expected) expect([...intents]).toContain(intent);
  });

  it.each([
    'how much notice do I need to cancel?',
    'is there a fee if I cancel?',
    'what is your cancellation policy?',
    'cuánto cuesta cancelar?',
  ])('%j speaks of no appointment of the customer’s own', (text) => {
    expect(intentsOf(text).has('own')).toBe(false);
  });
});

describe('a wish denied', () => {
  it.each([
    'no quiero que se me derrita el maquillaje',
    "I don't want it to melt by midnight",
    "je ne veux pas qu'il coule",
    'não quero que fique pesado',
  ])('%j asks for nothing', (text) => {
    expect(intentsOf(text).has('request')).toBe(false);
  });

  it.each(['quiero una cita el lunes', 'I want to book a trial', 'je veux un rdv pas cher'])(
    '%j still asks',
    (text) => {
      expect(intentsOf(text).has('request')).toBe(true);
    },
  );
});
