import type { Page } from 'playwright-core';
import { bubble, useBotAndBrowser } from '../helpers/browser';
import { poll, say } from '../helpers/directLine';
import { EVIL, TO_PLAN_WITH } from '../helpers/markup';

jest.setTimeout(120_000);

const bot = useBotAndBrowser();

async function conversationIdOf(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('geldgesprek.gesprek'));
    return key ? (JSON.parse(localStorage.getItem(key) ?? 'null') as { conversationId?: string } | null)?.conversationId : undefined;
  });
}

describe('privacy and markup in a real browser', () => {
  it('shows the person\'s markup as text in the plan card, and forgets everything after "verwijder mijn gegevens"', async () => {
    const context = await bot.browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${bot.base}/`);
    await bubble(page, 'Hoi! Ik ben Geldgesprek.').first().waitFor({ timeout: 30_000 });
    const id = (await conversationIdOf(page))!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // The answers go in over HTTP as the page would post them (quicker than typing 22 of them).
    for (const text of TO_PLAN_WITH(EVIL)) await say(bot.base, id, text);
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: 'Jouw eigen volgende stap' });
    await card.first().waitFor({ timeout: 30_000 });
    // Invisible joiners (ours, against linkify) and zero-width spaces (Web Chat's) aside, the characters are shown as typed.
    const shown = (await card.first().innerText()).replace(/[\u200b\u2060]/g, '');
    expect(shown).toContain('<img src=x>');
    expect(shown).toContain('[x](https://evil.example)');
    expect(shown).toContain('**vet**');
    console.log(`Chromium: links to evil.example ${await page.locator('#webchat a[href*="evil.example"]').count()}, <img src=x> ${await page.locator('#webchat img[src="x"]').count()}`);
    expect(await page.locator('#webchat a[href*="evil.example"]').count()).toBe(0);
    expect(await page.locator('#webchat img[src="x"]').count()).toBe(0);
    expect(await card.first().locator('strong, b').count()).toBe(0);

    const box = page.getByRole('textbox').first();
    await box.fill('verwijder mijn gegevens');
    await box.press('Enter');
    await page.locator('#status').filter({ hasText: 'gewist' }).waitFor({ timeout: 15_000 });
    await bubble(page, 'Hoi! Ik ben Geldgesprek.').first().waitFor({ timeout: 30_000 });
    expect((await page.locator('#webchat').innerText()).replace(/[\u200b\u2060]/g, '')).not.toContain('evil.example');
    const fresh = await conversationIdOf(page);
    expect(fresh).not.toBe(id);
    // On the server, the old conversation's transcript holds only the confirmation.
    const old = await poll(bot.base, id, 0);
    expect(old.activities.every((a) => a.channelData?.geldgesprek?.deleted === true)).toBe(true);
    await page.reload();
    await bubble(page, 'Hoi! Ik ben Geldgesprek.').first().waitFor({ timeout: 30_000 });
    expect((await page.locator('#webchat').innerText()).replace(/[\u200b\u2060]/g, '')).not.toMatch(/evil\.example|gegevens gewist/);
    await page.screenshot({ path: '/tmp/geldgesprek-privacy.png' });
    await context.close();
  });
});
