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
  | { kind: 'afterClosedTooEarly' }
  /** Only a promise of secrecy: the client, sent by the reclassering, does not believe it. */
  | { kind: 'secrecyPromise' }
  /** Only the frame explained (what stays confidential and what must be passed on). */
  | { kind: 'frame' };

export interface PracticeState {
  trust: number;
  turns: number;
  used: TechniqueClass[];
  uncovered: string[];
  /** The frame and confidentiality explained in the first two turns (alliantiemonitor l. 419-429). */
  kaderAtStart: boolean;
  /**
   * "Niet willen of niet kunnen?" put to the client as a question. In the source it is the professional's own
   * weighing (alliantiemonitor l. 4644-4652), not a question for the client.
   */
  willenKunnenGevraagd: boolean;
  /** Good turns since trust last rose: trust rises one point per two good turns, and falls at once. */
  warmth: number;
  /** Scarcity and stress considered. */
  schaarste: boolean;
  /** Promised secrecy without its limits ("wat je hier vertelt blijft tussen ons"): feedback, not praise. */
  secrecyPromised?: boolean;
  closedTooEarly: number;
  reply: ReplyKey;
  /** This turn's technique; null when the message only spoke about confidentiality (not set in sessions stored before). */
  technique?: TechniqueClass | null;
  /** This turn promised secrecy: the client reacts to the promise before any answer. */
  promisedNow?: boolean;
}

/**
 * Trust in a compulsory setting: a client sent by the reclassering starts low, trust grows slowly with
 * respect and clear agreements, and a judging remark or a threat breaks it at once (alliantiemonitor:
 * 'vertrouwen' and 'richting en kader', l. 46-52, 2178, 2438-2442).
 */
export const TRUST_START = 1;
export const TRUST_MAX = 5;
/** Trust the client needs before a hidden truth comes out. */
export const TRUST_TO_OPEN = 3;
/** Good turns for one point of trust. */
export const TURNS_PER_TRUST = 2;

export interface PracticeInput {
  /** Null when the message only spoke about confidentiality: no question, no technique. */
  technique: TechniqueClass | null;
  topics: readonly string[];
  criteria: readonly PracticeCriterion[];
}

const OPENING = new Set<TechniqueClass>(['inKaart', 'normaliseren', 'waarnemen', 'doorvragen']);

/**
 * One turn of practice: how the professional's question changes trust, and what the client says.
 * Open and normalising questions build trust slowly (one point per two good turns; explaining the frame
 * in the first turns counts as good); a judging question or a threat costs two points at once, jargon and
 * early closed questions or early advice one. A hidden truth comes out when its topic is asked with enough
 * trust; a question about a topic gets an answer about that topic. A message that only speaks about
 * confidentiality is no question: the client reacts to it (to a promise of secrecy with distrust), and it
 * uses no technique.
 */
export function practiceStep(state: PracticeState, input: PracticeInput, personaTopics: readonly string[]): PracticeState {
  const turns = state.turns + 1;
  const used = input.technique ? [...state.used, input.technique] : state.used;
  const promised = input.criteria.includes('geheimBelofte');
  let trust = state.trust;
  let warmth = state.warmth;
  let reply: ReplyKey;
  const kaderNow = turns <= 2 && input.criteria.includes('kader');
  const clear = state.uncovered.length >= 2;
  const tooEarlyClosed = input.technique === 'gesloten' && (turns <= 2 || state.trust < TRUST_TO_OPEN);

  switch (input.technique) {
    case null:
      // A promise of secrecy earns no trust: the client knows the reclassering hears of things.
      reply = promised ? { kind: 'secrecyPromise' } : { kind: 'frame' };
      break;
    case 'oordelen':
      trust -= 2;
      warmth = 0;
      reply = { kind: 'afterJudging' };
      break;
    case 'jargon':
      trust -= 1;
      warmth = 0;
      reply = { kind: 'afterJargon' };
      break;
    case 'adviesTeVroeg':
      if (!clear) {
        trust -= 1;
        warmth = 0;
      }
      reply = clear ? { kind: 'technique', technique: 'activeren' } : { kind: 'afterAdvice' };
      break;
    case 'gesloten':
      if (tooEarlyClosed) {
        trust -= 1;
        warmth = 0;
      }
      reply = tooEarlyClosed ? { kind: 'afterClosedTooEarly' } : { kind: 'guarded' };
      break;
    default:
      if (OPENING.has(input.technique) || trust >= TRUST_TO_OPEN) warmth += 1;
      reply = { kind: 'technique', technique: input.technique };
  }
  if (kaderNow && !reply.kind.startsWith('after')) warmth += 1;
  if (warmth >= TURNS_PER_TRUST) {
    trust += 1;
    warmth -= TURNS_PER_TRUST;
  }
  trust = Math.max(0, Math.min(TRUST_MAX, trust));

  // A pitfall, or words about confidentiality only, brings out nothing about a topic.
  const pitfall = reply.kind.startsWith('after') || input.technique === null;
  const asked = input.topics.filter((t) => personaTopics.includes(t));
  const fresh = asked.find((t) => !state.uncovered.includes(t));
  let uncovered = state.uncovered;
  if (!pitfall && asked.length > 0) {
    if (trust >= TRUST_TO_OPEN && fresh) {
      reply = { kind: 'truth', topic: fresh };
      uncovered = [...uncovered, fresh];
    } else if (trust < TRUST_TO_OPEN) {
      reply = { kind: 'guarded' };
    } else {
      // Asked again about what came out before: the answer stays on that topic.
      reply = { kind: 'truth', topic: asked[0] };
    }
  }

  return {
    trust,
    turns,
    used,
    uncovered,
    kaderAtStart: state.kaderAtStart || kaderNow,
    willenKunnenGevraagd: state.willenKunnenGevraagd || input.criteria.includes('willenKunnen'),
    warmth,
    schaarste: state.schaarste || input.criteria.includes('schaarste') || input.topics.includes('stress'),
    secrecyPromised: Boolean(state.secrecyPromised) || promised,
    closedTooEarly: state.closedTooEarly + (tooEarlyClosed ? 1 : 0),
    reply,
    technique: input.technique,
    promisedNow: promised,
  };
}

export const INITIAL_PRACTICE: Omit<PracticeState, 'reply'> & { reply: ReplyKey } = {
  trust: TRUST_START,
  turns: 0,
  used: [],
  uncovered: [],
  kaderAtStart: false,
  willenKunnenGevraagd: false,
  warmth: 0,
  schaarste: false,
  secrecyPromised: false,
  closedTooEarly: 0,
  reply: { kind: 'guarded' },
};
