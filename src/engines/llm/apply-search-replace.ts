import type { SearchReplaceBlock } from './parse-search-replace.js';

/** The edited module, or why an edit could not be applied. */
export type AppliedSearchReplace = { ok: true; code: string } | { ok: false; reason: string };

/**
 * Applies the blocks in order to the parent's code. Each SEARCH text must occur exactly once in the code as it
 * stands after the previous blocks: a missing or ambiguous match fails the whole proposal rather than guessing.
 */
export function applySearchReplace(source: string, blocks: SearchReplaceBlock[]): AppliedSearchReplace {
  let code = source.replace(/\r\n?/g, '\n');
  for (const [index, block] of blocks.entries()) {
    const label = `block ${index + 1}`;
    if (block.search.trim() === '') return { ok: false, reason: `${label}: empty SEARCH section` };
    const at = code.indexOf(block.search);
    if (at < 0) return { ok: false, reason: `${label}: SEARCH text not found in the parent: ${preview(block.search)}` };
    if (code.indexOf(block.search, at + 1) >= 0) {
      return { ok: false, reason: `${label}: SEARCH text occurs more than once in the parent; it must be unique: ${preview(block.search)}` };
    }
    code = code.slice(0, at) + block.replace + code.slice(at + block.search.length);
  }
  return { ok: true, code };
}

function preview(text: string): string {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}
