/**
 * Concepts of car detailing and paint protection (a valeting or detailing
 * workshop, a mobile car wash): a ceramic coating, a paint protection film,
 * machine polishing, leather seats and their cracks, the engine bay, a
 * child's car seat, against what the owner wrote in another language. See
 * phrases.ts for the syntax.
 *
 * Every message is also read in English, and a clinic's or a salon's
 * customers write some of these words too; left out on their own:
 * - "ceramic", "céramique", "cerámica", "سيراميك" (a crown's porcelain, the
 *   services table's `porcelain`): only as a coating, a treatment, or French
 *   "le céramique" (the masculine is the treatment, the material is "la");
 * - "film", "pellicola", "فيلم" (a video, a movie): only as a protection film
 *   or PPF; "coating" (a pill's, a tongue's), "Versiegelung" (a tooth's
 *   fissure sealing): only as a paint's or a ceramic one;
 * - "polish" (the language, nail polish), "polido" (polite): polishing only as
 *   a verb or a paint's; "leather" words that are also skin ("piel", "pelle",
 *   "pell", "جلد") only beside a seat or a car;
 * - "motor" (motor skills), "engine" alone (a search engine): the engine bay,
 *   or washing or cleaning it; "seat" alone: a child's seat in a car.
 */
import type { PhraseTable } from './phrases.js';

