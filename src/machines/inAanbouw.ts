import { setup } from 'xstate';
import type { ContentKey } from '../content';
import type { AnswerEvent, StateMeta } from './types';

/**
 * A way in whose own flow is not built yet: it says so honestly (one content text) and ends.
 * Each is replaced by its real machine when its issue lands.
 */
export function inAanbouwMachine(id: string, say: ContentKey) {
  return setup({ types: { events: {} as AnswerEvent } }).createMachine({
    id,
    initial: 'inAanbouw',
    states: {
      inAanbouw: { type: 'final', meta: { say: [say] } satisfies StateMeta },
    },
  });
}
