import { bubble, openChatPage, pressToUrgentPlan, useBotAndBrowser } from '../helpers/browser';

jest.setTimeout(90_000);

const bot = useBotAndBrowser();

const openPage = () => openChatPage(bot.browser, bot.base);

describe('the web chat page in a real browser', () => {
  it('greets, offers the ways in as buttons, and answers a click', async () => {
    const { page, problems } = await openPage();
    await bubble(page, 'Hoi! Ik ben Geldgesprek.').first().waitFor({ timeout: 30_000 });
    const button = page.getByRole('button', { name: 'Wegwijzer opzoeken' }).first();
    await button.waitFor();
    await button.click();
    await bubble(page, 'Wat wil je opzoeken?').first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: '/tmp/geldgesprek-webchat.png' });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('accepts typed text and the "Hulp nu" button in the top bar', async () => {
    const { page } = await openPage();
    await bubble(page, 'Waar wil je mee beginnen?').first().waitFor({ timeout: 30_000 });
    const box = page.getByRole('textbox').first();
    await box.fill('ik wil oefenen');
    await box.press('Enter');
    await bubble(page, 'Met wie wil je oefenen?').first().waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Hulp nu' }).click();
    await bubble(page, 'Is er nu gevaar? Bel 112.').first().waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it('shows "Jouw plan" as a card, without errors', async () => {
    const { page, problems } = await openPage();
    await pressToUrgentPlan(page);
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Schuldhulpverlening van de gemeente' });
    await card.first().waitFor({ timeout: 15_000 });
    expect(await card.first().innerText()).toContain('Neem mee');
    await page.screenshot({ path: '/tmp/geldgesprek-plan.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('after a reload, continues the same conversation', async () => {
    const { page } = await openPage();
    await page.getByRole('button', { name: 'Ik wil praten over geld' }).first().click({ timeout: 30_000 });
    await bubble(page, 'Hoe staat het met je geld?').first().waitFor({ timeout: 15_000 });
    await page.reload();
    await bubble(page, 'Hoe staat het met je geld?').first().waitFor({ timeout: 30_000 });
    // Three polls of the page's Direct Line (every 500 ms): anything the bot sent on rejoining would be shown by now.
    await page.waitForTimeout(1_500);
    expect(await bubble(page, 'Hoi! Ik ben Geldgesprek.').count()).toBe(1);
    // The history is back, and the bot does not repeat its last question under it.
    expect(await bubble(page, 'Hoe staat het met je geld?').count()).toBe(1);
    // The conversation goes on from there.
    await page.getByRole('button', { name: 'Het lukt niet' }).first().click({ timeout: 15_000 });
    await bubble(page, 'Herken jij dat?').first().waitFor({ timeout: 15_000 });
    await page.context().close();
  });
});
