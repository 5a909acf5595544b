import { describe, expect, it } from 'vitest';
import { checkGrounding, findDiscounts, findMoneyAmounts, normaliseDigits } from './money.js';

const amounts = (text: string) => findMoneyAmounts(text).map((m) => m.amount);

describe('findMoneyAmounts', () => {
  it.each<[string, number[]]>([
    // English, currency before and after, codes, symbols, words
    ['Full legs is AED 600 and underarms AED 150.', [600, 150]],
    ['Full legs is 600 AED.', [600]],
    ['It costs 600aed', [600]],
    ['That will be $45.', [45]],
    ['That will be 45$ total', [45]],
    ['A full groom is US$ 85', [85]],
    ['Deposit: 100 dirhams', [100]],
    ['Only 150 dhs for underarms', [150]],
    ['Prices range from 150–900 AED', [150, 900]],
    ['between 150 to 900 dirhams', [150, 900]],
    ['Full body costs 1,500.', [1500]],
    ['Full body costs 1,500.50 AED', [1500.5]],
    ['It costs 1.5k AED', [1500]],
    ['The price is 600 for full legs', [600]],
    // French: comma decimals, spaces (including no-break) as thousands
    ['Les jambes complètes coûtent 600 €.', [600]],
    ['Le corps entier coûte 1 500 €', [1500]],
    ['Le corps entier coûte 1\u202F500 €', [1500]],
    ['Le corps entier coûte 1\u00A0500,50 €', [1500.5]],
    ['Le prix est de 150,00 euros', [150]],
    ['Le tarif : 450 dirhams', [450]],
    // Spanish
    ['El baño completo cuesta 65 dólares', [65]],
    ['Cuesta 1.500,00 €', [1500]],
    ['de 150 a 900 euros', [150, 900]],
    ['El precio es 85.', [85]],
    // Arabic script, Arabic-Indic digits and separators
    ['سعر الساقين كاملة 600 درهم', [600]],
    ['سعر الإبط ١٥٠ درهم', [150]],
    ['الجسم كامل ١٬٥٠٠ درهم', [1500]],
    ['السعر ١٥٠٫٥٠ د.إ', [150.5]],
    ['العربون 100 درهم فقط', [100]],
    ['التكلفة 450.', [450]],
    ['السعر 85 دولار', [85]],
    // Arabizi
    ['el se3r 600 dirham', [600]],
    // As Intl writes them
    [new Intl.NumberFormat('ar-u-nu-latn', { style: 'currency', currency: 'AED' }).format(150), [150]],
    [new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(1500.5), [1500.5]],
    [new Intl.NumberFormat('en', { style: 'currency', currency: 'AED' }).format(600), [600]],
    ['se3r el underarms 150', [150]],
  ])('%j → %j', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it.each([
    'We are open 10:00–21:00 every day.',
    'Most people need 6 to 8 sessions, 4 to 6 weeks apart.',
    'Give us 24 hours notice.',
    'Call us on +971 4 555 0100.',
    'Eid is on 2025-03-30.',
    'A session takes 60 minutes.',
    'Our price list has 12 services.',
    'The price for 3 sessions depends on the area.',
    'Dogs over 50 lb need the large size.',
    '1. Full legs\n2. Underarms',
    'Nous sommes ouverts de 10h à 21h.',
    'الجلسة تستغرق 60 دقيقة',
    'تحتاج 6 جلسات',
    'Try 3 sessions first',
    'Shop 12, Marina Walk',
    '',
  ])('finds no money in %j', (text) => {
    expect(amounts(text)).toEqual([]);
  });

  it('keeps the text that states the amount', () => {
    expect(findMoneyAmounts('Full legs: 600 AED')[0]).toMatchObject({ amount: 600, text: '600 AED' });
  });
});

describe('normaliseDigits', () => {
  it.each([
    ['١٢٣', '123'],
    ['۱۲۳', '123'],
    ['١٬٥٠٠٫٥', '1,500.5'],
    ['abc 12', 'abc 12'],
  ])('%j → %j', (input, expected) => expect(normaliseDigits(input)).toBe(expected));
});

describe('findDiscounts', () => {
  it.each<[string, number[]]>([
    ['Get 20% off your first session', [20]],
    ['I can give you a 100% discount!', [100]],
    ['Profitez de 15 % de réduction', [15]],
    ['un descuento del 10%', [10]],
    ['خصم ٢٠٪ على الجلسة الأولى', [20]],
    ['Our lasers are 100% safe', []],
  ])('%j → %j', (text, expected) => {
    expect(findDiscounts(text).map((d) => d.percent)).toEqual(expected);
  });
});

describe('checkGrounding', () => {
  const allowed = { amounts: [150, 600, 1500, 100], percentages: [10] };

  it.each<[string, boolean, string[]]>([
    ['Full legs is AED 600 and the deposit AED 100.', true, []],
    ['Le corps entier coûte 1 500 €', true, []],
    ['سعر الإبط ١٥٠ درهم', true, []],
    ['We are open 10:00–21:00 and most people need 6 to 8 sessions.', true, []],
    ['Full legs is only AED 450 today!', false, ['AED 450']],
    ['Full legs is only 450 AED today!', false, ['450 AED']],
    ['Sure, you get 100% off: 0 AED', false, ['0 AED', '100%']],
    ['Students get 10% off', true, []],
    ['Students get 25% off', false, ['25%']],
    ['El precio es 599.', false, ['599']],
  ])('%j → ok %s', (reply, ok, ungrounded) => {
    expect(checkGrounding(reply, allowed)).toEqual({ ok, ungrounded });
  });
});
