import { describe, expect, it } from 'vitest';
import { applySearchReplace } from './apply-search-replace.js';

const parent = 'export default function add(a: number, b: number): number {\n  const x = 1;\n  return a - b;\n}\n';

describe('applySearchReplace', () => {
  it('applies blocks in order, exactly', () => {
    const result = applySearchReplace(parent, [
      { search: '  const x = 1;\n', replace: '' },
      { search: 'return a - b;', replace: 'return a + b;' },
    ]);
    expect(result).toEqual({ ok: true, code: 'export default function add(a: number, b: number): number {\n  return a + b;\n}\n' });
  });

  it('fails when a SEARCH text is not in the parent, naming the block', () => {
    const result = applySearchReplace(parent, [
      { search: 'return a - b;', replace: 'return b - a;' },
      { search: 'return a * b;', replace: 'return a + b;' },
    ]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/^block 2: SEARCH text not found in the parent: "return a \* b;"/);
  });

  it('is whitespace exact and refuses ambiguous or empty SEARCH text', () => {
    const reason = (search: string) => {
      const result = applySearchReplace(parent, [{ search, replace: 'y' }]);
      return result.ok ? 'ok' : result.reason;
    };
    expect(reason('return  a - b;')).toContain('not found');
    expect(reason('b')).toContain('more than once');
    expect(reason('  \n')).toContain('empty SEARCH');
  });

  it('matches a parent written with CRLF line ends', () => {
    const result = applySearchReplace(parent.replace(/\n/g, '\r\n'), [{ search: '  const x = 1;\n  return a - b;', replace: '  return a + b;' }]);
    expect(result.ok && result.code).toBe('export default function add(a: number, b: number): number {\n  return a + b;\n}\n');
  });
});
