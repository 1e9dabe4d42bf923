import { ActivityHandler, type TurnContext } from 'botbuilder';
import type { Conversation } from '../dialogs/conversation';
import { conversationRef, type Logger } from '../log';
import type { TurnRunner } from './turnRunner';

/** The event a web page sends when it opens or reopens the chat. */
export const JOIN_EVENT = 'webchat/join';

/** Routes each kind of activity to the conversation, through the turn runner. It holds no logic of its own. */
export class GeldgesprekBot extends ActivityHandler {
  constructor(runner: TurnRunner, conversation: Conversation, log: Logger) {
    super();
    this.onMessage(async (context, next) => {
      log.info({ event: 'turn.message', conversation: conversationRef(context.activity.conversation.id), channel: context.activity.channelId }, 'message');
      await runner.run(context, (attempt, record) => conversation.onMessage(attempt, record));
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const someoneElse = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (someoneElse) await runner.run(context, (attempt, record) => conversation.onOpened(attempt, record));
      await next();
    });
    this.onEvent(async (context: TurnContext, next) => {
      if (context.activity.name === JOIN_EVENT) {
        log.info({ event: 'turn.join', conversation: conversationRef(context.activity.conversation.id) }, 'chat opened');
        await runner.run(context, (attempt, record) => conversation.onOpened(attempt, record));
      }
      await next();
    });
  }
}
