/**
 * The leisure concepts (concepts-leisure.ts): each is found in a customer's
 * phrase in every language, and words that mean something else nearby do
 * not raise it. Then the words this round added to older word groups
 * (fear, beginner, alcohol, validity, invoice, age) with their near misses.
 */
import { describe, expect, it } from 'vitest';
import { LEISURE_CONCEPTS } from './concepts-leisure.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';
import { OFFERING_CONCEPTS, type Concept } from './concepts.js';

const examples: ConceptExamples = [
  [
    'stagParty',
    [
      ['en', "can we book for my brother's stag party?"],
      ['es', 'hacéis despedidas de soltero?'],
      ['fr', 'on organise un EVJF, vous prenez les groupes ?'],
      ['it', 'è per un addio al celibato, va bene?'],
      ['de', 'wir planen einen Junggesellinnenabschied'],
      ['ca', 'organitzem un comiat de soltera'],
      ['pt', 'é para uma despedida de solteiro'],
      ['ar', 'عندنا حفلة توديع العزوبية'],
    ],
  ],
  [
    'horror',
    [
      ['en', 'is the horror room ok for teens?'],
      ['es', 'la sala de terror es solo para mayores?'],
      ['fr', "la salle d'horreur fait vraiment peur ?"],
      ['it', 'la stanza horror va bene per dei quindicenni?'],
      ['de', 'ist der Horrorraum erst ab 16?'],
      ['ca', 'la sala de terror és només per a adults?'],
      ['pt', 'a sala de terror é só para adultos?'],
      ['ar', 'واش غرفة الرعب مخيفة بزاف؟'],
    ],
  ],
  [
    'actors',
    [
      ['en', 'are the actors in the room the whole time?'],
      ['es', 'los actores hablan español?'],
      ['fr', 'les acteurs parlent anglais ?'],
      ['it', 'gli attori parlano inglese?'],
      ['de', 'sprechen die Schauspieler Englisch?'],
      ['ca', 'els actors parlen castellà?'],
      ['pt', 'os atores falam inglês?'],
      ['ar', 'واش الممثلين كيهضرو بالفرنسية؟'],
    ],
  ],
  [
    'touching',
    [
      ['en', 'will they touch you during the game?'],
      ['es', 'los actores te tocan o solo asustan?'],
      ['fr', 'est-ce que les acteurs vous touchent ?'],
      ['it', 'gli attori vi toccano durante il gioco?'],
      ['de', 'werden wir da angefasst?'],
      ['ca', 'els actors us toquen?'],
      ['pt', 'eles tocam em nós durante o jogo?'],
      ['ar', 'واش يلمسوك الممثلين؟'],
    ],
  ],
  [
    'hardest',
    [
      ['en', 'which is your most difficult room?'],
      ['es', 'cuál es la más complicada de todas?'],
      ['fr', 'quelle est la salle la plus difficile ?'],
      ['it', 'qual è la stanza più difficile?'],
      ['de', 'welcher Raum ist der schwierigste?'],
      ['ca', 'quina és la sala més difícil?'],
      ['pt', 'qual é a sala mais difícil?'],
      ['ar', 'شنو هي أصعب غرفة عندكم؟'],
    ],
  ],
  [
    'perPerson',
    [
      ['en', 'is that price per head?'],
      ['es', 'el precio es por persona?'],
      ['fr', "c'est combien par personne ?"],
      ['it', 'quanto viene a testa?'],
      ['de', 'was kostet es pro Kopf?'],
      ['ca', 'el preu és per persona?'],
      ['pt', 'quanto fica por cabeça?'],
      ['ar', 'شحال لكل شخص؟'],
    ],
  ],
  [
    'splitGroup',
    [
      ['en', 'can the eight of us all play together?'],
      ['es', 'podemos jugar todos juntos?'],
      ['fr', 'on peut jouer tous ensemble ?'],
      ['it', 'possiamo giocare tutti insieme?'],
      ['de', 'können wir alle zusammen spielen?'],
      ['ca', 'podem jugar tots junts?'],
      ['pt', 'dá para ficarmos todos juntos?'],
      ['ar', 'نقدرو نلعبو كلنا مع بعض؟'],
    ],
  ],
  [
    'teamBuilding',
    [
      ['en', 'do you do team building for companies?'],
      ['es', 'es para un evento de empresa de unos veinte'],
      ['fr', "on cherche une activité de cohésion d'équipe"],
      ['it', 'è per un evento aziendale a novembre'],
      ['de', 'wir planen einen Betriebsausflug'],
      ['ca', "fem una sortida d'empresa"],
      ['pt', 'fazem eventos de empresa?'],
      ['ar', 'واش كديرو team building للشركات؟'],
    ],
  ],
];

