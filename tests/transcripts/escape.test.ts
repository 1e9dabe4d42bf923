import { escapeCardText } from '../../src/bot/render/activities';
import { Chat, sayAll, type Reply } from '../helpers/chat';
import { EVIL, TO_PLAN_WITH } from '../helpers/markup';

/** Every TextBlock of every card, as the card holds it. */
function cardTexts(replies: Reply[]): string[] {
  const texts: string[] = [];
  for (const { activity } of replies) {
    for (const attachment of activity.attachments ?? []) {
      for (const block of ((attachment.content as { body?: { text?: string }[] })?.body ?? [])) if (block.text) texts.push(block.text);
    }
  }
  return texts;
}

describe('words the person typed are never markup', () => {
  it('escapes links, HTML, emphasis and images', () => {
    expect(escapeCardText('[x](https://evil.example)')).toBe('\\[x\\]\\(https://evil.example\\)');
    expect(escapeCardText('**vet**')).toBe('\\*\\*vet\\*\\*');
    expect(escapeCardText('<img src=x>')).toBe('\\<img src=x\\>');
    expect(escapeCardText('<a href="y">z</a>')).toBe('\\<a href="y"\\>z\\</a\\>');
  });

  it('the plan card says the person\'s own step back escaped; text messages are plain', async () => {
    const chat = new Chat();
    await chat.open();
    const replies = await sayAll(chat, TO_PLAN_WITH(EVIL));
    const said = cardTexts(replies).find((t) => t.includes('evil'))?.replace(/\u2060/g, '');
    expect(said).toBeDefined();
    expect(said).toContain('\\<img src=x\\>');
    expect(said).toContain('\\[x\\]\\(https://evil.example\\)');
    expect(said).toContain('\\*\\*vet\\*\\*');
    expect(said).not.toMatch(/(^|[^\\])[<[*]/);
    for (const { activity } of replies) if (activity.type === 'message' && activity.text) expect(activity.textFormat).toBe('plain');
  });
});
