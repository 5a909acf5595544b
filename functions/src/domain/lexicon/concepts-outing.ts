/**
 * Concepts of an outing's practical questions that the visit and clothing tables do not name: an abaya worn to an
 * activity (may I drive, ride, fly in it? a man's robe and headdress are concepts-attire.ts's), a café or coffee on
 * site while one waits, how fast the ride goes (a kart, a boat, a wind tunnel), whether a booked outing goes ahead
 * (weather permitting) and how one hears of it, and being sent off for dangerous play. Each in every language, with the forms people type. See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - speed: en "fast" and "how fast" (how quickly a result comes, and fasting's stem), "speed" alone (a business's
 *   name, "speed up"); ar "بسرعه" (quickly, hurry), so the Arabic noun is written exact (=).
 * - coffee: es/pt "bar" (a bar of a gym, a tapas bar); ar "قهوه" alone (a colour, "بني قهوه"): with its article, or
 *   a cup of it.
 */
import type { PhraseTable } from './phrases.js';

export const OUTING_CONCEPTS = {
  /** The abaya, a woman's long outer robe, asked about for an activity (a man's robe and headdress are attire's). */
  abaya: {
    en: 'abaya*',
    es: 'abaya*',
    fr: 'abaya*',
    it: 'abaya*',
    de: 'abaya*',
    ca: 'abaya*',
    pt: 'abaya*',
    ar: 'عبايه|العبايه|بالعبايه|عبايتي|عباتي|بعبايه|عبايات|=abaya|3abaya|3baya',
  },
  /** Coffee or a café, a snack bar or a vending machine on site: something to drink while one waits. */
  coffee: {
    en: 'coffee|coffees|cafe|cafes|cafeteria|coffee shop|snack bar|vending machine*|canteen|cuppa|tea or coffee',
    es: 'cafe|cafes|cafecito|cafeteria|maquina de cafe|maquina expendedora|maquinas expendedoras|cantina',
    fr: 'cafe|cafes|cafeteria|buvette|distributeur de boissons|distributeurs|machine a cafe|coin snack',
    it: 'caffe|caffetteria|macchinetta del caffe|macchinette|distributore automatico|distributori automatici|bar interno',
    de: 'kaffee|cafe|cafeteria|kantine|snackbar|getrankeautomat|kaffeeautomat|automaten',
    ca: 'cafe|cafes|cafeteria|maquina de cafe|maquina expenedora|cantina',
    pt: 'cafe|cafes|cafezinho|cafetaria|cafeteria|lanchonete|cantina|maquina de cafe|maquina de venda|maquinas de venda',
    ar: 'كوفي|الكوفي|كافيه|الكافيه|كافي|كافتيريا|الكافتيريا|كافيتريا|الكافيتريا|=القهوه|=القهوة|كوب قهوه|فنجان قهوه|اشرب قهوه|نشرب قهوه|كوفي شوب|kahwa|9ahwa|ahwa|coffee|cafe',
  },
  /** How fast the ride goes: the top speed of a kart, a boat, a bike, the wind of a tunnel. */
  speed: {
    en: 'top speed|max speed|maximum speed|what speed|how fast do they go|how fast does it go|how fast can|how fast are|km h|kmh|kph|km per hour|kilometres per hour|kilometers per hour|mph|miles per hour|speeds',
    es: 'velocidad|velocidad maxima|a que velocidad|cuanto corren|cuanto corre|km por hora|kilometros por hora',
    fr: 'vitesse|vitesse max*|a quelle vitesse|quelle vitesse|ca va vite|km heure|kilometres heure',
    it: 'velocita|velocita massima|a che velocita|quanto vanno|quanto va veloce|km orari|chilometri orari',
    de: 'geschwindigkeit|hochstgeschwindigkeit|spitzengeschwindigkeit|wie schnell|stundenkilometer',
    ca: 'velocitat|velocitat maxima|a quina velocitat|quant corren',
    pt: 'velocidade|velocidade maxima|a que velocidade|qual a velocidade|km por hora|quilometros por hora',
    ar: '=سرعه|=السرعه|=سرعة|=السرعة|كم سرعه|سرعتها|سرعته|سرعه الكارت|=sor3a|=sur3a|=sor3et|vitesse',
  },
  /**
   * Whether a booked outing goes ahead, and how the customer hears of it (a balloon flight, a boat trip, a canyon,
   * all weather-dependent): "will the flight go ahead?", "comment saura-t-on si le vol a lieu ?", "findet es statt?".
   * Cancelled said of the outing, not done by the customer ("will flights be cancelled?", "se cancela la salida?",
   * "fällt der Flug aus?"), and weather that stops it ("does a sandstorm stop the flights?"), ask the same.
   */
  goAhead: {
    en: 'goes ahead|going ahead|still go ahead|will it go ahead|does it go ahead|it go ahead|trip go ahead|flight go ahead|tour go ahead|is it still on|still on for|called off|call it off|calls it off|take place|takes place|taking place|will it happen|whether it happens|how will we know|when will we know|how do we know if|when do we know|be cancelled|be canceled|get cancelled|get canceled|gets cancelled|gets canceled|flights cancelled|flights canceled|flight cancelled|flight canceled|is it cancelled|is it canceled|are they cancelled|are they canceled|stop the flights|stop the flight|stops the flights|stop the tour|stops the tour|stop the trip|stops the trip',
    es: 'se realiza|se realizara|sigue en pie|si se hace el vuelo|si sale el vuelo|si se vuela|se suspende|como sabremos|cuando sabremos|como sabemos si|cuando sabemos si|se confirma si|se cancela|se cancelan|se cancelara|se cancelaran|se anula|se anulan|quedan cancelados|queda cancelado|se suspenden|se suspendera',
    fr: 'a bien lieu|aura lieu|aura bien lieu|avoir lieu|a lieu ou|est maintenu|est maintenue|sera maintenu|sera maintenue|on saura|comment saurons nous|quand saurons nous|comment on saura|quand on saura|est annule ou|sera annule|seront annules|sont annules|est il annule|sont ils annules|annule a cause|annules a cause',
    it: 'ha luogo|avra luogo|si svolge|si svolgera|si terra|si fara il volo|si fa il volo|come sapremo|quando sapremo|come sappiamo se|quando sappiamo se|viene confermato|viene confermata|viene annullato|viene annullata|vengono annullati|sara annullato|saranno annullati|e annullato|sono annullati|salta il volo|saltano i voli',
    de: 'findet statt|stattfindet|stattfinden|findet es statt|findet das statt|findet die fahrt statt|findet die tour statt|findet der flug statt|findet der kurs statt|findet sie statt|findet er statt|wird abgesagt|abgesagt wird|wann wissen wir|woher wissen wir|wie erfahren wir|wann erfahren wir|ob es klappt|ob das klappt|wird storniert|werden storniert|abgesagt werden',
    ca: 'te lloc|tindra lloc|es fara el vol|es fa el vol|com ho sabrem|quan ho sabrem|com sabrem|quan sabrem|es confirma si|s anul la|s anul len|es cancel la|es cancel len|queda anul lat|queden anul lats',
    pt: 'se faz o voo|se o voo se faz|se realiza|vai acontecer|acontece mesmo|como sabemos se|quando sabemos se|como vamos saber|quando vamos saber|se confirma|e cancelado|sao cancelados|sera cancelado|serao cancelados|fica cancelado|ficam cancelados|vai ser cancelado|vao ser cancelados',
    ar: 'راح يصير|بيصير ولا|رح يصير|تتلغى|يتلغى|كيف نعرف|متى نعرف|كيف بنعرف|امتى نعرف|امتى هنعرف|تنلغي|بتنلغي|راح تنلغي|تتكنسل|تنكنسل|يتكنسل|ينلغي|تلغى|يلغى',
  },
  /** Sent off the track, the water or the class for dangerous play: a black flag, disqualified, thrown out. */
  sentOff: {
    en: 'black flag*|disqualified|disqualification|kicked off the track|kicked us off|kicked him off|kicked me off|thrown off the track|sent off|pulled off the track|taken off the track',
    es: 'bandera negra|descalificado|descalificada|descalificacion|expulsado de la pista|expulsada de la pista|lo echaron|nos echaron|me echaron|lo sacaron de la pista',
    fr: 'drapeau noir|disqualifie|disqualifiee|disqualification|exclu de la piste|sorti de la piste|vire de la piste|on l a vire|il s est fait virer',
    it: 'bandiera nera|squalificato|squalificata|squalifica|cacciato dalla pista|buttato fuori|mandato fuori',
    de: 'schwarze flagge|disqualifiziert|disqualifikation|von der strecke geholt|rausgeworfen|rausgeflogen|rausgeschmissen',
    ca: 'bandera negra|desqualificat|desqualificada|el van fer fora|ens van fer fora|fora de la pista',
    pt: 'bandeira preta|desclassificado|desclassificada|desclassificacao|expulso da pista|tiraram da pista|tiraram ele da pista',
    ar: 'العلم الاسود|علم اسود|بالعلم الاسود|انطرد|طردوه|طردوني|طردونا|طلعوه من الحلبه|طلعوني من الحلبه|drapeau noir',
  },
} satisfies PhraseTable<string>;
