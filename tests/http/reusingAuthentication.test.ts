import type { TurnContext } from 'botbuilder';
import { InProcessAdapter } from '../../src/bot/adapter';
import { silentLogger } from '../helpers/silentLog';

const activity = (serviceUrl: string, text: string) =>
  ({ type: 'message', text, channelId: 'directline', serviceUrl, deliveryMode: 'expectReplies', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' } }) as never;

describe('the adapter reuses its Bot Framework clients', () => {
  it('builds the connector and user-token clients once per service URL, not per turn, and still answers', async () => {
    const adapter = new InProcessAdapter(silentLogger());
    const seen: Array<{ connector: unknown; tokens: unknown }> = [];
    const logic = async (context: TurnContext) => {
      seen.push({ connector: context.turnState.get(adapter.ConnectorClientKey), tokens: context.turnState.get(adapter.UserTokenClientKey) });
      await context.sendActivity(`echo ${context.activity.text}`);
    };
    const first = (await adapter.runForReplies(activity('http://127.0.0.1:9/', 'een'), logic)) as Array<{ text: string }>;
    await adapter.runForReplies(activity('http://127.0.0.1:9/', 'twee'), logic);
    await adapter.runForReplies(activity('http://127.0.0.1:10/', 'drie'), logic);
    expect(first.map((a) => a.text)).toEqual(['echo een']);
    expect(seen[0].connector).toBeDefined();
    expect(seen[1].connector).toBe(seen[0].connector);
    expect(seen[2].connector).not.toBe(seen[0].connector);
    expect(seen[1].tokens).toBe(seen[0].tokens);
  });
});
