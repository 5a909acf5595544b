/**
 * Concepts of a day by the sea or in a hot room: jellyfish in the water ("Quallen", "medusas", "água-viva"), and a
 * room kept cool (air conditioning, fans) when the day is hot. See phrases.ts for the syntax.
 *
 * Left out on their own: "aire" (the air, "al aire libre"), "air" and "clim" alone, "fresco" (fresh), "Klima" (the
 * climate); a car's air conditioning is `airCon` (concepts-vehicle.ts), which shares its long phrases.
 */
import type { PhraseTable } from './phrases.js';

export const SEASIDE_CONCEPTS = {
  /** Jellyfish in the sea: are there any, what if one stings. */
  jellyfish: {
    en: 'jellyfish|jelly fish|jellyfishes|man o war|portuguese man of war',
    es: 'medusa|medusas|aguaviva|aguavivas|agua mala|aguamala',
    fr: 'meduse|meduses',
    it: 'medusa|meduse',
    de: 'qualle|quallen|feuerqualle|feuerquallen',
    ca: 'medusa|meduses',
    pt: 'agua viva|aguas vivas|aguaviva|alforreca|alforrecas|medusa|medusas',
    ar: 'قنديل البحر|قناديل البحر|قناديل|قنديل بحر|الميدوزا|ميدوزا|meduse',
  },
  /** A room kept cool: air conditioning, fans ("is there AC?", "¿tienen aire acondicionado?", "Klimaanlage"). */
  roomCooling: {
    en: 'air conditioning|air conditioned|air conditioner|aircon|air con|=ac|a c|ceiling fan|ceiling fans|fans in the room',
    es: 'aire acondicionado|hay aire|tienen aire|teneis aire|climatizado|climatizada|ventilador|ventiladores|refrigeracion',
    fr: 'climatisation|climatise|climatisee|climatises|climatisees|la clim|une clim|ventilateur|ventilateurs',
    it: 'aria condizionata|climatizzatore|climatizzato|climatizzata|condizionatore|condizionatori|ventilatore|ventilatori',
    de: 'klimaanlage|klimatisiert|klimatisierte|klimaanlagen|ventilator|ventilatoren|deckenventilator*',
    ca: 'aire condicionat|climatitzat|climatitzada|ventilador|ventiladors',
    pt: 'ar condicionado|ar-condicionado|climatizado|climatizada|ventilador|ventiladores',
    ar: 'مكيف|مكيفات|تكييف|مكيفه|مكيّف|كونديسيون|climatisation|=clim',
  },
} satisfies PhraseTable<string>;
