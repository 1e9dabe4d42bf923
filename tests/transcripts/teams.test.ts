import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTeamsManifest, TEAMS_MANIFEST_VERSION } from '../../src/deployment/teamsManifest';
import { Chat, planData, sayAll, textOf } from '../helpers/chat';

const APP_ID = '3f1b8f3e-9a7c-4a53-9d2a-2f0c3b1e4d5a';

describe('in Microsoft Teams', () => {
  it('in a personal chat: buttons as suggested actions, and the plan as an Adaptive Card', async () => {
    const chat = new Chat({ channelId: 'msteams', conversationType: 'personal' });
    const opened = await chat.say('hoi');
    expect(opened[opened.length - 1].buttons).toContain('Ik wil praten over geld');
    const replies = await sayAll(chat, ['Ik wil praten over geld', 'het lukt niet', 'ja', 'ja']);
    const card = replies.flatMap((r) => r.activity.attachments ?? []).find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card).toBeDefined();
    expect((card!.content as { version: string }).version).toBe('1.3');
    expect(planData(replies)!.referrals).toEqual(['schuldhulpverlening']);
  });

  it('in a team channel: suggested actions become card buttons, and a tapped button still answers', async () => {
    const chat = new Chat({ channelId: 'msteams', conversationType: 'channel' });
    const opened = await chat.say('hoi');
    const last = opened[opened.length - 1];
    expect(last.buttons).toEqual([]);
    expect(last.cardButtons).toEqual(['Ik wil praten over geld', 'Ik ben professional en wil oefenen', 'Wegwijzer opzoeken']);
    const next = await chat.say('Ik wil praten over geld');
    expect(textOf(next)).toContain('Hoe staat het met je geld?');
    expect(next[next.length - 1].cardButtons).toContain('Het lukt niet');
  });
});

describe('the Teams app manifest', () => {
  const manifest = buildTeamsManifest({ appId: APP_ID, hostname: 'geldgesprek.example.nl', version: '0.1.0' });

  it('uses the current schema, and the bot id from config as app id and bot id', () => {
    expect(manifest.manifestVersion).toBe(TEAMS_MANIFEST_VERSION);
    expect(manifest.$schema).toContain(`/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(APP_ID);
  });

  it('lists the bot\'s host as its only valid domain, and its pages on https', () => {
    expect(manifest.validDomains).toEqual(['geldgesprek.example.nl']);
    for (const url of Object.values(manifest.developer).filter((v) => v.startsWith('http'))) expect(url).toMatch(/^https:\/\/geldgesprek\.example\.nl\//);
  });

  it('keeps within Teams\' limits and speaks Dutch', () => {
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('nl-nl');
    expect(manifest.accentColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('ships icons of the sizes Teams asks: 192×192 colour, 32×32 outline', () => {
    const size = (file: string) => {
      const png = readFileSync(path.resolve(__dirname, '../../deployment/teams', file));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    expect(size(manifest.icons.color)).toEqual([192, 192]);
    expect(size(manifest.icons.outline)).toEqual([32, 32]);
  });

  it('refuses to build without a bot id or host name', () => {
    expect(() => buildTeamsManifest({ appId: '', hostname: 'geldgesprek.example.nl', version: '0.1.0' })).toThrow('MicrosoftAppId');
    expect(() => buildTeamsManifest({ appId: APP_ID, hostname: '', version: '0.1.0' })).toThrow('PUBLIC_HOSTNAME');
  });
});
