/**
 * The snow-sports concepts (concepts-snow.ts) in every language, words of other businesses that must not raise
 * them, and the words added beside them to older concepts: having lunch is eating, a family's discount, nappies,
 * a beginner who never skied, a grown-up's age, a fright.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { SNOW_CONCEPTS } from './concepts-snow.js';
import { conceptsOf, describeConceptTable, type ConceptExamples } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'skiLift',
    [
      ['en', 'what happens if the chairlifts are shut?'],
      ['es', 'si paran los telesillas qué hacemos?'],
      ['fr', 'les remontées mécaniques ouvrent à quelle heure ?'],
      ['it', 'se chiudono gli impianti di risalita?'],
      ['de', 'ist der Sessellift heute in Betrieb?'],
      ['ca', 'si no funcionen els remuntadors què passa?'],
      ['pt', 'o teleférico está fechado hoje?'],
      ['ar', 'واش التلفريك خدام اليوم؟'],
    ],
  ],
  [
    'offPiste',
    [
      ['en', 'do you guide off-piste days?'],
      ['es', 'hacéis salidas fuera de pista?'],
      ['fr', 'vous faites du hors-piste encadré ?'],
      ['it', 'organizzate uscite fuoripista?'],
      ['de', 'bietet ihr Touren abseits der Pisten an?'],
      ['ca', 'feu sortides fora pista amb guia?'],
      ['pt', 'fazem esqui fora de pista?'],
      ['ar', 'واش كاين التزلج خارج المسار؟'],
    ],
  ],
  [
    'avalanche',
    [
      ['en', 'do I need my own transceiver?'],
      ['es', 'tengo que llevar mi propio ARVA?'],
      ['fr', 'il faut un DVA pour la sortie ?'],
      ['it', "serve l'ARTVA per la gita?"],
      ['de', 'brauche ich ein eigenes LVS Gerät?'],
      ['ca', 'heu de deixar-me la pala i sonda?'],
      ['pt', 'preciso de levar detector de vítimas?'],
      ['ar', 'واش كاين خطر ديال الانهيار الثلجي؟'],
    ],
  ],
  [
    'helmet',
    [
      ['en', 'can my son borrow a helmet?'],
      ['es', 'el casco es obligatorio para los niños?'],
      ['fr', 'vous louez des casques pour enfants ?'],
      ['it', 'il casco è obbligatorio?'],
      ['de', 'muss mein Kind einen Helm tragen?'],
      ['ca', 'cal portar casc?'],
      ['pt', 'é obrigatório usar capacete?'],
      ['ar', 'واش الخوذة ضرورية للدراري؟'],
    ],
  ],
  [
    'badWeather',
    [
      ['en', 'what if there is a storm on the day?'],
      ['es', 'y si hace mal tiempo qué pasa?'],
      ['fr', "et s'il y a une tempête ?"],
      ['it', 'e se c’è maltempo?'],
      ['de', 'was passiert bei Unwetter?'],
      ['ca', 'i si hi ha tempesta?'],
      ['pt', 'e se houver uma nevasca?'],
      ['ar', 'شنو كيوقع الا كانت عاصفة؟'],
    ],
  ],
  [
    'skillLevel',
    [
      ['en', 'how do I know what level my son is?'],
      ['es', 'no sé qué nivel tiene mi hija'],
      ['fr', 'comment savoir le niveau de mon fils ?'],
      ['it', 'come capisco il livello di mio figlio?'],
      ['de', 'welches Niveau braucht man für den Kurs?'],
      ['ca', 'no sé el nivell del meu fill'],
      ['pt', 'como sei o nível do meu filho?'],
      ['ar', 'كيفاش نعرف مستوى ولدي؟'],
    ],
  ],
  [
    'meetingPoint',
    [
      ['en', 'where is the meeting point for the group?'],
      ['es', 'dónde está el punto de encuentro?'],
      ['fr', 'le point de rdv est où exactement ?'],
      ['it', 'qual è il punto di ritrovo?'],
      ['de', 'wo ist der Treffpunkt?'],
      ['ca', 'on és el punt de trobada?'],
      ['pt', 'onde fica o ponto de encontro?'],
      ['ar', 'فين كاينة نقطة اللقاء؟'],
    ],
  ],
  [
    'gearRental',
    [
      ['en', 'can we rent skis and boots from you?'],
      ['es', 'se pueden alquilar las botas?'],
      ['fr', 'vous louez des skis sur place ?'],
      ['it', 'avete il noleggio sci?'],
      ['de', 'kann man bei euch Skier ausleihen?'],
      ['ca', 'es poden llogar els esquís?'],
      ['pt', 'dá para alugar o material?'],
      ['ar', 'واش كتكريو الماتريال؟'],
    ],
  ],
  [
    'mandatory',
    [
      ['en', 'is a helmet compulsory?'],
      ['es', 'es obligatoria la vacuna de la rabia?'],
      ['fr', "c'est obligatoire pour les petits ?"],
      ['it', 'è obbligatorio il certificato?'],
      ['de', 'ist ein Helm Pflicht?'],
      ['ca', 'és obligatori portar casc?'],
      ['pt', 'é obrigatório o capacete?'],
      ['ar', 'واش الخوذة اجبارية؟'],
    ],
  ],
];

const notRead: [TextLanguage, string, string][] = [
  // A lash lift, a lift in a building, a level of sugar or pain: no ski lift, no skill level.
  ['en', 'how long does a lash lift last?', 'skiLift'],
  ['en', 'is there a lift to the second floor?', 'skiLift'],
  ['es', 'tengo el nivel de azúcar alto', 'skillLevel'],
  ['fr', 'mon niveau de vitamine D est bas', 'skillLevel'],
  ['en', 'my pain level is high today', 'skillLevel'],
  // Dental implants in Italian, a probe and a shovel elsewhere, a storm of a different kind.
  ['it', 'quanto costano gli impianti dentali?', 'skiLift'],
  ['en', 'the ultrasound probe was cold', 'avalanche'],
  ['es', 'necesito una pala para el jardín', 'avalanche'],
  // A flat's rent, an appointment: no gear hired, no meeting point.
  ['es', 'el alquiler del piso me tiene frita', 'gearRental'],
  ['fr', 'je voudrais prendre rendez-vous samedi', 'meetingPoint'],
];

describeConceptTable('the snow-sports concepts', SNOW_CONCEPTS, examples, notRead);

describe('words added to older concepts', () => {
  it.each([
    ['pt', 'o meu filho almoça com os monitores?', 'eat'],
    ['ca', 'els nens dinen a l’escola?', 'eat'],
    ['fr', 'est-ce que ma fille déjeune avec le groupe ?', 'eat'],
    ['es', 'los peques almuerzan con vosotros?', 'eat'],
    ['fr', 'vous faites un tarif famille ?', 'siblings'],
    ['ca', 'hi ha descompte per a famílies?', 'siblings'],
    ['pt', 'têm desconto familiar?', 'siblings'],
    ['es', 'somos familia numerosa, hay descuento?', 'siblings'],
    ['es', 'todavía usa pañal por la noche', 'nappies'],
    ['ca', 'encara porta bolquer', 'nappies'],
    ['pt', 'ele ainda usa fralda', 'nappies'],
    ['fr', 'il porte encore des couches la nuit', 'nappies'],
    ['en', 'she is not fully potty trained yet', 'nappies'],
    ['ca', 'no he esquiat mai, per on començo?', 'beginner'],
    ['es', 'nunca he esquiado, es difícil?', 'beginner'],
    ['pt', 'nunca esquiei na vida', 'beginner'],
    ['ca', 'tinc 52 anys, és massa tard?', 'adults'],
    ['es', 'tengo 38 años y quiero aprender', 'adults'],
    ['fr', "j'ai 60 ans, c'est possible ?", 'adults'],
    ['es', 'se hizo pis del susto', 'fear'],
    ['pt', 'ele fica com muito estresse no carro', 'fear'],
  ] as [TextLanguage, string, string][])('reads %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each([
    // The lunch break of a business keeps its noun; eating is no lunch break.
    ['pt', 'o meu filho almoça com os monitores?', 'lunchBreak'],
    ['fr', 'est-ce que ma fille déjeune avec le groupe ?', 'lunchBreak'],
    // A child's age, a number of minutes or months, one family member: no grown-up, no family discount.
    ['ca', 'la meva filla té 7 anys', 'adults'],
    ['es', 'la sesión dura 45 minutos', 'adults'],
    ['en', 'my baby is 18 months old', 'adults'],
    ['es', 'viene un familiar conmigo', 'siblings'],
    // A layer of polish, a pane of a honeycomb pattern: no nappies.
    ['fr', 'deux couches de vernis', 'nappies'],
  ] as [TextLanguage, string, string][])('does not read %s "%s" as %s', (language, text, concept) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it('keeps the lunch break of a business', () => {
    expect(conceptsOf('vocês fecham na hora do almoço?', 'pt')).toContain('lunchBreak');
    expect(conceptsOf('vous fermez pendant la pause déjeuner ?', 'fr')).toContain('lunchBreak');
  });
});
