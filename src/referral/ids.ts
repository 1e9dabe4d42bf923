/** The help the bot can refer to: the wegwijzer's 'Hulp bij financiële problemen', plus crisis help. */
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
] as const;

export type ReferralId = (typeof REFERRAL_IDS)[number];

/** Why a referral fits: each names a content text `plan.reden.<reason>`, tied to what the person said. */
export const REASONS = [
  'urgent', 'schulden', 'kleineSchuld', 'geenOverzicht', 'papieren', 'geenInkomen', 'onstabielInkomen', 'illegaalInkomen', 'familie',
  'nietZelfredzaam', 'eerderHulp', 'leren', 'honger', 'veiligheid', 'crisis', 'vrijgekomen', 'zelfhulp', 'laterVragen', 'nietNu', 'huidigeHulp',
] as const;

export type Reason = (typeof REASONS)[number];

/** What still has to be arranged after release (the handreiking's basisvoorwaarden; schulden is the routekaart's own part). */
export const CHECKLIST_ITEMS = ['id', 'onderdak', 'inkomen', 'zorg'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** Barriers the wegwijzer names: debts that schuldhulpverlening cannot take along. */
export const BARRIERS = ['cjib', 'informeel'] as const;
export type Barrier = (typeof BARRIERS)[number];