export const DETAILING_CONCEPTS = {
  /** A ceramic (nano, graphene) coating of a car's paint. */
  ceramicCoating: {
    en: 'ceramic coating|ceramic coatings|ceramic coat|ceramic coated|nano ceramic|nano coating|graphene coating|paint coating|paint sealant|coated car|car is coated',
    es: 'recubrimiento ceramico|tratamiento ceramico|revestimiento ceramico|ceramico para coche|ceramico para el coche|nano ceramica|nanoceramica',
    fr: 'traitement ceramique|revetement ceramique|protection ceramique|le ceramique|un ceramique|nano ceramique|ceramique auto|ceramique voiture',
    it: 'trattamento ceramico|rivestimento ceramico|protettivo ceramico|nano ceramica|ceramica per auto|ceramica auto',
    de: 'keramikversiegelung*|keramik versiegelung|keramikbeschichtung*|keramik beschichtung|nanoversiegelung|lackversiegelung|nano versiegelung',
    ca: 'tractament ceramic|recobriment ceramic|revestiment ceramic|nano ceramica|ceramic per al cotxe',
    pt: 'vitrificacao|vitrificar|vitrificado|vitrificada|revestimento ceramico|coating ceramico|nano ceramica|ceramica automotiva|ceramica no carro',
    ar: 'نانو سيراميك|النانو سيراميك|بعد النانو|بعد السيراميك|قبل السيراميك|السيراميك على السياره|سيراميك السياره|السيراميك للسياره|المسيرمكه|سيرمكه|nano ceramic|nano ceramique',
  },
  /** A paint protection film (PPF, clear bra) over a car's paint. */
  paintFilm: {
    en: 'ppf|paint protection film|protection film|protective film|clear bra|clear film|film on the bonnet|film on the hood',
    es: 'film de proteccion|film protector|lamina de proteccion|pelicula de proteccion|pelicula protectora|film ppf',
    fr: 'film ppf|film de protection|film protecteur|film transparent|film carrosserie',
    it: 'pellicola protettiva|pellicola di protezione|pellicola trasparente|pellicola ppf|film ppf',
    de: 'lackschutzfolie*|schutzfolie*|steinschlagschutzfolie*|ppf folie|transparente folie',
    ca: 'film de proteccio|lamina de proteccio|pel·licula de proteccio|film ppf',
    pt: 'pelicula de protecao|pelicula protetora|pelicula de pintura|pelicula ppf|envelopamento transparente|ppf',
    ar: 'فيلم حمايه|فيلم الحمايه|فيلم الواجهه|فيلم شفاف|الفيلم الشفاف|سيراميك والفيلم|سيراميك ولا الفيلم|سيراميك او الفيلم|الفيلم للسياره|بي بي اف',
  },
  /** Machine polishing of a car's paint: a polish, paint correction, swirls and light scratches taken out. */
  polishing: {
    en: '=polishing|=polished|polish the car|polish my car|polish it|polish the paint|paint polish|machine polish|paint correction|buffing|swirl marks',
    es: 'pulir|pulido|pulir el coche|pulido de pintura|abrillantado|abrillantar|correccion de pintura',
    fr: 'polir|polissage|lustrage|lustrer|correction de peinture|polir la voiture',
    it: 'lucidare|lucidatura|lucidare la macchina|lucidatura auto|correzione della vernice',
    de: 'polieren|politur|poliert|lackkorrektur|lackaufbereitung',
    ca: 'polir|polit del cotxe|abrillantar|abrillantat|correccio de pintura',
    pt: 'polir|polimento|polimento do carro|polimento tecnico|correcao de pintura|espelhamento',
    ar: 'تلميع|التلميع|تلمع|تلمعون|نلمع|يلمع|talmee3|talmi3|tilmee3',
  },
  /** A car's leather seats or upholstery: cleaned, conditioned, cracked from the sun, repaired. */
  leatherSeats: {
    en: 'leather|leather seat|leather seats|leather upholstery|leather interior',
    es: 'asientos de cuero|asiento de cuero|el cuero del asiento|cuero del coche|asiento de cuero|tapiceria de cuero|asientos de piel|tapiceria de piel',
    fr: 'le cuir du siege|le cuir des sieges|cuir du volant|cuir de la voiture|sieges en cuir|siege en cuir|sellerie cuir|interieur cuir',
    it: 'sedili in cuoio|sedile in cuoio|sedili in pelle|sedile in pelle|interni in pelle|tappezzeria in pelle',
    de: 'leder|ledersitz*|lederausstattung|lederpolster*',
    ca: 'seients de cuir|seient de cuir|seients de pell|seient de pell|tapisseria de pell',
    pt: 'bancos de couro|o couro do banco|couro do carro|banco de couro|estofado de couro|estofamento de couro',
    ar: 'كراسي جلد|الكراسي الجلد|الجلد مال الكراسي|جلد الكراسي|جلد الكرسي|جلد السياره|الجلد مشقق|الجلد المشقق|جلد مشقق|كراسي جلديه|leather',
  },
  /** Cracks in a surface that has dried or aged: cracked leather, a crazed dashboard. */
  cracked: {
    en: '=cracked|=cracks|crack in|crack on',
    es: 'agrietado|agrietada|grietas|=cuarteado|=cuarteada|cuarteaduras',
    fr: 'craquele|craquelee|craquelures|fissure|fissures|fissuree|fendille',
    it: 'crepato|crepata|crepe|screpolato|screpolata|screpolature|incrinato|incrinata',
    de: 'rissig|risse|gerissen|eingerissen|brüchig|bruchig',
    ca: 'esquerdat|esquerdada|esquerdes|clivellat|clivellada',
    pt: 'rachado|rachada|rachaduras|rachadura|trincado|trincada|craquelado|ressecado e rachado',
    ar: 'الجلد مشقق|الجلد المشقق|جلد مشقق|مشقق|مشققه|شقوق|تشقق|تشققات|متشقق|مفطر|mshagag|mshaqqaq',
  },
  /** The engine bay of a car: washing or cleaning it, and whether water harms its electrics. */
  engineBay: {
    en: 'engine bay|engine wash|engine cleaning|clean the engine|wash the engine|washing the engine|under the bonnet|under the hood|engine compartment',
    es: 'lavar el motor|limpiar el motor|lavado de motor|limpieza de motor|vano motor|compartimento del motor',
    fr: 'laver le moteur|nettoyer le moteur|lavage moteur|lavage du moteur|nettoyage moteur|nettoyage du moteur|compartiment moteur|sous le capot',
    it: 'lavare il motore|pulire il motore|lavaggio motore|lavaggio del motore|pulizia motore|pulizia del motore|vano motore|sotto il cofano',
    de: 'motorwasche|motor waschen|motorraum*|motor reinigen|motorreinigung|unter der motorhaube',
    ca: 'rentar el motor|netejar el motor|rentat de motor|neteja del motor',
    pt: 'lavar o motor|limpar o motor|lavagem do motor|lavagem de motor|limpeza do motor|limpeza de motor|cofre do motor',
    ar: 'تنظيف المكينه|غسيل المكينه|تغسلون المكينه|تنظفون المكينه|مكينه السياره|غسيل المحرك|تنظيف المحرك|ghaseel el makina',
  },
  /** A child's seat in a car: a baby seat, a booster, ISOFIX, taken out or cleaned. */
  carSeat: {
    en: 'car seat|car seats|baby seat|baby seats|child seat|child seats|booster seat|booster seats|isofix|infant seat',
    es: 'silla de coche|sillas de coche|silla del coche|silla de bebe|sillita del coche|sillita de bebe|alzador|elevador infantil|isofix',
    fr: 'siege auto|sieges auto|siege bebe|sieges bebe|siege enfant|rehausseur|coque bebe|isofix',
    it: 'seggiolino|seggiolini|seggiolino auto|ovetto|alzatina|isofix',
    de: 'kindersitz|kindersitze|babyschale|autokindersitz|sitzerhohung|isofix',
    ca: 'cadireta del cotxe|cadira del cotxe|seient infantil|alçador|isofix',
    pt: 'cadeirinha|cadeirinhas|bebe conforto|cadeira de bebe|assento infantil|assento de elevacao|isofix',
    ar: 'كرسي الطفل|كرسي اطفال|كراسي الاطفال|كرسي الاطفال|كراسي اطفال|كرسي البيبي|كرسي البيبى|كرسي اليهال|kursi el yahal|kursi el tifl',
  },
  /** A new car, straight from the dealer: does it need polishing or protecting before anything else. */
  newCar: {
    en: 'brand new car|my new car|car is new|car is brand new|straight from the dealer|straight from the dealership|from the dealership|just bought the car|just bought a new',
    es: 'coche nuevo|carro nuevo|auto nuevo|coche recien comprado|recien sacado del concesionario|del concesionario',
    fr: 'voiture neuve|vehicule neuf|sortie de concession|sortie du concessionnaire|de chez le concessionnaire',
    it: 'auto nuova|macchina nuova|appena ritirata dal concessionario|dal concessionario|auto appena comprata',
    de: 'neuwagen|neues auto|vom handler|fabrikneu|nagelneu',
    ca: 'cotxe nou|del concessionari|cotxe acabat de comprar',
    pt: 'carro zero|carro novo|zero km|zero quilometro|da concessionaria|saiu da concessionaria',
    ar: 'سياره جديده|سيارتي جديده|جديده من الوكاله|من الوكاله|طالعه من الوكاله|سياره وكاله|zero km',
  },
} satisfies PhraseTable<string>;
