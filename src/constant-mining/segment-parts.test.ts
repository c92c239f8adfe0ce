import { describe, expect, it } from 'vitest';
import { segmentParts } from './segment-parts.js';

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

  it('refuses cases that contradict each other, and tells nothing a case cannot', () => {
    expect(segmentParts([chars('a', 'aa'), chars('aa', 'aaa')])).toBeUndefined();
    expect(segmentParts([chars('a', 'A'), chars('ab', 'xB')])).toBeUndefined();
    expect(segmentParts([chars('', 'x')])).toBeUndefined();
    // Two unknown parts: their texts' lengths are not told by the output's, unless the case reads as the parts themselves.
    expect(texts(segmentParts([chars('ab', 'abc')]))).toEqual({});
    expect(texts(segmentParts([chars('ab', 'ab'), chars('a!', 'a??')]))).toEqual({ a: 'a', b: 'b', '!': '??' });
  });
});
