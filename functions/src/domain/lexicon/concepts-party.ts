/**
 * Concepts of a party the customer dresses up: the decorations and balloons a family brings to a birthday room.
 * See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - French "ballon(s)" (a ball): balloons only "de baudruche" or "gonflables";
 * - English "deco" and German "Schmuck" (jewellery) are not read;
 * - Arabic "زينة" (decoration, but good in the Gulf, and it stems to "زين", good): left out; "ديكور" is read.
 */
import type { PhraseTable } from './phrases.js';

export const PARTY_CONCEPTS = {
  /** Decorations for a party: decorating a room, balloons, garlands, banners. */
  partyDecor: {
    en: 'decoration|decorations|decorate|decorating|balloon|balloons|garland|garlands|bunting|party banner',
    es: 'decoracion|decoraciones|decorar|adornos|adornar|globos|globo de helio|guirnalda|guirnaldas',
    fr: 'decoration|decorations|decorer|ballons de baudruche|ballons gonflables|ballon de baudruche|guirlande|guirlandes|banderole',
    it: 'decorazione|decorazioni|decorare|addobbi|addobbare|palloncini|palloncino|festoni',
    de: 'dekoration|deko|dekorieren|luftballon|luftballons|girlande|girlanden|partydeko',
    ca: 'decoracio|decoracions|decorar|guarniments|globus|garlandes',
    pt: 'decoracao|decoracoes|decorar|enfeites|baloes|balao|bexigas|bandeirolas',
    ar: 'ديكور|الديكور|ديكورات|بالون|بالونات|البالونات|نفاخات|=decoration|=balloons',
  },
} as const satisfies PhraseTable<string>;
