import type { CrisisType } from '../language';
import type { Barrier, ChecklistItem, Reason, ReferralId } from './ids';

/** A yes/no answer; null is "weet ik niet"; absent is "not asked". */
export type Answer = boolean | null;

/** What the conversation found out, without any words the person typed. */
export interface Facts {
  /** Answers by routekaart node id (inkomen, formeel, …, wil, verledenBegeleiding). */
  answers: Readonly<Record<string, Answer | undefined>>;
  /** The total debt in euros; null when the person does not know. */
  debtTotal?: number | null;
  /** A threatened eviction, or gas, water or electricity about to be cut off. */
  urgent?: boolean;
  /** The person did not want to talk about money. */
  declined?: boolean;
  /** What still needs arranging after a recent release. */
  checklist: readonly ChecklistItem[];
  crises: readonly CrisisType[];
}

export interface Referral {
  id: ReferralId;
  reason: Reason;
}

export interface Advice {
  referrals: Referral[];
  barriers: Barrier[];
  checklist: ChecklistItem[];
}

/** Below this total, and when someone manages their own affairs, a budgetcoach fits better than schuldhulpverlening. */
export const SMALL_DEBT_EUROS = 1000;

/**
 * The help that fits, in order of urgency, each with the reason tied to what the person said.
 * One rule per line of the wegwijzer's 'Hulp bij financiële problemen'; the first reason for a
 * referral wins. Unknown answers are read with care: not knowing your debts is itself a reason for help.
 */
export function decideReferrals(facts: Facts): Advice {
  const a = facts.answers;
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

  if (facts.declined) {
    add('geldfit-0800-8115', 'nietNu');
    add('nibud', 'nietNu');
    return { referrals: out, barriers: [], checklist: [...facts.checklist] };
  }

  const hasGuidance = a.begeleiding === true;
  const wantsHelp = a.wil !== false;
  // CJIB fines and informal debts are debts too, even after "weet ik niet" to the general question.
  const debts = a.schulden === true || a.achterstanden === true || a.cjib === true || a.informeel === true;
  const debtsUnclear = a.schulden === null || a.duidelijk === false || a.duidelijk === null;
  const notSelfReliant = a.zelfredzaam === false || a.zelfredzaam === null;

  if (!hasGuidance && wantsHelp) {
    if (debts) {
      const small = typeof facts.debtTotal === 'number' && facts.debtTotal < SMALL_DEBT_EUROS;
      if (small && !notSelfReliant && a.risico !== true) add('budgetcoach', 'kleineSchuld');
      else add('schuldhulpverlening', 'schulden');
    }
    if (a.zelfredzaam === false && (a.verledenBegeleiding === true || a.duidelijk === false)) {
      add('beschermingsbewind', a.verledenBegeleiding === true ? 'eerderHulp' : 'nietZelfredzaam');
    }
    if (a.overzicht === false || a.overzicht === null) add('budgetcoach', 'geenOverzicht');
  }

  if (debtsUnclear || a.cjib === true || a.informeel === true) add('sociaal-raadslieden', 'papieren');

  // Income (Fase 1): the sociaal wijkteam helps with a legal, stable income, such as a benefit.
  if (a.inkomen === false || a.inkomen === null) add('sociaal-wijkteam', 'geenInkomen');
  else if (a.illegaal === true) add('sociaal-wijkteam', 'illegaalInkomen');
  else if (a.vrijwillig === false || a.dragen === false) add('sociaal-wijkteam', 'familie');
  else if (a.stabiel === false) add('sociaal-wijkteam', 'onstabielInkomen');
  if (facts.checklist.length > 0) add('sociaal-wijkteam', 'vrijgekomen');

  if (!debts && a.zelfredzaam === false && wantsHelp) add('budgetcursus', 'leren');

  if (!wantsHelp) {
    add('geldfit-0800-8115', 'nietNu');
    add('nibud', 'nietNu');
  }
  if (hasGuidance) add('geldfit-0800-8115', 'huidigeHulp');
  if (out.length === 0) {
    add('nibud', 'zelfhulp');
    add('geldfit-0800-8115', 'laterVragen');
  }

  const barriers: Barrier[] = [];
  if (a.cjib === true) barriers.push('cjib');
  if (a.informeel === true) barriers.push('informeel');
  return { referrals: out, barriers, checklist: [...facts.checklist] };
}
