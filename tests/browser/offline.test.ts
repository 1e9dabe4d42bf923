import type { Browser } from 'playwright-core';
import { createApp, type App } from '../../src/app';
import { MemoryStorage } from '../../src/bot/storage';
import { MemoryTranscriptStore } from '../../src/bot/directLine/transcriptStore';
import { loadConfig } from '../../src/config';
import { launchChromium } from '../helpers/browser';
import { silentLogger } from '../helpers/silentLog';

jest.setTimeout(90_000);

/** A transcript store that stops answering when told, as a frozen or stopped Redis does. */
class BreakableTranscripts extends MemoryTranscriptStore {
  broken = false;
  private check(): void {
    if (this.broken) throw new Error('transcript store down');
  }
  override async append(...args: Parameters<MemoryTranscriptStore['append']>) {
    this.check();
    return super.append(...args);
  }
  override async since(...args: Parameters<MemoryTranscriptStore['since']>) {
    this.check();
    return super.since(...args);
  }
}

let app: App;
let base: string;
let browser: Browser;
const transcripts = new BreakableTranscripts();

beforeAll(async () => {
  app = await createApp(loadConfig({ LOG_LEVEL: 'silent' }), silentLogger(), new MemoryStorage(3600), { transcripts });
  base = `http://127.0.0.1:${await app.listen(0)}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('when the chat cannot reach the bot, the page itself shows 112, 113 and 0800-8115', async () => {
  const page = await browser.newPage({ locale: 'nl-NL' });
  await page.goto(`${base}/`);
  await page.locator('.webchat__bubble').filter({ hasText: 'Waar wil je mee beginnen?' }).first().waitFor({ timeout: 30_000 });
  expect(await page.locator('#status').textContent()).toBe('');
  transcripts.broken = true;
  const box = page.getByRole('textbox').first();
  await box.pressSequentially('ik wil dood');
  await box.press('Enter');
  const status = page.locator('#status');
  await status.filter({ hasText: '112' }).waitFor({ timeout: 30_000 });
  const shown = (await status.textContent()) ?? '';
  expect(shown).toContain('Bel 112');
  expect(shown).toContain('0800-0113');
  expect(shown).toContain('0800-8115');
  await page.close();
});
