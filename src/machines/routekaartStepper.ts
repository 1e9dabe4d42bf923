import { content, PHASE_IDS, type PhaseId, type Routekaart, type RoutekaartNode } from '../content';
import { DERIVED } from './derived';

/** Walking the routekaart as a professional does with a client beside them: the source's own boxes. */
export interface StepperState {
  /** The question now on screen; null when the walk is done. */
  node: string | null;
  /** The outcomes passed since the last question, with their phase. */
  passed: Array<{ phase: PhaseId; leaf: string }>;
  answers: Record<string, boolean | null>;
}

const nodes: Record<string, RoutekaartNode & { phase: PhaseId }> = Object.fromEntries(PHASE_IDS.flatMap((phase) => Object.entries(content.routekaart.phases[phase].nodes).map(([id, n]) => [id, { ...n, phase }])));
const phases: Routekaart['phases'] = content.routekaart.phases;
const leafPhase: Record<string, PhaseId> = Object.fromEntries(PHASE_IDS.flatMap((phase) => Object.keys(content.routekaart.phases[phase].leaves).map((id) => [id, phase] as const)));

export function phaseOf(node: string): PhaseId {
  return nodes[node].phase;
}

/** Follows a target through leaves and through the bot's own extra questions (not boxes of the source) to the next box. */
function follow(target: string, passed: StepperState['passed'], answers: StepperState['answers']): string | null {
  let next: string | null = target;
  for (let guard = 0; next && guard < 50; guard++) {
    if (next === 'plan') return null;
    if (next.startsWith('leaf:')) {
      const leaf: string = next.slice(5);
      const phase: PhaseId = leafPhase[leaf];
      passed.push({ phase, leaf });
      next = phases[phase].leaves[leaf].next;
      continue;
    }
    const node: RoutekaartNode = nodes[next];
    if (!node.extra) return next;
    // The bot's own extra questions are passed by; a decision from earlier answers is taken from the answers given.
    next = node.derived ? (DERIVED[node.derived](answers) ? node.ja! : node.nee!) : node.expect === 'amount' ? node.next! : node.ja!;
  }
  return null;
}

export function startStepper(): StepperState {
  return { node: content.routekaart.phases.fase1.start, passed: [], answers: {} };
}

export function answerStepper(state: StepperState, answer: boolean | null): StepperState {
  if (!state.node) return state;
  const node = nodes[state.node];
  const answers = { ...state.answers, [state.node]: answer };
  const unknownBranch = node.weetNiet === 'ja' ? node.ja! : node.weetNiet === 'nee' ? node.nee! : node.weetNiet ?? node.nee!;
  const target =
    answer === true ? node.ja! : answer === false ? (node.orArrears && answers.achterstanden === true ? node.orArrears : node.nee!) : unknownBranch;
  const passed: StepperState['passed'] = [];
  return { node: follow(target, passed, answers), passed, answers };
}
