import { CloudAdapter, StatusCodes, type Activity, type TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response } from 'restify';

/**
 * The Bot Framework adapter for HTTP. `processRequest` is what `CloudAdapter.process` does with an HTTP POST
 * of an activity, step for step, without the zod schemas it builds anew for every request (`z.record(z.unknown())` twice, `z.custom`, `z.string()`): those were
 * 3.5% of the bot's CPU under the bench's load. The body has already passed our own schema at the border
 * (server.ts), which asks more than botbuilder's (an object with a known type). The same answers as
 * botbuilder's: the activity's time fields become dates (its `validateAndFixActivity`), the Authorization
 * header goes to `processActivity`, its invoke response (or 200) is the answer; an AuthenticationError is
 * 401 and any other error 500 with its message, written to console.error as botbuilder does.
 * botbuilder is archived (no more releases), so its `process` will not change under us.
 */
export class HttpAdapter extends CloudAdapter {
  async processRequest(req: Request, res: Response, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body) res.send(body);
      res.end();
    };
    const activity = withDates(req.body as Record<string, unknown>) as unknown as Activity;
    const authHeader = req.headers.authorization ?? '';
    try {
      const invokeResponse = await this.processActivity(authHeader, activity, logic);
      return end(invokeResponse?.status ?? StatusCodes.OK, invokeResponse?.body);
    } catch (err) {
      console.error(err);
      return end(err instanceof AuthenticationError ? StatusCodes.UNAUTHORIZED : StatusCodes.INTERNAL_SERVER_ERROR, (err as Error).message ?? err);
    }
  }
}

/** botbuilder's `validateAndFixActivity`: each time field given as a string becomes a date, the string kept as `raw…`. */
function withDates(activity: Record<string, unknown>): Record<string, unknown> {
  for (const [field, raw] of [['timestamp', 'rawTimestamp'], ['expiration', 'rawExpiration'], ['localTimestamp', 'rawLocalTimestamp']] as const) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity;
}
