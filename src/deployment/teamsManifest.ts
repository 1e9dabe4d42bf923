import { z } from 'zod';
import raw from '../content/nl/teams.json';
import { parseDataFile } from '../dataFile';

const TeamsTextSchema = z.object({
  name: z.object({ short: z.string().min(1).max(30), full: z.string().min(1).max(100) }),
  description: z.object({ short: z.string().min(1).max(80), full: z.string().min(1).max(4000) }),
  commands: z.array(z.object({ title: z.string().min(1).max(32), description: z.string().min(1).max(128) })).max(10),
});
const teamsText = parseDataFile('content/nl/teams.json', TeamsTextSchema, raw);

export const TEAMS_MANIFEST_VERSION = '1.22';

export interface TeamsManifestInput {
  /** The Azure Bot's Microsoft App ID: the Teams app's id and its bot id. */
  appId: string;
  /** The bot's public host name, e.g. geldgesprek.example.nl. */
  hostname: string;
  /** The app package's own version (semver). */
  version: string;
}

export const TeamsManifestInputSchema = z.object({
  appId: z.string().uuid({ message: 'MicrosoftAppId must be set to the Azure Bot\'s app id (a GUID)' }),
  hostname: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { message: 'PUBLIC_HOSTNAME must be set to the bot\'s host name' }),
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
});

/** The Teams app manifest: a personal bot, in Dutch, that Teams may also add to a team or group chat. */
export function buildTeamsManifest(input: TeamsManifestInput) {
  const { appId, hostname, version } = TeamsManifestInputSchema.parse(input);
  const site = `https://${hostname}`;
  return {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${TEAMS_MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: TEAMS_MANIFEST_VERSION,
    version,
    id: appId,
    localizationInfo: { defaultLanguageTag: 'nl-nl' },
    developer: {
      name: 'Geldgesprek',
      websiteUrl: `${site}/`,
      privacyUrl: `${site}/`,
      termsOfUseUrl: `${site}/`,
    },
    name: teamsText.name,
    description: teamsText.description,
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#154273',
    bots: [
      {
        botId: appId,
        scopes: ['personal', 'team', 'groupChat'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: ['personal'],
            commands: teamsText.commands,
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [hostname],
  };
}
