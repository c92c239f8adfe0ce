import { describe, expect, it } from 'vitest';
import { countLines } from './count-lines.js';
import { candidateLineLimit, MAX_FILE_LINES, NODE_HEADER_LINES } from './line-limit.js';

describe('candidateLineLimit', () => {
  it('leaves room for the nodes/ header under the house limit', () => {
    expect(candidateLineLimit(200)).toBe(MAX_FILE_LINES - NODE_HEADER_LINES);
    expect(candidateLineLimit(50)).toBe(50);
    expect(candidateLineLimit(200, NODE_HEADER_LINES)).toBe(MAX_FILE_LINES);
  });
});

describe('countLines', () => {
  it('does not count a final line break as a line', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\r\nb\n\n')).toBe(3);
  });
});
