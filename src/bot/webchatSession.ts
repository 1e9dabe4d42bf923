import { z } from 'zod';
import type { Config } from '../config';
import { DIRECT_LINE_PATH } from './directLine/localDirectLine';

/** How the page looks for a gemeente: its name, colour and logo text. */
export interface PageTheme {
  id: string;
  name: string;
  primaryColor: string;
  logoText: string;
}

/** What the page gets to connect Web Chat: the bot's own Direct Line, or an Azure Direct Line token. */
export type WebchatSession =
  | { mode: 'local'; domainPath: string }
  | { mode: 'azure'; domain: string; token: string; conversationId: string };

const AzureTokenResponse = z.object({
  token: z.string().min(10),
  conversationId: z.string().min(1),
  expires_in: z.number().optional(),
});

export class DirectLineTokenError extends Error {}

/**
 * With DIRECT_LINE_SECRET, exchanges the secret for a short-lived conversation token (the secret
 * never reaches the browser). Without it, points the page at the local Direct Line.
 */
export async function createWebchatSession(config: Config, fetchImpl: typeof fetch = fetch): Promise<WebchatSession> {
  if (!config.DIRECT_LINE_SECRET) return { mode: 'local', domainPath: DIRECT_LINE_PATH };
  let response: Response;
  try {
    response = await fetchImpl(`${config.DIRECT_LINE_DOMAIN}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${config.DIRECT_LINE_SECRET}`, 'Content-Type': 'application/json' },
      body: '{}',
      signal: AbortSignal.timeout(5000),
    });
  } catch (err) {
    throw new DirectLineTokenError(`Direct Line did not answer: ${(err as Error).message}`);
  }
  if (!response.ok) throw new DirectLineTokenError(`Direct Line refused the token request (${response.status})`);
  const parsed = AzureTokenResponse.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new DirectLineTokenError('Direct Line answered with an unexpected body');
  return { mode: 'azure', domain: config.DIRECT_LINE_DOMAIN, token: parsed.data.token, conversationId: parsed.data.conversationId };
}
