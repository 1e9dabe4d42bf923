import { z } from 'zod';

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
    name: { short: 'Geldgesprek', full: 'Geldgesprek: praten over geld en schulden' },
    description: {
      short: 'Praat over geldzorgen en vind hulp die past. Ook om te oefenen.',
      full:
        'Geldgesprek helpt mensen die uit de gevangenis komen, en andere forensische cliënten, praten over geld en schulden. ' +
        'De bot volgt de wegwijzer bij financiële problemen onder forensische cliënten en eindigt met een plan: wie je belt, wat zij doen en wat je meeneemt. ' +
        'Professionals kunnen het gesprek oefenen en de wegwijzer opzoeken.',
    },
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
            commands: [
              { title: 'opnieuw', description: 'Opnieuw beginnen' },
              { title: 'hulp nu', description: 'Meteen iemand spreken' },
              { title: 'stop', description: 'Stoppen met het gesprek' },
            ],
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [hostname],
  };
}
