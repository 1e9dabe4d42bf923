import type { Page } from 'playwright-core';
import { bubble, openChatPage, useBotAndBrowser } from '../helpers/browser';

jest.setTimeout(90_000);

const bot = useBotAndBrowser();

const SAFETY = ['Ik ben nu veilig', 'Ik bel nu', 'Je begreep me verkeerd'];
const WAYS_IN = ['Ik wil praten over geld', 'Ik ben professional en wil oefenen', 'Wegwijzer opzoeken'];
/** The question that follows "het lukt niet" to "Hoe staat het met je geld?". */
const PENDING = 'Herken jij dat?';

/** All text in the transcript's bubbles, for messages that show what the page had. */
async function transcript(page: Page): Promise<string> {
  return (await page.locator('.webchat__bubble').allInnerTexts()).join('\n');
}

/** Opens the page and waits for the greeting; returns the page and the errors it reports. */
async function openPage(): Promise<{ page: Page; problems: string[] }> {
  const opened = await openChatPage(bot.browser, bot.base);
  await bubble(opened.page, 'Waar wil je mee beginnen?').first().waitFor({ timeout: 30_000 });
  return opened;
}

/**
 * Types a message into the send box with the keyboard and sends it with Enter (never a click),
 * then waits until a bot bubble with `waitFor` appears (its `nth`-th occurrence, counting from 0).
 */
async function type(page: Page, text: string, waitFor: string, nth = 0): Promise<void> {
  const box = page.getByRole('textbox').first();
  await box.pressSequentially(text);
  await box.press('Enter');
  try {
    await bubble(page, waitFor).nth(nth).waitFor({ timeout: 15_000 });
  } catch (err) {
    throw new Error(`After typing "${text}" the page did not show "${waitFor}" (occurrence ${nth + 1}). The page showed:\n${await transcript(page)}`, { cause: err });
  }
}

/**
 * A button among the suggested actions under the transcript. Web Chat also copies each new reply, buttons
 * included, into a screen-reader live region for about a second; that copy is left out here.
 */
const action = (page: Page, name: string) => page.locator('.webchat__suggested-actions').getByRole('button', { name, exact: true });

/**
 * Waits until none of the buttons `names` is visible (in case Web Chat swaps the suggested actions a moment
 * after the reply shows); fails with the buttons still shown.
 */
async function expectGone(page: Page, names: string[]): Promise<void> {
  try {
    for (const name of names) await action(page, name).first().waitFor({ state: 'hidden', timeout: 5_000 });
  } catch (err) {
    throw new Error(`The page still showed the buttons ${JSON.stringify(await visibleButtons(page, names))}`, { cause: err });
  }
}

/** The visible buttons among `names` (the suggested actions of the last reply). */
async function visibleButtons(page: Page, names: string[]): Promise<string[]> {
  const shown: string[] = [];
  for (const name of names) {
    if (await action(page, name).first().isVisible()) shown.push(name);
  }
  return shown;
}

describe('a person who only types, in the web chat page', () => {
  it('a crisis mid-conversation gets 113 and the safety buttons, waits, and "ik ben nu veilig" brings back the question', async () => {
    const { page, problems } = await openPage();
    await type(page, 'Ik wil praten over geld', 'Hoe staat het met je geld?');
    await type(page, 'het lukt niet', PENDING);
    await type(page, 'ik wil dood', 'Laat je me weten hoe het nu gaat?');

    for (const name of SAFETY) await action(page, name).first().waitFor({ timeout: 5_000 });
    // Three polls of the page's Direct Line (every 500 ms): anything more the bot sent would be shown by now.
    await page.waitForTimeout(1_500);
    const shown = await transcript(page);
    expect(shown).toContain('113');
    expect(shown).toContain('0800-0113');
    expect(await visibleButtons(page, SAFETY)).toEqual(SAFETY);
    // It waits: the pending question is not asked again, and no next money question comes.
    expect(await bubble(page, PENDING).count()).toBe(1);
    expect(shown).not.toContain('Moet je binnenkort je huis uit?');
    expect(await visibleButtons(page, ['Ja', 'Nee', 'Weet ik niet'])).toEqual([]);

    await type(page, 'ik ben nu veilig', PENDING, 1);
    expect(await transcript(page)).toContain('We gaan verder waar we waren');
    await expectGone(page, SAFETY);
    // The pending question's own answers are back.
    for (const name of ['Ja', 'Nee', 'Weet ik niet']) await action(page, name).first().waitFor({ timeout: 5_000 });
    await page.screenshot({ path: '/tmp/geldgesprek-typing-crisis.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a possible sign of suicide gets the check "Denk je erover om jezelf iets aan te doen?" and "nee" continues the conversation', async () => {
    const { page, problems } = await openPage();
    await type(page, 'Ik wil praten over geld', 'Hoe staat het met je geld?');
    await type(page, 'het lukt niet', PENDING);
    await type(page, 'ik zie geen uitweg meer', 'Denk je erover om jezelf iets aan te doen?');
    expect(await transcript(page)).not.toContain('0800-0113');

    await type(page, 'nee', 'We gaan verder waar we waren');
    // The conversation goes on with a money question; of the crisis help only the one line on where 113 is.
    await bubble(page, 'Moet je binnenkort je huis uit?').first().waitFor({ timeout: 15_000 });
    const shown = await transcript(page);
    expect(shown).toContain('Wordt het toch te zwaar? Je kunt altijd bellen of chatten met 113');
    expect(shown).not.toContain('113.nl');
    await expectGone(page, SAFETY);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a typed "hallo" gets a greeting with the three ways in; a money worry starts the conversation with a progress line', async () => {
    const { page, problems } = await openPage();
    const progress = page.locator('#voortgang');
    expect((await progress.textContent())?.trim()).toBe('');

    await type(page, 'hallo', 'Hoi! Fijn dat je er bent.');
    await bubble(page, 'Waar wil je mee beginnen?').nth(1).waitFor({ timeout: 15_000 });
    for (const name of WAYS_IN) await action(page, name).first().waitFor({ timeout: 5_000 });
    expect(await visibleButtons(page, WAYS_IN)).toEqual(WAYS_IN);
    expect((await progress.textContent())?.trim()).toBe('');

    await type(page, 'ik heb schulden en ik weet niet wat ik moet doen', 'Hoe staat het met je geld?');
    await page.waitForFunction(() => /\S/.test(document.getElementById('voortgang')?.textContent ?? ''), undefined, { timeout: 15_000 });
    expect(await progress.textContent()).toMatch(/^vraag \d+ van ongeveer \d+$/);
    expect(await progress.isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/geldgesprek-typing-progress.png', fullPage: true });
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
