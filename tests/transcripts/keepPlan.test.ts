import type { Storage, StoreItems } from 'botbuilder';
import { MemoryStorage } from '../../src/bot/storage';
import { MemoryOutbox } from '../../src/handover/outbox';
import { HandoverRequests } from '../../src/handover/requests';
import { PLAN_TOKEN } from '../../src/plan/keptPlan';
import { planPage } from '../../src/plan/page';
import { MemoryPlanStore, type KeepRequest, type PlanStore } from '../../src/plan/store';
import { Chat, sayAll, talk, TEST_PLAN_BASE, textOf, type Reply } from '../helpers/chat';
import { TESTSTAD } from '../helpers/teststad';

const DAY_MS = 24 * 3600 * 1000;
/** The short way to "Jouw plan": an urgent situation goes straight to it. */
const TO_PLAN = ['Ik wil praten over geld', 'het lukt niet', 'ja', 'ja'];
const LINK = new RegExp(`${TEST_PLAN_BASE}/plan/([A-Za-z0-9_-]{32})`);

function linkIn(replies: Reply[]): { url: string; token: string } {
  const m = LINK.exec(textOf(replies));
  if (!m) throw new Error(`No plan link in: ${textOf(replies)}`);
  return { url: m[0], token: m[1] };
}

/** The plan card's Adaptive Card, and what it shows. */
function planCardOf(replies: Reply[]) {
  const card = replies.flatMap((r) => r.activity.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  const content = card?.content as { body: Array<{ text: string }>; actions?: Array<{ type: string; title: string; data: unknown }> };
  return content;
}

/** The openUrl buttons of the replies' hero cards. */
function openUrls(replies: Reply[]): string[] {
  return replies
    .flatMap((r) => r.activity.attachments ?? [])
    .flatMap((a) => ((a.content as { buttons?: Array<{ type: string; value: string }> }).buttons ?? []).filter((b) => b.type === 'openUrl').map((b) => b.value));
}

async function toPlan(options: { plans?: PlanStore; storage?: Storage; gemeente?: string; newPlanToken?: () => string } = {}) {
  const plans = options.plans ?? new MemoryPlanStore(30 * DAY_MS);
  const chat = new Chat({ plans, storage: options.storage, newPlanToken: options.newPlanToken, gemeenten: new Map([['teststad', TESTSTAD]]), handover: new HandoverRequests(new MemoryOutbox()) });
  if (options.gemeente) await chat.send({ type: 'event', name: 'webchat/join', value: { gemeente: options.gemeente } });
  const plan = await sayAll(chat, TO_PLAN);
  return { chat, plan, plans };
}

describe('"Bewaar mijn plan"', () => {
  it('is a button on the plan card, and the closing words say how to keep the plan (no more "maak een foto")', async () => {
    const { plan } = await toPlan();
    const card = planCardOf(plan);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Bewaar mijn plan', data: 'Bewaar mijn plan' }]);
    expect(textOf(plan)).not.toMatch(/foto|schermafdruk/);
    expect(textOf(plan)).toContain("Druk op 'Bewaar mijn plan'");
  });

  it('gives a link with a random token, says how long it stays and how to remove it, and keeps exactly the card', async () => {
    const { chat, plan, plans } = await toPlan();
    const kept = await chat.say('Bewaar mijn plan');
    const { url, token } = linkIn(kept);
    expect(token).toMatch(PLAN_TOKEN);
    expect(openUrls(kept)).toEqual([url]);
    expect(textOf(kept)).toContain('De link werkt 30 dagen.');
    expect(textOf(kept)).toContain('verwijder mijn gegevens');
    // After a finished conversation the link is the whole answer: no new start is pushed on the person.
    expect(textOf(kept)).not.toContain('Waar wil je mee beginnen?');
    const stored = (await plans.get(token))!;
    expect(stored.title).toBe('Jouw plan');
    // The card's text (its summary line lists the section titles) is what was kept, section by section.
    const cardMessage = plan.find((r) => (r.activity.attachments ?? []).length > 0)!.text;
    expect(cardMessage).toBe(`Jouw plan: ${stored.sections.map((s) => s.title).join(', ')}`);
    expect(Date.parse(stored.expiresAt) - Date.parse(stored.madeAt)).toBeGreaterThanOrEqual(30 * DAY_MS - 1000);
  });

  it.each(['bewaar', 'opslaan', 'printen', 'pdf', 'kan ik dit bewaren', 'hoe kan ik dit plan bewaren?'])('understands "%s" after the plan, and gives the same link again', async (words) => {
    const { chat } = await toPlan();
    const first = linkIn(await chat.say('Bewaar mijn plan'));
    const again = await chat.say(words);
    expect(linkIn(again)).toEqual(first);
  });

  it('on a channel without cards: the button under the plan\'s last message, and the link as text only', async () => {
    const chat = new Chat({ plans: new MemoryPlanStore(DAY_MS), channelId: 'sms' });
    const plan = await sayAll(chat, TO_PLAN);
    expect(plan.flatMap((r) => r.activity.attachments ?? [])).toEqual([]);
    expect(plan.find((r) => r.buttons.includes('Bewaar mijn plan'))).toBeDefined();
    const kept = await chat.say('Bewaar mijn plan');
    expect(textOf(kept)).toMatch(LINK);
    expect(kept.flatMap((r) => r.activity.attachments ?? [])).toEqual([]);
  });

  it('means nothing special before there is a plan ("bewaar" is then just an answer)', async () => {
    const chat = new Chat({ plans: new MemoryPlanStore(DAY_MS) });
    const opening = await chat.say('Ik wil praten over geld');
    const replies = await chat.say('bewaar');
    expect(textOf(replies)).not.toMatch(LINK);
    // Read as the answer to the open question asked: the bot asks what is meant (doorvragen).
    expect(textOf(opening)).toContain('Hoe staat het met je geld?');
    expect(textOf(replies)).toContain('Hoe bedoel je dat precies?');
  });

  it('while the call-back question waits: gives the link, then asks that question again', async () => {
    const { chat, plan } = await toPlan({ gemeente: 'teststad' });
    const replies = await talk(chat, plan, [['Wil je dat iemand van het wijkteam je belt?', 'Bewaar mijn plan']]);
    const after = replies.slice(plan.length);
    expect(textOf(after)).toMatch(LINK);
    expect(after.at(-1)!.text).toBe('Wil je dat iemand van het wijkteam je belt? Dan hoef jij niet zelf te bellen.');
  });

  it('keeps only what the card shows: not the name or number given for the call-back, not the conversation id', async () => {
    const { chat, plan, plans } = await toPlan({ gemeente: 'teststad' });
    await talk(chat, plan, [
      ['Wil je dat iemand van het wijkteam je belt?', 'ja'],
      ['Je voornaam of een bijnaam is genoeg.', 'Samira'],
      ['Op welk nummer kunnen ze je bellen?', '06 1234 5678'],
      ['Wanneer kunnen ze je het best bellen?', 'In de middag'],
      ['Mag ik dit nu versturen?', 'ja'],
    ]);
    const { token } = linkIn(await chat.say('bewaar mijn plan'));
    const stored = (await plans.get(token))!;
    const page = planPage(stored, token);
    const conversationId = String(chat.adapter.conversation.conversation.id);
    for (const text of [JSON.stringify(stored), page]) {
      expect(text).not.toMatch(/Samira|12345678|1234 5678/);
      expect(text).not.toContain(conversationId);
    }
    expect(page).toContain('Jouw plan');
  });

  it('"verwijder mijn gegevens" removes the kept plan too, and says so', async () => {
    const { chat, plans } = await toPlan();
    const { token } = linkIn(await chat.say('Bewaar mijn plan'));
    expect(await plans.get(token)).not.toBeNull();
    const deleted = await chat.say('verwijder mijn gegevens');
    expect(textOf(deleted)).toContain('Ook een plan dat je bewaarde, is weg.');
    expect(await plans.get(token)).toBeNull();
  });

  it('says so when keeping failed, and the same words later keep it under the same link', async () => {
    let failing = true;
    const memory = new MemoryPlanStore(DAY_MS);
    const flaky: PlanStore = {
      kind: 'memory',
      ttlMs: DAY_MS,
      keep: (request: KeepRequest) => (failing ? Promise.reject(new Error('down')) : memory.keep(request)),
      get: (token) => memory.get(token),
      forget: (c) => memory.forget(c),
      close: () => memory.close(),
    };
    const { chat } = await toPlan({ plans: flaky });
    const failed = await chat.say('Bewaar mijn plan');
    expect(textOf(failed)).toContain('het bewaren is niet gelukt');
    const { token } = linkIn(failed);
    expect(await memory.get(token)).toBeNull();
    failing = false;
    const retried = await chat.say('Bewaar mijn plan');
    expect(linkIn(retried).token).toBe(token);
    expect(await memory.get(token)).not.toBeNull();
  });
});

/** Storage where another instance writes the conversation just before our next write (once): a real ETag conflict. */
class OneConflict extends MemoryStorage {
  armed = false;
  override async write(changes: StoreItems): Promise<void> {
    if (this.armed) {
      this.armed = false;
      const keys = Object.keys(changes);
      const current = await this.read(keys);
      await super.write(Object.fromEntries(keys.map((k) => [k, { ...current[k], eTag: '*' }])));
    }
    return super.write(changes);
  }
}

describe('"Bewaar mijn plan" in a turn that is run again after a conflict', () => {
  it('keeps one plan, under the link the person sees; the first attempt\'s token is never stored', async () => {
    const storage = new OneConflict(3600);
    const tokens: string[] = [];
    const newPlanToken = () => {
      tokens.push(`${String(tokens.length).padStart(2, '0')}${'x'.repeat(30)}`);
      return tokens.at(-1)!;
    };
    const kept: string[] = [];
    const memory = new MemoryPlanStore(DAY_MS);
    const counting: PlanStore = { kind: 'memory', ttlMs: DAY_MS, keep: (r) => (kept.push(r.token), memory.keep(r)), get: (t) => memory.get(t), forget: (c) => memory.forget(c), close: () => memory.close() };
    const { chat } = await toPlan({ plans: counting, storage, newPlanToken });
    storage.armed = true;
    const replies = await chat.say('Bewaar mijn plan');
    // Two attempts made two tokens; only the one whose write succeeded was kept, and it is the one shown.
    expect(tokens).toHaveLength(2);
    expect(kept).toEqual([tokens[1]]);
    expect(linkIn(replies).token).toBe(tokens[1]);
    expect(await memory.get(tokens[0])).toBeNull();
    expect(replies.filter((r) => LINK.test(r.text))).toHaveLength(1);
  });
});

describe('the plan after the conversation moved on (from a client tester)', () => {
  it('"ik wil mijn plan houden" after another message still keeps the plan the person just saw', async () => {
    const { chat } = await toPlan();
    await chat.say('kan mijn man zien dat ik dit heb gedaan?');
    const kept = await chat.say('ik wil mijn plan houden');
    expect(openUrls(kept)).toHaveLength(1);
    expect(textOf(kept)).toContain('De link werkt 30 dagen.');
  });
});
