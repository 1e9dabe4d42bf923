import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { AXE_SCRIPT as AXE, startBotAndBrowser } from '../helpers/browser';
import { isoWeek } from '../../src/insight/week';

jest.setTimeout(120_000);

const KEY = 'sleutel-voor-de-browsertest-0123456789';
process.env.INZICHT_KEY_VOORBEELDSTAD = KEY;
const SCREENSHOT = path.join(__dirname, '..', '..', 'docs', 'inzicht.png');

let bot: Awaited<ReturnType<typeof startBotAndBrowser>>;
const errors: string[] = [];

beforeAll(async () => {
  bot = await startBotAndBrowser();
  // Eight weeks of figures, as scripted conversations would leave them.
  const week = 7 * 24 * 3600 * 1000;
  for (let i = 0; i < 8; i++) {
    await bot.app.counts.apply(`seed-${i}`, 'voorbeeldstad', isoWeek(Date.now() - i * week), {
      gesprekken: 20 + 3 * i, metPlan: 12 + i, recentVrij: 7 + (i % 3), terugbellen: i % 2 ? 5 : 2,
      'uitval:welkom': 3, 'uitval:bespreekbaar': 2 + i, 'uitval:fase1': 1, 'uitval:fase2': 2 + (i % 2),
      'doorverwijzing:schuldhulpverlening': 6 + i, 'doorverwijzing:sociaal-wijkteam': 5, 'doorverwijzing:nibud': 4, 'doorverwijzing:voedselbank': 3,
      'fase:fase1:naarFase2': 10, 'fase:fase1:geenInkomen': 3, 'fase:fase2:noodzaakFase3': 6, 'crisis:hunger': 1, 'crisis:homeless': i % 3, 'crisis:suicide': 1,
    });
  }
});
afterAll(async () => {
  await bot?.stop();
});

async function openWithKey(page: Page): Promise<void> {
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${bot.base}/inzicht/voorbeeldstad`);
  await page.getByLabel('Sleutel', { exact: true }).fill(KEY);
  await page.getByRole('button', { name: 'Cijfers tonen' }).click();
  await page.locator('#cijfers').waitFor({ state: 'visible' });
  await page.locator('#per-week canvas').waitFor();
}

describe('the figures page for beleidsmedewerkers', () => {
  it('asks for the key once, keeps it out of the URL, and draws every chart with a table', async () => {
    const page = await bot.browser.newPage({ locale: 'nl-NL', viewport: { width: 1200, height: 900 } });
    await openWithKey(page);
    expect(page.url()).not.toContain(KEY);
    for (const id of ['per-week', 'doorverwijzingen', 'uitval', 'crisis', 'vrij']) {
      expect(await page.locator(`#${id} canvas`).count()).toBe(1);
      expect(await page.locator(`#${id} table tbody tr`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('#per-week tbody tr').count()).toBe(12);
    expect(await page.locator('#doorverwijzingen table').innerText()).toContain('Schuldhulpverlening van de gemeente');
    expect(await page.locator('#crisis table').innerText()).toContain('Honger of geen eten');
    expect(await page.locator('#kerncijfers').innerText()).toContain('Gesprekken');
    // A reload in the same tab does not ask again.
    await page.reload();
    await page.locator('#per-week canvas').waitFor();
    expect(await page.locator('#sleutel-formulier').isHidden()).toBe(true);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the CSV per week', async () => {
    const page = await bot.browser.newPage({ acceptDownloads: true });
    await openWithKey(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download als CSV/ }).click()]);
    const file = await download.path();
    const text = readFileSync(file, 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/^week,gesprekken,metPlan,recentVrij,terugbellen,/);
    await page.close();
  });

  it('a wrong key is refused, and asked again', async () => {
    const page = await bot.browser.newPage();
    await page.goto(`${bot.base}/inzicht/voorbeeldstad`);
    await page.getByLabel('Sleutel', { exact: true }).fill('niet-de-goede-sleutel-1234');
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.getByText('Deze sleutel past niet').waitFor();
    expect(await page.locator('#cijfers').isHidden()).toBe(true);
    await page.close();
  });

  it('has no axe-core violations, with the key form and with the charts', async () => {
    const page = await bot.browser.newPage({ locale: 'nl-NL', bypassCSP: true });
    const violations = async () => {
      await page.addScriptTag({ path: AXE });
      return page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string }> }> } }).axe.run(document);
        return result.violations.map(({ id, impact, help }) => ({ id, impact, help }));
      });
    };
    await page.goto(`${bot.base}/inzicht/voorbeeldstad`);
    await page.locator('#sleutel').waitFor();
    expect(await violations()).toEqual([]);
    await page.getByLabel('Sleutel', { exact: true }).fill(KEY);
    await page.getByRole('button', { name: 'Cijfers tonen' }).click();
    await page.locator('#vrij canvas').waitFor();
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
