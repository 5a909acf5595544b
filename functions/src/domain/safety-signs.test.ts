/**
 * A face or lips gone blue, choking told in the past tense or in spoken
 * Levantine and Egyptian Arabic, a stroke described in Levantine Arabic, a
 * breech baby that tells a pregnancy; and a stroke told as what life has been
 * like since (a speech therapist's everyday customers), which is no emergency.
 * Seeing double or dizzy with slurred speech; a head bleeding after a fall,
 * in Levantine Arabic; self-harm told as cutting again; and a risk someone
 * heard about ("I heard it can cause a stroke, is that true?"), which is a
 * question, not a report.
 */
import { describe, expect, it } from 'vitest';
import { assessSafety } from './safety.js';

describe('assessSafety: blue lips, choking, a stroke now and a stroke before', () => {
  it.each<[string, string]>([
    // A face or lips gone blue or purple.
    ['breathing', 'my husband collapsed and his lips are turning blue'],
    ['breathing', 'mi padre no reacciona y se está poniendo morado'],
    ['breathing', 'il respire mal et ses lèvres sont bleues'],
    ['breathing', 'la nonna ha le labbra viola e respira a fatica'],
    ['breathing', 'er ist ganz blau angelaufen'],
    ['breathing', 'o meu pai ficou roxo de repente'],
    ['breathing', 'صار وجهه ازرق فجأة'],
    // Choking, in the past tense, or after something swallowed and then blue.
    ['choking', 'she swallowed a boiled sweet and her face went blue'],
    ['breathing', 'he choked on his food and still cannot get air'],
    ['breathing', 'ستي كانت عم تاكل واتخنقت وما عم تقدر تتنفس'],
    ['breathing', 'mama kanet bt2akol w fag2a et5an2et w mesh 3arfa tetnaffes'],
    // A stroke now, in Levantine Arabic: speech that cannot be understood, a mouth fallen to one side.
    ['stroke', 'جدي فجأة صار يحكي كلام مش مفهوم وتمه مايل لجهة وحدة'],
    ['stroke', 'أبي هلق لسانه ثقيل ووجهه مايل'],
    // New signs of a stroke after an earlier one still count.
    ['stroke', 'after the stroke an hour ago his face is drooping'],
    ['stroke', 'my dad had a stroke an hour ago'],
    // A pregnancy told by its breech baby, and a week of it in Brazilian shorthand; bleeding in it.
    ['pregnancy', 'fiz a moxa ontem pra virar o bebê e hoje acordei sangrando bastante, é normal??'],
    ['pregnancy', 'the baby is breech and since this morning I am bleeding a lot'],
    // Thoughts of self-harm said as being a burden, or as pills put aside, whatever else the message tells.
    ['self-harm', "since the stroke I can't work, everyone would be better off without me"],
    ['self-harm', "I've been saving up pills for a while now"],
    ['self-harm', 'creo que mi familia estaría mejor sin mí'],
    ['self-harm', 'ich sammle Tabletten, alle wären besser ohne mich'],
    ['self-harm', 'sinto que sou um peso para todos e ando a juntar remédios'],
  ])('%s: %s', (kind, text) => {
    expect(assessSafety(text).kinds).toContain(kind);
  });

  it('reads a week of pregnancy said in Brazilian shorthand', () => {
    expect(assessSafety('tô de 30 semanas e tô sangrando muito').kinds).toContain('pregnancy');
  });

  it.each([
    // A stroke told as what things have been like since: speech therapy, swallowing, a care home.
    'ja hallo, mein Vater ist seit dem Schlaganfall im Pflegeheim und trinkt kaum noch, muss das Andicken sein?',
    'since her stroke she struggles to swallow, can you help with that?',
    'after his stroke he cannot find his words, do you do home visits?',
    'desde el ictus mi madre no puede tragar bien, ¿hacéis terapia a domicilio?',
    'depuis son AVC mon père a du mal à parler, vous prenez des patients?',
    'أبي عمل جلطة من شهرين وصار ما يطلع معه الكلام، قديش بتاخد الجلسات؟',
    // Blue eyes are no blue lips; a bruise is no face gone purple.
    'my daughter has blue eyes, can she have a facial?',
    'tengo un morado en la pierna de la depilación, es normal?',
    // A breech baby with nothing wrong: a question about moxa.
    'o bebê está sentado com 33 semanas, a moxa ajuda a virar?',
  ])('no emergency: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });

  it.each<[string, string]>([
    // Seeing double, or dizzy with speech gone wrong: a stroke (after a neck manipulation, a torn artery).
    ['stroke', 'since this morning my mum sees two of everything and her speech is slurred'],
    ['stroke', 'he got up dizzy and now he slurs his words'],
    ['stroke', 'mi padre ve todo doble y no puede hablar bien'],
    // A head bleeding after a fall, or a fall with speech gone wrong after it, in Levantine Arabic.
    ['head-injury', 'ابني وقع عن الكرسي وراسه عم ينزف'],
    ['head-injury', 'جوزي انضرب على راسه ومش عم يحكي منيح'],
    // Self-harm said as cutting again, or as not wanting to be here any more.
    ['self-harm', "i've started cutting again and i can't tell anyone"],
    ['self-harm', 'honestly i dont want to be here anymore'],
  ])('%s: %s', (kind, text) => {
    expect(assessSafety(text).kinds).toContain(kind);
  });

  it.each([
    // A risk heard of is a question about the treatment, not a report of it.
    'I heard that neck adjustments can cause a stroke, is it true?',
    'he oído que el masaje puede provocar un infarto, es verdad?',
    "j'ai entendu dire que ça peut donner un AVC, c'est vrai ?",
    'ho sentito che la manipolazione può causare un ictus',
    'sme3t enno momken ysir jalta mn hal chi, sa7?',
    // Words of the same kind that say nothing of harm.
    "are you cutting again after the holidays? I don't want to be here at 8",
  ])('no emergency: %s', (text) => {
    expect(assessSafety(text).emergency).toBeNull();
  });
});
