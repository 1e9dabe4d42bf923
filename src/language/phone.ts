/** A Dutch phone number as a person types it: "06-12345678", "06 1234 5678", "+31 6 12345678", "020 123 4567". */
export interface Phone {
  /** E.164: +31 and nine digits. */
  e164: string;
  /** As the Dutch write it: 06-12345678, 020-1234567 or 0541-123456. */
  display: string;
}

/**
 * Why digits in a message are no number to call a person back on: a service number (0800, 0900, 112, 113,
 * a gemeente's 14 0xx …), a number of the wrong length, or a number abroad (only Dutch numbers are passed on).
 */
export type OtherNumber = 'service' | 'incomplete' | 'foreign';

/** What a message holds: a person's own Dutch number, other digits that look like a phone number, or none. */
export type PhoneReading = { kind: 'phone'; phone: Phone } | { kind: 'otherNumber'; why: OtherNumber } | null;

/**
 * Numbers nobody can be called back on (without the leading 0): free and paid service numbers, numbers of
 * personal assistants and companies, and the short numbers (112, 113, 144, 116 …, 14 and a netnummer, 18 …).
 */
const SERVICE_NATIONAL = /^(?:800|900|906|909|84|87|88)\d{4,7}$/;
const SERVICE_SHORT = /^(?:112|113|144|116\d{3}|14\d{2,4}|18\d{2,3})$/;

/** Areas with a three-digit netnummer (010, 020 …): the rest have four (0541, 0229 …). */
const SHORT_AREAS = new Set(['10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46', '50', '53', '55', '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '85']);

/** Runs of digits as people type a number: with spaces, dashes, dots, slashes, brackets, a leading + or 00. */
const NUMBER_RUN = /\+?\d(?:[\s().\-/]{0,3}\d)*/g;

function display(national: string): string {
  if (national.startsWith('6')) return `06-${national.slice(1)}`;
  const area = SHORT_AREAS.has(national.slice(0, 2)) ? 2 : 3;
  return `0${national.slice(0, area)}-${national.slice(area)}`;
}

/** One run of digits: a person's number, another kind of number, or nothing that looks like a phone number. */
function readRun(run: string): PhoneReading {
  const compact = run.replace(/[\s().\-/]/g, '');
  const digits = compact.replace(/^\+/, '');
  // "+31 (0)6 …" and "0031 6 …" are the national number after the country code.
  const dutch = compact.match(/^(?:\+31|0031)0?(\d+)$/);
  const national = dutch ? dutch[1] : compact.startsWith('0') && !compact.startsWith('00') ? compact.slice(1) : null;
  if (SERVICE_SHORT.test(compact) || (national !== null && SERVICE_NATIONAL.test(national))) return { kind: 'otherNumber', why: 'service' };
  if (national !== null && /^(?:[1-57]\d|6\d|85)\d{7}$/.test(national)) return { kind: 'phone', phone: { e164: `+31${national}`, display: display(national) } };
  if (!dutch && (compact.startsWith('+') || compact.startsWith('00')) && digits.length >= 8) return { kind: 'otherNumber', why: 'foreign' };
  // A few digits ("ik ben 25", "na 3 uur") are no phone number at all; five or more are one typed wrong.
  if (digits.length >= 5 || (national !== null && digits.length >= 3)) return { kind: 'otherNumber', why: 'incomplete' };
  return null;
}

/** A run of digits as a whole and, where that is no number, its parts between spaces ("06 12345678 2 keer"). */
function readingsOf(run: string): Array<NonNullable<PhoneReading>> {
  const whole = readRun(run);
  if (whole?.kind === 'phone') return [whole];
  const groups = run.trim().split(/\s+/);
  const parts: Array<NonNullable<PhoneReading>> = [];
  for (let from = 0; from < groups.length && groups.length <= 8; from++) {
    for (let to = from + 1; to <= groups.length; to++) {
      if (from === 0 && to === groups.length) continue;
      const part = readRun(groups.slice(from, to).join(' '));
      if (part?.kind === 'phone') return [part];
      if (part?.kind === 'otherNumber' && part.why === 'service') parts.push(part);
    }
  }
  return whole ? [...parts, whole] : parts;
}

/**
 * The number in a message, also inside a sentence ("mijn nummer is 06-12345678"). A person's own Dutch
 * number wins over anything else in it; otherwise why the digits there cannot be called (a service number
 * before a number typed wrong), or null when there are no such digits.
 */
export function findPhone(raw: string): PhoneReading {
  const runs = raw.slice(0, 200).match(NUMBER_RUN) ?? [];
  const readings = runs.flatMap(readingsOf);
  return readings.find((r) => r.kind === 'phone') ?? readings.find((r) => r.kind === 'otherNumber' && r.why === 'service') ?? readings[0] ?? null;
}

/** A person's own Dutch number in the text, or null. */
export function readPhone(raw: string): Phone | null {
  const found = findPhone(raw);
  return found?.kind === 'phone' ? found.phone : null;
}
