/**
 * The dashboard end to end, in Chromium, against the emulator suite: the
 * built app served by the Hosting emulator, the real rules, callables,
 * webhooks and triggers, and the fake Graph API as WhatsApp.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGraphApi, type FakeGraphApi } from '../../functions/src/testing/fake-graph-api.js';
import {
  admin,
  CLINIC,
  CLINIC_PHONE_ID,
  FAKE_GRAPH_PORT,
  GROOMER,
  metaSignature,
  metaTextWebhook,
  postWebhook,
  resetAndSeed,
  testDeps,
  waitFor,
} from '../../functions/test/emulator/harness.js';
import { dayWindow } from '../../functions/src/analytics/day-window.js';
import { rollupDay } from '../../functions/src/analytics/rollup.js';
import { addDays, wallClock } from '../../functions/src/domain/hours.js';
import { hasChromium, HOSTING, launch, newPage, screenshot, setPassword, signIn } from './dashboard-browser.js';

const OWNER = 'owner@glow-laser-clinic.example';
const GROOMER_OWNER = 'owner@happy-paws-grooming.example';

describe.skipIf(!hasChromium)(
  'dashboard in Chromium (needs Debian chromium; .ci/run installs it)',
  { timeout: 90_000 },
  () => {
    let browser: Browser;
    let graph: FakeGraphApi;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      graph = await startFakeGraphApi({ port: FAKE_GRAPH_PORT });
      await resetAndSeed();
      await setPassword(OWNER);
      await setPassword(GROOMER_OWNER);
      browser = await launch();
      page = (await newPage(browser, errors)).page;
    }, 120_000);

    afterEach(async (ctx) => {
      // A failure leaves a picture of the page and what the browser said, to see why.
      if (ctx.task.result?.state === 'fail') {
        await screenshot(page, ctx.task.name.slice(0, 40).replace(/\W+/g, '-'), true).catch(() => undefined);
        console.error('page errors so far:', errors);
      }
    });

    afterAll(async () => {
      await browser?.close();
      await graph?.close();
    });

    const whatsapp = async (from: string, text: string, name = 'Sara Ahmed') => {
      const id = `wamid.${randomUUID()}`;
      const body = metaTextWebhook({ phoneNumberId: CLINIC_PHONE_ID, from, id, text, name });
      const res = await postWebhook('/webhook/whatsapp/meta', body, { 'x-hub-signature-256': metaSignature(body) });
      expect(res.status).toBe(200);
      return id;
    };
    const sentTo = (to: string) =>
      graph.requests.filter((r) => r.method === 'POST' && (r.body as { to?: string } | undefined)?.to === to);

    it('signs in and shows the inbox (empty to begin with)', async () => {
      await signIn(page, OWNER);
      await page.waitForURL(`**/b/${CLINIC}/inbox`);
      await page.getByText('No conversations yet').waitFor();
      await screenshot(page, 'inbox-empty');
    });

    const customer = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;

    it('shows a WhatsApp message posted to the webhook live, with the AI’s reply and how it was made', async () => {
      await whatsapp(customer, 'Do you offer laser for men?');
      const item = page.getByTestId('conversation-item').filter({ hasText: 'Sara Ahmed' });
      await item.waitFor({ timeout: 30_000 });
      await item.click();
      const messages = page.getByTestId('messages');
      await messages.getByText('Do you offer laser for men?').waitFor();
      const ai = page.locator('[data-author="ai"]').first();
      await ai.waitFor({ timeout: 30_000 });
      await ai.getByTestId('ai-details').locator('summary').click();
      await ai.getByText('Sources').waitFor();
      await screenshot(page, 'conversation');
    });

    it('shows Arabic right to left inside the conversation', async () => {
      await whatsapp(customer, 'كم سعر الليزر للساقين؟');
      const arabic = page.getByTestId('messages').getByText('كم سعر الليزر للساقين؟');
      await arabic.waitFor({ timeout: 30_000 });
      expect(await arabic.evaluate((el) => el.matches(':dir(rtl)'))).toBe(true);
    });

    it('takes over, replies through the outbox to the fake provider, and hands back', async () => {
      await page.getByRole('button', { name: 'Take over' }).click();
      await page.getByTestId('ai-countdown').waitFor();
      expect(await page.getByTestId('ai-countdown').textContent()).toMatch(/AI resumes in \d+:\d\d/);
      await page.getByLabel('Your reply').fill('Hi Sara, this is Dr. Rania — yes, our male therapist treats men.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      const send = await waitFor(
        async () => sentTo(customer).find((r) => JSON.stringify(r.body).includes('this is Dr. Rania')),
        'the staff reply at the fake Graph API',
      );
      expect(send.headers.authorization).toBe('Bearer test-clinic-access-token');
      const staffMessage = page.locator('[data-author="staff"]').last();
      await staffMessage
        .getByTestId('delivery-status')
        .filter({ hasText: /Sent|Delivered|Read/ })
        .waitFor({ timeout: 20_000 });
      await screenshot(page, 'conversation-staff');

      // While a person owns it, the AI stays quiet.
      const before = sentTo(customer).length;
      const quiet = await whatsapp(customer, 'Great, thanks!');
      await page.getByTestId('messages').getByText('Great, thanks!').waitFor({ timeout: 20_000 });
      await new Promise((r) => setTimeout(r, 3000));
      expect(sentTo(customer).length).toBe(before);
      void quiet;

      await page.getByRole('button', { name: 'Hand back to AI' }).click();
      await page.getByTestId('owner-state').getByText('AI is answering').waitFor();
      await whatsapp(customer, 'Do you offer laser for men?');
      await waitFor(
        async () => (sentTo(customer).length > before ? true : undefined),
        'the AI answering again',
        30_000,
      );
    });

    it('labels the conversation and filters the inbox by label; assigns it; edits what the AI remembers', async () => {
      await page.getByRole('button', { name: 'Contact' }).click();
      await page.getByLabel('New label').fill('VIP');
      await page.getByTestId('contact-panel').getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('button', { name: 'Remove label vip' }).waitFor();
      await page.getByLabel('Label', { exact: true }).selectOption('vip');
      const items = page.getByTestId('conversation-item');
      await items.filter({ hasText: 'Sara Ahmed' }).waitFor();
      expect(await items.count()).toBe(1);
      await page.getByLabel('Assigned to').selectOption({ label: 'Dr. Rania Khalil' });
      await waitFor(async () => {
        const snap = await admin()
          .collection(`businesses/${CLINIC}/conversations`)
          .where('labels', 'array-contains', 'vip')
          .get();
        return snap.docs[0]?.get('assignee')?.name === 'Dr. Rania Khalil' ? true : undefined;
      }, 'the assignee stored');
      await screenshot(page, 'inbox-label');
      // What the AI remembers, corrected by staff: stored with the remember tool's shape.
      const memory = page.getByTestId('memory');
      await memory.getByLabel('Preferences').fill('afternoons\nfemale therapist');
      await memory.getByRole('button', { name: 'Save memory' }).click();
      await memory.getByRole('button', { name: 'Saved' }).waitFor();
      await waitFor(async () => {
        const snap = await admin()
          .collection(`businesses/${CLINIC}/contacts`)
          .where('memory.preferences', 'array-contains', 'female therapist')
          .get();
        return snap.docs[0]?.get('memory.preferences')?.length === 2 ? true : undefined;
      }, 'the memory stored');
      await page.getByLabel('Label', { exact: true }).selectOption('');
      await page.getByRole('button', { name: 'Contact' }).click();
    });

    it('schedules a reply for later, shows it waiting, and cancels it before it goes', async () => {
      const text = `Reminder from the clinic ${randomUUID().slice(0, 6)}`;
      await page.getByRole('button', { name: 'Schedule…' }).click();
      // The default is an hour from now on the business's clock, inside the 24-hour window.
      expect(await page.getByLabel(/Send at/).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      await page.getByLabel('Your reply').fill(text);
      await page.getByRole('button', { name: 'Schedule', exact: true }).click();
      await page
        .getByTestId('composer-notice')
        .getByText(/Scheduled for/)
        .waitFor();
      const bubble = page.getByTestId('message').filter({ hasText: text });
      await bubble
        .getByTestId('scheduled')
        .getByText(/Scheduled for/)
        .waitFor();
      await bubble.getByTestId('delivery-status').getByText('Scheduled').waitFor();
      await bubble.getByRole('button', { name: 'Cancel' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'scheduled-send');
      await bubble.getByRole('button', { name: 'Cancel' }).click();
      await bubble.getByTestId('delivery-status').getByText('Not sent').waitFor({ timeout: 15_000 });
      await bubble.getByText(/Cancelled before it was sent by/).waitFor();
      expect(sentTo(customer).some((r) => JSON.stringify(r.body).includes(text))).toBe(false);
    });

    it('edits a Q&A entry and the next answer uses it', async () => {
      await page.goto(`${HOSTING}/b/${CLINIC}/knowledge`);
      await page.getByLabel('Search knowledge').fill('parking');
      await page
        .getByTestId('knowledge-list')
        .getByRole('button', { name: /Is there parking\?/ })
        .click();
      const editor = page.getByTestId('qa-editor');
      const answer = editor.getByRole('group', { name: 'Answer' }).locator('textarea[lang="en"]');
      await answer.fill('Yes: free valet parking at the villa entrance, valet code ZX-42.');
      await screenshot(page, 'knowledge-qa');
      await editor.getByRole('button', { name: 'Save' }).click();
      await editor.waitFor({ state: 'detached' });
      const asker = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
      await whatsapp(asker, 'Is there parking?', 'Omar');
      const reply = await waitFor(
        async () => sentTo(asker).find((r) => JSON.stringify(r.body).includes('ZX-42')),
        'an answer using the edited Q&A entry',
        30_000,
      );
      expect(JSON.stringify(reply.body)).toContain('valet code ZX-42');
    });

    it('asks the assistant in the try-it panel: the answer, its sources and tool calls, nothing stored', async () => {
      const conversations = (await admin().collection(`businesses/${CLINIC}/conversations`).get()).size;
      await page.goto(`${HOSTING}/b/${CLINIC}/try`);
      await page.getByRole('textbox', { name: 'Question' }).fill('Is there parking?');
      await page.getByRole('button', { name: 'Ask' }).click();
      const answer = page.getByTestId('try-it-answer');
      await answer.getByText(/ZX-42/).waitFor({ timeout: 30_000 });
      await answer.getByTestId('try-it-sources').getByText('Is there parking?').waitFor();
      await answer.getByTestId('try-it-tools').waitFor();
      await screenshot(page, 'try-it');
      expect((await admin().collection(`businesses/${CLINIC}/conversations`).get()).size).toBe(conversations);
    });

    it('turns a staff answer after a handoff into a suggested Q&A entry the owner accepts', async () => {
      const asker = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
      await whatsapp(asker, 'Can my sister wait in the treatment room with me?', 'Huda');
      await page.goto(`${HOSTING}/b/${CLINIC}/inbox`);
      await page.getByTestId('conversation-item').filter({ hasText: 'Huda' }).click();
      await page
        .getByTestId('owner-state')
        .getByText(/handed off/)
        .waitFor({ timeout: 30_000 });
      await page.getByLabel('Your reply').fill('Yes, one companion may stay with you in the room.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      // The reply is written before the page is left (leaving could cut the call short).
      await page.getByTestId('messages').getByText('Yes, one companion may stay with you in the room.').waitFor();
      await page.goto(`${HOSTING}/b/${CLINIC}/suggestions`);
      const suggestion = page.getByTestId('suggestion').filter({ hasText: 'treatment room' });
      await suggestion.waitFor({ timeout: 20_000 });
      await suggestion.getByLabel('Answer').fill('Yes — one companion may stay with you in the treatment room.');
      await screenshot(page, 'suggested-qa');
      await suggestion.getByRole('button', { name: 'Accept as Q&A' }).click();
      await suggestion.waitFor({ state: 'detached' });
      const qa = await waitFor(async () => {
        const snap = await admin().collection(`businesses/${CLINIC}/knowledge`).where('kind', '==', 'qa').get();
        return snap.docs.find((d) =>
          String(d.get('answer')).includes('one companion may stay with you in the treatment room'),
        );
      }, 'the accepted Q&A entry');
      expect(qa.id).toMatch(/^qa-can-my-sister-wait-in-the-treatment/);
    });

    it('keeps a question the AI nearly matched as another wording of its closest entry, then answers it', async () => {
      const asked = 'do u have room for my car outside while im inside';
      const asker = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
      await whatsapp(asker, asked, 'Salma');
      await page.goto(`${HOSTING}/b/${CLINIC}/inbox`);
      await page.getByTestId('conversation-item').filter({ hasText: 'Salma' }).click();
      await page
        .getByTestId('owner-state')
        .getByText(/handed off/)
        .waitFor({ timeout: 30_000 });
      await page.getByLabel('Your reply').fill('Yes, valet parking at the villa entrance.');
      await page.getByRole('button', { name: 'Send', exact: true }).click();
      await page.getByTestId('messages').getByText('Yes, valet parking at the villa entrance.').waitFor();
      await page.goto(`${HOSTING}/b/${CLINIC}/suggestions`);
      const suggestion = page.getByTestId('suggestion').filter({ hasText: 'room for my car' });
      await suggestion.waitFor({ timeout: 20_000 });
      // The entry the AI found closest is chosen already.
      const entry = suggestion.getByLabel('Or the same question as');
      await expect.poll(() => entry.locator('option:checked').textContent()).toBe('Is there parking?');
      await screenshot(page, 'suggested-alternate');
      await suggestion.getByRole('button', { name: 'Add as another wording' }).click();
      await suggestion.waitFor({ state: 'detached' });
      const parking = await admin().doc(`businesses/${CLINIC}/knowledge/qa-parking`).get();
      expect(parking.get('alternates')).toContain(asked);

      const next = `9715${Math.floor(10_000_000 + Math.random() * 89_999_999)}`;
      await whatsapp(next, asked, 'Reem');
      const reply = await waitFor(
        async () => sentTo(next).find((r) => JSON.stringify(r.body).includes('ZX-42')),
        'an answer from the entry the wording was added to',
        30_000,
      );
      expect(JSON.stringify(reply.body)).toContain('valet code ZX-42');
    });

    it('invites a member by email, who accepts with a new account and lands in the inbox', async () => {
      await page.goto(`${HOSTING}/b/${CLINIC}/team`);
      const email = `nadia.${Date.now()}@glow-laser-clinic.example`;
      await page.getByLabel('Email').fill(email);
      await page.getByRole('button', { name: 'Create invite link' }).click();
      const link = await page.getByTestId('invite-link').inputValue();
      expect(link).toMatch(new RegExp(`^${HOSTING}/invite/${CLINIC}/[A-Za-z0-9_-]{20,}$`));
      await screenshot(page, 'team');

      const invitee = (await newPage(browser, errors, { width: 390, height: 844 })).page;
      await invitee.goto(link);
      await invitee.getByLabel('Your name').fill('Nadia Saleh');
      await invitee.getByLabel('Email').fill(email);
      await invitee.getByLabel('Password').fill('nadia-password');
      await invitee.getByRole('button', { name: 'Create account' }).click();
      await invitee.getByRole('button', { name: 'Accept the invite' }).click();
      await invitee.waitForURL(`**/b/${CLINIC}/inbox`);
      await invitee.getByTestId('conversation-list').waitFor();
      await screenshot(invitee, 'inbox-phone');

      // Used once: the same link again is refused.
      await invitee.goto(link);
      await invitee.getByRole('button', { name: 'Accept the invite' }).click();
      await invitee.getByText('already been used').waitFor();

      // The owner sees the new member; removing them ends their access at once.
      await page.getByTestId('members').getByText('Nadia Saleh').waitFor();
      await invitee.goto(`${HOSTING}/b/${CLINIC}/inbox`);
      await invitee.getByTestId('conversation-list').waitFor();
      page.once('dialog', (d) => void d.accept());
      await page
        .getByTestId('members')
        .getByRole('row', { name: /Nadia Saleh/ })
        .getByRole('button', { name: 'Remove' })
        .click();
      await invitee.getByTestId('no-access').waitFor({ timeout: 15_000 });
      await invitee.context().close();
    });

    it('refuses a member of another business', async () => {
      const other = (await newPage(browser, errors)).page;
      await signIn(other, GROOMER_OWNER);
      await other.waitForURL(`**/b/${GROOMER}/inbox`);
      await other.goto(`${HOSTING}/b/${CLINIC}/inbox`);
      await other.getByTestId('no-access').waitFor();
      await other.context().close();
    });

    it('shows the business pages', async () => {
      for (const [path, name, ready] of [
        ['business/hours', 'hours', 'Monday'],
        ['business/profile', 'profile', 'Time zone (IANA)'],
        ['services', 'services', 'Duration'],
        ['channels', 'channels', 'Last webhook'],
        ['activity', 'alerts', 'Dead letters'],
      ] as const) {
        await page.goto(`${HOSTING}/b/${CLINIC}/${path}`);
        await page.getByText(ready).first().waitFor();
        await screenshot(page, name);
      }
      // The WhatsApp webhook and sends above are in the channel's diagnostics.
      const status = await admin().doc(`businesses/${CLINIC}/channelStatus/whatsapp-meta_${CLINIC_PHONE_ID}`).get();
      expect(status.get('lastWebhookAt')).toBeTruthy();
      expect(status.get('lastSendAt')).toBeTruthy();
    });

    it('shows today’s conversations in the analytics charts once the day is rolled up; an owner recomputes a day', async () => {
      // The rollup takes its clock as a dependency: run it as the schedule would an hour after today ends in Dubai.
      const today = wallClock(new Date(), 'Asia/Dubai').date;
      const after = new Date(dayWindow(today, 'Asia/Dubai').end.getTime() + 60 * 60 * 1000);
      const metrics = await rollupDay(
        testDeps(() => after),
        CLINIC,
        today,
      );
      expect(metrics.messages.inbound).toBeGreaterThan(0);

      await page.goto(`${HOSTING}/b/${CLINIC}/analytics`);
      await page.getByRole('heading', { name: 'Analytics' }).waitFor();
      // The default range ends yesterday: nothing there yet on a fresh emulator.
      await page.getByText('No metrics for these days yet').waitFor();
      await page.getByLabel('From', { exact: true }).fill(today);
      await page.getByLabel('To', { exact: true }).fill(today);
      const conversations = page.getByTestId('chart-conversations');
      await conversations.locator('.recharts-bar-rectangle').first().waitFor();
      await expect(conversations.textContent()).resolves.toContain('WhatsApp');
      const total = (label: string) => page.locator('.fd-analytics__totals div', { hasText: label }).locator('dd');
      await expect(total('Customer messages').textContent()).resolves.toBe(String(metrics.messages.inbound));
      await expect(total('Conversations').textContent()).resolves.toBe(String(metrics.conversations.active));
      await page.getByTestId('chart-response').locator('.recharts-line-dot').first().waitFor();
      // The whole page in the picture: every chart, not just the first screen.
      const viewport = page.viewportSize();
      await page.getByRole('heading', { name: 'Analytics' }).click();
      await page.setViewportSize({ width: 1280, height: 1900 });
      await page.getByTestId('chart-problems').locator('.recharts-surface').first().waitFor();
      await screenshot(page, 'analytics');
      if (viewport) await page.setViewportSize(viewport);

      // An owner computes yesterday through the callable; the document appears.
      const yesterday = addDays(today, -1);
      await page.getByLabel('Day', { exact: true }).fill(yesterday);
      await page.getByRole('button', { name: 'Compute', exact: true }).click();
      await page.getByText(`${yesterday} computed.`).waitFor({ timeout: 20_000 });
      const stored = await admin().doc(`businesses/${CLINIC}/dailyMetrics/${yesterday}`).get();
      expect(stored.get('date')).toBe(yesterday);
    });

    it('raised no errors in the page', () => {
      expect(errors).toEqual([]);
    });
  },
);
