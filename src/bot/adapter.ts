import { CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { statelessHelp } from '../conversation/core';
import { renderSay } from '../conversation/render';
import { toActivities } from './render/activities';
import { conversationRef, type Logger } from '../log';
import { ReusingAuthentication } from './reusingAuthentication';
import { HttpAdapter } from './httpAdapter';

/**
 * Tells the person kindly that something went wrong, and logs the error without anything they typed.
 * A crisis message or "hulp nu" still gets its help: that answer needs no stored state.
 */
export function onTurnError(log: Logger) {
  return async (context: TurnContext, error: Error) => {
    log.error(
      { event: 'turn.error', conversation: conversationRef(context.activity?.conversation?.id), error: error?.name, reason: error?.message?.slice(0, 300) },
      'Turn failed',
    );
    try {
      const help = context.activity?.type === 'message' ? statelessHelp(context.activity.text) : null;
      await context.sendActivities(toActivities([...(help ?? []), ...renderSay(['error.turn'])], context.activity?.channelId ?? ''));
    } catch (sendError) {
      log.error({ event: 'turn.error.reply', reason: (sendError as Error).message }, 'Could not tell the user about the error');
    }
  };
}

/**
 * The Bot Framework adapter. Without MicrosoftAppId it accepts unsigned requests (Emulator, local page).
 * Its connector clients are built once per caller and service URL, not per turn (see ReusingAuthentication).
 */
export function createAdapter(config: Config, log: Logger): HttpAdapter {
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  };
  const adapter = new HttpAdapter(new ReusingAuthentication(auth));
  adapter.onTurnError = onTurnError(log);
  return adapter;
}

/**
 * The adapter behind the bot's own Direct Line endpoint for the web page. It runs each turn in
 * process with delivery mode "expectReplies", so the replies come back as the result instead
 * of being posted to a service URL.
 */
export class InProcessAdapter extends CloudAdapter {
  constructor(log: Logger) {
    super(new ReusingAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }));
    this.onTurnError = onTurnError(log);
  }

  /** Runs the turn and returns the bot's replies. */
  async runForReplies(activity: Parameters<CloudAdapter['processActivity']>[1], logic: (context: TurnContext) => Promise<void>) {
    const response = await this.processActivity('', { ...activity, deliveryMode: 'expectReplies' }, logic);
    const body = response?.body as { activities?: unknown[] } | undefined;
    return body?.activities ?? [];
  }
}
