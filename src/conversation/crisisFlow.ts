import { z } from 'zod';
import type { ContentKey } from '../content';
import type { Gemeente } from '../content/gemeenten';
import { CRISIS_TYPES, detectCrisis, interpret, matchChoice, readCrisisReply, SITUATION_TYPES, startsWithYesNo, type Crisis, type CrisisType } from '../language';
import { crisisText, localHow, sleepContact } from './localHelp';
import { choicesOf, renderQuestion, renderSay, type Question, type RenderVars } from './render';
import type { Reply } from './reply';
import type { RenderContext } from './views/context';

/**
 * What the crisis answer waits for, stored in the conversation record (no words, only the step):
 * `check` after a possible signal ("Ben je nu in gevaar?"), `sleep` for "Waar slaap je vannacht?",
 * `safety` after the help ("Ik ben nu veilig" / "Ik bel nu" / "Je begreep me verkeerd").
 */
export const CrisisWaitSchema = z.object({
  step: z.enum(['check', 'sleep', 'safety']),
  type: z.enum(CRISIS_TYPES),
  /** Answers the bot could not read at this step. */
  unclear: z.number().int().min(0).max(5).default(0),
  /** Whether the full help was already said again at this wait: after that, one short line, never the whole block. */
  repeated: z.boolean().default(false),
  /** Violence at home (true): Veilig Thuis first, no words about creditors and offences; by someone outside the home (false): no Veilig Thuis. */
  home: z.boolean().optional(),
});
export type CrisisWait = z.infer<typeof CrisisWaitSchema>;

/** What the crisis answer needs from the record: where it waits, whether distress showed before, and the types met. */
export interface CrisisRecord {
  crisisWait?: CrisisWait;
  othersCrisis?: CrisisType;
  distress?: boolean;
  crises?: CrisisType[];
  home?: boolean;
}

/** The part of a turn the crisis answer works on; the core passes its own turn. */
export interface CrisisTurn {
  record: CrisisRecord;
  replies: Reply[];
  ctx: RenderContext;
}

/** One short line with the numbers for the type, for when the full help was already said twice. */
const SHORT = (type: CrisisType): ContentKey => `crisis.short.${type}`;

/** After "nee" to the check question: where help is, for the type that was sensed, in one line. */
const CHECK_NO = (type: CrisisType): ContentKey => `crisis.checkNo.${type}`;

/** The help for the type. Violence at home (true) has its own, Veilig Thuis first; by someone outside the home (false) it leaves Veilig Thuis out; not said: both. */
export const helpKey = (type: CrisisType, home?: boolean): ContentKey => (type !== 'violence' || home === undefined ? HELP[type] : home ? 'crisis.violence.home' : 'crisis.violence.straat');

/** The help for a certain crisis, said before the safety question (homelessness asks where they sleep first). */
const HELP: Record<CrisisType, ContentKey> = {
  suicide: 'crisis.suicide',
  violence: 'crisis.violence',
  homeless: 'crisis.homeless',
  hunger: 'crisis.hunger',
};

const QUESTIONS: Record<CrisisWait['step'], Question> = {
  check: { key: 'crisis.check', expect: 'yesNo' },
  sleep: { key: 'crisis.sleep', expect: 'freeText' },
  safety: { key: 'crisis.safety', expect: 'choice' },
};
/** The help for someone else's crisis; violence in their home (their partner or family named) has its own, Veilig Thuis first. */
export const othersHelpKey = (type: CrisisType, home?: boolean): ContentKey => (type === 'violence' && home ? 'crisis.anderen.violence.home' : `crisis.anderen.${type}`);

/** The check after a possible sign of suicide asks about that plainly ("Denk je erover om jezelf iets aan te doen?"), not about danger in general. */
const questionOf = (wait: CrisisWait): Question => (wait.step === 'check' && wait.type === 'suicide' ? { key: 'crisis.check.suicide', expect: 'yesNo' } : QUESTIONS[wait.step]);

