import { Remembered } from '../../src/remembered';

describe('Remembered', () => {
  it('computes once per key, forgets everything when full, and keeps no long keys', () => {
    let calls = 0;
    const memo = new Remembered<number>(2, 5);
    const twice = (key: string) => memo.of(key, () => ++calls);
    expect([twice('a'), twice('a')]).toEqual([1, 1]);
    twice('b');
    twice('c'); // full: cleared, then 'c' kept
    expect(twice('a')).toBe(4);
    expect([twice('toolong'), twice('toolong')]).toEqual([5, 6]);
    expect(memo.find('toolong')).toBeUndefined();
  });

  it('remembers a computed null as an answer', () => {
    let calls = 0;
    const memo = new Remembered<null>(10);
    memo.of('x', () => (calls++, null));
    memo.of('x', () => (calls++, null));
    expect(calls).toBe(1);
  });
});
