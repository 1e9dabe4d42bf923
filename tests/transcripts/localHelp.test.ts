import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Storage } from 'botbuilder';
import { loadGemeenten } from '../../src/content/gemeenten';
import { Chat, sayAll, textOf } from '../helpers/chat';

/** The shipped examples: Voorbeeldstad has a wijkteam and a nachtopvang, Dorpsveen neither. */
const shipped = loadGemeenten().gemeenten;

/** A gemeente with only a sociaal wijkteam, no nachtopvang. */
function onlyWijkteam() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gemeenten-'));
  const wijkstad = {
    name: 'Wijkstad',
    allowedOrigins: ['https://www.wijkstad.example'],
    page: { primaryColor: '#123456', logoText: 'Gemeente Wijkstad' },
    contacts: { 'sociaal-wijkteam': { name: 'Wijkteam Wijkstad', phone: '0999-445566' } },
  };
  writeFileSync(path.join(dir, 'wijkstad.json'), JSON.stringify(wijkstad));
  return loadGemeenten(dir, {}).gemeenten;
}

/** A chat opened on a gemeente's page (or without one) and taken into the money conversation. */
async function onPage(gemeente: string | undefined, gemeenten = shipped): Promise<Chat> {
  const chat = new Chat({ gemeenten });
  await chat.open(gemeente);
  await chat.say('Ik wil praten over geld');
  return chat;
}

const NATIONAL = ['0800-8115', '0800-0113', '112'];

describe('"hulp nu" on a gemeente\'s page', () => {
  it('gives the national numbers, then the gemeente\'s sociaal wijkteam with its number', async () => {
    const text = textOf(await (await onPage('voorbeeldstad')).say('hulp nu'));
    for (const n of NATIONAL) expect(text).toContain(n);
    expect(text).toContain('Wijkteam Voorbeeldstad: bel 0999-654321.');
    expect(text.indexOf('0999-654321')).toBeGreaterThan(text.indexOf('112'));
  });

  it('gives the national numbers only without a gemeente, or where its file has no wijkteam', async () => {
    for (const gemeente of [undefined, 'dorpsveen']) {
      const text = textOf(await (await onPage(gemeente)).say('hulp nu'));
      for (const n of NATIONAL) expect(text).toContain(n);
      expect(text).not.toContain('0999');
      expect(text).not.toContain('Wijkteam');
    }
  });

  it('gives the national numbers when the state cannot be read (the gemeente is then not known)', async () => {
    const broken: Storage = {
      read: () => Promise.reject(new Error('storage down')),
      write: () => Promise.reject(new Error('storage down')),
      delete: () => Promise.reject(new Error('storage down')),
    };
    const chat = new Chat({ storage: broken, gemeenten: shipped });
    await chat.open('voorbeeldstad');
    const text = textOf(await chat.say('hulp nu'));
    for (const n of NATIONAL) expect(text).toContain(n);
    expect(text).not.toContain('0999');
  });
});

describe('the homeless help names the gemeente\'s own number', () => {
  it('nowhere to sleep: the nachtopvang, else the wijkteam, with its number', async () => {
    const shelter = await onPage('voorbeeldstad');
    await shelter.say('ik slaap vannacht op straat');
    expect(textOf(await shelter.say('ik weet het niet'))).toContain('Nachtopvang De Haven: bel 0999-112233.');
    const wijk = await onPage('wijkstad', onlyWijkteam());
    await wijk.say('ik slaap vannacht op straat');
    const help = textOf(await wijk.say('ik weet het niet'));
    expect(help).toContain('Wijkteam Wijkstad: bel 0999-445566.');
    expect(help).not.toContain('Bel vandaag nog je gemeente');
  });

  it('a place for tonight: "Lukt dat morgen niet meer?" names the nachtopvang\'s or the wijkteam\'s number', async () => {
    for (const [gemeente, gemeenten, named] of [
      ['voorbeeldstad', shipped, 'Nachtopvang De Haven: bel 0999-112233.'],
      ['wijkstad', onlyWijkteam(), 'Wijkteam Wijkstad: bel 0999-445566.'],
    ] as const) {
      const chat = await onPage(gemeente, gemeenten);
      await chat.say('ik slaap vannacht op straat');
      const text = textOf(await chat.say('bij mn maat'));
      expect(text).toContain('Fijn dat je vannacht een plek hebt.');
      expect(text).toContain(named);
      expect(text).not.toContain('Bel dan je gemeente of het sociaal wijkteam');
    }
  });

  it('without a gemeente, or where its file has neither: "bel je gemeente of het sociaal wijkteam"', async () => {
    for (const gemeente of [undefined, 'dorpsveen']) {
      const chat = await onPage(gemeente);
      await chat.say('ik slaap vannacht op straat');
      expect(textOf(await chat.say('bij mn maat'))).toContain('Bel dan je gemeente of het sociaal wijkteam.');
    }
  });

  it('the short line after the help (stopping while it waits) names the number too', async () => {
    const chat = await onPage('voorbeeldstad');
    await chat.say('ik slaap vannacht op straat');
    await chat.say('ik weet het niet');
    const text = textOf(await chat.say('stop'));
    expect(text).toContain('Nachtopvang De Haven: bel 0999-112233.');
    expect(text).not.toContain('je gemeente of het sociaal wijkteam');
  });

  it('"nee" to the check after a possible sign names the number too', async () => {
    const chat = await onPage('voorbeeldstad');
    const check = textOf(await chat.say('ik kan niet meer bij vrienden slapen'));
    expect(check).toContain('Ben je nu in gevaar?');
    const text = textOf(await chat.say('nee'));
    expect(text).toContain('Heb je toch geen slaapplek?');
    expect(text).toContain('Nachtopvang De Haven: bel 0999-112233.');
  });
});

describe('the hunger help names the gemeente\'s own wijkteam, the way to the voedselbank', () => {
  it('no food: the wijkteam with its number on a gemeente\'s page, the national line without one', async () => {
    const local = textOf(await (await onPage('voorbeeldstad')).say('ik heb al twee dagen niks gegeten'));
    expect(local).toContain('Wijkteam Voorbeeldstad: bel 0999-654321.');
    expect(local).toContain('voedselbank');
    const national = textOf(await (await onPage(undefined)).say('ik heb al twee dagen niks gegeten'));
    expect(national).toContain('Bel het sociaal wijkteam of je gemeente');
  });

  it('"nee" to the check after a possible sign names the wijkteam too', async () => {
    const chat = await onPage('voorbeeldstad');
    expect(textOf(await chat.say('ik sla vaak het avondeten over zodat de kinderen genoeg hebben'))).toContain('Ben je nu in gevaar?');
    const text = textOf(await chat.say('nee'));
    expect(text).toContain('Heb je toch geen eten?');
    expect(text).toContain('Wijkteam Voorbeeldstad: bel 0999-654321.');
  });
});

describe('the urgent plan names the gemeente\'s own schuldhulpverlening', () => {
  it('"Bel vandaag nog" with the Geldloket\'s number on a gemeente\'s page, the national line without one', async () => {
    const local = await onPage('voorbeeldstad');
    const urgentLocal = textOf(await sayAll(local, ['het lukt niet', 'ja', 'ja']));
    expect(urgentLocal).toContain('Bel vandaag nog: Geldloket Voorbeeldstad: bel 0999-123456.');
    const national = await onPage(undefined);
    expect(textOf(await sayAll(national, ['het lukt niet', 'ja', 'ja']))).toContain('Bel vandaag nog je gemeente.');
  });
});