describeConceptTable('the leisure concepts', LEISURE_CONCEPTS, examples, [
  // A farewell is no hen party: "despedida", "Abschied" alone.
  ['es', 'una cena de despedida para un compañero', 'stagParty'],
  ['pt', 'é a despedida de um colega de trabalho', 'stagParty'],
  ['de', 'eine Abschiedsfeier für eine Kollegin', 'stagParty'],
  // Hating something, fearing something, a horrible wait: no horror room.
  ['fr', "j'ai horreur des piqûres", 'horror'],
  ['it', 'ho il terrore degli aghi', 'horror'],
  ['en', 'the wait was horrible', 'horror'],
  // Playing an instrument, getting in touch, a touch-up: nobody touched.
  ['es', 'mi hijo quiere aprender a tocar la guitarra', 'touching'],
  ['pt', 'ele toca piano há dois anos', 'touching'],
  ['it', 'tocca a te scegliere', 'touching'],
  ['en', 'can you get in touch with me tomorrow?', 'touching'],
  ['en', 'I need a touch up on my roots', 'touching'],
  // Hard to find is no hardest room; a head massage no price per head.
  ['en', 'it was hard to find you', 'hardest'],
  ['en', 'how much is a head massage?', 'perPerson'],
  ['pt', 'dói-me a cabeça', 'perPerson'],
  // Splitting a bill, a companion in the same room: no group split up.
  ['de', 'kann ich die Zahlung aufteilen?', 'splitGroup'],
  ['en', 'can my partner stay in the same room?', 'splitGroup'],
  ['en', 'can we split the bill?', 'splitGroup'],
  ['pt', 'posso trazer os meus dois gatos todos juntos na mesma consulta?', 'splitGroup'],
  ['en', 'can I bring the three dogs all together?', 'splitGroup'],
  // A team of staff is no team building.
  ['en', 'my team at work recommended you', 'teamBuilding'],
  ['de', 'unser Team ist sehr klein', 'teamBuilding'],
]);

describe('the leisure concepts beside the older word groups', () => {
  it('reads a price per head as no head', () => {
    expect(conceptsOf('é por cabeça ou pelo grupo todo?', 'pt')).not.toContain('head');
    expect(conceptsOf('kostet das pro Kopf?', 'de')).not.toContain('head');
    expect(conceptsOf('tenho dores de cabeça', 'pt')).toContain('head');
  });

  it('keeps team building an offering, apart from a birthday party or a group', () => {
    expect(OFFERING_CONCEPTS.has('teamBuilding' as Concept)).toBe(true);
    for (const [language, text] of [
      ['de', 'was kostet Teambuilding?'],
      ['en', 'how much is corporate team building?'],
    ] as const) {
      expect(conceptsOf(text, language)).toContain('teamBuilding');
      expect(conceptsOf(text, language)).not.toContain('events');
      expect(conceptsOf(text, language)).not.toContain('groups');
    }
    expect(conceptsOf('do you do birthday parties?', 'en')).toContain('groups');
  });
});

describe('words added to older word groups', () => {
  it.each([
    ['en', 'is it really scary?', 'fear'],
    ['en', 'my son gets frightened easily', 'fear'],
    ['de', 'ist das sehr gruselig?', 'fear'],
    ['pt', 'é muito assustador?', 'fear'],
    ['it', 'è spaventoso per un bambino?', 'fear'],
    ['en', 'we have never done one, what do you suggest?', 'beginner'],
    ['en', 'we want the easiest one', 'beginner'],
    ['en', "nothing too hard please, it's for my parents", 'beginner'],
    ['pt', 'nunca fizemos nada disto', 'beginner'],
    ['es', 'nunca hemos jugado, cuál recomiendas?', 'beginner'],
    ['de', 'welcher ist der einfachste?', 'beginner'],
    ['en', "we'll have had a couple of pints", 'alcohol'],
    ['pt', 'vamos beber uns copos ao almoço', 'alcohol'],
    ['de', 'wir sind dann leicht angetrunken', 'alcohol'],
    ['en', 'my card from last year, does it run out?', 'validity'],
    ['en', 'can you do a company invoice?', 'invoice'],
    ['de', 'geht die Rechnung auf die Firma?', 'invoice'],
    ['es', 'mi hija tiene 14 tacos', 'age'],
    // A verb of grooming in its plural: not corrected into another word ("tocam", they touch).
    ['pt', 'vocês tosam cachorros grandes?', 'groom'],
  ] as const)('%s "%s" is %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    ['en', 'we ran out of time last visit', 'validity'],
    ['en', 'the test was hard', 'beginner'],
    ['pt', 'tenho de beber muita água antes?', 'alcohol'],
    ['en', 'I have a drink of water before?', 'alcohol'],
    ['en', 'is it far from the company car park?', 'invoice'],
  ] as const)('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });
});
