import { TESTSTAD } from '../helpers/teststad';
import { MemoryOutbox } from '../../src/handover/outbox';
import { HandoverRequests } from '../../src/handover/requests';
import { buttonsOf, Chat, planData, sayAll, techniqueClassifier, textOf, type Reply, lastQuestion } from '../helpers/chat';

/**
 * No dead ends outside the gesprek (the gesprek itself is checked in freeText.test.ts): what a person
 * meets who keeps typing something the bot cannot read, in the welcome, the wegwijzer, practice mode
 * and the call-back questions.
 */

/** Replies that say the bot could not read the answer (see unclear.* in content/nl/texts/algemeen.json). */
const NOT_UNDERSTOOD = /^(Dat snap ik nog niet goed|Ik zie nog (steeds )?geen|Ik snap het nog niet goed)/;
const UNREADABLE = 'qqq zzz';
const WAYS_IN = ['Ik wil praten over geld', 'Ik ben professional en wil oefenen', 'Wegwijzer opzoeken'];

/** The question a set of replies ends with (the last line that waits for an answer). */
const notUnderstood = (replies: Reply[]) => replies.filter((r) => NOT_UNDERSTOOD.test(r.text)).map((r) => r.text);

/** Types unreadable text at most three times; true when the bot moved on to another question (or ended the question). */
async function movesOnWithinThree(chat: Chat, question: string): Promise<{ moved: boolean; replies: Reply[] }> {
  let replies: Reply[] = [];
  for (let turn = 0; turn < 3; turn++) {
    replies = await chat.say(UNREADABLE);
    if (lastQuestion(replies) !== question) return { moved: true, replies };
  }
  return { moved: false, replies };
}

/** The same not-understood reply twice in a row is a loop: the person learns nothing new. */
function expectNoRepeatedSorry(turns: Reply[][]): void {
  for (let i = 1; i < turns.length; i++) {
    const before = notUnderstood(turns[i - 1]);
    const now = notUnderstood(turns[i]);
    expect({ turn: i, repeated: now.filter((t) => before.includes(t)) }).toEqual({ turn: i, repeated: [] });
  }
}

describe('no dead ends: the welcome (welkom)', () => {
  // The welcome asks its one short question with the three buttons once; words that still point no way then
  // start the money conversation (what most people come for), so the menu never repeats in a loop. No
  // "not understood" reply at all, and "opnieuw" brings the three ways back.
  it('asks once, then starts the money conversation, without a not-understood reply', async () => {
    const chat = new Chat();
    await chat.open();
    const first = await chat.say(UNREADABLE);
    expect(notUnderstood(first)).toEqual([]);
    expect(lastQuestion(first)).toContain('Waar kan ik je mee helpen?');
    expect(buttonsOf(first)).toEqual(WAYS_IN);
    const second = await chat.say(UNREADABLE);
    expect(notUnderstood(second)).toEqual([]);
    expect(lastQuestion(second)).toContain('Lukt het jou om rond te komen?');
    expect(textOf(await chat.say('opnieuw'))).toContain('Waar wil je mee beginnen?');
  });
});

describe('no dead ends: the wegwijzer lookup', () => {
  async function lookup(): Promise<Chat> {
    const chat = new Chat();
    await chat.open();
    expect(textOf(await chat.say('Wegwijzer opzoeken'))).toContain('Wat wil je opzoeken?');
    return chat;
  }

  // By design any text at the lookup menu is a search. The right behaviour: every time it says what it
  // searched for and found nothing, offers the sections again and the way out ('Klaar met opzoeken').
  it('at the menu: says it found nothing, with the sections and the way out, every time', async () => {
    const chat = await lookup();
    for (let turn = 0; turn < 3; turn++) {
      const replies = await chat.say(UNREADABLE);
      expect(notUnderstood(replies)).toEqual([]);
      expect(textOf(replies)).toContain(`Ik vond niets bij “${UNREADABLE}”`);
      expect(buttonsOf(replies)).toEqual(expect.arrayContaining(['De routekaart stap voor stap', 'Klaar met opzoeken']));
    }
    expect(textOf(await chat.say('Klaar met opzoeken'))).toContain('Succes met je gesprek.');
  });

  it.each([
    ['the first', []],
    ['a later', ['nee']],
  ])('the routekaart step by step: at %s question, unreadable text leaves within three turns', async (_which, before) => {
    const chat = await lookup();
    const first = await chat.say('De routekaart stap voor stap');
    const replies = before.length ? await sayAll(chat, before) : first;
    const question = lastQuestion(replies);
    expect(question).toContain('Ja of nee?');
    const { moved } = await movesOnWithinThree(chat, question);
    expect({ question, moved }).toEqual({ question, moved: true });
  });
});

