import { alarming, startScript } from './child';

jest.setTimeout(90_000);

interface DlActivity {
  type: string;
  text?: string;
  from: { role?: string };
  suggestedActions?: { actions: Array<{ title: string; value: string }> };
}

/** `npm run demo`: a chat through the local Direct Line up to the consent, and the receiver prints one verified request. */
it('shows a call-back arriving: consent in the chat gives one signed request, printed and verified', async () => {
  const demo = startScript('scripts/demo.ts', { PORT: '0', DEMO_RECEIVER_PORT: '0' });
  try {
    const [, port] = await demo.waitFor(/Open http:\/\/localhost:(\d+)\/ om te chatten/);
    const base = `http://127.0.0.1:${port}/v3/directline/conversations`;
    const { conversationId, token } = (await (await fetch(base, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    let watermark = '0';
    let last: DlActivity[] = [];
    const send = async (activity: object, expected: string) => {
      await fetch(`${base}/${conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ from: { id: 'demo-user' }, ...activity }) });
      for (let i = 0; i < 100; i++) {
        const page = (await (await fetch(`${base}/${conversationId}/activities?watermark=${watermark}`, { headers })).json()) as { activities: DlActivity[]; watermark: string };
        watermark = page.watermark;
        last = [...last, ...page.activities.filter((a) => a.from.role !== 'user')];
        if (last.some((a) => a.text?.includes(expected))) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`The bot did not say "${expected}"; it said: ${last.map((a) => a.text).join(' | ')}`);
    };
    /** Clicks a suggested button the way Web Chat does: sends its value. */
    const click = (title: string, expected: string) => {
      const action = last.flatMap((a) => a.suggestedActions?.actions ?? []).reverse().find((a) => a.title === title);
      if (!action) throw new Error(`No button "${title}"`);
      last = [];
      return send({ type: 'message', text: action.value }, expected);
    };
    const type = (text: string, expected: string) => ((last = []), send({ type: 'message', text }, expected));

    await send({ type: 'event', name: 'webchat/join', value: { gemeente: 'voorbeeldstad' } }, 'Waar wil je mee beginnen?');
    await click('Ik wil praten over geld', 'Hoe staat het met je geld?');
    await click('Het lukt niet', 'Herken jij dat?');
    await click('Ja', 'Moet je binnenkort je huis uit?');
    await click('Ja', 'Wil je dat iemand van het wijkteam je belt?');
    await click('Ja', 'Hoe mogen ze je noemen?');
    await type('Sam', 'Op welk nummer kunnen ze je bellen?');
    await type('06 1234 5678', 'Wanneer kunnen ze je het best bellen?');
    await click('In de middag', 'Dit stuur ik naar Wijkteam Voorbeeldstad');
    await click('Ja', 'Ik stuur het door.');

    await demo.waitFor(/"event":"handover.delivered"/, 15_000);
    await new Promise((r) => setTimeout(r, 500));
    const output = demo.output();
    expect(output.match(/Terugbelverzoek ontvangen, handtekening klopt/g)).toHaveLength(1);
    expect(output).toMatch(/bel: +Sam, \+31612345678, moment: middag/);
    expect(output).toMatch(/hulp: +schuldhulpverlening/);
    expect(output).not.toContain('weigerde');
  } finally {
    const output = await demo.stop();
    expect(alarming(output)).toEqual([]);
  }
});
