/**
 * A greeting that asks how the business is today, in the languages the responder reads and through a gist
 * (Haitian Creole), is small talk; a greeting beside a real question about today is not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { businessFrom, OPEN_NOW, request } from '../fixture.test-helper.js';
import type { BusinessContext } from '../responder.js';
import { respond } from './offline.js';

const demoDir = new URL('../../../demo/', import.meta.url);
const load = (file: string): BusinessContext =>
  businessFrom(JSON.parse(readFileSync(new URL(file, demoDir), 'utf8')) as unknown);

describe('a greeting asking how one is today', () => {
  const groomer = load('happy-paws-grooming.json');
  const ask = (text: string) => respond(request(groomer, text, { now: OPEN_NOW }));

  it.each([
    'Hi there! How are you doing today?',
    'hey, hows your day going?',
    'Hola, ¿cómo estás hoy?',
    'Bonjour, comment allez-vous aujourd’hui ?',
    'Hallo, wie geht es Ihnen heute?',
    'Bonswa, kijan ou ye jodi a?',
  ])('answers %j as a greeting', (text) => {
    const reply = ask(text);
    expect(reply.responder, `${reply.note ?? ''} ${reply.text}`).toBe('offline:greeting');
    expect(reply.handoff).toBeUndefined();
  });

  it.each(['hi, are you open today?', 'hello, how are you open today?', 'Hola, ¿abrís hoy?'])(
    'still reads %j as a question about today',
    (text) => {
      const reply = ask(text);
      expect(reply.responder).not.toBe('offline:greeting');
    },
  );
});
