import { applySearchReplace } from './apply-search-replace.js';
import { extractCodeBlock } from './extract-code-block.js';
import { parseSearchReplace } from './parse-search-replace.js';

/** How a reply is read: as SEARCH/REPLACE edits of the parent, or as a whole new module. */
export type ReplyMode = 'diff' | 'rewrite';

/**
 * A reply turned into a module, or the reason it could not be. `malformed` marks replies that carry nothing usable
 * (empty, too long, no blocks at all): they count as failed LLM calls; a well-formed edit that does not apply does not.
 */
export type ReplyOutcome =
  | { ok: true; code: string; operator: 'llm-diff' | 'llm-rewrite' }
  | { ok: false; reason: string; malformed: boolean };

/** Turns an LLM reply into the candidate's code, applying diffs to the parent or extracting a rewrite. */
export function replyToCode(reply: string, mode: ReplyMode, parentCode: string | undefined, maxReplyChars: number): ReplyOutcome {
  if (reply.trim() === '') return { ok: false, reason: 'empty reply', malformed: true };
  if (reply.length > maxReplyChars) {
    return { ok: false, reason: `reply of ${reply.length} characters exceeds max_reply_chars (${maxReplyChars})`, malformed: true };
  }
  if (mode === 'diff' && parentCode !== undefined) {
    const parsed = parseSearchReplace(reply);
    if (parsed.ok) {
      const applied = applySearchReplace(parentCode, parsed.blocks);
      if (!applied.ok) return { ok: false, reason: applied.reason, malformed: false };
      return unchanged(applied.code, parentCode) ?? { ok: true, code: applied.code, operator: 'llm-diff' };
    }
    const whole = extractCodeBlock(reply);
    if (whole.ok) return unchanged(whole.code, parentCode) ?? { ok: true, code: whole.code, operator: 'llm-rewrite' };
    return { ok: false, reason: `malformed reply: ${parsed.reason}`, malformed: true };
  }
  const whole = extractCodeBlock(reply);
  if (!whole.ok) return { ok: false, reason: `malformed reply: ${whole.reason}`, malformed: true };
  return unchanged(whole.code, parentCode) ?? { ok: true, code: whole.code, operator: 'llm-rewrite' };
}

function unchanged(code: string, parentCode: string | undefined): ReplyOutcome | undefined {
  if (parentCode === undefined || code.trim() !== parentCode.replace(/\r\n?/g, '\n').trim()) return undefined;
  return { ok: false, reason: 'the reply leaves the parent unchanged', malformed: false };
}
