/**
 * Words an imaging centre's customers use (h150): a full bladder and peeing before a pelvic scan, water to drink,
 * an MRI told apart from an x-ray, a video of a scan, coming with an empty belly, knowing a
 * baby's sex; a late period read as a pregnancy perhaps, "prise en charge" as insurance, prescribing as the
 * doctor's order; and the near misses that must keep their old reading.
 */
import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../languages.js';
import { conceptsOf } from './concepts.test-helper.js';

describe('an imaging centre’s words (h150)', () => {
  it.each<[string, TextLanguage, string]>([
    ['fullBladder', 'en', 'do I need a full bladder for the pelvic scan?'],
    ['fullBladder', 'es', 'hay que ir con la vejiga llena?'],
    ['fullBladder', 'fr', 'faut-il avoir la vessie pleine pour l’écho ?'],
    ['fullBladder', 'it', 'posso fare pipì prima dell’esame?'],
    ['fullBladder', 'de', 'muss ich mit voller Blase kommen?'],
    ['fullBladder', 'ca', 'cal venir amb la bufeta plena?'],
    ['fullBladder', 'pt', 'tenho de ir com a bexiga cheia?'],
    ['fullBladder', 'ar', 'واش خاص المثانه عامره قبل الفحص؟'],
    ['drinkWater', 'en', 'how much water should I drink before?'],
    ['drinkWater', 'es', '¿cuánta agua tengo que tomar?'],
    ['drinkWater', 'fr', 'je bois combien d’eau avant ?'],
    ['drinkWater', 'it', 'quanta acqua devo bere prima?'],
    ['drinkWater', 'de', 'wie viel Wasser soll ich vorher trinken?'],
    ['drinkWater', 'ca', 'quanta aigua he de beure?'],
    ['drinkWater', 'pt', 'quanta água devo beber antes?'],
    ['drinkWater', 'ar', 'شحال من لتر من الماء خاصني نشرب؟'],
    ['mri', 'en', 'how long does an MRI of the shoulder take?'],
    ['mri', 'es', 'necesito una resonancia de la rodilla'],
    ['mri', 'fr', 'mon IRM lombaire est prévue jeudi'],
    ['mri', 'it', 'quanto costa una risonanza magnetica?'],
    ['mri', 'de', 'ich brauche ein MRT vom Rücken'],
    ['mri', 'ca', 'he de fer-me una ressonància'],
    ['mri', 'pt', 'preciso de uma ressonância ao joelho'],
    ['mri', 'ar', 'بغيت ندير الرنين المغناطيسي'],
    ['video', 'en', 'can we get a video of the scan?'],
    ['video', 'es', '¿nos dais un vídeo de la eco?'],
    ['video', 'fr', 'mon mari peut filmer ?'],
    ['video', 'it', 'si può avere un video?'],
    ['video', 'de', 'bekommen wir ein Video davon?'],
    ['video', 'ca', 'ens doneu un vídeo?'],
    ['video', 'pt', 'dá para filmar a ecografia?'],
    ['video', 'ar', 'واش كتعطيو فيديو ديال الايكو؟'],
    ['fasting', 'fr', 'je viens le ventre vide ou pas ?'],
    ['fasting', 'it', 'devo presentarmi a pancia vuota?'],
    ['fasting', 'pt', 'vou de barriga vazia?'],
    ['babySex', 'en', 'will we find out the sex at 20 weeks?'],
    ['babySex', 'fr', 'on pourra connaître le sexe ?'],
    ['babySex', 'it', 'si riesce a sapere il sesso?'],
    ['babySex', 'de', 'kann man das Geschlecht sehen?'],
    ['ultrasound', 'ar', 'عندي موعد ديال الايكوغرافي غدا'],
  ])('%s in %s: %s', (concept, language, text) => {
    expect(conceptsOf(text, language)).toContain(concept);
  });

  it.each<[string, TextLanguage, string]>([
    // Peeing, a bladder, water, a film that are none of these.
    ['fullBladder', 'en', 'my puppy pees on the carpet'],
    ['fullBladder', 'fr', 'il fait pipi partout dans la maison'],
    ['drinkWater', 'en', 'my phone fell in the water'],
    ['drinkWater', 'it', 'l’acqua della piscina è calda?'],
    // An x-ray is no MRI.
    ['mri', 'en', 'I need an x-ray of my wrist'],
    ['mri', 'fr', 'une radio du thorax'],
    ['video', 'de', 'nehmt ihr noch neue Patienten auf?'],
    ['babySex', 'fr', 'le sexe de mon chat, mâle ou femelle ?'],
  ])('does not read %s in %s: %s', (concept, language, text) => {
    expect(conceptsOf(text, language)).not.toContain(concept);
  });

  it('an MRI is also imaging (xray), a radiograph no MRI', () => {
    expect(conceptsOf('ich brauche ein MRT vom Knie', 'de')).toContain('xray');
    expect(conceptsOf('a radio of my knee', 'fr')).toContain('xray');
    expect(conceptsOf('una radiografia del ginocchio', 'it')).toContain('xray');
  });
});

