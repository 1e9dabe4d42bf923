// Geldgesprek on Azure: Azure Bot (with the Teams channel), App Service (Linux, Node 20) and Azure Cache
// for Redis, with the settings the bot reads (src/config.ts). Deploy with:
//   az deployment group create -g <group> -f deployment/azure/main.bicep \
//     -p botAppId=<app id> botAppPassword=<secret> directLineSecret=<secret>
// Then deploy the app (for example `az webapp deploy` with a zip of the built app, or the container image).
// Scale out by raising the plan's instance count: all instances share the one Redis.

@description('Base name for all resources.')
param name string = 'geldgesprek'

param location string = resourceGroup().location

@description('The Microsoft App ID of the bot (an Entra ID app registration).')
param botAppId string

@secure()
@description('The client secret of that app registration.')
param botAppPassword string

@allowed(['MultiTenant', 'SingleTenant'])
param botAppType string = 'SingleTenant'

param botTenantId string = tenant().tenantId

@secure()
@description('The Direct Line secret for the web page (from the bot\'s Direct Line channel); empty keeps the local Direct Line.')
param directLineSecret string = ''

@description('Days a conversation is kept after its last message.')
param stateTtlDays int = 30

@description('App Service plan size, and how many instances run behind its load balancer.')
param planSku string = 'B1'
param instanceCount int = 2

resource redis 'Microsoft.Cache/redis@2023-08-01' = {
  name: '${name}-redis'
  location: location
  properties: {
    sku: { name: 'Basic', family: 'C', capacity: 0 }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
  }
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: { name: planSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource web 'Microsoft.Web/sites@2022-09-01' = {
  name: '${name}-app'
  location: location
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'node dist/geldgesprek.js'
      healthCheckPath: '/healthz'
      alwaysOn: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'PORT', value: '8080' }
        { name: 'WEBSITES_PORT', value: '8080' }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: botAppPassword }
        { name: 'MicrosoftAppType', value: botAppType }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'REDIS_URL', value: 'rediss://:${redis.listKeys().primaryKey}@${redis.properties.hostName}:6380' }
        { name: 'REDIS_KEY_PREFIX', value: 'geldgesprek:' }
        { name: 'STATE_TTL_DAYS', value: string(stateTtlDays) }
        { name: 'LOG_LEVEL', value: 'info' }
        { name: 'DIRECT_LINE_SECRET', value: directLineSecret }
        { name: 'PUBLIC_HOSTNAME', value: '${name}-app.azurewebsites.net' }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Geldgesprek'
    endpoint: 'https://${web.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: botAppType
    msaAppTenantId: botTenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output botEndpoint string = bot.properties.endpoint
output webAppHostName string = web.properties.defaultHostName
