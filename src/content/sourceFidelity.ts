import { content, PHASE_IDS, type ContentKey } from '.';
import { personas } from './personas';

/**
 * Checks that the content follows the wegwijzer's own words: every routekaart question and outcome, every
 * question of "Bespreekbaar maken", every signal and every kind of help, and the practice personas' signals. Takes the source's text and returns
 * what is missing from it (empty: all found). `npm run check:sources -- <folder>` runs it on the real text.
 */
export const WEGWIJZER_FILE = 'wegwijzer-schulden-forensische-clienten.txt';

/** The source's text with line-break hyphenation undone and white space folded, as the PDF lost its layout. */
export function flat(text: string): string {
  return text
    .replace(/-\s*\n\s*/g, '')
    .replace(/\u00ad/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** [the wegwijzer's question, the content that asks it of the person] for "Bespreekbaar maken". */
export const BESPREEKBAAR_STEPS: ReadonlyArray<readonly [string, ContentKey]> = [
  ['In hoeverre lukt het jou om rond te komen?', 'gesprek.inKaart'],
  ['Hoe staat het met de financiën?', 'gesprek.inKaart'],
  ['Ik spreek regelmatig mensen met zorgen over hun financiën.', 'gesprek.normaliseren'],
  ['Ik spreek regelmatig mensen voor wie het lastig is rekeningen in één keer te betalen. Hoe is dat voor jou?', 'gesprek.normaliseren.vraag'],
  ['Je geeft aan/ik zie dat je veel stress ervaart. Wat maakt dat je veel stress hebt?', 'gesprek.waarnemen.stress'],
  ['Ik zie dat je een aantal keer niet op afspraken bij … bent geweest. Mag ik vragen hoe dat komt?', 'gesprek.waarnemen.afspraken'],
  ['Hoe bedoel je dat precies?', 'gesprek.doorvragen'],
  ['Waar sta je over zes maanden als je financiële situatie hetzelfde blijft?', 'gesprek.bewust.zesMaanden'],
  ['Mag ik je hier meer over vertellen?', 'gesprek.bewust.magIk'],
  ['zie ik dat zij meer rust ervaren', 'gesprek.bewust.rust'],
  ['Wat heb je al gedaan om je financiële situatie te veranderen?', 'gesprek.activeren.gedaan'],
  ['Wat heb je nodig om verandering aan te brengen in je financiële situatie? Wie of wat zou jou daarin kunnen helpen?', 'gesprek.activeren.nodig'],
];

export const SIGNALS = ['Stress', 'Slaapproblemen', 'Post niet openen', 'Afspraken niet nakomen', 'Een voorschot willen'];
export const HELP_NAMES = ['0800-8115', 'nibud', 'Sociaal raadslieden', 'Budgetcursus', 'Budgetcoach', 'Beschermingsbewind of budgetbeheer', 'Sociaal wijkteam', 'Voedselbank', 'Gemeentelijke schuldhulpverlening'];

/** Every text the content claims to take from the wegwijzer, with where it is used. */
export function claimedQuotes(): Array<{ where: string; text: string }> {
  const quotes: Array<{ where: string; text: string }> = [];
  for (const phase of PHASE_IDS) {
    const { nodes, leaves, title } = content.routekaart.phases[phase];
    quotes.push({ where: `routekaart ${phase} title`, text: title });
    for (const [id, node] of Object.entries(nodes)) if (!node.extra) quotes.push({ where: `routekaart node ${id}`, text: node.source });
    for (const [id, leaf] of Object.entries(leaves)) quotes.push({ where: `routekaart outcome ${id}`, text: leaf.source });
  }
  for (const [question, key] of BESPREEKBAAR_STEPS) quotes.push({ where: `bespreekbaar maken (${key})`, text: question });
  for (const signal of SIGNALS) quotes.push({ where: 'signalen', text: signal });
  for (const name of HELP_NAMES) quotes.push({ where: 'hulp', text: name });
  quotes.push({ where: 'hulp: samen ondersteunen', text: '(forensische) verslavingszorg' });
  // Practice personas quote the list 'Signalen van financiële problemen' word for word.
  for (const [id, persona] of Object.entries(personas)) for (const signal of persona.signals) quotes.push({ where: `persona ${id} signal`, text: signal });
  return quotes;
}

/** What the content quotes that the source text does not hold. */
export function missingFromSource(sourceText: string): Array<{ where: string; text: string }> {
  const source = flat(sourceText);
  if (source.length < 10_000) return [{ where: 'the source', text: 'is empty or too short to be the wegwijzer' }];
  return claimedQuotes().filter((quote) => !source.includes(flat(quote.text)));
}
