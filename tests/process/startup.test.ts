import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

describe('start-up stops on bad configuration (a real process)', () => {
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
    const lines = result.stderr.split('\n').filter((l) => l.trim() !== '');
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
    const lines = result.stderr.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toEqual([expect.stringMatching(/^Configuration error: PORT /)]);
  });
});

describe('start-up loads nothing the first turn does not need (a real process)', () => {
  it('neither pdfkit (first PDF) nor Recognizers-Text (first answer that needs it) is loaded by starting the app', () => {
    const code = `
      const { createApp } = require('./src/app'); const { loadConfig } = require('./src/config'); const { createLogger } = require('./src/log');
      createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), createLogger('silent'), undefined, { dispatchEveryMs: false })
        .then(async (app) => { await app.listen(0); const loaded = Object.keys(require.cache);
          console.log(JSON.stringify({ app: loaded.some((f) => f.includes('/src/app')), pdfkit: loaded.some((f) => f.includes('/node_modules/pdfkit/')), recognizers: loaded.some((f) => f.includes('/node_modules/@microsoft/recognizers-text')) }));
          await app.close(); process.exit(0); });`;
    const result = spawnSync(process.execPath, ['-r', './scripts/tsRegister.js', '-e', code], { cwd: path.resolve(__dirname, '../..'), env: { PATH: process.env.PATH }, encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({ app: true, pdfkit: false, recognizers: false });
  });
});
