/**
 * A first name or nickname as a person gives it at "Hoe mogen ze je noemen?": bare ("Sam", "big mo") or in
 * a sentence ("ik heet Mohammed", "mijn naam is Sam", "noem me maar Mo", "je mag me Mo noemen"). Only the
 * name is kept: it is what the wijkteam gets, so the rest of the sentence never goes along.
 */

/** The longest name or nickname kept, in words. */
const MAX_WORDS = 3;

/** Greetings and a yes before the name ("hoi, ik ben Sam", "ja, Sam"). */
const BEFORE = /^(?:(?:hoi|hallo|hey|hee|hai|goedemorgen|goedemiddag|goedenavond|ja|oke|ok|prima|goed)\b[\s,.!]*)+/iu;

/** The words that say a name follows. */
const LEADS = [
  /^(?:mijn\s+(?:voor)?naam\s+is|(?:mijn\s+)?(?:voor)?naam\s*[:=]|ik\s+heet|ik\s+ben|noem\s+me\s+maar|noem\s+me|noem\s+mij|zeg\s+maar|het\s+is|dit\s+is)\s+(.+)$/iu,
  /^(?:je|ze|jullie|u)\s+(?:mag|mogen|kan|kunt|kunnen)\s+(?:me|mij)\s+(.+?)\s+noemen\b.*$/iu,
];

/** Where a name stops in a sentence ("ik ben Sam en ik woon in Zwolle", "Mo hoor"). */
const AFTER = new Set(['en', 'maar', 'hoor', 'want', 'of', 'dus', 'uit', 'van', 'die', 'dat', 'ik', 'is', 'ben', 'heet', 'zeggen', 'noemen', 'alsjeblieft', 'graag', 'toch']);

/** Words that are no name: a sentence about something else ("ik ben niet zo van namen", "dat wil ik niet"). */
const NOT_A_NAME = new Set([
  'ik', 'je', 'jij', 'mijn', 'me', 'mij', 'niet', 'geen', 'wil', 'weet', 'de', 'het', 'een', 'is', 'ben', 'bent', 'zijn', 'wat', 'waarom', 'hoe', 'dat', 'dit', 'al',
  'bang', 'liever', 'zo', 'er', 'nog', 'ook', 'naam', 'noem', 'heet', 'bellen', 'nummer', 'maakt', 'uit', 'boeit', 'zeg', 'maar', 'we', 'ze', 'wie', 'waar',
]);

const isWord = (w: string) => /\p{L}/u.test(w);

/** "mohammed" is written "Mohammed"; a name typed with capitals is kept as typed. */
function capitalised(words: string[]): string {
  const typed = words.join(' ');
  if (typed !== typed.toLowerCase()) return typed;
  return words.map((w) => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1)).join(' ');
}

function wordsOf(text: string): string[] {
  return text
    .split(/[\s,;:!?()"“”]+/u)
    .map((w) => w.replace(/^[.'‘’-]+|[.'‘’-]+$/gu, ''))
    .filter((w) => w !== '');
}

/** The name in what the person typed, or null when it holds none. */
export function readName(raw: string): string | null {
  const text = raw.slice(0, 200).trim().replace(BEFORE, '').trim();
  for (const lead of LEADS) {
    const m = text.match(lead);
    if (!m) continue;
    const words = wordsOf(m[1]);
    const end = words.findIndex((w) => AFTER.has(w.toLowerCase()));
    const name = (end === -1 ? words : words.slice(0, end)).slice(0, MAX_WORDS);
    if (name.length === 0 || !name.every(isWord) || NOT_A_NAME.has(name[0].toLowerCase())) return null;
    return capitalised(name);
  }
  const words = wordsOf(text);
  if (words.length === 0 || words.length > MAX_WORDS || !words.some(isWord)) return null;
  if (words.some((w) => NOT_A_NAME.has(w.toLowerCase()))) return null;
  return capitalised(words);
}
