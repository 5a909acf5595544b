/**
 * Concepts of a class, a tour or a game booked by visitors to a town (a
 * cooking school, an escape room, a guided outing): their luggage on the
 * day they leave, coming on their own, taking home what is left of the
 * food, and a hint when a game gets stuck. See phrases.ts for the syntax.
 *
 * Left out on their own, since they mean something else at other
 * businesses or in other languages:
 * - en: "bags" (bags under the eyes), "stuck" (stuck in traffic: late),
 *   "alone" beside nothing ("leave him alone"), "what's left" (places left),
 *   "take home" (a product, the recipes);
 * - es: "pista" (a ski slope, a court), "sola"/"solo" (only; "una sola sesión" is one session), "sobres"
 *   (envelopes), "mala"/"malas" (bad: Portuguese "mala" is kept only with its
 *   article or a verb);
 * - fr: "seul"/"seule" beside nothing (only: "le seul jour"), "reste" (il
 *   reste de la place);
 * - it: "solo" (only), "suggerimenti" (any advice);
 * - de: "Tipp" (any advice);
 * - alone said of someone else, in every language ("can she come alone?", "può venire da sola?", "kann sie
 *   alleine kommen?"): whether a minor may come unaccompanied, not a traveller on their own;
 * - ca: "sol" (the sun), "sobres" beside nothing;
 * - pt: "só" (only), "pista" (a track, a slope);
 * - ar: "شخص واحد" (one person: a price or a booking for one).
 */
import type { PhraseTable } from './phrases.js';

