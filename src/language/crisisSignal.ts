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
 * How likely a crisis type must be before the check question is asked. Chosen on the rounds the rules were tuned
 * on, never on the held-apart one. Rounds 6–17, each left out of training in turn: the signal alone found 88.5%
 * of their crisis sentences at 0.4 and 92.3% at 0.2, and asked the check on 2.4% and 4.1% of their near-misses;
 * with the rules, 95.0% and 95.9%. 0.2 was tried and not kept: it asked "Ben je nu in gevaar?" on ordinary
 * answers in the transcript tests ("de huur en de boodschappen", "dan heb ik nog meer schulden en misschien geen
 * huis meer"), which the near-miss sentences of the rounds do not show. No check at 0.4 on the held-apart free
 * text (375 messages).
 */
export const SIGNAL_THRESHOLD = 0.4;

/**
 * Fewer words than this are the rules' alone: three words give a bag of stems too little to go on ("ik durf
 * niet" is not "ik durf niet naar buiten"), and a crisis said that short is said plainly ("ik wil dood"):
 * 21 of the corpora's 1,945 crisis sentences, all read by the rules.
 */
export const SIGNAL_MIN_WORDS = 4;

export type SignalLabel = CrisisType | 'calm';
export type SignalExample = readonly [words: readonly string[], label: SignalLabel];

// A feature's weight map is checked in one pass (z.record(z.number()) over some 60,000 weights took 55 ms at load).
const Weights = z.custom<Record<string, number>>((v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v as Record<string, unknown>).every((w) => typeof w === 'number' && Number.isFinite(w)), 'weights: an object of finite numbers');
const TypeModelSchema = z.object({ bias: z.number(), weights: Weights });
type TypeModel = z.infer<typeof TypeModelSchema>;
/** The saved model (`model` in src/content/models/crisis.signal.json): per crisis type its bias and the weight of each feature, four significant digits. */
const SignalModelSchema = z.object({ types: z.object(Object.fromEntries(CRISIS_TYPES.map((type) => [type, TypeModelSchema])) as Record<CrisisType, typeof TypeModelSchema>) });
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
/** Weights smaller than this change no reading and are not kept (the saved model is a third of the size). */
const SMALLEST_WEIGHT = 0.01;

export class CrisisSignal {
  private constructor(private readonly types: Record<CrisisType, TypeModel>) {}

  /**
   * Trains on the examples. Deterministic: a fixed-seed shuffle, so the same examples give the same model,
   * and the weights are kept to four significant digits, as saved.
   */
  static train(examples: readonly SignalExample[]): CrisisSignal {
    const inputs = examples.map(([words]) => signalFeatures(words));
    const order = shuffled(examples.length);
    const types = Object.fromEntries(
      CRISIS_TYPES.map((type) => {
        const weights = new Map<string, number>();
        const squares = new Map<string, number>();
        let bias = 0;
        let biasSquares = 1e-8;
        for (let epoch = 0; epoch < EPOCHS; epoch++) {
          for (const at of order[epoch]) {
            const [, label] = examples[at];
            const target = label === type ? 1 : 0;
            const gradient = (probability(bias, weights, inputs[at]) - target) * (label === 'calm' ? CALM_WEIGHT : 1);
            for (const feature of inputs[at]) {
              const g = gradient + DECAY * (weights.get(feature) ?? 0);
              const sum = (squares.get(feature) ?? 1e-8) + g * g;
              squares.set(feature, sum);
              weights.set(feature, (weights.get(feature) ?? 0) - (STEP * g) / Math.sqrt(sum));
            }
            biasSquares += gradient * gradient;
            bias -= (STEP * gradient) / Math.sqrt(biasSquares);
          }
        }
        const kept = [...weights].map(([feature, w]): [string, number] => [feature, round4(w)]).filter(([, w]) => Math.abs(w) >= SMALLEST_WEIGHT);
        return [type, { bias: round4(bias), weights: Object.fromEntries(kept.sort(([a], [b]) => (a < b ? -1 : 1))) }];
      }),
    ) as Record<CrisisType, TypeModel>;
    return new CrisisSignal(types);
  }

  /** From a saved model (checked: a type or weight missing is an error at load, not a wrong reading later). */
  static fromModel(model: unknown): CrisisSignal {
    return new CrisisSignal(SignalModelSchema.parse(model).types);
  }

  /** The model to save (`npm run train:models`). */
  toModel(): SignalModel {
    return { types: this.types };
  }

  /** How likely each crisis type is for these words (0 to 1). */
  likelihoods(words: readonly string[]): Record<CrisisType, number> {
    const features = signalFeatures(words);
    return Object.fromEntries(CRISIS_TYPES.map((type) => [type, probability(this.types[type].bias, this.types[type].weights, features)])) as Record<CrisisType, number>;
  }

  /** The most likely crisis type when it reaches `threshold` (and the message has enough words); else null. */
  read(words: readonly string[], threshold: number = SIGNAL_THRESHOLD): CrisisType | null {
    if (words.length < SIGNAL_MIN_WORDS) return null;
    const likely = this.likelihoods(words);
    const best = CRISIS_TYPES.reduce((a, b) => (likely[b] > likely[a] ? b : a));
    return likely[best] >= threshold ? best : null;
  }
}

function probability(bias: number, weights: Map<string, number> | Record<string, number>, features: readonly string[]): number {
  let z = bias;
  for (const feature of features) z += (weights instanceof Map ? weights.get(feature) : weights[feature]) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

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