/** A place to sleep tonight, said without doubt: "misschien bij een maat, maar die neemt niet op" is no place yet. */
const namesPlace = (text: string): boolean => matchChoice(text, choicesOf(QUESTIONS.sleep)) === 'place' && !readCrisisReply(text).unsure;

/** Unreadable answers at a crisis question before the bot goes back to the conversation. */
const UNCLEAR_LIMIT = 2;

/**
 * The crisis answer: it gives the help for the type and then waits for the person before the
 * conversation goes on. `resume` asks the pending question again (the core's way back).
 */
export class CrisisFlow {
  constructor(
    private readonly vars: RenderVars,
    private readonly resume: (turn: CrisisTurn) => void,
  ) {}

  /** A crisis signal in a message: certain → help and the safety question; possible → one gentle check. */
  signal(turn: CrisisTurn, crisis: Crisis & { home?: boolean }): void {
    turn.record.distress = true;
    const home = crisis.home === undefined ? {} : { home: crisis.home };
    if (crisis.level === 'possible') {
      this.ask(turn, { step: 'check', type: crisis.type, unclear: 0, repeated: false, ...home });
      return;
    }
    this.help(turn, crisis.type, crisis.home);
  }

  /**
   * A certain signal of having nowhere to sleep in a message that itself says where the person sleeps tonight
   * ("ik heb geen huis, slaap bij een vriend"): "Waar slaap je vannacht?" is answered already, so the bot says
   * what it says to that answer and goes on, rather than ask it in the same turn. True when it did so.
   */
  placeTold(turn: CrisisTurn, crisis: Crisis, text: string): boolean {
    if (crisis.type !== 'homeless' || crisis.level !== 'certain' || !namesPlace(text)) return false;
    const { record } = turn;
    record.distress = true;
    if (!record.crises?.includes('homeless')) record.crises = [...(record.crises ?? []), 'homeless'];
    this.back(turn, ['crisis.sleep.hasPlace']);
    return true;
  }

  /** The person's answer while the crisis answer waits. */
  answer(turn: CrisisTurn, text: string): void {
    const wait = turn.record.crisisWait;
    if (!wait) return;
    switch (wait.step) {
      case 'check': {
        // A plain "ja" to "Ben je nu in gevaar?" is danger, whatever follows ("ja gaat wel" is not safe enough).
        if (startsWithYesNo(text) && interpret(text, 'yesNo').kind === 'yes') return this.help(turn, wait.type, wait.home);
        // "hoezo gevaar? ik heb het over geld", "je snapt me verkeerd": no danger, they meant something else.
        const reply = readCrisisReply(text);
        if (reply.misread) return this.misreadBack(turn, wait.type, reply.someoneElse);
        // "Ik ben nu veilig", "gaat wel hoor": the safety question's own words answer the check too.
        if (reply.safe) return this.back(turn, [CHECK_NO(wait.type), 'crisis.checkNo']);
        const reading = interpret(text, 'yesNo').kind;
        // "ja" or "weet ik niet": in doubt, the help.
        if (reading === 'yes' || reading === 'unknown') return this.help(turn, wait.type, wait.home);
        // Only a plain "nee" is no danger. A sentence with "niet" in it ("het lukt niet", "het gaat niet goed")
        // may well mean the opposite: in doubt, the help (the person can still say "Je begreep me verkeerd").
        if (reading === 'no' && startsWithYesNo(text)) return this.back(turn, [CHECK_NO(wait.type), 'crisis.checkNo']);
        if (reading === 'no') return this.help(turn, wait.type, wait.home);
        return this.unclear(turn, wait);
      }
      case 'sleep':
        // "bij mijn maat", "Ik heb een plek": a place for tonight; the night shelter is not what they need now.
        if (namesPlace(text)) return this.back(turn, ['crisis.sleep.hasPlace']);
        return this.sleepHelp(turn);
      case 'safety': {
        const reply = readCrisisReply(text);
        if (reply.misread) return this.misreadBack(turn, wait.type, reply.someoneElse);
        // "ik chat nu met ze", "ik ga 113 bellen": "Ik bel nu".
        if (reply.contact && !reply.later) return this.back(turn, ['crisis.resume.calling']);
        // "oke ik ben veilig, ik bel morgen mijn reclasseringswerker": safe for now, and the help is open now already.
        // No bed or no food: the wijkteam is not open at night, so a call or a visit tomorrow is a plan.
        const situation = SITUATION_TYPES.has(wait.type);
        if (reply.contact && (reply.safe || situation)) {
          this.say(turn, situation ? 'crisis.resume.callLater.situatie' : 'crisis.resume.callLater');
          this.say(turn, SHORT(wait.type));
          return this.back(turn, ['crisis.resume.onwards']);
        }
        // "ik bel morgen", and nothing said about now: the help is open now; the bot keeps waiting.
        if (reply.contact) return this.notSafe(turn, wait, 'crisis.callNow');
        if (reply.safe) return this.back(turn, ['crisis.resume.safe']);
        // "nee", "niet goed": not safe. The help again, and the bot keeps waiting.
        if (interpret(text, 'yesNo').kind === 'no') return this.notSafe(turn, wait, 'crisis.notSafe');
        return this.unclear(turn, wait);
      }
    }
  }

