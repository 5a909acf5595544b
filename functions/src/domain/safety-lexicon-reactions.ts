/**
 * Safety signals for a body that reacts to a treatment (a hair dye, a
 * bleach, a lash tint, a wax, a laser, a peel, an injection, a massage oil,
 * a vaccine or a flea treatment for a pet): the treatment, the itch, the
 * burning, where it swells (face, neck, scalp, eyes). Each is a meaning in
 * every language; domain/safety.ts combines them. Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const REACTION_SIGNALS = {
  /** Something put on or into the body that it may react to: with a swelling, an itch or blisters, a reaction. */
  treatment: {
    en: 'dye|dyed|hair dye|hair colour|hair color|colouring|coloring|tint|tinted|lash tint|brow tint|bleach|bleached|bleaching|highlights|balayage|platinum|toner|perm|relaxer|keratin|wax|waxed|waxing|laser|ipl|chemical peel|a peel|the peel|peel treatment|injection|injections|filler|fillers|botox|henna|massage oil|oil|lash lift|lash extensions|brow lamination|lamination|microblading|tattoo|a facial|the facial|facial treatment|cream|numbing cream|treatment|vaccine|vaccination|jab|shampoo|flea treatment|spot on',
    es: 'tinte|tintes|tenido|decoloracion|decolorante|decolorar|mechas|balayage|platino|platinado|matiz|permanente|alisado|keratina|cera|depilacion|laser|peeling|inyeccion|inyecciones|relleno|botox|henna|hena|aceite|lifting de pestanas|extensiones de pestanas|laminado de cejas|microblading|tatuaje|limpieza facial|crema|tratamiento|vacuna|champu|pipeta|antiparasitario',
    fr: 'teinture|coloration|couleur|decoloration|decolorant|meches|balayage|platine|permanente|lissage|keratine|cire|epilation|laser|peeling|injection|injections|acide hyaluronique|botox|henne|huile|huile de massage|rehaussement de cils|extensions de cils|lamination|microblading|tatouage|soin du visage|creme|traitement|vaccin|shampoing|pipette|antiparasitaire',
    it: 'tinta|tintura|colore|colorazione|decolorazione|decolorante|meches|colpi di sole|balayage|platino|permanente|stiratura|cheratina|ceretta|cera|epilazione|laser|peeling|iniezione|iniezioni|filler|botox|henne|henna|olio|laminazione|extension ciglia|ciglia|microblading|tatuaggio|pulizia del viso|trattamento|crema|vaccino|shampoo|antiparassitario',
    de: 'farb*|haarfarb*|wimpernfarb*|augenbrauenfarb*|getont|tonung|blondierung|blondiert|strahnchen|balayage|platin|dauerwelle|glattung|keratin|wachs|waxing|enthaarung|laser|peeling|spritze|injektion|filler|botox|henna|massageol|ol|wimpernlifting|wimpernverlangerung|lamination|microblading|tattoo|tatowierung|gesichtsbehandlung|behandlung|creme|impfung|shampoo|spot on|flohmittel',
    ca: 'tint|tintura|coloracio|decoloracio|metxes|balayage|platinat|permanent|allisat|queratina|cera|depilacio|laser|peeling|injeccio|injeccions|farciment|botox|henna|oli|lifting de pestanyes|extensions de pestanyes|tatuatge|neteja facial|tractament|crema|vacuna|xampu',
    pt: 'tinta|tintura|coloracao|descoloracao|descolorante|descolorir|luzes|mechas|balayage|platinado|platinar|matizador|progressiva|alisamento|relaxamento|queratina|cera|depilacao|laser|peeling|injecao|injecoes|preenchimento|botox|hena|henna|oleo|lash lifting|extensao de cilios|cilios|laminacao|microblading|tatuagem|limpeza de pele|tratamento|creme|vacina|shampoo|xampu|antipulgas',
    ar: 'صبغه|الصبغه|صباغه|الصباغه|ديكولوراسيون|الميش|ميش|الشمع|شمع|الليزر|ليزر|تقشير|التقشير|حقنه|الحقنه|حقن|فيلر|الفيلر|بوتوكس|البوتوكس|الحنه|حنه|زيت|الزيت|الكيراتين|كيراتين|البروتين|علاج|العلاج|كريم|الكريم|اللقاح|لقاح|التلقيح|تلقيح|sbagha|sbigha|decoloration|couleur|laser|keratine|botox|filler',
  },
  itch: {
    en: 'itch*|itchy',
    es: 'pica|pican|picaba|picor|picores|picazon|comezon|prurito',
    fr: 'demange*|gratte|grattent|prurit|envie de gratter',
    it: 'prurito|pizzica|pizzicore|prude|prudono|mi gratto',
    de: 'juck*',
    ca: 'picor|pica|piquen|coissor',
    pt: 'coceira|cocando|coca muito|comichao|comichoes|prurido',
    ar: 'حكه|الحكه|كيحكني|كتحكني|كيحكو|حكان|حكاك|kay7kni|kat7kni|7ekka|7kka|7okka',
  },
  /** A burning, a stinging: what a chemical on the skin or in an eye feels like. */
  burning: {
    en: 'burning|burns|stinging|stings|on fire',
    es: 'arde|arden|ardor|ardiendo|escuece|escuecen|escozor|me quema|quemazon',
    fr: 'brule|brulent|brulure|ca brule|ca pique|picote|picotements',
    it: 'brucia|bruciano|bruciore|pizzica',
    de: 'brennt|brennen|brennend|sticht',
    ca: 'em cou|couen|coissor|crema molt',
    pt: 'arde|ardendo|ardencia|ardor|queimando|queima muito',
    ar: 'كيحرقني|كتحرقني|كيحرق|كتحرق|حريق|الحريق|حرقه|الحرقه|كيشعل|kay7r9ni|kat7r9ni|7ri9|7er9a',
  },
  /** Where a reaction shows that a doctor must see now: the face, the neck, the scalp, around the eyes. */
  reactionArea: {
    en: 'face|neck|scalp|eyes|eye|eyelids|eyelid|lips|lip|ears|ear|tongue|throat|head|whole body|all over my body',
    es: 'cara|cuello|cuero cabelludo|ojos|ojo|parpados|parpado|labios|labio|orejas|oreja|lengua|garganta|cabeza|todo el cuerpo',
    fr: 'visage|figure|cou|cuir chevelu|yeux|oeil|paupieres|paupiere|levres|levre|oreilles|oreille|langue|gorge|tete|tout le corps',
    it: 'viso|faccia|collo|cuoio capelluto|occhi|occhio|palpebre|palpebra|labbra|labbro|orecchie|orecchio|lingua|gola|testa|tutto il corpo',
    de: 'gesicht|hals|nacken|kopfhaut|augen|auge|augenlider|augenlid|lider|lippen|lippe|ohren|ohr|zunge|kopf|ganzen korper',
    ca: 'cara|coll|cuir cabellut|ulls|ull|parpelles|parpella|llavis|llavi|orelles|orella|llengua|gola|el cap|al cap|tot el cos',
    pt: 'rosto|cara|pescoco|couro cabeludo|olhos|olho|palpebras|palpebra|labios|labio|orelhas|orelha|lingua|garganta|cabeca|corpo todo|todo o corpo',
    ar: 'وجه|الوجه|وجهي|وجهها|وجهو|رقبه|الرقبه|رقبتي|راس|راسي|الراس|فروه الراس|عين|عيني|عينيا|العين|عينيه|جفون|الجفون|شفايف|شفايفي|ودني|وذني|لسان|لساني|حلقي|جسمي|الجسم|wjhi|wejhi|wjh|ra9ba|rasi|ras|3ini|3inia|3in|chfayfi',
  },
} satisfies PhraseTable<string>;
