import type { Page } from 'playwright-core';
import { useBotAndBrowser } from '../helpers/browser';

jest.setTimeout(120_000);

const bot = useBotAndBrowser();

const SIZES = [
  { width: 320, height: 568, phone: true },
  { width: 390, height: 844, phone: true },
  { width: 768, height: 1024, phone: false },
];

/** How far the page scrolls sideways (0: it fits). */
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each(SIZES)('the embed on a screen $width px wide', ({ width, height, phone }) => {
  it('fits without sideways scroll; the open panel and its close button are on screen', async () => {
    const page = await bot.browser.newPage({ viewport: { width, height }, isMobile: true, hasTouch: true, locale: 'nl-NL' });
    await page.goto(`${bot.base}/voorbeeld-gemeente.html`);
    const button = page.getByRole('button', { name: 'Praat over geld' });
    await button.waitFor();
    expect(await sideways(page)).toBe(0);
    const knop = (await button.boundingBox())!;
    expect(knop.x).toBeGreaterThanOrEqual(0);
    expect(knop.x + knop.width).toBeLessThanOrEqual(width);
    expect(knop.y + knop.height).toBeLessThanOrEqual(height);
    await page.screenshot({ path: `/tmp/geldgesprek-embed-${width}-dicht.png` });

    await button.click();
    const panel = page.getByRole('dialog', { name: 'Geldgesprek: praten over geld' });
    await panel.waitFor();
    await page.locator('#geldgesprek-paneel iframe').waitFor();
    const box = (await panel.boundingBox())!;
    if (phone) {
      expect(box).toEqual({ x: 0, y: 0, width, height });
    } else {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    const sluit = page.getByRole('button', { name: 'Sluit de chat' });
    const close = (await sluit.boundingBox())!;
    expect(close.x).toBeGreaterThanOrEqual(0);
    expect(close.y).toBeGreaterThanOrEqual(0);
    expect(close.x + close.width).toBeLessThanOrEqual(width);
    expect(close.height).toBeGreaterThanOrEqual(phone ? 44 : 24);
    expect(await sideways(page)).toBe(0);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/geldgesprek-embed-${width}-open.png` });

    await sluit.tap();
    await panel.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('geldgesprek-knop');
    expect(await sideways(page)).toBe(0);
    await page.close();
  });
});
