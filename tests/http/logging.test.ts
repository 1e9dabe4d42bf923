import nock from 'nock';
import type { StoreItems } from 'botbuilder';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MemoryStorage } from '../../src/bot/storage';
import { capturingLogger } from '../helpers/silentLog';
import { Chat } from '../helpers/chat';

/** Words only a person would type: a name, an amount, a phone number, a marker. */
const PRIVATE = ['Mohammed Jansen', '€ 1.250,50', '0612345678', 'ZEBRA-7731'];
const typed = `Ik ben ${PRIVATE[0]}, ik heb ${PRIVATE[1]} schuld, bel ${PRIVATE[2]} ${PRIVATE[3]}`;

describe('logs never hold what a person typed, an amount or a name', () => {
  const consoleLines: string[] = [];
  beforeEach(() => {
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        consoleLines.push(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
    }
  });
  afterEach(() => jest.restoreAllMocks());

  const expectClean = (lines: string[]) => {
    expect(lines.length).toBeGreaterThan(0);
    for (const secret of PRIVATE) for (const line of lines) expect(line).not.toContain(secret);
  };

  it('through the whole HTTP path: Direct Line, /api/messages and bad requests', async () => {
    nock.enableNetConnect(/127\.0\.0\.1/);
    const { log, lines } = capturingLogger('trace');
    const app = await createApp(loadConfig({ LOG_LEVEL: 'trace' }), log, new MemoryStorage(60));
    const base = `http://127.0.0.1:${await app.listen(0)}`;
    try {
      const { conversationId, token } = await (await fetch(`${base}/v3/directline/conversations`, { method: 'POST' })).json();
      const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` };
      const url = `${base}/v3/directline/conversations/${conversationId}/activities`;
      for (const text of ['hoi', typed, 'Wegwijzer opzoeken', typed]) {
        await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, from: { id: 'u1', name: PRIVATE[0] } }) });
      }
      await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: typed }) });
      await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: `{"text": "${typed}"` });
      await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'teleport', text: typed, channelId: 'x', serviceUrl: 'x', from: { id: 'a', name: PRIVATE[0] }, recipient: { id: 'b' }, conversation: { id: 'c' } }),
      });
    } finally {
      await app.close();
    }
    expectClean([...lines, ...consoleLines]);
  });

  it('when a turn fails', async () => {
    const { log, lines } = capturingLogger('trace');
    class BrokenStorage extends MemoryStorage {
      override async write(_changes: StoreItems): Promise<void> {
        throw new Error('disk full');
      }
    }
    const chat = new Chat({ storage: new BrokenStorage(60), log });
    const replies = await chat.say(typed);
    expect(replies.map((r) => r.text).join(' ')).toContain('er ging bij mij iets mis');
    expect(lines.some((l) => l.includes('"turn.error"'))).toBe(true);
    expectClean([...lines, ...consoleLines]);
  });
});