  /**
   * While it waits, an answer to its question wins over a crisis signal in the same words unless the words alone
   * are a certain crisis: "ik doe niks stoms hoor, gaat wel" is reassurance, not a new signal; "ik wil dood, gaat
   * wel" is the crisis still. A correction ("zo bedoel ik het niet") wins over a signal of the same kind raised only
   * by the earlier distress, or only possible.
   */
  answersOver(turn: CrisisTurn, text: string): boolean {
    const wait = turn.record.crisisWait;
    if (!wait || wait.step === 'sleep' || detectCrisis(text)?.level === 'certain') return false;
    const reply = readCrisisReply(text);
    return reply.misread || reply.safe || (wait.step === 'safety' && reply.contact);
  }

  /**
   * A correction that says another trouble ("nee zo bedoel ik het niet, ik bedoel dat ik dan geen huis meer heb"):
   * the trouble it waited on leaves the plan, and the new signal gets its own answer. True when it did so.
   */
  correctedTo(turn: CrisisTurn, text: string, signal: Crisis): boolean {
    const wait = turn.record.crisisWait;
    if (!wait || wait.type === signal.type || !readCrisisReply(text).misread) return false;
    this.misread(turn, wait.type);
    turn.record.crisisWait = undefined;
    this.say(turn, 'crisis.misread');
    return true;
  }

  /** "Je begreep me verkeerd": sorry, that trouble leaves the plan, and back to where they were. */
  private misreadBack(turn: CrisisTurn, type: CrisisType, someoneElse = false): void {
    this.misread(turn, type);
    this.say(turn, 'crisis.misread');
    // "het gaat om mijn moeder": sorry, and the help for her.
    if (someoneElse) this.forSomeoneElse(turn, type);
    this.back(turn, ['crisis.resume.onwards']);
  }

  /**
   * Someone else's crisis: the help for that other person (Veilig Thuis for violence in their home), and that the
   * person may say it is theirs. Its type is kept for the next message only: "eigenlijk gaat het over mij" makes it theirs.
   */
  forSomeoneElse(turn: CrisisTurn, type: CrisisType, home?: boolean): void {
    turn.record.othersCrisis = type;
    this.say(turn, othersHelpKey(type, home));
    this.say(turn, 'crisis.anderen.jij');
  }

  /** "Je begreep me verkeerd": no distress kept, and this trouble leaves the plan (no voedselbank "omdat je geen eten hebt"). */
  private misread(turn: CrisisTurn, type: CrisisType): void {
    turn.record.distress = false;
    if (type === 'violence') turn.record.home = undefined;
    turn.record.crises = (turn.record.crises ?? []).filter((t) => t !== type);
  }

