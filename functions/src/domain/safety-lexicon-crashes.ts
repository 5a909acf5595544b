/**
 * Safety signals for a crash, a capsize and a collapse, as people at a track, on a boat or in a stand describe them:
 * a crash or a collision (a kart into the barrier, a car accident), a boat turned over, someone under the water, the
 * sail or the hull who does not come up, and a hand held on the chest. Each is a meaning in every language;
 * domain/safety.ts combines them (a crash with a sore neck and someone not moving, a capsize with someone under the
 * boat, a hand on the chest with a fall or speech gone wrong). Syntax: lexicon/phrases.ts.
 */
import type { PhraseTable } from './lexicon/phrases.js';

export const CRASH_SIGNALS = {
  /** A crash, a collision or an accident with a vehicle (a kart, a car, a bike, a boat): what may hurt the spine. */
  crash: {
    en: 'crash|crashed|had a crash|had an accident|an accident|accident|collision|collided|hit the barrier|hit the wall|into the barrier|into the wall|into the tyres|spun off|rolled over|flipped over',
    es: 'accidente|un accidente|tuvo un accidente|ha tenido un accidente|choque|chocado|choco|se estrello|se ha estrellado|estrellado|estrellada|colision|contra la barrera|contra el muro|contra los neumaticos|dio vueltas de campana|vuelta de campana',
    fr: 'accident|un accident|eu un accident|a eu un accident|collision|percute|percutee|a percute|s est crashe|crashe|contre la barriere|contre le mur|contre les pneus|fait un tonneau|tonneau',
    it: 'incidente|un incidente|ha avuto un incidente|scontro|collisione|si e schiantato|si e schiantata|schiantato|schiantata|contro la barriera|contro il muro|contro le gomme|ribaltato|cappottato',
    de: 'unfall|einen unfall|unfall gehabt|zusammenstoss|kollision|gecrasht|verunglückt|verungluckt|in die bande|gegen die bande|gegen die mauer|in die reifen|uberschlagen|hat sich uberschlagen',
    ca: 'accident|un accident|ha tingut un accident|xoc|ha xocat|xocat|col lisio|s ha estavellat|estavellat|estavellada|contra la barrera|contra el mur|contra els pneumatics|ha bolcat|bolcat',
    pt: 'acidente|um acidente|teve um acidente|sofreu um acidente|batida|bateu o kart|bateu o carro|colisao|capotou|capotado|se acidentou|contra a barreira|contra o muro|contra os pneus',
    ar: 'حادث|حادثه|صار له حادث|صارله حادث|صار فيه حادث|صار لها حادث|عمل حادث|عملت حادث|سوا حادث|سوى حادث|تصادم|اصطدم|اصطدمت|دعم|دعمت|خبط|خبطت|انقلب|انقلبت|ضرب بالحاجز|ضرب بالجدار|7adeth|7adith|7adis|sar la 7adeth|sar lah 7adeth|5abat|khabat|de3am|da3am',
  },
  /** A boat turned over: capsized, overturned. */
  capsized: {
    en: 'capsized|capsize|capsizing|we capsized|boat flipped|flipped the boat|boat turned over|turned over|overturned|keeled over|turtled',
    es: 'volcado|volcao|volcada|volca|hemos volcado|hemo volcao|ha volcado|volcamos|volco|se ha volcado|se volco|se dio la vuelta|dado la vuelta|zozobrado|zozobro|volteado|volteao',
    fr: 'chavire|chavirer|a chavire|avons chavire|on a chavire|chavirage|dessale|on a dessale|a dessale|retourne|bateau retourne|s est retourne',
    it: 'scuffiato|scuffiata|abbiamo scuffiato|ha scuffiato|scuffia|ribaltato|ribaltata|si e ribaltato|si e ribaltata|capovolto|capovolta|si e capovolto|si e capovolta|rovesciato|rovesciata',
    de: 'gekentert|kentern|kentert|sind gekentert|ist gekentert|umgekippt|umgeschlagen|durchgekentert|kieloben',
    ca: 'bolcat|bolcada|hem bolcat|ha bolcat|bolca|bolcar|s ha girat|girat del reves|tombat|tombada|hem tombat',
    pt: 'virou|virado|virada|o barco virou|o veleiro virou|capotou|emborcou|emborcado|emborcada|naufragou',
    ar: 'انقلب القارب|انقلب المركب|انقلبت القارب|انقلبت المركب|انقلب الشراع|انقلبنا|القارب انقلب|المركب انقلب|الطراد انقلب|انقلب الطراد|انقلب اللنش|تقلب|المركب اتقلب|القارب اتقلب|2enkalab|enqalab|in9alab|ingalab|el markab t2alab',
  },
  /** Under the water, the sail or the boat and not coming out or up: someone who may be drowning now. */
  underWater: {
    en: 'under the sail|under the boat|under the hull|under the dinghy|under the catamaran|under the kayak|stuck underwater|trapped underwater|still underwater|still under water|has not come up|hasnt come up|not come up|not coming up|not surfaced|has not surfaced|hasnt surfaced|can not see him in the water|can not see her in the water|cant see him in the water|cant see her in the water',
    es: 'debajo de la vela|debajo del barco|debajo del casco|debajo del catamaran|debajo del velero|debajo de la barca|debajo del kayak|bajo la vela|bajo el barco|bajo el casco|no sale de debajo|no sale del agua|no ha salido del agua|sigue debajo|sigue bajo el agua|no sale a la superficie|no ha salido a flote|no sube|no ha subido',
    fr: 'sous la voile|sous le bateau|sous la coque|sous le catamaran|sous le voilier|sous le kayak|coince sous l eau|toujours sous l eau|reste sous l eau|ne remonte pas|n est pas remonte|n est pas remontee|ne ressort pas|ressort pas de sous',
    it: 'sotto la vela|sotto la barca|sotto lo scafo|sotto il catamarano|sotto il kayak|bloccato sott acqua|bloccata sott acqua|ancora sott acqua|non riemerge|non e riemerso|non e riemersa|non viene su|non esce da sotto',
    de: 'unter dem segel|unterm segel|unter dem boot|unterm boot|unter dem rumpf|unter dem katamaran|unter dem kajak|noch unter wasser|immer noch unter wasser|unter wasser eingeklemmt|taucht nicht auf|ist nicht aufgetaucht|kommt nicht hoch|kommt nicht raus|nicht wieder aufgetaucht',
    ca: 'sota la vela|sota sa vela|sota la barca|sota sa barca|sota el casc|sota es casc|sota el catamara|sota es catamara|sota el caiac|no surt de sota|encara sota l aigua|no surt a la superficie|no puja|no ha sortit',
    pt: 'debaixo da vela|embaixo da vela|debaixo do barco|embaixo do barco|debaixo do casco|embaixo do casco|debaixo do catamara|preso debaixo de agua|ainda debaixo de agua|nao sai de baixo|nao sai de debaixo|nao subiu|nao volta a superficie|nao veio a tona',
    ar: 'تحت الشراع|تحت القارب|تحت المركب|تحت الطراد|تحت الماي|تحت المويه|تحت الميه|تحت الماء|ما طلع من الماي|ما طلع من المويه|ما طلع من الميه|ما طلع من الماء|ما طلع فوق|ما طلعش|ta7t el shira3|ta7t el markab|ta7t el mayy|ta7t el may|ma tele3|ma tla3',
  },
  /** Holding or clutching the chest, a hand on the heart: how a heart attack looks to the one who sees it. */
  chestClutch: {
    en: 'holding his chest|holding her chest|holding my chest|clutching his chest|clutching her chest|clutching my chest|clutched his chest|clutched her chest|grabbing his chest|grabbing her chest|grabbed his chest|grabbed her chest|hand on his chest|hand on her chest|hand on his heart|hand on her heart',
    es: 'agarrandose el pecho|se agarra el pecho|se agarro el pecho|se agarraba el pecho|sujetandose el pecho|se sujeta el pecho|tocandose el pecho|se toca el pecho|se tocaba el pecho|con la mano en el pecho|la mano en el pecho|se lleva la mano al pecho|se llevo la mano al pecho',
    fr: 'se tient la poitrine|se tenait la poitrine|se tenant la poitrine|se tient le coeur|se tenait le coeur|la main sur la poitrine|main sur la poitrine|la main sur le coeur|s agrippe la poitrine|se prend la poitrine|porte la main a la poitrine|a porte la main a la poitrine',
    it: 'si tiene il petto|si teneva il petto|tenendosi il petto|si tocca il petto|si toccava il petto|si stringe il petto|stringendosi il petto|mano sul petto|la mano sul petto|mano sul cuore|si porta la mano al petto',
    de: 'halt sich die brust|hielt sich die brust|hand auf der brust|hand auf dem herz|hand auf dem herzen|greift sich an die brust|griff sich an die brust|fasst sich an die brust|fasste sich an die brust|fasst sich ans herz|greift sich ans herz',
    ca: 'es toca el pit|es tocava el pit|tocant se el pit|s agafa el pit|s agafava el pit|agafant se el pit|amb la ma al pit|la ma al pit|es subjecta el pit|la ma al cor',
    pt: 'segurando o peito|a segurar o peito|segura o peito|segurava o peito|agarrando o peito|agarrou o peito|apertando o peito|com a mao no peito|mao no peito|a mao no peito|mao no coracao|levou a mao ao peito',
    ar: 'ماسك صدره|ماسكه صدرها|ماسك صدرو|ماسكه صدرا|ماسك على صدره|ماسكه على صدرها|ماسك قلبه|ماسكه قلبها|مسك صدره|مسكت صدرها|حاط ايده على صدره|حاطه ايدها على صدرها|حاط ايدو على صدرو|حاطط ايده على صدره|حاط يده على صدره|maasek sadro|mask sadro|mesek sadro|mas2ek sadro|ma3sek sadro|7at ido 3a sadro|7atet ida 3a sadra',
  },
} satisfies PhraseTable<string>;
