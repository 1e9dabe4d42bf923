import { z } from 'zod';
import type * as LangNl from '@nlpjs/lang-nl';
import { readSavedModel } from './savedModels';
import { CRISIS_TYPES, type CrisisType } from './types';

/**
 * The learned second crisis signal of issue 10, next to the rules: one logistic regression per crisis type
 * (that type against everything else) over Dutch stems from nlp.js's Dutch stemmer. It is trained at build
 * time (`npm run train:models`) on the crisis sentences the rules were tuned on, with every free-text message
 * of the development set, the calm chat corpus and the bot's buttons as calm talk; never on the held-apart
 * round. It is saved in the repository with the hash of what it learned from, and it only ever asks the one
 * gentle check question: it reads what the rules do not, in words nobody wrote a rule for ("als ik ga slapen
 * hoop ik dat het voor altijd is"). nlp.js's own neural classifier was tried first: its scores are not
 * probabilities, and no cut-off kept "ik wil mijn plan houden" calm and "die lui willen hun centen terug en
 * ze weten mijn adres" a crisis.
 */
/**
 * How likely a crisis type must be before the check question is asked: the lowest threshold that asks no check on
 * the calm messages typed in the transcript tests and the held-apart free text, chosen on the rounds the rules were
 * tuned on, never on the held-apart one. Rounds 18–30, each left out of the signal's training in turn, with the
 * rules: 92.2% of their crisis sentences found at 0.4, 93.2% at 0.3, 94.4% at 0.2, for checks on 7.1%, 7.2% and
 * 7.5% of their near-misses. At 0.2 "ik wil niet meer praten" (0.27) got "Ben je nu in gevaar?" instead of the
 * way out; at 0.3 no calm transcript message does (the highest is 0.24). At the fifth session's end, with half
 * the sentences and a third of the calm talk, 0.2 had still asked the check on "de huur en de boodschappen".
 */
export const SIGNAL_THRESHOLD = 0.3;

/**
 * Fewer words than this are the rules' alone: three words give a bag of stems too little to go on ("ik durf
 * niet" is not "ik durf niet naar buiten"), and a crisis said that short is said plainly ("ik wil dood"):
 * 21 of the corpora's 1,945 crisis sentences, all read by the rules.
 */
export const SIGNAL_MIN_WORDS = 4;

export type SignalLabel = CrisisType | 'calm';
export type SignalExample = readonly [words: readonly string[], label: SignalLabel];

/** Each feature's weights, one per crisis type in the order of CRISIS_TYPES; checked in one pass (z.record over some 30,000 features is slow at load). */
const Weights = z.custom<Record<string, number[]>>(
  (v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v as Record<string, unknown>).every((w) => Array.isArray(w) && w.length === CRISIS_TYPES.length && w.every((n) => typeof n === 'number' && Number.isFinite(n))),
  `weights: each feature's ${CRISIS_TYPES.length} finite numbers, one per crisis type`,
);
/**
 * The saved model (`model` in src/content/models/crisis.signal.json): the crisis types in order, a bias per type,
 * and per feature its weight for each type (four significant digits). Nearly every feature has a weight for
 * every type, so the feature is written once, not four times.
 */
const SignalModelSchema = z.object({
  types: z.tuple([z.literal(CRISIS_TYPES[0]), z.literal(CRISIS_TYPES[1]), z.literal(CRISIS_TYPES[2]), z.literal(CRISIS_TYPES[3])]),
  bias: z.array(z.number()).length(CRISIS_TYPES.length),
  weights: Weights,
});
export type SignalModel = z.infer<typeof SignalModelSchema>;

// nlp.js's stemmer is loaded on the first message, not at start-up.
let stemmerNl: LangNl.StemmerNl | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stemmer = (): LangNl.StemmerNl => (stemmerNl ??= new (require('@nlpjs/lang-nl') as typeof LangNl).StemmerNl());

/** The words' stems, and each two stems next to each other: "niet meer wakker" → niet, mer, wakker, niet_mer, mer_wakker. */
export function signalFeatures(words: readonly string[]): string[] {
  const stems = words.map((w) => stemmer().stemWord(w));
  const features = new Set<string>();
  stems.forEach((stem, i) => {
    features.add(stem);
    if (i + 1 < stems.length) features.add(`${stem}_${stems[i + 1]}`);
  });
  return [...features];
}

/** Training settings: passes over the examples, step size (AdaGrad), weight decay, and the weight of calm examples. */
const EPOCHS = 30;
const STEP = 0.3;
const DECAY = 1e-4;
const CALM_WEIGHT = 2;
const round4 = (n: number): number => Number(n.toPrecision(4));
/** Weights smaller than this change no reading and are saved as 0; a feature with none left is not kept. */
const SMALLEST_WEIGHT = 0.01;

