/* Benchmarks that print numbers: `npm run bench`. Not a test; nothing here passes or fails.
 * Measures the Dutch layer per call, a whole bot turn through the turn runner, and memory per stored conversation.
 * With REDIS_URL set it also measures RedisStorage read+write round trips. */
import { TestAdapter } from 'botbuilder';
import { GeldgesprekBot, JOIN_EVENT } from '../../src/bot/geldgesprekBot';
import { MemoryStorage, RedisStorage } from '../../src/bot/storage';
import { TurnRunner } from '../../src/bot/turnRunner';
import { ConversationCore } from '../../src/conversation/core';
import { createEffectRunner } from '../../src/bot/effectRunner';
import { detectCrisis, interpret } from '../../src/language';
import { createLogger } from '../../src/log';
import { TechniqueClassifier } from '../../src/language/techniques';
import { techniqueCorpus } from '../../src/content/techniques';
import { wegwijzerIndex } from '../../src/content/wegwijzer';
import { compare } from './compare';
import { savedTechniqueClassifier } from '../../src/content/techniqueModel';
import { planPath } from '../../src/plan/keptPlan';

const log = createLogger('silent');

function report(name: string, count: number, ms: number, unit = 'op'): void {
  console.log(`${name.padEnd(44)} ${(ms / count * 1000).toFixed(1).padStart(9)} µs/${unit}   ${Math.round(count / (ms / 1000)).toString().padStart(8)} ${unit}/s`);
}

function benchInterpret(): void {
  const samples: Array<[string, Parameters<typeof interpret>[1]]> = [
    ['ja', 'yesNo'], ['nee, ik heb geen inkomen', 'yesNo'], ['weet ik niet', 'yesNo'], ['banaan', 'yesNo'],
    ['ik wil praten over geld', 'choice'], ['wegwijzr', 'choice'], ['de tweede', 'choice'],
    ['€ 1.250,50', 'amount'], ['drieduizend vijfhonderd', 'amount'], ['tussen de 500 en 1000', 'amount'], ['een paar honderd', 'amount'],
  ];
  const choices = [
    { id: 'gesprek', title: 'Ik wil praten over geld', synonyms: ['praten', 'geld', 'schulden'] },
    { id: 'oefenen', title: 'Ik ben professional en wil oefenen', synonyms: ['professional', 'oefenen'] },
    { id: 'wegwijzer', title: 'Wegwijzer opzoeken', synonyms: ['wegwijzer', 'opzoeken'] },
  ];
  const n = 20_000;
  for (let i = 0; i < 2000; i++) interpret(samples[i % samples.length][0], samples[i % samples.length][1], { choices });
  const start = performance.now();
  for (let i = 0; i < n; i++) interpret(samples[i % samples.length][0], samples[i % samples.length][1], { choices });
  report('interpret (all kinds, mixed)', n, performance.now() - start, 'call');
  for (const kind of ['yesNo', 'choice', 'amount'] as const) {
    const own = samples.filter((x) => x[1] === kind);
    const t0 = performance.now();
    for (let i = 0; i < 5000; i++) interpret(own[i % own.length][0], kind, { choices });
    report(`  interpret ${kind}`, 5000, performance.now() - t0, 'call');
  }
  const messages = ['ik zie het even niet zitten met die rekeningen', 'ik wil er een eind aan maken', 'ik heb 3 schulden van samen 2000 euro', 'hoi', 'ik slaap sinds gisteren op straat'];
  const t1 = performance.now();
  for (let i = 0; i < n; i++) detectCrisis(messages[i % messages.length]);
  report('detectCrisis', n, performance.now() - t1, 'call');
}

