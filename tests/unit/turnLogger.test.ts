import { turnLogger } from '../../src/log';
import { capturingLogger } from '../helpers/silentLog';

const withoutTime = (line: string) => line.replace(/"time":"[^"]+"/, '"time":"-"');

describe('turnLogger', () => {
  it('writes the turn line byte for byte as the logger does', () => {
    const { log, lines } = capturingLogger();
    const logTurn = turnLogger(log);
    for (const line of [
      { event: 'turn.message', conversation: 'a1b2c3d4e5f6', channel: 'directline' },
      { event: 'turn.join', conversation: 'a1b2c3d4e5f6' },
    ] as const) {
      log.info(line, 'message');
      logTurn(line, 'message');
    }
    expect(lines).toHaveLength(4);
    expect(withoutTime(lines[1])).toBe(withoutTime(lines[0]));
    expect(withoutTime(lines[3])).toBe(withoutTime(lines[2]));
    expect(JSON.parse(lines[1])).toMatchObject({ app: 'geldgesprek', level: 30, event: 'turn.message', conversation: 'a1b2c3d4e5f6', channel: 'directline', msg: 'message' });
  });

  it('keeps to the logger\'s level, and leaves the logger\'s own redaction in place', () => {
    const { log, lines } = capturingLogger('warn');
    turnLogger(log)({ event: 'turn.message', conversation: 'x' }, 'message');
    expect(lines).toHaveLength(0);
    log.warn({ event: 'test', text: 'wat iemand typte', reason: { name: 'Sam', code: 1 } }, 'redacted');
    expect(JSON.parse(lines[0])).toMatchObject({ event: 'test', reason: { code: 1 } });
    expect(lines[0]).not.toMatch(/typte|Sam/);
  });
});
