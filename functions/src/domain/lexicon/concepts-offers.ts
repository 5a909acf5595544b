/**
 * Offerings customers ask appointment businesses about that are rarely
 * part of what the business does: a job, training or sitting for a pet,
 * pet food, large animals, vegan products, a private event, a
 * collaboration. They exist so that "are you hiring?" or "do you do dog
 * training?" is recognised as a question about something the business may
 * never have written about (OFFERING_CONCEPTS in concepts.ts), not
 * answered from the entry that shares its other words ("dog"). See
 * phrases.ts for the syntax.
 *
 * Phrases name the offering outright: "training" alone is also a staff
 * training day, "walk" a walk-in, "food" what to eat before a treatment.
 */
import type { PhraseTable } from './phrases.js';

export const OFFER_CONCEPTS = {
  jobs: {
    en: 'hiring|are you hiring|any jobs|a job|job offer*|job opening*|=vacancy|=vacancies|send my cv|send my resume|join your team|join the team|work for your team|internship|apprenticeship|looking for staff|recruit*',
    es: 'oferta de trabajo|ofertas de trabajo|trabajar con vosotros|trabajar con ustedes|empleo|vacante*|curriculum|mi cv|buscais personal|buscan personal|contratando',
    fr: 'emploi|embauche*|recrut*|mon cv|candidature spontanee|poste a pourvoir|offre d emploi|travailler chez vous|faire un stage|un stage chez vous|stage en entreprise|offre de stage|convention de stage|stagiaire|apprentissage|alternance',
    it: 'offerte di lavoro|offerta di lavoro|lavorare da voi|lavorare con voi|assum*|posizioni aperte|il mio cv|curriculum|candidatura|tirocinio|apprendistato|cercate personale',
    de: 'einen job|jobangebot*|nebenjob|minijob|stellenangebot*|offene stelle*|bewerbung|bewerben|lebenslauf|praktikum|ausbildungsplatz|lehrstelle|sucht ihr personal|suchen sie personal|mitarbeiter gesucht',
    ca: 'oferta de feina|ofertes de feina|treballar amb vosaltres|ocupacio|vacant*|curriculum|el meu cv|busqueu personal',
    pt: 'emprego|vaga de emprego|vagas de emprego|trabalhar com voces|curriculo|meu cv|contratando|estagio|estao contratando',
    ar: 'وظيفه|وظائف|توظيف|سيرتي الذاتيه|wadifa|cv dyali',
  },
  petTraining: {
    en: 'dog training|train my dog|train my puppy|obedience|puppy class*|puppy school|dog trainer|behaviourist|behaviorist|behaviour training|behavior training',
    es: 'adiestra*|educacion canina|educador canino|clases de obediencia|obediencia|etologo',
    fr: 'dressage|dresser mon chien|educat* canin*|cours d obeissance|obeissance|comportementaliste',
    it: 'addestra*|educazione cinofila|educatore cinofilo|obbedienza|comportamentalista',
    de: 'hundeschule|hundetraining|hundetrainer*|welpenschule|welpenkurs|erziehung meines hundes|gehorsam*',
    ca: 'ensinistra*|educacio canina|educador cani|obediencia',
    pt: 'adestra*|educacao canina|obediencia|comportamentalista',
    ar: 'تدريب الكلب|تدريب الكلاب|تدريب كلبي|مدرب كلاب|dressage',
  },
  petSitting: {
    en: 'dog walk*|walk my dog|walk the dog|daycare|day care|doggy day care|pet sitting|pet sitter|dog sitter|dog sitting|cat sitter|cat sitting|house sitting',
    es: 'paseador*|pasear a mi perro|pasear al perro|paseos de perros|guarderia canina|guarderia de dia|cuidador de mascotas|cuidar a mi perro|canguro de perros',
    fr: 'promeneur*|promener mon chien|promenade de chiens|garderie|pet sitter|pet sitting|garde de chien|garder mon chien|garder mon chat|garde a domicile',
    it: 'dog sitter|pet sitter|passeggiare il cane|portare a spasso il cane|dog walker|asilo per cani|asilo canino|custodia diurna',
    de: 'gassi|gassigeh*|gassiservice|hundesitter*|katzensitter*|tiersitter*|hundetagesstatte|hundekita|tagesbetreuung',
    ca: 'passejar el gos|passejador*|guarderia canina|cuidar el meu gos|cangur de gossos',
    pt: 'passeador*|passear com o cachorro|passear o cao|creche para caes|creche canina|daycare|pet sitter|cuidar do meu cachorro',
    ar: 'تمشيه الكلب|تمشيه الكلاب|حضانه الكلاب|مربيه حيوانات|نعس على الكلب|pet sitter',
  },
  petFood: {
    en: 'dog food|cat food|pet food|kibble|dry food|wet food|treats for dogs|dog treats|cat treats',
    es: 'pienso*|comida para perro*|comida para gato*|comida de perro|comida de gato|chuches para perros|golosinas para perros',
    fr: 'croquette*|patee|nourriture pour chien*|nourriture pour chat*|friandises pour chien*',
    it: 'crocchett*|pappa per cani|cibo per cani|cibo per gatti|umido per gatti|snack per cani',
    de: 'hundefutter|katzenfutter|tierfutter|trockenfutter|nassfutter',
    ca: 'pinso*|menjar per a gossos|menjar per a gats|menjar de gos',
    pt: 'racao|racoes|comida de cachorro|comida para cachorro|comida para gato',
    ar: 'اكل الكلاب|اكل القطط|طعام الكلاب|طعام القطط|croquettes',
  },
  largeAnimals: {
    en: 'horse|horses|foal|foals|stallion|pony|ponies|donkey*|cow|cows|goat|goats|sheep|livestock|farm pig*|farm animals',
    es: 'caballo*|yegua*|potro|potros|poni|ponis|burro*|vaca|vacas|cabra*|oveja*|cerdo*|ganado',
    fr: 'cheval|chevaux|jument|juments|poulain*|etalon|etalons|poney*|ane|anes|vache*|chevre*|mouton*|betail|cochon de ferme|cochons de ferme',
    it: 'cavallo|cavalli|giumenta|giumente|puledro|puledri|pony|asino|asini|mucca|mucche|capra|capre|pecora|pecore|maiale|maiali|bestiame',
    de: 'pferd*|stute|stuten|fohlen|hengst|pony|ponys|esel|kuh|kuhe|ziege*|schaf|schafe|schwein|schweine|nutztier*',
    ca: 'cavall*|euga|eugues|poltre|poni|ponis|ruc|rucs|vaca|vaques|cabra|cabres|ovella*|porc|porcs',
    pt: 'cavalo*|egua|eguas|potro|potros|burro*|vaca|vacas|cabra*|ovelha*|porco|porcos|gado',
    ar: 'حصان|خيل|خيول|فرس|حمار|بقره|ماعز|خروف|غنم|7san',
  },
  vegan: {
    en: 'vegan|cruelty free|cruelty-free|organic product*|natural products|animal tested|tested on animals|halal products|halal certified',
    es: 'vegano|vegana|veganos|veganas|libre de crueldad|productos ecologicos|productos naturales|testado en animales|productos halal',
    fr: 'vegan|vegane|vegetalien*|sans cruaute|cruelty free|produits bio|produits naturels|teste sur les animaux|produits halal|certifie halal',
    it: 'vegano|vegana|vegani|vegane|cruelty free|prodotti bio|prodotti biologici|prodotti naturali|testati sugli animali|prodotti halal',
    de: 'vegan|vegane|veganen|tierversuchsfrei|ohne tierversuche|bio produkte|bioprodukte|naturkosmetik|halal produkte',
    ca: 'vega|vegana|vegans|veganes|lliure de crueltat|productes ecologics|productes naturals',
    pt: 'vegano|vegana|veganos|veganas|cruelty free|produtos organicos|produtos naturais|testado em animais|produtos halal',
    ar: 'نباتي|منتجات طبيعيه|منتجات حلال',
  },
  events: {
    en: 'private event*|private party|rent the space|hire the space|book the whole|birthday party|hen party|hen parties|hen do|hen dos|stag do|stag party|bachelor party|bachelorette|corporate event*',
    es: 'evento privado|eventos privados|fiesta privada|alquilar el local|alquilar el espacio|despedida de soltera|despedidas de soltera|despedida de soltero|despedidas de soltero|cumpleanos infantil|fiesta de cumpleanos|evento de empresa',
    fr: 'evenement prive|evenements prives|soiree privee|privatiser|privatisation|louer la salle|enterrement de vie de jeune fille|enterrement de vie de garcon|evjf|evg|seminaire',
    it: 'evento privato|eventi privati|festa privata|affittare il locale|addio al nubilato|addii al nubilato|addio al celibato|addii al celibato|festa di compleanno|evento aziendale',
    de: 'privatveranstaltung|private feier|privatfeier|raum mieten|junggesellinnenabschied|junggesellenabschied|jga|geburtstagsfeier|firmenevent*|firmenfeier',
    ca: 'esdeveniment privat|festa privada|llogar el local|comiat de soltera|comiat de solter|despedida de soltera|festa d aniversari|esdeveniment d empresa',
    pt: 'evento privado|festa privada|alugar o espaco|despedida de solteira|despedida de solteiro|festa de aniversario|evento corporativo|evento da empresa',
    ar: 'حفله خاصه|حفله عيد ميلاد|كراء القاعه|fete privee',
  },
  /** The customer's own data: seeing it, correcting it, erasing it (GDPR requests go to a person). */
  personalData: {
    en: 'my data|my personal data|personal data|my details|my information|my personal information|delete my data|erase my data|remove my data|delete my details|delete my account|gdpr|data protection|data request',
    es: 'mis datos|datos personales|borrar mis datos|borrad mis datos|eliminar mis datos|eliminad mis datos|rgpd|lopd|proteccion de datos|darme de baja de la base',
    fr: 'mes donnees|donnees personnelles|supprimer mes donnees|effacer mes donnees|rgpd|protection des donnees|mes informations personnelles',
    it: 'i miei dati|dati personali|cancellare i miei dati|eliminare i miei dati|gdpr|protezione dei dati|trattamento dei dati',
    de: 'meine daten|meine personenbezogenen daten|personenbezogene daten|daten loschen|daten loeschen|dsgvo|datenschutz|datenauskunft',
    ca: 'les meves dades|dades personals|esborrar les meves dades|eliminar les meves dades|rgpd|proteccio de dades',
    pt: 'os meus dados|meus dados|dados pessoais|apagar os meus dados|apagar meus dados|eliminar os meus dados|rgpd|lgpd|protecao de dados',
    ar: 'بياناتي|معلوماتي الشخصيه|البيانات الشخصيه|حذف بياناتي|امسحو بياناتي|حمايه البيانات',
  },
  collaboration: {
    en: 'collab|collaboration|sponsor*|paid partnership|brand ambassador|affiliate|ugc|content creator',
    es: 'colaboracion|colaborar con vosotros|patrocin*|embajadora|creadora de contenido|creador de contenido',
    fr: 'collab|collaboration|influenceuse|partenariat|sponsor*|ambassadrice|createur de contenu|creatrice de contenu',
    it: 'collab|collaborazione|sponsorizza*|partnership|ambassador|creator|creatrice di contenuti',
    de: 'kooperation|sponsor*|partnerschaft|werbepartner*|content creator',
    ca: 'col laboracio|collaboracio|patrocin*|creadora de contingut',
    pt: 'parceria|colaboracao|influenciador*|patrocin*|permuta|criador de conteudo|criadora de conteudo',
    ar: 'تعاون|شراكه|مؤثره|مؤثر|انفلونسر|collaboration|partenariat',
  },
  /** Buying to resell: a trade price, a bulk order, a distributor. A person answers another business. */
  wholesale: {
    en: 'wholesale|bulk order|buy in bulk|in bulk|resell|reseller|resale|distributor|stockist',
    es: 'al por mayor|mayorista|revender|reventa|distribuidor',
    fr: 'acheter en gros|vente en gros|grossiste|revendeur|revendre|revente|distributeur',
    it: 'all ingrosso|ingrosso|grossista|rivenditore|rivendere|rivendita|distributore',
    de: 'grosshandel|grosshandler|grosshandelspreis|wiederverkaufer|wiederverkauf|weiterverkaufen|handlerpreis|haendlerpreis|in grossen mengen',
    ca: 'a l engros|engros|majorista|revenedor|revendre|distribuidor',
    pt: 'por atacado|atacado|grossista|revendedor|revender|revenda|distribuidor',
    ar: 'بالجمله|تاجر جمله|موزع|سعر الجمله',
  },
  /**
   * A part or a product in stock, to buy or to order: "habt ihr ein Schaltwerk auf Lager?", "do you have the
   * charger in stock?". A person checks the shelves unless the business wrote about its stock.
   */
  inStock: {
    en: 'in stock|out of stock|back in stock|=stock|do you stock|you stock|on the shelf',
    es: 'en stock|=stock|en existencia|en existencias|teneis existencias|en almacen',
    fr: 'en stock|=stock|en rayon|en magasin|rupture de stock',
    it: 'in magazzino|a magazzino|=stock|disponibile in negozio|disponibili in negozio',
    de: 'auf lager|vorratig|=lagernd|am lager|lieferbar|=lagerbestand',
    ca: 'en estoc|=estoc|en stock|=stock|en magatzem',
    pt: 'em estoque|em stock|=stock|=estoque|em armazem',
    ar: 'في المخزون|المخزون|ستوك|stock',
  },
} satisfies PhraseTable<string>;
