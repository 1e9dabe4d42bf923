import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Reply } from '../conversation/reply';
import type { ReplyAddress } from '../handover/outbox';
import type { TranscriptStore } from './directLine/transcriptStore';
import { toActivities } from './render/activities';

/** Says something to a person outside a turn (a call-back that could not be delivered). */
export type Messenger = (address: ReplyAddress, replies: Reply[]) => Promise<void>;

/**
 * A message outside a turn goes into the local Direct Line's log when the conversation lives there,
 * and otherwise through the Bot Framework to the channel the address names.
 */
export function createMessenger(adapter: CloudAdapter, transcripts: TranscriptStore, appId: string): Messenger {
  return async (address, replies) => {
    const channelId = address.channelId ?? '';
    const activities = toActivities(replies, channelId);
    const id = address.conversation?.id;
    if (channelId === 'webchat' && id && (await transcripts.has(id))) {
      for (const activity of activities) {
        await transcripts.append(id, { ...activity, type: 'message', from: { id: 'geldgesprek', name: 'Geldgesprek', role: 'bot' }, timestamp: new Date().toISOString() });
      }
      return;
    }
    await adapter.continueConversationAsync(appId, address as Partial<ConversationReference>, async (context) => {
      await context.sendActivities(activities);
    });
  };
}
