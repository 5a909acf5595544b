/**
 * The layering of functions/src, checked over every import so that it stays
 * what docs/architecture.md says. Each folder (or top-level file) is a
 * layer; a layer may import only the layers listed for it. External
 * packages are checked too: the domain is pure, and Firebase stays at the
 * edges.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/**
 * Layers each layer may import (itself always allowed). An entry with a
 * slash allows one file of another layer (e.g. the RawRequest type).
 */
const ALLOWED: Record<string, readonly string[]> = {
  domain: [],
  errors: [],
  validation: ['errors'],
  // The vendor HTTP client is for every vendor, so it knows none of them.
  vendor: ['errors'],
  channels: ['domain', 'errors', 'validation', 'vendor', 'http/raw-request'],
  // What `channels:register` runs: the adapters' registrations, with the business's stored secrets.
  setup: ['channels', 'domain', 'errors', 'store', 'vendor'],
  config: ['domain', 'errors', 'log', 'vendor'],
};

/** External packages each layer may import; node: built-ins are allowed everywhere but in the domain. */
const PACKAGES: Record<string, readonly string[]> = {
  domain: ['zod'],
  vendor: [],
  channels: ['zod', 'grammy'],
  config: ['firebase-functions'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|contract|test-helper)\.ts$/.test(name) ? [path] : [];
  });
}

const layerOf = (file: string) =>
  relative(SRC, file)
    .split(/[\\/]/)[0]!
    .replace(/\.(ts|js)$/, '');

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

describe('layering of functions/src', () => {
  const files = sourceFiles(SRC);

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`${layer} imports only ${allowed.length ? allowed.join(', ') : 'itself'}`, () => {
      const offences: string[] = [];
      for (const file of files.filter((f) => layerOf(f) === layer)) {
        for (const spec of importsOf(file)) {
          if (spec.startsWith('.')) {
            const resolved = resolve(dirname(file), spec);
            const target = layerOf(resolved);
            const targetFile = relative(SRC, resolved)
              .replace(/\\/g, '/')
              .replace(/\.(ts|js)$/, '');
            const ok = target === layer || allowed.includes(target) || allowed.includes(targetFile);
            if (!ok) offences.push(`${relative(SRC, file)} → ${spec}`);
          } else if (spec.startsWith('node:')) {
            if (layer === 'domain') offences.push(`${relative(SRC, file)} → ${spec}`);
          } else {
            const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
            const packages = PACKAGES[layer];
            if (packages && !packages.includes(pkg)) offences.push(`${relative(SRC, file)} → ${spec}`);
          }
        }
      }
      expect(offences).toEqual([]);
    });
  }
});
