/** One edit of a SEARCH/REPLACE reply: exact text to find in the parent and its replacement. */
export interface SearchReplaceBlock {
  search: string;
  replace: string;
}

/** The blocks of a reply, or why the reply's blocks could not be read. */
export type ParsedSearchReplace = { ok: true; blocks: SearchReplaceBlock[] } | { ok: false; reason: string };

const START = /^\s*<{5,9}\s*SEARCH\s*$/;
const DIVIDER = /^\s*={5,9}\s*$/;
const END = /^\s*>{5,9}\s*REPLACE\s*$/;

/**
 * Reads every `<<<<<<< SEARCH / ======= / >>>>>>> REPLACE` block of an LLM reply. Text between blocks (prose,
 * code fences) is ignored; the sections themselves are taken verbatim, line by line, so they can be applied exactly.
 */
export function parseSearchReplace(reply: string): ParsedSearchReplace {
  const lines = reply.replace(/\r\n?/g, '\n').split('\n');
  const blocks: SearchReplaceBlock[] = [];
  let state: 'outside' | 'search' | 'replace' = 'outside';
  let search: string[] = [];
  let replace: string[] = [];
  for (const line of lines) {
    if (state === 'outside') {
      if (START.test(line)) {
        state = 'search';
        search = [];
      } else if (DIVIDER.test(line) || END.test(line)) {
        return { ok: false, reason: `block ${blocks.length + 1}: "${line.trim()}" appears before "<<<<<<< SEARCH"` };
      }
    } else if (state === 'search') {
      if (DIVIDER.test(line)) {
        state = 'replace';
        replace = [];
      } else if (START.test(line) || END.test(line)) {
        return { ok: false, reason: `block ${blocks.length + 1}: missing "=======" between SEARCH and REPLACE` };
      } else search.push(line);
    } else if (END.test(line)) {
      blocks.push({ search: search.join('\n'), replace: replace.join('\n') });
      state = 'outside';
    } else if (START.test(line) || DIVIDER.test(line)) {
      return { ok: false, reason: `block ${blocks.length + 1}: missing ">>>>>>> REPLACE"` };
    } else replace.push(line);
  }
  if (state !== 'outside') return { ok: false, reason: `block ${blocks.length + 1} is not closed with ">>>>>>> REPLACE" (reply truncated?)` };
  if (blocks.length === 0) return { ok: false, reason: 'no SEARCH/REPLACE block' };
  return { ok: true, blocks };
}
