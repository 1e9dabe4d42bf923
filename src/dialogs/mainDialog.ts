import { ComponentDialog, WaterfallDialog, type DialogContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { allFlows, wayInFlows, welcomeFlow } from '../machines/flows';
import type { WayIn } from '../machines/welcome';
import { MachineDialog, type AnswerReader } from './machineDialog';
import type { AnswerKind } from '../language';
import type { RenderVars } from './render';
import type { Gemeente } from '../content/gemeenten';
import type { Effect } from './effects';
import { GEMEENTE_KEY, views } from './views';

const ROUTE = 'route';

/** The flow the person is in (welcome, gesprek, oefenen, wegwijzer), read from the dialog stack. */
export function activeFlowId(dc: DialogContext): string | undefined {
  const inner = (dc.activeDialog?.state as { dialogs?: { dialogStack?: Array<{ id: string }> } } | undefined)?.dialogs?.dialogStack ?? [];
  return inner[inner.length - 1]?.id;
}

/**
 * Picks the flow: the welcome machine asks for a way in, then the way in's own flow runs.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';

  constructor(vars: RenderVars, effects: Record<string, Effect> = {}, handoverEnabled = false, readers: Partial<Record<AnswerKind, AnswerReader>> = {}) {
    super(MainDialog.id);
    for (const flow of allFlows) this.addDialog(new MachineDialog(flow, vars, views, effects, readers));
    this.addDialog(
      new WaterfallDialog(ROUTE, [
        async (step: WaterfallStepContext) => step.beginDialog(welcomeFlow.id),
        async (step: WaterfallStepContext) => {
          const { wayIn } = step.result as { wayIn: WayIn };
          // A call-back is offered only where the gemeente takes them and the bot can send them.
          const gemeente = step.context.turnState.get(GEMEENTE_KEY) as Gemeente | undefined;
          // The seed varies a practice client's wording between sessions.
          return step.beginDialog(wayInFlows[wayIn].id, { handover: handoverEnabled && Boolean(gemeente?.handover), seed: Math.random() });
        },
        // A flow that ends with its own conclusion (such as "Jouw plan") ends here; the next message starts anew.
        // A flow that only says something (a way in still being built) goes back to the choice.
        async (step: WaterfallStepContext) => ((step.result as { ended?: boolean } | undefined)?.ended ? step.endDialog() : step.replaceDialog(ROUTE)),
      ]),
    );
    this.initialDialogId = ROUTE;
  }
}
