import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { declaredParams } from 'firebase-functions/params';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  effectiveConfig,
  INSTAGRAM_APP_SECRET,
  META_APP_SECRET,
  optionalSecretValue,
  retryPolicy,
  secretValue,
  vendorUrls,
} from './config.js';
import { DEFAULT_RETRY } from './domain/work-state.js';
import { ConfigError } from './errors.js';
import { VENDOR_APIS } from './vendor/apis.js';

const ENV_FILE = fileURLToPath(new URL('../.env.demo-frontdesk', import.meta.url));
const EMULATORS = pathToFileURL(fileURLToPath(new URL('../scripts/emulators.mjs', import.meta.url))).href;

/** The values a dotenv file sets (KEY=value lines; comments and blanks skipped). */
function dotenv(path: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z][A-Z0-9_]*=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
}

const NAMES = [
  ...Object.values(VENDOR_APIS).map((v) => v.param),
  'FRONTDESK_RETRY_BASE_MS',
  'FRONTDESK_RETRY_MAX_DELAY_MS',
  'FRONTDESK_RETRY_MAX_ATTEMPTS',
  'META_APP_SECRET',
  'INSTAGRAM_APP_SECRET',
];

describe('configuration params', () => {
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const name of NAMES) {
      saved[name] = process.env[name];
      Reflect.deleteProperty(process.env, name);
    }
  });
  afterEach(() => {
    for (const name of NAMES) {
      if (saved[name] === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = saved[name];
    }
  });

  it('the demo project sets every declared param, so the emulator never stops to ask for one', () => {
    const file = dotenv(ENV_FILE);
    const settings = declaredParams.filter((p) => !('type' in p.constructor && p.constructor.type === 'secret'));
    const missing = settings.map((p) => p.name).filter((name) => !(name in file));
    expect(settings.length).toBeGreaterThanOrEqual(Object.keys(VENDOR_APIS).length + 3);
    expect(missing).toEqual([]);
  });

  it('…and points at the same local fakes, with the same test tuning, as scripts/emulators.mjs', async () => {
    const file = dotenv(ENV_FILE);
    const { FAKE_VENDORS, TEST_TUNING } = (await import(EMULATORS)) as {
      FAKE_VENDORS: Record<string, string>;
      TEST_TUNING: Record<string, string>;
    };
    for (const [name, value] of Object.entries({ ...FAKE_VENDORS, ...TEST_TUNING })) {
      if (name in file) expect(file[name], name).toBe(value);
    }
    expect(file.FRONTDESK_GRAPH_API_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('vendor URLs: the param when set, else the vendor’s own', () => {
    expect(vendorUrls()).toEqual(Object.fromEntries(Object.entries(VENDOR_APIS).map(([api, v]) => [api, v.url])));
    process.env.FRONTDESK_GRAPH_API_URL = 'http://127.0.0.1:4010';
    process.env.FRONTDESK_TELEGRAM_API_URL = '  ';
    expect(vendorUrls()).toMatchObject({ graphApi: 'http://127.0.0.1:4010', telegram: 'https://api.telegram.org' });
  });

  it('retry policy: each param when a positive integer, else the default', () => {
    expect(retryPolicy()).toEqual(DEFAULT_RETRY);
    process.env.FRONTDESK_RETRY_BASE_MS = '200';
    process.env.FRONTDESK_RETRY_MAX_ATTEMPTS = '-3';
    process.env.FRONTDESK_RETRY_MAX_DELAY_MS = 'soon';
    expect(retryPolicy()).toEqual({ ...DEFAULT_RETRY, baseDelayMs: 200 });
  });

  it('a secret the function did not bind is a ConfigError naming it; bound but empty is "not set"', () => {
    const unbound = (() => {
      try {
        secretValue(META_APP_SECRET);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(unbound).toBeInstanceOf(ConfigError);
    expect((unbound as Error).message).toMatch(/META_APP_SECRET is not available to this function: bind it/);
    process.env.META_APP_SECRET = '';
    expect(secretValue(META_APP_SECRET)).toBeUndefined();
    process.env.META_APP_SECRET = 'the-real-app-secret';
    expect(secretValue(META_APP_SECRET)).toBe('the-real-app-secret');
  });

  it('an optional secret (an LLM key) may be unbound: undefined, with one warning that names it', () => {
    const warnings: string[] = [];
    const log = {
      info: () => undefined,
      error: () => undefined,
      warn: (m: string, f?: object) => warnings.push(`${m} ${JSON.stringify(f)}`),
    };
    expect(optionalSecretValue(INSTAGRAM_APP_SECRET, log)).toBeUndefined();
    expect(optionalSecretValue(INSTAGRAM_APP_SECRET, log)).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('INSTAGRAM_APP_SECRET');
    process.env.INSTAGRAM_APP_SECRET = 'bound-and-set';
    expect(optionalSecretValue(INSTAGRAM_APP_SECRET, log)).toBe('bound-and-set');
  });

  it('the configuration in effect says of each secret only whether it is there', () => {
    process.env.META_APP_SECRET = 'the-real-app-secret';
    process.env.INSTAGRAM_APP_SECRET = '';
    const shown = effectiveConfig();
    expect(JSON.stringify(shown)).not.toContain('the-real-app-secret');
    expect(shown.credentials).toEqual(
      expect.arrayContaining([
        'META_APP_SECRET: set',
        `${INSTAGRAM_APP_SECRET.name}: empty`,
        'CHAT_SESSION_SECRET: not bound',
      ]),
    );
    expect(shown).toMatchObject({ vendorUrls: { graphApi: 'https://graph.facebook.com' }, retry: DEFAULT_RETRY });
  });
});
