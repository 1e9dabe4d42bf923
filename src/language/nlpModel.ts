import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangNl } from '@nlpjs/lang-nl';
import { Remembered } from '../remembered';

export interface Classification {
  intent: string;
  score: number;
}

interface NlpLike {
  settings: Record<string, unknown>;
  nluManager: { settings: Record<string, unknown> };
  addLanguage(lang: string): void;
  addDocument(lang: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(lang: string, text: string): Promise<{ intent?: string; score?: number; classifications?: Classification[] }>;
  export(minified?: boolean): string;
  import(data: string | object): void;
}

/** A fresh nlp.js instance with its Dutch package, quiet. */
async function dutchNlp(): Promise<NlpLike> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangNl);
  const nlp = container.get('nlp') as NlpLike;
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.log = false;
  nlp.addLanguage('nl');
  nlp.nluManager.settings.log = false;
  return nlp;
}

/**
 * A Dutch intent classifier: nlp.js with its Dutch tokeniser and stemmer, trained on examples from content
 * by `npm run train:models`; the bot reads the saved model (src/language/savedModels.ts).
 */
export class DutchClassifier {
  private constructor(private readonly nlp: NlpLike) {}

  /** Trains on the examples (`npm run train:models` and tests; the running bot reads the saved model). */
  static async train(examples: Record<string, readonly string[]>): Promise<DutchClassifier> {
    const nlp = await dutchNlp();
    for (const [intent, list] of Object.entries(examples)) for (const example of list) nlp.addDocument('nl', example, intent);
    await nlp.train();
    return new DutchClassifier(nlp);
  }

  /** A classifier from a saved model (nlp.js export): no training. */
  static async fromModel(readModel: () => object): Promise<DutchClassifier> {
    const nlp = await dutchNlp();
    nlp.import(readModel());
    return new DutchClassifier(nlp);
  }

  /** The model as nlp.js exports it (for saving). */
  exportModel(): string {
    return this.nlp.export(true);
  }

  /** Every intent with its score, best first. */
  async rank(text: string): Promise<readonly Classification[]> {
    return (await this.read(text)).ranked;
  }

  /** The best intent for a text, 'None' when nothing fits well enough. */
  async classify(text: string): Promise<Classification> {
    return (await this.read(text)).best;
  }

  /**
   * Texts already classified, with nlp.js's answer. The model does not change once trained and nlp.js answers a
   * text the same every time, so a text said again (a button's words, a clause read by two readers) is not
   * run through its pipeline again. Bounded: cleared when full.
   */
  private readonly answers = new Remembered<Reading>(2000);

  private async read(raw: string): Promise<Reading> {
    const text = raw.slice(0, 500);
    let reading = this.answers.find(text);
    if (!reading) {
      const result = await this.nlp.process('nl', text);
      reading = {
        best: Object.freeze({ intent: result.intent ?? 'None', score: result.score ?? 0 }),
        ranked: Object.freeze((result.classifications ?? []).map(({ intent, score }) => Object.freeze({ intent, score })).sort((a, b) => b.score - a.score)),
      };
      this.answers.keep(text, reading);
    }
    return reading;
  }
}

interface Reading {
  best: Readonly<Classification>;
  ranked: readonly Readonly<Classification>[];
}
