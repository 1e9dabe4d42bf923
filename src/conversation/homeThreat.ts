import { detectCrisis, namesPartner, outsideAfterPartner, violenceAtHome, type CrisisType } from '../language';

/** What the home flag reads and writes in the conversation record: booleans and the crisis step, never words. */
export interface HomeRecord {
  /** An earlier message placed violence or threats at home (a partner, family, "thuis"). */
  home?: boolean;
  distress?: boolean;
  crisisWait?: { type: CrisisType; home?: boolean };
}

/**
 * Remembers that a message placed violence or threats at home: it names a partner (in any message), or it names
 * family or "thuis" and is itself a violence signal (of either level: "mijn vriend wordt boos als ik over geld begin") or comes while the
 * crisis answer for violence waits ("het is mijn vriend"). Only the boolean is kept.
 */
export function noteHome(record: HomeRecord, text: string): void {
  // A partner named in any message ("mijn man en ik hebben samen schulden"): a later "hij sloeg me" is at home.
  if (namesPartner(text)) record.home = true;
  if (!violenceAtHome(text)) return;
  const waitsOnViolence = record.crisisWait?.type === 'violence';
  if (!waitsOnViolence && detectCrisis(text, { priorDistress: record.distress })?.type !== 'violence') return;
  record.home = true;
  if (record.crisisWait && waitsOnViolence) record.crisisWait.home = true;
}

/**
 * Where a violence crisis in this message happens, for its help: at home (true, Veilig Thuis first) when the message
 * places it there itself, or an earlier one did and this one names nobody outside the home ("als ik ernaar vraag
 * gaat hij door het lint", "hij sloeg me omdat de huur niet betaald was"); outside the home (false, no Veilig Thuis)
 * when it names a dealer or "die gasten", or money owed without a "hij" who can be the partner ("ze maken me af als
 * ik niet betaal"), whoever was named before; else not said (undefined: both).
 */
export function violenceHelpAt(record: HomeRecord, text: string, messageAtHome: boolean): boolean | undefined {
  if (messageAtHome) return true;
  if (outsideAfterPartner(text)) return false;
  return record.home === true ? true : undefined;
}

/** Reads a message for the home flag, and sets where a violence crisis in it happens, for its help. */
export function readHome(record: HomeRecord, text: string, crisis: { type: CrisisType; home?: boolean } | undefined): void {
  noteHome(record, text);
  if (crisis?.type !== 'violence') return;
  crisis.home = violenceHelpAt(record, text, crisis.home === true);
  // The same trouble said again while its answer waits: the help said again is the one that fits now.
  if (record.crisisWait?.type === 'violence') record.crisisWait.home = crisis.home;
}
