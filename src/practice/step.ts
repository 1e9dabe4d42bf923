import type { PracticeCriterion } from '../language/practice';
import type { TechniqueClass } from '../language/techniques';

/** What the simulated client says next, by key; the words are in the persona's content. */
export type ReplyKey =
  | { kind: 'truth'; topic: string }
  | { kind: 'technique'; technique: 'inKaart' | 'normaliseren' | 'waarnemen' | 'doorvragen' | 'bewustMaken' | 'activeren' }
  | { kind: 'guarded' }
  | { kind: 'afterJudging' }
  | { kind: 'afterJargon' }
  | { kind: 'afterAdvice' }
  | { kind: 'afterClosedTooEarly' };

export interface PracticeState {
  trust: number;
  turns: number;
  used: TechniqueClass[];
  uncovered: string[];
  /** The frame and confidentiality explained in the first two turns (alliantiemonitor l. 419-429). */
  kaderAtStart: boolean;
  /** "Niet willen of niet kunnen?" asked before talking about consequences (bewust maken). */
  willenKunnenBeforeConsequences: boolean | null;
  /** Scarcity and stress considered. */
  schaarste: boolean;
  /** Promised secrecy without its limits ("wat je hier vertelt blijft tussen ons"): feedback, not praise. */
  secrecyPromised?: boolean;
  closedTooEarly: number;
  reply: ReplyKey;
}

export const TRUST_START = 2;
export const TRUST_MAX = 5;
/** Trust the client needs before a hidden truth comes out. */
export const TRUST_TO_OPEN = 3;

export interface PracticeInput {
  technique: TechniqueClass;
  topics: readonly string[];
  criteria: readonly PracticeCriterion[];
}

const OPENING = new Set<TechniqueClass>(['inKaart', 'normaliseren', 'waarnemen', 'doorvragen']);

/**
 * One turn of practice: how the professional's question changes trust, and what the client says.
 * Open and normalising questions build trust; a judging question costs two points, jargon and early
 * closed questions or early advice one. A hidden truth comes out when its topic is asked with enough trust.
 */
export function practiceStep(state: PracticeState, input: PracticeInput, personaTopics: readonly string[]): PracticeState {
  const turns = state.turns + 1;
  const used = [...state.used, input.technique];
  let trust = state.trust;
  let reply: ReplyKey;
  const clear = state.uncovered.length >= 2;
  const tooEarlyClosed = input.technique === 'gesloten' && (turns <= 2 || state.trust < TRUST_TO_OPEN);

  switch (input.technique) {
    case 'oordelen':
      trust -= 2;
      reply = { kind: 'afterJudging' };
      break;
    case 'jargon':
      trust -= 1;
      reply = { kind: 'afterJargon' };
      break;
    case 'adviesTeVroeg':
      if (!clear) trust -= 1;
      reply = clear ? { kind: 'technique', technique: 'activeren' } : { kind: 'afterAdvice' };
      break;
    case 'gesloten':
      if (tooEarlyClosed) trust -= 1;
      reply = tooEarlyClosed ? { kind: 'afterClosedTooEarly' } : { kind: 'guarded' };
      break;
    default:
      if (OPENING.has(input.technique) || trust >= TRUST_TO_OPEN) trust += 1;
      reply = { kind: 'technique', technique: input.technique };
  }
  trust = Math.max(0, Math.min(TRUST_MAX, trust));

  const pitfall = reply.kind.startsWith('after');
  const asked = input.topics.filter((t) => personaTopics.includes(t));
  const fresh = asked.find((t) => !state.uncovered.includes(t));
  let uncovered = state.uncovered;
  if (!pitfall && asked.length > 0) {
    if (trust >= TRUST_TO_OPEN && fresh) {
      reply = { kind: 'truth', topic: fresh };
      uncovered = [...uncovered, fresh];
    } else if (trust < TRUST_TO_OPEN) {
      reply = { kind: 'guarded' };
    }
  }

  const firstConsequences = !state.used.includes('bewustMaken') && input.technique === 'bewustMaken';
  let willenKunnen = state.willenKunnenBeforeConsequences;
  if (input.criteria.includes('willenKunnen') && willenKunnen === null) willenKunnen = true;
  if (firstConsequences && willenKunnen === null) willenKunnen = false;

  return {
    trust,
    turns,
    used,
    uncovered,
    kaderAtStart: state.kaderAtStart || (turns <= 2 && input.criteria.includes('kader')),
    willenKunnenBeforeConsequences: willenKunnen,
    schaarste: state.schaarste || input.criteria.includes('schaarste') || input.topics.includes('stress'),
    secrecyPromised: Boolean(state.secrecyPromised) || input.criteria.includes('geheimBelofte'),
    closedTooEarly: state.closedTooEarly + (tooEarlyClosed ? 1 : 0),
    reply,
  };
}

export const INITIAL_PRACTICE: Omit<PracticeState, 'reply'> & { reply: ReplyKey } = {
  trust: TRUST_START,
  turns: 0,
  used: [],
  uncovered: [],
  kaderAtStart: false,
  willenKunnenBeforeConsequences: null,
  schaarste: false,
  secrecyPromised: false,
  closedTooEarly: 0,
  reply: { kind: 'guarded' },
};
