/**
 * Concepts of indoor golf and racing centres: the simulator, or the bay that holds one, which customers name in
 * their own language ("une heure de simulateur", "Simulatorbox", "el simulador") whatever language the owner wrote
 * the service in. The words share a Latin root, but their cognate keys differ ("simulador" keeps a d where
 * "simulator" has a t), and a cognate is too weak to name a service. The words are written exact (=): their stems
 * are a simulation's ("simulación", "simula"). See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - fr: "simu" (a simulation, a loan's quote); ar: "محاكي" (someone talking, "عم حاكي"), "محاكاه" alone (an
 *   imitation).
 */
import type { PhraseTable } from './phrases.js';

export const SIMULATOR_CONCEPTS = {
  /** A golf, racing or flight simulator, or a bay with one: hiring it, how many fit in it, what it costs. */
  simulator: {
    en: '=simulator|=simulators|golf sim|sim bay|sim bays',
    es: '=simulador|=simuladores',
    fr: '=simulateur|=simulateurs',
    it: '=simulatore|=simulatori',
    de: '=simulator|=simulatoren|simulatorbox|simulatorboxen|golfsimulator|golfsimulatoren',
    ca: '=simulador|=simuladors',
    pt: '=simulador|=simuladores',
    ar: 'المحاكي|جهاز المحاكاه|جهاز محاكاه|سيميولاتور|=simulateur|=simulator|=simulador',
  },
} satisfies PhraseTable<string>;
