import { createActor, type ActorScope, type AnyEventObject, type AnyMachineSnapshot, type AnyStateMachine, type EventObject, type Snapshot } from 'xstate';

/**
 * A flow machine used as pure functions: the first snapshot, a stored snapshot restored, the snapshot after
 * events. It calls the machine's own logic (`getInitialSnapshot`, `restoreSnapshot`, `transition`) with one
 * actor scope made once, instead of a new actor (and actor system) for every turn, which is what
 * `createActor(...).start()` and XState's own `transition()` build each time.
 *
 * This is the same as running an actor only for machines whose actions all `assign`: no spawned or invoked
 * children, no delayed events, no actions with side effects (an action that would run one throws here, so a
 * machine that gains one fails its tests instead of losing the effect quietly). The flow machines are such.
 * A guard or action that throws fails the turn at once (an actor would report the error asynchronously).
 */
export class PureMachine {
  private readonly scope: ActorScope<AnyMachineSnapshot, EventObject>;

  constructor(readonly machine: AnyStateMachine) {
    // Never started: it only stands in as `self` for the actions' arguments, as in XState's inert scope.
    const self = createActor(machine);
    this.scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      actionExecutor: (action) => {
        if (action.exec) throw new Error(`Flow machine '${machine.id}' has an action with a side effect ('${action.type}'); flow machines may only assign`);
      },
    };
  }

  initial(input: unknown): AnyMachineSnapshot {
    return this.machine.getInitialSnapshot(this.scope, input) as AnyMachineSnapshot;
  }

  /** The stored snapshot as a live one; throws when it does not fit the machine. */
  restore(persisted: Snapshot<unknown>): AnyMachineSnapshot {
    return this.machine.restoreSnapshot(persisted, this.scope) as AnyMachineSnapshot;
  }

  /** The snapshot after the events in order; once the machine is done, later events are ignored (as an actor does). */
  next(snapshot: AnyMachineSnapshot, events: readonly AnyEventObject[]): AnyMachineSnapshot {
    let current = snapshot;
    for (const event of events) {
      if (current.status !== 'active') break;
      current = this.machine.transition(current, event, this.scope) as AnyMachineSnapshot;
    }
    return current;
  }

  /** The snapshot as plain data to store (no children, so nothing live: the context is the machine's own plain data). */
  persisted(snapshot: AnyMachineSnapshot): Snapshot<unknown> {
    return this.machine.getPersistedSnapshot(snapshot);
  }
}
