/**
 * What a fertility clinic's, a hijama physio's and an Afro hair salon's customers write in languages the
 * businesses do not list: a fever with pain after an egg collection, a stroke told in Turkish, hair dye in an eye
 * told in Haitian Creole. Each is read as written and in its English gist.
 */
import { describe, expect, it } from 'vitest';
import type { EmergencyKind } from './safety.js';
import { emergencyOf } from './safety.test-helper.js';

describe('assessSafety: a fever with pain after an egg collection or an embryo transfer', () => {
  it.each<[EmergencyKind, string]>([
    ['infection', 'I had my egg retrieval on Monday and now I have a fever of 38.9 and bad pain in my belly'],
    ['infection', 'desde la punción tengo fiebre y me duele mucho la tripa'],
    ['infection', "depuis la ponction j'ai de la fièvre et une douleur dans le bas du ventre"],
    ['infection', 'dopo il pick up ovocitario ho febbre alta e dolore alla pancia'],
    ['infection', 'seit der Punktion habe ich Fieber und starke Schmerzen im Unterbauch'],
    ['infection', 'des de la punció tinc febre i dolor a la panxa'],
    ['infection', 'depois da punção estou com febre e muita dor na barriga'],
    ['infection', 'بعد سحب البويضات عندي حمى وألم شديد'],
    ['infection', 'два дня назад была пункция, сейчас температура 38,5 и сильная боль'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    // Before the procedure, a question about it, a bank's transfer, pain with no fever, a fever with no procedure.
    'if I have a fever on the day of my egg retrieval, will it be cancelled? is it painful?',
    'I made the bank transfer for the embryo transfer, does it hurt?',
    'after the egg collection I have some pain, is that normal?',
    'my son has a fever and tummy pain, can he still come with me to my appointment?',
  ])('is no emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: emergencies told in Turkish and Haitian Creole', () => {
  it.each<[EmergencyKind, string]>([
    ['stroke', 'Babamın yüzü kaymış, sol kolunu kaldıramıyor, konuşması bozuk'],
    ['stroke', 'acil, eşimin ağzı kaydı ve konuşması çok bozuk'],
    ['eye', 'Anmwe! Mwen t ap fè koulè pou cheve m, koulè a antre nan je m, je m ap boule, m pa ka louvri l'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    // Asked about before, or an ordinary after-effect.
    'Hacamattan sonra kolumda morluk var, normal mi?',
    'Bonjou, eske koulè a ka fè je m wouj? Mwen vle fè koulè samdi',
  ])('is no emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});
