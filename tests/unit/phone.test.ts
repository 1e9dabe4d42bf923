import { findPhone, readPhone } from '../../src/language/phone';
import { interpret } from '../../src/language';

describe('a phone number as a person types it (findPhone)', () => {
  it.each([
    ['06 1234 5678', '+31612345678', '06-12345678'],
    ['06-12345678', '+31612345678', '06-12345678'],
    ['06.12.34.56.78', '+31612345678', '06-12345678'],
    ['+31 6 12345678', '+31612345678', '06-12345678'],
    ['+31 (0)6-12345678', '+31612345678', '06-12345678'],
    ['0031 6 1234 5678', '+31612345678', '06-12345678'],
    ['020 123 4567', '+31201234567', '020-1234567'],
    ['0541-123456', '+31541123456', '0541-123456'],
    ['085-1234567', '+31851234567', '085-1234567'],
  ])('reads "%s" as %s (%s)', (typed, e164, display) => {
    expect(readPhone(typed)).toEqual({ e164, display });
  });

  it.each([
    ['mijn nummer is 06-12345678', '+31612345678'],
    ['Je kunt me bellen op 06 1234 5678, liefst na 3 uur', '+31612345678'],
    ['mijn nummer 0612345678 2 keer bellen', '+31612345678'],
    ['niet 0800-8115 maar 06 12345678', '+31612345678'],
    ['bel maar naar +31 20 123 4567.', '+31201234567'],
  ])('takes the number out of a sentence: "%s"', (typed, e164) => {
    expect(readPhone(typed)?.e164).toBe(e164);
  });

  it.each(['0800-8115', '0800 0113', '0900-1234567', '112', '113', 'bel 113', '14 020', '0906-123456', '088-1234567', '084-1234567', 'mijn nummer is 0800-8115'])(
    'knows "%s" is a service number, not the person\'s own',
    (typed) => {
      expect(findPhone(typed)).toEqual({ kind: 'otherNumber', why: 'service' });
    },
  );

  it.each(['12345', '06 1234 567', '06-123456789', '020 123 456'])('knows "%s" is a number typed wrong', (typed) => {
    expect(findPhone(typed)).toEqual({ kind: 'otherNumber', why: 'incomplete' });
  });

  it('knows a number abroad', () => {
    expect(findPhone('+32 470 12 34 56')).toEqual({ kind: 'otherNumber', why: 'foreign' });
  });

  it.each(['Sam', 'ik ben 25', 'na 3 uur', 'weet ik niet', ''])('finds no number in "%s"', (typed) => {
    expect(findPhone(typed)).toBeNull();
  });

  it('tells the phone question why digits are no number to call', () => {
    expect(interpret('mijn nummer is 06-12345678', 'phone')).toEqual({ kind: 'phone', e164: '+31612345678', display: '06-12345678' });
    expect(interpret('112', 'phone')).toEqual({ kind: 'otherNumber', why: 'service' });
    expect(interpret('12345', 'phone')).toEqual({ kind: 'otherNumber', why: 'incomplete' });
    expect(interpret('hallo', 'phone')).toEqual({ kind: 'unclear' });
  });
});
