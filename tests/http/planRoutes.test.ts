import nock from 'nock';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MemoryStorage } from '../../src/bot/storage';
import { EVIL, TO_PLAN_WITH } from '../helpers/markup';
import { poll, say, startConversation, textsOf } from '../helpers/directLine';
import { pdfText } from '../helpers/pdfText';
import { silentLogger } from '../helpers/silentLog';

jest.setTimeout(60_000);

const LOOSE = { createBurst: 1000, createPerSecond: 100, postBurst: 1000, postPerSecond: 100 };
let app: App;
let base: string;

beforeAll(async () => {
  nock.enableNetConnect(/127\.0\.0\.1|localhost/);
  app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), silentLogger(), new MemoryStorage(3600), { dispatchEveryMs: false, directLineRates: LOOSE });
  base = `http://127.0.0.1:${await app.listen(0)}`;
});
afterAll(async () => {
  await app.close();
});

/** A conversation over the local Direct Line to the plan (with markup as the own next step), then "Bewaar mijn plan". */
async function keptPlan(): Promise<{ id: string; path: string; all: string }> {
  const id = await startConversation(base);
  for (const text of TO_PLAN_WITH(EVIL)) await say(base, id, text);
  await say(base, id, 'Bewaar mijn plan');
  const all = textsOf((await poll(base, id, 0)).activities);
  const m = /http:\/\/localhost:\d+(\/plan\/[A-Za-z0-9_-]{32})/.exec(all);
  if (!m) throw new Error('No plan link');
  expect(m[0]).toContain(`localhost:${new URL(base).port}`); // the port the bot listens on, not the configured one
  return { id, path: m[1], all };
}

const FRIENDLY_404 = 'Dit plan is er niet (meer)';

function expectPrivateHeaders(res: Response): void {
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('x-robots-tag')).toContain('noindex');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('GET /plan/<token>: the kept plan as a page', () => {
  it('shows the card\'s content with headings, a Print button and the PDF link, and nothing else about the person', async () => {
    const { id, path } = await keptPlan();
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expectPrivateHeaders(res);
    const html = await res.text();
    expect(html).toMatch(/<html lang="nl">/);
    expect(html).toContain('<h1>Jouw plan</h1>');
    for (const title of ['Sociaal wijkteam', 'Nu je vrij bent, regel dit', 'Jouw eigen volgende stap']) expect(html).toContain(`>${title}</h2>`);
    expect(html).toContain('<button type="button" id="print" hidden>Print</button>');
    expect(html).toContain(`<a class="button" href="${path}.pdf" download="mijn-geldplan.pdf">Download als PDF</a>`);
    // The person's words come back as text, never as markup.
    expect(html).toContain('&#60;img src=x&#62;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="https://evil.example"');
    expect(html).not.toContain(id);
    expect(html).toMatch(/Gemaakt op \d{1,2} \w+ \d{4} met Geldgesprek\./);
  });

  it('answers HEAD with the headers only', async () => {
    const { path } = await keptPlan();
    const res = await fetch(`${base}${path}`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('GET /plan/<token>.pdf: the same as a PDF', () => {
  it('is an A4 PDF to download, with the plan\'s title, its sections and the footer', async () => {
    const { path } = await keptPlan();
    const page = await (await fetch(`${base}${path}`)).text();
    const res = await fetch(`${base}${path}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="mijn-geldplan.pdf"');
    expectPrivateHeaders(res);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]'); // A4
    const text = pdfText(pdf).join('\n');
    expect(text.split('\n')[0]).toBe('Jouw plan');
    for (const title of ['Sociaal wijkteam', 'Nu je vrij bent, regel dit', 'Jouw eigen volgende stap']) expect(text).toContain(title);
    expect(text).toMatch(/Gemaakt op \d{1,2} \w+ \d{4} met Geldgesprek\./);
    expect(text).toContain('Pagina 1 van');
    // The typed words, as typed (in the standard font's letters), inside the plan's curly quotes.
    expect(text.replace(/\n/g, ' ')).toContain('“<a href="https://evil.example">klik</a> **vet** <img src=x>');
    // Every section title on the page is in the PDF.
    for (const m of page.matchAll(/<h2 id="deel-\d+">([^<]+)<\/h2>/g)) expect(text).toContain(m[1].replace(/&#39;/g, "'"));
  });
});

describe('a plan that is not there', () => {
  it.each([
    ['an unknown token', `/plan/${'A'.repeat(32)}`],
    ['an unknown token as PDF', `/plan/${'A'.repeat(32)}.pdf`],
    ['a short token', '/plan/abc'],
    ['a token one character too long', `/plan/${'A'.repeat(33)}`],
    ['another extension', `/plan/${'A'.repeat(32)}.txt`],
    ['characters outside base64url', `/plan/${'A'.repeat(31)}%2F`],
  ])('%s gets the friendly Dutch 404 page', async (_what, path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectPrivateHeaders(res);
    const html = await res.text();
    expect(html).toContain(`<h1>${FRIENDLY_404}</h1>`);
    expect(html).toMatch(/<html lang="nl">/);
    expect(html).not.toMatch(/Error|\bat \w+ \(|stack/);
  });

  it('after "verwijder mijn gegevens", the page and the PDF are gone', async () => {
    const { id, path } = await keptPlan();
    expect((await fetch(`${base}${path}`)).status).toBe(200);
    await say(base, id, 'verwijder mijn gegevens');
    for (const p of [path, `${path}.pdf`]) {
      const res = await fetch(`${base}${p}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain(FRIENDLY_404);
    }
  });

  it('when the store does not answer: a friendly 503 page, no details', async () => {
    const { path } = await keptPlan();
    const spy = jest.spyOn(app.plans, 'get').mockRejectedValue(new Error('Redis did not answer within 1000 ms'));
    try {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(503);
      const html = await res.text();
      expect(html).toContain('Het lukt nu even niet');
      expect(html).not.toContain('Redis');
    } finally {
      spy.mockRestore();
    }
  });
});
