/* `npm run bench -- --compare`: Geldgesprek side by side with a bare botbuilder echo bot, in one run.
 * Both run as their own processes (the real one with a real redis-server); the same closed-loop generator
 * drives them in turn, A B A B. Prints ratios; nothing passes or fails. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createClient } from 'redis';
import { drive, oneConversation, type LoadResult } from './load';

const ROOT = path.resolve(__dirname, '..', '..');
const ECHO = path.join(ROOT, 'tests', 'bench', 'echoBot.js');
/** What `npm start` runs: the app in one file (scripts/bundle.js). */
const REAL = path.join(ROOT, 'geldgesprek.js');
const PREFIX = 'gg:';
const CONCURRENCY = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** A B rounds; more give steadier ratios on a shared machine. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function healthy(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
}

interface Running {
  port: number;
  msToHealthy: number;
  stop(): Promise<void>;
}

/** Starts a process and waits for its health; once more on another port if it exits (its port was taken in between). */
async function start(file: string, env: Record<string, string>): Promise<Running> {
  return startOnce(file, env).catch(() => startOnce(file, env));
}

async function startOnce(file: string, env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), file], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  started.push(() => child.kill('SIGKILL'));
  while (!(await healthy(port))) {
    if (child.exitCode !== null) throw new Error(`${file} exited with ${child.exitCode}`);
    await wait(10);
  }
  const msToHealthy = performance.now() - t0;
  return {
    port,
    msToHealthy,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function startRedis(): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  started.push(() => child.kill('SIGKILL'));
  const url = `redis://127.0.0.1:${port}`;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => net.connect(port, '127.0.0.1', function (this: net.Socket) { this.end(); resolve(true); }).on('error', () => resolve(false)));
    if (up) break;
    await wait(50);
  }
  return { url, stop: () => { child.kill('SIGTERM'); rmSync(dir, { recursive: true, force: true }); } };
}

const fmt = (r: LoadResult) =>
  `${r.turnsPerSecond.toFixed(0).padStart(6)} turns/s  p50 ${r.p50.toFixed(1).padStart(6)} ms  p99 ${r.p99.toFixed(1).padStart(6)} ms  (${r.turns} turns, ${r.errors} errors)`;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => sum(xs) / xs.length;

/** Every process this run started, stopped at the end even when the run fails half way. */
const started: Array<() => void> = [];

export async function compare(): Promise<void> {
  try {
    await compareAll();
  } finally {
    for (const stop of started) stop();
  }
}

