import { readFileSync } from 'node:fs';
import { AXE_SCRIPT as AXE, bubble, openChatPage, pressToUrgentPlan, useBotAndBrowser } from '../helpers/browser';
import { pdfText } from '../helpers/pdfText';

jest.setTimeout(120_000);

const bot = useBotAndBrowser();

describe('"Bewaar mijn plan" in a real browser', () => {
  it('walks to the plan in Web Chat, keeps it, opens the page (screen and print) and downloads the PDF', async () => {
    const { page, problems } = await openChatPage(bot.browser, bot.base);
    await pressToUrgentPlan(page);
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Schuldhulpverlening van de gemeente' });
    await card.first().waitFor({ timeout: 15_000 });
    const cardText = await card.first().innerText();

    // The card's own button says "Bewaar mijn plan" for the person.
    await card.first().getByRole('button', { name: 'Bewaar mijn plan' }).click();
    await bubble(page, 'De link werkt 30 dagen.').first().waitFor({ timeout: 15_000 });
    const linkBubble = await bubble(page, 'Je plan staat nu op een eigen pagina.').first().innerText();
    const url = /http:\/\/localhost:\d+\/plan\/[A-Za-z0-9_-]{32}/.exec(linkBubble.replace(/[\u200b\u2060]/g, ''))![0];
    expect(new URL(url).port).toBe(new URL(bot.base).port);

    // "Open mijn plan" opens the page in a new tab.
    const [planTab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Open mijn plan' }).first().click()]);
    await planTab.waitForLoadState('load');
    expect(planTab.url()).toBe(url);
    await planTab.setViewportSize({ width: 390, height: 900 });
    expect(await planTab.locator('html').getAttribute('lang')).toBe('nl');
    await planTab.getByRole('heading', { level: 1, name: 'Jouw plan' }).waitFor();
    // Every section of the card is a heading on the page, in the same order.
    const headings = await planTab.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings.length).toBeGreaterThan(0);
    let from = 0;
    for (const h of headings) {
      const at = cardText.indexOf(h, from);
      expect({ heading: h, inCard: at >= 0 }).toEqual({ heading: h, inCard: true });
      from = at;
    }
    const print = planTab.getByRole('button', { name: 'Print' });
    const pdfLink = planTab.getByRole('link', { name: 'Download als PDF' });
    expect(await print.isVisible()).toBe(true);
    expect(await pdfLink.isVisible()).toBe(true);
    // No tiny text: the body's font is at least 16 px on screen.
    expect(await planTab.evaluate(() => parseFloat(getComputedStyle(document.querySelector('li, p')!).fontSize))).toBeGreaterThanOrEqual(16);
    await planTab.screenshot({ path: '/tmp/geldgesprek-plan-page.png', fullPage: true });

    // Printed: the plan and when it was made; not the buttons, not the "stays until" lines.
    await planTab.emulateMedia({ media: 'print' });
    expect(await print.isHidden()).toBe(true);
    expect(await pdfLink.isHidden()).toBe(true);
    expect(await planTab.getByText('met Geldgesprek.').isVisible()).toBe(true);
    expect(await planTab.getByText('verwijder mijn gegevens').isHidden()).toBe(true);
    expect(await planTab.getByRole('heading', { level: 1, name: 'Jouw plan' }).isVisible()).toBe(true);
    await planTab.screenshot({ path: '/tmp/geldgesprek-plan-print.png', fullPage: true });
    await planTab.emulateMedia({ media: 'screen' });

    // The PDF downloads under its own name, and is the plan.
    const [download] = await Promise.all([planTab.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toBe('mijn-geldplan.pdf');
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text[0]).toBe('Jouw plan');
    for (const h of headings) expect(text).toContain(h);

    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('the page has no axe-core violations', async () => {
    // Keep a plan over the page's own Direct Line, then check the kept page (bypassCSP only so axe can be injected).
    const context = await bot.browser.newContext({ locale: 'nl-NL', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${bot.base}/`);
    await pressToUrgentPlan(page);
    const box = page.getByRole('textbox').first();
    await box.fill('kan ik dit bewaren?');
    await box.press('Enter');
    const said = await bubble(page, 'Je plan staat nu op een eigen pagina.').first().innerText({ timeout: 15_000 });
    const url = /http:\/\/localhost:\d+\/plan\/[A-Za-z0-9_-]{32}/.exec(said.replace(/[\u200b\u2060]/g, ''))![0];
    const planPage = await context.newPage();
    await planPage.goto(url);
    await planPage.addScriptTag({ path: AXE });
    const violations = await planPage.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string }> }> } }).axe.run(document);
      return result.violations.map(({ id, impact, help }) => ({ id, impact, help }));
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
