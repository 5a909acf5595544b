/**
 * Idioms (idioms.ts) raise what they mean, not the body parts or services
 * their words name; the same words said plainly still do.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { CONCEPT_TABLE } from './concepts.js';
import { conceptsOf } from './concepts.test-helper.js';

/** A concept the table defines: a test of a misspelt one could never fail. */
const known = (concept: string) => expect(Object.keys(CONCEPT_TABLE)).toContain(concept);

describe('idioms', () => {
  it.each<[TextLanguage, string, string]>([
    ['en', 'it costs an arm and a leg at other places', 'arm'],
    ['en', 'heads up, I will be 10 min late', 'head'],
    ['en', 'fingers crossed you have a slot on friday', 'wrist'],
    ['en', 'parking there is a pain in the neck', 'neck'],
    ['en', 'could you keep an eye on my bag?', 'lasting'],
    ['es', 'a mi novio le da corte ir a un sitio de chicas', 'haircut'],
    ['es', 'a mi novio le da corte ir a un sitio de chicas', 'hair'],
    ['es', 'en otro sitio me costó un riñón', 'back'],
    ['es', 'me estás tomando el pelo?', 'hair'],
    ['es', 'cuesta un ojo de la cara', 'face'],
    ['fr', 'ça coûte les yeux de la tête ailleurs', 'head'],
    ['fr', "j'en ai plein le dos d'attendre", 'back'],
    ['fr', 'ça me prend la tête ces horaires', 'head'],
    ['pt', 'custa os olhos da cara', 'face'],
    ['ar', 'على راسي، شكرا', 'head'],
    ['en', 'when can i book the mummy mot thing?', 'roadworthiness'],
    // Wanting something at all costs asks no price.
    ['it', 'vuole a tutti i costi le labbra come le influencer', 'price'],
    ['es', 'quiere a toda costa hacerse los labios', 'price'],
    ['fr', 'elle veut à tout prix se faire les lèvres', 'price'],
    ['en', 'she wants fuller lips at all costs', 'price'],
    // Money put down holds a date; locking in a date books it.
    ['en', 'how much do i need to put down to lock in a date?', 'euthanasia'],
    ['en', 'how much do i need to put down to lock in a date?', 'curlyHair'],
    ['fr', 'je préférerais être prise en charge par une femme', 'insurance'],
    // A present received buys no gift card.
    ['es', 'nos acaban de regalar un cachorrito schnauzer', 'giftCard'],
    ['it', 'ci hanno regalato un cucciolo', 'giftCard'],
    // Mexican "¿qué onda?" greets; it asks for no waves.
    ['es', 'qué onda, mi chihuahua se pone como loco con las uñas', 'styling'],
    ['en', 'can I lock it in for friday', 'curlyHair'],
    // A carrier of a virus is no pregnancy.
    ['ar', 'انا حامل فيروس الكبد ب من زمان', 'pregnancy'],
    ['ar', 'اخوي حامل لفيروس نقص المناعة', 'pregnancy'],
  ])('%s "%s" raises no %s', (language, text, concept) => {
    known(concept);
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    ['en', 'it costs an arm and a leg at other places', 'price'],
    ['es', 'cuesta un ojo de la cara', 'price'],
    ['ar', 'انا حامل فيروس الكبد ب من زمان', 'hepatitis'],
    ['ar', 'انا حامل بالشهر الثالث', 'pregnancy'],
    ['fr', 'ça coûte les yeux de la tête', 'price'],
    ['it', 'costa un occhio della testa', 'price'],
    ['pt', 'custa um rim', 'price'],
    ['es', 'me da corte', 'fear'],
    ['en', 'heads up, I will be late', 'notice'],
    ['en', 'when can i book the mummy mot thing?', 'postnatal'],
    ['en', 'how much do i need to put down to lock in a date?', 'deposit'],
    ['en', 'how much do i need to put down to lock in a date?', 'booking'],
    ['fr', 'je préférerais être prise en charge par une femme', 'women'],
  ])('%s "%s" raises %s, what it means', (language, text, concept) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string, string]>([
    ['en', 'my neck hurts since monday', 'neck'],
    ['es', 'me duele la cabeza', 'head'],
    ['es', 'cuánto cuesta el corte de pelo?', 'haircut'],
    ['fr', "j'ai mal au dos", 'back'],
    ['ar', 'راسي يوجعني', 'head'],
    ['en', 'my car is due its mot', 'roadworthiness'],
    ['en', 'the vet said it may be time to have her put down', 'euthanasia'],
    ['en', 'do you cut curly hair?', 'curlyHair'],
    ['fr', 'les séances sont prises en charge par la CNS ?', 'insurance'],
    ['es', 'quiero regalar una sesión a mi madre', 'giftCard'],
  ])('%s "%s" said plainly still raises %s', (language, text, concept) => {
    known(concept);
    expect(conceptsOf(text, language)).toContain(concept);
  });
});
