import type { ContentKey } from '../content';
import { backTurn } from './backTurn';
import { effectKey } from './effects';
import { explanationReplies, privacyReplies, whyReplies, type ChatChannel } from './explainTurn';
import type { CrisisFlow } from './crisisFlow';
import type { FlowRunner } from './flowRunner';
import type { FlowMoves } from './flowMoves';
import type { Interrupt } from './interrupts';
import { keepLastPlan, type KeepPlanOptions } from './keepPlan';
import { urgentHelp } from './localHelp';
import type { ConversationRecord, Turn } from './record';
import { renderSay, type RenderVars } from './render';
import type { RenderContext } from './views';
import { setPracticeAside } from './wayInStart';

/** What the words that always work need from the conversation core. */
export interface InterruptHost {
  moves: FlowMoves;
  crisis: CrisisFlow;
  runner: FlowRunner;
  vars: RenderVars;
  keepPlan: KeepPlanOptions;
  renderContext: (record: ConversationRecord) => RenderContext;
  /** The question that waits (the crisis answer's, else the flow's), for "wat betekent dat?". */
  question: (turn: Turn) => ContentKey | undefined;
  /** Where this chat runs, for "wie leest dit mee?". */
  channel: (turn: Turn) => ChatChannel;
  /** A call-back to this gemeente's wijkteam can be asked for here. */
  callBack: (turn: Turn) => boolean;
}

/**
 * The words that always work, whatever was asked: a crisis, "verwijder mijn gegevens", "stop", "opnieuw",
 * "bewaar mijn plan", "wegwijzer" or "oefenen", impatience, "help", "uitleg", "hulp nu", a question about data
 * ("wie leest dit mee?"), about a word ("wat is een bewindvoerder?"), about the question ("wat betekent dat?") or
 * why it is asked ("waarom vraag je dat?").
 */
export function interruptTurn(host: InterruptHost, turn: Turn, interrupt: Interrupt, text = ''): 'save' | 'delete' {
  const { moves, crisis, runner, vars } = host;
  const { record } = turn;
  switch (interrupt.kind) {
    case 'crisis':
      // Certain: help, then one question, and wait. Possible: one gentle check question first.
      crisis.signal(turn, interrupt);
      turn.ctx = host.renderContext(record);
      return 'save';
    case 'deleteData':
      turn.replies.push(...renderSay(['interrupt.deleted']).map((r) => ({ ...r, data: { deleted: true } })));
      turn.effects.push({ kind: 'deleteData', key: effectKey(turn.key, 'delete', record.lastSeenAt ?? ''), conversation: turn.key });
      return 'delete';
    case 'stop':
      moves.say(turn, 'interrupt.stop');
      // Stopping while the crisis answer waits ("laat maar"): the numbers for it go along.
      if (record.crisisWait) turn.replies.push(...crisis.reminder(record.crisisWait.type, turn.ctx.gemeente));
      record.paused = true;
      return 'save';
    case 'restart':
      // Starting over while the crisis answer waits: the numbers for it go along.
      if (record.crisisWait) turn.replies.push(...crisis.reminder(record.crisisWait.type, turn.ctx.gemeente));
      record.crisisWait = undefined;
      record.setAside = undefined;
      // Starting over after "stop" is no pause any more: the next message answers the welcome's question.
      record.paused = false;
      moves.say(turn, 'interrupt.restart');
      moves.startWelcome(turn, false);
      return 'save';
    case 'keepPlan':
      // The link, then the question that waits, if any (after a finished flow there is none to repeat).
      keepLastPlan(turn, host.keepPlan);
      if (record.flow || record.crisisWait) moves.backToWhereWeWere(turn);
      return 'save';
    case 'lookup':
      // "wegwijzer", also while practising: its menu, from the start; a practice session waits for "verder oefenen".
      record.crisisWait = undefined;
      if (setPracticeAside(record)) moves.say(turn, 'oefenen.opzij');
      moves.startWayIn(turn, 'wegwijzer');
      return 'save';
    case 'practice':
      // "oefenen" in the lookup: practice, where it was set aside, or with the client the words name.
      moves.startWayIn(turn, 'oefenen', {}, text);
      return 'save';
    case 'client':
      // A client who ended up in practice: no blame, straight to the money talk; what the message said counts.
      moves.say(turn, 'interrupt.client');
      moves.startWayIn(turn, 'gesprek');
      return 'save';
    case 'back':
    case 'meantNo':
    case 'meantYes':
      // "Terug", "dat was fout", "ik bedoelde nee": a question back in the client conversation.
      backTurn(moves, runner, turn, interrupt.kind);
      return 'save';
    case 'progress': {
      // Impatience ("hoe lang duurt dit nog?", "schiet op"): how far along, a way out, and the same question.
      const at = record.crisisWait ? undefined : runner.progress(record.flow);
      // Near the end the count says so; "vraag 26 van ongeveer 26. Het duurt nog even." contradicted itself.
      const key = !at ? 'interrupt.progress.noCount' : at.of - at.step <= 3 ? 'interrupt.progress.almost' : 'interrupt.progress';
      turn.replies.push(...renderSay([key], { ...vars, ...(at ?? {}) }));
      moves.backToWhereWeWere(turn);
      return 'save';
    }
    case 'someoneElse':
      // Someone else's crisis: the help for them, that the person may say it is about them, and the same question.
      crisis.forSomeoneElse(turn, interrupt.type, interrupt.home);
      askAgain(host, turn);
      return 'save';
    case 'privacy':
      turn.replies.push(...privacyReplies(vars, host.channel(turn), host.callBack(turn)));
      askAgain(host, turn);
      return 'save';
    case 'why':
      // "Waarom vraag je dat?": what the answer is for and that none is needed; then the same question.
      turn.replies.push(...whyReplies(host.question(turn), vars));
      askAgain(host, turn);
      return 'save';
    case 'word':
    case 'reword':
      turn.replies.push(...explanationReplies('id' in interrupt ? { word: interrupt.id } : 'question', host.question(turn), vars));
      askAgain(host, turn);
      return 'save';
    case 'help':
    case 'explain':
    case 'urgent':
      // "hulp nu": the numbers to call right away, and on a gemeente's page its own sociaal wijkteam after them.
      turn.replies.push(...(interrupt.kind === 'urgent' ? urgentHelp(turn.ctx.gemeente, vars) : renderSay([`interrupt.${interrupt.kind}`], vars)));
      // In the client conversation "help" also says the way back.
      if (interrupt.kind === 'help' && record.flow?.flow === 'gesprek' && !record.crisisWait) moves.say(turn, 'interrupt.help.terug');
      moves.backToWhereWeWere(turn);
      return 'save';
  }
}

/** The question that waits, after "Dit was de vraag:" where one waits (after a finished flow the welcome asks anew). */
function askAgain(host: InterruptHost, turn: Turn): void {
  if (turn.record.flow || turn.record.crisisWait) host.moves.say(turn, 'uitleg.deVraag');
  host.moves.backToWhereWeWere(turn);
}
