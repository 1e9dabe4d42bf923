/** Routekaart nodes the bot decides from earlier answers instead of asking (`derived` in routekaart.json). */
export type Answers = Record<string, boolean | null | undefined>;

export const DERIVED: Record<'needsGuidance' | 'hasDebts', (a: Answers) => boolean> = {
  /** Fase 3 'Heeft de cliënt begeleiding nodig?': debts or arrears, no overview, an unclear situation, no income, not self-reliant. */
  needsGuidance: (a) =>
    a.schulden === true || a.schulden === null || a.achterstanden === true || a.overzicht === false || a.overzicht === null ||
    a.duidelijk === false || a.duidelijk === null || a.inkomen === false || a.zelfredzaam === false || a.zelfredzaam === null,
  /** Debts of any kind (also CJIB fines or informal debts, or not knowing), or payment arrears, which are debts in the making. */
  hasDebts: (a) => a.schulden === true || a.schulden === null || a.achterstanden === true || a.cjib === true || a.informeel === true,
};
