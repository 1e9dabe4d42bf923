import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type Auth = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<Auth['createConnectorFactory']>[0];
type ConnectorFactory = ReturnType<Auth['createConnectorFactory']>;
type AuthenticateRequestResult = Awaited<ReturnType<Auth['authenticateRequest']>>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;

/** Kept per bot and caller, not per token: far more than any real bot has; the cache starts over past it. */
const MAX_CLIENTS = 256;

/** Which app is calling, and for which bot: the claims that do not change from one token to the next. */
function callerOf(claims: ClaimsIdentity): string {
  const value = (type: string) => claims?.claims?.find((c) => c.type === type)?.value ?? '';
  return `${value('appid')}|${value('azp')}|${value('aud')}`;
}

class Reused<T> {
  private readonly items = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    let item = this.items.get(key);
    if (!item) {
      if (this.items.size >= MAX_CLIENTS) this.items.clear();
      item = make();
      this.items.set(key, item);
      item.catch(() => this.items.delete(key));
    }
    return item;
  }
}

/**
 * The Bot Framework authentication from configuration, except that it builds the connector client and the
 * user-token client once per caller and service URL instead of for every turn (botbuilder's CloudAdapter
 * builds both for each activity, even with delivery mode expectReplies; the older BotFrameworkAdapter kept
 * them the same way). The clients hold no per-turn state; tokens are still fetched and renewed by their
 * credentials. Measured in tests/bench (`npm run bench -- --compare`) and README "Performance".
 */
export class ReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Reused<ConnectorClient>();
  private readonly tokenClients = new Reused<UserTokenClient>();

  override async authenticateRequest(...args: Parameters<Auth['authenticateRequest']>): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(...args);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.reusing(result.connectorFactory, callerOf(result.claimsIdentity)) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(super.createConnectorFactory(claimsIdentity), callerOf(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(callerOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private reusing(factory: ConnectorFactory, caller: string): ConnectorFactory {
    return {
      create: (serviceUrl: string, audience?: string) => this.connectors.get(`${caller}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
  }
}
