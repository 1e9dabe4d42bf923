import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { allFlows, wayInFlows, welcomeFlow } from '../machines/flows';
import type { WayIn } from '../machines/welcome';
import { MachineDialog } from './machineDialog';
import type { RenderVars } from './render';

const ROUTE = 'route';

/**
 * Picks the flow: the welcome machine asks for a way in, then the way in's own flow runs.
 * When that flow ends, the person is back at the choice of way in.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'main';

  constructor(vars: RenderVars) {
    super(MainDialog.id);
    for (const flow of allFlows) this.addDialog(new MachineDialog(flow, vars));
    this.addDialog(
      new WaterfallDialog(ROUTE, [
        async (step: WaterfallStepContext) => step.beginDialog(welcomeFlow.id),
        async (step: WaterfallStepContext) => {
          const { wayIn } = step.result as { wayIn: WayIn };
          return step.beginDialog(wayInFlows[wayIn].id);
        },
        async (step: WaterfallStepContext) => step.replaceDialog(ROUTE),
      ]),
    );
    this.initialDialogId = ROUTE;
  }
}