export const VISITOR_CONCEPTS = {
  /** Luggage on the day: "can we leave our suitcases at the school?", "podemos dejar las maletas?". */
  luggage: {
    en: 'luggage|suitcase|suitcases|baggage|rucksack|rucksacks|backpack|backpacks|leave our bags|leave my bags|leave the bags|drop our bags|drop off our bags|store our bags|left luggage',
    es: 'maleta|maletas|equipaje|equipajes|mochila|mochilas|consigna',
    fr: 'valise|valises|bagage|bagages|sac a dos|sacs a dos|consigne a bagages',
    it: 'valigia|valigie|valige|bagaglio|bagagli|zaino|zaini|trolley|deposito bagagli',
    de: 'koffer|gepack|gepacks|rucksack|rucksacke|reisetasche|reisetaschen|gepackaufbewahrung',
    ca: 'maleta|maletes|equipatge|equipatges|motxilla|motxilles|consigna',
    pt: 'bagagem|bagagens|mochila|mochilas|a mala|as malas|nossas malas|minhas malas|deixar a mala|deixar as malas|guarda volumes|guarda malas',
    ar: 'شنطه|شنط|الشنط|الشنطه|حقيبه|حقائب|الحقائب|باليزه|البليزه|valise|valises|bagages|chanta|chnat',
  },
  /**
   * Coming on one's own, a single person: "I'm travelling on my own, can I join?", "sono da sola, posso unirmi?",
   * "je viens seule", "viajo sola": the customer's own words of themself. Not a price for one person, which is a
   * count, nor someone else coming unaccompanied ("può venire da sola?" of a daughter: the policy on minors).
   */
  solo: {
    en: 'on my own|by myself|i m alone|im alone|i am alone|i will be alone|i ll be alone|i m coming alone|i am coming alone|alone for work|alone on holiday|alone on a work trip|travelling solo|traveling solo|solo traveller|solo traveler|solo travellers|solo travelers|travelling alone|traveling alone|as a single person|a single person|just me on my own',
    es: 'yo sola|yo solo|voy sola|voy solo|vengo sola|vengo solo|viajo sola|viajo solo|una persona sola|por mi cuenta|estoy sola',
    fr: 'toute seule|tout seul|je suis seul|je suis seule|je serai seul|je serai seule|je viens seul|je viens seule|en solo|une personne seule|voyage seul|voyage seule|voyageuse solo|voyageur solo',
    it: 'sono da sola|sono da solo|sono qui da sola|sono qui da solo|vengo da sola|vengo da solo|veniamo da soli|da sola per lavoro|da solo per lavoro|da sola in vacanza|da solo in vacanza|da sola in viaggio|da solo in viaggio|una persona sola|persona singola|viaggio da sola|viaggio da solo|sono sola',
    de: 'ich bin allein|ich bin alleine|ich reise allein|ich reise alleine|ich komme allein|ich komme alleine|alleinreisend*|als einzelperson|einzelperson',
    ca: 'tot sol|tota sola|jo sol|jo sola|vinc sol|vinc sola|vaig sol|vaig sola|una persona sola|estic sola|estic sol',
    pt: 'estou sozinho|estou sozinha|vou sozinho|vou sozinha|venho sozinho|venho sozinha|viajo sozinho|viajo sozinha|viajando sozinho|viajando sozinha|uma pessoa so|por minha conta',
    ar: 'وحدي|لوحدي|بوحدي|لحالي|بحالي|bo7di|bou7di|wa7di|lwa7di|seul|seule',
  },
  /**
   * What is left of the food to take home: "can I take the leftovers home?", "on peut repartir avec ce qui
   * reste ?", "posso portare a casa gli avanzi?".
   */
  leftovers: {
    en: 'leftover|leftovers|left over food|food left over|doggy bag|take the rest home|take home the rest|take away the rest|whatever is left over|take home what s left|take home whats left|take what s left home|take the leftovers home',
    es: 'sobras|las sobras|lo que sobre|lo que sobra|lo que nos sobre|llevarnos lo que sobre|tupper|taper|llevarnos las sobras|llevar las sobras|llevarnos lo que sobra',
    fr: '=restes|ce qui reste|ce qu il reste|emporter le reste|doggy bag|gamelle|repartir avec ce qui reste|repartir avec les restes|emporter ce qui reste|emporter les restes|ramener ce qui reste|ramener les restes',
    it: 'avanzi|avanzo|gli avanzi|quello che avanza|quello che resta|cio che avanza|portare a casa il resto|vaschetta|portare a casa gli avanzi|portare via gli avanzi',
    de: 'reste|die reste|was ubrig bleibt|was ubrig ist|ubriggebliebene*|den rest mitnehmen|reste mitnehmen',
    ca: 'les sobres|el que sobri|el que sobra|el que queda|endur nos el que|carmanyola',
    pt: 'sobras|as sobras|o que sobrar|o que sobra|levar o resto|levar o que sobrar|marmita|quentinha|levar as sobras|levar pra casa o que sobrar',
    ar: 'بقايا|البقايا|بقايا الماكله|الباقي ديال الماكله|اللي بقا من الماكله|اللي فضل|restes',
  },
  /**
   * A hint in a game or a puzzle when the players are stuck: "do you give clues if we get stuck?", "si on bloque
   * vous donnez des indices ?", "e se ficarmos presos, há ajuda?".
   */
  hints: {
    en: 'hint|hints|clue|clues|if we get stuck|if we re stuck|if we are stuck|if we got stuck|get stuck on|stuck on a puzzle|stuck on a riddle',
    es: 'dar pistas|dais pistas|dan pistas|pedir pistas|pedir una pista|alguna pista|si nos atascamos|si nos quedamos atascados|si nos bloqueamos|si nos trabamos|si nos quedamos trabados',
    fr: 'indice|indices|si on bloque|si on est bloque|si on est bloques|si on est coince|si on est coinces|si on reste bloque|si on reste bloques|coup de pouce',
    it: 'indizio|indizi|se ci blocchiamo|se restiamo bloccati|se rimaniamo bloccati|se siamo bloccati|se ci incastriamo',
    de: 'hinweis|hinweise|wenn wir feststecken|wenn wir nicht weiterkommen|nicht weiterkommen|nicht mehr weiterkommen|hilfestellung',
    ca: 'pistes|donar pistes|si ens encallem|si ens quedem encallats|si ens bloquegem',
    pt: 'dica|dicas|ficarmos presos|ficar presos|ficar preso|se travarmos|se ficarmos travados|se empacarmos|se a gente travar|se a gente empacar',
    ar: 'تلميح|تلميحات|مساعده فاللعبه|indice|indices|ila tblokina|ila bloquina|tblokina',
  },
} satisfies PhraseTable<string>;
