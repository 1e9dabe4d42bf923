import type { CrisisType } from '../language';
import { RELEASE_ITEMS, type ChecklistItem, type DebtNote, type Reason, type ReferralId, type ReleaseItem } from './ids';

/** A yes/no answer; null is "weet ik niet"; absent is "not asked". */
export type Answer = boolean | null;

/**
 * What the person said in their own words, when something read it (free text); every field is optional.
 * The rules never see the words themselves.
 */
export interface SaidFacts {
  /** A kind of help the person named themselves ("ik wil een budgetcursus doen"). */
  wish?: ReferralId;
  /** The person mentioned drugs or drink. */
  addiction?: boolean;
  /** The person mentioned fines or letters from the CJIB. */
  cjib?: boolean;
  /** The person owes money to family or friends. */
  familyLoan?: boolean;
  /** The person owes money in the criminal circuit (a dealer, "op straat"). */
  criminalCreditor?: boolean;
  /** The person was released recently. */
  released?: boolean;
}

/** What the conversation found out, without any words the person typed. */
export interface Facts {
  /** Answers by routekaart node id (inkomen, formeel, …, cjib, informeel, risico, wil, verledenBegeleiding). */
  answers: Readonly<Record<string, Answer | undefined>>;
  /** The total debt in euros; null when the person does not know. No rule uses an amount: the sources give no threshold. */
  debtTotal?: number | null;
  /** A threatened eviction, or gas, water or electricity about to be cut off. */
  urgent?: boolean;
  /** The person did not want to talk about money. */
  declined?: boolean;
  /** What still needs arranging after a recent release. */
  checklist: readonly ChecklistItem[];
  crises: readonly CrisisType[];
  said?: SaidFacts;
}

export interface Referral {
  id: ReferralId;
  reason: Reason;
}

export interface Advice {
  referrals: Referral[];
  /** Debts with advice of their own: CJIB, informal, criminal (shown on their own in the plan). */
  notes: DebtNote[];
  checklist: ChecklistItem[];
  /** What everyone just released should arrange (empty when not released). */
  release: ReleaseItem[];
  /** The person already has help with money (a bewindvoerder, budgetcoach or schuldhulpverlener). */
  guidance: boolean;
}

/**
 * The help that fits, in order of urgency, each with the reason tied to what the person said.
 * One rule per line of the wegwijzer's 'Hulp bij financiële problemen'; the first reason for a
 * referral wins. Unknown answers are read with care: not knowing your debts is itself a reason for help.
 * The person's own wish comes right after safety: "dat zei je zelf".
 */
export function decideReferrals(facts: Facts): Advice {
  const a = facts.answers;
  const said = facts.said ?? {};
  const out: Referral[] = [];
  const add = (id: ReferralId, reason: Reason) => {
    if (!out.some((r) => r.id === id)) out.push({ id, reason });
  };

  // Safety first.
  if (facts.crises.includes('suicide')) add('113-zelfmoordpreventie', 'crisis');
  if (facts.crises.includes('hunger')) {
    add('voedselbank', 'honger');
    add('sociaal-wijkteam', 'honger');
  }
  if (facts.crises.includes('homeless') || facts.crises.includes('violence')) add('sociaal-wijkteam', 'veiligheid');
  if (facts.urgent) add('schuldhulpverlening', 'urgent');
  if (said.wish) add(said.wish, 'eigenWens');

  // Debts with advice of their own (wegwijzer: schuldhulpverlening cannot always take them along).
  const notes: DebtNote[] = [];
  if (a.cjib === true || said.cjib) notes.push('cjib');
  // A "ja" to 'geld geleend van familie, vrienden of mensen op straat' from someone who owes a dealer is that debt:
  // no advice to show a loan with a bank statement.
  if ((a.informeel === true && !said.criminalCreditor) || said.familyLoan) notes.push('informeel');
  if (said.criminalCreditor) notes.push('crimineel');

  const released = facts.checklist.length > 0 || said.released === true;
  const release = released ? [...RELEASE_ITEMS] : [];

  const hasGuidance = a.begeleiding === true;
  const advice = (): Advice => ({ referrals: out, notes, checklist: [...facts.checklist], release, guidance: hasGuidance });

  if (facts.declined) {
    add('geldfit-0800-8115', 'nietNu');
    add('nibud', 'nietNu');
    return advice();
  }

  const wantsHelp = a.wil !== false;
  const debts = a.schulden === true || a.achterstanden === true;
  const debtsUnclear = a.schulden === null || a.duidelijk === false || a.duidelijk === null;

  if (!hasGuidance && wantsHelp) {
    if (debts) add('schuldhulpverlening', 'schulden');
    if (a.zelfredzaam === false && (a.verledenBegeleiding === true || a.duidelijk === false)) {
      add('beschermingsbewind', a.verledenBegeleiding === true ? 'eerderHulp' : 'nietZelfredzaam');
    }
    if (a.overzicht === false || a.overzicht === null) add('budgetcoach', 'geenOverzicht');
  }

  if (debtsUnclear) add('sociaal-raadslieden', 'papieren');

  // Income (Fase 1): the sociaal wijkteam helps with a legal, stable income, such as a benefit.
  if (a.inkomen === false || a.inkomen === null) add('sociaal-wijkteam', 'geenInkomen');
  else if (a.illegaal === true) add('sociaal-wijkteam', 'illegaalInkomen');
  else if (a.vrijwillig === false || a.dragen === false) add('sociaal-wijkteam', 'familie');
  else if (a.stabiel === false) add('sociaal-wijkteam', 'onstabielInkomen');
  if (released) add('sociaal-wijkteam', 'vrijgekomen');

  if (!debts && a.zelfredzaam === false && wantsHelp) add('budgetcursus', 'leren');

  // Relapse risk (routekaart Fase 2): the reclasseringswerker, and addiction care where drugs or drink came up.
  if (a.risico === true) add('reclassering', 'terugval');
  if (said.addiction) add('verslavingszorg', 'verslaving');

  if (!wantsHelp) {
    add('geldfit-0800-8115', 'nietNu');
    add('nibud', 'nietNu');
  }
  if (hasGuidance) add('geldfit-0800-8115', 'huidigeHulp');
  // Nothing else fits: self-help, but not "je kunt het goed zelf" to someone who owes money in the criminal circuit.
  if (out.length === 0) {
    if (!notes.includes('crimineel')) add('nibud', 'zelfhulp');
    add('geldfit-0800-8115', 'laterVragen');
  }

  return advice();
}
