/**
 * Idioms whose words are no concept of their own: "it costs an arm and a
 * leg" asks no arm, "me da corte" (I feel awkward) no haircut, "من عيوني"
 * (gladly, "from my eyes") no eye, "je croise les doigts" no finger. A
 * concept phrase inside an idiom's words is dropped (concepts.ts,
 * findConcepts); the idiom raises what it means, when that is a concept
 * (`price` for what costs "un ojo de la cara", `fear` for "me da corte"),
 * or nothing (`none`).
 *
 * Only fixed expressions are listed, with the words around them that make
 * them one ("cuesta un ojo", not "un ojo"): an eye, a kidney or a hand of
 * the customer's own stays what it is ("me duele la cabeza"; "mi gira la
 * testa", dizziness, is a symptom and left alone). The safety rules read
 * the message on their own and are not touched by this table.
 * See phrases.ts for the syntax.
 */
import type { Concept } from './concepts.js';
import type { PhraseTable } from './phrases.js';

export const IDIOMS = {
  /** Something that costs a fortune; a phrase with no word of costing in it is weak, as in the desk's `price`. */
  price: {
    en: '~an arm and a leg|cost an arm|costs an arm|cost me an arm|cost a bomb|costs a bomb|cost a fortune|costs a fortune',
    es: '~un ojo de la cara|cuesta un ojo|cuestan un ojo|costo un ojo|cuesta un rinon|costo un rinon|~vale un rinon|cuestan un rinon|~un rinon y parte del otro|~un riñon',
    fr: '~les yeux de la tete|coute les yeux|coutent les yeux|coute un bras|coutent un bras|coute la peau des fesses|~la peau des fesses|~un bras et une jambe',
    it: '~un occhio della testa|costa un occhio|costano un occhio|costato un occhio|costa un rene|costano un rene|costato un rene',
    de: 'kostet ein vermogen|kostet ein heidengeld|~arm und ein bein|~den arm und ein bein',
    ca: '~un ull de la cara|costa un ull|costen un ull|costa un ronyo|costen un ronyo|~un ronyo',
    pt: '~os olhos da cara|~um olho da cara|custa os olhos|custam os olhos|custa um rim|custou um rim|custam um rim|~um braco e uma perna',
  },
  /** Shy or awkward about something ("me da corte", "cold feet"). */
  fear: {
    en: 'cold feet|get cold feet|getting cold feet',
    es: 'me da corte|le da corte|nos da corte|les da corte|te da corte|me daba corte|le daba corte|da corte|que corte',
    ca: 'em fa cosa|li fa cosa|em fa vergonya',
  },
  /** A postnatal check by its British name: a "mummy MOT" is no car's test. */
  postnatal: {
    en: 'mummy mot|mummy mots|mum mot|mummy m o t|mama mot',
  },
  /** Money paid ahead to hold a date: "how much do I need to put down" puts no animal down. */
  deposit: {
    en: 'how much do i need to put down|how much do i have to put down|how much do we need to put down|how much to put down|how much do i put down|put down to lock|put down to secure|put down to hold|put down to reserve|put down a deposit|put money down|money down|put down upfront|put down up front',
  },
  /** A date made sure of: "lock in a date" is no lock of hair. */
  booking: {
    en: 'lock in a date|lock in the date|lock in my date|lock in a slot|lock in my slot|lock in a spot|lock in my spot|lock it in|lock in an appointment|lock in the booking|lock in a booking',
  },
  /** Cared for by a woman: "prise en charge par une femme" asks for a woman practitioner, no insurance cover. */
  women: {
    fr: 'prise en charge par une femme|pris en charge par une femme|prise en charge par une therapeute|prise en charge par une kine|etre suivie par une femme|suivie par une femme|soignee par une femme|traitee par une femme',
  },
  /**
   * A late period: a pregnancy perhaps ("j'ai un retard de règles", "my period is late", "ho un ritardo del ciclo"),
   * asked before an x-ray; no customer running late.
   */
  pregnancy: {
    en: 'period is late|periods are late|late period|my period is late|missed period|missed my period|period hasnt come|period has not come',
    es: 'retraso de la regla|retraso en la regla|la regla se me retrasa|retraso menstrual|no me ha bajado la regla|no me ha venido la regla',
    fr: 'retard de regles|retard dans mes regles|un retard de regle|retard de regle|regles en retard|mes regles sont en retard|retard menstruel',
    it: 'ritardo del ciclo|ritardo mestruale|il ciclo in ritardo|ciclo in ritardo|non mi è venuto il ciclo',
    de: 'periode ist uberfallig|periode uberfallig|tage sind uberfallig|meine tage sind uberfallig|regel ist uberfallig|periode bleibt aus|periode ist ausgeblieben',
    ca: "retard de la regla|la regla en retard|retard menstrual|no m'ha vingut la regla",
    pt: 'menstruacao atrasada|a menstruacao atrasada|atraso menstrual|atraso da menstruacao|menstruacao esta atrasada',
    ar: 'تاخرت الدوره|الدوره متاخره|تاخير الدوره|retard de regles|t2akhrat ldawra',
  },
  /** How long something takes: "c'est combien de temps", "how much time" ask no price. */
  duration: {
    en: 'how much time|how much time does it take|how much time will it take',
    fr: "c'est combien de temps|cest combien de temps|c'etait combien de temps|ca fait combien de temps",
  },
  /**
   * Insurance cover by its French name: the "charge" of "prise en charge" is no price, no phone charger (read in
   * English too).
   */
  insurance: {
    fr: 'prise en charge|prises en charge|pris en charge|prendre en charge|prend en charge|prennent en charge',
  },
  /** A warning given ahead: "a heads up" is no head. */
  notice: {
    en: 'heads up|heads-up',
  },
  /**
   * A carrier of hepatitis ("حامل فيروس الكبد ب", "I carry the hepatitis B virus"): a virus carried, no pregnancy,
   * although "حامل" alone is pregnant.
   */
  hepatitis: {
    ar: 'حامل فيروس الكبد|حامله فيروس الكبد|حامل لفيروس الكبد|حامله لفيروس الكبد|حامل التهاب الكبد|حامله التهاب الكبد|حامل فيروس بي|حامل فيروس سي|حامله فيروس بي|حامله فيروس سي|حامل للفيروس الكبد|7amel virus el kebd|hamel virus el kebd|7amel fayrous el kebd',
  },
  /**
   * Ways of speaking that name the body or a service and mean neither; and a present received ("nos acaban de
   * regalar un cachorrito"), which buys no gift card.
   */
  /** "Mit allem Drum und Dran": with everything that goes with it, no drums. */
  inTotal: {
    de: 'drum und dran|mit allem drum und dran|alles drum und dran',
  },
  none: {
    en: 'we were given|i was given|someone gave us|someone gave me|just been given|pain in the neck|pain in the butt|pain in the ass|pain in the backside|fingers crossed|keep my fingers crossed|keeping my fingers crossed|cross my fingers|crossing my fingers|on the other hand|on one hand|off the top of my head|off the top of your head|break a leg|keep an eye on|keep an eye out|keeping an eye on|see eye to eye|my hands are tied|hands are full|give me a hand|give us a hand|lend a hand|lend me a hand|behind my back|back and forth|by word of mouth|tongue in cheek|pulling my leg|pull my leg|cost an arm|at all costs|at any cost',
    es: 'que onda|q onda|ke onda|que ondas|quiubo|me regalaron|nos regalaron|me acaban de regalar|nos acaban de regalar|me han regalado|nos han regalado|le regalaron|les regalaron|tomar el pelo|tomando el pelo|me tomas el pelo|me tomais el pelo|me estas tomando el pelo|nos tomais el pelo|hasta las narices|hasta el cuello|sin pelos en la lengua|pelos en la lengua|echar una mano|echarme una mano|me echas una mano|me echais una mano|me echan una mano|en un abrir y cerrar de ojos|de boca en boca|con el corazon en la mano|no me da la cabeza|me vuelve loca la cabeza|costar un huevo|cuesta un huevo|por los pelos|a ojo de buen cubero|cruzo los dedos|crucemos los dedos|dedos cruzados|a toda costa|a cualquier costo|a cualquier coste',
    fr: 'on m a offert|on nous a offert|on vient de nous offrir|on vient de m offrir|plein le dos|j en ai plein le dos|prendre la tete|prend la tete|me prend la tete|se prendre la tete|casse la tete|casse tete|casser les pieds|casse les pieds|me casse les pieds|un coup de main|coup de main|donner un coup de main|coup de pouce|un coup de pouce|coup de coeur|sur le bout des doigts|les doigts dans le nez|croiser les doigts|je croise les doigts|on croise les doigts|croise les doigts|a l oeil nu|mon oeil|bouche a oreille|de bouche a oreille|sur les nerfs|casser la tete|a tout prix|coute que coute|a n importe quel prix',
    it: 'mi hanno regalato|ci hanno regalato|ci hanno appena regalato|mi hanno appena regalato|in bocca al lupo|incrocio le dita|incrociamo le dita|dita incrociate|darmi una mano|dare una mano|mi dai una mano|mi date una mano|mi dareste una mano|a occhio e croce|a occhio|passaparola|col cuore in mano|mi prendi in giro|rompere le scatole|non ho testa|testa tra le nuvole|a tutti i costi|a qualsiasi costo|a ogni costo',
    de: 'hals und beinbruch|hals und bein bruch|daumen drucken|die daumen drucken|drucke die daumen|druck die daumen|drucken die daumen|daumen gedruckt|auf die nerven|geht mir auf die nerven|unter vier augen|aus dem bauch heraus|kopf hoch|hand und fuss|auf der hand|liegt auf der hand|ein auge zudrucken|die nase voll|nase voll|zwei linke hande|mund zu mund propaganda|auf den arm nehmen|nimmst du mich auf den arm|um jeden preis|koste es was es wolle',
    ca: 'm han regalat|ens han regalat|ens acaben de regalar|m acaben de regalar|donar un cop de ma|un cop de ma|em dones un cop de ma|em doneu un cop de ma|prendre el pel|em prens el pel|em preneu el pel|creuar els dits|creuem els dits|creuo els dits|fins al capdamunt|fins als nassos|de boca a orella|a ull|a tota costa|a qualsevol preu',
    pt: 'me deram de presente|nos deram de presente|ganhei de presente|ganhamos de presente|acabamos de ganhar|me da uma mao|da uma mao|dar uma mao|me dao uma mao|dar uma forca|fica de olho|ficar de olho|ficando de olho|de olho em|pe no saco|encher o saco|enche o saco|cruzar os dedos|cruzando os dedos|dedos cruzados|com o pe atras|pe atras|boca a boca|de boca em boca|cabeca nas nuvens|me tirar do serio|a todo o custo|a todo custo|a qualquer custo|a qualquer preco',
    // A carrier of a virus ("حامل فيروس", "حاملة للفيروس"): no pregnancy, whatever the virus.
    ar: 'حامل فيروس|حامله فيروس|حامل لفيروس|حامله لفيروس|حامل للفيروس|حامله للفيروس|حامل الفيروس|حامله الفيروس|7amel virus|hamel virus|7amla virus|hamla virus|على راسي|على راسي وعيني|على عيني|على عيني وراسي|من عيوني|من عيني|عيوني لك|تسلم ايدك|تسلم ايديك|تسلم ايدج|يسلمو ايديك|يسلم ايدك|يسلمو ايدك|الله يسلم ايدك|على الراس والعين|3ala rasi|3ala rasy|3la rasi|3ala 3ayni|3ala 3youni|men 3youni|min 3youni|tislam eedak|teslam edak|tislam idak|yeslamo edek|yislamo ideik|tsalem ydik',
  },
} satisfies Partial<PhraseTable<Concept | 'none'>>;
