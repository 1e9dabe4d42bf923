import { MemoryOutbox } from '../../src/handover/outbox';
import { HandoverRequests } from '../../src/handover/requests';
import { Chat, planData, sayAll, talk, textOf } from '../helpers/chat';
import { TESTSTAD } from '../helpers/teststad';

/**
 * The phone question of the call-back (warm handover), as a sociaal wijkteam client met it: a wrong number
 * never loses the call-back, a number in a sentence is read, a service number is named as one, and after
 * the plan "ik wil toch dat het wijkteam me belt" leads back to the call-back, not to a new conversation.
 */
async function atOffer() {
  const outbox = new MemoryOutbox();
  const chat = new Chat({ gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(outbox) });
  await chat.open('teststad');
  const plan = await sayAll(chat, ['Ik wil praten over geld', 'het lukt niet', 'ja', 'ja']);
  expect(planData(plan)).toBeDefined();
  expect(textOf(plan)).toContain('Wil je dat iemand van het wijkteam je belt?');
  return { chat, plan, outbox };
}

const NEW_START = /Waar kan ik je mee helpen|Lukt het jou om rond te komen|Waar wil je mee beginnen/;

describe('the phone question keeps the call-back', () => {
  it('after a service number and 112 still takes the valid number (the tester\'s conversation)', async () => {
    const { chat, plan } = await atOffer();
    const replies = await talk(chat, plan, [
      ['Wil je dat iemand van het wijkteam je belt?', 'ja'],
      ['Hoe mogen ze je noemen?', 'Sam'],
      ['Op welk nummer kunnen ze je bellen?', '0800-8115'],
      ['Dat is een servicenummer, niet je eigen nummer.', '112'],
      ['Dat is een servicenummer, niet je eigen nummer.', '06 1234 5678'],
      ['Wanneer kunnen ze je het best bellen?', 'In de middag'],
    ]);
    expect(textOf(replies)).not.toMatch(/Ik zie nog geen telefoonnummer|Ik vul voor nu 'weet ik niet' in|Zonder nummer/);
    expect(textOf(replies)).toContain('Wat is jouw eigen nummer?');
    expect(textOf(replies.slice(-1))).toContain('Mag ik dit nu versturen?');
    expect(textOf(replies)).toContain('• Je nummer: 06-12345678');
  });

  it.each([
    ['mijn nummer is 06-12345678', '06-12345678'],
    ['Je kunt me bellen op +31 20 123 4567', '020-1234567'],
    ['0031 6 1234 5678 is mijn nummer', '06-12345678'],
  ])('reads the number in a sentence: "%s"', async (typed, shown) => {
    const { chat } = await atOffer();
    const replies = await sayAll(chat, ['ja', 'Sam', typed]);
    expect(textOf(replies)).not.toContain('Ik zie nog geen telefoonnummer');
    expect(textOf(replies)).toContain('Wanneer kunnen ze je het best bellen?');
    expect(textOf(await chat.say('maakt niet uit'))).toContain(`• Je nummer: ${shown}`);
  });

  it('says a number typed wrong or abroad is one, never "ik zie geen nummer"', async () => {
    const { chat } = await atOffer();
    await sayAll(chat, ['ja', 'Sam']);
    const short = await chat.say('06 1234 567');
    expect(textOf(short)).toContain('Dat nummer klopt nog niet.');
    const abroad = await chat.say('+32 470 12 34 56');
    expect(textOf(abroad)).toContain('Dat is een nummer uit het buitenland.');
    expect(textOf([...short, ...abroad])).not.toContain('Ik zie nog geen');
  });

  it('has a clear way out, "Toch niet bellen", and "sla over" works too', async () => {
    for (const skip of ['Toch niet bellen', 'sla over']) {
      const { chat, outbox } = await atOffer();
      const asked = await sayAll(chat, ['ja', 'Sam']);
      expect(asked[asked.length - 1].buttons).toEqual(['Toch niet bellen']);
      expect(textOf(await chat.say(skip))).toContain('Zonder nummer kunnen ze je niet bellen.');
      expect(await outbox.size()).toBe(0);
    }
  });
});

describe('after the plan, the call-back can still be asked for', () => {
  it('"ik wil toch dat het wijkteam me belt" after "Toch niet bellen" leads back to the call-back, not a restart', async () => {
    const { chat, outbox } = await atOffer();
    await sayAll(chat, ['ja', 'Sam', 'Toch niet bellen']);
    const back = await chat.say('ik wil toch dat het wijkteam me belt');
    expect(textOf(back)).toContain('Hoe mogen ze je noemen?');
    expect(textOf(back)).not.toMatch(NEW_START);
    await sayAll(chat, ['Sam', '06 1234 5678', 'In de ochtend', 'ja']);
    expect(await outbox.size()).toBe(1);
  });

  it('after "nee" to the offer, a number typed later is taken (and the name asked for it)', async () => {
    const { chat, outbox } = await atOffer();
    expect(textOf(await chat.say('nee'))).toContain('Bedenk je je? Typ dan: bel me toch.');
    const named = await chat.say('bel me toch maar op 06-12345678');
    expect(textOf(named)).toContain('Hoe mogen ze je noemen?');
    const moment = await chat.say('ik heet Sam');
    expect(textOf(moment)).toContain('Wanneer kunnen ze je het best bellen?');
    const summary = await chat.say('middag');
    expect(textOf(summary)).toContain('• Je naam: Sam');
    expect(textOf(summary)).toContain('• Je nummer: 06-12345678');
    await chat.say('ja');
    expect(await outbox.size()).toBe(1);
  });

  it('after "nee" at the summary, "bel me toch" asks again from the name: nothing was kept', async () => {
    const { chat } = await atOffer();
    await sayAll(chat, ['ja', 'Sam', '0612345678', 'ochtend', 'nee']);
    expect(textOf(await chat.say('bel me toch'))).toContain('Hoe mogen ze je noemen?');
  });

  it('any other message starts anew, as before; "bel me maar niet" too', async () => {
    const { chat } = await atOffer();
    await chat.say('nee');
    expect(textOf(await chat.say('bel me maar niet'))).toMatch(NEW_START);
    const again = await atOffer();
    await again.chat.say('nee');
    const hallo = await again.chat.say('hallo');
    expect(textOf(hallo)).not.toContain('Hoe mogen ze je noemen?');
    expect(textOf(await again.chat.say('bel me toch'))).not.toContain('Hoe mogen ze je noemen?');
  });
});