async function compareAll(): Promise<void> {
  console.log(`Side by side on node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log(`${CONCURRENCY} conversations at once, closed loop, ${SECONDS} s per run after 5 s warm-up, ${ROUNDS} rounds, A = echo bot, B = Geldgesprek + Redis\n`);
  const redis = await startRedis();
  const db = createClient({ url: redis.url });
  await db.connect();
  const realEnv = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: PREFIX, LOG_LEVEL: 'info' };

  // Start-up to a healthy /healthz, then the first conversation at once: what loads at the first turn shows there.
  const startups: Record<'A' | 'B', number[]> = { A: [], B: [] };
  const firstTurns: Record<'A' | 'B', number[][]> = { A: [], B: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, file, env] of [['A', ECHO, {}], ['B', REAL, realEnv]] as const) {
      const proc = await start(file, env);
      startups[name].push(proc.msToHealthy);
      const turns: number[] = [];
      await oneConversation(proc.port, `first-${round}`, (ms) => turns.push(ms));
      firstTurns[name].push(turns);
      console.log(`start-up ${name}: ${proc.msToHealthy.toFixed(0)} ms to a healthy /healthz; then the join ${turns[0].toFixed(0)} ms, the first message ${turns[1].toFixed(0)} ms, all ${turns.length} turns ${sum(turns).toFixed(0)} ms`);
      await proc.stop();
    }
  }

  const echo = await start(ECHO, {});
  const real = await start(REAL, realEnv);
  await drive(echo.port, { concurrency: CONCURRENCY, seconds: 5, tag: 'warm-a' });
  await drive(real.port, { concurrency: CONCURRENCY, seconds: 5, tag: 'warm-b' });
  const results: Record<'A' | 'B', LoadResult[]> = { A: [], B: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, port] of [['A', echo.port], ['B', real.port]] as const) {
      const r = await drive(port, { concurrency: CONCURRENCY, seconds: SECONDS, tag: `${name}${round}` });
      results[name].push(r);
      console.log(`run ${name}${round + 1}: ${fmt(r)}`);
    }
  }

  // The stored record after every turn of one conversation: its largest, and what stays after the plan.
  const key = `${PREFIX}conversation/directline/size-probe`;
  let largest = { docBytes: 0, memory: 0, doc: '' };
  const last = await oneConversation(real.port, 'size-probe', undefined, async () => {
    const docBytes = Number(await db.hStrLen(key, 'doc'));
    if (docBytes > largest.docBytes) largest = { docBytes, memory: Number(await db.memoryUsage(key)), doc: (await db.hGet(key, 'doc')) ?? '' };
  });
  const atPlan = { docBytes: Number(await db.hStrLen(key, 'doc')), memory: Number(await db.memoryUsage(key)) };
  const { doc } = largest;
  const reachedPlan = last.includes('nibud');

  const seed = async (total: number) => {
    const have = Number(await db.dbSize());
    for (let i = have; i < total; i += 1000) {
      const multi = db.multi();
      for (let j = i; j < Math.min(total, i + 1000); j++) multi.hSet(`${PREFIX}conversation/directline/seed-${j}`, { etag: `seed${j}`, doc }).expire(`${PREFIX}conversation/directline/seed-${j}`, 3600);
      await multi.exec();
    }
  };
  const stored: Record<'100' | '100000', LoadResult[]> = { '100': [], '100000': [] };
  for (let round = 0; round < 2; round++) {
    for (const n of ['100', '100000'] as const) {
      if (n === '100') await db.flushAll();
      await seed(Number(n));
      const r = await drive(real.port, { concurrency: CONCURRENCY, seconds: SECONDS, tag: `s${n}-${round}` });
      stored[n].push(r);
      console.log(`B with ${n.padStart(6)} conversations stored: ${fmt(r)}`);
    }
  }
  await echo.stop();
  await real.stop();
  await db.close();
  redis.stop();

  const tput = (rs: LoadResult[]) => mean(rs.map((r) => r.turnsPerSecond));
  const p99 = (rs: LoadResult[]) => mean(rs.map((r) => r.p99));
  console.log('\nSummary (B / A; means of the runs above)');
  console.log(`  throughput        ${tput(results.A).toFixed(0)} vs ${tput(results.B).toFixed(0)} turns/s   ratio ${(tput(results.B) / tput(results.A)).toFixed(2)}   (goal ≥ 0.8)`);
  console.log(`  p99               ${p99(results.A).toFixed(1)} vs ${p99(results.B).toFixed(1)} ms        ratio ${(p99(results.B) / p99(results.A)).toFixed(2)}   (goal ≤ 1.5)`);
  console.log(`  start-up          ${mean(startups.A).toFixed(0)} vs ${mean(startups.B).toFixed(0)} ms        ratio ${(mean(startups.B) / mean(startups.A)).toFixed(2)}   (goal ≤ 1.5)`);
  const first = (name: 'A' | 'B', pick: (turns: number[]) => number) => mean(firstTurns[name].map(pick)).toFixed(0);
  console.log(`  first turns       after start-up: the join ${first('A', (t) => t[0])} vs ${first('B', (t) => t[0])} ms, the first message ${first('A', (t) => t[1])} vs ${first('B', (t) => t[1])} ms, the whole first conversation ${first('A', sum)} vs ${first('B', sum)} ms`);
  console.log(`  stored state      largest ${largest.docBytes} bytes JSON, ${largest.memory} bytes in Redis (MEMORY USAGE); after the plan ${atPlan.docBytes} / ${atPlan.memory}${reachedPlan ? '' : '  (did NOT reach the plan!)'}   (goal ≤ 4096)`);
  console.log(`  stored 100 vs 100,000: ${tput(stored['100']).toFixed(0)} vs ${tput(stored['100000']).toFixed(0)} turns/s   ratio ${(tput(stored['100000']) / tput(stored['100'])).toFixed(2)}   (goal ≈ 1)`);
}
