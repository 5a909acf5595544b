/**
 * The concepts of car detailing (concepts-detailing.ts), each found in a customer's phrase in every language; the
 * words of a clinic, a salon or a screen repair that look like a detailer's raise none; and the desert's weather
 * (a sandstorm, the shamal, a dusty wind) and a villa as the customer's home, in the shared tables.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { DETAILING_CONCEPTS } from './concepts-detailing.js';
import { type ConceptExamples, conceptsOf, describeConceptTable } from './concepts.test-helper.js';

const examples: ConceptExamples = [
  [
    'ceramicCoating',
    [
      ['en', 'how long does a ceramic coating last on a white jeep?'],
      ['es', 'cuánto cuesta el tratamiento cerámico para un golf?'],
      ['fr', 'le céramique tient combien de temps sur une voiture noire ?'],
      ['it', 'quanto dura il trattamento ceramico sulla carrozzeria?'],
      ['de', 'was kostet eine Keramikversiegelung für einen Kombi?'],
      ['ca', 'quant dura el tractament ceràmic del cotxe?'],
      ['pt', 'quanto fica a vitrificação num carro preto?'],
      ['ar', 'بكم النانو سيراميك للجيب؟'],
    ],
  ],
  [
    'paintFilm',
    [
      ['en', 'is the protection film on the bonnet visible?'],
      ['es', 'ponéis film de protección en el capó?'],
      ['fr', 'vous posez du film de protection sur les phares ?'],
      ['it', 'mettete la pellicola protettiva sul cofano?'],
      ['de', 'macht ihr auch Lackschutzfolie auf die Motorhaube?'],
      ['ca', 'poseu film de protecció al capó?'],
      ['pt', 'vocês colocam película de proteção no capô?'],
      ['ar', 'كم سعر فيلم الحماية للواجهة؟'],
    ],
  ],
  [
    'polishing',
    [
      ['en', 'can you get the swirl marks out with a machine polish?'],
      ['es', 'cuánto por pulir el coche entero?'],
      ['fr', 'le polissage enlève les rayures légères ?'],
      ['it', 'quanto costa la lucidatura della macchina?'],
      ['de', 'kann man die Kratzer wegpolieren oder nur polieren?'],
      ['ca', 'quant costa polir el cotxe?'],
      ['pt', 'o polimento tira os riscos finos?'],
      ['ar', 'التلميع يشيل الخدوش؟'],
    ],
  ],
  [
    'leatherSeats',
    [
      ['en', 'do you condition the leather on the seats?'],
      ['es', 'limpiáis los asientos de cuero?'],
      ['fr', 'vous nettoyez les sièges en cuir ?'],
      ['it', 'pulite i sedili in pelle?'],
      ['de', 'reinigt ihr auch Ledersitze?'],
      ['ca', 'netegeu els seients de pell?'],
      ['pt', 'vocês hidratam bancos de couro?'],
      ['ar', 'تنظفون الكراسي الجلد؟'],
    ],
  ],
  [
    'cracked',
    [
      ['en', 'the dashboard has cracks from the heat'],
      ['es', 'el volante está agrietado por el sol'],
      ['fr', 'le volant est tout craquelé'],
      ['it', 'il cruscotto è tutto screpolato'],
      ['de', 'das Lenkrad ist schon rissig'],
      ['ca', 'el volant està esquerdat'],
      ['pt', 'o volante está rachado'],
      ['ar', 'الطبلون صار فيه شقوق'],
    ],
  ],
  [
    'engineBay',
    [
      ['en', 'is an engine wash safe for an old car?'],
      ['es', 'es seguro lavar el motor con agua?'],
      ['fr', 'vous faites le nettoyage du moteur ?'],
      ['it', 'fate anche il lavaggio del motore?'],
      ['de', 'macht ihr auch eine Motorwäsche?'],
      ['ca', 'podeu netejar el motor?'],
      ['pt', 'vocês fazem limpeza do motor?'],
      ['ar', 'تسوون غسيل المكينة؟'],
    ],
  ],
  [
    'carSeat',
    [
      ['en', 'can you take out the booster seat and clean it?'],
      ['es', 'limpiáis la silla de bebé del coche?'],
      ['fr', 'vous pouvez laver le siège auto du petit ?'],
      ['it', 'pulite anche il seggiolino?'],
      ['de', 'könnt ihr den Kindersitz mit reinigen?'],
      ['ca', 'netegeu la cadireta del cotxe?'],
      ['pt', 'vocês lavam a cadeirinha do bebê?'],
      ['ar', 'تنظفون كرسي الطفل؟'],
    ],
  ],
  [
    'newCar',
    [
      ['en', 'it is a brand new car, does it need a polish?'],
      ['es', 'es un coche nuevo, hace falta pulirlo?'],
      ['fr', "c'est une voiture neuve, il faut la polir ?"],
      ['it', "è un'auto nuova, serve la lucidatura?"],
      ['de', 'ist ein Neuwagen, muss der poliert werden?'],
      ['ca', 'és un cotxe nou, cal polir-lo?'],
      ['pt', 'é carro zero, precisa polir?'],
      ['ar', 'السيارة جديدة من الوكالة تحتاج تلميع؟'],
    ],
  ],
];

/** Words of other trades that look like a detailer's: they raise none of its concepts. */
const OTHER_BUSINESSES: [TextLanguage, string, string][] = [
  ['en', 'is a ceramic crown stronger than gold?', 'ceramicCoating'],
  ['fr', 'une couronne en céramique, ça coûte combien ?', 'ceramicCoating'],
  ['ar', 'كم سعر تاج سيراميك؟', 'ceramicCoating'],
  ['en', 'can you film the wedding?', 'paintFilm'],
  ['ar', 'نصور فيلم قصير للعرس', 'paintFilm'],
  ['en', 'do any of your staff speak polish?', 'polishing'],
  ['en', 'how much is a gel polish?', 'polishing'],
  ['pt', 'o atendente foi muito polido', 'polishing'],
  ['es', 'tengo el cuero cabelludo irritado', 'leatherSeats'],
  ['fr', "j'ai des pellicules sur le cuir chevelu", 'leatherSeats'],
  ['pt', 'meu couro cabeludo coça muito', 'leatherSeats'],
  ['it', 'ho il cuoio capelluto secco', 'leatherSeats'],
  ['ar', 'عندي حبوب في الجلد', 'leatherSeats'],
  ['en', 'my knees keep cracking when I squat', 'cracked'],
  ['en', 'does the search engine find you?', 'engineBay'],
  ['ar', 'المكينة حق الليزر جديدة؟', 'engineBay'],
  ['en', 'can my son take a seat in the waiting room?', 'carSeat'],
  ['en', 'is there a new car park near you?', 'newCar'],
];

