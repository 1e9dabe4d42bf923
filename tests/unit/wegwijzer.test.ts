import { content, isContentKey, PHASE_IDS, textEntry } from '../../src/content';
import { BESPREEKBAAR_STEPS, claimedQuotes, missingFromSource } from '../../src/content/sourceFidelity';

// The check against the wegwijzer's real text runs in CI: `npm run check:sources -- <folder with the source texts>` (see .ci/run).
describe('the content is built to follow the wegwijzer', () => {
  it('asks every routekaart question it takes from the source, by key', () => {
    for (const phase of PHASE_IDS) {
      for (const [id, node] of Object.entries(content.routekaart.phases[phase].nodes)) {
        if (!node.extra && !node.derived) expect({ id, asked: isContentKey(`routekaart.${id}`) }).toEqual({ id, asked: true });
      }
    }
  });

  it('has every question of "Bespreekbaar maken" in the content as the bot asks it', () => {
    for (const [, key] of BESPREEKBAAR_STEPS) expect(textEntry(key).say.join(' ').length).toBeGreaterThan(10);
  });

  it('offers the signals of the source as buttons, and the kinds of help as entries', () => {
    expect(Object.keys(textEntry('gesprek.waarnemen').choices ?? {})).toEqual(['stress', 'slapen', 'post', 'afspraken', 'voorschot', 'geen']);
    for (const id of ['budgetcursus', 'budgetcoach', 'beschermingsbewind', 'nibud', 'schuldhulpverlening', 'sociaal-raadslieden', 'sociaal-wijkteam', 'voedselbank', 'geldfit-0800-8115']) {
      expect(content.hulp).toHaveProperty([id]);
    }
    // Beyond the list: crisis help, and the reclasseringswerker and verslavingszorg ('Samen ondersteunen').
    expect(Object.keys(content.hulp).sort()).toEqual(
      ['113-zelfmoordpreventie', 'beschermingsbewind', 'budgetcoach', 'budgetcursus', 'geldfit-0800-8115', 'nibud', 'reclassering', 'schuldhulpverlening', 'sociaal-raadslieden', 'sociaal-wijkteam', 'verslavingszorg', 'voedselbank'],
    );
  });

  it('the source check finds nothing missing in a text that holds every quote, and each quote missing from one that does not', () => {
    const quotes = claimedQuotes();
    const all = quotes.map((q) => q.text).join('\n') + '\n' + 'x'.repeat(10_000);
    expect(missingFromSource(all)).toEqual([]);
    const withoutFirst = quotes.slice(1).map((q) => q.text).join('\n') + '\n' + 'x'.repeat(10_000);
    expect(missingFromSource(withoutFirst).map((q) => q.where)).toContain(quotes[0].where);
    expect(missingFromSource('')).toHaveLength(1);
  });
});
