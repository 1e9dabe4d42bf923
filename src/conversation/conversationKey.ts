/** The storage key of a conversation's record, from its channel and conversation id. */
export function conversationKey(address: { channelId: string; conversation: { id: string } }): string {
  return `conversation/${address.channelId}/${address.conversation.id}`;
}
