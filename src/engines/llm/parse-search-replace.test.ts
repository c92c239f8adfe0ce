import { describe, expect, it } from 'vitest';
import { parseSearchReplace } from './parse-search-replace.js';

describe('parseSearchReplace', () => {
  it('reads several blocks verbatim, ignoring prose and fences around them', () => {
    const reply = [
      'The sign is wrong.',
      '```ts',
      '<<<<<<< SEARCH',
      '  return a - b;',
      '=======',
      '  return a + b;',
      '>>>>>>> REPLACE',
      '```',
      'And a comment:',
      '<<<<<<< SEARCH',
      'export default function add(a: number, b: number): number {',
      '=======',
      '// Adds.',
      'export default function add(a: number, b: number): number {',
      '>>>>>>> REPLACE',
    ].join('\r\n');
    const parsed = parseSearchReplace(reply);
    expect(parsed).toEqual({
      ok: true,
      blocks: [
        { search: '  return a - b;', replace: '  return a + b;' },
        {
          search: 'export default function add(a: number, b: number): number {',
          replace: '// Adds.\nexport default function add(a: number, b: number): number {',
        },
      ],
    });
  });

  it('keeps an empty REPLACE section (a deletion)', () => {
    expect(parseSearchReplace('<<<<<<< SEARCH\nconsole.log(1);\n=======\n>>>>>>> REPLACE')).toEqual({
      ok: true,
      blocks: [{ search: 'console.log(1);', replace: '' }],
    });
  });

  it('names what is wrong with malformed replies', () => {
    const reason = (text: string) => {
      const parsed = parseSearchReplace(text);
      return parsed.ok ? 'ok' : parsed.reason;
    };
    expect(reason('Here is the fix: return a + b')).toBe('no SEARCH/REPLACE block');
    expect(reason('<<<<<<< SEARCH\nx\n=======\ny')).toContain('not closed');
    expect(reason('<<<<<<< SEARCH\nx\n>>>>>>> REPLACE')).toContain('missing "======="');
    expect(reason('=======\ny\n>>>>>>> REPLACE')).toContain('before "<<<<<<< SEARCH"');
    expect(reason('<<<<<<< SEARCH\nx\n=======\ny\n<<<<<<< SEARCH')).toContain('missing ">>>>>>> REPLACE"');
  });
});
