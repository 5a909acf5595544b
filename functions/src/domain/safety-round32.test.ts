/**
 * What a dog groomer's and a sports physio's customers write: a dog that got
 * overheated somewhere else once, told as the reason for a question; an
 * operation planned and a knee tendinitis (French words of a bleeding and of
 * luxury read as a broken bone); a father who fell and now barely lifts one
 * arm and talks oddly; an ankle that stands crooked with something under the
 * skin after a twist.
 */
import { describe, expect, it } from 'vitest';
import type { EmergencyKind } from './safety.js';
import { emergencyOf } from './safety.test-helper.js';

describe('assessSafety: overheated is a state, heatstroke needs a sign of it', () => {
  it.each<[EmergencyKind, string]>([
    ['heatstroke', 'my dog overheated on the walk and now he is panting like crazy and vomited'],
    ['heatstroke', 'she got overheated in the dryer and collapsed'],
    ['heatstroke', 'mein Hund ist überhitzt und bricht'],
    ['heatstroke', 'my frenchie has heatstroke'],
    ['heatstroke', 'mi perro tiene un golpe de calor'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'hey quick q before I book — do you use those heated dryer cages?? my frenchie Mochi got super overheated at a petsmart back in Austin and I am kinda paranoid now lol',
    'do you use cage dryers? my pug overheated at his old groomer last year',
    'my bulldog overheats easily, do you dry by hand?',
    'mein Mops war beim alten Hundesalon mal überhitzt, föhnt ihr mit kalter Luft?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: French words of a bleeding or of luxury are no broken bone', () => {
  it.each([
    "bjr, je me fais opérer des croisés (genou gauche) le 5 juillet, le chirurgien veut que je commence la kiné la semaine d'après. vous avez de la place ou c'est 2 mois d'attente comme partout ?? 😩",
    "mon medecin traitant en france m'a fait une ordo pour 10 seances pour ma tendinite au genou. ca passe chez vous ou faut forcement un medecin luxembourgeois ??",
    'vous faites un soin de luxe pour le cou et les épaules ?',
    "j'ai mal au genou partout quand je cours, vous prenez les nouveaux patients ?",
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });

  it.each<[EmergencyKind, string]>([
    ['fracture', "je suis tombé, j'ai le poignet cassé"],
    ['fracture', "il s'est luxé l'épaule en tombant, l'os est déboîté"],
    ['bleeding', "ça saigne, il y a du sang partout et ça ne s'arrête pas"],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });
});

describe('assessSafety: an arm barely lifted and speech gone odd, said of someone else', () => {
  it.each<[EmergencyKind, string]>([
    [
      'stroke',
      'Hallo, mein Vater (74) ist heute früh im Bad gestürzt. Jetzt kann er den linken Arm kaum heben und redet irgendwie komisch, verwaschen. Sollen wir trotzdem kommen?',
    ],
    ['stroke', 'meine Mutter spricht so komisch und kann die rechte Hand nicht mehr heben'],
    ['stroke', 'my dad is talking funny and can barely lift his left arm, should we still come tomorrow?'],
    ['stroke', 'mon père parle bizarre depuis ce matin et il arrive plus à lever le bras'],
    ['stroke', 'mi abuela habla arrastrando y no puede levantar el brazo'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'since my shoulder op I can barely lift my arm above my head, can physio help?',
    'ich kann seit Wochen den Arm kaum heben, Schulter, habt ihr einen Termin?',
    'my son talks funny, do you do speech therapy for kids?',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});

describe('assessSafety: a limb standing crooked with something under the skin', () => {
  it.each<[EmergencyKind, string]>([
    [
      'fracture',
      'help!! twisted my foot at crossfit, the ankle is standing all crooked and you can see something under the skin',
    ],
    ['fracture', 'Hilfe! Beim Crossfit umgeknickt, der Knöchel steht ganz schief und man sieht etwas unter der Haut'],
    ['fracture', 'au secours, la cheville est toute tordue, on voit un truc sous la peau'],
    ['fracture', 'rolled my ankle playing football and now it is at a weird angle'],
    ['fracture', 'me caí y la muñeca está toda torcida, se ve algo debajo de la piel'],
    ['fracture', 'mein Finger steht nach dem Sturz ganz schief'],
  ])('is %s: %j', (kind, text) => {
    expect(emergencyOf(text)).toBe(kind);
  });

  it.each([
    'I twisted my ankle last week, it is still a bit swollen, can I book a session?',
    'je me suis tordu la cheville au foot, vous avez une place demain ?',
    'my toe has been crooked for years, is that something you treat?',
    'ich habe einen kleinen Knubbel unter der Haut am Knie, was kann das sein?',
    'is my nose crooked enough for a rhinoplasty? there is a bump under the skin',
  ])('is not an emergency: %j', (text) => {
    expect(emergencyOf(text)).toBeNull();
  });
});
