import path from 'node:path';
import { insightScopes, RegionsConfigError } from '../../src/insight/access';
import { loadGemeenten } from '../../src/content/gemeenten';
import { projectRoot } from '../../src/paths';

const SHIPPED = path.join(projectRoot(), 'src', 'content', 'inzicht-regios.json');

describe('regions for the anonymous figures', () => {
  const { gemeenten } = loadGemeenten();
  const onlyVoorbeeldstad = new Map([...gemeenten].filter(([id]) => id === 'voorbeeldstad'));

  it('the shipped example region opens where its gemeenten are all loaded', () => {
    expect(insightScopes(gemeenten, SHIPPED).get('regio-voorbeeld')?.gemeenten).toEqual(['voorbeeldstad', 'dorpsveen']);
  });

  it('a deployment with other gemeenten starts: the example region is left out, the gemeente keeps its own scope', () => {
    const scopes = insightScopes(onlyVoorbeeldstad, SHIPPED);
    expect(scopes.has('regio-voorbeeld')).toBe(false);
    expect(scopes.has('voorbeeldstad')).toBe(true);
  });

  it('a regions file set on purpose must match: an unknown gemeente stops start-up with a clear line', () => {
    expect(() => insightScopes(onlyVoorbeeldstad, SHIPPED, { strict: true })).toThrow(RegionsConfigError);
    expect(() => insightScopes(onlyVoorbeeldstad, SHIPPED, { strict: true })).toThrow("names unknown gemeente 'dorpsveen'");
  });
});
