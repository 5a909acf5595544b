/**
 * Safety signals for emergencies away from a clinic, on a slope, a trail or
 * a walk: someone buried by an avalanche or a snow slide, a child who cannot
 * be found, a fall that leaves someone screaming with pain, an animal with
 * the signs of heatstroke (thick, sticky saliva; gums gone dark or brick
 * red). Each is a meaning in every language; domain/safety.ts combines them.
 * Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const OUTSIDE_SIGNALS = {
  /** An avalanche or a snow slide. */
  avalanche: {
    en: 'avalanche|avalanches|snow slide|snowslide|slab came down|slab broke',
    es: 'alud|aludes|avalancha|avalanchas|placa de nieve',
    fr: 'avalanche|avalanches|coulee de neige|plaque a vent',
    it: 'valanga|valanghe|slavina|slavine',
    de: 'lawine|lawinen|lawinenabgang|schneebrett|schneerutsch',
    ca: 'allau|allaus|avalanxa|placa de neu',
    pt: 'avalanche|avalanches|avalancha|placa de neve',
    ar: 'انهيار ثلجي|انهيار جليدي|الانهيار الثلجي|انهيار الثلج|تيهور',
  },
  /** Buried, swept away or caught under snow (or rubble): every minute under it costs air. */
  buried: {
    en: 'buried|burried|under the snow|under snow|swept away|swept him|swept her|caught in|dragged him|dragged her|covered him|covered her|dig him out|dig her out',
    es: 'sepultad*|enterrad*|bajo la nieve|debajo de la nieve|arrastrad*|atrapad*|lo ha pillado|la ha pillado|le ha pillado|lo pillo|la pillo|lo ha cubierto|la ha cubierto|lo cubrio|la cubrio|desenterrar',
    fr: 'enseveli*|sous la neige|emporte|emportee|pris dans|prise dans|recouvert|recouverte|l a emporte|l a recouvert|l a pris|deterrer',
    it: 'sepolt*|sotto la neve|travolt*|trascinat*|coperto dalla|coperta dalla|preso da|presa da|dissotterrare',
    de: 'verschuttet|verschutteter|verschuttete|unter dem schnee|unterm schnee|mitgerissen|erfasst|begraben|ausgraben|ausbuddeln',
    ca: 'enterrat|enterrada|sepultat|sepultada|sota la neu|arrossegat|arrossegada|atrapat|atrapada|l ha agafat|l ha enxampat|desenterrar',
    pt: 'soterrad*|enterrad*|debaixo da neve|sob a neve|arrastad*|apanhad*|pego pela|pega pela|coberto pela|coberta pela|desenterrar',
    ar: 'مدفون|مدفونه|تحت الثلج|تحت التلج|طمره|طمرها|غطاه|غطاها|جرفه|جرفها|دفنه|دفنها|madfoun|ta7t ettalj',
  },
  /**
   * Cannot find someone, said as a verb that takes the one missing after it: "I can't find my son", "je trouve
   * plus mon fils", "no encuentro a mi hija", "perdi de vista o meu filho".
   */
  cantFind: {
    en: 'can not find|cant find|cannot find|could not find|couldnt find|lost my|lost our|lost sight of|lost track of|no sign of|looking everywhere for|searching everywhere for|nowhere to be found',
    es: 'no encuentro|no encontramos|no encuentra|no lo encuentro|no la encuentro|no lo encontramos|no la encontramos|he perdido a|hemos perdido a|perdi a|perdimos a|perdi de vista|perdimos de vista|he perdido de vista|no hay rastro de|buscando por todas partes a',
    fr: 'trouve plus|trouve pas|trouvons plus|trouvons pas|retrouve plus|retrouve pas|retrouvons plus|retrouvons pas|perdu de vue|j ai perdu|on a perdu|nous avons perdu|aucune trace de|cherche partout',
    it: 'non trovo|non troviamo|non lo trovo|non la trovo|non lo troviamo|non la troviamo|perso di vista|ho perso|abbiamo perso|nessuna traccia di|cerco ovunque',
    de: 'finde meinen sohn nicht|finde meine tochter nicht|finde mein kind nicht|finden unseren sohn nicht|finden unsere tochter nicht|finden unser kind nicht|finde den kleinen nicht|finde die kleine nicht|finde nirgends|finden nirgends|aus den augen verloren|keine spur von|suche uberall',
    ca: 'no trobo|no trobem|no el trobo|no la trobo|no el trobem|no la trobem|he perdut|hem perdut|perdut de vista|cap rastre de|busco per tot arreu',
    pt: 'nao encontro|nao encontramos|nao acho|nao achamos|nao o encontro|nao a encontro|perdi o|perdi a|perdemos o|perdemos a|perdi de vista|perdemos de vista|nenhum sinal de|procuro por todo o lado',
    ar: 'مش لاقي|مش لاقيه|مش لاقيين|ما لقيتش|مالقيتش|ما لقيناش|مو لاقي|ما لاقي|ضيعت|ضيعنا|ما كنلقاش|ma l9itch|mal9itch|mesh la2i|msh la2i|dayya3t',
  },
  /**
   * Cannot find someone, said after the one missing: German puts the verb last ("ich kann meine Tochter nicht
   * finden"), spoken Arabic carries the one missing as a suffix ("ابني مش لاقيه").
   */
  cantFindAfter: {
    de: 'nicht finden|nicht mehr finden|nirgends finden|nicht auffinden|nirgendwo finden|aus den augen verloren',
    ar: 'مش لاقيه|مش لاقيها|مش لاقينه|مش لاقينها|ما لقيتوش|ما لقيتهاش|مالقيتوش|مالقيتهاش|ما لقيناهش|ما لقيناهاش|mesh la2ih|mesh la2iha|ma l9itouch',
  },
  /**
   * Gone missing, said of the one missing (before or just after): "my son is missing", "ma fille a disparu", "mi
   * hijo se ha perdido", "der Kleine ist weg". A child who "gets lost easily" is a habit, not this.
   */
  gone: {
    en: 'is missing|are missing|went missing|gone missing|has gone missing|has disappeared|disappeared|vanished|got lost|has got lost|is lost|has wandered off|wandered off|ran off',
    es: 'ha desaparecido|desaparecio|esta desaparecido|esta desaparecida|se ha perdido|se perdio|esta perdido|esta perdida|se ha escapado|se escapo|no aparece|no ha aparecido',
    fr: 'a disparu|est disparu|est disparue|s est perdu|s est perdue|est perdu|est perdue|s est sauve|s est sauvee|est introuvable|reste introuvable',
    it: 'e scomparso|e scomparsa|e sparito|e sparita|si e perso|si e persa|e disperso|e dispersa|non si trova piu|non si trova',
    de: 'ist weg|wird vermisst|hat sich verlaufen|ist weggelaufen|ist nicht aufzufinden|ist nirgends',
    ca: 'ha desaparegut|va desapareixer|s ha perdut|es va perdre|esta perdut|esta perduda|no apareix|no ha aparegut',
    pt: 'desapareceu|esta desaparecido|esta desaparecida|sumiu|se perdeu|perdeu se|esta perdido|esta perdida|nao aparece|nao apareceu',
    ar: 'ضاع|ضاعت|ضايع|ضايعه|مفقود|مفقوده|اختفى|اختفت|مختفي|تاه|تاهت|تايه|da3|da3et|mafqoud|ikhtafa',
  },
  /** Screaming, howling or crying out with pain: pain past bearing. */
  agony: {
    en: 'screaming in pain|screaming with pain|screaming in agony|screams in pain|screams with pain|screaming from the pain|howling in pain|howling with pain|crying out in pain|yelling in pain|in agony|agonising pain|agonizing pain|writhing in pain',
    es: 'grito de dolor|gritaba de dolor|grita de dolor|gritando de dolor|grita del dolor|gritando del dolor|chilla de dolor|chillando de dolor|aulla de dolor|se retuerce de dolor|retorciendose de dolor|llora de dolor|llorando de dolor|no aguanta el dolor',
    fr: 'hurle de douleur|hurlant de douleur|crie de douleur|criant de douleur|hurle de mal|se tord de douleur|pleure de douleur|pleurant de douleur|supporte pas la douleur',
    it: 'urlo dal dolore|urlo di dolore|urla di dolore|grido dal dolore|grida di dolore|urla dal dolore|urlando dal dolore|grida dal dolore|gridando dal dolore|si contorce dal dolore|piange dal dolore|piangendo dal dolore|non sopporta il dolore',
    de: 'schreit vor schmerzen|schreit vor schmerz|schreien vor schmerzen|brullt vor schmerzen|winselt vor schmerzen|krummt sich vor schmerzen|weint vor schmerzen|halt die schmerzen nicht aus',
    ca: 'crido de dolor|cridava de dolor|crida de dolor|cridant de dolor|xiscla de dolor|es retorca de dolor|plora de dolor|plorant de dolor|no aguanta el dolor',
    pt: 'grito de dor|gritava de dor|grita de dor|gritando de dor|gritar de dor|berra de dor|berrando de dor|se contorce de dor|chora de dor|chorando de dor|nao aguenta a dor',
    ar: 'يصرخ من الالم|تصرخ من الالم|يصرخ من الوجع|تصرخ من الوجع|كيغوت من الحريق|كتغوت من الحريق|عم يصرخ من الوجع|عم تصرخ من الوجع|بيصرخ من الوجع|بتصرخ من الوجع|كيغوت بالوجع|كتبكي بالوجع|كيبكي بالوجع|تبكي من الوجع|يبكي من الوجع|كتبكي من الوجع|كيبكي من الوجع|تبكي من الالم|يبكي من الالم|katbki bl wje3|kaybki bl wje3',
  },
  /** A sign of heatstroke in an animal: thick, sticky or ropey saliva; gums or tongue gone dark, brick or bright red. */
  heatSign: {
    en: 'saliva is thick|saliva is sticky|saliva is all thick|drool is thick|drool is sticky|saliva thick|thick saliva|sticky saliva|thick drool|sticky drool|ropey saliva|ropy saliva|ropey drool|ropy drool|foamy saliva|gums dark red|gums bright red|gums brick red|gums very red|dark red gums|bright red gums|brick red gums|very red gums|tongue dark red|dark red tongue|bright red tongue',
    es: 'saliva esta espesa|saliva muy espesa|babas muy espesas|saliva espesa|baba espesa|babas espesas|saliva pegajosa|baba pegajosa|encias rojo oscuro|encias muy rojas|encias rojo intenso|encias rojo ladrillo|encias de color rojo oscuro|lengua rojo oscuro|lengua muy roja',
    fr: 'salive est epaisse|bave est epaisse|salive tres epaisse|bave tres epaisse|salive epaisse|bave epaisse|salive collante|bave collante|gencives rouge fonce|gencives rouge vif|gencives tres rouges|gencives rouge brique|langue rouge fonce|langue tres rouge',
    it: 'saliva e densa|bava e densa|saliva molto densa|saliva densa|bava densa|saliva appiccicosa|bava appiccicosa|gengive rosso scuro|gengive rosso vivo|gengive rossissime|gengive molto rosse|lingua rosso scuro|lingua molto rossa',
    de: 'speichel ist zah|speichel ist dick|speichel ist klebrig|sehr zaher speichel|zaher speichel|zahen speichel|dicker speichel|dicken speichel|klebriger speichel|klebrigen speichel|dunkelrotes zahnfleisch|zahnfleisch dunkelrot|zahnfleisch knallrot|knallrotes zahnfleisch|zahnfleisch ziegelrot|dunkelrote zunge|zunge dunkelrot',
    ca: 'saliva es espessa|saliva molt espessa|saliva espessa|bava espessa|saliva enganxosa|genives vermell fosc|genives molt vermelles|genives vermell intens|llengua vermell fosc',
    pt: 'saliva esta grossa|saliva esta espessa|baba esta grossa|saliva muito grossa|saliva grossa|saliva espessa|baba grossa|baba espessa|saliva pegajosa|gengivas vermelho escuro|gengivas muito vermelhas|gengivas vermelho vivo|lingua vermelho escuro|lingua muito vermelha|gengiva vermelho escuro',
    ar: 'لعاب كثيف|ريال كثيف|ريالتو تقيله|لعابه تقيل|اللثه حمرا غامقه|لثته حمرا غامقه|لثته حمراء داكنه|اللثه حمراء داكنه|لثه حمرا بزاف|لسانه احمر غامق',
  },
} satisfies PhraseTable<string>;
