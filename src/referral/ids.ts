/** The help the bot can refer to: the wegwijzer's 'Hulp bij financiële problemen', crisis help, and the forensic chain around it. */
export const REFERRAL_IDS = [
  'geldfit-0800-8115',
  'nibud',
  'sociaal-raadslieden',
  'budgetcursus',
  'budgetcoach',
  'beschermingsbewind',
  'sociaal-wijkteam',
  'voedselbank',
  'schuldhulpverlening',
  '113-zelfmoordpreventie',
  'reclassering',
  'verslavingszorg',
] as const;

export type ReferralId = (typeof REFERRAL_IDS)[number];

/** Why a referral fits: each names a content text `plan.reden.<reason>`, tied to what the person said. */
export const REASONS = [
  'urgent', 'schulden', 'geenOverzicht', 'papieren', 'geenInkomen', 'onstabielInkomen', 'illegaalInkomen', 'familie',
  'nietZelfredzaam', 'eerderHulp', 'leren', 'honger', 'veiligheid', 'crisis', 'vrijgekomen', 'zelfhulp', 'laterVragen', 'nietNu', 'huidigeHulp',
  'eigenWens', 'terugval', 'verslaving',
] as const;

export type Reason = (typeof REASONS)[number];

/** What still has to be arranged after release (the handreiking's basisvoorwaarden; schulden is the routekaart's own part). */
export const CHECKLIST_ITEMS = ['id', 'onderdak', 'inkomen', 'zorg'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** What everyone who was just released should arrange, whatever they answered (handreiking re-integratie; wegwijzer). */
export const RELEASE_ITEMS = ['nazorg', 'bijzondereBijstand', 'postadres', 'post', 'bank', 'digid', 'toeslagen'] as const;
export type ReleaseItem = (typeof RELEASE_ITEMS)[number];

/**
 * The order of the release list, the answers' own items among the rest: the gemeente's nazorg first (it helps
 * with the rest), then money from the first day, ID, a place and an address, the bank, the zorgverzekering,
 * DigiD and toeslagen (review by a forensic professional).
 */
export const RELEASE_ORDER: ReadonlyArray<ChecklistItem | ReleaseItem> = [
  'nazorg', 'inkomen', 'bijzondereBijstand', 'id', 'onderdak', 'postadres', 'post', 'bank', 'zorg', 'digid', 'toeslagen',
];

/**
 * Debts with advice of their own, apart from any referral (wegwijzer: debts schuldhulpverlening cannot always
 * take along). A criminal creditor is a safety matter first, never a debt for the wijkteam.
 */
export const DEBT_NOTES = ['cjib', 'informeel', 'crimineel'] as const;
export type DebtNote = (typeof DEBT_NOTES)[number];
