import type * as Recognizers from '@microsoft/recognizers-text-suite';
import { lexicon } from './lexicon';
import { NEGATIONS } from './mentions';
import { containsPhrase, normalize, words } from './normalize';

let recognizersModule: typeof Recognizers | undefined;
/** Recognizers-Text, loaded on the first answer that gets this far rather than at start-up (it is large to load). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const recognizers = (): typeof Recognizers => (recognizersModule ??= require('@microsoft/recognizers-text-suite') as typeof Recognizers);

export type YesNoAnswer = 'yes' | 'no' | 'unknown';

/** "weet ik echt niet", "ik weet het nog niet", "weet ik eigenlijk ook niet": a short sentence of not knowing. */
const DONT_KNOW = /^(ik |dat )?weet (ik |het |k )?((echt|nog|eigenlijk|ook|helemaal|zelf|zo|niet|precies|even|gewoon) )*niet( precies| zeker| meer| hoor| zo)?$/;

/** A know-verb as people chat it ("weet", "wk", "kweet", "wet") followed closely by a negation: "ik weet t niet", "wk nie". */
const KNOW = new Set(['weet', 'wet', 'wt', 'wk', 'kweet', 'kwet', 'weten', 'weetn']);
const NOT = new Set(['niet', 'nie', 'ni', 'nit', 'niets', 'niks']);
function saysDontKnow(w: readonly string[]): boolean {
  if (w.length > 7) return false;
  const at = w.findIndex((x) => KNOW.has(x));
  return at >= 0 && w.slice(at + 1, at + 5).some((x) => NOT.has(x));
}

/** Not wanting to say ("zeg ik liever niet", "daar praat ik niet over", "gaat je niks aan") is not knowing, never "no". */
const SAYING = '(zeggen|zeg|vertellen|vertel|praten|praat|kwijt)';
const NOT_SAYING = '(liever niet|niet|niks|niets)';
const REFUSES = new RegExp(`\\b${NOT_SAYING}\\b(\\s+\\S+){0,3}\\s+${SAYING}\\b|\\b${SAYING}\\b(\\s+\\S+){0,3}\\s+${NOT_SAYING}\\b|gaat (je|jou|jullie) (niks|niets|geen bal) aan`);

/** A statement in the first person ("ik heb schulden", "heb ik wel") answers yes to "heb je …?". */
const AFFIRMING_STARTS = ['ik heb', 'heb ik', 'ik ben', 'ben ik', 'ik krijg', 'krijg ik', 'ik doe', 'ik werk', 'ik zit', 'er is', 'er zijn', 'dat heb ik', 'dat wel', 'wel'];

function byEmoji(raw: string): YesNoAnswer | null {
  const has = (list: readonly string[]) => list.some((e) => raw.includes(e));
  if (has(lexicon.unknownEmoji)) return 'unknown';
  const yes = has(lexicon.yesEmoji);
  const no = has(lexicon.noEmoji);
  if (yes && !no) return 'yes';
  if (no && !yes) return 'no';
  return null;
}

/** The longest lexicon phrase the text starts with, as "nee, ik heb geen inkomen" starts with "nee". */
function leadingAnswer(text: string): YesNoAnswer | null {
  const w = words(text);
  for (let n = Math.min(4, w.length); n >= 1; n--) {
    const head = w.slice(0, n).join(' ');
    if (lexicon.unknown.has(head)) return 'unknown';
    if (lexicon.no.has(head)) return 'no';
    if (lexicon.yes.has(head)) return 'yes';
  }
  return null;
}

/**
 * Yes, no or don't know, from Dutch as people type it. "Weet ik niet" is never read as "no".
 * Returns null when the text does not answer a yes/no question.
 */
export function readYesNo(raw: string): YesNoAnswer | null {
  const byRules = readYesNoByRules(raw);
  if (byRules) return byRules;
  // Last resort: Recognizers-Text's Dutch boolean model (Dutch exists there for yes/no only).
  const { recognizeBoolean, Culture } = recognizers();
  const found = recognizeBoolean(raw.slice(0, 500), Culture.Dutch);
  const value: unknown = found[0]?.resolution?.value;
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return null;
}

/**
 * True when the text says "weet ik niet" (or will not say). The same as `readYesNo(raw) === 'unknown'`, without
 * Recognizers-Text's model: it answers only yes or no, so it is not asked at every choice or amount question.
 */
export function saysUnknown(raw: string): boolean {
  return readYesNoByRules(raw) === 'unknown';
}

/** `readYesNo` by our own rules only: null where only Recognizers-Text's model could still read a yes or a no. */
function readYesNoByRules(raw: string): YesNoAnswer | null {
  const text = normalize(raw);
  if (text === '') return byEmoji(raw);

  if (lexicon.unknown.has(text)) return 'unknown';
  if (lexicon.no.has(text)) return 'no';
  if (lexicon.yes.has(text)) return 'yes';

  // Doubt anywhere wins over a leading yes or no: "ja misschien", "nee, ik weet het niet".
  for (const phrase of lexicon.unknown) {
    if (containsPhrase(text, phrase)) return 'unknown';
  }
  if (DONT_KNOW.test(text)) return 'unknown';
  if (REFUSES.test(text)) return 'unknown';
  if (saysDontKnow(words(text))) return 'unknown';

  const leading = leadingAnswer(text);
  if (leading) return leading;

  const w = words(text);
  if (w.some((x) => NEGATIONS.has(x))) return 'no';
  if (AFFIRMING_STARTS.some((start) => text === start || text.startsWith(`${start} `))) return 'yes';

  return byEmoji(raw);
}

/** True when the text opens with a plain yes or no ("ja, drie maanden", "nee hoor"), not with a statement. */
export function startsWithYesNo(raw: string): boolean {
  const first = words(normalize(raw))[0] ?? '';
  return lexicon.yes.has(first) || lexicon.no.has(first) || lexicon.unknown.has(first);
}
