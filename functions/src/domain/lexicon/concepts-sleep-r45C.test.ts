/**
 * The sleep-clinic concepts (concepts-sleep.ts): each is found in a customer's phrase in every language, and the
 * words they share with other trades (a son, a bank wire, a technique, "according to", next month) do not raise
 * them.
 */
import { SLEEP_CONCEPTS } from './concepts-sleep.js';
import { type ConceptExamples, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'sleepTest',
    [
      ['en', 'my doctor wants me to do the overnight sleep study'],
      ['es', 'cuánto cuesta el estudio del sueño?'],
      ['fr', "il doit faire l'enregistrement du sommeil chez vous"],
      ['it', "mia madre deve fare l'esame del sonno"],
      ['de', 'ich komme nächste Woche ins Schlaflabor'],
      ['ca', 'quan tindré els resultats de la prova del son?'],
      ['pt', 'o estudo do sono é coberto pelo seguro?'],
      ['ar', 'واش نقدر ندير تخطيط النوم فرمضان؟'],
    ],
  ],
  [
    'nightStay',
    [
      ['en', 'can I stay the night with my son?'],
      ['es', 'puedo quedarme toda la noche con él?'],
      ['fr', 'je peux rester avec lui toute la nuit ?'],
      ['it', 'posso restare tutta la notte con lei?'],
      ['de', 'darf ich die ganze Nacht bleiben?'],
      ['ca', 'puc passar la nit amb el nen?'],
      ['pt', 'posso ficar a noite toda com ele?'],
      ['ar', 'واش نقدر نبات مع ولدي الليلة كاملة؟'],
    ],
  ],
  [
    'cpap',
    [
      ['en', 'is the CPAP machine loud?'],
      ['es', 'necesito la máquina CPAP'],
      ['fr', 'mon mari a sa machine PPC depuis un mois'],
      ['it', 'quanto costa noleggiare la macchina CPAP?'],
      ['de', 'wie laut ist das CPAP-Gerät?'],
      ['ca', 'lloguer de la CPAP'],
      ['pt', 'o aparelho de CPAP faz barulho?'],
      ['ar', 'شحال كيسوا جهاز التنفس ديال النوم؟'],
    ],
  ],
  [
    'sensors',
    [
      ['en', "I can't sleep with wires glued to my head"],
      ['es', 'cuántos sensores me ponen?'],
      ['fr', 'et si je ne dors pas avec tous ces fils ?'],
      ['it', 'una donna a metterle i sensori'],
      ['de', 'wie viele Kabel werden angeklebt?'],
      ['ca', 'quants sensors em posareu?'],
      ['pt', 'os sensores doem?'],
      ['ar', 'واش الخيوط كيضرو؟'],
    ],
  ],
  [
    'technician',
    [
      ['en', 'can a female technician fit the sensors?'],
      ['es', 'es posible una técnica mujer?'],
      ['fr', 'une technicienne peut poser les capteurs ?'],
      ['it', 'è possibile avere una tecnica donna?'],
      ['de', 'gibt es eine Technikerin?'],
      ['ca', 'hi ha una tècnica dona?'],
      ['pt', 'pode ser uma técnica mulher?'],
      ['ar', 'واش كاينة تقنية مرا؟'],
    ],
  ],
  [
    'noise',
    [
      ['en', 'does the machine make a lot of noise?'],
      ['es', 'hace ruido la máquina?'],
      ['fr', 'est-ce que la PPC fait du bruit ?'],
      ['it', 'la macchina fa rumore?'],
      ['de', 'macht das Gerät viel Lärm?'],
      ['ca', 'fa soroll la màquina?'],
      ['pt', 'a máquina faz barulho?'],
      ['ar', 'واش الجهاز كيدير الصوت بزاف؟'],
    ],
  ],
  [
    'giveBack',
    [
      ['en', 'what is the latest time I can return it?'],
      ['es', 'cuándo tengo que devolver el aparato?'],
      ['fr', "quand est-ce que je dois rendre l'appareil ?"],
      ['it', 'entro che ora devo riportarlo?'],
      ['de', 'bis wann muss ich das Gerät zurückgeben?'],
      ['ca', "quan he de tornar l'aparell?"],
      ['pt', 'quando tenho de devolver o aparelho?'],
      ['ar', 'فوقاش خاصني نرجع الجهاز؟'],
    ],
  ],
  [
    'monthly',
    [
      ['en', 'how much is it per month?'],
      ['es', 'cuánto es al mes?'],
      ['fr', 'combien par mois ?'],
      ['it', 'quanto costa al mese?'],
      ['de', 'was kostet das pro Monat?'],
      ['ca', 'quant val al mes?'],
      ['pt', 'quanto é por mês?'],
      ['ar', 'شحال فالشهر؟'],
    ],
  ],
];

const notRead: [Parameters<typeof describeConceptTable>[3][number][0], string, string][] = [
  ['fr', 'mon fils a 6 ans', 'sensors'],
  ['en', 'can I pay by wire transfer?', 'sensors'],
  ['es', 'qué técnica de masaje usáis?', 'technician'],
  ['it', 'che tecnica usate per il massaggio?', 'technician'],
  ['de', 'laut Arzt brauche ich eine Überweisung', 'noise'],
  ['fr', 'je viens le mois prochain', 'monthly'],
  ['en', 'I moved here a month ago', 'monthly'],
  ['fr', 'je dois me rendre chez vous demain', 'giveBack'],
  ['es', 'me van a devolver el dinero?', 'giveBack'],
  ['ar', 'عندي حساسية من نبات الزيتون', 'nightStay'],
];

describeConceptTable('sleep-clinic concepts (r45C)', SLEEP_CONCEPTS, examples, notRead);
