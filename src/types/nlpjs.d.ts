/* nlp.js ships no type declarations; these are the parts Geldgesprek uses (see src/language/techniques.ts and crisisSignal.ts). */
declare module '@nlpjs/core' {
  export function containerBootstrap(): Promise<{ use(plugin: unknown): void; get(name: string): unknown }>;
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-nl' {
  export const LangNl: unknown;
  export class StemmerNl {
    stemWord(word: string): string;
  }
}
