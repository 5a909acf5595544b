/**
 * Shared pieces of the dashboard's end-to-end tests: Debian's Chromium
 * through playwright-core, the emulator accounts, and screenshots into
 * docs/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const HOSTING = 'http://127.0.0.1:5000';
export const PASSWORD = 'e2e-password-1';
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** Pictures of failures stay out of the repository (.emulators/ is ignored). */
const FAILURES = fileURLToPath(new URL('../../.emulators/e2e-failures/', import.meta.url));

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A fresh browser profile (its own Auth session) with page errors collected. */
export async function newPage(
  browser: Browser,
  errors: string[],
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    // Refused requests (a used invite, a member of another business) are part of the tests; the
    // browser logs their status as "Failed to load resource".
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource'))
      errors.push(`console: ${msg.text()}`);
  });
  return { context, page };
}

/** Gives an emulator account a password (the seed creates staff without one). */
export async function setPassword(email: string, password = PASSWORD): Promise<string> {
  process.env.FIREBASE_AUTH_EMULATOR_HOST ??= '127.0.0.1:9099';
  const auth = getAuth(getApps()[0] ?? initializeApp({ projectId: 'demo-frontdesk' }));
  const user = await auth.getUserByEmail(email);
  await auth.updateUser(user.uid, { password });
  return user.uid;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${HOSTING}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function screenshot(page: Page, name: string, failure = false): Promise<void> {
  const dir = failure ? FAILURES : SCREENSHOTS;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}${name}.png` });
}
