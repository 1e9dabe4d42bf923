import { gesprekMachine } from './gesprek';
import { oefenenMachine } from './oefenen';
import { wegwijzerMachine } from './wegwijzer';
import type { Flow } from './types';
import { welcomeMachine, type WayIn } from './welcome';

export const welcomeFlow: Flow = { id: 'welcome', version: 1, machine: welcomeMachine };

/** The flow behind each way in. */
export const wayInFlows: Record<WayIn, Flow> = {
  gesprek: { id: 'gesprek', version: 1, machine: gesprekMachine },
  oefenen: { id: 'oefenen', version: 1, machine: oefenenMachine, checksCrisis: false },
  wegwijzer: { id: 'wegwijzer', version: 1, machine: wegwijzerMachine },
};

export const allFlows: readonly Flow[] = [welcomeFlow, ...Object.values(wayInFlows)];
