import { z } from 'zod';
import { questionPart } from './practice';

/** The wegwijzer's techniques for making money talkable, and the pitfalls the method warns against. */
export const TECHNIQUES = ['inKaart', 'normaliseren', 'waarnemen', 'doorvragen', 'bewustMaken', 'activeren'] as const;
export const PITFALLS = ['oordelen', 'gesloten', 'adviesTeVroeg', 'jargon'] as const;
export type Technique = (typeof TECHNIQUES)[number];
export type Pitfall = (typeof PITFALLS)[number];
export type TechniqueClass = Technique | Pitfall;
export const TECHNIQUE_CLASSES: readonly TechniqueClass[] = [...TECHNIQUES, ...PITFALLS];

export const TechniqueCorpusSchema = z.object(
  Object.fromEntries(TECHNIQUE_CLASSES.map((c) => [c, z.array(z.string().min(2)).min(1)])) as Record<TechniqueClass, z.ZodArray<z.ZodString>>,
);
export type TechniqueCorpus = z.infer<typeof TechniqueCorpusSchema>;

export interface TechniqueReading {
  technique: TechniqueClass;
  score: number;
}

interface NlpLike {
  addLanguage(lang: string): void;
  addDocument(lang: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(lang: string, text: string): Promise<{ classifications?: Array<{ intent: string; score: number }> }>;
  export(minified?: boolean): string;
  import(data: string | object): void;
}

/** A fresh nlp.js instance with its Dutch package, quiet. nlp.js is loaded here, on first use, not at start-up. */
async function newNlp(): Promise<NlpLike> {
  const [{ containerBootstrap }, { Nlp }, { LangNl }] = await Promise.all([import('@nlpjs/core'), import('@nlpjs/nlp'), import('@nlpjs/lang-nl')]);
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangNl);
  const nlp = container.get('nlp') as NlpLike & { settings: Record<string, unknown> };
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.log = false;
  nlp.addLanguage('nl');
  // nlp.js logs every training epoch unless its NLU manager is told not to.
  (nlp as unknown as { nluManager: { settings: Record<string, unknown> } }).nluManager.settings.log = false;
  return nlp;
}

/**
 * Which technique (or pitfall) a professional's question is: an nlp.js neural classifier with its Dutch
 * language package (tokenising and stemming), trained on the examples in content. A question without a
 * question mark is still read; text the model cannot place is read as its best guess with a low score.
 */
export class TechniqueClassifier {
  private nlp: Promise<NlpLike> | undefined;

  private constructor(private readonly load: () => Promise<NlpLike>) {}

  /** Trains on the examples (`npm run train:models` and tests; the running bot loads the saved model). */
  static async train(corpus: TechniqueCorpus): Promise<TechniqueClassifier> {
    const nlp = await newNlp();
    for (const technique of TECHNIQUE_CLASSES) for (const example of corpus[technique]) nlp.addDocument('nl', example, technique);
    await nlp.train();
    const classifier = new TechniqueClassifier(() => Promise.resolve(nlp));
    await classifier.ready();
    return classifier;
  }

  /**
   * A classifier from a saved model (nlp.js export), read and imported on first use or on `ready()`:
   * no training, and nothing loaded at start-up for a turn that does not need it.
   */
  static fromModel(readModel: () => object | string): TechniqueClassifier {
    return new TechniqueClassifier(async () => {
      const nlp = await newNlp();
      nlp.import(readModel());
      return nlp;
    });
  }

  /** Loads the model now (after start-up, so the first practice question does not wait for it). */
  async ready(): Promise<void> {
    await (this.nlp ??= this.load());
  }

  /** The model as nlp.js exports it (for saving). */
  async exportModel(): Promise<string> {
    return (await (this.nlp ??= this.load())).export(true);
  }

  /**
   * Sentences about confidentiality (the frame, or a promise of secrecy) are left out, so the question after
   * them is what gets classified (see `questionPart`); the practice criteria notice them separately.
   */
  async classify(text: string): Promise<TechniqueReading> {
    const rest = questionPart(text);
    const nlp = await (this.nlp ??= this.load());
    const result = await nlp.process('nl', rest !== '' ? rest : text.slice(0, 500));
    const best = (result.classifications ?? []).find((c) => (TECHNIQUE_CLASSES as readonly string[]).includes(c.intent));
    return best ? { technique: best.intent as TechniqueClass, score: best.score } : { technique: 'inKaart', score: 0 };
  }
}
