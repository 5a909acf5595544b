/**
 * Profile files written the way owners write them (fixtures/owners, written
 * from the README and the demo files before reading the schema, and never
 * edited to fit it). Each either loads, with what the owner meant read into
 * the model's form, or fails with every problem listed at once in words the
 * owner can act on. A failing file is then fixed the way its owner would,
 * as little as the messages ask, and must load.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ValidationError, type Issue } from '../errors.js';
import { at } from '../store/collections.js';
import { fakeStaffAccounts, memoryDeps } from '../testing/memory-deps.js';
import { loadProfile } from './load.js';
import { type BusinessProfileFile, readProfileFile } from './schema.js';

const DIR = fileURLToPath(new URL('./fixtures/owners/', import.meta.url));
const fixture = (name: string): unknown => JSON.parse(readFileSync(`${DIR}${name}`, 'utf8'));

/**
 * Sets `value` at a path written as the error messages write it
 * (`services[0].price`) in a parsed JSON file: an owner's fix goes where the
 * message pointed.
 */
function setAt(file: unknown, path: string, value: unknown): void {
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let node = file;
  for (const [i, key] of keys.entries()) {
    if (typeof node !== 'object' || node === null)
      throw new Error(`${path}: ${keys.slice(0, i).join('.')} is not an object`);
    const record = node as Record<string, unknown>;
    if (i === keys.length - 1) record[key] = value;
    else node = record[key];
  }
}
const fixed = (file: unknown, fix: Record<string, unknown>) => {
  for (const [path, value] of Object.entries(fix)) setAt(file, path, value);
  return file;
};

interface Case {
  /** Every problem, in order, as path and message. Absent: the file loads as written. */
  problems?: [string, string | RegExp][];
  /** What the owner changes after reading the messages. */
  fix?: Record<string, unknown>;
  /** The loaded file says what the owner meant. */
  check: (file: BusinessProfileFile) => void;
}

