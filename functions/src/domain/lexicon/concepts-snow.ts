/**
 * Concepts of snow-sports schools and mountain guides: what their customers
 * ask about in their own words ("cierran los remontes", "hors-piste",
 * "l'ARVA", "un casque pour le petit", "quin nivell té") against what the
 * owner wrote in another language. See phrases.ts for the syntax.
 *
 * Left out on their own, because they mean other things elsewhere:
 * - en: "lift" and "lifts" (a lash lift, a lift in a building), "probe" (an
 *   ultrasound's), "shovel", "airbag" (a car's), "beacon", "level" (a noise,
 *   a sugar, a pain level: a person's level only in phrases), "storm";
 * - es: "pala" (a spade, a paddle), "sonda" (a catheter), "impianti" (it:
 *   implants: only "impianti di risalita"), "nivel" alone ("nivel de
 *   azúcar"), "viento" (wind, a wind instrument's);
 * - fr: "pelle", "sonde", "niveau" alone ("niveau de vitamine D");
 * - de: "Lift" (an elevator), "Schaufel", "Sonde", "Niveau" alone.
 */
import type { PhraseTable } from './phrases.js';

export const SNOW_CONCEPTS = {
  /** The ski lifts (chairlifts, gondolas, drag lifts): closed by wind, included in a pass. */
  skiLift: {
    en: 'ski lift|ski lifts|chairlift*|chair lift|chair lifts|gondola|gondolas|cable car|cable cars|drag lift|drag lifts|button lift|t bar|t bars|lift pass|lift passes|lift ticket|lift tickets',
    es: 'remonte|remontes|telesilla|telesillas|telesqui|telesquis|telecabina|telecabinas|teleferico|telefericos|forfait|forfet',
    fr: 'remontee mecanique|remontees mecaniques|remontees|remontee|telesiege|telesieges|telecabine|telecabines|teleski|teleskis|telepherique|telepheriques|tire fesses|forfait de ski|forfait ski',
    it: 'impianti di risalita|impianto di risalita|seggiovia|seggiovie|cabinovia|cabinovie|funivia|funivie|skilift|sciovia|sciovie|ovovia|skipass|ski pass',
    de: 'skilift|skilifte|sessellift|sessellifte|gondelbahn|gondelbahnen|seilbahn|seilbahnen|bergbahn|bergbahnen|schlepplift|schlepplifte|liftanlagen|skipass',
    ca: 'remuntador|remuntadors|remuntador mecanic|remuntadors mecanics|telecadira|telecadires|telecabina|telecabines|telesqui|telesquis|teleferic|forfet|forfets',
    pt: 'teleferico|telefericos|telecadeira|telecadeiras|telesqui|telesquis|meios mecanicos|skipass|passe de ski|forfait',
    ar: 'التلفريك|تلفريك|التيليسياج|telesiege|teleferique|المصاعد الهوائيه',
  },
  /** Skiing or riding away from the marked runs, with a guide: off-piste, backcountry, freeride. */
  offPiste: {
    en: 'off piste|offpiste|off the piste|off the pistes|backcountry|freeride|freeriding|ski touring|skitouring',
    es: 'fuera pista|fuera pistas|fuera de pista|fuera de pistas|freeride|esqui de travesia|esqui de montana',
    fr: 'hors piste|hors pistes|freeride|ski de randonnee|ski de rando',
    it: 'fuoripista|fuori pista|freeride|scialpinismo|sci alpinismo',
    de: 'abseits der piste|abseits der pisten|variantenfahren|tiefschnee|freeride|freeriden|skitour|skitouren',
    ca: 'fora pista|fora pistes|fora de pista|fora de pistes|freeride|esqui de muntanya|esqui de travessa',
    pt: 'fora de pista|fora das pistas|fora pista|freeride|esqui de montanha',
    ar: 'خارج المسار|خارج المسارات|خارج المضمار|hors piste|freeride',
  },
  /** Avalanches and the kit against them: the transceiver (ARVA, DVA, LVS), shovel and probe, an avalanche airbag. */
  avalanche: {
    en: 'avalanche*|transceiver|transceivers|avalanche beacon|avalanche kit|avalanche gear|shovel and probe|shovel probe',
    es: 'avalancha|avalanchas|alud|aludes|arva|dva|detector de victimas|pala y sonda|pala sonda',
    fr: 'avalanche*|arva|dva|detecteur de victimes|pelle et sonde|pelle sonde',
    it: 'valanga|valanghe|artva|arva|pala e sonda|pala sonda',
    de: 'lawine|lawinen|lawinengefahr|lawinenairbag|lawinenausrustung|lvs|lvs gerat|verschuttetensuchgerat|schaufel und sonde',
    ca: 'allau|allaus|arva|dva|detector de victimes|pala i sonda|pala sonda',
    pt: 'avalanche|avalanches|arva|dva|detector de vitimas|pa e sonda',
    ar: 'انهيار ثلجي|الانهيار الثلجي|انهيارات ثلجيه|الانهيارات الثلجيه|avalanche|arva|dva',
  },
  /** A helmet: for skiing, riding, cycling; worn or hired. */
  helmet: {
    en: 'helmet|helmets|ski helmet|bike helmet|riding hat',
    es: '=casco|=cascos|casco de esqui|casco de bici',
    fr: 'casque|casques|casque de ski|casque de velo',
    it: 'casco|caschi|casco da sci|casco da bici',
    de: 'helm|helme|skihelm|skihelme|fahrradhelm|fahrradhelme|reithelm|reithelme|kinderhelm',
    ca: '=casc|=cascos|casc d esqui|casc de bici',
    pt: 'capacete|capacetes|capacete de ski|capacete de esqui|capacete de bicicleta',
    ar: 'خوذه|الخوذه|خوذات|كاسك|الكاسك|casque',
  },
  /**
   * Weather that stops a lesson or an outing: a storm, a blizzard, strong wind (the named winds of the coasts:
   * tramuntana, mistral; the Gulf's shamal), a sand or dust storm, rain, bad weather.
   */
  badWeather: {
    en: 'bad weather|storm|storms|blizzard|blizzards|whiteout|strong wind|strong winds|high winds|too windy|heavy snowfall|weather is bad|=rain|=rains|=raining|=rained|=rainy|thunderstorm|thunderstorms|downpour|sandstorm|sandstorms|sand storm|dust storm|dust storms|=dusty|shamal|=windy|=stormy',
    es: 'mal tiempo|tormenta|tormentas|temporal|ventisca|ventiscas|ventolera|mucho viento|viento fuerte|nevada fuerte|nevadon|hace malo|=lluvia|=lluvias|=llueve|=lloviendo|=llover|=chaparron|tormenta de arena|tormentas de arena|tormenta de polvo|=ventoso',
    fr: 'mauvais temps|tempete|tempetes|blizzard|tourmente|vent fort|vents forts|grand vent|trop de vent|fortes chutes de neige|il fait moche|=pluie|=pleut|=pleuvoir|=pleuvait|=averse|=averses|=orage|=orages|=mistral|=tramontane|=poussiereux|tempete de sable|tempetes de sable|vent de sable|tempete de poussiere|=venteux',
    it: 'maltempo|brutto tempo|tempesta|tempeste|bufera|bufere|tormenta|vento forte|troppo vento|nevicata forte|=pioggia|=piove|=piovere|=temporale|=acquazzone|tempesta di sabbia|tempeste di sabbia|tempesta di polvere|=ventoso',
    de: 'schlechtes wetter|schlechtem wetter|unwetter|sturm|sturme|schneesturm|starker wind|starkem wind|zu viel wind|whiteout|=regen|=regnet|=regnen|=gewitter|=platzregen|=staubig|sandsturm|sandsturme|staubsturm|staubsturme|=windig|=geregnet|hats geregnet|=verregnet',
    ca: 'mal temps|fa mal temps|tempesta|tempestes|ventada|vent fort|molt de vent|nevada forta|=pluja|=plou|=ploure|=plogui|=tramuntana|=xafec|tempesta de sorra|tempestes de sorra|tempesta de pols|=ventos',
    pt: 'mau tempo|tempestade|tempestades|nevasca|nevascas|vento forte|muito vento|nevao|=chuva|=chove|=chover|=chovendo|=trovoada|=aguaceiro|tempestade de areia|tempestades de areia|tempestade de poeira|=ventania',
    ar: 'مطر|المطر|امطار|الامطار|تمطر|بتمطر|هتمطر|عاصفه|العاصفه|عاصفه ثلجيه|جو خايب|الجو خايب|طقس سيء|الطقس السيء|رياح قويه|ريح قويه|tempete|mauvais temps|الجو وحش|الجو وحش اوي|الجو مش حلو|الطقس وحش|el gaw w7esh|el gaw we7esh|gaw w7esh|el gaw we7ish|ljaw khayb|ljow khayeb|fi matar|fih matar|bil matar|tamtor|btamtor|hawa qawi|hawa 9awi|hawa gawi|ri7 qawi|ri7 qawiya|ri7 9awya|reeh qawi|هوا قوي|الهوا قوي|هواء قوي|غبار|الغبار|عاصفه رمليه|عاصفه ترابيه|عواصف رمليه|عجاج|العجاج|رياح شمال|رياح الشمال|ريح الشمال|هبوب|الهبوب|shamal',
  },
  /**
   * A person's level at a sport, a language or an instrument: which group or class suits them. Not "my level"
   * alone, which one word between reads as "my pain level", "mon niveau de vitamine D".
   */
  skillLevel: {
    en: 'what level|which level|level of my|level of our|skill level|ability level|level test|level check|riding experience|diving experience|experience needed|need experience|any experience|previous experience|know how to ride|able to ride',
    es: 'saber montar|sabe montar|experiencia previa|hace falta experiencia|experiencia montando|que nivel|cual nivel|nivel de mi|nivel de mis|nivel del nino|nivel de la nina|nivel de los ninos|prueba de nivel|test de nivel',
    fr: 'savoir monter|sait monter|experience requise|experience prealable|deja monte|quel niveau|niveau de mon|niveau de ma|niveau de mes|test de niveau|evaluation de niveau',
    it: 'saper cavalcare|saper andare a cavallo|esperienza precedente|serve esperienza|che livello|quale livello|livello di mio|livello di mia|livello dei miei|test di livello|prova di livello',
    de: 'reiterfahrung|taucherfahrung|erfahrung notig|erfahrung notwendig|vorkenntnisse|welches niveau|welches level|welche stufe|niveau meines|niveau meiner|einstufungstest|einstufung|leistungsstand|konnensstand|konnensstufe',
    ca: 'saber muntar|sap muntar|experiencia previa|quin nivell|nivell del meu|nivell de la meva|nivell dels meus|nivell de les meves|nivell de mon|nivell de ma|prova de nivell',
    pt: 'saber montar|sabe montar|experiencia previa|e preciso experiencia|que nivel|qual nivel|qual o nivel|nivel do meu|nivel da minha|nivel dos meus|teste de nivel|prova de nivel',
    ar: 'خبره سابقه|لازم خبره|شنو المستوى|اي مستوى|مستوى ابني|مستوى بنتي|مستوى ولدي|مستوى اولادي|مستواي|مستواه|مستواها|quel niveau',
  },
  /** Where a lesson, a class or a guided outing starts and the group meets: the meeting point. */
  meetingPoint: {
    en: 'meeting point|meeting place|meetup point|meet up point|where do we meet|where we meet',
    es: 'punto de encuentro|punto de reunion|punto de quedada|donde quedamos|donde nos encontramos',
    fr: 'point de rendez vous|point de rdv|point de rencontre|lieu de rendez vous|lieu de rdv|ou on se retrouve|ou se retrouve t on',
    it: 'punto d incontro|punto di incontro|punto di ritrovo|luogo di ritrovo|dove ci troviamo|dove ci incontriamo',
    de: 'treffpunkt|treffpunkte|sammelpunkt|wo treffen wir uns',
    ca: 'punt de trobada|punts de trobada|punt de reunio|on quedem|on ens trobem',
    pt: 'ponto de encontro|pontos de encontro|ponto de reuniao|local de encontro|onde nos encontramos',
    ar: 'نقطه اللقاء|مكان اللقاء|نقطه التجمع|مكان التجمع|point de rendez vous|point de rencontre',
  },
  /**
   * Renting or hiring equipment (skis, boots, a helmet, a board): the verbs as written and the hire of gear; a
   * flat's rent ("alquiler", "lloguer", "aluguel", "Miete" alone) is not one.
   */
  gearRental: {
    en: 'rent|rent one|rent them|to rent|for rent|rental gear|hire one|hire them|for hire|to hire|hire skis|ski hire|ski rental|boot hire|equipment hire|equipment rental',
    es: '=alquilar|=alquilais|=alquilan|=alquila|=alquilo|=alquilamos|alquiler de material|alquiler de esquis|alquiler de equipo',
    fr: 'louer|louez|louent|loue|location de materiel|location de skis|location de ski|location d equipement',
    it: 'noleggiare|noleggiate|noleggiano|noleggio|noleggio sci|noleggio attrezzatura|a noleggio',
    de: '=mieten|=vermieten|=vermietet|ausleihen|leihen|leiht|verleih|skiverleih|materialverleih|ausrustung mieten|skimiete',
    ca: '=llogar|=llogueu|=lloguen|=lloga|=llogo|lloguer de material|lloguer d esquis|lloguer de material d esqui',
    pt: '=alugar|=alugam|=aluga|=alugo|=alugueis|aluguer de material|aluguel de equipamento|aluguer de esquis|aluguel de esqui',
    ar: 'كرا|الكرا|نكريو|تكريو|كتكريو|استئجار|ايجار المعدات|location|louer|تاجرون|تأجرون|تاجرو|تاجير|تأجير|نستاجر|استاجر|t2ajroon|t2ajrun|t2ajjroon|ta2jeer|ta2jir|lil ijar|lel ijar',
  },
  /** A rule that something is compulsory: a helmet, a certificate, a vaccine ("c'est obligatoire ?"). */
  mandatory: {
    en: 'mandatory|compulsory|obligatory',
    es: 'obligatorio|obligatoria|obligatorios|obligatorias|obligatoriedad',
    fr: 'obligatoire|obligatoires|obligation',
    it: 'obbligatorio|obbligatoria|obbligatori|obbligatorie|obbligo',
    de: 'pflicht|vorgeschrieben|verpflichtend|obligatorisch|helmpflicht|impfpflicht',
    ca: 'obligatori|obligatoria|obligatoris|obligatories',
    pt: 'obrigatorio|obrigatoria|obrigatorios|obrigatorias|obrigatoriedade',
    ar: 'اجباري|اجبارية|اجباريه|الزامي|الزاميه|واجب|obligatoire',
  },
} satisfies PhraseTable<string>;
