import type { Gemeente } from '../../content/gemeenten';
import type { CrisisType } from '../../language';
import type { RenderVars } from '../render';

/** What a view may know about the conversation beyond its machine's context. */
export interface RenderContext {
  vars: RenderVars;
  /** The gemeente whose website the chat runs on, if the page named a known one. */
  gemeente?: Gemeente;
  /** The crisis types this conversation met (types only, never words). */
  crises: readonly CrisisType[];
}
