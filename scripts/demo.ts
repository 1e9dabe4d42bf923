/* `npm run demo`: the bot with a demo gemeente whose call-backs go to a local receiver, so the whole warm
 * handover can be seen on one machine. The demo gemeente is the shipped Voorbeeldstad with its webhook
 * pointed at scripts/demoReceiver.ts (started here, in the same process) and a secret made for this run.
 * Ports: PORT (bot, default 3978) and DEMO_RECEIVER_PORT (receiver, default 3979). */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultGemeentenDir } from '../src/content/gemeenten';
import { createReceiver, formatRequest, RECEIVER_PATH } from './demoReceiver';

const DEMO_GEMEENTE = 'voorbeeldstad';

async function main(): Promise<void> {
  const secret = randomBytes(32).toString('hex');
  const receiver = createReceiver({
    secret,
    deliver: (request) => console.log(formatRequest(request)),
    refused: (status, reason) => console.log(`Demo-ontvanger weigerde een verzoek (${status}): ${reason}`),
  });
  const receiverPort = await new Promise<number>((resolve, reject) => {
    receiver.once('error', reject);
    receiver.listen(Number(process.env.DEMO_RECEIVER_PORT ?? 3979), '127.0.0.1', () => resolve((receiver.address() as { port: number }).port));
  });
  receiver.unref();

  const gemeente = JSON.parse(readFileSync(path.join(defaultGemeentenDir(), `${DEMO_GEMEENTE}.json`), 'utf8')) as {
    handover: { webhookUrl: string; secretEnv: string };
  };
  gemeente.handover.webhookUrl = `http://127.0.0.1:${receiverPort}${RECEIVER_PATH}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'geldgesprek-demo-'));
  // The other gemeenten come along unchanged (a region may name them); the demo one points at the receiver.
  for (const file of readdirSync(defaultGemeentenDir()).filter((f) => f.endsWith('.json') && !f.startsWith('_'))) {
    copyFileSync(path.join(defaultGemeentenDir(), file), path.join(dir, file));
  }
  writeFileSync(path.join(dir, `${DEMO_GEMEENTE}.json`), JSON.stringify(gemeente, null, 2));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  process.env.GEMEENTEN_DIR = dir;
  process.env[gemeente.handover.secretEnv] = secret;

  console.log(
    [
      `Demo: gemeente Voorbeeldstad stuurt terugbelverzoeken naar de demo-ontvanger op ${gemeente.handover.webhookUrl}`,
      '(scripts/demoReceiver.ts: controleert de handtekening en drukt elk verzoek hieronder af).',
      'Open /voorbeeld-gemeente.html op het adres hieronder, klik "Praat over geld" en kies bijvoorbeeld',
      '"Ik wil praten over geld" → "Het lukt niet" → "Ja" → "Ja", en zeg ja tegen het terugbellen.',
    ].join('\n'),
  );
  await import('../src/index'); // the bot itself, exactly as `npm start` runs it
}

main().catch((err: Error) => {
  console.error(`Demo could not start: ${err.message}`);
  process.exit(1);
});
