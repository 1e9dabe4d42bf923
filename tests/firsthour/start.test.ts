import { alarming, startScript } from './child';

jest.setTimeout(60_000);

/** `npm start` in a fresh clone (no environment at all): what a person sees must not look like a failure. */
it('starts and stops with nothing alarming in its output', async () => {
  // What `npm start` runs, minus the build (tsc prints nothing when it succeeds).
  const bot = startScript('src/index.ts', { PORT: '0' });
  const [, port] = await bot.waitFor(/Open http:\/\/localhost:(\d+)\/ om te chatten/);
  await bot.waitFor(/"event":"started"/);
  expect((await fetch(`http://127.0.0.1:${port}/favicon.ico`)).status).toBe(200);
  const output = await bot.stop();
  expect(output).toContain('"event":"stopping"');
  expect(alarming(output)).toEqual([]);
});
