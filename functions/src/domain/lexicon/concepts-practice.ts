/**
 * Concepts of a practice's everyday questions that the desk, care and
 * service tables do not name: what a clinic asks for (a referral), what
 * to wear, treatments of physiotherapy (needling, rehabilitation after
 * surgery), what a laser clinic must know (tattoos, fasting, hormones, a
 * period), and a groomer's (several animals, anal glands, cages, a dog
 * that bites). Each in every language, with the forms people type. See
 * phrases.ts for the syntax.
 */
import type { PhraseTable } from './phrases.js';

export const PRACTICE_CONCEPTS = {
  referral: {
    en: 'referral|referred|refer me|prescription|doctors note|doctor note|gp letter|note from my doctor|need a letter',
    es: 'receta|volante|derivacion|prescripcion|me derive|me deriven',
    fr: 'ordonnance|prescription|lettre du medecin|mot du medecin',
    ca: 'recepta|volant|derivacio|prescripcio|paper del metge',
    pt: 'prescricao|receita|credencial|encaminhamento',
    ar: 'وصفه|وصفه طبيه|ورقه من الدكتور|تقرير طبي|rousheta|roshetta|wasfe|wasfa',
  },
  clothing: {
    en: 'wear|wearing|clothes|clothing|outfit|shorts|leggings|gown|undress|get changed|changing room',
    es: 'ropa|llevar puesto|que me pongo|ponerme|vestir|vestido|pantalon corto|pantalones cortos|chandal|desvestir*|cambiarme',
    fr: 'porter|vetement*|tenue|habits|short|legging*|deshabill*|me changer|vestiaire',
    ca: 'roba|portar posat|que em pose|posar me|vestir|pantalons curts|xandall|despullar*|canviar me',
    pt: 'roupa|roupas|vestir|que levo|o que levar|calcoes|calcao|fato de treino|leggings|despir*|trocar de roupa|balneario|vestiario',
    ar: 'ملابس|البس|لبس|شو البس|تياب|shu elbos|shu elbas|tyeb|malabes|lebes',
  },
  needling: {
    en: 'dry needling|needling|needles|needle',
    es: 'puncion seca|puncion|agujas|aguja',
    fr: 'dry needling|puncture seche|aiguilles|aiguille',
    ca: 'puncio seca|puncio|agulles|agulla',
    pt: 'agulhamento|agulhamento seco|puncao seca|agulhas|agulha',
    ar: 'ابر|الابر|وخز|الوخز بالابر|ibar|ebar',
  },
  surgery: {
    en: 'surgery|operation|operated|post op|post-op|postoperative|hip replacement|joint replacement|knee replacement|rehab|rehabilitation|recovering from',
    es: 'cirugia|operacion|operado|operada|operaron|me operaron|postoperatorio|protesis|rehabilitacion|rehab',
    fr: 'chirurgie|operation|opere|operee|postoperatoire|post operatoire|prothese|reeducation|rehabilitation',
    ca: 'cirurgia|operacio|operat|operada|em van operar|postoperatori|protesi|rehabilitacio',
    pt: 'cirurgia|operacao|operado|operada|fui operad*|pos operatorio|pos-operatorio|pos cirurgia|protese|reabilitacao',
    ar: 'عمليه|عملية جراحيه|جراحه|بعد العمليه|تأهيل|اعاده تأهيل|3amaliyye|3amaliye|jira7a',
  },
  tattoo: {
    en: 'tattoo|tattoos|tattooed|ink|inked',
    es: 'tatuaje|tatuajes|tatuado|tatuada|tattoo|tatoo',
    fr: 'tatouage|tatouages|tatoue|tatouee|tattoo',
    ca: 'tatuatge|tatuatges|tatuat|tatuada|tattoo',
    pt: 'tatuagem|tatuagens|tatuado|tatuada|tattoo|tatoo',
    ar: 'تاتو|وشم|tattoo|tatu|washm|wishm',
  },
  fasting: {
    en: 'fasting|ramadan|ramadhan',
    es: 'ayuno|ayunando|en ayunas|ramadan',
    fr: 'jeune|jeuner|a jeun|ramadan',
    ca: 'dejuni|dejunant|en dejuni|ramada|ramadan',
    pt: 'jejum|jejuar|em jejum|ramadao|ramadan',
    ar: 'صايم|صايمه|صائم|صائمه|صيام|صوم|رمضان|sayem|sayme|sayma|saymeh|siyam|ramadan|ramadhan',
  },
  hormones: {
    en: 'hormone*|hormonal|pcos|polycystic|ovaries|ovary|thyroid',
    es: 'hormona*|hormonal*|ovario*|poliquistic*|sop|tiroides',
    fr: 'hormone*|hormonal*|ovaire*|polykystique*|sopk|thyroide',
    ca: 'hormona*|hormonal*|ovari*|poliquistic*|tiroide',
    pt: 'hormona*|hormonio*|hormonal*|ovario*|policistic*|sop|tiroide',
    ar: 'هرمون|هرمونات|هرموني|تكيس|تكيس المبايض|مبايض|الغده الدرقيه|hormonat',
  },
  menstruation: {
    en: 'on my period|my period|periods|period pain|menstruation|menstruating|time of the month',
    es: 'regla|con la regla|menstruacion|menstruando|menstrual',
    fr: 'regles|mes regles|menstruation*|indisposee',
    ca: 'regla|amb la regla|menstruacio|menstrual',
    pt: 'menstruada|menstruacao|menstruar|menstrual|naqueles dias',
    ar: 'الدوره الشهريه|دوره شهريه|حيض|الحيض|عندي الدوره|dawra shahriye',
  },
  multiplePets: {
    en: 'two dogs|2 dogs|two cats|2 cats|both dogs|both my dogs|second dog|second pet|multiple pets|several dogs|dogs together',
    es: 'dos perros|2 perros|dos gatos|2 gatos|los dos perros|el segundo perro|varios perros|perros juntos',
    fr: 'deux chiens|2 chiens|deux chats|2 chats|mes deux chiens|plusieurs chiens|deuxieme chien|second chien',
    ca: 'dos gossos|2 gossos|dos gats|2 gats|els dos gossos|el segon gos|diversos gossos',
    pt: 'dois caes|2 caes|dois cachorros|2 cachorros|dois gatos|2 gatos|os dois cachorros|segundo cao|segundo cachorro|varios caes',
    ar: 'كلبين|قطتين|اكثر من كلب|كلبين مع بعض|kalbein|kalbeen|2 kleb',
  },
  glands: {
    en: 'anal gland*|gland|glands|scooting|scoots|dragging his butt|dragging her butt|drags his bum|drags her bum|bum on the floor',
    es: 'glandula*|glandulas anales|se arrastra|arrastra el culo|arrastra el trasero',
    fr: 'glande*|glandes anales|se frotte les fesses|traine les fesses|traine son derriere',
    ca: 'glandul*|glandules anals|arrossega el cul',
    pt: 'glandula*|glandulas anais|arrasta o bumbum|arrasta o rabo|se arrasta',
    ar: 'غدد|الغدد|الغدد الشرجيه|يجر مؤخرته',
  },
  cage: {
    en: 'cage|cages|caged|crate|crates|crated|kennel|kennels',
    es: 'jaula|jaulas|enjaulad*|transportin|caseta|casetas',
    fr: 'cage|cages|caisse|caisses|enferme*',
    ca: 'gabia|gabies|engabiat*|transporti|caseta',
    pt: 'gaiola|gaiolas|jaula|jaulas|engaiolad*|enjaulad*|caixa de transporte|canil|canis',
    ar: 'قفص|اقفاص|بالقفص|كنل|2afas|afas|a2fas',
  },
  aggressive: {
    en: 'aggressive|aggression|bites|bite|biting|bitey|snappy|snaps|nippy|nips|reactive|growls|growling|difficult dog',
    es: 'agresiv*|muerde|morder|mordio|bravo|brava|mordedor*|grune|grunir|reactiv*',
    fr: 'agressi*|mord|mordre|morsure|grogne|grogner|reactif|reactive',
    ca: 'agressiu|agressiva|agressivitat|mossega|mossegar|grunyeix|reactiu|reactiva',
    pt: 'agressiv*|morde|morder|mordeu|bravo|brava|rosna|rosnar|reativ*',
    ar: 'عدواني|عدوانيه|يعض|بيعض|عضاض|شرس|شرسه|bi3od|y3od|3odwani',
  },
} satisfies PhraseTable<string>;
