import { CardFactory, type Activity } from 'botbuilder';

/**
 * What a channel cannot show, turned into what it can. Teams shows suggested actions only in a personal
 * (1:1) chat; in a team channel or group chat the same buttons come as a card's buttons, so the person
 * can still tap an answer.
 */
export function adaptForChannel(activities: Partial<Activity>[], incoming: Pick<Activity, 'channelId' | 'conversation'>): Partial<Activity>[] {
  const type = incoming.conversation?.conversationType;
  if (incoming.channelId !== 'msteams' || !type || type === 'personal') return activities;
  return activities.map((activity) => {
    const actions = activity.suggestedActions?.actions ?? [];
    if (actions.length === 0) return activity;
    const { suggestedActions: _dropped, ...rest } = activity;
    return { ...rest, attachments: [...(activity.attachments ?? []), CardFactory.heroCard('', undefined, actions)] };
  });
}
