import { lexicon } from './lexicon';
import { numberWordOf } from './numberWords';
import { containsPhrase, nearlyEqual, normalize, words } from './normalize';
import type { ChoiceOption } from './types';

const ORDINALS: Record<string, number> = {
  '1': 1, een: 1, eerste: 1, '1e': 1, '1ste': 1,
  '2': 2, twee: 2, tweede: 2, '2e': 2, '2de': 2,
  '3': 3, drie: 3, derde: 3, '3e': 3, '3de': 3,
  '4': 4, vier: 4, vierde: 4, '4e': 4, '4de': 4,
  '5': 5, vijf: 5, vijfde: 5, '5e': 5, '5de': 5,
  laatste: -1,
};

/** Words that carry no meaning for picking a choice ("ik wil de eerste graag"). */
const FILLER = new Set(['ik', 'wil', 'de', 'het', 'een', 'graag', 'doe', 'maar', 'optie', 'nummer', 'keuze', 'die', 'deze', 'knop', 'kies', 'neem', 'alsjeblieft', 'aub', 'pls']);

function phrasesOf(choice: ChoiceOption): string[] {
  return [choice.title, choice.id, ...(choice.synonyms ?? [])].map(normalize).filter((p) => p !== '');
}

function byOrdinal(text: string, choices: readonly ChoiceOption[]): string | null {
  const meaningful = words(text).filter((w) => !FILLER.has(w));
  if (meaningful.length !== 1) return null;
  const n = ORDINALS[meaningful[0]];
  if (n === undefined) return null;
  const index = n === -1 ? choices.length - 1 : n - 1;
  return choices[index]?.id ?? null;
}

/**
 * Which of the offered choices the text means: the title, id or a synonym, whole or as words in a
 * sentence, an ordinal ("de eerste", "2"), or any of these with one typo. Ambiguous text (two
 * choices match equally well) is no match: the bot then asks again rather than guess.
 */
/** True when the text is exactly a choice's title, id or synonym. */
export function isExactChoice(text: string, choices: readonly ChoiceOption[]): boolean {
  const t = normalize(text);
  return choices.some((c) => phrasesOf(c).includes(t));
}

/** True when a phrase (normalised) stands in a choice's own words: its title, id or a synonym. */
export function choiceHolds(choice: ChoiceOption, phrase: string): boolean {
  return phrasesOf(choice).some((p) => containsPhrase(p, phrase));
}

/** Small numbers as words, so "geen van de 2" is "geen van de twee". */
const numbersAsWords = (t: string) => words(t).map((w) => numberWordOf(w) ?? w).join(' ');

export function matchChoice(text: string, choices: readonly ChoiceOption[]): string | null {
  const found = matchNormalized(normalize(text), choices) ?? matchNormalized(numbersAsWords(normalize(text)), choices);
  if (found) return found;
  // Without words that change nothing: "het lukt eigenlijk niet" is "het lukt niet".
  const plain = words(normalize(text)).filter((w) => !lexicon.fillers.has(w)).join(' ');
  return plain !== normalize(text) ? matchNormalized(plain, choices) : null;
}

function matchNormalized(t: string, choices: readonly ChoiceOption[]): string | null {
  if (t === '' || choices.length === 0) return null;

  const exact = choices.filter((c) => phrasesOf(c).includes(t));
  if (exact.length === 1) return exact[0].id;

  const ordinal = byOrdinal(t, choices);
  if (ordinal) return ordinal;

  // Phrases found as whole words. When they point at different choices, a phrase that lies inside a
  // longer found phrase does not count ("praten over geld" beats "geld"); what then still points two
  // ways is ambiguous.
  const found: Array<{ id: string; phrase: string }> = [];
  for (const c of choices) for (const p of phrasesOf(c)) if (containsPhrase(t, p)) found.push({ id: c.id, phrase: p });
  const standing = found.filter((f) => !found.some((g) => g.id !== f.id && g.phrase !== f.phrase && containsPhrase(g.phrase, f.phrase)));
  const ids = new Set(standing.map((f) => f.id));
  if (ids.size === 1) return [...ids][0];
  // "ik werk en krijg ook wat van de sociale dienst": two choices named, and one that stands for both.
  if (ids.size > 1) return choices.find((c) => c.combines && [...ids].every((id) => id === c.id || c.combines?.includes(id)))?.id ?? null;

  // Written apart or together: "voedsel bank" is "voedselbank".
  const collapsed = t.replace(/ /g, '');
  const together = choices.filter((c) => phrasesOf(c).some((p) => nearlyEqual(collapsed, p.replace(/ /g, ''))));
  if (together.length === 1) return together[0].id;

  // One typo: compare word by word against each phrase of the same word count.
  const tw = words(t);
  const fuzzy = new Set<string>();
  for (const c of choices) {
    for (const p of phrasesOf(c)) {
      const pw = words(p);
      for (let start = 0; start + pw.length <= tw.length; start++) {
        const slice = tw.slice(start, start + pw.length);
        const typos = slice.filter((w, i) => w !== pw[i]).length;
        if (typos <= 1 && slice.every((w, i) => nearlyEqual(w, pw[i]))) fuzzy.add(c.id);
      }
    }
  }
  return fuzzy.size === 1 ? [...fuzzy][0] : null;
}
