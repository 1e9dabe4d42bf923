import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { allFlows, wayInFlows, welcomeFlow } from '../machines/flows';
import type { WayIn } from '../machines/welcome';
import { MachineDialog } from './machineDialog';
import type { RenderVars } from './render';
import { views } from './views';

const ROUTE = 'route';

/**
 * Picks the flow: the welcome machine asks for a way in, then the way in's own flow runs.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';

  constructor(vars: RenderVars) {
    super(MainDialog.id);
    for (const flow of allFlows) this.addDialog(new MachineDialog(flow, vars, views));
    this.addDialog(
      new WaterfallDialog(ROUTE, [
        async (step: WaterfallStepContext) => step.beginDialog(welcomeFlow.id),
        async (step: WaterfallStepContext) => {
          const { wayIn } = step.result as { wayIn: WayIn };
          return step.beginDialog(wayInFlows[wayIn].id);
        },
        // A flow that ends with its own conclusion (such as "Jouw plan") ends here; the next message starts anew.
        // A flow that only says something (a way in still being built) goes back to the choice.
        async (step: WaterfallStepContext) => ((step.result as { ended?: boolean } | undefined)?.ended ? step.endDialog() : step.replaceDialog(ROUTE)),
      ]),
    );
    this.initialDialogId = ROUTE;
  }
}