describe('phrases that read as one thing (h150)', () => {
  it.each<[TextLanguage, string]>([
    ['fr', "j'ai un retard de règles, je peux faire la radio ?"],
    ['en', 'my period is late, is the x-ray safe?'],
    ['it', 'ho un ritardo del ciclo, posso fare la lastra?'],
    ['pt', 'estou com a menstruação atrasada, posso fazer o raio x?'],
  ])('a late period is a pregnancy perhaps, no customer running late: %s %s', (language, text) => {
    const found = conceptsOf(text, language);
    expect(found).toContain('pregnancy');
    expect(found).not.toContain('late');
  });

  it('someone running late is still late', () => {
    expect(conceptsOf('je suis en retard de 10 minutes', 'fr')).toContain('late');
    expect(conceptsOf('sono in ritardo, arrivo tra poco', 'it')).toContain('late');
  });

  it('"prise en charge" is insurance, no price or phone charger; by a woman it is cared for by a woman', () => {
    const cover = conceptsOf('la mutuelle fait la prise en charge ?', 'fr');
    expect(cover).toContain('insurance');
    expect(cover).not.toContain('price');
    expect(cover).not.toContain('wifi');
    const woman = conceptsOf('je voudrais être prise en charge par une femme', 'fr');
    expect(woman).toContain('women');
    expect(woman).not.toContain('insurance');
  });

  it('the doctor prescribing an exam is a referral, no medication taken', () => {
    for (const [language, text] of [
      ['fr', "le médecin m'a prescrit une échographie"],
      ['en', 'my GP prescribed an MRI'],
      ['de', 'der Arzt hat mir ein Röntgen verschrieben'],
    ] as [TextLanguage, string][]) {
      const found = conceptsOf(text, language);
      expect(found, text).toContain('referral');
      expect(found, text).not.toContain('medication');
    }
    expect(conceptsOf('je prends des médicaments pour le cœur', 'fr')).toContain('medication');
    expect(conceptsOf('I take blood thinners', 'en')).toContain('medication');
    // Spanish and Portuguese prescribe medicines: "recetar", "receitar" (and "la receta" through them) keep medication.
    expect(conceptsOf('¿me pueden recetar algo para la alergia?', 'es')).toContain('medication');
    expect(conceptsOf('o médico pode receitar um xarope?', 'pt')).toContain('medication');
    // Metformin, the medicine a contrast scan asks about, by its name and its brands.
    expect(conceptsOf('I take metformin twice a day, is that ok before the CT?', 'en')).toContain('medication');
    expect(conceptsOf('je prends du Glucophage 1000', 'fr')).toContain('medication');
    expect(conceptsOf('كناخد الميتفورمين كل نهار', 'ar')).toContain('medication');
  });

  it('"c\'est combien de temps" asks how long, no price; "c\'est combien" still a price', () => {
    const long = conceptsOf("c'est combien de temps pour avoir les résultats ?", 'fr');
    expect(long).toContain('duration');
    expect(long).not.toContain('price');
    expect(conceptsOf("c'est combien la séance ?", 'fr')).toContain('price');
    expect(conceptsOf('how much time does the session take?', 'en')).not.toContain('price');
    expect(conceptsOf('how much is the session?', 'en')).toContain('price');
  });
});
