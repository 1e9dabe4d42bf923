/* `npm run teams:package`: builds the Teams app package (manifest.json, color.png, outline.png) into
 * dist/teams/geldgesprek-teams.zip, with the bot id and host name from the environment
 * (MicrosoftAppId, PUBLIC_HOSTNAME), and nothing else: a manifest needs no secret, so this reads those two
 * variables only, not the bot's whole configuration. A missing or bad value stops it with one clear line. */
import AdmZip from 'adm-zip';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildTeamsManifest } from '../src/deployment/teamsManifest';
import { projectRoot } from '../src/paths';

function main(): void {
  const appId = process.env.MicrosoftAppId ?? '';
  const hostname = process.env.PUBLIC_HOSTNAME ?? '';
  const root = projectRoot();
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const manifest = buildTeamsManifest({ appId, hostname, version: pkg.version });
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2)));
  for (const icon of ['color.png', 'outline.png']) zip.addFile(icon, readFileSync(path.join(root, 'deployment', 'teams', icon)));
  const out = path.join(root, 'dist', 'teams', 'geldgesprek-teams.zip');
  mkdirSync(path.dirname(out), { recursive: true });
  zip.writeZip(out);
  console.log(`Teams app package: ${path.relative(root, out)} (bot ${manifest.id}, ${hostname})`);
}

try {
  main();
} catch (err) {
  const message = err instanceof Error && 'issues' in err ? (err as { issues: Array<{ message: string }> }).issues[0].message : (err as Error).message;
  console.error(`teams:package: ${message}`);
  process.exit(1);
}
