/** A page's side of the local Direct Line, over real HTTP (as Web Chat polls it). */
export interface DirectLineActivityJson {
  id: string;
  type: string;
  text?: string;
  from: { role?: string };
  channelData?: { geldgesprek?: { deleted?: boolean } };
  attachments?: unknown[];
}

export async function startConversation(base: string): Promise<string> {
  const res = await fetch(`${base}/v3/directline/conversations`, { method: 'POST' });
  if (res.status !== 201) throw new Error(`POST /conversations answered ${res.status}`);
  return ((await res.json()) as { conversationId: string }).conversationId;
}

export function postActivity(base: string, id: string, activity: object): Promise<Response> {
  return fetch(`${base}/v3/directline/conversations/${id}/activities`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${id}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

export function say(base: string, id: string, text: string): Promise<Response> {
  return postActivity(base, id, { type: 'message', text, from: { id: 'u-test' } });
}

export async function poll(base: string, id: string, watermark = 0): Promise<{ activities: DirectLineActivityJson[]; watermark: string }> {
  const res = await fetch(`${base}/v3/directline/conversations/${id}/activities?watermark=${watermark}`, { headers: { Authorization: `Bearer ${id}` } });
  if (res.status !== 200) throw new Error(`GET /activities answered ${res.status}`);
  return (await res.json()) as { activities: DirectLineActivityJson[]; watermark: string };
}

/** Every word the page would show, in order. */
export const textsOf = (activities: DirectLineActivityJson[]) => activities.map((a) => a.text ?? '').join('\n');

export const ERROR_TEXT = 'er ging bij mij iets mis';
