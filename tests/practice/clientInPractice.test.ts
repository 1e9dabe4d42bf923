import { Chat, inMoneyTalk, textOf } from '../helpers/chat';

/** A client who ended up in practice by mistake (a tester's client pressed "oefenen"): no role-play scoring, straight to the money talk. */
describe('a client in practice mode', () => {
  it.each(['wtf ik ben geen hulpverlener. ik ben net vrij', 'ik wil niet oefenen, ik heb zelf schulden', 'verkeerde knop'])('"%s" leads to the money talk', async (text) => {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('Ik wil oefenen'))).toContain('Met wie wil je oefenen?');
    await chat.say('Sandra');
    const reply = textOf(await chat.say(text));
    expect(reply).toContain('Oefenen is voor hulpverleners.');
    expect(reply).toContain('Lukt het jou om rond te komen?');
    expect(reply).not.toContain('herkend');
  });

  it('"ik ben geen hulpverlener" outside practice is no reason to switch (the money talk reads it as usual)', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('ik ben geen hulpverlener'))).not.toContain('Oefenen is voor hulpverleners.');
  });
});
