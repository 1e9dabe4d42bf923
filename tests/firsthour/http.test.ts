import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { MemoryStorage } from '../../src/bot/storage';
import { silentLogger } from '../helpers/silentLog';

/** What a browser or a link checker asks first: the favicon, and HEAD on every page GET answers. */
describe('favicon and HEAD', () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    app = await createApp(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' }), silentLogger(), new MemoryStorage(3600), { dispatchEveryMs: false });
    base = `http://127.0.0.1:${await app.listen(0)}`;
  });
  afterAll(() => app.close());

  it('serves /favicon.ico as an icon', async () => {
    const res = await fetch(`${base}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/x-icon');
    const body = Buffer.from(await res.arrayBuffer());
    expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // the ICO header
  });

  it.each(['/', '/chat.js', '/chat.css', '/embed.js', '/webchat.js', '/favicon.ico', '/voorbeeld-gemeente.html', '/healthz'])(
    'answers HEAD %s like GET, without a body',
    async (route) => {
      const [get, head] = [await fetch(`${base}${route}`), await fetch(`${base}${route}`, { method: 'HEAD' })];
      const getBody = await get.arrayBuffer();
      expect(head.status).toBe(get.status);
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
      if (head.headers.get('content-length')) expect(Number(head.headers.get('content-length'))).toBe(getBody.byteLength);
      expect((await head.arrayBuffer()).byteLength).toBe(0);
    },
  );

  it('answers HEAD on an unknown path with 404, as GET does', async () => {
    expect((await fetch(`${base}/bestaat-niet`, { method: 'HEAD' })).status).toBe(404);
  });
});