const CASES: Record<string, Case> = {
  'unas-coyoacan.json': {
    check: (f) => {
      expect(f.profile).toMatchObject({
        languages: ['es'],
        locales: { es: 'es-MX' },
        currency: 'MXN',
        website: 'https://unascoyoacan.mx',
      });
      expect(f.hours.sat).toEqual([{ open: '09:00', close: '19:30' }]);
      expect(f.services[0]).toMatchObject({ durationMinutes: 60, price: 350.5, variants: [] });
      expect(f.holidays.map((h) => [h.date, h.hours.length])).toEqual([
        ['2026-12-25', 0],
        ['2027-01-01', 0],
        ['2026-11-02', 1],
      ]);
      expect(f.styleGuide.tone).toBeTruthy();
    },
  },
  'fisio-ribeira-porto.json': {
    problems: [
      [
        'id',
        'required: the business id, lowercase letters, digits and dashes, such as "fisioribeira-fisioterapia-e-reabilitacao"',
      ],
      ['settings.booking.slotMinutes', /^must divide an hour .* got 45: slots start on this grid/],
    ],
    fix: { id: 'fisioribeira', 'settings.booking.slotMinutes': 15 },
    check: (f) => {
      expect(f.profile.languages).toEqual(['pt', 'en']);
      expect(f.profile.locales).toBeUndefined();
      expect(f.hours.mon).toEqual([
        { open: '08:30', close: '13:00' },
        { open: '14:30', close: '20:00' },
      ]);
      // 3 to 14 August, both included, then São João.
      expect(f.holidays.map((h) => h.date)).toEqual([
        '2026-06-24',
        ...Array.from({ length: 12 }, (_, i) => `2026-08-${String(3 + i).padStart(2, '0')}`),
      ]);
      expect(f.services.find((s) => s.id === 'avaliacao')).toMatchObject({ price: 0 });
    },
  },
  'sultan-barbers-dubai.json': {
    problems: [['profile.name', /^expected the name as one text, such as "Sultan Barbers"/]],
    fix: { 'profile.name': 'Sultan Barbers' },
    check: (f) => {
      expect(f.profile.currency).toBe('AED');
      expect(f.profile.website).toBe('https://www.sultanbarbers.ae');
      expect(f.hours.mon).toEqual([{ open: '10:00', close: '24:00' }]);
      // Thursday 10:00–02:00 and Friday 14:00–02:00 run into the next mornings; Saturday closes at midnight.
      expect(f.hours.thu).toEqual([{ open: '10:00', close: '24:00' }]);
      expect(f.hours.fri).toEqual([
        { open: '14:00', close: '24:00' },
        { open: '00:00', close: '02:00' },
      ]);
      expect(f.hours.sat).toEqual([
        { open: '10:00', close: '24:00' },
        { open: '00:00', close: '02:00' },
      ]);
      expect(f.services[1]).toMatchObject({ id: 'skin-fade', durationMinutes: 45 });
      expect(f.staff).toMatchObject([
        { email: 'omar@sultanbarbers.ae', telegramChatId: '512345678' },
        { email: 'yusuf@sultanbarbers.ae', role: 'staff' },
      ]);
    },
  },
  'toilettage-lyon.json': {
    problems: [
      [
        'services[0].price (service "bain-sechage")',
        'expected a number such as 45 or 45.5, got "35€": write the number alone: the currency is profile.currency',
      ],
      [
        'services[2].id (service "toilettage-complet")',
        'duplicate id "toilettage-complet": services[1] has it too; every service needs its own',
      ],
    ],
    fix: { 'services[0].price': 35, 'services[2].id': 'toilettage-chat' },
    check: (f) => {
      expect(f.hours.tue).toEqual([
        { open: '09:00', close: '12:30' },
        { open: '14:00', close: '19:00' },
      ]);
      expect(f.hours.sun).toEqual([]);
      expect(f.services[0]!.variants.map((v) => v.price)).toEqual([35, 45.5, 60]);
      expect(f.profile.website).toBe('http://aupoil-lyon.fr');
    },
  },
  'dental-gracia-barcelona.json': {
    problems: [
      ['id', 'must be lowercase letters, digits and dashes (2–63 characters), such as "clinica-dental-gracia"'],
    ],
    fix: { id: 'clinica-dental-gracia' },
    check: (f) => {
      expect(f.policies.map((p) => p.id)).toEqual(['cancel-lacions', 'financament']);
      expect(f.profile.website).toBe('https://www.dentalgracia.cat');
      expect(f.knowledge[0]!.body).toMatchObject({ ca: expect.stringContaining('| 7–10 | retirada de punts') });
      expect(f.qa.map((q) => q.id)).toEqual(['urgencies', 'mutues', 'nens']);
      expect(f.settings.booking.resources.map((r) => r.services)).toEqual([
        [],
        ['higiene', 'primera-visita'],
        ['implant', 'empast'],
      ]);
    },
  },
  'lash-studio-london.json': {
    problems: [
      [
        'services[3].price (service "volume-full-set")',
        'expected a number such as 45 or 45.5, got "from £95": for a starting price write the number and add "priceNote": "from"; for a range add "priceMax"',
      ],
    ],
    fix: { 'services[3].price': 95, 'services[3].priceNote': 'from' },
    check: (f) => {
      expect(f.profile).toMatchObject({ languages: ['en'], locales: { en: 'en-GB' }, currency: 'GBP' });
      expect(f.services.find((s) => s.id === 'lash-lift')).toMatchObject({ durationMinutes: 60 });
      expect(f.services.find((s) => s.id === 'hybrid-full-set')).toMatchObject({ price: 89.99 });
      expect(f.services.find((s) => s.id === 'brow-lamination')).toMatchObject({ active: false });
      expect(f.staff.map((s) => [s.role, s.telegramChatId])).toEqual([
        ['owner', undefined],
        ['staff', '387654321'],
      ]);
    },
  },
  'vet-valencia.json': {
    problems: [
      ['profile.vertical', 'expected one of "clinic", "grooming", "salon", "dental", "other", got "veterinary"'],
      ['channels[0].type (channel "whatsapp")', /got "whatsapp": say which WhatsApp provider/],
      ['staff[1].role (staff member "citas@vetrussafa.es")', 'expected one of "owner", "staff", got "reception"'],
    ],
    fix: { 'profile.vertical': 'clinic', 'channels[0].type': 'whatsapp-meta', 'staff[1].role': 'staff' },
    check: (f) => {
      expect(f.profile).toMatchObject({ languages: ['es', 'ca', 'en'], locales: { ca: 'ca-ES-valencia' } });
      expect(f.hours.sat).toEqual([{ open: '00:00', close: '24:00' }]);
      expect(f.holidays.map((h) => [h.date, h.hours])).toEqual([
        ['2027-03-17', [{ open: '10:00', close: '14:00' }]],
        ['2027-03-18', [{ open: '10:00', close: '14:00' }]],
        ['2027-03-19', [{ open: '10:00', close: '14:00' }]],
        ['2026-10-09', []],
      ]);
    },
  },
  'massage-studio-amsterdam.json': {
    check: (f) => {
      expect(f.services.map((s) => [s.id, s.durationMinutes, s.price])).toEqual([
        ['massage-60', 60, 70],
        ['massage-90', 90, 100],
      ]);
      expect(f.holidays).toEqual([]);
      expect(f.settings.booking.slotMinutes).toBe(15);
    },
  },
  'salao-bela-sao-paulo.json': {
    check: (f) => {
      expect(f.profile).toMatchObject({
        name: 'Salão Bela – Vila Madalena',
        email: 'contato@salaobela.com.br',
        languages: ['pt'],
        locales: { pt: 'pt-BR' },
        currency: 'BRL',
      });
      expect(f.services[0]).toMatchObject({ price: 120 });
      expect(f.services[4]!.name).toBe('Design de sobrancelha');
      expect(f.qa.map((q) => q.id)).toEqual(['voces-aceitam-pix', 'tem-estacionamento']);
    },
  },
  'coiffure-montreal.json': {
    check: (f) => {
      expect(f.profile).toMatchObject({ languages: ['fr', 'en'], locales: { fr: 'fr-CA', en: 'en-CA' } });
      expect(f.hours).toMatchObject({
        mon: [],
        tue: [{ open: '10:00', close: '18:00' }],
        sat: [{ open: '09:00', close: '17:00' }],
      });
    },
  },
};

