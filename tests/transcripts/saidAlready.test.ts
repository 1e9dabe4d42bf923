import { cardsOf, Chat, inMoneyTalk, planData, textOf } from '../helpers/chat';
import { asksBack, interpret, isOwnStep, saysWhy } from '../../src/language';

/** Opens the chat and types every line; stops at the plan. */
async function typeThrough(lines: readonly string[]) {
  const chat = new Chat();
  await chat.open();
  const turns = [];
  for (const line of lines) {
    turns.push(await chat.say(line));
    if (process.env.SHOW_TRANSCRIPT) console.log(`> ${line}\n${turns[turns.length - 1].map((r) => `  ${r.text.slice(0, 90)}`).join('\n')}`);
    if (planData(turns.flat())) break;
  }
  return turns;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('what a client already said is not asked again (tester, ex-detainee clients)', () => {
  const opening =
    'hoi ik ben vorige week vrijgekomen na 8 maanden. ik slaap nu bij een vriend op de bank maar dat kan niet lang meer. ik heb geen inkomen nog niks aangevraagd. heb nog boetes bij het cjib zo 1200 euro en ik moet nog 800 terug aan een dealer van voor ik vast zat. die blijft appen. ik weet niet waar ik moet beginnen';

  it('a debt to a dealer is confirmed as a debt on the street, and the plan gives the advice for it, not for a loan from family', async () => {
    const turns = await typeThrough([opening, 'nee niet echt hij appt alleen', 'dat zeg ik toch net. geen inkomen dus nee', 'ja', 'geen van deze', 'weet ik niet', 'nee', 'niks', 'een uitkering en een eigen plek', 'ja', 'weet niet', 'ja', 'nee', '2000', 'nee', 'nee', 'nee', 'ja graag', 'nee']);
    const all = turns.flat();
    const text = textOf(all);
    expect(text).toContain('Je zei al dat je nog geld moet terugbetalen aan iemand op straat.');
    expect(text).not.toContain('mensen die je kent');
    const plan = cardsOf(all);
    expect(plan).toContain('Een schuld die je onveilig kan maken');
    expect(plan).not.toContain('Schulden bij familie of vrienden');
    expect(plan).not.toContain('Kun je de lening laten zien');
    // The eviction question: someone sleeping on a friend's couch has no house to leave; said once, not asked.
    expect(text).not.toContain('Moet je binnenkort je huis uit?');
    expect(text).toContain('Je zei al dat je nu geen eigen huis hebt.');
  });

  it('a signal picked with its reason, in a message that also calls for the crisis answer, is not asked about again', async () => {
    const turns = await typeThrough([opening, 'nee niet echt hij appt alleen', 'het lukt niet', 'ja', 'stress door die dealer. hoe lang duurt dit nog', 'ik ben veilig zei ik al. door']);
    const text = textOf(turns.flat());
    expect(text).toContain('Laat je me weten hoe het nu gaat?');
    expect(text).not.toContain('Wat maakt dat je zoveel stress hebt?');
    expect(textOf(turns[turns.length - 1])).toContain('Waar sta je dan over zes maanden?');
  });

  it('"slaap bij een vriend" in the message that says there is no house: "Waar slaap je vannacht?" is not asked, nor the eviction question again', async () => {
    const turns = await typeThrough(['ik wil praten over geld', 'die gasten blijven me appen, ben bang voor ze', 'nee', 'ja', 'ik heb geen huis man, zei ik al. slaap bij een vriend']);
    const last = textOf(turns[turns.length - 1]);
    expect(last).toContain('Fijn dat je vannacht een plek hebt.');
    expect(last).not.toContain('Waar slaap je vannacht?');
    expect(count(textOf(turns.flat()), 'Moet je binnenkort je huis uit?')).toBe(1);
    expect(last).toContain('Herken je iets hiervan?');
  });
});

describe('a question back or a refusal is no "nee"; swearing is not quoted as a next step', () => {
  const lines = [
    'ik wil praten over geld', 'het lukt niet', 'ja', 'nee', 'geen van deze', 'weet ik niet', 'nee', 'niks',
    'geen reclassering in elk geval. die kutzooi moeten er buiten blijven',
    'nee', 'ja', 'dat ga ik jou niet vertellen', 'nee', 'gaat je geen reet aan', 'ja', 'ja', 'weet ik niet', 'nee', 'nee', 'ja', 'nee', 'nee',
    'als het niet de reclassering is. wie dan?', 'weet ik niet', 'nee',
  ];

  it('"wie dan?" at "Wil je dat iemand je helpt?" is asked again, and the plan does not say "Je wilt nu geen hulp"', async () => {
    const turns = await typeThrough(lines);
    const all = turns.flat();
    const at = lines.indexOf('als het niet de reclassering is. wie dan?');
    expect(textOf(turns[at])).toContain('Wil je dat iemand je daarbij helpt?');
    expect(cardsOf(all)).not.toContain('Je wilt nu geen hulp');
    expect(cardsOf(all)).not.toContain('kutzooi');
    // A refusal of where the income comes from is "weet ik niet": the routekaart then asks about family money, as for "nee".
    expect(textOf(turns[lines.indexOf('dat ga ik jou niet vertellen')])).toContain('Krijg je geld van familie of vrienden?');
  });

  it('reads questions back, refusals, reasons and own steps', () => {
    expect(asksBack('als het niet de reclassering is. wie dan?')).toBe(true);
    expect(asksBack('waarom wil je dat weten')).toBe(true);
    expect(asksBack('nee, ik wil niet')).toBe(false);
    expect(interpret('als het niet de reclassering is. wie dan?', 'yesNo').kind).toBe('unclear');
    expect(interpret('nee. waarom?', 'yesNo').kind).toBe('no');
    expect(interpret('gaat je geen reet aan', 'yesNo').kind).toBe('unknown');
    expect(interpret('dat ga ik jou niet vertellen', 'yesNo').kind).toBe('unknown');
    expect(isOwnStep('geen reclassering in elk geval. die kutzooi moeten er buiten blijven')).toBe(false);
    expect(isOwnStep('waarom wil je dat weten')).toBe(false);
    expect(isOwnStep('dat ga ik jou niet vertellen')).toBe(false);
    expect(isOwnStep('een uitkering en een eigen plek')).toBe(true);
    expect(isOwnStep('ik wil mijn post samen met iemand openmaken')).toBe(true);
    expect(saysWhy('stress door die dealer')).toBe(true);
    expect(saysWhy('veel stress')).toBe(false);
  });
});

describe('a yes or no only guessed from a statement never ends the conversation in the plan', () => {
  it('"ik heb mijn fiets aan mijn neefje gegeven" at "Moet je binnenkort je huis uit?" is asked again, not read as "ja"', async () => {
    const { chat } = await inMoneyTalk();
    await chat.say('soms is het lastig');
    expect(textOf(await chat.say('ja'))).toContain('Moet je binnenkort je huis uit?');
    const replies = await chat.say('ik heb mijn fiets aan mijn neefje gegeven');
    expect(textOf(replies)).not.toContain('Dat is dringend');
    expect(textOf(replies)).toContain('Moet je binnenkort je huis uit?');
    expect(textOf(await chat.say('ja'))).toContain('Dat is dringend');
  });
});
