/**
 * Concepts of veterinary clinics, pet hotels and groomers beyond grooming
 * itself (which concepts-services.ts covers): procedures, papers, the
 * animals other than cats and dogs, and what an owner worries about. See
 * phrases.ts for the syntax.
 *
 * Words that mean something else at a human practice stay out on their
 * own: "sterilise" (an animal or the instruments; the animal's phrases
 * name it), "put to sleep" and "endormir" (euthanasia or anaesthesia), "scan".
 */
import type { PhraseTable } from './phrases.js';

export const ANIMAL_CONCEPTS = {
  vet: {
    en: 'vet|vets|veterinar*|animal doctor',
    es: 'veterinari*|clinica veterinaria',
    fr: 'veterinaire*|veto|clinique veterinaire',
    ca: 'veterinari*|clinica veterinaria',
    pt: 'veterinari*|clinica veterinaria',
    ar: 'بيطري|البيطري|طبيب بيطري|دكتور بيطري|عياده بيطريه|baytari|beytari',
  },
  neuter: {
    en: 'neuter*|spay*|castrat*|desex*|sterilise my|sterilize my|sterilise her|sterilize her|sterilise him|sterilize him|get her fixed|get him fixed',
    es: 'castrar*|castracion|castrad*|capar|esterilizar gata|esterilizar perra|esterilizar gato|esterilizar perro|esterilizarla|esterilizarlo|esterilizada|esterilizado|ovariohisterectomia',
    fr: 'castrer|castration|castre|castree|steriliser ma chienne|steriliser ma chatte|steriliser mon chat|steriliser mon chien|sterilisee|ovariectomie',
    ca: 'castrar*|castracio|castrat|castrada|esterilitzar la gossa|esterilitzar la gata|esterilitzar el gos|esterilitzar el gat|esterilitzada',
    pt: 'castrar*|castracao|castrad*|esterilizar a cadela|esterilizar a gata|esterilizar o cao|esterilizar o gato|esterilizada|ovariohisterectomia',
    ar: 'خصي|اخصي|تعقيم القطه|تعقيم الكلبه|تعقيم الكلب|تعقيم القط|عمليه تعقيم|ta3qim|5asi|khasi',
  },
  deworming: {
    en: 'deworm*|de-worm*|worming|wormer|worms|internal parasites|heartworm|tapeworm*|roundworm*',
    es: 'desparasit*|lombrices|gusanos|parasitos internos|antiparasitario*',
    fr: 'vermifug*|deparasit*|vers intestinaux|parasites internes|antiparasitaire*',
    ca: 'desparasit*|cucs|paracits interns|parasits interns|antiparasitari*',
    pt: 'desparasit*|vermifug*|lombrigas|parasitas internos|antiparasitario*',
    ar: 'ديدان|طارد الديدان|مضاد الطفيليات|طفيليات|تدويد',
  },
  microchip: {
    en: 'microchip*|pet passport|dog passport|cat passport|animal passport|animal health certificate|travel papers|travel with my dog|travel with my cat',
    es: 'microchip|chip|pasaporte del perro|pasaporte del gato|pasaporte para mi perro|pasaporte para mi gato|pasaporte europeo|pasaporte de mascota|pasaporte para viajar|viajar con mi perro|viajar con mi gato',
    fr: "puce electronique|puce d'identification|pucer|passeport europeen|passeport pour mon chien|passeport pour mon chat|passeport animal|voyager avec mon chien|voyager avec mon chat",
    ca: 'microxip|xip|passaport del gos|passaport del gat|passaport europeu|viatjar amb el gos|viatjar amb el gat',
    pt: 'microchip|chip|passaporte do cao|passaporte do gato|passaporte para animais|passaporte europeu|viajar com o cao|viajar com o gato',
    ar: 'شريحه|شريحه تعريف|مايكروشيب|ميكروشيب|جواز سفر للكلب|جواز سفر للقطه|جواز الكلب|جواز القطه|السفر مع الكلب|السفر مع القطه|microchip',
  },
  bloodTest: {
    en: 'blood test*|bloodwork|blood work|blood panel|lab test*|lab work|urine test|urine sample|stool sample|test results|lab results',
    es: 'analisis de sangre|analitica|analiticas|analisis de orina|prueba de sangre|muestra de orina|muestra de heces|resultados del analisis|hemograma|laboratorio',
    fr: "prise de sang|analyse de sang|analyses de sang|bilan sanguin|analyse d'urine|prelevement|resultats d'analyse|laboratoire",
    ca: "analitica|analitiques|analisi de sang|analisis de sang|analisi d'orina|mostra d'orina|hemograma|laboratori",
    pt: 'analises|analise ao sangue|analises ao sangue|analise de sangue|exame de sangue|analise a urina|amostra de urina|hemograma|laboratorio',
    ar: 'تحليل دم|تحاليل|تحليل|فحص دم|فحص الدم|مختبر|تحليل بول|ta7alil|ta7lil',
  },
  ultrasound: {
    en: 'ultrasound*|sonogram|echocardiogram|echography|abdominal scan',
    es: 'ecografia*|ecocardiograma',
    fr: 'echographie*|echocardiographie|echo cardiaque',
    ca: 'ecografia*|ecocardiograma',
    pt: 'ecografia*|ecocardiograma|ultrassom|ultrassonografia',
    ar: 'ايكو|سونار|سونار بطن|موجات فوق صوتيه|التراساوند|التراسوند',
  },
  hospitalisation: {
    en: 'hospitalis*|hospitaliz*|overnight stay|stay overnight|stay the night|kept overnight|keep him overnight|keep her overnight|intensive care|icu|inpatient',
    es: 'hospitaliz*|ingresado|ingresada|ingresarlo|ingresarla|quedarse ingresado|quedarse a dormir|cuidados intensivos|uci',
    fr: 'hospitalis*|garder la nuit|passer la nuit|soins intensifs|reanimation',
    ca: 'hospitalitz*|ingressat|ingressada|passar la nit|cures intensives|uci',
    pt: 'internamento|internad*|internar|hospitaliz*|passar a noite|cuidados intensivos|uci',
    ar: 'تنويم|تنويمه|مبيت|يبات عندكم|يبقى الليله|عنايه مركزه|العنايه المركزه',
  },
  euthanasia: {
    en: 'euthanas*|euthanis*|euthaniz*|put down|putting down|end of life|cremation|cremate*|pet cremation|ashes|passed away|rainbow bridge',
    es: 'eutanasia|sacrificar|sacrificarlo|sacrificarla|incineracion|cremacion|cenizas|fallecido|fallecida|ha fallecido|ha muerto',
    fr: 'euthanasi*|faire piquer|fin de vie|incineration|cremation|cendres',
    ca: 'eutanasia|sacrificar|incineracio|cremacio|cendres|ha mort|fi de vida',
    pt: 'eutanasia|fim de vida|cremacao|incineracao|cinzas|faleceu|morreu',
    ar: 'القتل الرحيم|قتل رحيم|الموت الرحيم|موت رحيم|حرق الجثه|euthanasia',
  },
  exoticPets: {
    en: 'exotic*|rabbit*|bunny|bunnies|guinea pig*|hamster*|ferret*|bird|birds|parrot*|budgie*|reptile*|lizard*|snake*|tortoise*|turtle*|gecko*|chinchilla*|small animals|small pets',
    es: 'exotico*|exotica*|conejo*|cobaya*|conejillo de indias|hamster*|huron*|pajaro*|ave|aves|loro*|periquito*|canario*|reptil*|lagarto*|serpiente*|tortuga*|iguana*|gecko*|chinchilla*',
    fr: "nac|exotique*|lapin*|cochon d'inde|cochons d'inde|cobaye*|hamster*|furet*|oiseau*|perroquet*|perruche*|canari|canaris|reptile*|lezard*|serpent*|tortue*|gecko*|chinchilla*",
    ca: "exotic*|exotica*|conill*|conillet d'indies|cobai*|hamster*|fura|fures|ocell*|lloro*|periquit*|canari|canaris|reptil*|sargantana*|serps|serp|tortuga*|gecko*|xinxilla*",
    pt: 'exotico*|exotica*|coelho*|porquinho da india|porquinhos da india|cobaia*|hamster*|furao|furoes|passaro*|ave|aves|papagaio*|periquito*|canario*|reptil|repteis|lagarto*|serpente*|tartaruga*|gecko*|chinchila*',
    ar: 'ارنب|ارانب|ارنبي|عصفور|عصافير|طير|طيور|ببغاء|ببغاوات|كناري|سلحفاه|سلاحف|زواحف|سحليه|ثعبان|هامستر|همستر|خنزير غينيا|حيوانات اليفه صغيره',
  },
  diet: {
    en: 'diet|diets|kibble|wet food|dry food|prescription diet|prescription food|renal diet|overweight|obese|obesity|weight loss|lose weight|nutrition*',
    es: 'dieta*|el pienso|un pienso|pienso para|comida humeda|comida seca|sobrepeso|obesidad|obeso|obesa|perder peso|adelgazar|nutricion*',
    fr: 'regime|croquette*|patee|alimentation|surpoids|obese|obesite|perdre du poids|maigrir|nutrition*',
    ca: 'dieta*|pinso*|menjar humit|menjar sec|sobrepes|obesitat|obes|obesa|perdre pes|aprimar*|nutricio',
    pt: 'dieta*|racao|racoes|comida humida|comida seca|excesso de peso|sobrepeso|obesidade|obeso|obesa|perder peso|emagrecer|nutricao',
    ar: 'رجيم|دايت|حميه|نظام غذائي|وزن زايد|سمنه|تخسيس|اكل الكلب|اكل القطه|الاكل الجاف|diet|rejim|regime',
  },
  digestive: {
    en: 'vomit*|throwing up|threw up|throws up|being sick|diarrh*|loose stool*|runny poo|upset stomach|wont eat|stopped eating|off his food|off her food',
    es: 'vomit*|devuelve|diarrea|cagalera|heces blandas|caca blanda|no quiere comer|ha dejado de comer|malestar de estomago',
    fr: 'vomi*|diarrhee|selles molles|ne mange plus|ne veut pas manger',
    ca: 'vomit*|vomita|diarrea|caca tova|no vol menjar|ha deixat de menjar',
    pt: 'vomit*|diarreia|coco mole|fezes moles|nao quer comer|deixou de comer|dor de barriga',
    ar: 'استفراغ|ترجيع|يستفرغ|بيستفرغ|اسهال|عنده اسهال|ما بدو ياكل|مش عم ياكل',
  },
  ears: {
    en: 'ear|ears|ear cleaning|ear infection|otitis|shaking his head|shaking her head',
    es: 'oreja*|oido|oidos|otitis|limpieza de oidos',
    fr: 'oreille*|otite*|nettoyage des oreilles',
    ca: 'orella*|oida|oides|otitis',
    pt: 'orelha*|no ouvido|nos ouvidos|dor de ouvido|infecao no ouvido|otite*|limpeza de ouvidos',
    ar: 'اذن|اذنه|اذنها|الاذن|اذان|ودن|ودانه|التهاب الاذن',
  },
  boarding: {
    en: 'boarding|board my dog|board my cat|board dogs|board cats|pet hotel|dog hotel|cat hotel|doggy daycare|dog daycare|pet daycare|pet sitting|dog sitting|cat sitting|look after my dog|look after my cat|while i am away|while we are away|holiday care',
    es: 'residencia canina|residencia felina|residencia para perros|guarderia canina|guarderia para perros|hotel para perros|hotel canino|hotel para gatos|cuidar a mi perro|cuidar a mi gato|mientras estoy de vacaciones',
    fr: 'pension canine|pension feline|pension pour chiens|pension pour chats|garderie pour chiens|hotel pour chiens|hotel pour chats|faire garder mon chien|faire garder mon chat|garde de chien|garde de chat',
    ca: 'residencia canina|residencia felina|guarderia canina|hotel per a gossos|hotel per a gats|cuidar el meu gos|cuidar el meu gat|mentre estic de vacances',
    pt: 'hotel para caes|hotel canino|hotel para gatos|creche canina|creche para caes|hospedagem|pet sitting|dog sitting|ficar com o meu cao|ficar com o meu gato|enquanto estou de ferias',
    ar: 'فندق كلاب|فندق قطط|فندق حيوانات|فندق للكلاب|فندق للقطط|حضانه كلاب|حضانه للكلاب|ايواء',
  },
} satisfies PhraseTable<string>;
