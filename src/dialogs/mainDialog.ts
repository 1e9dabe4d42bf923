import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { allFlows, wayInFlows, welcomeFlow } from '../machines/flows';
import type { WayIn } from '../machines/welcome';
import { MachineDialog } from './machineDialog';
import type { RenderVars } from './render';
import type { Gemeente } from '../content/gemeenten';
import type { Effect } from './effects';
import { GEMEENTE_KEY, views } from './views';

const ROUTE = 'route';

/**
 * Picks the flow: the welcome machine asks for a way in, then the way in's own flow runs.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';

  constructor(vars: RenderVars, effects: Record<string, Effect> = {}, handoverEnabled = false) {
    super(MainDialog.id);
    for (const flow of allFlows) this.addDialog(new MachineDialog(flow, vars, views, effects));
    this.addDialog(
      new WaterfallDialog(ROUTE, [
        async (step: WaterfallStepContext) => step.beginDialog(welcomeFlow.id),
        async (step: WaterfallStepContext) => {
          const { wayIn } = step.result as { wayIn: WayIn };
          // A call-back is offered only where the gemeente takes them and the bot can send them.
          const gemeente = step.context.turnState.get(GEMEENTE_KEY) as Gemeente | undefined;
          return step.beginDialog(wayInFlows[wayIn].id, { handover: handoverEnabled && Boolean(gemeente?.handover) });
        },
        // A flow that ends with its own conclusion (such as "Jouw plan") ends here; the next message starts anew.
        // A flow that only says something (a way in still being built) goes back to the choice.
        async (step: WaterfallStepContext) => ((step.result as { ended?: boolean } | undefined)?.ended ? step.endDialog() : step.replaceDialog(ROUTE)),
      ]),
    );
    this.initialDialogId = ROUTE;
  }
}
