/**
 * Asking to wait on the premises while someone else has the session, as customers write it: Levantine and Gulf
 * Arabic, Arabizi, and the other languages the concept reads. Asking how long the wait for an appointment is stays
 * the waiting time.
 */
import { describe, expect, it } from 'vitest';
import { conceptsIn } from './concepts.test-helper.js';
import type { TextLanguage } from '../languages.js';

describe('waiting on the premises', () => {
  it.each<[TextLanguage, string]>([
    ['ar', 'فيني انطر هون لحتى يخلص ابني؟'],
    ['ar', 'بقدر انطر جوا خلال الحصة؟'],
    ['ar', 'المربية تقدر تنتظرني داخل؟'],
    ['ar', 'fiyye ontor hon la ykhalles?'],
    ['ar', 'mmkn astanna gowa?'],
    ['en', 'can I wait here while she has her lesson?'],
    ['es', 'puedo esperar dentro mientras tanto?'],
    ['fr', 'est-ce que je peux attendre ici pendant la séance ?'],
    ['it', 'posso aspettare dentro?'],
    ['de', 'kann ich drinnen warten?'],
    ['ca', 'puc esperar dins?'],
    ['pt', 'posso ficar esperando aqui?'],
  ])('%s: %s', (language, text) => {
    expect([...conceptsIn(text, language)], text).toContain('waitingRoom');
  });

  it.each<[TextLanguage, string]>([
    ['ar', 'قديش لازم استنى لاقرب موعد؟'],
    ['en', 'how long is the wait for a first appointment?'],
    ['fr', "il y a beaucoup d'attente pour un rendez-vous ?"],
  ])('%s: %s asks the waiting time, not a place to wait', (language, text) => {
    expect([...conceptsIn(text, language)], text).not.toContain('waitingRoom');
  });
});
