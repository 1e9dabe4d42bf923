import { wegwijzer, wegwijzerIndex } from '../../src/content/wegwijzer';

/** What a professional types when looking up the regelingen around detention: everyday words and misspellings. */
const QUERIES: Array<[string, string]> = [
  ['cjib', 'regeling-cjib'],
  ['CJIB', 'regeling-cjib'],
  ['boetes', 'regeling-cjib'],
  ['wat doe ik met boetes van het cjib', 'regeling-cjib'],
  ['cjb brieven', 'regeling-cjib'],
  ['openstaande bekeuringen', 'regeling-cjib'],
  ['gijzeling', 'regeling-cjib'],
  ['schadevergoedingsmaatregel slachtoffer', 'regeling-cjib'],
  ['betalingsregeling voor een boete', 'regeling-cjib'],
  ['toeslagen', 'regeling-toeslagen'],
  ['zorgtoeslag gestopt in de gevangenis', 'regeling-toeslagen'],
  ['huurtoeslag aanvragen na vrijlating', 'regeling-toeslagen'],
  ['toeslaagen', 'regeling-toeslagen'],
  ['bijzondere bijstand', 'regeling-bijzondere-bijstand'],
  ['bijzondre bijstand', 'regeling-bijzondere-bijstand'],
  ['noodgeld eerste dagen', 'regeling-bijzondere-bijstand'],
  ['voorschot op de uitkering', 'regeling-bijzondere-bijstand'],
  ['uitkering na detentie', 'regeling-uitkering'],
  ['client jonger dan 27 wil uitkering', 'regeling-uitkering'],
  ['uwv uitkering laten herleven', 'regeling-uitkering'],
  ['bewindvoerder', 'regeling-bewind'],
  ['bewinvoerder', 'regeling-bewind'],
  ['client staat onder bewind', 'regeling-bewind'],
  ['wsnp', 'regeling-wsnp'],
  ['wettelijke schuldsanering', 'regeling-wsnp'],
  ['te goeder trouw rechter', 'regeling-wsnp'],
  ['bankrekening openen', 'regeling-basisbetaalrekening'],
  ['geen bank rekening', 'regeling-basisbetaalrekening'],
  ['basisbetaalrekening', 'regeling-basisbetaalrekening'],
  ['digid', 'regeling-digid'],
  ['digi d aanvragen', 'regeling-digid'],
  ['activeringscode', 'regeling-digid'],
  ['briefadres', 'regeling-briefadres'],
  ['geen vast adres voor de post', 'regeling-briefadres'],
  ['dakloos inschrijven brp', 'regeling-briefadres'],
  ['zorgverzekering na detentie', 'regeling-zorgverzekering'],
  ['zorgverzekring weer aanzetten', 'regeling-zorgverzekering'],
  ['nieuw paspoort te duur', 'regeling-id'],
  ['id bewijs kwijt', 'regeling-id'],
];

describe('the lookup finds the regelingen around detention', () => {
  it('has at least 30 new everyday queries', () => expect(QUERIES.length).toBeGreaterThanOrEqual(30));

  it.each(QUERIES)('"%s" finds %s among the top three', (query, id) => {
    expect(wegwijzerIndex.search(query, 3).map((h) => h.id)).toContain(id);
  });

  it('every entry in "regelingen" names its source', () => {
    const regelingen = wegwijzer.entries.filter((e) => e.section === 'regelingen');
    expect(regelingen.map((e) => e.id)).toEqual(expect.arrayContaining(['regeling-cjib', 'regeling-toeslagen', 'regeling-bijzondere-bijstand', 'regeling-bewind', 'regeling-wsnp', 'regeling-basisbetaalrekening', 'regeling-digid', 'regeling-briefadres', 'regeling-zorgverzekering']));
    for (const e of regelingen) expect(e.bron).toMatch(/wegwijzer|handreiking|alliantiemonitor|\.nl/);
  });

  it('a typo in a long word still finds it; a short unknown word finds nothing', () => {
    expect(wegwijzerIndex.search('schuldsannering', 3).map((h) => h.id)).toContain('regeling-wsnp');
    expect(wegwijzerIndex.search('xq', 3)).toEqual([]);
  });
});
