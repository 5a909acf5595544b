/**
 * What a business tells customers to do in an emergency, if it wrote it
 * down: a policy, article or Q&A entry whose title, question or tags are
 * about emergencies (the concept lexicon's `emergency`, in any language).
 * Policies come first (they are the business's rules), then articles, then
 * Q&A answers. Responders quote it verbatim after the generic advice to
 * call the local emergency number.
 */
import { analyse } from './analyzer.js';
import type { Business, Localized } from './business.js';
import { isTextLanguage, TEXT_LANGUAGES } from './languages.js';
import { allTexts } from './localized.js';

export interface EmergencyAdvice {
  kind: 'policy' | 'article' | 'qa';
  id: string;
  text: Localized;
}

/** Tags of emergencies in every language: emergency, emergencia, emergenza, emergência, urgence, urgencia, Notfall, Notruf, طوارئ, إسعاف. */
const EMERGENCY_TAG = /^(emergen|emerxen|urgen|notfall|notruf|طوارئ|الطوارئ|إسعاف|اسعاف)/i;

function aboutEmergencies(title: Localized, tags: readonly string[]): boolean {
  if (tags.some((t) => EMERGENCY_TAG.test(t))) return true;
  return allTexts(title, 'en').some(({ language, text }) => {
    const languages = isTextLanguage(language) ? [language] : TEXT_LANGUAGES;
    return analyse(text, { languages }).concepts.some((c) => c.key === 'emergency');
  });
}

export function emergencyAdvice(business: Business): EmergencyAdvice | undefined {
  const policy = business.policies.find((p) => aboutEmergencies(p.title, []));
  if (policy) return { kind: 'policy', id: policy.id, text: policy.text };
  const article = business.knowledge.find((a) => aboutEmergencies(a.title, a.tags));
  if (article) return { kind: 'article', id: article.id, text: article.body };
  const qa = business.qa.find((q) => aboutEmergencies(q.question, q.tags));
  return qa ? { kind: 'qa', id: qa.id, text: qa.answer } : undefined;
}
