import type { Frame, Page } from 'playwright-core';
import { AXE_SCRIPT as AXE, pressToUrgentPlan, useBotAndBrowser } from '../helpers/browser';

jest.setTimeout(120_000);

const bot = useBotAndBrowser();


interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: unknown[];
}

/** axe-core's serious and critical violations in one frame. */
async function seriousViolations(frame: Page | Frame): Promise<Array<Pick<AxeViolation, 'id' | 'impact' | 'help'>>> {
  await frame.addScriptTag({ path: AXE });
  const violations = await frame.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document);
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(({ id, impact, help }) => ({ id, impact, help }));
}

async function openChat(page: Page): Promise<Frame> {
  await page.goto(`${bot.base}/voorbeeld-gemeente.html`);
  const button = page.getByRole('button', { name: 'Praat over geld' });
  await button.click();
  await page.getByRole('dialog', { name: 'Geldgesprek: praten over geld' }).waitFor();
  const handle = await page.waitForSelector('#geldgesprek-paneel iframe');
  const frame = (await handle.contentFrame())!;
  await frame.locator('.webchat__bubble').filter({ hasText: 'Waar wil je mee beginnen?' }).first().waitFor({ timeout: 30_000 });
  return frame;
}

describe('the chat on a gemeente\'s website', () => {
  it('opens from the snippet\'s button, and the plan gives the gemeente\'s own number', async () => {
    const page = await bot.browser.newPage({ locale: 'nl-NL' });
    const frame = await openChat(page);
    expect(await frame.locator('.topbar h1').innerText()).toContain('Gemeente Voorbeeldstad');
    await pressToUrgentPlan(frame);
    const card = frame.locator('.ac-adaptiveCard').filter({ hasText: 'Schuldhulpverlening van de gemeente' }).first();
    await card.waitFor({ timeout: 15_000 });
    expect(await card.innerText()).toContain('Geldloket Voorbeeldstad: bel 0999-123456.');
    await page.close();
  });

  it('is keyboard-accessible: Escape closes the panel and gives focus back to the button', async () => {
    const page = await bot.browser.newPage();
    await openChat(page);
    await page.keyboard.press('Escape');
    // Escape inside the chat travels to the host page as a message; wait for it to arrive.
    await page.locator('#geldgesprek-paneel').waitFor({ state: 'hidden', timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('geldgesprek-knop');
    expect(await page.getByRole('button', { name: 'Praat over geld' }).getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('fills a phone screen', async () => {
    const page = await bot.browser.newPage({ viewport: { width: 375, height: 667 } });
    await openChat(page);
    const box = (await page.locator('#geldgesprek-paneel').boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(374);
    expect(box.height).toBeGreaterThanOrEqual(660);
    await page.screenshot({ path: '/tmp/geldgesprek-gemeente-phone.png' });
    await page.close();
  });

  it('has no serious or critical axe-core violations with the chat open', async () => {
    // bypassCSP only so that axe itself can be injected; the pages' real CSP is checked by the other tests.
    const page = await bot.browser.newPage({ locale: 'nl-NL', bypassCSP: true });
    const frame = await openChat(page);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await frame.getAttribute('html', 'lang')).toBe('nl');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });
});
