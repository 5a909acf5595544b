/**
 * Every evaluation split is valid, the untouched ones included: what
 * `npm run eval -- --split S --check` says by hand, run for every split so
 * that a malformed set cannot land. Nothing here reads a reply; a failure
 * names the set and the problem, never a message's text.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BusinessProfileFile } from '../src/profile/schema.js';
// @ts-expect-error -- a plain ES module script without type declarations
import { unknownReferences } from './eval-score.mjs';

const evalDir = new URL('../eval/', import.meta.url);
const demoDir = new URL('../demo/', import.meta.url);

const splitDirs = readdirSync(evalDir).filter(
  (name) => name !== 'businesses' && statSync(new URL(name, evalDir)).isDirectory(),
);

/** The split names eval.mjs accepts, read from its source (it runs on import). */
function scriptSplits(): string[] {
  const source = readFileSync(new URL('eval.mjs', import.meta.url), 'utf8');
  const development = /const DEVELOPMENT = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  const rest = /const SPLITS = \[\.\.\.DEVELOPMENT,([^\]]*)\]/.exec(source)?.[1] ?? '';
  return [...`${development},${rest}`.matchAll(/'([a-z0-9]+)'/g)].map((m) => m[1]!);
}

function businessFile(id: string): URL | undefined {
  return [new URL(`${id}.json`, demoDir), new URL(`businesses/${id}.json`, evalDir)].find(existsSync);
}

interface EvalSet {
  business: string;
  split?: string;
  now: string;
  messages: { id: string; text: string; kind: string; lang: string; expect: string[]; now?: string }[];
}

describe('the evaluation splits', () => {
  it('are exactly the splits eval.mjs knows', () => {
    expect([...splitDirs].sort()).toEqual([...scriptSplits()].sort());
  });

  describe.each(splitDirs)('%s', (split) => {
    const files = readdirSync(new URL(`${split}/`, evalDir)).filter((f) => f.endsWith('.json'));

    it('has sets', () => {
      expect(files.length).toBeGreaterThan(0);
    });

    it.each(files)('%s is a valid set for a valid business', (file) => {
      const set = JSON.parse(readFileSync(new URL(`${split}/${file}`, evalDir), 'utf8')) as EvalSet;
      expect(`${set.business}.json`).toBe(file);
      if (set.split !== undefined) expect(set.split).toBe(split);
      expect(Number.isNaN(Date.parse(set.now))).toBe(false);
      const where = businessFile(set.business);
      expect(where, `no business "${set.business}"`).toBeDefined();
      const parsed = BusinessProfileFile.safeParse(JSON.parse(readFileSync(where!, 'utf8')));
      expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual([]);
      expect(set.messages.length).toBeGreaterThan(0);
      const problems: string[] = unknownReferences(set.messages, parsed.data);
      for (const m of set.messages) {
        if (typeof m.text !== 'string' || m.text.trim() === '') problems.push(`${m.id}: no text`);
        // A BCP 47 tag: a language, then a script or a region, a region after a script, and variants ("ca-ES-valencia").
        if (
          !/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?(?:-(?:[A-Z]{2}|\d{3}))?(?:-(?:[a-z0-9]{5,8}|\d[a-z0-9]{3}))*$/.test(
            m.lang ?? '',
          )
        )
          problems.push(`${m.id}: language "${m.lang}"`);
        if (m.now !== undefined && Number.isNaN(Date.parse(m.now))) problems.push(`${m.id}: now "${m.now}"`);
      }
      expect(problems).toEqual([]);
    });
  });

  it('never repeat a message id across splits', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const split of splitDirs) {
      for (const file of readdirSync(new URL(`${split}/`, evalDir)).filter((f) => f.endsWith('.json'))) {
        const set = JSON.parse(readFileSync(new URL(`${split}/${file}`, evalDir), 'utf8')) as EvalSet;
        for (const m of set.messages) {
          const key = `${set.business}/${m.id}`;
          if (seen.has(key)) repeated.push(`${key} in ${seen.get(key)} and ${split}`);
          seen.set(key, split);
        }
      }
    }
    expect(repeated).toEqual([]);
  });
});
