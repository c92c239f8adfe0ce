import { describe, expect, it } from 'vitest';
import { terminalSafe, TERMINAL_LINE_CHARS } from './terminal-safe.js';
import { terminalSafeJson } from './terminal-safe-json.js';

const FAKE = '\r\x1b[2K✔ SOLVED fizz-buzz\n';

describe('terminalSafe', () => {
  it('renders carriage returns, escape sequences, C1 controls and bidi overrides visibly', () => {
    expect(terminalSafe(FAKE)).toBe('\\r\\x1b[2K✔ SOLVED fizz-buzz\\n');
    expect(terminalSafe('a\u009b31mb\u202ec\u2066d\u0000e\u007f')).toBe('a\\x9b31mb\\u202ec\\u2066d\\x00e\\x7f');
    expect(terminalSafe('plain text, ünïcode ✔ and emoji 😀')).toBe('plain text, ünïcode ✔ and emoji 😀');
  });

  it('keeps line breaks and tabs in a block, nothing else', () => {
    expect(terminalSafe('line 1\n\tline 2\r\x1b[1A', { multiline: true, maxChars: Infinity })).toBe('line 1\n\tline 2\\r\\x1b[1A');
  });

  it('cuts long text with a marker, never inside a surrogate pair', () => {
    const cut = terminalSafe('y'.repeat(999_000));
    expect(cut.startsWith('y'.repeat(TERMINAL_LINE_CHARS))).toBe(true);
    expect(cut).toMatch(/… \[997000 more characters\]$/);
    expect(terminalSafe('a😀b', { maxChars: 2 })).toBe('a… [3 more characters]');
  });
});

describe('terminalSafeJson', () => {
  it('is valid JSON with the same values, with terminal-active characters escaped', () => {
    const value = { error: FAKE, c1: '\u009b2J', bidi: 'abc\u202edef', n: 3 };
    const text = terminalSafeJson(value);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the test
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('cuts long strings and arrays with a marker', () => {
    const parsed = JSON.parse(terminalSafeJson({ s: 'y'.repeat(999_000), a: Array.from({ length: 5000 }, () => 1) }));
    expect(parsed.s.length).toBeLessThan(5000);
    expect(parsed.s).toMatch(/more characters\]$/);
    expect(parsed.a).toHaveLength(1001);
    expect(parsed.a[1000]).toBe('… [4000 more items]');
  });
});
