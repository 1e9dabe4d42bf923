import { ConversationCore, ConversationRecordSchema, type ConversationRecord } from '../../src/conversation/core';
import { BACK_STEPS } from '../../src/conversation/stepBack';

/*
 * What "terug" stores is only what undoes each answer (src/conversation/stepBack.ts). Going back must give the
 * state before that answer exactly: its question and every value the answer set (the answer, facts, echo, amounts).
 */

const OPTIONS = { ttlDays: 30, planLink: (token: string) => `https://plan.test/${token}` };
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Answers that change much of the context: free text with facts, a signal, a said-back wish, an amount. */
const ANSWERS = [
  'het lukt niet, ik ben net vrij en heb schulden bij het cjib', 'ja', 'nee', 'Veel stress', 'ik slaap slecht door de brieven',
  'over zes maanden wil ik een eigen huis', 'ja', 'nog niks', 'iemand die met mij de post doorneemt', 'ja', 'nee', 'ja', 'nee',
];

async function talk(core: ConversationCore, lines: readonly string[]): Promise<ConversationRecord[]> {
  const incoming = { channelId: 'test', conversationId: 'step-back' };
  let stored: unknown = (await core.turn(undefined, { ...incoming, kind: 'opened' })).record;
  stored = (await core.turn(roundTrip(stored), { ...incoming, kind: 'message', text: 'Ik wil praten over geld' })).record;
  const records: ConversationRecord[] = [roundTrip(stored) as ConversationRecord];
  for (const text of lines) {
    // Read back through JSON as storage does, and checked by the stored record's schema.
    const { record } = await core.turn(roundTrip(stored), { ...incoming, kind: 'message', text });
    stored = record;
    records.push(ConversationRecordSchema.parse(roundTrip(record)));
  }
  return records;
}

describe('going back restores the state before the answer exactly', () => {
  it(`each "terug" gives the question and the context as they were, up to ${BACK_STEPS} answers back`, async () => {
    const core = new ConversationCore(OPTIONS);
    const records = await talk(core, [...ANSWERS, ...Array<string>(BACK_STEPS + 1).fill('terug')]);
    const answered = records.slice(0, ANSWERS.length + 1);
    const back = records.slice(ANSWERS.length + 1);
    for (let i = 0; i < BACK_STEPS; i++) {
      const expected = answered[answered.length - 2 - i].flow!;
      expect(back[i].flow!.snapshot.value).toEqual(expected.snapshot.value);
      expect(back[i].flow!.snapshot.context).toEqual(expected.snapshot.context);
      expect(back[i].flow!.step).toEqual(expected.step);
    }
    // No further: the state stays where it was, and nothing is left to go back over.
    expect(back[BACK_STEPS].flow!.snapshot).toEqual(back[BACK_STEPS - 1].flow!.snapshot);
    expect(back[BACK_STEPS].back).toBeUndefined();
  });

  it(`keeps at most ${BACK_STEPS} answers, and forgets them when the conversation starts over`, async () => {
    const core = new ConversationCore(OPTIONS);
    const records = await talk(core, [...ANSWERS, 'opnieuw']);
    expect(records[ANSWERS.length].back?.steps).toHaveLength(BACK_STEPS);
    expect(records[ANSWERS.length + 1].back).toBeUndefined();
  });
});
