import { loadGemeenten } from '../../src/content/gemeenten';
import { buttonsOf, Chat, inMoneyTalk, lastQuestion, textOf } from '../helpers/chat';

/**
 * Someone else's crisis, asked about by the one who helps: the help for that other person, that they may say it
 * is about them, and the question that waited. No check question ("Ben je nu in gevaar?") and no waiting.
 */
describe("someone else's crisis mid-conversation", () => {
  it('a brother who wants to die: 113 also helps the one who worries, then the same question again', async () => {
    const { chat, pending } = await inMoneyTalk();
    const replies = await chat.say('mijn broer zegt dat hij er een eind aan wil maken, wat moet ik doen?');
    const text = textOf(replies);
    expect(text).toContain('113 Zelfmoordpreventie helpt ook als het om een ander gaat');
    expect(text).toContain('0800-0113');
    expect(text).toContain("Gaat het ook om jou? Dat mag je zeggen. Typ dan 'hulp nu'.");
    expect(text).not.toContain('Ik wil zeker weten dat het goed met je gaat');
    expect(buttonsOf(replies)).not.toContain('Ik ben nu veilig');
    expect(lastQuestion(replies)).toContain(pending);
    // The conversation goes on from there: an answer to the question counts.
    expect(textOf(await chat.say('het lukt niet'))).not.toContain(pending);
  });

  it('a niece hit by her boyfriend: Veilig Thuis, also for who only hears it; a cousin threatened by a loan shark: the police', async () => {
    const { chat: home } = await inMoneyTalk();
    const atHome = textOf(await home.say('mijn nicht wordt mishandeld door haar vriend, ik hoor het elke avond. wie kan ik bellen?'));
    expect(atHome).toContain('Veilig Thuis: 0800-2000. Ook als je het alleen ziet of hoort.');
    expect(atHome).not.toContain('0900-8844');
    const { chat: street } = await inMoneyTalk();
    const threatened = textOf(await street.say('mijn neef wordt bedreigd door een woekeraar, waar kan hij dat melden?'));
    expect(threatened).toContain('0900-8844');
    expect(threatened).not.toContain('Veilig Thuis');
  });

  it("on a gemeente's page, someone else without a bed gets its nachtopvang", async () => {
    const chat = new Chat({ gemeenten: loadGemeenten().gemeenten });
    await chat.open('voorbeeldstad');
    await chat.say('Ik wil praten over geld');
    const text = textOf(await chat.say('een maat van mij slaapt sinds gisteren buiten, waar kan hij naartoe?'));
    expect(text).toContain('Nachtopvang De Haven');
    expect(text).not.toContain('Ik wil zeker weten dat het goed met je gaat');
  });

  it('"hulp nu" after it gives the help to call now, as always', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('mijn zus zegt dat ze niet meer wil leven, hoe kan ik haar helpen?');
    expect(textOf(await chat.say('hulp nu'))).toContain('112');
  });
});
