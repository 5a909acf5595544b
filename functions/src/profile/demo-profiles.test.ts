/**
 * The demo business profile files in functions/demo must load: they are what
 * `npm run seed` and the emulator demos use. Besides passing the schema, they
 * are held to what a real business would need: every customer-facing text
 * translated into every language of the business, the same numbers in every
 * translation, and no price quoted in an answer that is not on the service list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../domain/business.js';
import { BusinessProfileFile } from './schema.js';

const DEMO_DIR = new URL('../../demo/', import.meta.url);
const FILES = readdirSync(DEMO_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function readDemo(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, DEMO_DIR), 'utf8'));
}

function parseDemo(name: string): BusinessProfileFile {
  const result = BusinessProfileFile.safeParse(readDemo(name));
  if (!result.success) throw new Error(`${name} does not match the schema:\n${formatIssues(result.error.issues)}`);
  return result.data;
}

function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `  ${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** Amounts a demo quotes in its texts that are not a service, variant or deposit price. */
const EXTRA_AMOUNTS: Record<string, number[]> = {
  // Gift cards from AED 200; "buy 5, get the 6th free" (5 × 450); 6 single full-body sessions (women, men).
  'glow-laser-clinic': [200, 2250, 9600, 12000],
  // $1/min after closing, $5 multi-pet discount, $10 late pickup, $15 dematting per 15 min (max $60),
  // $20 flea fee, $25 deposit, $30 shave-down fee.
  'happy-paws-grooming': [1, 5, 10, 15, 20, 25, 30, 60],
  // A 20 € deposit after two no-shows; financing from 600 €; the 90 € aligner assessment.
  'mar-blau-dental': [20, 90, 600],
};

/**
 * Q&A entries and knowledge articles are what an owner writes in whichever
 * language comes to hand (the responders answer across languages), so they
 * may cover only some of the business's languages; everything else a
 * customer reads (services, policies, hours, style guide) needs them all.
 */
const MAY_BE_PARTIAL = /^(qa|knowledge)\[\d+\]\.(question|answer|title|body)$/;

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/**
 * Every object whose keys are all languages of the business and whose values
 * are all strings is a Localized value (generic: it does not rely on knowing
 * which fields are Localized).
 */
function findLocalized(
  value: unknown,
  isLanguage: (key: string) => boolean,
  path = '',
  out: [string, Record<string, string>][] = [],
) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => findLocalized(item, isLanguage, `${path}[${i}]`, out));
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([k, v]) => isLanguage(k) && typeof v === 'string')) {
      out.push([path, value as Record<string, string>]);
    } else {
      for (const [k, v] of entries) findLocalized(v, isLanguage, path ? `${path}.${k}` : k, out);
    }
  }
  return out;
}

/** The fields the schema types as Localized: customer-facing, so each must be a per-language object. */
function localizedFields(file: BusinessProfileFile): [string, Localized | undefined][] {
  return [
    ['profile.description', file.profile.description],
    ['profile.address', file.profile.address],
    ...file.holidays.map((h, i): [string, Localized] => [`holidays[${i}].name`, h.name]),
    ...file.policies.flatMap((p, i): [string, Localized][] => [
      [`policies[${i}].title`, p.title],
      [`policies[${i}].text`, p.text],
    ]),
    ...file.services.flatMap((s, i): [string, Localized | undefined][] => [
      [`services[${i}].name`, s.name],
      [`services[${i}].description`, s.description],
      [`services[${i}].category`, s.category],
      [`services[${i}].priceNote`, s.priceNote],
      ...s.variants.map((v, j): [string, Localized] => [`services[${i}].variants[${j}].name`, v.name]),
    ]),
    ...file.knowledge.flatMap((k, i): [string, Localized][] => [
      [`knowledge[${i}].title`, k.title],
      [`knowledge[${i}].body`, k.body],
    ]),
    ...file.qa.flatMap((q, i): [string, Localized][] => [
      [`qa[${i}].question`, q.question],
      [`qa[${i}].answer`, q.answer],
    ]),
    ['styleGuide.tone', file.styleGuide.tone],
    ['styleGuide.greeting', file.styleGuide.greeting],
    ['styleGuide.signOff', file.styleGuide.signOff],
    ['styleGuide.handoffMessage', file.styleGuide.handoffMessage],
  ];
}

const numbersIn = (text: string) => [...new Set(text.match(/\d+/g) ?? [])].sort();

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

