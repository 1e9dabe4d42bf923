/** A Dutch phone number as a person types it: "06-12345678", "06 1234 5678", "+31 6 12345678", "020 123 4567". */
export interface Phone {
  /** E.164: +31 and nine digits. */
  e164: string;
  /** As the Dutch write it: 06-12345678, or 0AA-NNNNNNN. */
  display: string;
}

/** Numbers nobody can be called back on: service and premium numbers, and 112. */
const NOT_CALLABLE = /^(800|900|906|909|84|87|112)/;

export function readPhone(raw: string): Phone | null {
  const compact = raw.slice(0, 100).replace(/[\s().\-\/]/g, '');
  const m = compact.match(/^(?:\+31|0031|0)(\d{9})$/);
  if (!m) return null;
  const national = m[1];
  if (NOT_CALLABLE.test(national) || !/^[1-7]/.test(national)) return null;
  const display = national.startsWith('6') ? `0${national.slice(0, 1)}-${national.slice(1)}` : `0${national.slice(0, 2)}-${national.slice(2)}`;
  return { e164: `+31${national}`, display };
}
