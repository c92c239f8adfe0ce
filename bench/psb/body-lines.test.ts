import { describe, expect, it } from 'vitest';
import { bodyLines } from './body-lines.js';

describe('bodyLines', () => {
  it('counts the non-blank lines of the default export body, not helpers, header or closing brace', () => {
    const module = [
      '// Hephaestus node for directive p version 1',
      'function helper(x: number): number {',
      '  return x + 1;',
      '}',
      '',
      'export default function p(input1: number): number {',
      '  const a = helper(input1);',
      '',
      '  if (a > 3) {',
      '    return a;',
      '  }',
      '  return 0;',
      '}',
      '',
    ].join('\n');
    expect(bodyLines(module)).toBe(5);
    expect(bodyLines('export const x = 1;\n')).toBeUndefined();
  });
});
