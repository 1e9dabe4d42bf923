import { startScript } from './child';

jest.setTimeout(60_000);

/** The Teams package needs what the manifest needs: the app id and the host name, no password. */
it('npm run teams:package builds with MicrosoftAppId and PUBLIC_HOSTNAME only', async () => {
  const run = startScript('scripts/teamsPackage.ts', { MicrosoftAppId: '3f1b8f3e-9a7c-4a53-9d2a-2f0c3b1e4d5a', PUBLIC_HOSTNAME: 'geldgesprek.example.nl' });
  const output = await run.ended();
  expect(run.child.exitCode).toBe(0);
  expect(output.trim()).toBe('Teams app package: dist/teams/geldgesprek-teams.zip (bot 3f1b8f3e-9a7c-4a53-9d2a-2f0c3b1e4d5a, geldgesprek.example.nl)');
});
