import { Dialog, type DialogContext, type DialogInstance, type DialogTurnResult } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { createActor, type AnyMachineSnapshot, type Snapshot } from 'xstate';
import type { ContentKey } from '../content';
import { interpret, MAX_TEXT_LENGTH, type AnswerKind, type Interpretation } from '../language';
import type { AnswerEvent, Flow, StateMeta } from '../machines/types';
import { choicesOf, renderQuestion, renderSay, type Question, type RenderVars } from './render';
import type { Effect } from './effects';
import type { View } from './views';

/** Turns a person's text into a machine event, for an answer kind the pure language layer cannot read alone. */
export type AnswerReader = (text: string) => Promise<AnswerEvent | null>;

/** What a MachineDialog keeps in dialog state between turns. */
interface MachineState {
  version: number;
  snapshot: Snapshot<unknown>;
}

/** The prompt a machine state shows: what it says, then what it asks. */
interface Prompt {
  say: ContentKey[];
  ask?: Question & { orText?: boolean };
  view?: string;
  effect?: string;
}

function promptOf(snapshot: AnyMachineSnapshot): Prompt {
  const metas = Object.values(snapshot.getMeta() as Record<string, StateMeta>);
  const say = metas.flatMap((m) => m.say ?? []);
  const asking = [...metas].reverse().find((m) => m.ask && m.expect);
  return {
    say,
    ask: asking ? { key: asking.ask as ContentKey, expect: asking.expect!, choices: asking.choices, orText: asking.orText } : undefined,
    view: [...metas].reverse().find((m) => m.view)?.view,
    effect: [...metas].reverse().find((m) => m.effect)?.effect,
  };
}

/** Turns what the language layer understood into the machine's typed event, if it is an answer. */
export function toEvent(meaning: Interpretation): AnswerEvent | null {
  switch (meaning.kind) {
    case 'yes': return { type: 'YES' };
    case 'no': return { type: 'NO' };
    case 'unknown': return { type: 'UNKNOWN' };
    case 'amount': return { type: 'AMOUNT', euros: meaning.euros, approximate: meaning.approximate ?? false };
    case 'duration': return { type: 'DURATION', days: meaning.days };
    case 'date': return { type: 'DATE', iso: meaning.iso };
    case 'choice': return { type: 'CHOICE', id: meaning.id };
    case 'freeText': return { type: 'TEXT', text: meaning.text };
    case 'phone': return { type: 'PHONE', e164: meaning.e164, display: meaning.display };
    case 'unclear': return null;
  }
}

/**
 * Hosts one XState machine as a dialog. Each turn it restores the actor from the persisted
 * snapshot, turns the person's words into a typed event with `interpret`, sends it, and renders
 * the new state's meta. A final state ends the dialog with the machine's output.
 */
export class MachineDialog extends Dialog {
  constructor(
    private readonly flow: Flow,
    private readonly vars: RenderVars = {},
    private readonly views: Record<string, View> = {},
    private readonly effects: Record<string, Effect> = {},
    /** Readers for answer kinds that need more than the pure language layer (the technique classifier). */
    private readonly readers: Partial<Record<AnswerKind, AnswerReader>> = {},
  ) {
    super(flow.id);
  }

  /** Render values: the bot's own, plus the person's own words a machine keeps to say back (`context.echo`). */
  private varsFor(snapshot: AnyMachineSnapshot): RenderVars {
    const echo = (snapshot.context as { echo?: Record<string, string | undefined> } | undefined)?.echo ?? {};
    const own = Object.fromEntries(Object.entries(echo).filter((e): e is [string, string] => typeof e[1] === 'string'));
    return { ...this.vars, ...own };
  }

