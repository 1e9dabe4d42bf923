import { ConversationCore, type ConversationRecord } from '../../src/conversation/core';
import type { Reply as CoreReply } from '../../src/conversation/reply';
import { Chat, techniqueClassifier, textOf, buttonsOf } from '../helpers/chat';

const WHO = 'Met wie wil je oefenen?';
const SANDRA_INTRO = 'Je spreekt met Sandra (41).';
const MENU = 'Wat wil je opzoeken?';
const ASIDE = "Je oefening staat even stil. Typ 'verder oefenen' als je terug wilt naar waar je was.";
const BACK = 'We gaan verder met je oefening, waar je was.';

async function newChat(): Promise<Chat> {
  return new Chat({ techniques: await techniqueClassifier() });
}

async function inLookup(): Promise<Chat> {
  const chat = await newChat();
  await chat.open();
  expect(textOf(await chat.say('Wegwijzer opzoeken'))).toContain(MENU);
  return chat;
}

describe('from the lookup to practice', () => {
  it.each(['ik wil nu even oefenen', 'oefenen', 'ik wil oefenen'])('"%s" at the lookup leads to practice, not to a search', async (text) => {
    const chat = await inLookup();
    const replies = textOf(await chat.say(text));
    expect(replies).not.toContain('Ik vond niets');
    expect(replies).toContain(WHO);
  });

  it('"oefenen met Kim" at the lookup starts with Kim', async () => {
    const chat = await inLookup();
    const replies = textOf(await chat.say('oefenen met Kim'));
    expect(replies).not.toContain(WHO);
    expect(replies).toContain('Je spreekt met Kim (26).');
  });

  it('a search that only mentions other words is still a search', async () => {
    const chat = await inLookup();
    expect(textOf(await chat.say('wat is een briefadres'))).toContain('Briefadres');
  });
});

describe('looking something up in the middle of practice, and going back', () => {
  async function practisingThenLookup(): Promise<Chat> {
    const chat = await newChat();
    await chat.open();
    await chat.say('Ik ben professional en wil oefenen');
    await chat.say('Sandra');
    await chat.say('Hoe gaat het met je geld?');
    await chat.say('Ik spreek vaak mensen met geldzorgen. Herken je dat?');
    const lookup = textOf(await chat.say('wegwijzer opzoeken'));
    expect(lookup).toContain(ASIDE);
    expect(lookup).toContain(MENU);
    expect(textOf(await chat.say('wat is een briefadres'))).toContain('Briefadres');
    return chat;
  }

  it('"verder oefenen" goes on with the same client, with the questions asked before', async () => {
    const chat = await practisingThenLookup();
    const back = textOf(await chat.say('verder oefenen'));
    expect(back).toContain(BACK);
    expect(back).not.toContain(WHO);
    expect(textOf(await chat.say('Wat merk je daarvan?'))).toMatch(/^Sandra: /);
    const feedback = textOf(await chat.say('klaar'));
    expect(feedback).toContain('Feedback op je gesprek met Sandra');
    // The two questions before the lookup and the one after it.
    expect(feedback.match(/Jouw technieken, op volgorde: (.*)\./)?.[1].split(' → ')).toHaveLength(3);
  });

  it('also after "Klaar met opzoeken"', async () => {
    const chat = await practisingThenLookup();
    await chat.say('Klaar met opzoeken');
    const back = textOf(await chat.say('verder oefenen'));
    expect(back).toContain(BACK);
    expect(back).not.toContain(WHO);
  });

  it('"opnieuw" forgets the practice session', async () => {
    const chat = await practisingThenLookup();
    await chat.say('opnieuw');
    const replies = textOf(await chat.say('Ik ben professional en wil oefenen'));
    expect(replies).not.toContain(BACK);
    expect(replies).toContain(WHO);
  });

  it('a session set aside by an older version of practice cannot go on: it says so, and practice starts anew', async () => {
    const core = new ConversationCore({ ttlDays: 30, planLink: (token) => `https://plan.test/${token}`, techniques: await techniqueClassifier() });
    const says = (replies: CoreReply[]) => replies.map((r) => ('text' in r ? String(r.text) : r.type)).join('\n');
    const message = (text: string) => ({ kind: 'message' as const, text, channelId: 'test', conversationId: 'aside-1' });
    let record: ConversationRecord | null = (await core.turn(undefined, { kind: 'opened', channelId: 'test', conversationId: 'aside-1' })).record;
    for (const text of ['Ik ben professional en wil oefenen', 'Sandra', 'wegwijzer']) record = (await core.turn(record, message(text))).record;
    const stored = JSON.parse(JSON.stringify(record)) as ConversationRecord;
    expect(stored.setAside?.flow).toBe('oefenen');
    stored.setAside = { ...stored.setAside!, version: 'an-older-one' };
    const replies = says((await core.turn(stored, message('verder oefenen'))).replies);
    expect(replies).toContain('Ik ben net vernieuwd');
    expect(replies).toContain(WHO);
  });
});

describe('a client named in the first message', () => {
  it('"ik wil oefenen met sandra" starts practice with Sandra', async () => {
    const chat = await newChat();
    await chat.open();
    const replies = await chat.say('ik wil oefenen met sandra');
    expect(textOf(replies)).not.toContain(WHO);
    expect(textOf(replies)).toContain(SANDRA_INTRO);
    expect(textOf(await chat.say('Hoe gaat het met je?'))).toMatch(/^Sandra: /);
  });

  it('also as the very first message, after the greeting', async () => {
    const chat = await newChat();
    const replies = textOf(await chat.say('ik wil oefenen met sandra'));
    expect(replies).toContain('Hoi! Ik ben Geldgesprek.');
    expect(replies).toContain(SANDRA_INTRO);
    expect(replies).not.toContain(WHO);
  });

  it('a client named by what is going on: "oefenen met iemand die net vrij is" is Rachid', async () => {
    const chat = await newChat();
    await chat.open();
    expect(textOf(await chat.say('ik wil oefenen met iemand die net vrij is'))).toContain('Je spreekt met Rachid (29).');
  });

  it('no client named: the choice of client', async () => {
    const chat = await newChat();
    await chat.open();
    const replies = await chat.say('ik wil oefenen');
    expect(textOf(replies)).toContain(WHO);
    expect(buttonsOf(replies)).toHaveLength(4);
  });
});
