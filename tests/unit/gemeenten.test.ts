import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultGemeentenDir, GemeenteConfigError, loadGemeenten, parseGemeente } from '../../src/content/gemeenten';
import { cardsOf, Chat, planData, sayAll } from '../helpers/chat';
import { capturingLogger } from '../helpers/silentLog';

const valid = {
  name: 'Teststad',
  allowedOrigins: ['https://www.teststad.example'],
  page: { primaryColor: '#123456', logoText: 'Gemeente Teststad' },
  contacts: { 'sociaal-wijkteam': { name: 'Wijkteam Teststad', phone: '0999-222333' } },
};

function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gemeenten-'));
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof body === 'string' ? body : JSON.stringify(body));
  return dir;
}

describe('gemeente configuration', () => {
  it('loads the shipped examples, and validates the template', () => {
    const { gemeenten } = loadGemeenten(defaultGemeentenDir(), { HANDOVER_SECRET_VOORBEELDSTAD: 'x'.repeat(32) });
    expect([...gemeenten.keys()]).toEqual(['dorpsveen', 'voorbeeldstad']);
    expect(gemeenten.get('voorbeeldstad')!.handover?.webhookUrl).toMatch(/^http/);
    expect(() => parseGemeente('template.json', readFileSync(path.join(defaultGemeentenDir(), '_template.json'), 'utf8'))).not.toThrow();
  });

  it('loads a valid gemeente by its file name', () => {
    const { gemeenten } = loadGemeenten(folderWith({ 'teststad.json': valid }), {});
    expect(gemeenten.get('teststad')).toMatchObject({ id: 'teststad', name: 'Teststad', contacts: { 'sociaal-wijkteam': { phone: '0999-222333' } } });
  });

  it.each([
    [{ ...valid, page: { primaryColor: 'green', logoText: 'X Y' } }, "field 'page.primaryColor' must be a colour like #154273"],
    [{ ...valid, allowedOrigins: ['https://www.teststad.example/pagina'] }, "field 'allowedOrigins.0' must be an origin"],
    [{ ...valid, contacts: { schuldhulpverlening: { name: 'Schuldhulp', phone: '12345' } } }, "field 'contacts.schuldhulpverlening.phone' must be a Dutch phone number"],
    [{ ...valid, contacts: { bakker: { name: 'Bakker', phone: '0999-111111' } } }, "field 'contacts' Unrecognized key(s) in object: 'bakker'"],
    [{ ...valid, name: undefined }, "field 'name' Required"],
    ['{ "name": "Kapot", ', 'not valid JSON'],
  ])('a malformed file stops start-up with the file, field and reason (%#)', (body, reason) => {
    expect(() => loadGemeenten(folderWith({ 'teststad.json': body }), {})).toThrow(GemeenteConfigError);
    expect(() => loadGemeenten(folderWith({ 'teststad.json': body }), {})).toThrow(`Gemeente file teststad.json: ${reason}`);
  });

  it('switches a handover off, with a warning, when its secret is not set', () => {
    const withHandover = { ...valid, handover: { webhookUrl: 'https://wijkteam.teststad.example/hook', secretEnv: 'HANDOVER_SECRET_TESTSTAD' } };
    const off = loadGemeenten(folderWith({ 'teststad.json': withHandover }), {});
    expect(off.gemeenten.get('teststad')!.handover).toBeUndefined();
    expect(off.warnings[0]).toContain('HANDOVER_SECRET_TESTSTAD is not set');
    const on = loadGemeenten(folderWith({ 'teststad.json': withHandover }), { HANDOVER_SECRET_TESTSTAD: 's'.repeat(32) });
    expect(on.gemeenten.get('teststad')!.handover).toMatchObject({ giveUpAfterMinutes: 120 });
  });
});

describe('local contacts in the plan', () => {
  const { gemeenten } = loadGemeenten(folderWith({ 'teststad.json': valid }), {});
  // The CJIB and informal-debt questions are asked of everyone (issue 11/13: two more 'nee' after 'schulden').
  const noIncome = ['Ik wil meteen naar de vragen', 'nee', 'nee', 'nee', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'ja', 'nee'];

  const unclear = ['Ik wil meteen naar de vragen', 'nee', 'nee', 'nee', 'weet ik niet', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee', 'ja', 'nee'];

  async function planFor(gemeente: string | undefined, log = capturingLogger().log, answers = noIncome) {
    const chat = new Chat({ gemeenten, log });
    await chat.send({ type: 'event', name: 'webchat/join', value: gemeente ? { gemeente } : {} });
    await chat.say('Ik wil praten over geld');
    const replies = await sayAll(chat, answers);
    return { plan: planData(replies)!, card: cardsOf(replies) };
  }

  it('replace the national way to reach that help', async () => {
    const { plan, card } = await planFor('teststad');
    expect(plan.referrals).toContain('sociaal-wijkteam');
    expect(card).toContain('Wijkteam Teststad: bel 0999-222333.');
    expect(card).not.toContain('Vraag naar het sociaal wijkteam.');
  });

  it('leave the national default where the gemeente has none', async () => {
    const { plan, card } = await planFor('teststad', undefined, unclear);
    expect(plan.referrals).toEqual(expect.arrayContaining(['sociaal-wijkteam', 'sociaal-raadslieden']));
    expect(card).toContain('Wijkteam Teststad: bel 0999-222333.');
    expect(card).toContain('Of vraag je gemeente naar de sociaal raadslieden.');
  });

  it('an unknown gemeente falls back to national help, and says so in the log only', async () => {
    const { log, lines } = capturingLogger();
    const { card } = await planFor('nergenshuizen', log);
    expect(card).toContain('Bel je gemeente. Het nummer is vaak 14 en dan het netnummer. Vraag naar het sociaal wijkteam.');
    expect(card).not.toContain('nergenshuizen');
    expect(lines.some((l) => l.includes('"gemeente.unknown"'))).toBe(true);
  });
});

