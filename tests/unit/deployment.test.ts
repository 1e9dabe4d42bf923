import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigSchema } from '../../src/config';

const read = (file: string) => readFileSync(path.resolve(__dirname, '../../deployment', file), 'utf8');
const CONFIG_KEYS = new Set(Object.keys((ConfigSchema as unknown as { _def: { schema: { shape: Record<string, unknown> } } })._def.schema.shape));

describe('the deployment files agree with the bot', () => {
  it('Dockerfile: multi-stage, runs as a non-root user, health-checks /healthz, ships content and web', () => {
    const docker = read('Dockerfile');
    expect(docker.match(/^FROM /gm)).toHaveLength(2);
    expect(docker).toMatch(/^USER node$/m);
    expect(docker).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
    expect(docker).toContain('COPY --chown=node:node src/content ./src/content');
    expect(docker).toContain('COPY --chown=node:node web ./web');
    expect(docker).toContain('npm prune --omit=dev');
  });

  it('docker-compose: the bot and Redis, and only settings the bot reads', () => {
    const compose = read('docker-compose.yml');
    expect(compose).toMatch(/^ {2}redis:/m);
    expect(compose).toMatch(/^ {2}bot:/m);
    expect(compose).toContain('REDIS_URL: redis://redis:6379');
    const block = compose.slice(compose.indexOf('    environment:'), compose.indexOf('    ports:'));
    const env = [...block.matchAll(/^ {6}([A-Za-z_]+):/gm)].map((m) => m[1]);
    expect(env.length).toBeGreaterThan(5);
    for (const key of env) expect({ key, known: CONFIG_KEYS.has(key) || key.startsWith('HANDOVER_SECRET_') }).toEqual({ key, known: true });
  });

  it('Bicep: Azure Bot with Teams, App Service, Redis, and the settings the bot reads', () => {
    const bicep = read('azure/main.bicep');
    for (const type of ['Microsoft.BotService/botServices@', 'Microsoft.Web/sites@', 'Microsoft.Cache/redis@', "name: 'MsTeamsChannel'"]) expect(bicep).toContain(type);
    expect(bicep).toContain("healthCheckPath: '/healthz'");
    const settings = [...bicep.matchAll(/\{ name: '([A-Za-z_]+)', value:/g)].map((m) => m[1]).filter((k) => k !== 'WEBSITES_PORT');
    for (const key of settings) expect({ key, known: CONFIG_KEYS.has(key) }).toEqual({ key, known: true });
    for (const key of ['MicrosoftAppId', 'MicrosoftAppPassword', 'REDIS_URL', 'STATE_TTL_DAYS']) expect(settings).toContain(key);
    expect(bicep).toMatch(/rediss:\/\/:.*:6380/);
  });
});
