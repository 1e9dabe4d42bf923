import { Chat, planData, sayAll, textOf } from '../helpers/chat';

/** Found by a tester typing as clients: what the person corrects leaves the plan, and the count never contradicts itself. */
describe('from a third client tester', () => {
  it('"Je begreep me verkeerd" after the no-food help takes the voedselbank out of the plan', async () => {
    const chat = new Chat();
    await chat.open();
    await chat.say('Ik wil praten over geld');
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
