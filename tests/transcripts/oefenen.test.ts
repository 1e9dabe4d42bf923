import { Chat, sayAll, techniqueClassifier, textOf, type Reply } from '../helpers/chat';
import { personas } from '../../src/content/personas';
import { renderPersonaIntro, renderPracticeReply } from '../../src/conversation/views/practice';
import { INITIAL_PRACTICE } from '../../src/practice/step';

async function practiceWith(persona: string): Promise<Chat> {
  const chat = new Chat({ techniques: await techniqueClassifier() });
  await chat.open();
  await chat.say('Ik ben professional en wil oefenen');
  const intro = await chat.say(persona);
  expect(textOf(intro)).toContain(`Je spreekt met ${personas[persona.toLowerCase()].name}`);
  return chat;
}

const practiceData = (replies: Reply[]) =>
  replies.map((r) => (r.activity.channelData as { geldgesprek?: { practice?: { technique: string; trust: number } } } | undefined)?.geldgesprek?.practice).filter(Boolean);

describe('practising with a simulated client', () => {
  it('a professional who only judges meets a closed client, and the feedback says so', async () => {
    const chat = await practiceWith('Rachid');
    const replies = await sayAll(chat, [
      'Waarom heb je niet gewoon betaald?',
      'Je hebt het zelf zover laten komen.',
      'Waarom open je je post nou niet gewoon?',
      'Waarom heb je die boetes laten oplopen?',
    ]);
    const data = practiceData(replies);
    expect(data.map((d) => d!.technique)).toEqual(['oordelen', 'oordelen', 'oordelen', 'oordelen']);
    expect(data[data.length - 1]!.trust).toBe(0);
    for (const reply of replies) expect(personas.rachid.afterJudging.some((line) => reply.text.includes(line))).toBe(true);
    const feedback = textOf(await chat.say('klaar'));
    expect(feedback).toContain('Een oordelende vraag');
    expect(feedback).toContain('Je kwam nog niets te weten');
    expect(feedback).toContain('Begin bij het eigen verhaal van de cliënt');
    expect(feedback).toContain('Vertrouwen aan het eind: 0 van de 5.');
  });

  it('a professional who follows the method uncovers income and debts, and gets the right phase and referral', async () => {
    const chat = await practiceWith('Sandra');
    const replies = await sayAll(chat, [
      'Wat je hier vertelt blijft vertrouwelijk, behalve als ik iets moet melden. Hoe gaat het met je geldzaken?',
      'Ik spreek regelmatig mensen voor wie het lastig is rekeningen in één keer te betalen. Hoe is dat voor jou?',
      'Ik zie dat je de afspraken bij de schuldhulp hebt gemist. Mag ik vragen hoe dat komt?',
      'Hoe is het met je inkomen?',
      'Hoe gaat het met de huur?',
      'Heb je van iemand geld geleend?',
      'Hoe bedoel je dat precies?',
      'Wat betekent het voor de kinderen als dit zo doorgaat?',
      'Wat heb je nodig om de eerste stap te zetten?',
    ]);
    expect(practiceData(replies).length).toBe(9);
    const text = textOf(replies);
    // Each truth has several wordings (varied per session); check that each came out, in any wording.
    for (const topic of ['inkomen', 'huur', 'informeel'] as const) {
      expect(personas.sandra.truths[topic].some((line) => text.includes(line))).toBe(true);
    }
    const feedback = textOf(await chat.say('klaar'));
    expect(feedback).toContain('Dit kwam je te weten:');
    expect(feedback).toContain('inkomen');
    expect(feedback).toContain('huurachterstand');
    expect(feedback).toContain('Waar je nu staat in de routekaart: Fase 3 - Financiële begeleiding.');
    expect(feedback).toContain('Je legde aan het begin je rol en de grenzen van vertrouwelijkheid uit.');
    expect(feedback).toContain('Weeg voor jezelf af: gaat het om niet willen of niet kunnen?');
    const comparison = textOf(await chat.say('Schuldhulpverlening'));
    expect(comparison).toContain('Goed gezien: Schuldhulpverlening van de gemeente past bij Sandra.');
    expect(comparison).toContain('binnen drie werkdagen');
  });

  it.each(Object.keys(personas))('%s can be chatted to the end, with feedback, a referral question and the alliance reflection', async (id) => {
    const chat = await practiceWith(personas[id].name);
    await sayAll(chat, ['Hoe staat het met je geld?', 'Veel mensen hebben zorgen over geld, herken je dat?', 'Hoe bedoel je dat precies?']);
    const feedback = await chat.say('klaar');
    expect(textOf(feedback)).toContain(`Feedback op je gesprek met ${personas[id].name}`);
    const comparison = await chat.say('Budgetcursus');
    expect(textOf(comparison)).toContain(personas[id].referral.reason);
    const reflection = await sayAll(chat, ['ja', 'ik denk het', 'redelijk duidelijk', 'ik luisterde', 'bij het geld']);
    expect(textOf(reflection)).toContain('gebaseerd op de vier factoren van de alliantiemonitor');
    expect(textOf(reflection)).toContain('Het is niet het officiële instrument.');
    expect(textOf(reflection)).toContain('Dank je wel voor het oefenen.');
  });

  it('ends with feedback by itself after the turn limit', async () => {
    const chat = await practiceWith('Dennis');
    const replies = await sayAll(chat, Array.from({ length: 14 }, () => 'Hoe gaat het met je geld?'));
    expect(textOf(replies)).toContain('Feedback op je gesprek met Dennis');
  });

  it('varies the client\'s wording between sessions: another seed, another wording', () => {
    const base = { persona: 'rachid', practice: { ...INITIAL_PRACTICE }, chosenReferral: null };
    const opening = (seed: number) => renderPersonaIntro({ ...base, seed }).slice(-1)[0].text;
    expect(opening(0)).not.toBe(opening(1));
    const reply = (seed: number) => renderPracticeReply({ ...base, seed, practice: { ...INITIAL_PRACTICE, turns: 1, used: ['inKaart'], reply: { kind: 'technique', technique: 'inKaart' } } })[0].text;
    expect(reply(0)).not.toBe(reply(1));
  });

  it('a threat of a report is judging, not early advice', async () => {
    const chat = await practiceWith('Rachid');
    const data = practiceData(await sayAll(chat, ['Als je niet meewerkt, zet ik dat in mijn rapport.']));
    expect(data[0]!.technique).toBe('oordelen');
  });

  it('pitfalls have their own heading, never under the techniques not used', async () => {
    const chat = await practiceWith('Dennis');
    await sayAll(chat, ['Waarom heb je niet gewoon betaald?']);
    const feedback = textOf(await chat.say('klaar'));
    const notUsed = feedback.slice(feedback.indexOf('Deze technieken gebruikte je niet'), feedback.indexOf('Valkuilen in dit gesprek:'));
    expect(notUsed).not.toContain('oordelende');
    expect(feedback.slice(feedback.indexOf('Valkuilen in dit gesprek:'))).toContain('Een oordelende vraag');
  });

  it('Kim: the right help is the bewind she already has', async () => {
    const chat = await practiceWith('Kim');
    await sayAll(chat, ['Hoe staat het met je geld?']);
    await chat.say('klaar');
    const comparison = textOf(await chat.say('Geen nieuwe hulp: de hulp die er al is'));
    expect(comparison).toContain('Goed gezien: Geen nieuwe hulp: de hulp die er al is past bij Kim.');
    expect(comparison).toContain('Kim heeft al een bewindvoerder');
  });
});
