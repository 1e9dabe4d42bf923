import { personas } from '../../src/content/personas';
import { questionPart, readPractice } from '../../src/language/practice';
import { INITIAL_PRACTICE, practiceStep } from '../../src/practice/step';
import { Chat, techniqueClassifier, type Reply } from '../helpers/chat';

/** The simulated client's line and the label under it. */
function clientTurn(replies: Reply[]): { line: string; label: string; technique: unknown } {
  const reply = replies[replies.length - 1];
  const [line, label] = reply.text.split('\n');
  return { line, label, technique: (reply.activity.channelData as { geldgesprek?: { practice?: { technique: unknown } } }).geldgesprek?.practice?.technique };
}

async function practisingWithSandra(): Promise<Chat> {
  const chat = new Chat({ techniques: await techniqueClassifier() });
  await chat.open();
  await chat.say('Ik ben professional en wil oefenen');
  await chat.say('Sandra');
  return chat;
}

const sandra = personas.sandra;
const said = (line: string) => line.replace(/^Sandra: /, '');

describe('a promise of secrecy, in any words, is recognised as one', () => {
  it.each([
    'Wat je hier vertelt blijft tussen ons.',
    'Wat je hier vertelt blijft tussen ons, hoor',
    'ik zeg het tegen niemand',
    'Dit blijft onder ons.',
    'niemand hoort hiervan',
    'Ik vertel het echt aan niemand.',
    'Ik hou het voor me, beloofd.',
    'Ik hoef dit niet te melden hoor.',
  ])('"%s" is a promise of secrecy', (text) => {
    expect(readPractice(text).criteria).toEqual(['geheimBelofte']);
  });

  it.each([
    'sommige dingen moet ik melden',
    'Wat je zegt blijft hier, behalve als ik iets moet melden.',
    'Ik zeg het tegen niemand, tenzij ik het moet melden.',
    'Ik ben verplicht om sommige dingen te melden.',
  ])('"%s" explains the limits of confidentiality', (text) => {
    expect(readPractice(text).criteria).toEqual(['kader']);
  });

  it.each(['Heb je het aan niemand verteld?', 'Weet niemand van je schulden?', 'Ik beloof je dat we samen naar een oplossing zoeken.', 'Ik geef niet op, en jij?'])(
    '"%s" promises nothing',
    (text) => {
      expect(readPractice(text).criteria).not.toContain('geheimBelofte');
    },
  );

  it('a message about confidentiality only asks nothing; the question after it is what is asked', () => {
    expect(questionPart('Wat je hier vertelt blijft tussen ons, hoor')).toBe('');
    expect(questionPart('Sommige dingen moet ik melden.')).toBe('');
    expect(questionPart('Dit blijft onder ons. Hoe gaat het met je geld?')).toBe('Hoe gaat het met je geld?');
  });
});

describe('the simulated client hears a promise of secrecy, not a technique', () => {
  it('"Wat je hier vertelt blijft tussen ons." gets distrust and no technique label', async () => {
    const chat = await practisingWithSandra();
    for (const text of ['Wat je hier vertelt blijft tussen ons.', 'Wat je hier vertelt blijft tussen ons, hoor', 'ik zeg het tegen niemand']) {
      const turn = clientTurn(await chat.say(text));
      expect(sandra.secrecyPromise).toContain(said(turn.line));
      expect(turn.label).not.toContain('herkend');
      expect(turn.label).toContain('geen techniek');
      expect(turn.technique).toBeNull();
    }
    const feedback = (await chat.say('klaar')).map((r) => r.text).join('\n');
    expect(feedback).toContain('Je beloofde dat alles tussen jullie blijft.');
    // Three promises, and no question yet.
    expect(feedback).toContain('Je hebt nog geen vragen gesteld.');
  });

  it('explaining the limits is no pitfall: the client takes it in, and trust does not fall', async () => {
    const chat = await practisingWithSandra();
    const turn = clientTurn(await chat.say('sommige dingen moet ik melden'));
    expect(sandra.frame).toContain(said(turn.line));
    expect(turn.label).toContain('geen techniek');
    expect(turn.label).toContain('vertrouwen 1 van 5');
    expect(turn.technique).toBeNull();
  });

  it('a promise with a question: the client reacts to the promise, then answers the question', async () => {
    const chat = await practisingWithSandra();
    const turn = clientTurn(await chat.say('Dit blijft onder ons. Hoe gaat het met je geldzaken?'));
    expect(sandra.secrecyPromise.some((l) => said(turn.line).startsWith(l))).toBe(true);
    expect(turn.label).toContain('herkend');
    expect(turn.technique).not.toBeNull();
  });

  it('a promise brings out no hidden truth and earns no trust', () => {
    const warm = { ...INITIAL_PRACTICE, trust: 3 };
    const next = practiceStep(warm, { technique: null, topics: ['huur'], criteria: ['geheimBelofte'] }, Object.keys(sandra.truths));
    expect(next.reply).toEqual({ kind: 'secrecyPromise' });
    expect(next.uncovered).toEqual([]);
    expect(next.used).toEqual([]);
    expect(next.trust).toBe(3);
    expect(next.warmth).toBe(0);
  });
});