  override async beginDialog(dc: DialogContext, options?: object): Promise<DialogTurnResult> {
    const actor = createActor(this.flow.machine, { input: options ?? {} });
    actor.start();
    return this.settle(dc, actor.getSnapshot(), true);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const restored = this.restore(dc.activeDialog!.state as MachineState);
    if (!restored) {
      await dc.context.sendActivities(renderSay(['flow.versionChanged']));
      return this.beginDialog(dc);
    }
    const prompt = promptOf(restored);
    if (!prompt.ask) return this.settle(dc, restored, false);

    const text = (dc.context.activity.text ?? '').slice(0, MAX_TEXT_LENGTH);
    const reader = this.readers[prompt.ask.expect];
    let event: AnswerEvent | null;
    if (reader) {
      event = await reader(text);
    } else {
      let meaning = interpret(text, prompt.ask.expect, { choices: choicesOf(prompt.ask) });
      if (meaning.kind === 'unclear' && prompt.ask.orText && text.trim() !== '') meaning = { kind: 'freeText', text: text.trim() };
      event = toEvent(meaning);
    }
    if (!event || !restored.can(event)) {
      await this.reaskAfterUnclear(dc.context, prompt.ask);
      return Dialog.EndOfTurn;
    }
    const actor = createActor(this.flow.machine, { snapshot: restored });
    actor.start();
    actor.send(event);
    return this.settle(dc, actor.getSnapshot(), true);
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const restored = this.restore(instance.state as MachineState);
    const ask = restored ? promptOf(restored).ask : undefined;
    if (ask && restored) await context.sendActivities(renderQuestion(ask, this.varsFor(restored)));
  }

  private async reaskAfterUnclear(context: TurnContext, ask: Question): Promise<void> {
    const sorry = choicesOf(ask).length > 0 ? 'unclear.withButtons' : 'unclear.withoutButtons';
    await context.sendActivities([...renderSay([sorry], this.vars), ...renderQuestion(ask, this.vars)]);
  }

  /** Stores the snapshot, renders the state (when it is new) and ends the dialog when the machine is done. */
  private async settle(dc: DialogContext, snapshot: AnyMachineSnapshot, entered: boolean): Promise<DialogTurnResult> {
    if (entered) {
      const prompt = promptOf(snapshot);
      const vars = this.varsFor(snapshot);
      const view = prompt.view ? this.views[prompt.view] : undefined;
      if (prompt.view && !view) throw new Error(`No view '${prompt.view}' for flow '${this.flow.id}'`);
      const effect = prompt.effect ? this.effects[prompt.effect] : undefined;
      if (prompt.effect && !effect) throw new Error(`No effect '${prompt.effect}' for flow '${this.flow.id}'`);
      // The effect first: if it fails, the turn fails and nothing is said that is not true.
      if (effect) await effect(snapshot.context, dc.context);
      await dc.context.sendActivities([
        ...renderSay(prompt.say, vars),
        ...(view ? view(snapshot.context, dc.context, vars) : []),
        ...(prompt.ask ? renderQuestion(prompt.ask, vars) : []),
      ]);
    }
    if (snapshot.status === 'done') return dc.endDialog(snapshot.output);
    const state: MachineState = { version: this.flow.version, snapshot: snapshotToJson(snapshot) };
    dc.activeDialog!.state = state;
    return Dialog.EndOfTurn;
  }

  /** The stored snapshot as a live snapshot, or null when it is of another version or cannot be restored. */
  private restore(state: MachineState | undefined): AnyMachineSnapshot | null {
    if (!state || state.version !== this.flow.version || !state.snapshot) return null;
    try {
      const actor = createActor(this.flow.machine, { snapshot: state.snapshot });
      const snapshot = actor.getSnapshot() as AnyMachineSnapshot;
      return snapshot.status === 'active' || snapshot.status === 'done' ? snapshot : null;
    } catch {
      return null;
    }
  }
}

function snapshotToJson(snapshot: AnyMachineSnapshot): Snapshot<unknown> {
  // A persisted snapshot is plain data; the JSON round trip makes sure nothing live is stored.
  return JSON.parse(JSON.stringify(snapshot.machine.getPersistedSnapshot(snapshot)));
}
