import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/log';

/** A logger whose JSON lines are kept in memory, so tests can read what would have been logged. */
export function capturingLogger(level = 'info'): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter((l) => l.trim() !== ''));
      cb();
    },
  });
  return { log: createLogger(level, stream), lines };
}

export function silentLogger(): Logger {
  return createLogger('silent');
}
