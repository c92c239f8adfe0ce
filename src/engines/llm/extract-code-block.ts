/** The module source found in a reply, or why none was found. */
export type ExtractedCode = { ok: true; code: string } | { ok: false; reason: string };

const FENCE = /^\s*(`{3,}|~{3,})\s*([\w+-]*)[^\n]*$/;
const TS_LANGS = new Set(['ts', 'typescript', 'tsx', 'mts']);

/**
 * Takes the full module out of a rewrite reply: the longest ```ts / ```typescript fenced block, else an untagged
 * block that has a default export, else a bare reply that is itself a module with a default export.
 */
export function extractCodeBlock(reply: string): ExtractedCode {
  const lines = reply.replace(/\r\n?/g, '\n').split('\n');
  const blocks: { lang: string; code: string }[] = [];
  let open: { fence: string; lang: string; body: string[] } | undefined;
  for (const line of lines) {
    const fence = FENCE.exec(line);
    if (!open) {
      if (fence) open = { fence: fence[1], lang: fence[2].toLowerCase(), body: [] };
    } else if (fence && fence[2] === '' && fence[1][0] === open.fence[0] && fence[1].length >= open.fence.length) {
      blocks.push({ lang: open.lang, code: open.body.join('\n') });
      open = undefined;
    } else open.body.push(line);
  }
  if (open) return { ok: false, reason: 'the code block is not closed (reply truncated?)' };
  const longest = (candidates: { code: string }[]) => candidates.reduce((a, b) => (b.code.length > a.code.length ? b : a));
  const typed = blocks.filter((b) => TS_LANGS.has(b.lang) && b.code.trim() !== '');
  if (typed.length > 0) return done(longest(typed).code);
  const untagged = blocks.filter((b) => b.lang === '' && /\bexport\s+default\b/.test(b.code));
  if (untagged.length > 0) return done(longest(untagged).code);
  if (blocks.length === 0 && /^\s*(import|export|\/\/|\/\*|function|const)\b/.test(reply) && /\bexport\s+default\b/.test(reply)) return done(reply);
  return { ok: false, reason: blocks.length === 0 ? 'no ```ts code block in the reply' : 'no TypeScript code block in the reply' };
}

function done(code: string): ExtractedCode {
  const trimmed = code.replace(/^\s*\n/, '').trimEnd();
  return trimmed === '' ? { ok: false, reason: 'the code block is empty' } : { ok: true, code: `${trimmed}\n` };
}