const matches = (issues: Issue[], expected: [string, string | RegExp][]) => {
  expect(issues.map((i) => i.path)).toEqual(expected.map(([path]) => path));
  issues.forEach((issue, i) => {
    const message = expected[i]![1];
    if (typeof message === 'string') expect(issue.message).toBe(message);
    else expect(issue.message).toMatch(message);
  });
};

describe('profile files written by owners', () => {
  it('has a case for every fixture', () => {
    expect(Object.keys(CASES).sort()).toEqual(readdirSync(DIR).sort());
  });

  it.each(Object.entries(CASES))('%s', (name, c) => {
    const input = fixture(name);
    let read = readProfileFile(input);
    if (c.problems) {
      expect(read.ok).toBe(false);
      if (!read.ok) matches(read.issues, c.problems);
      fixed(input, c.fix!);
      read = readProfileFile(input);
    }
    if (!read.ok) throw new Error(read.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    c.check(read.file);
    // What was read reads the same again: an exported profile seeds back unchanged.
    const again = readProfileFile(JSON.parse(JSON.stringify(read.file)));
    expect(again.ok && again.file).toEqual(read.file);
  });
});

describe('the seed path (loadProfile)', () => {
  it('refuses a file with every problem in its message, and writes nothing', async () => {
    const { db } = memoryDeps();
    const error = await loadProfile(db, fakeStaffAccounts, fixture('toilettage-lyon.json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toHaveLength(2);
    expect((error as Error).message).toBe(
      [
        'Invalid business profile file, 2 problems:',
        '  services[0].price (service "bain-sechage"): expected a number such as 45 or 45.5, got "35€": write the number alone: the currency is profile.currency',
        '  services[2].id (service "toilettage-complet"): duplicate id "toilettage-complet": services[1] has it too; every service needs its own',
      ].join('\n'),
    );
    expect(await db.get(at.business('au-poil-lyonnais'))).toBeUndefined();
  });

  it('loads an owner file as read, and the same file again changes nothing', async () => {
    const { db } = memoryDeps();
    const first = await loadProfile(db, fakeStaffAccounts, fixture('sultan-barbers-dubai.json')).catch(
      (e: unknown) => e,
    );
    // As written it is refused (the name); fixed as the message says, it loads.
    expect(first).toBeInstanceOf(ValidationError);
    const file = fixed(fixture('sultan-barbers-dubai.json'), { 'profile.name': 'Sultan Barbers' });
    expect(await loadProfile(db, fakeStaffAccounts, file)).toMatchObject({
      businessId: 'sultan-barbers',
      changed: true,
    });
    expect((await db.get(at.business('sultan-barbers')))!.hours.fri).toEqual([
      { open: '14:00', close: '24:00' },
      { open: '00:00', close: '02:00' },
    ]);
    expect(await loadProfile(db, fakeStaffAccounts, file)).toMatchObject({ changed: false });
  });
});
