import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('configuration from the environment', () => {
  it('has working defaults: port 3978, 30 days, memory state, no auth', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3978, STATE_TTL_DAYS: 30, LOG_LEVEL: 'info', MicrosoftAppType: 'MultiTenant', REDIS_KEY_PREFIX: 'geldgesprek:' });
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ REDIS_URL: '', MicrosoftAppId: '', PORT: '' }).PORT).toBe(3978);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ STATE_TTL_DAYS: '0' }, 'STATE_TTL_DAYS'],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x' }, 'MicrosoftAppId'],
    [{ MicrosoftAppId: '3f1b8f3e-9a7c-4a53-9d2a-2f0c3b1e4d5a' }, 'MicrosoftAppPassword'],
    [{ MicrosoftAppType: 'SingleTenant', MicrosoftAppId: '3f1b8f3e-9a7c-4a53-9d2a-2f0c3b1e4d5a', MicrosoftAppPassword: 'x' }, 'MicrosoftAppTenantId'],
  ])('%j is refused, naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as Error).message.split('\n')).toHaveLength(1);
  });

  it('a malformed gemeente file stops start-up with the file, field and reason, and exit code 1', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gemeenten-'));
    writeFileSync(path.join(dir, 'kapotstad.json'), JSON.stringify({ name: 'Kapotstad', allowedOrigins: ['https://kapotstad.example'], page: { primaryColor: 'rood', logoText: 'Kapotstad' } }));
    const result = spawnSync(process.execPath, ['-r', './scripts/tsRegister.js', 'src/index.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { PATH: process.env.PATH, PORT: '0', GEMEENTEN_DIR: dir, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.includes('DeprecationWarning') && !l.includes('trace-deprecation'));
    expect(lines).toEqual(["Gemeente file kapotstad.json: field 'page.primaryColor' must be a colour like #154273"]);
  });

  it('a bad value stops start-up with one clear line and exit code 1', () => {
    const root = path.resolve(__dirname, '../..');
    const result = spawnSync(process.execPath, ['-r', './scripts/tsRegister.js', 'src/index.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, PORT: 'abc' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.trim() !== '' && !l.includes('DeprecationWarning') && !l.includes('trace-deprecation'));
    expect(lines).toEqual([expect.stringMatching(/^Configuration error: PORT /)]);
  });
});
