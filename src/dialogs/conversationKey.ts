import type { Activity } from 'botbuilder';

/** The storage key of a conversation's record. */
export function conversationKey(activity: Pick<Activity, 'channelId' | 'conversation'>): string {
  return `conversation/${activity.channelId}/${activity.conversation.id}`;
}
