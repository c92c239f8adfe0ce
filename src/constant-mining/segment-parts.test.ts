import { describe, expect, it } from 'vitest';
import { SEGMENT_WORK, segmentParts } from './segment-parts.js';

const chars = (ins: string, out: string) => ({ ins: [...ins], out });
const texts = (told: ReturnType<typeof segmentParts>) => Object.fromEntries([...(told ?? new Map()).values()].map(({ part, text }) => [String(part), text]));

describe('segmentParts', () => {
  it('tells each part its text from cases whose other parts are told, in any number of copies', () => {
    const told = segmentParts([chars('xy!', 'xxyy!!!'), chars('x', 'xx'), chars('!y', '!!!yy'), chars('yy', 'yyyy')]);
    expect(texts(told)).toEqual({ x: 'xx', y: 'yy', '!': '!!!' });
  });

  it('reads the cases again until none tells more, and parts may print as nothing', () => {
    const told = segmentParts([chars('ab-c', 'AB'), chars('a-', 'A'), chars('b', 'B'), chars('-', '')]);
    expect(texts(told)).toEqual({ a: 'A', b: 'B', '-': '', c: '' });
    // Arrays' parts are values of any type.
    expect([...(segmentParts([{ ins: [2], out: '**' }, { ins: [2, 1], out: '***' }]) ?? new Map()).values()]).toEqual([
      { part: 2, text: '**' },
      { part: 1, text: '*' },
    ]);
  });

  it('reads a case again only when a part it holds is told, so a long chain of cases is told within the work bound', () => {
    // Each case waits on the next one's part: reading every open case again after each part told would take 20,000
    // readings of 20,000 cases, past SEGMENT_WORK.
    const n = 20_000;
    const chain = Array.from({ length: n }, (_, i) => ({ ins: [i, i + 1], out: `${i}*${i + 1}*` }));
    const told = segmentParts([...chain, { ins: [n], out: `${n}*` }]);
    expect(told?.size).toBe(n + 1);
    expect(told?.get('0')).toEqual({ part: 0, text: '0*' });
    expect(2 * n * (n / 2)).toBeGreaterThan(SEGMENT_WORK);
  });

  it('refuses cases that contradict each other, and tells nothing a case cannot', () => {
    expect(segmentParts([chars('a', 'aa'), chars('aa', 'aaa')])).toBeUndefined();
    expect(segmentParts([chars('a', 'A'), chars('ab', 'xB')])).toBeUndefined();
    expect(segmentParts([chars('', 'x')])).toBeUndefined();
    // Two unknown parts: their texts' lengths are not told by the output's, unless the case reads as the parts themselves.
    expect(texts(segmentParts([chars('ab', 'abc')]))).toEqual({});
    expect(texts(segmentParts([chars('ab', 'ab'), chars('a!', 'a??')]))).toEqual({ a: 'a', b: 'b', '!': '??' });
  });
});
