import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { content, isContentKey, PHASE_IDS, textEntry, type ContentKey } from '../../src/content';

const SEED = path.resolve(__dirname, '../../../shared/seeds/wegwijzer-schulden-forensische-clienten.txt');

/** The seed's text with line-break hyphenation undone and white space folded, as the PDF lost its layout. */
function flat(text: string): string {
  return text
    .replace(/-\s*\n\s*/g, '')
    .replace(/\u00ad/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the content follows the wegwijzer', () => {
  const seed = existsSync(SEED) ? flat(readFileSync(SEED, 'utf8')) : '';

  it('has the wegwijzer beside the project (shared/seeds)', () => {
    expect(seed.length).toBeGreaterThan(10_000);
  });

  it('every routekaart question and outcome is the source\'s own text', () => {
    for (const phase of PHASE_IDS) {
      const { nodes, leaves, title } = content.routekaart.phases[phase];
      expect(seed).toContain(flat(title));
      for (const [id, node] of Object.entries(nodes)) {
        if (node.extra) continue;
        expect({ id, found: seed.includes(flat(node.source)) }).toEqual({ id, found: true });
        if (!node.derived) expect(isContentKey(`routekaart.${id}`)).toBe(true);
      }
      for (const [id, leaf] of Object.entries(leaves)) {
        expect({ id, found: seed.includes(flat(leaf.source)) }).toEqual({ id, found: true });
      }
    }
  });

  it('every question of "Bespreekbaar maken" is in the source, and in the content as the bot asks it', () => {
    // [the wegwijzer's question, the content that asks it of the person]
    const steps: Array<[string, ContentKey]> = [
      ['In hoeverre lukt het jou om rond te komen?', 'gesprek.inKaart'],
      ['Hoe staat het met de financiën?', 'gesprek.inKaart'],
      ['Ik spreek regelmatig mensen met zorgen over hun financiën.', 'gesprek.normaliseren'],
      ['Ik spreek regelmatig mensen voor wie het lastig is rekeningen in één keer te betalen. Hoe is dat voor jou?', 'gesprek.normaliseren.vraag'],
      ['Je geeft aan/ik zie dat je veel stress ervaart. Wat maakt dat je veel stress hebt?', 'gesprek.waarnemen.stress'],
      ['Ik zie dat je een aantal keer niet op afspraken bij … bent geweest. Mag ik vragen hoe dat komt?', 'gesprek.waarnemen.afspraken'],
      ['Hoe bedoel je dat precies?', 'gesprek.doorvragen'],
      ['Waar sta je over zes maanden als je financiële situatie hetzelfde blijft?', 'gesprek.bewust.zesMaanden'],
      ["Mag ik je hier meer over vertellen?", 'gesprek.bewust.magIk'],
      ['zie ik dat zij meer rust ervaren', 'gesprek.bewust.rust'],
      ['Wat heb je al gedaan om je financiële situatie te veranderen?', 'gesprek.activeren.gedaan'],
      ['Wat heb je nodig om verandering aan te brengen in je financiële situatie? Wie of wat zou jou daarin kunnen helpen?', 'gesprek.activeren.nodig'],
    ];
    for (const [question, key] of steps) {
      expect({ question, inSource: seed.includes(flat(question)) }).toEqual({ question, inSource: true });
      expect(textEntry(key).say.join(' ').length).toBeGreaterThan(10);
    }
  });

  it('offers every signal it asks about from the source\'s list "Signalen van financiële problemen"', () => {
    for (const signal of ['Stress', 'Slaapproblemen', 'Post niet openen', 'Afspraken niet nakomen', 'Een voorschot willen']) {
      expect(seed).toContain(signal);
    }
    expect(Object.keys(textEntry('gesprek.waarnemen').choices ?? {})).toEqual(['stress', 'slapen', 'post', 'afspraken', 'voorschot', 'geen']);
  });

  it('names every kind of help in the source\'s list "Hulp bij financiële problemen"', () => {
    for (const name of ['0800-8115', 'nibud', 'Sociaal raadslieden', 'Budgetcursus', 'Budgetcoach', 'Beschermingsbewind of budgetbeheer', 'Sociaal wijkteam', 'Voedselbank', 'Gemeentelijke schuldhulpverlening']) {
      expect(seed).toContain(name);
    }
    // Beyond the list: crisis help, and the reclasseringswerker and verslavingszorg the wegwijzer names under 'Samen ondersteunen'.
    expect(seed).toContain('verslavingszorg');
    expect(Object.keys(content.hulp).sort()).toEqual(
      ['113-zelfmoordpreventie', 'beschermingsbewind', 'budgetcoach', 'budgetcursus', 'geldfit-0800-8115', 'nibud', 'reclassering', 'schuldhulpverlening', 'sociaal-raadslieden', 'sociaal-wijkteam', 'verslavingszorg', 'voedselbank'],
    );
  });
});
