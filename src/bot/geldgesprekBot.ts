import { ActivityHandler, TurnContext } from 'botbuilder';
import type { Incoming } from '../conversation/core';
import { conversationRef, turnLogger, type Logger } from '../log';
import { adaptForChannel } from './render/channels';
import { toActivities } from './render/activities';
import type { TurnRunner } from './turnRunner';

/** The event a web page sends when it opens or reopens the chat. */
export const JOIN_EVENT = 'webchat/join';

/** The plain facts of an activity that the conversation core reads. */
function incomingOf(context: TurnContext, kind: Incoming['kind']): Incoming {
  const { activity } = context;
  return {
    kind,
    text: activity.text,
    value: activity.value,
    channelId: activity.channelId,
    conversationId: activity.conversation.id,
    address: TurnContext.getConversationReference(activity) as Incoming['address'],
  };
}

/**
 * The Bot Framework's edge: turns each kind of activity into the core's `Incoming`, runs the turn, and
 * sends the replies as activities for the channel. It holds no conversation logic of its own.
 */
export class GeldgesprekBot extends ActivityHandler {
  constructor(runner: TurnRunner, log: Logger) {
    super();
    const logTurn = turnLogger(log);
    const turn = async (context: TurnContext, kind: Incoming['kind']) => {
      const replies = await runner.run(incomingOf(context, kind));
      if (replies.length > 0) await context.sendActivities(adaptForChannel(toActivities(replies, context.activity.channelId), context.activity));
    };
    this.onMessage(async (context, next) => {
      logTurn({ event: 'turn.message', conversation: conversationRef(context.activity.conversation.id), channel: context.activity.channelId }, 'message');
      await turn(context, 'message');
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const someoneElse = (context.activity.membersAdded ?? []).some((m) => m.id !== context.activity.recipient?.id);
      if (someoneElse) await turn(context, 'opened');
      await next();
    });
    this.onEvent(async (context: TurnContext, next) => {
      if (context.activity.name === JOIN_EVENT) {
        logTurn({ event: 'turn.join', conversation: conversationRef(context.activity.conversation.id) }, 'chat opened');
        await turn(context, 'opened');
      }
      await next();
    });
  }
}
