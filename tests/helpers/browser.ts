import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { createApp, type App } from '../../src/app';
import { MemoryStorage } from '../../src/bot/storage';
import { loadConfig } from '../../src/config';
import { silentLogger } from './silentLog';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** axe-core's script, from the installed package, to add to a page for an accessibility check. */
export const AXE_SCRIPT = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

/** A message bubble in Web Chat's transcript (Web Chat also mirrors text for screen readers). */
export const bubble = (page: Page | Frame, text: string) => page.locator('.webchat__bubble').filter({ hasText: text });

/** Presses a button in the chat and waits for a bubble with the text that should follow. */
export async function press(page: Page | Frame, name: string, waitFor: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).first().click({ timeout: 30_000 });
  await bubble(page, waitFor).first().waitFor({ timeout: 15_000 });
}

/** The shortest way to a plan by buttons: money talk, "Het lukt niet", and "Ja" to the urgent question. */
export async function pressToUrgentPlan(page: Page | Frame): Promise<void> {
  await press(page, 'Ik wil praten over geld', 'Hoe staat het met je geld?');
  await press(page, 'Het lukt niet', 'Herken jij dat?');
  await press(page, 'Ja', 'Moet je binnenkort je huis uit?');
  await press(page, 'Ja', 'binnen drie werkdagen');
}

/** The chat page on a phone-sized screen, and the script errors and refusals (CSP) it reports while open. */
export async function openChatPage(browser: Browser, base: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused/i.test(msg.text())) problems.push(msg.text());
  });
  await page.goto(`${base}/`);
  return { page, problems };
}

/**
 * Debian's Chromium, headless, with the flags this machine's closed network needs. Browser tests
 * never skip: without Chromium they fail with how to install it (`bash .ci/run` does it).
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` (npm test does this when run as root).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** The bot on a free port with memory storage, and a browser: what most browser tests start with. */
export async function startBotAndBrowser(): Promise<{ app: App; base: string; browser: Browser; stop: () => Promise<void> }> {
  const app = await createApp(loadConfig({ LOG_LEVEL: 'silent' }), silentLogger(), new MemoryStorage(3600));
  const base = `http://127.0.0.1:${await app.listen(0)}`;
  const browser = await launchChromium();
  return {
    app,
    base,
    browser,
    stop: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/** Starts the bot and a browser before the file's tests and stops both after; read `base` and `browser` inside tests. */
export function useBotAndBrowser(): { readonly base: string; readonly browser: Browser } {
  let started: Awaited<ReturnType<typeof startBotAndBrowser>> | undefined;
  beforeAll(async () => {
    started = await startBotAndBrowser();
  });
  afterAll(async () => {
    await started?.stop();
  });
  return {
    get base() {
      return started!.base;
    },
    get browser() {
      return started!.browser;
    },
  };
}
