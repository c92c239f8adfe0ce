// C0 and C1 controls, DEL, bidirectional overrides and isolates, and the Unicode line and paragraph separators:
// everything that can move the cursor, rewrite a line or reorder what a terminal shows. Matching control characters
// is the point here, hence the lint exception.
/* eslint-disable no-control-regex */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Characters one printed line keeps before it is cut with a marker. */
export const TERMINAL_LINE_CHARS = 2000;

/** How terminalSafe treats a value: one line (default) or a block that keeps its line breaks and tabs. */
export interface TerminalSafeOptions {
  multiline?: boolean;
  /** Longest result before the marker, in UTF-16 units; default TERMINAL_LINE_CHARS (Infinity: never cut). */
  maxChars?: number;
}

// The visible escape of one unsafe character: `\r`, `\x1b`, `\u202e`.
function escapeControl(char: string): string {
  const code = char.charCodeAt(0);
  return NAMED[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/**
 * Makes text that may come from a candidate safe to print: every control, escape-sequence, bidi or separator
 * character is rendered visibly (so a candidate cannot move the cursor, erase a line or fake one), and long text is
 * cut with a marker saying how much was left out. Used by every CLI printer.
 */
export function terminalSafe(text: string, options: TerminalSafeOptions = {}): string {
  const max = options.maxChars ?? TERMINAL_LINE_CHARS;
  let kept = text.length > max ? text.slice(0, max) : text;
  // Never end on half a surrogate pair.
  if (kept.length < text.length && /[\ud800-\udbff]$/.test(kept)) kept = kept.slice(0, -1);
  const safe = kept.replace(options.multiline ? UNSAFE_IN_BLOCK : UNSAFE_IN_LINE, escapeControl);
  return kept.length < text.length ? `${safe}… [${text.length - kept.length} more characters]` : safe;
}
