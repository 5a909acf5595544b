/**
 * Bookings and clients end to end, in Chromium, against the emulator suite:
 * the dental demo (Frontdesk is its own calendar), its owner books a
 * client from the calendar, meets the same slot lock a second time, moves
 * and cancels the appointment, and opens the client's page — the real
 * rules, the `staff` callable and the booking transactions behind it.
 */
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, wallClock } from '../../functions/src/domain/hours.js';
import { firebaseStaffAccounts, loadProfile } from '../../functions/src/profile/load.js';
import { admin, demoProfile, resetAndSeed, store, waitFor } from '../../functions/test/emulator/harness.js';
import { hasChromium, HOSTING, launch, newPage, screenshot, setPassword, signIn } from './dashboard-browser.js';

const DENTAL = 'mar-blau-dental';
const OWNER = 'marta@marblau-dental.example';
const TZ = 'Europe/Madrid';
const CONTACT = 'e2e-client-pau';

/** A Monday to Thursday at least two days ahead that is not a holiday: the clinic is open 09:00–14:00. */
function openDay(): string {
  const holidays = new Set((demoProfile(DENTAL).holidays as { date: string }[]).map((h) => h.date));
  let day = addDays(wallClock(new Date(), TZ).date, 2);
  for (;;) {
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 4 && !holidays.has(day)) return day;
    day = addDays(day, 1);
  }
}

describe.skipIf(!hasChromium)('bookings in Chromium', { timeout: 90_000 }, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const day = openDay();
  const appointments = () => admin().collection(`businesses/${DENTAL}/appointments`);

  beforeAll(async () => {
    await resetAndSeed();
    // This package's firebase-admin (not the harness's copy under functions/), as setPassword uses it.
    const auth = getAuth(getApps()[0] ?? initializeApp({ projectId: 'demo-frontdesk' }));
    await loadProfile(store(), firebaseStaffAccounts(auth), demoProfile(DENTAL));
    await setPassword(OWNER);
    // A client who wrote on WhatsApp before (what ingest keeps on a contact).
    await admin()
      .doc(`businesses/${DENTAL}/contacts/${CONTACT}`)
      .set({
        name: 'Pau Vidal',
        identities: ['whatsapp:34600111222'],
        channelNames: { whatsapp: 'Pau' },
        client: { name: 'Pau Vidal', phone: '+34 600 111 222', noShows: 0, lateCancellations: 0 },
        createdAt: new Date(),
        lastSeenAt: new Date(),
      });
    browser = await launch();
    page = (await newPage(browser, errors)).page;
  }, 120_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      await screenshot(page, ctx.task.name.slice(0, 40).replace(/\W+/g, '-'), true).catch(() => undefined);
      console.error('page errors so far:', errors);
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  const card = () => page.getByTestId('appointment').first();

  const book = async (time: string) => {
    await page.getByRole('button', { name: 'New appointment' }).click();
    const form = page.getByRole('form', { name: 'New appointment' });
    await form.getByLabel('Service').selectOption('cleaning');
    await form.getByLabel('With').selectOption('julia');
    await form.getByLabel(/When/).fill(`${day}T${time}`);
    await form.getByLabel('Find the client').fill('pau');
    await form.getByLabel('Client', { exact: true }).selectOption(CONTACT);
    await form.getByRole('button', { name: 'Book' }).click();
    return form;
  };

  it('books from the calendar; the same time again is refused by the slot lock', async () => {
    await signIn(page, OWNER);
    await page.waitForURL(`**/b/${DENTAL}/inbox`);
    await page.goto(`${HOSTING}/b/${DENTAL}/bookings`);
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await page.getByLabel('Day', { exact: true }).fill(day);
    await page.getByText('No appointments this day').waitFor();

    await book('10:00');
    // The callable holds the slot, then books it: the live calendar may show the hold for a moment first.
    await page
      .getByRole('region', { name: 'Júlia Santos' })
      .locator('[data-testid="appointment"][data-status="confirmed"]')
      .waitFor({ timeout: 20_000 });
    expect(await card().textContent()).toMatch(/10:00–10:45.*Pau Vidal/);
    const [stored] = (await appointments().get()).docs;
    expect(stored!.data()).toMatchObject({ contactId: CONTACT, resourceId: 'julia', source: 'staff' });
    expect(wallClock(stored!.data().start.toDate(), TZ)).toMatchObject({ date: day });

    const again = await book('10:00');
    await again
      .getByRole('alert')
      .filter({ hasText: /taken|not free/ })
      .waitFor();
    expect((await appointments().get()).docs.filter((d) => d.data().status !== 'cancelled')).toHaveLength(1);
    await again.getByRole('button', { name: 'Close' }).click();
  });

  it('moves the appointment to another time', async () => {
    await card().getByRole('button', { name: 'Move…' }).click();
    await card().getByLabel('New time').fill(`${day}T11:30`);
    await card().getByRole('button', { name: 'Move', exact: true }).click();
    await page.getByTestId('appointment').filter({ hasText: '11:30–12:15' }).waitFor({ timeout: 20_000 });
    const moved = await waitFor(async () => {
      const [doc] = (await appointments().get()).docs;
      const start = doc?.data().start.toDate() as Date | undefined;
      return start && wallClock(start, TZ).minutes === 11 * 60 + 30 ? doc : undefined;
    }, 'the moved appointment in Firestore');
    expect(moved.data().status).toBe('confirmed');
    await screenshot(page, 'bookings');
  });

  it('cancels it, and the client page shows it', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await card().getByRole('button', { name: 'Cancel' }).click();
    await page.locator('[data-testid="appointment"][data-status="cancelled"]').waitFor({ timeout: 20_000 });
    expect((await appointments().get()).docs[0]!.data().status).toBe('cancelled');

    await card().getByRole('link', { name: 'Pau Vidal' }).click();
    const client = page.getByTestId('client-page');
    await client.getByText('+34 600 111 222').waitFor();
    await client.getByText('Cancelled').waitFor();
  });

  it('is usable at a phone’s width: nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${HOSTING}/b/${DENTAL}/bookings`);
    await page.getByRole('button', { name: 'New appointment' }).waitFor();
    await page.getByLabel('Day', { exact: true }).fill(day);
    await page.locator('[data-testid="appointment"][data-status="cancelled"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'bookings-phone');
    expect(errors).toEqual([]);
  });
});
