import { describe, expect, it } from 'vitest';
import { conceptsAlsoInItDe, conceptsOf } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

describe('the body concepts', () => {
  it.each<[string, TextLanguage, string]>([
    ['shoulder', 'pt', 'ombro congelado tem tratamento?'],
    ['shoulder', 'en', 'can physio help a frozen shoulder?'],
    ['shoulder', 'fr', "j'ai une capsulite à l'épaule"],
    ['arm', 'en', 'my arm is swollen after the jab'],
    ['arm', 'es', 'tengo el brazo hinchado desde la vacuna'],
    ['arm', 'fr', "j'ai mal au bras depuis le vaccin"],
    ['arm', 'it', 'mi fa male il braccio dopo il vaccino'],
    ['arm', 'de', 'mein Arm ist geschwollen'],
    ['arm', 'ca', 'em fa mal el braç'],
    ['arm', 'pt', 'o braço está inchado'],
    ['arm', 'ar', 'دراعي وارم بعد التطعيم'],
    ['swelling', 'ar', 'دراعي وارم بعد التطعيم'],
    ['back', 'es', 'me duele la espalda desde hace un mes'],
    ['back', 'en', 'my lower back is killing me'],
    ['back', 'ca', "tinc mal d'esquena"],
    ['back', 'ar', 'عندي الم في الظهر'],
    ['neck', 'fr', 'torticolis depuis hier'],
    ['knee', 'pt', 'operei o joelho, fazem reabilitação?'],
    ['sprain', 'es', 'me torci el tobillo jugando'],
    ['ankle', 'es', 'me torci el tobillo jugando'],
    ['sciatica', 'pt', 'tenho uma hérnia discal'],
    ['head', 'ca', 'tinc migranyes'],
    ['wrist', 'en', 'carpal tunnel in my wrist'],
    ['physio', 'pt', 'ombro congelado tem tratamento com fisio?'],
    ['physio', 'fr', 'je cherche un kiné'],
    ['physio', 'en', 'can physio help?'],
    ['back', 'it', 'ho mal di schiena da una settimana'],
    ['back', 'de', 'ich habe seit Tagen Rückenschmerzen'],
    ['back', 'de', 'mein Ruecken tut weh'],
    ['neck', 'it', 'ho la cervicale infiammata'],
    ['neck', 'de', 'mein Nacken ist total verspannt'],
    ['shoulder', 'it', 'ho una spalla congelata'],
    ['shoulder', 'de', 'Schmerzen in der Schulter'],
    ['knee', 'it', 'mi sono operato al ginocchio, fate riabilitazione?'],
    ['knee', 'de', 'Kreuzbandriss, macht ihr Reha?'],
    ['hip', 'it', "dolore all'anca quando cammino"],
    ['hip', 'de', 'meine Hüfte schmerzt'],
    ['ankle', 'it', 'mi sono slogato la caviglia giocando'],
    ['ankle', 'de', 'ich bin mit dem Knöchel umgeknickt'],
    ['sprain', 'it', 'mi sono slogato la caviglia giocando'],
    ['sprain', 'de', 'ich bin mit dem Knöchel umgeknickt'],
    ['wrist', 'it', 'tunnel carpale al polso'],
    ['wrist', 'de', 'Schmerzen im Handgelenk'],
    ['head', 'it', 'soffro di emicrania'],
    ['head', 'de', 'ich habe oft Kopfschmerzen'],
    ['sciatica', 'it', "ho un'ernia del disco"],
    ['sciatica', 'de', 'ich habe einen Bandscheibenvorfall'],
    ['posture', 'it', 'ho una postura scorretta'],
    ['posture', 'de', 'ich habe eine schlechte Haltung vom Bürojob'],
    ['physio', 'it', 'cerco un fisioterapista'],
    ['physio', 'de', 'ich suche einen Physiotherapeuten'],
    ['physio', 'de', 'brauche ich ein Rezept für Krankengymnastik?'],
  ])('%s in %s: %s', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[TextLanguage, string]>([
    ['en', 'can you call me back tomorrow?'], // "back" alone is not the back
    ['en', 'I want my money back'],
    ['fr', 'ma fille a 8 ans'], // French "ma" is not a hand
    ['pt', 'a criança vem com os pais'],
    ['it', 'quanto costa a testa?'], // "a testa" is per person
    ['it', 'vengo a piedi dalla stazione'], // on foot
    ['it', 'anche mia figlia vuole venire'],
    ['de', 'was kostet das pro Kopf?'],
    ['de', 'die Praxis ist zu Fuß erreichbar'],
    ['de', 'ich drücke euch die Daumen'],
    ['de', 'ich rufe zurück'],
    ['de', 'meine Tochter ist in der Schule'], // "Schule" is no shoulder
    ['de', 'der Schmerz fing gestern an'], // "fing" is no finger
    ['it', 'in che fascia oraria?'],
    ['pt', 'como já foi dito, quero marcar'], // Portuguese "dito" is no Italian finger
    ['de', 'wir sind nicht arm, aber das ist teuer'], // German "arm" is poor
    ['en', 'do you have alarms for the lockers?'],
  ])('no body part in %s: %s', (language, text) => {
    const found = conceptsAlsoInItDe(text, language);
    for (const part of ['back', 'wrist', 'ankle', 'head', 'neck', 'shoulder', 'hip', 'arm'])
      expect(found).not.toContain(part);
  });
});
