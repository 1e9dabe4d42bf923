import nock from 'nock';
import { MemoryOutbox } from '../../src/handover/outbox';
import { HandoverRequests } from '../../src/handover/requests';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MemoryStorage } from '../../src/bot/storage';
import { Chat, planData, sayAll, talk, textOf } from '../helpers/chat';
import { silentLogger } from '../helpers/silentLog';
import { TESTSTAD } from '../helpers/teststad';

const teststad = TESTSTAD;
const gemeenten = new Map([['teststad', teststad], ['zonder', { ...teststad, id: 'zonder', handover: undefined }]]);

async function toPlan(gemeente: string, outbox = new MemoryOutbox()) {
  const chat = new Chat({ gemeenten, handover: new HandoverRequests(outbox), conversationId: `tb-${gemeente}` });
  await chat.send({ type: 'event', name: 'webchat/join', value: { gemeente } });
  const plan = await sayAll(chat, ['Ik wil praten over geld', 'het lukt niet', 'ja', 'ja']);
  return { chat, plan, outbox };
}

describe('a call-back from the wijkteam (warm handover)', () => {
  it('is offered after the plan when the gemeente takes call-backs', async () => {
    const { plan } = await toPlan('teststad');
    expect(textOf(plan)).toContain('Wil je dat iemand van het wijkteam je belt?');
    expect(planData(plan)!.referrals).toEqual(['schuldhulpverlening']);
  });

  it('is not offered where the gemeente has no webhook', async () => {
    const { plan } = await toPlan('zonder');
    expect(textOf(plan)).not.toContain('Wil je dat iemand van het wijkteam je belt?');
    expect(textOf(plan)).toContain("Typ dan 'opnieuw'");
  });

  it('asks only a name, a Dutch number and a moment; shows what goes where; sends only after yes', async () => {
    const { chat, plan, outbox } = await toPlan('teststad');
    const replies = await talk(chat, plan, [
      ['Wil je dat iemand van het wijkteam je belt?', 'ja graag'],
      ['Je voornaam of een bijnaam is genoeg.', 'Sam'],
      ['Op welk nummer kunnen ze je bellen?', '12345'],
      ['Dat nummer klopt nog niet.', '06 1234 5678'],
    ]);
    expect(textOf(replies)).toContain('Wanneer kunnen ze je het best bellen?');
    const summary = await chat.say('In de middag');
    expect(textOf(summary)).toContain('Dit stuur ik naar Wijkteam Teststad:');
    expect(textOf(summary)).toContain('• Je naam: Sam');
    expect(textOf(summary)).toContain('• Je nummer: 06-12345678');
    expect(textOf(summary)).toContain('• Bellen: In de middag');
    expect(textOf(summary)).toContain('Niet wat je verder hebt getypt.');
    expect(textOf(summary)).toContain('verwijder mijn gegevens');
    expect(await outbox.size()).toBe(0);
    const sent = await chat.say('ja');
    expect(textOf(sent)).toContain('Ik stuur het door.');
    const [queued] = await outbox.claimDue(Date.now() + 1000, 1000, 10);
    expect(queued.payload).toMatchObject({
      gemeente: 'teststad',
      referrals: ['schuldhulpverlening'],
      contact: { name: 'Sam', phone: '+31612345678', moment: 'middag' },
    });
    // Exactly what the consent screen showed (name, number, moment, the help from the plan), with the
    // envelope a receiver needs; no routekaart outcomes, no crisis flag.
    expect(Object.keys(queued.payload).sort()).toEqual(['consentAt', 'contact', 'gemeente', 'idempotencyKey', 'referrals', 'version']);
    expect(Date.parse(queued.payload.consentAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(queued.payload)).not.toContain('het lukt niet');
  });

  it('sends nothing when the person says no at the summary', async () => {
    const { chat, outbox } = await toPlan('teststad');
    await sayAll(chat, ['ja', 'Sam', '0612345678', 'maakt niet uit']);
    expect(textOf(await chat.say('nee'))).toContain('ik stuur niets door');
    expect(await outbox.size()).toBe(0);
  });

  it('"verwijder mijn gegevens" also removes a request that is not delivered yet', async () => {
    const { chat, outbox } = await toPlan('teststad');
    await sayAll(chat, ['ja', 'Sam', '0612345678', 'maakt niet uit', 'ja']);
    expect(await outbox.size()).toBe(1);
    await chat.say('verwijder mijn gegevens');
    expect(await outbox.size()).toBe(0);
  });
});

describe('when delivery gives up', () => {
  it('the person gets a polite message with the number to call, in their chat', async () => {
    nock.disableNetConnect();
    nock.enableNetConnect(/127\.0\.0\.1/);
    process.env.HANDOVER_SECRET_VOORBEELDSTAD = 'v'.repeat(32);
    let now = Date.now();
    const failing: typeof fetch = async () => new Response('weg', { status: 503 });
    const app = await createApp(loadConfig({ LOG_LEVEL: 'silent' }), silentLogger(), new MemoryStorage(3600), { dispatchEveryMs: false, fetch: failing, now: () => now });
    const base = `http://127.0.0.1:${await app.listen(0)}`;
    try {
      const { conversationId, token } = await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST' })).json();
      const url = `${base}/v3/directline/conversations/${conversationId}/activities`;
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
      const send = (body: object) => fetch(url, { method: 'POST', headers, body: JSON.stringify({ from: { id: 'u1' }, ...body }) });
      await send({ type: 'event', name: 'webchat/join', value: { gemeente: 'voorbeeldstad' } });
      for (const text of ['Ik wil praten over geld', 'Het lukt niet', 'ja', 'ja', 'ja', 'Sam', '06-12345678', 'In de ochtend', 'ja']) await send({ type: 'message', text });
      expect(await app.outbox.size()).toBe(1);
      for (let i = 0; i < 50 && (await app.outbox.size()) > 0; i++) {
        await app.dispatcher.tick();
        now += 10 * 60_000;
      }
      const { activities } = await (await fetch(`${url}?watermark=0`, { headers })).json();
      const last = activities.slice(-2).map((a: { text: string }) => a.text).join('\n');
      expect(last).toContain('Het is niet gelukt om je gegevens naar Wijkteam Voorbeeldstad te sturen.');
      expect(last).toContain('Bel ze zelf: 0999-654321.');
    } finally {
      await app.close();
      nock.enableNetConnect();
    }
  });
});