  /** The same trouble said again while it waits: the night's help for "Waar slaap je vannacht?", else "not safe". */
  sameAgain(turn: CrisisTurn): void {
    const wait = turn.record.crisisWait;
    if (!wait) return;
    if (wait.step === 'sleep') return this.sleepHelp(turn);
    if (wait.step === 'check') return this.help(turn, wait.type, wait.home);
    this.notSafe(turn, wait, 'crisis.notSafe');
  }

  /** The short line with the numbers for a type whose help was given earlier in this conversation (the gemeente's own where it has them). */
  reminder(type: CrisisType, gemeente: Gemeente | undefined): Reply[] {
    return crisisText(SHORT(type), gemeente, this.vars);
  }

  /** The question the crisis answer waits on, if it waits. */
  question(turn: CrisisTurn): Question | undefined {
    const wait = turn.record.crisisWait;
    return wait ? questionOf(wait) : undefined;
  }

  /** Asks the waiting question again (after "help", a reload, or a return from "stop"). */
  reprompt(turn: CrisisTurn): void {
    const wait = turn.record.crisisWait;
    if (wait) turn.replies.push(...renderQuestion(questionOf(wait), this.vars));
  }

  private help(turn: CrisisTurn, type: CrisisType, home?: boolean): void {
    const { record } = turn;
    if (!record.crises?.includes(type)) record.crises = [...(record.crises ?? []), type];
    this.say(turn, helpKey(type, home));
    this.ask(turn, { step: type === 'homeless' ? 'sleep' : 'safety', type, unclear: 0, repeated: false, ...(home ? { home: true } : {}) });
  }

  /** After "Waar slaap je vannacht?": the gemeente's nachtopvang, else its wijkteam, else national help; and 0800-8115. */
  private sleepHelp(turn: CrisisTurn): void {
    const place = sleepContact(turn.ctx.gemeente);
    if (place) turn.replies.push(...renderSay([place.kind === 'nachtopvang' ? 'crisis.sleep.nachtopvang' : 'crisis.sleep.wijkteam'], { ...this.vars, contact: localHow(place.contact).join(' ') }));
    else this.say(turn, 'crisis.sleep.national');
    this.say(turn, 'crisis.sleep.phone');
    this.ask(turn, { step: 'safety', type: 'homeless', unclear: 0, repeated: false });
  }

  /**
   * The help for the type once more, then only its short line: the wait goes on (after a crisis the bot never
   * moves on by itself), but the person never gets the same block of text over and over.
   */
  private notSafe(turn: CrisisTurn, wait: CrisisWait, key: ContentKey): void {
    this.say(turn, key);
    this.say(turn, wait.repeated ? SHORT(wait.type) : helpKey(wait.type, wait.home));
    this.ask(turn, { ...wait, unclear: 0, repeated: true });
  }

  private unclear(turn: CrisisTurn, wait: CrisisWait): void {
    if (wait.unclear + 1 >= UNCLEAR_LIMIT) {
      // In doubt, the help: a check that cannot be read gives the help; after the help the bot waits once more.
      if (wait.step === 'check') return this.help(turn, wait.type, wait.home);
      // The person keeps answering, in words the bot cannot read: after the help and its short line once more,
      // the conversation goes on with the numbers on screen, never the same question in a loop.
      if (wait.step === 'safety' && !wait.repeated) return this.notSafe(turn, wait, 'crisis.waiting');
      turn.replies.push(...this.reminder(wait.type, turn.ctx.gemeente));
      return this.back(turn, ['crisis.movingOn']);
    }
    this.say(turn, 'crisis.again');
    this.ask(turn, { ...wait, unclear: wait.unclear + 1 });
  }

  private ask(turn: CrisisTurn, wait: CrisisWait): void {
    turn.record.crisisWait = wait;
    this.reprompt(turn);
  }

  /** The wait is over: back to the question that was pending. */
  private back(turn: CrisisTurn, keys: readonly ContentKey[]): void {
    turn.record.crisisWait = undefined;
    for (const key of keys) this.say(turn, key);
    this.resume(turn);
  }

  private say(turn: CrisisTurn, key: ContentKey): void {
    turn.replies.push(...crisisText(key, turn.ctx.gemeente, this.vars));
  }
}
