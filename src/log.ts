import pino from 'pino';
import { createHash } from 'node:crypto';
import { Remembered } from './remembered';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. They never hold what a person typed, an amount or a name: log
 * calls pass only event names, ids and counts, and these paths are removed as a second net.
 */
const REDACT = [
  'text', '*.text', 'activity', '*.activity', 'body', '*.body', 'value', '*.value', 'name', '*.name',
  'euros', '*.euros', 'phone', '*.phone', 'req.headers.authorization',
];

/**
 * Standard output, written in batches: a line waits until about 4 KB have gathered or a second has passed,
 * instead of one write per line (a log line per turn was ~1.7% of the CPU under load). pino flushes it
 * synchronously when the process exits, also after an uncaught error or `process.exit`.
 */
export function bufferedStdout(): pino.DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 1000 });
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'geldgesprek' },
      redact: { paths: REDACT, remove: true },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

/** A turn's own line: its event, the conversation's ref (see conversationRef) and the channel. Nothing else fits in it. */
export interface TurnLine {
  event: 'turn.message' | 'turn.join';
  conversation: string;
  channel?: string;
}

/**
 * Writes the line every turn logs, byte for byte as the logger would, without the redaction net: its fields
 * are fixed by `TurnLine` and hold nothing a person typed, and pino's redaction of every field against the
 * wildcard paths cost more than the rest of the line (≈ 2 of 3.3 µs, and most of its garbage).
 */
export function turnLogger(log: Logger): (line: TurnLine, message: string) => void {
  const plain = log.child({}, { redact: { paths: [], remove: true } });
  return (line, message) => plain.info(line, message);
}

/** Recent conversations' refs: a turn logs its conversation more than once, and the hash costs more than the lookup. */
const refs = new Remembered<string>(10_000);

/** A short, stable stand-in for a conversation id, so logs can follow one conversation without storing its id. */
export function conversationRef(conversationId: string | undefined): string {
  if (!conversationId) return 'none';
  return refs.of(conversationId, () => createHash('sha256').update(conversationId).digest('hex').slice(0, 12));
}