describeConceptTable('the car detailing concepts', DETAILING_CONCEPTS, examples, OTHER_BUSINESSES);

describe("badWeather: the desert's wind and dust", () => {
  it.each([
    ['en', 'the forecast says a sandstorm tomorrow, is the home wash still on?'],
    ['en', 'its very windy today, will you still come?'],
    ['en', 'what if the shamal picks up?'],
    ['de', 'morgen soll ein Sandsturm kommen'],
    ['de', 'heute Nacht hat es geregnet'],
    ['fr', 'ils annoncent une tempête de sable demain'],
    ['es', 'dan tormenta de arena para mañana'],
    ['pt', 'vai ter tempestade de areia amanhã'],
    ['ar', 'بكرة فيه غبار وعجاج، تجون؟'],
  ] as [TextLanguage, string][])('reads %s "%s" as bad weather', (language, text) => {
    expect(conceptsOf(text, language)).toContain('badWeather');
  });

  it.each([
    ['en', 'the car is dirty after the trip'],
    ['en', 'the north side of the building'],
    ['de', 'das Wasser ist heute warm'],
  ] as [TextLanguage, string][])('does not read %s "%s" as bad weather', (language, text) => {
    expect(conceptsOf(text, language)).not.toContain('badWeather');
  });
});

describe('atHome: a villa or a house is the customer’s home', () => {
  it('reads "at the villa" and "at my house" as at home', () => {
    expect(conceptsOf('can the team wash it at the villa?', 'en')).toContain('atHome');
    expect(conceptsOf('the car is parked at my house', 'en')).toContain('atHome');
  });

  it('does not read a house style or a villa as a place name as at home', () => {
    expect(conceptsOf('what is your house wine?', 'en')).not.toContain('atHome');
    expect(conceptsOf('we are near Villa Borghese', 'en')).not.toContain('atHome');
  });
});