async function benchTurns(): Promise<void> {
  const storage = new MemoryStorage(3600);
  const bot = new GeldgesprekBot(new TurnRunner(storage, new ConversationCore({ ttlDays: 30, planLink: (token) => `http://localhost:3978${planPath(token)}` }), createEffectRunner({ gemeenten: new Map(), log }), log), log);
  const conversations = 300;
  const start = performance.now();
  let turns = 0;
  for (let c = 0; c < conversations; c++) {
    const adapter = new TestAdapter(async (ctx) => bot.run(ctx), { conversation: { id: `bench-${c}` } } as never);
    await adapter.receiveActivity({ type: 'event', name: JOIN_EVENT });
    await adapter.receiveActivity('banaan');
    await adapter.receiveActivity('Wegwijzer opzoeken');
    await adapter.receiveActivity('help');
    turns += 4;
  }
  report('bot turn (memory storage, TestAdapter)', turns, performance.now() - start, 'turn');
}

async function benchMemoryPerConversation(): Promise<void> {
  const storage = new MemoryStorage(3600);
  const bot = new GeldgesprekBot(new TurnRunner(storage, new ConversationCore({ ttlDays: 30, planLink: (token) => `http://localhost:3978${planPath(token)}` }), createEffectRunner({ gemeenten: new Map(), log }), log), log);
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const n = 5000;
  for (let c = 0; c < n; c++) {
    const adapter = new TestAdapter(async (ctx) => bot.run(ctx), { conversation: { id: `mem-${c}` } } as never);
    await adapter.receiveActivity({ type: 'event', name: JOIN_EVENT });
    await adapter.receiveActivity('banaan');
  }
  global.gc?.();
  const perConversation = (process.memoryUsage().heapUsed - before) / n;
  console.log(`${'memory per stored conversation (heap)'.padEnd(44)} ${(perConversation / 1024).toFixed(2).padStart(9)} KiB ${global.gc ? '' : '(run node with --expose-gc for a steadier number)'}`);
}

async function benchRedis(url: string): Promise<void> {
  const storage = new RedisStorage({ url, keyPrefix: 'bench:', ttlSeconds: 60, log });
  await storage.connect();
  const n = 2000;
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const key = `k${i % 50}`;
    const item = (await storage.read([key]))[key];
    await storage.write({ [key]: { n: (item?.n ?? 0) + 1, eTag: item?.eTag ?? '*' } });
  }
  report('RedisStorage read + ETag write', n, performance.now() - start, 'pair');
  await storage.close();
}

async function benchPractice(): Promise<void> {
  const t0 = performance.now();
  const classifier = await TechniqueClassifier.train(techniqueCorpus);
  console.log(`${'technique classifier: training (build time)'.padEnd(44)} ${(performance.now() - t0).toFixed(0).padStart(9)} ms`);
  const tLoad = performance.now();
  await savedTechniqueClassifier().ready();
  console.log(`${'technique classifier: loading the saved model'.padEnd(44)} ${(performance.now() - tLoad).toFixed(0).padStart(9)} ms`);
  const questions = ['Hoe staat het met je geld?', 'Waarom heb je niet gewoon betaald?', 'Ik spreek veel mensen met geldzorgen, herken je dat?', 'Heb je een WSNP gehad?'];
  const n = 2000;
  const t1 = performance.now();
  for (let i = 0; i < n; i++) await classifier.classify(questions[i % questions.length]);
  report('technique classifier: classify', n, performance.now() - t1, 'call');
  const queries = ['wat doe ik bij huurachterstand', 'vragen normaliseren', 'post niet openen', 'bewindvoerder aanvragen'];
  const t2 = performance.now();
  for (let i = 0; i < n; i++) wegwijzerIndex.search(queries[i % queries.length]);
  report('wegwijzer search', n, performance.now() - t2, 'query');
}

async function main(): Promise<void> {
  console.log(`Geldgesprek benchmarks on node ${process.version}`);
  benchInterpret();
  await benchPractice();
  await benchTurns();
  await benchMemoryPerConversation();
  if (process.env.REDIS_URL) await benchRedis(process.env.REDIS_URL);
  else console.log('RedisStorage: set REDIS_URL to measure it');
}

(process.argv.includes('--compare') ? compare() : main()).catch((err) => {
  console.error(err);
  process.exit(1);
});
