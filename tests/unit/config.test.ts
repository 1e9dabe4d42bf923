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
});
