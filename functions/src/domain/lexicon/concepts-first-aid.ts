/**
 * First aid at the business: someone trained in it, a first-aid kit, a
 * defibrillator, an adrenaline pen given in time ("is anyone trained in
 * first aid?", "¿tenéis desfibrilador?", "ist bei Ihnen jemand in Erster
 * Hilfe geschult?"), what a parent with an allergic child or a gym member
 * with a heart condition asks before signing up. An emergency itself is the
 * desk table's (emergency). See phrases.ts for the syntax.
 */
import type { PhraseTable } from './phrases.js';

export const FIRST_AID_CONCEPTS = {
  firstAid: {
    en: 'first aid|first aider|first aiders|first-aid|cpr|defibrillator|defib|aed|resuscitation|trained in first aid|first aid kit|first aid trained|adrenaline pen|epipen|epi pen|auto injector|autoinjector',
    es: 'primeros auxilios|botiquin|desfibrilador|rcp|reanimacion|reanimacion cardiopulmonar|socorrista|boli de adrenalina|pluma de adrenalina|autoinyector|epipen',
    fr: 'premiers secours|premiers soins|secourisme|secouriste|secouristes|defibrillateur|rcp|reanimation|trousse de secours|stylo d adrenaline|stylo adrenaline|auto injecteur|epipen|psc1',
    it: 'primo soccorso|cassetta del pronto soccorso|defibrillatore|rianimazione|blsd|penna di adrenalina|penna adrenalina|autoiniettore|epipen',
    de: 'erste hilfe|erster hilfe|ersten hilfe|erste hilfe kurs|ersthelfer|ersthelferin|ersthelfern|erste hilfe kasten|verbandskasten|defibrillator|defi|wiederbelebung|reanimation|adrenalin pen|adrenalinpen|notfallpen|adrenalin autoinjektor|autoinjektor|epipen',
    ca: 'primers auxilis|farmaciola|desfibril·lador|desfibrillador|reanimacio|socorrista|boli d adrenalina|autoinjector|epipen',
    pt: 'primeiros socorros|caixa de primeiros socorros|desfibrilhador|desfibrilador|reanimacao|suporte basico de vida|caneta de adrenalina|autoinjetor|epipen',
    ar: 'اسعافات اوليه|الاسعافات الاوليه|اسعافات اولية|الاسعافات الأولية|جهاز الصدمات|مزيل الرجفان|قلم الادرينالين|قلم الأدرينالين|ابي بن|is3afat awaliya|is3afat awwaliya|isaafat awaliya',
  },
} satisfies PhraseTable<string>;
