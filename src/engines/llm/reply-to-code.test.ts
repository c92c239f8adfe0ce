import { describe, expect, it } from 'vitest';
import { replyToCode } from './reply-to-code.js';

const parent = 'export default function add(a: number, b: number): number {\n  return a - b;\n}\n';
const fixed = parent.replace('a - b', 'a + b');
const diff = '<<<<<<< SEARCH\n  return a - b;\n=======\n  return a + b;\n>>>>>>> REPLACE';

describe('replyToCode', () => {
  it('applies a diff to the parent', () => {
    expect(replyToCode(diff, 'diff', parent, 1000)).toEqual({ ok: true, code: fixed, operator: 'llm-diff' });
  });

  it('accepts a whole module in diff mode and extracts rewrites', () => {
    const whole = `\`\`\`ts\n${fixed}\`\`\``;
    expect(replyToCode(whole, 'diff', parent, 1000)).toEqual({ ok: true, code: fixed, operator: 'llm-rewrite' });
    expect(replyToCode(whole, 'rewrite', undefined, 1000)).toEqual({ ok: true, code: fixed, operator: 'llm-rewrite' });
  });

  it('marks empty, oversized and block-less replies as malformed', () => {
    expect(replyToCode('  \n', 'diff', parent, 1000)).toEqual({ ok: false, reason: 'empty reply', malformed: true });
    expect(replyToCode(diff, 'diff', parent, 50)).toEqual({
      ok: false,
      reason: `reply of ${diff.length} characters exceeds max_reply_chars (50)`,
      malformed: true,
    });
    expect(replyToCode('Just add them.', 'diff', parent, 1000)).toEqual({ ok: false, reason: 'malformed reply: no SEARCH/REPLACE block', malformed: true });
    expect(replyToCode('Just add them.', 'rewrite', parent, 1000)).toEqual({
      ok: false,
      reason: 'malformed reply: no ```ts code block in the reply',
      malformed: true,
    });
  });

  it('fails well-formed edits that do not apply or change nothing, without calling them malformed', () => {
    const missing = replyToCode(diff.replace('a - b;\n=', 'a * b;\n='), 'diff', parent, 1000);
    expect(missing).toMatchObject({ ok: false, malformed: false });
    expect(!missing.ok && missing.reason).toContain('SEARCH text not found');
    expect(replyToCode(`\`\`\`ts\n${parent}\`\`\``, 'rewrite', parent, 1000)).toEqual({
      ok: false,
      reason: 'the reply leaves the parent unchanged',
      malformed: false,
    });
  });
});
