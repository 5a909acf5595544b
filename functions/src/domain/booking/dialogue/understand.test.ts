import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BusinessProfileFile } from '../../../profile/schema.js';
import {
  extractName,
  matchServices,
  matchVariants,
  pickedNumber,
  saysChange,
  saysNo,
  saysStop,
  saysYes,
  similar,
  wantsPerson,
  wantsToBook,
} from './understand.js';

const demo = (name: string) =>
  BusinessProfileFile.parse(
    JSON.parse(readFileSync(new URL(`../../../../demo/${name}.json`, import.meta.url), 'utf8')),
  );
const paws = demo('happy-paws-grooming');
const glow = demo('glow-laser-clinic');

describe('matchServices, across the business’s languages', () => {
  it.each([
    [paws, 'I’d like a full groom for Max', ['full-groom']],
    [paws, 'full grooming please', ['full-groom']],
    [paws, 'corte completo', ['full-groom']],
    [paws, 'quiero un baño y cepillado', ['bath-brush']],
    [paws, 'baño antipulgas', ['flea-bath']],
    [paws, 'nails', ['nail-trim']],
    [paws, 'corte de uñas', ['nail-trim']],
    [paws, 'teeth', ['teeth-brushing']],
    [paws, 'a groom', ['full-groom', 'cat-groom']],
    [paws, 'deshedding', ['de-shedding']],
    [paws, 'lion cut for my cat', ['cat-lion-cut']],
    [paws, 'hello', []],
    [paws, 'how much is it?', []],
    [glow, 'underarms', ['underarms']],
    [glow, 'aisselles', ['underarms']],
    [glow, 'الإبط', ['underarms']],
    [glow, 'جلسة الجسم بالكامل', ['full-body']],
    [glow, 'full body package', ['full-body-package-6']],
    [glow, 'upper lip', ['upper-lip']],
    [glow, 'الشارب', ['upper-lip']],
    [glow, 'épilation du visage complet', ['full-face']],
  ] as const)('%# %s', (business, text, expected) => {
    expect(matchServices(text, business.services, business.profile.languages[0]!)).toEqual(expected);
  });
});

describe('matchVariants, by the words only that option has', () => {
  const groom = paws.services.find((s) => s.id === 'full-groom')!;
  const legs = glow.services.find((s) => s.id === 'full-legs')!;
  it.each([
    [groom, 'medium', ['medium']],
    [groom, 'my dog is mediano', ['medium']],
    [groom, 'extra large', ['xl']],
    [groom, 'a small dog', ['small']],
    [groom, 'lb', []],
    [legs, 'for women', ['women']],
    [legs, 'hommes', ['men']],
    [legs, 'للرجال', ['men']],
    [legs, 'السيدات', ['women']],
  ] as const)('%# %s', (service, text, expected) => {
    expect(matchVariants(text, service, 'en')).toEqual(expected);
  });
});

describe('small answers', () => {
  it.each([
    ['2', 2],
    ['#3', 3],
    ['option 4', 4],
    ['٢', 2],
    ['the second', 2],
    ['la primera', 1],
    ['الاول', 1],
    ['2 dogs', undefined],
    ['tomorrow', undefined],
  ])('pickedNumber(%s) = %s', (text, n) => {
    expect(pickedNumber(text)).toBe(n);
  });

  it.each([
    ['yes', 'yes'],
    ['Yes please!', 'yes'],
    ['sí, perfecto', 'yes'],
    ['oui', 'yes'],
    ['نعم', 'yes'],
    ['aywa', 'yes'],
    ['sim', 'yes'],
    ['no', 'no'],
    ['non', 'no'],
    ['لا', 'no'],
    ['no thanks', 'stop'],
    ['forget it', 'stop'],
    ['olvídalo', 'stop'],
    ['laisse tomber', 'stop'],
    ['خلص', 'stop'],
    ['cancel·la', 'stop'],
    ['esquece', 'stop'],
    ['another day', 'change'],
    ['otro día', 'change'],
    ['I want to talk to a person', 'person'],
    ['quiero hablar con una persona', 'person'],
    ['بدي احكي مع موظف', 'person'],
  ])('%s → %s', (text, kind) => {
    const said = [
      saysYes(text) && 'yes',
      saysNo(text) && !saysStop(text) && 'no',
      saysStop(text) && 'stop',
      saysChange(text) && 'change',
      wantsPerson(text) && 'person',
    ].filter(Boolean);
    expect(said).toEqual([kind]);
  });

  it.each([
    ['I want to book', true],
    ['quiero una cita', true],
    ['je voudrais un rdv', true],
    ['بدي احجز موعد', true],
    ['baddi e7jez', true],
    ['vull demanar hora', true],
    ['queria marcar', true],
    ['what are your hours?', false],
  ])('wantsToBook(%s) = %s', (text, expected) => {
    expect(wantsToBook(text)).toBe(expected);
  });

  it.each([
    ['Ana', 'Ana'],
    ['Ana Ruiz', 'Ana Ruiz'],
    ['I’m Ana Ruiz.', 'Ana Ruiz'],
    ['my name is Sam', 'Sam'],
    ['Me llamo Lucía', 'Lucía'],
    ['je m’appelle Léa', 'Léa'],
    ['اسمي ليلى', 'ليلى'],
    ['Em dic Marta', 'Marta'],
    ['Sou o João', 'João'],
    ['se llama Toby', 'Toby'],
    ['123', undefined],
    ['???', undefined],
    ['I would like to know what the price of the groom is', undefined],
  ])('extractName(%s) = %s', (text, name) => {
    expect(extractName(text)).toBe(name);
  });

  it.each([
    ['nail', 'nails', true],
    ['grooming', 'gromming', true],
    ['groom', 'grooming', true],
    ['cat', 'car', false],
    ['full', 'fall', false],
  ])('similar(%s, %s) = %s', (a, b, expected) => {
    expect(similar(a, b)).toBe(expected);
  });
});
