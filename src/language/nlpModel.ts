import { containerBootstrap } from '@nlpjs/core';
import { Nlp } from '@nlpjs/nlp';
import { LangNl } from '@nlpjs/lang-nl';

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
}

/** A Dutch intent classifier: nlp.js with its Dutch tokeniser and stemmer, trained on examples from content. */
export class DutchClassifier {
  private constructor(private readonly nlp: NlpLike) {}

  static async train(examples: Record<string, readonly string[]>): Promise<DutchClassifier> {
    const container = await containerBootstrap();
    container.use(Nlp);
    container.use(LangNl);
    const nlp = container.get('nlp') as NlpLike;
    nlp.settings.autoSave = false;
    nlp.settings.autoLoad = false;
    nlp.settings.log = false;
    nlp.addLanguage('nl');
    nlp.nluManager.settings.log = false;
    for (const [intent, list] of Object.entries(examples)) for (const example of list) nlp.addDocument('nl', example, intent);
    await nlp.train();
    return new DutchClassifier(nlp);
  }

  /** Every intent with its score, best first. */
  async rank(text: string): Promise<Classification[]> {
    const result = await this.nlp.process('nl', text.slice(0, 500));
    return (result.classifications ?? []).map(({ intent, score }) => ({ intent, score })).sort((a, b) => b.score - a.score);
  }

  /** The best intent for a text, 'None' when nothing fits well enough. */
  async classify(text: string): Promise<Classification> {
    const result = await this.nlp.process('nl', text.slice(0, 500));
    return { intent: result.intent ?? 'None', score: result.score ?? 0 };
  }
}