describe('no dead ends: practice mode (oefenen)', () => {
  async function practice(): Promise<Chat> {
    const chat = new Chat({ techniques: await techniqueClassifier() });
    await chat.open();
    expect(textOf(await chat.say('Ik ben professional en wil oefenen'))).toContain('Met wie wil je oefenen?');
    return chat;
  }

  // The choice of client is a button question like any other: asked again once, and after two unreadable
  // answers the bot picks a client and practice starts (it once looped here for ever).
  it('the choice of client: asked again once, then the bot picks a client and practice starts', async () => {
    const chat = await practice();
    const first = await chat.say(UNREADABLE);
    expect(buttonsOf(first).length).toBeGreaterThan(0);
    const second = await chat.say(UNREADABLE);
    expect(textOf(second)).toContain("Ik vul voor nu 'weet ik niet' in");
    expect(second.at(-1)?.activity.channelData?.geldgesprek?.flow).toBe('oefenen');
    expect(textOf(second)).not.toContain('Met wie wil je oefenen?');
    expectNoRepeatedSorry([first, second]);
  });

  // By design, in the practice conversation every line is a question to the simulated client: there is no
  // "not understood". The right behaviour: the client answers every time (with the technique recognised),
  // never the very same reply twice in a row, and 'klaar' still ends with feedback.
  it('talking with the client: an answer every time, never the same twice in a row, and klaar still works', async () => {
    const chat = await practice();
    await chat.say('Rachid');
    let previous = '';
    for (let turn = 0; turn < 5; turn++) {
      const replies = await chat.say(UNREADABLE);
      expect(notUnderstood(replies)).toEqual([]);
      const said = replies.map((r) => r.text).join('\n');
      expect(said).toMatch(/^Rachid: /);
      expect(said).toContain('(herkend:');
      expect(said).not.toEqual(previous);
      previous = said;
    }
    expect(textOf(await chat.say('klaar'))).toContain('Feedback op je gesprek met Rachid');
  });

  // After the feedback the professional chooses the help that fits: a button question; after two unreadable
  // answers the bot shows the help that fits without a choice (it once looped here for ever).
  it('the help that fits, after the feedback: buttons every time, and not the same not-understood reply twice in a row', async () => {
    const chat = await practice();
    await chat.say('Rachid');
    await chat.say('Hoe gaat het met je geldzaken?');
    expect(textOf(await chat.say('klaar'))).toContain('Welke hulp past het best bij deze cliënt?');
    const first = await chat.say(UNREADABLE);
    expect(buttonsOf(first).length).toBeGreaterThan(0);
    const second = await chat.say(UNREADABLE);
    expect(textOf(second)).toContain('Bij Rachid past');
    expectNoRepeatedSorry([first, second]);
  });
});

describe('no dead ends: the call-back questions (terugbellen)', () => {
  const teststad = TESTSTAD;


  /** A plan in a gemeente that takes call-backs, then the answers given before the question under test. */
  async function at(answers: readonly string[]): Promise<{ chat: Chat; question: string }> {
    const chat = new Chat({ gemeenten: new Map([['teststad', teststad]]), handover: new HandoverRequests(new MemoryOutbox()) });
    await chat.open('teststad');
    const plan = await sayAll(chat, ['Ik wil praten over geld', 'het lukt niet', 'ja', 'ja']);
    expect(planData(plan)).toBeDefined();
    const replies = await sayAll(chat, answers);
    return { chat, question: lastQuestion(answers.length ? replies : plan) };
  }

  it.each([
    ['Wil je dat iemand van het wijkteam je belt?', []],
    // Any text is a name (a nickname is fine), so unreadable text moves on at once.
    ['Hoe mogen ze je noemen?', ['ja']],
    ['Wanneer kunnen ze je het best bellen?', ['ja', 'Sam', '06 1234 5678']],
    ['Dit stuur ik naar Wijkteam Teststad', ['ja', 'Sam', '06 1234 5678', 'In de middag']],
  ])('at "%s" a stream of unreadable answers moves on within three turns', async (asked, answers) => {
    const { chat, question } = await at(answers);
    expect(question).toContain(asked.replace('Dit stuur ik naar Wijkteam Teststad', ''));
    const { moved } = await movesOnWithinThree(chat, question);
    expect({ asked, moved }).toEqual({ asked, moved: true });
  });

  // A phone number has no answer to fill in ("weet ik niet" would lose the call-back): the question keeps
  // asking, never with the same line twice in a row, and always with the way out.
  it('at "Op welk nummer kunnen ze je bellen?" keeps asking, with "Toch niet bellen", and never gives up', async () => {
    const { chat, question } = await at(['ja', 'Sam']);
    expect(question).toContain('Op welk nummer kunnen ze je bellen?');
    const turns: Reply[][] = [];
    for (let turn = 0; turn < 4; turn++) {
      const replies = await chat.say(UNREADABLE);
      turns.push(replies);
      expect(notUnderstood(replies)).toHaveLength(1);
      expect(buttonsOf(replies)).toEqual(['Toch niet bellen']);
      expect(textOf(replies)).not.toContain("Ik vul voor nu 'weet ik niet' in");
    }
    expectNoRepeatedSorry(turns);
    expect(textOf(await chat.say('06 1234 5678'))).toContain('Wanneer kunnen ze je het best bellen?');
  });
});
