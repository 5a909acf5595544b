/**
 * Round 43 (r43e): the aboard concepts (concepts-aboard.ts) in every language — sitting or standing through an
 * activity, feeling cold out there, a warm layer, a club's league, an axe — and the words of other businesses that
 * must not raise them.
 */
import { ABOARD_CONCEPTS } from './concepts-aboard.js';
import { describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'seated',
    [
      ['en', 'do we have to stand the whole time or can grandma sit down?'],
      ['en', 'is there anywhere to sit on the boat'],
      ['es', 'se va todo el rato de pie o hay algún asiento?'],
      ['es', 'mi abuela puede ir sentada?'],
      ['fr', 'on reste debout pendant tout le vol ?'],
      ['fr', 'est-ce qu il y a des places assises ?'],
      ['it', 'si sta in piedi tutto il tempo o ci si può sedere?'],
      ['de', 'muss man die ganze Zeit stehen oder gibt es einen Sitzplatz?'],
      ['ca', 'cal estar dret tota l estona o es pot seure?'],
      ['pt', 'a minha mãe consegue ficar em pé uma hora? ou há lugar para sentar?'],
      ['pt', 'da pra ir sentado?'],
      ['ar', 'نقدر نجلس ولا لازم واقفين طول الرحلة؟'],
    ],
  ],
  [
    'feelCold',
    [
      ['en', 'is it cold up there in the morning?'],
      ['en', 'will the kids get cold on the water'],
      ['es', 'hace frío arriba? no quiero pasar frío'],
      ['fr', 'est-ce qu il fait froid là-haut ?'],
      ['it', 'fa freddo lassù la mattina presto?'],
      ['de', 'wird es da oben kalt?'],
      ['ca', 'fa fred allà dalt?'],
      ['pt', 'faz muito frio de manhã cedo?'],
      ['ar', 'فيه برد فوق الصبح؟'],
    ],
  ],
  [
    'warmLayer',
    [
      ['en', 'should we bring a jacket or a fleece?'],
      ['es', 'llevamos chamarra o no hace falta?'],
      ['es', 'hace falta abrigo?'],
      ['fr', 'il faut prendre une veste ou un pull ?'],
      ['it', 'porto una giacca o basta una felpa?'],
      ['de', 'brauchen wir eine warme Jacke?'],
      ['ca', 'cal portar un jersei?'],
      ['pt', 'levo agasalho ou não precisa?'],
      ['pt', 'de manhã cedo traga um casaco'],
      ['ar', 'نجيب جاكيت معنا؟'],
    ],
  ],
  [
    'league',
    [
      ['en', 'do you run a league on weeknights?'],
      ['es', 'tenéis una liga los martes?'],
      ['fr', 'vous avez une ligue le soir ?'],
      ['it', 'c è un campionato per i soci?'],
      ['de', 'wann beginnt die neue Liga?'],
      ['ca', 'quan comença la lliga nova?'],
      ['pt', 'vocês têm campeonato para os sócios?'],
      ['ar', 'متى تبدا البطوله الجديده؟'],
    ],
  ],
  [
    'axe',
    [
      ['en', 'can I throw my own hatchet?'],
      ['es', 'puedo traer mi hacha?'],
      ['fr', 'je peux lancer ma propre hache ?'],
      ['it', 'posso portare la mia ascia?'],
      ['de', 'darf ich meine Wurfaxt mitnehmen?'],
      ['ca', 'puc portar la meva destral?'],
      ['pt', 'posso levar o meu machado?'],
      ['ar', 'اقدر اجيب البلطه حقتي؟'],
    ],
  ],
  [
    'sunset',
    [
      ['en', 'do you do a flight at sunset?'],
      ['es', 'hay salidas al atardecer?'],
      ['fr', 'est-ce que vous faites des balades au coucher du soleil ?'],
      ['it', 'fate il giro al tramonto?'],
      ['de', 'gibt es auch Fahrten zum Sonnenuntergang?'],
      ['ca', 'feu sortides al capvespre?'],
      ['pt', 'vocês têm passeios ao fim da tarde?'],
      ['ar', 'عندكم رحلات وقت الغروب؟'],
    ],
  ],
];

describeConceptTable('aboard concepts (r43e)', ABOARD_CONCEPTS, examples, [
  ['en', 'can I book two seats on the sunset tour?', 'seated'],
  ['es', 'tengo un dolor de pie desde hace semanas', 'seated'],
  ['pt', 'tenho uma unha do pé encravada', 'seated'],
  ['en', 'I have a bad cold, should I cancel?', 'feelCold'],
  ['ar', 'معي برد من امبارح', 'feelCold'],
  ['en', 'how much is the ceramic coat for an suv?', 'warmLayer'],
  ['it', 'quanto costa accorciare le maniche della giacca?', 'warmLayer'],
  ['es', 'me podéis estrechar la chaqueta del traje?', 'warmLayer'],
  ['pt', 'me liga quando puder', 'league'],
  ['pt', 'o celular não liga', 'league'],
  ['ca', 'el gos el lliga a la porta', 'league'],
  ['ar', 'متى دوري؟ صار لي ساعة انتظر', 'league'],
  ['ar', 'احنا من فاس وجايين السبت', 'axe'],
  ['es', 'me gustaría saber el horario del sábado', 'axe'],
  ['es', 'tienen cita el martes por la tarde?', 'sunset'],
  ['fr', 'je peux venir ce soir ?', 'sunset'],
  ['ar', 'احنا من المغرب وجايين الاسبوع الجاي', 'sunset'],
  ['en', 'is sunscreen included?', 'sunset'],
]);
