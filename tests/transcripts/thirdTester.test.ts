import { Chat, inMoneyTalk, planData, sayAll, textOf } from '../helpers/chat';

/** Found by a tester typing as clients: what the person corrects leaves the plan, and the count never contradicts itself. */
describe('from a third client tester', () => {
  it('"Je begreep me verkeerd" after the no-food help takes the voedselbank out of the plan', async () => {
    const { chat } = await inMoneyTalk();
    expect(textOf(await chat.say('ik heb al twee dagen niks gegeten'))).toContain('voedselbank');
    await chat.say('Je begreep me verkeerd');
    const plan = await sayAll(chat, ['het lukt niet', 'ja', 'ja']);
    expect(planData(plan)?.referrals).toBeDefined();
    expect(planData(plan)?.referrals).not.toContain('voedselbank');
  });

  it('"hoe lang duurt dit nog" near the end says it is nearly done, not "het duurt nog even"', async () => {
    const chat = new Chat();
    await chat.open();
    await sayAll(chat, ['Ik wil praten over geld', 'het lukt niet', 'ja']);
    const reply = textOf(await chat.say('hoe lang duurt dit nog'));
    expect(reply).not.toContain('Het duurt nog even');
  });
});

describe('violence at home gets its own help', () => {
  it('a partner who hits: Veilig Thuis first, no words about creditors or offences; a dealer: the police and the reclassering', async () => {
    const { chat: home } = await inMoneyTalk();
    const atHome = textOf(await home.say('mijn man slaat me als ik geld uitgeef'));
    expect(atHome).toContain('Veilig Thuis: 0800-2000');
    expect(atHome).not.toContain('strafbaars');
    expect(atHome).not.toContain('Meld Misdaad');
    const { chat: street } = await inMoneyTalk();
    const dealer = textOf(await street.say('die dealer slaat me als ik niet betaal'));
    expect(dealer).toContain('0900-8844');
    expect(dealer).toContain('strafbaars');
  });
});

describe('"kan hij zien dat ik hier was?" (a tester\'s mother whose partner controls her phone)', () => {
  it('is a question about data: on the bot\'s own web chat it says the chat stays on this device and how to wipe it', async () => {
    const { chat } = await inMoneyTalk({ channelId: 'webchat' });
    const reply = textOf(await chat.say('kan mijn man zien dat ik hier was op mijn telefoon?'));
    expect(reply).toContain('dit gesprek blijft ook op dit toestel');
    expect(reply).toContain('verwijder mijn gegevens');
    expect(reply).toContain('Lukt het jou om rond te komen?');
  });

  it('says nothing about this device where the page is not the bot\'s own (Teams)', async () => {
    const { chat } = await inMoneyTalk({ channelId: 'msteams' });
    expect(textOf(await chat.say('kan mijn man zien dat ik hier was?'))).not.toContain('op dit toestel');
  });
});
