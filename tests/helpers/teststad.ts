import type { Gemeente } from '../../src/content/gemeenten';

/** A gemeente for tests that takes call-backs (a webhook) and has its own wijkteam number. */
export const TESTSTAD: Gemeente = {
  id: 'teststad',
  name: 'Teststad',
  allowedOrigins: ['https://www.teststad.example'],
  page: { primaryColor: '#123456', logoText: 'Teststad' },
  contacts: { 'sociaal-wijkteam': { name: 'Wijkteam Teststad', phone: '0999-222333' } },
  handover: { webhookUrl: 'https://wijkteam.teststad.example/hook', secretEnv: 'HANDOVER_SECRET_TESTSTAD', giveUpAfterMinutes: 60 },
};