it('finds the demo profile files', () => {
  expect(FILES).toEqual(expect.arrayContaining(['glow-laser-clinic.json', 'happy-paws-grooming.json']));
});

describe.each(FILES)('demo profile %s', (name) => {
  it('matches the BusinessProfileFile schema', () => {
    const result = BusinessProfileFile.safeParse(readDemo(name));
    expect(result.success, result.success ? '' : formatIssues(result.error.issues)).toBe(true);
  });

  it('is named after its business id', () => {
    expect(`${parseDemo(name).id}.json`).toBe(name);
  });

  it('has a real Q&A database and knowledge base', () => {
    const file = parseDemo(name);
    expect(file.qa.length).toBeGreaterThanOrEqual(30);
    expect(file.knowledge.length).toBeGreaterThanOrEqual(5);
    for (const entry of file.qa) {
      expect(entry.alternates.length, `qa ${entry.id} alternates`).toBeGreaterThanOrEqual(2);
      expect(entry.tags.length, `qa ${entry.id} tags`).toBeGreaterThanOrEqual(1);
    }
  });

  it('has every customer-facing text in every language of the business', () => {
    const file = parseDemo(name);
    const languages = file.profile.languages;
    const found = findLocalized(file, (key) => languages.includes(key));
    expect(found.length).toBeGreaterThan(file.qa.length * 2);
    const missing = found
      .filter(([path]) => !MAY_BE_PARTIAL.test(path))
      .filter(([, value]) => languages.some((lang) => !value[lang]?.trim()))
      .map(([path, value]) => `${path} has only ${Object.keys(value).join(', ')}`);
    const plain = localizedFields(file)
      .filter(([, value]) => typeof value === 'string')
      .map(([path]) => `${path} is a plain string, not one text per language`);
    // Strings keyed by language-like codes the business does not list are typos.
    const stray = findLocalized(file, (key) => /^[a-z]{2}$/.test(key))
      .filter(([, value]) => Object.keys(value).some((lang) => !languages.includes(lang)))
      .map(([path, value]) => `${path} has ${Object.keys(value).join(', ')}`);
    expect([...missing, ...plain, ...stray], `every text needs ${languages.join(', ')}`).toEqual([]);
  });

  it('writes each Q&A answer and article body in the languages of its question or title', () => {
    const file = parseDemo(name);
    const keys = (value: Localized) => (typeof value === 'string' ? ['(default)'] : Object.keys(value).sort());
    const pairs: [string, Localized, Localized][] = [
      ...file.qa.map((q): [string, Localized, Localized] => [`qa ${q.id}`, q.question, q.answer]),
      ...file.knowledge.map((k): [string, Localized, Localized] => [`knowledge ${k.id}`, k.title, k.body]),
    ];
    const uneven = pairs
      .filter(([, head, body]) => keys(head).join() !== keys(body).join())
      .map(([label, head, body]) => `${label}: ${keys(head).join()} vs ${keys(body).join()}`);
    expect(uneven).toEqual([]);
  });

  it('quotes the same numbers (prices, times, durations) in every translation', () => {
    const file = parseDemo(name);
    const [defaultLanguage] = file.profile.languages;
    const mismatches = findLocalized(file, (key) => file.profile.languages.includes(key)).flatMap(([path, value]) => {
      const expected = numbersIn(value[defaultLanguage!] ?? Object.values(value)[0] ?? '');
      return Object.entries(value)
        .filter(([, text]) => numbersIn(text).join(' ') !== expected.join(' '))
        .map(([lang, text]) => `${path}.${lang}: [${numbersIn(text).join(' ')}] vs [${expected.join(' ')}]`);
    });
    expect(mismatches).toEqual([]);
  });

  it('has unique ids and sensible services', () => {
    const file = parseDemo(name);
    for (const [kind, items] of Object.entries({
      services: file.services,
      knowledge: file.knowledge,
      qa: file.qa,
      policies: file.policies,
    })) {
      expect(duplicates(items.map((item) => item.id)), `duplicate ${kind} ids`).toEqual([]);
    }
    expect(duplicates(file.holidays.map((h) => h.date)), 'duplicate holiday dates').toEqual([]);
    for (const service of file.services) {
      const label = `service ${service.id}`;
      expect(service.durationMinutes, label).toBeGreaterThan(0);
      // Only a service that says so (e.g. a free consultation) may cost nothing.
      if (service.price === 0) expect(service.priceNote, `${label} is free: say so in priceNote`).toBeDefined();
      else expect(service.price, label).toBeGreaterThan(0);
      if (service.deposit !== undefined) {
        expect(service.deposit, `${label} deposit`).toBeGreaterThan(0);
        expect(service.deposit, `${label} deposit`).toBeLessThanOrEqual(service.price);
      }
      expect(duplicates(service.variants.map((v) => v.id)), `${label} duplicate variant ids`).toEqual([]);
      for (const variant of service.variants) {
        expect(variant.price, `${label} variant ${variant.id}`).toBeGreaterThan(0);
        expect(variant.durationMinutes, `${label} variant ${variant.id}`).toBeGreaterThan(0);
      }
      if (service.variants.length > 0) {
        // The base price and duration are those of the smallest variant.
        expect(service.price, `${label} base price`).toBe(Math.min(...service.variants.map((v) => v.price)));
        expect(service.durationMinutes, `${label} base duration`).toBe(
          Math.min(...service.variants.map((v) => v.durationMinutes)),
        );
      }
    }
  });

  it('quotes only prices that are on the service list', () => {
    const file = parseDemo(name);
    const [defaultLanguage] = file.profile.languages;
    const allowed = new Set([
      ...file.services.flatMap((s) => [s.price, s.priceMax, s.deposit, ...s.variants.map((v) => v.price)]),
      ...(EXTRA_AMOUNTS[file.id] ?? []),
    ]);
    const code = file.profile.currency;
    const symbol = (CURRENCY_SYMBOLS[code] ?? code).replace(/[$]/g, '\\$&');
    const amount = String.raw`(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?`;
    const pattern = new RegExp(String.raw`(?:${symbol}|${code})\s?${amount}|${amount}\s?(?:${code}\b|${symbol})`, 'g');
    const unknown = findLocalized(file, (key) => file.profile.languages.includes(key)).flatMap(([path, value]) =>
      [...(value[defaultLanguage!] ?? Object.values(value)[0] ?? '').matchAll(pattern)]
        .map((m) => Number((m[1] ?? m[2])!.replaceAll(',', '')))
        .filter((n) => !allowed.has(n))
        .map((n) => `${path}: ${n}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe.each(FILES)('BusinessProfileFile rejects a broken copy of %s', (name) => {
  // The demos spell out every field, so their JSON already has the parsed shape.
  const breakages: [string, (file: BusinessProfileFile) => void, (string | number)[]][] = [
    ['a negative service price', (f) => void (f.services[0]!.price = -1), ['services', 0, 'price']],
    ['a timezone that does not exist', (f) => void (f.profile.timezone = 'Mars/Base'), ['profile', 'timezone']],
    ['an id with nothing to make a slug of', (f) => void (f.qa[1]!.id = '💅'), ['qa', 1, 'id']],
    ['a duplicate Q&A id', (f) => void (f.qa[1]!.id = f.qa[0]!.id), ['qa', 1, 'id']],
    [
      'a misspelt weekday (unknown keys are refused, not silently dropped)',
      (f) => void ((f.hours as unknown as Record<string, unknown>).Tuseday = [{ open: '09:00', close: '17:00' }]),
      ['hours'],
    ],
    [
      'a misspelt service field',
      (f) => void ((f.services[0] as unknown as Record<string, unknown>).pricee = 10),
      ['services', 0],
    ],
    [
      'a holiday closing before it opens',
      (f) => void (f.holidays[0]!.hours = [{ open: '18:00', close: '09:00' }]),
      ['holidays', 0, 'hours', 0],
    ],
    [
      'a bookable resource for a service that does not exist',
      (f) => void (f.settings.booking.resources[0]!.services = ['no-such-service']),
      ['settings', 'booking', 'resources', 0, 'services', 0],
    ],
    [
      'a slot grid that does not fit the hour',
      (f) => void (f.settings.booking.slotMinutes = 25),
      ['settings', 'booking', 'slotMinutes'],
    ],
  ];

  it.each(breakages)('%s', (_label, breakIt, path) => {
    const copy = readDemo(name) as BusinessProfileFile;
    expect(BusinessProfileFile.safeParse(copy).success).toBe(true);
    breakIt(copy);
    const result = BusinessProfileFile.safeParse(copy);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    expect(
      issues.map((issue) => issue.path),
      formatIssues(issues),
    ).toContainEqual(path);
  });
});
