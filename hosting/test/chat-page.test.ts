// The built Hosting files in a real browser: hosting/ is built with Vite into a temporary folder,
// served next to an in-memory fake of the chat API, and driven with Debian's Chromium.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createBuilder } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeChatApi, serveHosting, serveHostPage, type RunningServer } from './fake-chat-server';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const hostingDir = fileURLToPath(new URL('..', import.meta.url));

let built: Promise<string> | undefined;

/** Builds hosting/ (pages and widget.js) once per run into a temporary dist folder. */
function buildHosting(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'frontdesk-hosting-'));
    const builder = await createBuilder({
      configFile: join(hostingDir, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir },
    });
    await builder.buildApp();
    return outDir;
  })();
  return built;
}

afterAll(async () => {
  if (built) await rm(await built, { recursive: true, force: true });
});

describe('hosting build', () => {
  it('emits the dashboard, the chat page and a self-contained widget.js', { timeout: 60_000 }, async () => {
    const dist = await buildHosting();
    const dashboard = await readFile(join(dist, 'index.html'), 'utf8');
    expect(dashboard).toContain('<div id="root"></div>');
    expect(dashboard).toContain('href="/chat/"');
    expect(await readFile(join(dist, 'chat/index.html'), 'utf8')).toMatch(/<script type="module"[^>]+\/assets\//);

    // A classic script that other sites load with <script src>: one IIFE, no ES module syntax.
    const widget = await readFile(join(dist, 'widget.js'), 'utf8');
    expect(widget.startsWith('var FrontdeskWidget=(function')).toBe(true);
    expect(widget).not.toMatch(/^\s*(import|export)\s/m);
    expect(widget).toContain('.fd-launcher');
  });
});

describe.skipIf(!existsSync(CHROMIUM))(
  'chat page and widget in Chromium (needs Debian chromium; .ci/run installs it)',
  { timeout: 45_000 },
  () => {
    const fake = new FakeChatApi();
    let hosting: RunningServer;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      const dist = await buildHosting();
      hosting = await serveHosting(dist, fake);
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await hosting?.close();
    });

    afterEach(async () => {
      // Close each test's pages so their long-polls do not take the failures injected by the next test.
      await Promise.all(contexts.splice(0).map((context) => context.close()));
      expect(pageErrors.splice(0)).toEqual([]); // no uncaught errors in any page
    });

    async function newPage(viewport = { width: 1100, height: 800 }): Promise<Page> {
      const context = await browser.newContext({ viewport, locale: 'en-GB' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    }

    async function openChat(page: Page, businessName = 'Glow Laser Clinic'): Promise<void> {
      await page.goto(`${hosting.url}/chat/`);
      await page.getByRole('button', { name: new RegExp(businessName) }).click();
      await page.getByRole('heading', { level: 1, name: businessName }).waitFor();
    }

    async function send(page: Page, text: string): Promise<void> {
      await page.getByRole('textbox', { name: /^Message / }).fill(text);
      await page.keyboard.press('Enter');
    }

    const bubble = (page: Page, author: 'customer' | 'ai', text: string) =>
      page.locator(`.fd-msg--${author}`, { has: page.locator('.fd-msg__text', { hasText: text }) });

    it('picks a business, shows the message at once and the AI reply live; a reload restores it', async () => {
      const page = await newPage();
      const sessionsBefore = fake.sessions.size;
      await openChat(page);
      expect(new URL(page.url()).searchParams.get('business')).toBe('glow-laser-clinic');
      await page.getByText("Hi! I'm the front desk at Glow Laser Clinic").waitFor();

      await send(page, 'What are your opening hours?');
      await bubble(page, 'customer', 'What are your opening hours?').waitFor();
      expect(await page.getByRole('textbox', { name: 'Message Glow Laser Clinic' }).inputValue()).toBe('');
      await page.getByText('Glow Laser Clinic is typing…').waitFor();

      await bubble(page, 'ai', 'Echo: What are your opening hours?').waitFor();
      await page.getByText('Glow Laser Clinic is typing…').waitFor({ state: 'hidden' });
      await page.locator('.fd-msg--customer[data-status="delivered"]').waitFor();
      expect(await page.locator('.fd-msg--customer').count()).toBe(1); // optimistic bubble deduped by id
      expect(await page.getByRole('log').getAttribute('aria-live')).toBe('polite');
      await page.screenshot({ path: '/tmp/chat-page.png' });

      await page.reload();
      await bubble(page, 'ai', 'Echo: What are your opening hours?').waitFor();
      expect(await page.locator('.fd-msg--customer').count()).toBe(1);
      expect(fake.sessions.size).toBe(sessionsBefore + 1);
      const stored = await page.evaluate(() => localStorage.getItem('frontdesk.chat.glow-laser-clinic'));
      expect(JSON.parse(stored ?? 'null')).toMatchObject({ sessionId: expect.any(String), token: expect.any(String) });
    });

    it('lays Arabic text out right-to-left (dir="auto" on bubbles and the composer)', async () => {
      const page = await newPage();
      await openChat(page);
      const arabic = 'مرحبا، هل عندكم موعد يوم الخميس؟';
      const composer = page.getByRole('textbox', { name: 'Message Glow Laser Clinic' });
      await composer.fill(arabic);
      expect(await composer.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
      await page.keyboard.press('Enter');

      const text = bubble(page, 'customer', arabic).locator('.fd-msg__text');
      await text.waitFor();
      expect(await text.getAttribute('dir')).toBe('auto');
      expect(await text.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
      expect(await text.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
      const greeting = page.locator('.fd-msg--ai .fd-msg__text').first();
      expect(await greeting.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
      await bubble(page, 'ai', `Echo: ${arabic}`).waitFor();
    });

    it('shows an error and keeps the text when a send fails; the retry reuses the clientMessageId', async () => {
      const page = await newPage();
      await openChat(page);
      fake.failNextPosts({ kind: 'status', status: 500 });

      await send(page, 'Can I book laser for Friday?');
      const alert = page.getByRole('alert');
      await alert.getByText("Couldn't send").waitFor();
      const composer = page.getByRole('textbox', { name: 'Message Glow Laser Clinic' });
      expect(await composer.inputValue()).toBe('Can I book laser for Friday?');
      expect(await bubble(page, 'customer', 'Can I book laser for Friday?').count()).toBe(0);

      await composer.press('Enter');
      await bubble(page, 'ai', 'Echo: Can I book laser for Friday?').waitFor();
      await alert.waitFor({ state: 'hidden' });
      const attempts = fake.postedMessages.filter((posted) => posted.text === 'Can I book laser for Friday?');
      expect(attempts.map((attempt) => attempt.status)).toEqual([500, 202]);
      expect(attempts[0]!.clientMessageId).toBe(attempts[1]!.clientMessageId);
      expect(attempts[0]!.clientMessageId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    });

    it('keeps long-polling through server and network errors, with a visible "reconnecting" state', async () => {
      const page = await newPage();
      await openChat(page);
      await send(page, 'First question');
      await bubble(page, 'ai', 'Echo: First question').waitFor();

      // A 503, then dropped connections (Chromium quietly retries a GET once on a dropped keep-alive
      // socket, so two drops may surface as one network error).
      fake.failNextPolls({ kind: 'status', status: 503 }, { kind: 'network' }, { kind: 'network' });
      await send(page, 'Are you still there?');
      await page.getByText('Connection lost — reconnecting…').waitFor();
      await bubble(page, 'ai', 'Echo: Are you still there?').waitFor();
      await page.getByText('Connection lost — reconnecting…').waitFor({ state: 'hidden' });
      expect(await page.locator('.fd-msg--customer').count()).toBe(2);
    });

    it('"Start over" forgets the conversation and the next message opens a new session', async () => {
      const page = await newPage();
      await openChat(page, 'Paws & Claws Grooming');
      await send(page, 'Do you groom cats?');
      await bubble(page, 'ai', 'Echo: Do you groom cats?').waitFor();
      const firstSession = await page.evaluate(() => localStorage.getItem('frontdesk.chat.paws-and-claws'));

      await page.getByRole('button', { name: 'Start over' }).click();
      expect(await page.locator('.fd-msg--customer').count()).toBe(0);
      await page.getByText('Woof! How can we help your pet today?').waitFor();
      expect(await page.evaluate(() => localStorage.getItem('frontdesk.chat.paws-and-claws'))).toBeNull();

      await send(page, 'And dogs?');
      await bubble(page, 'ai', 'Echo: And dogs?').waitFor();
      expect(await bubble(page, 'ai', 'Echo: Do you groom cats?').count()).toBe(0);
      const secondSession = await page.evaluate(() => localStorage.getItem('frontdesk.chat.paws-and-claws'));
      expect(secondSession).not.toBeNull();
      expect(secondSession).not.toBe(firstSession);
    });

    it('fits a phone screen: no sideways scrolling, composer on screen', async () => {
      const page = await newPage({ width: 360, height: 700 });
      await openChat(page);
      await send(page, 'A fairly long question about prices for full-leg laser hair removal sessions?');
      await bubble(page, 'ai', 'Echo: A fairly long question').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const box = await page.getByRole('textbox', { name: 'Message Glow Laser Clinic' }).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(700);
    });

    it('widget.js on another site: a floating bubble that opens the chat', async () => {
      const site = await serveHostPage(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Glow Laser Clinic</title>
<style>button { background: red; font-size: 40px } p { color: green }</style></head>
<body><h1>Welcome to Glow</h1>
<script src="${hosting.url}/widget.js" data-business="glow-laser-clinic" async></script>
</body></html>`);
      try {
        const page = await newPage();
        await page.goto(site.url);
        const launcher = page.getByRole('button', { name: 'Open chat' });
        await launcher.waitFor();
        expect(await launcher.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
        const api = await page.evaluate(
          () => typeof (window as unknown as { FrontdeskWidget?: { open?: unknown } }).FrontdeskWidget?.open,
        );
        expect(api).toBe('function');

        await launcher.click();
        const dialog = page.getByRole('dialog', { name: 'Chat with Glow Laser Clinic' });
        await dialog.getByRole('heading', { name: 'Glow Laser Clinic' }).waitFor();
        await dialog.getByRole('textbox', { name: 'Message Glow Laser Clinic' }).fill('Hello from the website');
        await page.keyboard.press('Enter');
        await dialog.locator('.fd-msg--ai', { hasText: 'Echo: Hello from the website' }).waitFor();
        // The host page's CSS stays out of the shadow root.
        const sendColour = await dialog
          .getByRole('button', { name: 'Send message' })
          .evaluate((element) => getComputedStyle(element).backgroundColor);
        expect(sendColour).not.toBe('rgb(255, 0, 0)');

        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'hidden' });
        expect(await page.getByRole('button', { name: 'Open chat' }).getAttribute('aria-expanded')).toBe('false');
      } finally {
        await site.close();
      }
    });
  },
);
