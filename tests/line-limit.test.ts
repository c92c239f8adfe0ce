import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The house rule: every source file, tests and generated nodes/ included, is at most 200 lines.
describe('200-line rule', () => {
  it('holds for every tracked or new source file', () => {
    const listed = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).split('\n');
    const sources = listed.filter((f) => /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(f) && !/(^|\/)(node_modules|dist|coverage)\//.test(f));
    expect(sources.length).toBeGreaterThan(20);
    const over = sources
      .map((file) => {
        try {
          return { file, lines: readFileSync(file, 'utf8').split('\n').length - 1 };
        } catch {
          return { file, lines: 0 };
        }
      })
      .filter((entry) => entry.lines > 200);
    expect(over).toEqual([]);
  });
});
