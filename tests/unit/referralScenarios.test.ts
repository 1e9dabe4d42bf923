import { planSections } from '../../src/conversation/views/plan';
import type { Gemeente } from '../../src/content/gemeenten';
import { decideReferrals, type Facts } from '../../src/referral/rules';
import { facts, TEN_SITUATIONS } from '../helpers/tenSituations';

/**
 * Ten situations a forensic professional meets, each with the help the plan should name and the lines it
 * should show. Written from the sources: the wegwijzer (routekaart, 'Hulp bij financiële problemen', debts
 * that schuldhulpverlening cannot take along), the handreiking re-integratie (release) and the alliantiemonitor.
 */
function plan(f: Facts, eigenStap?: string, gemeente?: Gemeente) {
  const advice = decideReferrals(f);
  const sections = planSections(advice, { echo: { eigenStap } }, gemeente);
  return { advice, ids: advice.referrals.map((r) => r.id), titles: sections.map((s) => s.title), text: sections.flatMap((s) => [s.title, ...s.lines]).join('\n') };
}

describe('ten situations: the help and the plan lines', () => {
  it('1. net vrij, zonder uitkering, met CJIB-boetes: wijkteam for income, CJIB on its own, the whole release list', () => {
    const p = plan(TEN_SITUATIONS.netVrijCjib.facts);
    expect(p.ids).toEqual(['schuldhulpverlening', 'sociaal-wijkteam']);
    expect(p.advice.referrals).toContainEqual({ id: 'sociaal-wijkteam', reason: 'geenInkomen' });
    expect(p.titles).toContain('Boetes van het CJIB');
    expect(p.text).toContain('Vraag om een betalingsregeling.');
    expect(p.text).toContain('gijzeling of vervangende hechtenis');
    expect(p.text).toContain('schadevergoeding');
    expect(p.text).toContain('Je geld begint pas op de dag dat je je meldt.');
    expect(p.text).toContain('Heb je nog geen ID? Meld je toch meteen.');
    expect(p.text).toContain('Ben je 27 of ouder? Vraag om een voorschot.');
    expect(p.text).not.toContain('De gevangenis vertelt de gemeente niet');
    expect(p.text).toContain('Sommige boetes kunnen niet mee in de schuldhulp.');
    expect(p.text).not.toContain('neemt CJIB-boetes vaak niet mee');
    for (const item of ['briefadres', 'DigiD', 'basisbetaalrekening', 'toeslagen', 'bijzondere bijstand', 'nazorg na detentie', 'reclasseringswerker', 'Open je post samen met iemand.']) expect(p.text).toContain(item);
    expect(p.text).toContain('De code komt per brief op je adres of briefadres.');
    expect(p.text).toContain('Neem je ID-bewijs mee.');
  });

  it('2. huurachterstand met ontruimingsdatum: schuldhulpverlening first, call today, three working days from the report, the letter with the date', () => {
    const p = plan(TEN_SITUATIONS.ontruiming.facts);
    expect(p.text).toContain('Neem mee:\n• De brief met de datum van ontruiming of afsluiting.');
    expect(p.ids[0]).toBe('schuldhulpverlening');
    expect(p.advice.referrals[0].reason).toBe('urgent');
    expect(p.text).toContain('Bel vandaag nog.');
    expect(p.text).toContain('Vanaf je melding moet de gemeente je binnen drie werkdagen spreken.');
    expect(p.text).not.toContain('helpt je van je schulden af');
    expect(p.text).toContain('kan hulp weigeren of stoppen');
  });

  it('3. informele schuld bij een dealer: the safety answer in words that do not give the person away, never the wijkteam as a debt, never "je kunt het goed zelf"', () => {
    const p = plan(TEN_SITUATIONS.dealer.facts);
    expect(p.titles).toContain('Een schuld die je onveilig kan maken');
    expect(p.text).not.toMatch(/dealer|op straat/i);
    expect(p.text).toContain('Bel 112.');
    expect(p.text).toContain('0900-8844');
    expect(p.text).toContain('Meld Misdaad Anoniem: 0800-7000');
    expect(p.text).toContain('Vraag eerst wat hij of zij moet doorgeven.');
    expect(p.advice.referrals.map((r) => r.reason)).not.toContain('zelfhulp');
    expect(p.ids).not.toContain('sociaal-wijkteam');
    expect(p.ids).not.toContain('schuldhulpverlening');
  });

  it('4. verslaving en bewind: keeps the help there is; the reclasseringswerker and verslavingszorg, as a question', () => {
    const p = plan(TEN_SITUATIONS.verslavingBewind.facts);
    expect(p.ids).toEqual(['reclassering', 'verslavingszorg', 'geldfit-0800-8115']);
    expect(p.text).toContain('Hij of zij houdt ook toezicht.');
    expect(p.text).toContain('Let op: vraag eerst wat je reclasseringswerker moet doorgeven aan justitie.');
    expect(p.ids).not.toContain('schuldhulpverlening');
    expect(p.text).toContain('Wil je daar ook hulp bij? Dat kies jij.');
    expect(p.advice.referrals).toContainEqual({ id: 'reclassering', reason: 'terugval' });
  });

  it('5. werkt zwart: the wijkteam for an income that is allowed, no blame', () => {
    const p = plan(TEN_SITUATIONS.zwart.facts);
    expect(p.advice.referrals).toContainEqual({ id: 'sociaal-wijkteam', reason: 'illegaalInkomen' });
    expect(p.text).toContain('Waarom: Zij helpen je aan een vast inkomen, zoals werk of een uitkering.');
    expect(p.text).not.toMatch(/mag nu niet|illegaal|zwart/i);
  });

  it('6. stabiel en wil een budgetcursus: that course, "dat zei je zelf", and the own step on the card', () => {
    const p = plan(TEN_SITUATIONS.budgetcursus.facts, TEN_SITUATIONS.budgetcursus.eigenStap);
    expect(p.advice.referrals).toEqual([{ id: 'budgetcursus', reason: 'eigenWens' }]);
    expect(p.text).toContain('Waarom: Dat zei je zelf.');
    expect(p.text).toContain('ik wil een budgetcursus doen');
  });

  it('7. bewindvoerder plus CJIB: no new debt help, but the CJIB advice on its own', () => {
    const p = plan(TEN_SITUATIONS.bewindCjib.facts);
    expect(p.ids).toEqual(['geldfit-0800-8115']);
    expect(p.advice.notes).toEqual(['cjib']);
    expect(p.text).toContain('Regelt een bewindvoerder je geld? Geef de brieven van het CJIB aan hem of haar.');
  });

  it('8. alleen een zorgverzekeringsachterstand: schuldhulpverlening with what to bring, nothing more', () => {
    const p = plan(TEN_SITUATIONS.zorgverzekering.facts);
    expect(p.ids).toEqual(['schuldhulpverlening']);
    expect(p.text).toContain('Rekeningen die je elke maand betaalt, zoals huur en zorgverzekering.');
    expect(p.advice.notes).toEqual([]);
  });

  it('9. jong (onder 27) net vrij: four weeks of searching first, and a small amount to ask for', () => {
    const p = plan(TEN_SITUATIONS.jongNetVrij.facts);
    expect(p.advice.referrals).toContainEqual({ id: 'sociaal-wijkteam', reason: 'geenInkomen' });
    expect(p.text).toContain('Ben je jonger dan 27? Dan zoek je eerst vier weken zelf werk of school.');
    expect(p.text).toContain('Vraag of je ID-bewijs goedkoper of gratis kan.');
    expect(p.text).toContain('Nu heb je weer zelf een verzekering nodig.');
    expect(p.text).not.toContain('UWV niet');
  });

  it('10. iemand die niets wil: respected; the helpline and self-help, and the CJIB facts if known', () => {
    const p = plan(TEN_SITUATIONS.wilNiets.facts);
    expect(p.ids).toEqual(['geldfit-0800-8115', 'nibud']);
    expect(p.text).toContain('Dat is jouw keuze.');
    expect(p.titles).toContain('Boetes van het CJIB');
    const nothing = plan(facts({}, { declined: true }));
    expect(nothing.titles).toEqual(['Geldfit, gratis hulplijn 0800-8115', 'Nibud (zelfhulp)']);
  });
});

