import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

/** The app's log lines go to standard output in batches (src/log.ts); none may be lost when the process ends. */
const ROOT = path.resolve(__dirname, '../..');
const LOGGER = `const { createLogger, bufferedStdout } = require('./src/log'); const log = createLogger('info', bufferedStdout());`;

function run(code: string): { status: number | null; lines: Array<Record<string, unknown>> } {
  const result = spawnSync(process.execPath, ['-r', './scripts/tsRegister.js', '-e', `${LOGGER} ${code}`], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: result.status, lines };
}

describe('buffered log lines reach standard output (a real process)', () => {
  it('at a normal end', () => {
    const { status, lines } = run(`for (let i = 0; i < 3; i++) log.info({ event: 'turn.message', i }, 'message');`);
    expect(status).toBe(0);
    expect(lines.map((l) => l.i)).toEqual([0, 1, 2]);
  });

  it('at process.exit(1) right after logging (as start-up failures and SIGTERM do)', () => {
    const { status, lines } = run(`log.info({ event: 'stopping' }, 'Stopping'); log.error({ event: 'last' }, 'last words'); process.exit(1);`);
    expect(status).toBe(1);
    expect(lines.map((l) => l.event)).toEqual(['stopping', 'last']);
  });

  it('at a crash by an uncaught error', () => {
    const { status, lines } = run(`log.error({ event: 'turn.error' }, 'Turn failed'); setImmediate(() => { throw new Error('boom'); });`);
    expect(status).toBe(1);
    expect(lines.map((l) => l.event)).toEqual(['turn.error']);
  });

  it('within about a second while the process keeps running, even when little is logged', async () => {
    const child = spawn(process.execPath, ['-r', './scripts/tsRegister.js', '-e', `${LOGGER} log.info({ event: 'quiet' }, 'one line'); setTimeout(() => process.stderr.write('later\\n'), 2500); setTimeout(() => {}, 3000);`], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    const seenBeforeLater = await new Promise<string>((resolve) => child.stderr.on('data', () => resolve(out)));
    await new Promise((resolve) => child.on('exit', resolve));
    expect(JSON.parse(seenBeforeLater.trim()) as unknown).toMatchObject({ event: 'quiet' });
  });
});
