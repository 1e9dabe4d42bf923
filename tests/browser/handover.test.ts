import http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { defaultGemeentenDir } from '../../src/content/gemeenten';
import { MemoryStorage } from '../../src/bot/storage';
import { HandoverPayloadSchema, SIGNATURE_HEADER, verify } from '../../src/handover/payload';
import { launchChromium } from '../helpers/browser';
import { silentLogger } from '../helpers/silentLog';

jest.setTimeout(120_000);

const SECRET = 'voorbeeldstad-test-secret-0123456789';

let app: App;
let base: string;
let browser: Browser;
let webhook: http.Server;
const received: Array<{ body: string; signature: string }> = [];

beforeAll(async () => {
  // The wijkteam's webhook: a local server that records what it receives.
  webhook = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ body, signature: String(req.headers[SIGNATURE_HEADER.toLowerCase()]) });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
  });
  await new Promise<void>((r) => webhook.listen(0, '127.0.0.1', () => r()));
  const hookPort = (webhook.address() as { port: number }).port;

  // Voorbeeldstad as shipped, with its webhook pointed at the test server.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gemeenten-'));
  const voorbeeldstad = JSON.parse(readFileSync(path.join(defaultGemeentenDir(), 'voorbeeldstad.json'), 'utf8'));
  voorbeeldstad.handover.webhookUrl = `http://127.0.0.1:${hookPort}/geldgesprek/terugbellen`;
  writeFileSync(path.join(dir, 'voorbeeldstad.json'), JSON.stringify(voorbeeldstad));
  process.env.HANDOVER_SECRET_VOORBEELDSTAD = SECRET;

  app = await createApp(loadConfig({ LOG_LEVEL: 'silent', GEMEENTEN_DIR: dir }), silentLogger(), new MemoryStorage(3600), { dispatchEveryMs: 200 });
  base = `http://127.0.0.1:${await app.listen(0)}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await new Promise((r) => webhook?.close(r));
});

it('from the gemeente page to "Jouw plan", then a call-back: the webhook receives exactly one signed payload', async () => {
  const page = await browser.newPage({ locale: 'nl-NL' });
  await page.goto(`${base}/voorbeeld-gemeente.html`);
  await page.getByRole('button', { name: 'Praat over geld' }).click();
  const frame = (await (await page.waitForSelector('#geldgesprek-paneel iframe')).contentFrame())!;
  const bubble = (text: string) => frame.locator('.webchat__bubble').filter({ hasText: text }).first();
  const click = async (name: string, next: string) => {
    await frame.getByRole('button', { name, exact: true }).first().click({ timeout: 30_000 });
    await bubble(next).waitFor({ timeout: 15_000 });
  };
  const type = async (text: string, next: string) => {
    const box = frame.getByRole('textbox').first();
    await box.fill(text);
    await box.press('Enter');
    await bubble(next).waitFor({ timeout: 15_000 });
  };

  await bubble('Waar wil je mee beginnen?').waitFor({ timeout: 30_000 });
  await click('Ik wil praten over geld', 'Hoe staat het met je geld?');
  await click('Het lukt niet', 'Herken jij dat?');
  await click('Ja', 'Moet je binnenkort je huis uit?');
  await click('Ja', 'Wil je dat iemand van het wijkteam je belt?');
  expect(await frame.locator('.ac-adaptiveCard').first().innerText()).toContain('Geldloket Voorbeeldstad: bel 0999-123456.');
  await click('Ja', 'Hoe mogen ze je noemen?');
  await type('Sam', 'Op welk nummer kunnen ze je bellen?');
  await type('06 1234 5678', 'Wanneer kunnen ze je het best bellen?');
  await click('In de middag', 'Dit stuur ik naar Wijkteam Voorbeeldstad');
  await click('Ja', 'Ik stuur het door.');

  for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 600));
  expect(received).toHaveLength(1);
  const [{ body, signature }] = received;
  expect(verify(body, signature, SECRET)).toBe(true);
  const payload = HandoverPayloadSchema.parse(JSON.parse(body));
  expect(payload).toMatchObject({ gemeente: 'voorbeeldstad', referrals: ['schuldhulpverlening'], contact: { name: 'Sam', phone: '+31612345678', moment: 'middag' } });
  expect(await app.outbox.size()).toBe(0);
  await page.close();
});
