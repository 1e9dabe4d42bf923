/* The framework's ceiling for `npm run bench -- --compare`: a bare botbuilder echo bot with the same
 * botbuilder and restify as Geldgesprek. CloudAdapter, restify, no storage, no auth configured.
 * Run: `node dist/tests/bench/echoBot.js` with PORT set; GET /healthz answers when it is listening. */
import restify from 'restify';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

const adapter = new CloudAdapter(
  new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '' }),
);
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
  await next();
});
bot.onEvent(async (context, next) => {
  await context.sendActivity('Hallo');
  await next();
});

const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
server.use(restify.plugins.bodyParser({ maxBodySize: 64 * 1024, mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.get('/healthz', (_req, res, next) => {
  res.send(200, { status: 'ok' });
  return next();
});
server.listen(Number(process.env.PORT ?? 3979), '127.0.0.1');
