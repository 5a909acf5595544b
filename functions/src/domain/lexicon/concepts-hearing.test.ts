/**
 * The hearing-centre concepts (concepts-hearing.ts): each is found in a
 * customer's phrase in every language, and words that mean something else
 * nearby do not raise it.
 */
import { describe, expect, it } from 'vitest';
import { TEXT_LANGUAGES, type TextLanguage } from '../languages.js';
import { CONCEPT_TABLE } from './concepts.js';
import { HEARING_CONCEPTS } from './concepts-hearing.js';
import { conceptsOf } from './concepts.test-helper.js';

const examples: [string, [TextLanguage, string][]][] = [
  [
    'hearingAid',
    [
      ['en', 'how much is a hearing aid?'],
      ['es', 'cuánto cuestan los audífonos?'],
      ['fr', 'combien coûte un appareil auditif ?'],
      ['it', 'quanto costa un apparecchio acustico?'],
      ['de', 'was kostet ein Hörgerät?'],
      ['ca', 'quant costa un audiòfon?'],
      ['pt', 'quanto custa um aparelho auditivo?'],
      ['ar', 'كم سعر سماعة الأذن الطبية؟'],
    ],
  ],
  [
    'hearingTest',
    [
      ['en', 'is the hearing test free?'],
      ['es', 'la prueba de audición es gratis?'],
      ['fr', 'le bilan auditif est gratuit ?'],
      ['it', "il test dell'udito è gratuito?"],
      ['de', 'ist der Hörtest kostenlos?'],
      ['ca', 'la prova auditiva és gratis?'],
      ['pt', 'o teste de audição paga-se?'],
      ['ar', 'واش فحص السمع فابور؟'],
    ],
  ],
  [
    'earwax',
    [
      ['en', 'can you remove ear wax?'],
      ['es', 'tengo un tapón de cera'],
      ['fr', "j'ai un bouchon de cérumen"],
      ['it', 'ho un tappo di cerume'],
      ['de', 'mein Ohr ist verstopft, Ohrenschmalz'],
      ['ca', 'tinc un tap de cera'],
      ['pt', 'vocês limpam os ouvidos? tenho cera no ouvido'],
      ['ar', 'ودني مسدوده بالشمع، شمع الاذن'],
    ],
  ],
  [
    'tinnitus',
    [
      ['en', 'I have ringing in my ears'],
      ['es', 'tengo un zumbido constante'],
      ['fr', "j'ai des acouphènes"],
      ['it', 'ho gli acufeni'],
      ['de', 'ich habe Tinnitus'],
      ['ca', 'tinc acúfens'],
      ['pt', 'tenho um apito constante nos ouvidos'],
      ['ar', 'عندي طنين فالودن'],
    ],
  ],
  [
    'batteries',
    [
      ['en', 'do you sell size 312 batteries?'],
      ['es', 'vendéis pilas para audífonos?'],
      ['fr', 'vous vendez des piles ?'],
      ['it', 'vendete le pile?'],
      ['de', 'habt ihr Batterien?'],
      ['ca', 'veneu piles?'],
      ['pt', 'vendem pilhas?'],
      ['ar', 'واش عندكم البيلات؟'],
    ],
  ],
];

describe('the hearing-centre concepts', () => {
  it.each(examples)('finds %s in every language', (concept, phrases) => {
    for (const [language, text] of phrases)
      expect(conceptsOf(text, language), `${language}: ${text}`).toContain(concept);
  });

  it('has an example in every language for every concept', () => {
    for (const concept of Object.keys(HEARING_CONCEPTS)) {
      const covered = new Set(examples.find(([c]) => c === concept)?.[1].map(([l]) => l));
      for (const language of TEXT_LANGUAGES) expect(covered.has(language), `${concept} in ${language}`).toBe(true);
    }
  });

  it.each<[TextLanguage, string, string]>([
    ['es', 'hacéis depilación con cera?', 'earwax'],
    ['fr', 'je suis coincée dans les bouchons', 'earwax'],
    ['en', 'I have AIDS, is that a problem for the tattoo?', 'hearingAid'],
    ['pt', 'uso aparelho nos dentes', 'hearingAid'],
  ])('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it('adds concepts without replacing one an older table defines', () => {
    const older = Object.keys(CONCEPT_TABLE).filter((k) => !(k in HEARING_CONCEPTS));
    for (const concept of Object.keys(HEARING_CONCEPTS)) expect(older, concept).not.toContain(concept);
  });
});
