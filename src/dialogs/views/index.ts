import type { Activity, TurnContext } from 'botbuilder';
import type { GesprekContext } from '../../machines/gesprek';
import type { RenderVars } from '../render';
import { renderPlan } from './plan';
import { renderTerugbellenSamenvatting } from './terugbellen';
import type { OefenenContext } from '../../machines/oefenen';
import type { WegwijzerContext } from '../../machines/wegwijzer';
import { renderSearch, renderSection, renderStepperStep } from './lookup';
import {
  renderAllianceEnd,
  renderAllianceIntro,
  renderPersonaIntro,
  renderPracticeComparison,
  renderPracticeEnd,
  renderPracticeFeedback,
  renderPracticeReply,
} from './practice';

/** A rendering that needs a machine's context; a state names it with `meta.view`. */
export type View = (context: unknown, turn: TurnContext, vars: RenderVars) => Partial<Activity>[];

export const views: Record<string, View> = {
  plan: (context, turn, vars) => renderPlan(context as GesprekContext, turn, vars),
  terugbellenSamenvatting: (context, turn, vars) => renderTerugbellenSamenvatting(context as GesprekContext, turn, vars),
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

export { CRISES_KEY, GEMEENTE_KEY } from './plan';
