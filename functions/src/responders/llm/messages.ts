/**
 * The few fixed sentences the engine writes itself (when no model can do
 * the job), in the languages the offline responder speaks. The business's
 * own style guide wins where it has the sentence.
 */
import { type TextLanguage, isTextLanguage } from '../../domain/languages.js';
import { allTexts } from '../../domain/localized.js';
import type { BusinessContext } from '../responder.js';

interface EngineMessages {
  /** A voice note and no way to listen to it. */
  cannotListen: string;
  /** Handing over when the business has no handoffMessage of its own. */
  handoff: string;
}

const MESSAGES: Record<TextLanguage, EngineMessages> = {
  en: {
    cannotListen:
      "Sorry, I can't listen to voice notes here. Could you type your question? Otherwise a member of our team will listen and reply.",
    handoff: 'Thanks! One of our team will get back to you shortly.',
  },
  fr: {
    cannotListen:
      "Désolé, je ne peux pas écouter les messages vocaux ici. Pourriez-vous écrire votre question ? Sinon, un membre de l'équipe l'écoutera et vous répondra.",
    handoff: "Merci ! Un membre de l'équipe vous répond très vite.",
  },
  it: {
    cannotListen:
      'Mi dispiace, qui non posso ascoltare i messaggi vocali. Può scrivere la Sua domanda? Altrimenti una persona del nostro team lo ascolterà e Le risponderà.',
    handoff: 'Grazie! Una persona del nostro team Le risponderà a breve.',
  },
  de: {
    cannotListen:
      'Entschuldigung, Sprachnachrichten kann ich hier nicht anhören. Könnten Sie Ihre Frage bitte schreiben? Sonst hört sich jemand aus unserem Team die Nachricht an und antwortet Ihnen.',
    handoff: 'Danke! Jemand aus unserem Team meldet sich in Kürze bei Ihnen.',
  },
  es: {
    cannotListen:
      'Lo siento, aquí no puedo escuchar notas de voz. ¿Podría escribir su pregunta? Si no, alguien del equipo la escuchará y le responderá.',
    handoff: '¡Gracias! Alguien de nuestro equipo le responderá en breve.',
  },
  ar: {
    cannotListen:
      'عذرًا، لا أستطيع الاستماع إلى الرسائل الصوتية هنا. هل يمكنك كتابة سؤالك؟ وإلا فسيستمع إليها أحد أفراد فريقنا ويرد عليك.',
    handoff: 'شكرًا لك! سيتواصل معك أحد أفراد فريقنا قريبًا.',
  },
  ca: {
    cannotListen:
      "Ho sento, aquí no puc escoltar notes de veu. Pots escriure la teva pregunta? Si no, algú de l'equip l'escoltarà i et respondrà.",
    handoff: 'Gràcies! Algú del nostre equip et respondrà aviat.',
  },
  pt: {
    cannotListen:
      'Desculpe, aqui não consigo ouvir mensagens de voz. Pode escrever a sua pergunta? Caso contrário, alguém da nossa equipa vai ouvi-la e responder.',
    handoff: 'Obrigado! Alguém da nossa equipa vai responder-lhe em breve.',
  },
};

/** Whether the engine has its fixed sentences in `language`. */
export const speaks = (language: string): boolean => isTextLanguage(language);

export function engineMessages(language: string): EngineMessages {
  return MESSAGES[isTextLanguage(language) ? language : 'en'];
}

/** What the customer reads when the conversation goes to staff: the business's words in `language`, else ours. */
export function handoffText(business: BusinessContext, language: string): { text: string; language: string } {
  const defaultLanguage = business.profile.languages[0] ?? 'en';
  const own = business.styleGuide.handoffMessage;
  const texts = own === undefined ? [] : allTexts(own, defaultLanguage);
  const match = texts.find((t) => t.language === language);
  if (match) return match;
  if (speaks(language)) return { text: engineMessages(language).handoff, language };
  return (
    texts.find((t) => t.language === defaultLanguage) ?? {
      text: engineMessages(defaultLanguage).handoff,
      language: defaultLanguage,
    }
  );
}
