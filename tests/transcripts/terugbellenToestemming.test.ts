import { content, textEntry } from '../../src/content';
import { MemoryOutbox } from '../../src/handover/outbox';
import { HandoverRequests } from '../../src/handover/requests';
import { readPhone } from '../../src/language/phone';
import { Chat, planData, sayAll, textOf } from '../helpers/chat';
import { TESTSTAD } from '../helpers/teststad';
import { NEVER_SENT } from '../../src/conversation/callBackRequest';

/**
 * Consent for a call-back: the screen the person says "ja" to shows each field exactly as it is sent, in
 * plain words. Compared field by field with what the wijkteam gets, for several plans and ways of typing.
 */
const URGENT = ['het lukt niet', 'ja', 'ja'];
const STABLE = ['Ik wil meteen naar de vragen', 'nee', 'nee', 'ja', 'ja, ik werk', 'ja', 'ja', 'ja', 'nee', 'nee', 'nee', 'nee', 'nee', 'nee'];
const BESPREEKBAAR = ['soms is het lastig', 'ja', 'nee', 'Geen van deze', 'weet ik niet', 'nee', 'nog niks', 'weet ik niet'];
const DEBTS = [...BESPREEKBAAR, 'nee', 'ja', 'een uitkering', 'ja', 'nee', 'nee', 'ja', 'ja', 'ongeveer 8.000 euro', 'ja, bij het cjib', 'ja bij mijn neef', 'ja', 'nee', 'nee', 'ja graag', 'ja'];

/** The fields the summary shows, by their label ("• Je naam: Sam"); help can have more than one line. */
function shownFields(summary: string): { naam: string; nummer: string; bellen: string; hulp: string[] } {
  const field = (label: string) => summary.split('\n').filter((l) => l.startsWith(`• ${label}: `)).map((l) => l.slice(label.length + 4));
  return { naam: field('Je naam')[0], nummer: field('Je nummer')[0], bellen: field('Bellen')[0], hulp: field('Hulp uit je plan') };
}

const momentTitle = (id: string) => textEntry('terugbellen.moment').choices![id].title;

describe('the consent screen shows exactly what is sent', () => {
  it.each([
    { plan: 'urgent', toPlan: URGENT, name: 'ik heet Mohammed', phone: 'mijn nummer is 06-12345678', moment: 'In de middag', expectedName: 'Mohammed' },
    { plan: 'urgent', toPlan: URGENT, name: 'Mijn naam is Sam.', phone: '+31 20 123 4567', moment: 'maakt niet uit', expectedName: 'Sam' },
    { plan: 'stable', toPlan: STABLE, name: 'noem me maar Mo', phone: '0031 6 1234 5678', moment: 'ochtend', expectedName: 'Mo' },
    { plan: 'debts', toPlan: DEBTS, name: 'hoi, ik ben fatima', phone: '06.12.34.56.78', moment: 'aan het eind van de dag', expectedName: 'Fatima' },
    { plan: 'debts', toPlan: DEBTS, name: 'Big Mo', phone: 'bel 06 1234 5678 maar', moment: 'middag', expectedName: 'Big Mo' },
  ])('$plan plan, name "$name", number "$phone"', async ({ toPlan, name, phone, moment, expectedName }) => {
    const outbox = new MemoryOutbox();
    const chat = new Chat({ gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(outbox) });
    await chat.open('teststad');
    const plan = await sayAll(chat, ['Ik wil praten over geld', ...toPlan]);
    expect(textOf(plan)).toContain('Wil je dat iemand van het wijkteam je belt?');
    await sayAll(chat, ['ja', name, phone]);
    const summary = textOf(await chat.say(moment));
    expect(summary).toContain('Dit stuur ik naar Wijkteam Teststad:');
    await chat.say('ja');
    const [queued] = await outbox.claimDue(Date.now() + 1000, 1000, 10);
    const sent = queued.payload;
    const shown = shownFields(summary);

    expect(shown.naam).toBe(sent.contact.name);
    expect(sent.contact.name).toBe(expectedName);
    expect(readPhone(shown.nummer)?.e164).toBe(sent.contact.phone);
    expect(shown.bellen).toBe(momentTitle(sent.contact.moment));
    // The help by its plain Dutch name from content, one line each, in the order sent; the same as the plan's.
    expect(shown.hulp).toEqual(sent.referrals.map((id) => content.hulp[id as keyof typeof content.hulp].name));
    // The plan's help, without what would tell of a crisis, a risk of relapse or an addiction.
    expect(sent.referrals).toEqual(planData(plan)!.referrals.filter((id) => !NEVER_SENT.has(id as never)));
    expect(sent.referrals.length).toBeGreaterThan(0);
    // Nothing else the person typed is shown or sent.
    for (const words of [name, phone]) if (words.trim() !== expectedName) expect(JSON.stringify(sent)).not.toContain(words);
  });
});

describe('the name question takes the name out of a sentence', () => {
  it.each([
    ['ik heet Mohammed', 'Mohammed'],
    ['mijn naam is Sam', 'Sam'],
    ['ik ben Sam en ik woon in Zwolle', 'Sam'],
    ['noem me maar Mo', 'Mo'],
    ['je mag me Mo noemen', 'Mo'],
    ['ja, Sam', 'Sam'],
  ])('"%s" is sent as "%s"', async (typed, name) => {
    const chat = new Chat({ gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(new MemoryOutbox()) });
    await chat.open('teststad');
    await sayAll(chat, ['Ik wil praten over geld', ...URGENT, 'ja', typed, '0612345678']);
    expect(shownFields(textOf(await chat.say('middag'))).naam).toBe(name);
  });

  it('asks again for a sentence that holds no name, never filling in one; "Toch niet bellen" is the way out', async () => {
    const chat = new Chat({ gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(new MemoryOutbox()) });
    await chat.open('teststad');
    await sayAll(chat, ['Ik wil praten over geld', ...URGENT, 'ja']);
    for (const typed of ['ik ben niet zo van namen eigenlijk', 'wat wil je weten dan', 'hoezo moet dat']) {
      const again = await chat.say(typed);
      expect(textOf(again)).toContain('Hoe mogen ze je noemen?');
      expect(textOf(again)).not.toMatch(/Op welk nummer|Ik vul voor nu/);
      expect(again[again.length - 1].buttons).toEqual(['Toch niet bellen']);
    }
    expect(textOf(await chat.say('Toch niet bellen'))).toContain('Je kunt ze ook altijd zelf bellen.');
  });
});

describe('what a call-back never carries', () => {
  it('keeps the reclassering (a risk of relapse) in the plan, but never sends it to the wijkteam', async () => {
    const outbox = new MemoryOutbox();
    const chat = new Chat({ gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(outbox) });
    await chat.open('teststad');
    const withRisk = DEBTS.map((answer, i) => (i === DEBTS.length - 5 ? 'ja' : answer));
    const plan = await sayAll(chat, ['Ik wil praten over geld', ...withRisk]);
    const planned = planData(plan)?.referrals ?? [];
    expect(planned).toContain('reclassering');
    expect(textOf(plan)).toContain('Wil je dat iemand van het wijkteam je belt?');
    await sayAll(chat, ['ja', 'Sam', '06 12345678']);
    const summary = textOf(await chat.say('ochtend'));
    expect(summary).not.toContain(content.hulp.reclassering.name);
    await chat.say('ja');
    const [queued] = await outbox.claimDue(Date.now() + 1000, 1000, 10);
    expect(queued.payload.referrals).not.toContain('reclassering');
    expect(queued.payload.referrals.length).toBeGreaterThan(0);
  });
});
