/**
 * Concepts of surf, paddle and watersports schools, and of any stay with a
 * course: the suit and the board a customer asks to hire or bring ("y el
 * neopreno aparte?", "brauch ich nen eigenen Neo?", "une planche en mousse"),
 * and whether meals come with a camp or a stay ("ist Frühstück dabei?").
 * See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - es "tabla", it "tavola", fr "planche", de "Brett" (a table, a price
 *   table, a plank, a shelf): a board only in phrases ("tabla de surf",
 *   "tabla de espuma");
 * - en "board" (a board meeting, boarding a dog, half board), "suit" (a
 *   tailor's), es "espuma" (shaving or styling foam), de "Anzug" (a suit);
 * - "comida", "repas", "pasto", "Essen" (any food, eating before a
 *   treatment): meals only as breakfast or a board ("media pensión").
 */
import type { PhraseTable } from './phrases.js';

export const WATER_CONCEPTS = {
  /** A wetsuit (or a shorty, booties and a hood): hired, included, brought, its thickness. */
  wetsuit: {
    en: 'wetsuit|wetsuits|wet suit|wet suits|shorty|neoprene',
    es: 'neopreno|neoprenos|traje de neopreno|trajes de neopreno|traje de surf|escarpines',
    fr: 'combinaison|combinaisons|combi|combis|neoprene|combinaison de surf|chaussons neoprene',
    it: 'muta|mute|muta da surf|neoprene|calzari',
    de: 'neo|neos|neoprenanzug|neoprenanzuge|neopren|nassanzug|neoprenschuhe',
    ca: 'neopre|neoprens|vestit de neopre|vestits de neopre|escarpins',
    pt: 'fato de surf|fatos de surf|fato de neoprene|fatos de neoprene|fato isotermico|neoprene|roupa de borracha|wetsuit|botas de neoprene',
    ar: 'بدله غوص|بدلة غوص|بدله سباحه|بدلة سباحة|بدله نيوبرين|نيوبرين|wetsuit|combinaison',
  },
  /** A surfboard, a soft-top, a bodyboard or a paddleboard: which to use, hire or bring. */
  surfboard: {
    en: 'surfboard|surfboards|surf board|surf boards|soft top|soft tops|softtop|softtops|softboard|softboards|foamie|foamies|foam board|foam boards|bodyboard|bodyboards|paddleboard|paddleboards|paddle board|paddle boards|longboard|shortboard',
    es: 'tabla de surf|tablas de surf|tabla de espuma|tablas de espuma|tabla blanda|tablas blandas|tabla de bodyboard|tabla de paddle|tablas de paddle|tabla de sup|bodyboard|softboard',
    fr: 'planche de surf|planches de surf|planche en mousse|planches en mousse|planche mousse|bodyboard|planche de paddle|planche de sup|softboard',
    it: 'tavola da surf|tavole da surf|tavola morbida|tavole morbide|softboard|bodyboard|tavola da sup|tavola da paddle',
    de: 'surfbrett|surfbretter|softboard|softboards|schaumstoffbrett|bodyboard|sup board|paddleboard|stand up paddle board',
    ca: 'taula de surf|taules de surf|taula tova|taules toves|taula de paddle|taula de sup|bodyboard|softboard',
    pt: 'prancha de surf|pranchas de surf|prancha de espuma|pranchas de espuma|prancha soft|softboard|bodyboard|prancha de sup|prancha de paddle',
    ar: 'لوح ركوب الامواج|لوح التزلج على الماء|لوح سيرف|لوح السيرف|الواح السيرف|surfboard|planche de surf',
  },
  /** Meals that come with a camp, a course or a stay: breakfast, half board, lunch included. */
  mealsIncluded: {
    en: 'breakfast|breakfasts|half board|full board|meals included|lunch included|packed lunch|catered',
    es: 'desayuno|desayunos|media pension|pension completa|comidas incluidas|comida incluida|almuerzo incluido',
    fr: 'petit dejeuner|petits dejeuners|petit dej|demi pension|pension complete|repas compris|repas inclus|dejeuner compris',
    it: 'colazione|colazioni|mezza pensione|pensione completa|pasti inclusi|pranzo incluso|pranzo al sacco',
    de: 'fruhstuck|fruhstucken|halbpension|vollpension|verpflegung|mittagessen inklusive|lunchpaket',
    ca: 'esmorzar|esmorzars|mitja pensio|pensio completa|apats inclosos|dinar inclos',
    pt: 'pequeno almoco|pequenos almocos|cafe da manha|meia pensao|pensao completa|refeicoes incluidas|almoco incluido',
    ar: 'الفطور|فطور|الريوق|ريوق|الفطار|فطار|وجبه الافطار|breakfast|petit dejeuner',
  },
} satisfies PhraseTable<string>;
