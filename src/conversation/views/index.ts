import type { GesprekContext } from '../../machines/gesprek';
import type { OefenenContext } from '../../machines/oefenen';
import type { WegwijzerContext } from '../../machines/wegwijzer';
import type { RenderVars } from '../render';
import type { Reply } from '../reply';
import { renderSearch, renderSection, renderStepperStep } from './lookup';
import { renderPlan } from './plan';
import {
  renderAllianceEnd,
  renderAllianceIntro,
  renderPersonaIntro,
  renderPracticeComparison,
  renderPracticeEnd,
  renderPracticeFeedback,
  renderPracticeReply,
} from './practice';
import { renderTerugbellenSamenvatting } from './terugbellen';
import type { RenderContext } from './context';

export type { RenderContext } from './context';

/** A rendering that needs a machine's context; a state names it with `meta.view`. */
export type View = (context: unknown, ctx: RenderContext, vars: RenderVars) => Reply[];

export const views: Record<string, View> = {
  plan: (context, ctx, vars) => renderPlan(context as GesprekContext, ctx, vars),
  terugbellenSamenvatting: (context, ctx, vars) => renderTerugbellenSamenvatting(context as GesprekContext, ctx, vars),
  personaIntro: (context) => renderPersonaIntro(context as OefenenContext),
  practiceReply: (context) => renderPracticeReply(context as OefenenContext),
  practiceFeedback: (context) => renderPracticeFeedback(context as OefenenContext),
  practiceVergelijking: (context) => renderPracticeComparison(context as OefenenContext),
  allianceIntro: () => renderAllianceIntro(),
  allianceSlot: () => renderAllianceEnd(),
  practiceEinde: () => renderPracticeEnd(),
  wegwijzerSectie: (context) => renderSection(context as WegwijzerContext),
  wegwijzerZoeken: (context) => renderSearch(context as WegwijzerContext),
  routekaartStap: (context) => renderStepperStep(context as WegwijzerContext),
};
