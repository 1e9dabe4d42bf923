import type { Facts } from '../../src/referral/rules';

/** What the conversation found out, as the referral rules get it. */
export const facts = (answers: Facts['answers'], extra: Partial<Facts> = {}): Facts => ({ answers, checklist: [], crises: [], ...extra });

/**
 * The ten situations of the referral evidence (issue 13), each as the facts a conversation leaves and, where
 * the person typed one, their own next step. tests/unit/referralScenarios checks the help and lines of each;
 * tests/unit/planPlain checks that each plan stays short and plain.
 */
export const TEN_SITUATIONS = {
  netVrijCjib: { facts: facts({ inkomen: false, schulden: true, cjib: true, wil: true, zelfredzaam: true }, { checklist: ['inkomen'] }) },
  ontruiming: { facts: facts({ achterstanden: true }, { urgent: true }) },
  dealer: { facts: facts({ inkomen: true, formeel: true, stabiel: true, schulden: false, overzicht: true }, { said: { criminalCreditor: true } }) },
  verslavingBewind: { facts: facts({ schulden: true, begeleiding: true, risico: true }, { said: { addiction: true } }) },
  zwart: { facts: facts({ inkomen: true, formeel: false, familie: false, illegaal: true, schulden: false, overzicht: true }) },
  budgetcursus: { facts: facts({ inkomen: true, formeel: true, stabiel: true, overzicht: true, schulden: false }, { said: { wish: 'budgetcursus' } }), eigenStap: 'ik wil een budgetcursus doen' },
  bewindCjib: { facts: facts({ schulden: true, cjib: true, begeleiding: true }) },
  zorgverzekering: { facts: facts({ inkomen: true, formeel: true, stabiel: true, overzicht: true, duidelijk: true, schulden: false, achterstanden: true, zelfredzaam: true, wil: true }) },
  jongNetVrij: { facts: facts({ inkomen: false }, { checklist: ['id', 'inkomen', 'zorg'] }) },
  wilNiets: { facts: facts({}, { declined: true, said: { cjib: true } }) },
} satisfies Record<string, { facts: Facts; eigenStap?: string }>;
