/**
 * Bookings and clients end to end, in Chromium, against the emulator suite:
 * the dental demo (Frontdesk is its own calendar), its owner books a
 * client from the calendar, meets the same slot lock a second time, moves
 * and cancels the appointment, and opens the client's page; marks past
 * appointments completed and a no-show (counted on the client's page); and
 * adds, edits and deletes a client's pet — the real rules, the `staff`
 * callable and the booking transactions behind it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addDays, wallClock, zonedInstant } from '../../functions/src/domain/hours.js';
import { appointmentDoc } from '../../functions/src/store/booking.js';
import { at } from '../../functions/src/store/collections.js';
import { firebaseStaffAccounts, loadProfile } from '../../functions/src/profile/load.js';
import { admin, demoProfile, resetAndSeed, store, waitFor } from '../../functions/test/emulator/harness.js';
import { hasChromium, HOSTING, launch, newPage, screenshot, setPassword, signIn } from './dashboard-browser.js';

const DENTAL = 'mar-blau-dental';
const OWNER = 'marta@marblau-dental.example';
const TZ = 'Europe/Madrid';
const CONTACT = 'e2e-client-pau';
/** Where the functions under the emulators keep media (functions/scripts/emulators.mjs). */
const MEDIA_DIR = process.env.FRONTDESK_MEDIA_DIR!;
/** A 1×1 PNG, as a photo a member picks. */
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

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

  it('marks yesterday’s appointments completed and a no-show; the client page counts the no-show', async () => {
    const yesterday = addDays(wallClock(new Date(), TZ).date, -1);
    // Booked earlier and now past (the admin SDK: no booking can be made in the past).
    const past = async (id: string, hour: number) => {
      const start = zonedInstant(yesterday, hour * 60, TZ);
      const booked = new Date(start.getTime() - 7 * 86_400_000);
      await store().set(
        at.appointment(DENTAL, id),
        appointmentDoc({
          id,
          serviceId: 'cleaning',
          start,
          end: new Date(start.getTime() + 45 * 60_000),
          units: ['r.julia.1'],
          lockKeys: [],
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 0,
          resourceId: 'julia',
          contactId: CONTACT,
          customerName: 'Pau Vidal',
          price: 60,
          deposit: 0,
          currency: 'EUR',
          status: 'confirmed',
          holdExpiresAt: null,
          paymentExpiresAt: null,
          payments: [],
          refunds: [],
          source: 'staff',
          history: [{ at: booked, event: 'book', by: 'staff', from: 'held', to: 'confirmed' }],
          createdAt: booked,
          updatedAt: booked,
        }),
      );
    };
    await past('e2e-past-done', 9);
    await past('e2e-past-missed', 11);

    await page.goto(`${HOSTING}/b/${DENTAL}/bookings`);
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    await page.getByLabel('Day', { exact: true }).fill(yesterday);
    const done = page.getByTestId('appointment').filter({ hasText: '09:00–09:45' });
    const missed = page.getByTestId('appointment').filter({ hasText: '11:00–11:45' });
    await done.getByRole('button', { name: 'Completed' }).click();
    await page.locator('[data-testid="appointment"][data-status="completed"]').waitFor({ timeout: 20_000 });
    await done.getByText('Completed', { exact: true }).waitFor();
    expect(await done.getByRole('button', { name: 'No-show' }).count()).toBe(0);

    page.once('dialog', (dialog) => void dialog.accept());
    await missed.getByRole('button', { name: 'No-show' }).click();
    await page.locator('[data-testid="appointment"][data-status="no_show"]').waitFor({ timeout: 20_000 });
    const stored = await waitFor(async () => {
      const doc = (await admin().doc(`businesses/${DENTAL}/appointments/e2e-past-missed`).get()).data();
      return doc?.status === 'no_show' ? doc : undefined;
    }, 'the no-show in Firestore');
    expect(stored.history.at(-1)).toMatchObject({ event: 'no_show', by: 'owner', to: 'no_show' });

    await missed.getByRole('link', { name: 'Pau Vidal' }).click();
    const client = page.getByTestId('client-page');
    await client.getByTestId('client-no-shows').filter({ hasText: /^1$/ }).waitFor({ timeout: 20_000 });
    await client.getByText('No-show', { exact: true }).waitFor();
    await client.getByText('Completed', { exact: true }).waitFor();
  });

  it('adds a pet to the client, edits it and deletes it', async () => {
    await page.goto(`${HOSTING}/b/${DENTAL}/clients/${CONTACT}`);
    const client = page.getByTestId('client-page');
    await client.getByText('No pets on file.').waitFor();
    await client.getByRole('button', { name: 'Add pet' }).click();
    const add = page.getByRole('form', { name: 'New pet' });
    await add.getByLabel('Name').fill('Nube');
    await add.getByLabel('Species').selectOption('cat');
    await add.getByLabel('Weight (kg)').fill('heavy');
    await add.getByRole('button', { name: 'Save' }).click();
    // The booking model's schema, in the browser, names the field.
    await add.getByTestId('form-issues').filter({ hasText: 'weightKg' }).waitFor();
    await add.getByLabel('Weight (kg)').fill('4,2');
    await add.getByLabel('Birth date').fill('2022-03-14');
    await add.getByLabel('Temperament notes').fill('hides under the chair');
    await add.getByRole('button', { name: 'Save' }).click();
    const pet = client.getByTestId('pet').filter({ hasText: 'Nube' });
    await pet.filter({ hasText: 'cat · 4.2 kg · 2022-03-14' }).waitFor({ timeout: 20_000 });
    await pet.getByText('Temperament: hides under the chair').waitFor();
    const pets = () => admin().collection(`businesses/${DENTAL}/contacts/${CONTACT}/pets`).get();
    const [saved] = (await pets()).docs;
    expect(saved!.data()).toMatchObject({ id: saved!.id, contactId: CONTACT, name: 'Nube', weightKg: 4.2, photos: [] });

    await pet.getByRole('button', { name: 'Edit Nube' }).click();
    const edit = page.getByRole('form', { name: 'Edit Nube' });
    expect(await edit.getByLabel('Weight (kg)').inputValue()).toBe('4.2');
    await edit.getByLabel('Breed').fill('European shorthair');
    await edit.getByRole('button', { name: 'Save' }).click();
    await pet.filter({ hasText: 'cat · European shorthair · 4.2 kg' }).waitFor({ timeout: 20_000 });

    // A photo staff take: scaled and re-encoded in the browser, kept in the (local) media store, shown, removed.
    await pet
      .getByLabel('Photo of Nube', { exact: true })
      .setInputFiles({ name: 'nube.png', mimeType: 'image/png', buffer: TINY_PNG });
    await pet.getByLabel('Caption for the photo of Nube').fill('after her bath');
    await pet.getByRole('button', { name: 'Upload' }).click();
    await pet.getByRole('button', { name: 'Show photo 1' }).click({ timeout: 20_000 });
    const shown = pet.getByRole('img', { name: 'after her bath' });
    expect(await shown.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    const [photo] = (await pets()).docs[0]!.data().photos as { path: string; mimeType: string }[];
    expect(photo).toMatchObject({
      mimeType: 'image/jpeg',
      path: expect.stringMatching(/^businesses\/.+\/pet-photos\//),
    });
    const file = join(MEDIA_DIR, ...photo!.path.split('/'));
    expect(existsSync(file)).toBe(true);
    await screenshot(page, 'client');
    page.once('dialog', (dialog) => void dialog.accept());
    await pet.getByRole('button', { name: 'Remove photo 1 of Nube' }).click();
    await pet.getByRole('button', { name: 'Show photo 1' }).waitFor({ state: 'detached', timeout: 20_000 });
    await waitFor(async () => (existsSync(file) ? undefined : true), 'the uploaded photo deleted from the media store');

    await pet.getByRole('button', { name: 'Edit Nube' }).click();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('form', { name: 'Edit Nube' }).getByRole('button', { name: 'Delete' }).click();
    await client.getByText('No pets on file.').waitFor({ timeout: 20_000 });
    expect((await pets()).docs).toHaveLength(0);
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
