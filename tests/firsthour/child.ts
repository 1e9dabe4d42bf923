import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

/** A process started as a person starts it, with everything it prints (stdout and stderr, in order). */
export interface Started {
  child: ChildProcess;
  output: () => string;
  /** Waits until the output matches, or fails after `ms` with what was printed. */
  waitFor: (pattern: RegExp, ms?: number) => Promise<RegExpMatchArray>;
  /** Ctrl+C, and the output once it has stopped. */
  stop: () => Promise<string>;
  /** The output once it has ended by itself. */
  ended: () => Promise<string>;
}

/** Runs a TypeScript entry point with the loader the npm scripts use, in a clean environment plus `env`. */
export function startScript(script: string, env: Record<string, string> = {}): Started {
  const child = spawn(process.execPath, ['-r', './scripts/tsRegister.js', script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdout.on('data', (c: Buffer) => (text += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (text += c.toString('utf8')));
  return {
    child,
    output: () => text,
    waitFor: async (pattern, ms = 30_000) => {
      const until = Date.now() + ms;
      for (;;) {
        const match = text.match(pattern);
        if (match) return match;
        if (Date.now() > until || child.exitCode !== null) throw new Error(`Not printed: ${pattern}\n--- output ---\n${text}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      await exited;
      return text;
    },
    ended: async () => {
      await exited;
      return text;
    },
  };
}

/** What would alarm a person reading the output: warnings (Node's or our log's), errors and stack traces. */
export function alarming(output: string): string[] {
  return output.split('\n').filter((line) => /warn|deprecat|error|^\s+at \S/i.test(line) || /"level":(4|5|6)0/.test(line));
}