describe('the plan with the gemeente\'s own help', () => {
  const gemeente = {
    id: 'teststad', name: 'Teststad', allowedOrigins: ['https://x.example'], page: { primaryColor: '#000000', logoText: 'T' },
    contacts: {
      schuldhulpverlening: { name: 'Geldloket Teststad', phone: '0999-123456', walkIn: 'di 13.00-16.00' },
      nazorg: { name: 'Nazorg Teststad', phone: '0999-777888' },
    },
  } as Gemeente;

  it('shows the schuldhulp number and walk-in hours instead of "14 en dan het netnummer"', () => {
    const p = plan(facts({ schulden: true, wil: true }), undefined, gemeente);
    expect(p.text).toContain('Geldloket Teststad: bel 0999-123456.');
    expect(p.text).toContain('Langskomen zonder afspraak: di 13.00-16.00.');
    expect(p.text).not.toContain('Vraag naar schuldhulpverlening.');
  });

  it('shows the gemeente\'s nazorg contact in the release list', () => {
    const p = plan(facts({ inkomen: true }, { checklist: ['id'] }), undefined, gemeente);
    expect(p.text).toContain('Nazorg Teststad: bel 0999-777888.');
    expect(p.text).not.toContain('Bel je gemeente en vraag naar nazorg na detentie.');
  });
});

describe('the advice is grounded', () => {
  it('every release, CJIB and debt text and every kind of help names its source', async () => {
    const { content } = await import('../../src/content');
    for (const [key, entry] of Object.entries(content.texts)) {
      if (/^plan\.(check|vrij|schuld)\.[a-zA-Z]+$/.test(key)) expect({ key, source: Boolean(entry.source) }).toEqual({ key, source: true });
    }
    for (const [id, help] of Object.entries(content.hulp)) expect({ id, source: help.source.length > 5 }).toEqual({ id, source: true });
  });
});