export class CrisisSignal {
  private constructor(
    private readonly bias: readonly number[],
    // A Map, not the saved object: a typed word such as "constructor" must not find an object's own properties.
    private readonly weights: ReadonlyMap<string, readonly number[]>,
  ) {}

  /**
   * Trains on the examples, one logistic regression per type. Deterministic: a fixed-seed shuffle, so the same
   * examples give the same model, and the weights are kept to four significant digits, as saved.
   */
  static train(examples: readonly SignalExample[]): CrisisSignal {
    const inputs = examples.map(([words]) => signalFeatures(words));
    const order = shuffled(examples.length);
    const bias: number[] = [];
    const weights = new Map<string, number[]>();
    CRISIS_TYPES.forEach((type, t) => {
      const learned = new Map<string, number>();
      const squares = new Map<string, number>();
      let b = 0;
      let biasSquares = 1e-8;
      for (let epoch = 0; epoch < EPOCHS; epoch++) {
        for (const at of order[epoch]) {
          const [, label] = examples[at];
          const target = label === type ? 1 : 0;
          let z = b;
          for (const feature of inputs[at]) z += learned.get(feature) ?? 0;
          const gradient = (sigmoid(z) - target) * (label === 'calm' ? CALM_WEIGHT : 1);
          for (const feature of inputs[at]) {
            const g = gradient + DECAY * (learned.get(feature) ?? 0);
            const sum = (squares.get(feature) ?? 1e-8) + g * g;
            squares.set(feature, sum);
            learned.set(feature, (learned.get(feature) ?? 0) - (STEP * g) / Math.sqrt(sum));
          }
          biasSquares += gradient * gradient;
          b -= (STEP * gradient) / Math.sqrt(biasSquares);
        }
      }
      bias.push(round4(b));
      for (const [feature, w] of learned) {
        if (!weights.has(feature)) weights.set(feature, CRISIS_TYPES.map(() => 0));
        weights.get(feature)![t] = round4(w);
      }
    });
    const kept = [...weights]
      .map(([feature, w]): [string, number[]] => [feature, w.map((x) => (Math.abs(x) < SMALLEST_WEIGHT ? 0 : x))])
      .filter(([, w]) => w.some((x) => x !== 0))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return new CrisisSignal(bias, new Map(kept));
  }

  /** From a saved model (checked: a type, bias or weight missing is an error at load, not a wrong reading later). */
  static fromModel(model: unknown): CrisisSignal {
    const { bias, weights } = SignalModelSchema.parse(model);
    return new CrisisSignal(bias, new Map(Object.entries(weights)));
  }

  /** The model to save (`npm run train:models`). */
  toModel(): SignalModel {
    return { types: [...CRISIS_TYPES], bias: [...this.bias], weights: Object.fromEntries([...this.weights].map(([feature, w]) => [feature, [...w]])) };
  }

  /** How likely each crisis type is for these words (0 to 1). */
  likelihoods(words: readonly string[]): Record<CrisisType, number> {
    const z = [...this.bias];
    for (const feature of signalFeatures(words)) {
      const w = this.weights.get(feature);
      if (w) for (let t = 0; t < z.length; t++) z[t] += w[t];
    }
    return Object.fromEntries(CRISIS_TYPES.map((type, t) => [type, sigmoid(z[t])])) as Record<CrisisType, number>;
  }

  /** The most likely crisis type when it reaches `threshold` (and the message has enough words); else null. */
  read(words: readonly string[], threshold: number = SIGNAL_THRESHOLD): CrisisType | null {
    if (words.length < SIGNAL_MIN_WORDS) return null;
    const likely = this.likelihoods(words);
    const best = CRISIS_TYPES.reduce((a, b) => (likely[b] > likely[a] ? b : a));
    return likely[best] >= threshold ? best : null;
  }
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** For each pass, the examples in a shuffled order from a fixed seed (the same every run). */
function shuffled(count: number): number[][] {
  let seed = 7;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const order = Array.from({ length: count }, (_, i) => i);
  return Array.from({ length: EPOCHS }, () => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return [...order];
  });
}

let saved: CrisisSignal | undefined;

/** The saved signal, read on first use (the first message), not at start-up; never trained here. */
export function savedCrisisSignal(): CrisisSignal {
  saved ??= CrisisSignal.fromModel(readSavedModel('crisis').model);
  return saved;
}

/** Reads the saved model and loads the stemmer now: called just after start-up, so the first message does not wait for them. */
export function warmCrisisSignal(): void {
  savedCrisisSignal().read(['een', 'eerste', 'bericht', 'lezen']);
}
