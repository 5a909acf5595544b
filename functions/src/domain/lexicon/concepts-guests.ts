/**
 * Concepts of the guests of a class, a tasting or a tour that people book on
 * their travels (a cooking school, a winery, a city experience): not drinking
 * alcohol, lactose, coming off a cruise ship for the day. See phrases.ts for
 * the syntax.
 *
 * Left out on their own: "vino", "wine", "Wein" (`alcohol` has them: a
 * tasting as much as a hangover); a "port" or "porto" (a city, a wine); "milk"
 * and "latte" (a coffee, a dog's food), which only a lactose phrase around
 * them makes this concept.
 */
import type { PhraseTable } from './phrases.js';

export const GUEST_CONCEPTS = {
  /** Not drinking alcohol, and what there is instead ("I don't drink", "abstemio", "senza alcol", "alkoholfrei"). */
  alcoholFree: {
    en: "teetotal|teetotaler|teetotalers|teetotaller|teetotallers|i don't drink|i dont drink|i do not drink|we don't drink|we dont drink|doesn't drink alcohol|doesnt drink alcohol|don't drink alcohol|dont drink alcohol|non alcoholic|non-alcoholic|alcohol free|alcohol-free|without alcohol|mocktail*|soft drinks",
    es: 'abstemio|abstemia|abstemios|abstemias|no bebo|no tomo alcohol|no tomo vino|no bebe alcohol|no toma alcohol|no bebemos|sin alcohol|no alcoholic*|sin vino|bebida sin alcohol|bebidas sin alcohol',
    fr: "je ne bois pas|je bois pas|bois pas d'alcool|bois pas d alcool|boit pas d alcool|sans alcool|non alcoolise*|mocktail*",
    it: 'astemio|astemia|astemi|astemie|non bevo|non beve alcol|non beviamo|analcolic*|senza alcol|senza alcool',
    de: 'alkoholfrei*|ohne alkohol|trinke keinen alkohol|trinke nicht|trinkt keinen alkohol|trinken keinen alkohol|abstinent*',
    ca: 'abstemi|abstemia|abstemis|no bec|no beu alcohol|no bevem|sense alcohol|sense vi|sense alcol',
    pt: 'abstemio|abstemia|nao bebo|nao bebe alcool|nao bebemos|sem alcool|nao alcoolic*|sem vinho',
    ar: 'بلا كحول|ما بشرب|ما كنشربش|لا اشرب|ما نشربش|sans alcool',
  },
  /** Lactose and not digesting it ("lactose intolerant", "non digerisce il lattosio", "laktosefrei"). */
  lactose: {
    en: 'lactose*|dairy free|dairy-free|no dairy|milk allergy',
    es: 'lactosa|sin lactosa|intolerante a la lactosa|intolerancia a la lactosa|sin lacteos',
    fr: 'lactose|sans lactose|intolerant au lactose|intolerante au lactose|sans produits laitiers',
    it: 'lattosio|senza lattosio|intolleran* al lattosio|delattosat*|senza latticini',
    de: 'laktose*|laktosefrei*|milchzucker|ohne milchprodukte',
    ca: 'lactosa|sense lactosa|intolerant a la lactosa|intolerancia a la lactosa',
    pt: 'lactose|sem lactose|intolerante a lactose|intolerancia a lactose|sem laticinios|sem lacticinios',
    ar: 'لاكتوز|اللاكتوز|اللكتوز|lactose',
  },
  /** A cruise ship calling at a port for the day, and being back on board in time ("all aboard at 6"). */
  cruise: {
    en: 'cruise|cruises|cruise ship|cruise ships|all aboard|back to the ship|back on the ship|back on board|shore excursion*|port of call',
    es: 'crucero|cruceros|en crucero|volver al barco|de vuelta al barco|todos a bordo|escala del crucero',
    fr: 'croisiere|croisieres|paquebot|retour au bateau|retour a bord|tous a bord|escale',
    it: 'crociera|crociere|crocieristi|nave da crociera|tornare alla nave|rientro in nave|tutti a bordo|tornare a bordo',
    de: 'kreuzfahrt|kreuzfahrten|kreuzfahrtschiff|kreuzfahrtschiffe|alle an bord|zuruck aufs schiff|zuruck zum schiff|zuruck an bord|landgang',
    ca: '=creuer|=creuers|tornar al vaixell|tots a bord', // "creuer" stems to "creu" (a cross; I believe)
    pt: 'cruzeiro|cruzeiros|navio de cruzeiro|voltar ao navio|todos a bordo',
    ar: 'رحله بحريه|سفينه سياحيه|كروازيير|croisiere|cruise',
  },
} satisfies PhraseTable<string>;
