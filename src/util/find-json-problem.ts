/** How deep arrays and objects may nest in any JSON a user hands Hephaestus (cases need two or three levels). */
export const MAX_JSON_DEPTH = 64;

/** What JSON.parse accepts but Hephaestus refuses, where it is, and why. */
export interface JsonProblem {
  /** Offset in the text. */
  offset: number;
  /** Keys and indexes down to the offending value; absent when the depth cap is passed (the path is the problem). */
  path?: (string | number)[];
  problem: string;
}

interface Frame {
  object: boolean;
  keys: Set<string>;
  /** The key or index of the value being read in this container. */
  at: string | number;
  expectKey: boolean;
}

const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Scans text that JSON.parse has accepted for what JSON.parse hides: a duplicate key (the last one would silently
 * win), a number out of double range (`1e400` would become Infinity, then null on the way back out), and nesting
 * deeper than MAX_JSON_DEPTH. Iterative, so no depth of input can overflow the stack here.
 */
export function findJsonProblem(text: string): JsonProblem | undefined {
  const frames: Frame[] = [];
  const pathOf = (): (string | number)[] => frames.map((frame) => frame.at);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      if (frames.length >= MAX_JSON_DEPTH) return { offset: i, problem: `arrays and objects nest deeper than ${MAX_JSON_DEPTH} levels` };
      frames.push({ object: c === '{', keys: new Set(), at: 0, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      frames.pop();
    } else if (c === ',') {
      const top = frames[frames.length - 1];
      if (top.object) top.expectKey = true;
      else top.at = (top.at as number) + 1;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const top = frames[frames.length - 1];
      if (top?.object && top.expectKey) {
        // Compared decoded: "a" and "\u0061" are the same key.
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectKey = false;
        top.at = key;
        if (top.keys.has(key)) return { offset: i, path: pathOf(), problem: `duplicate key "${key}" (JSON keeps only the last)` };
        top.keys.add(key);
      }
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const literal = NUMBER.exec(text)?.[0] ?? c;
      if (!Number.isFinite(Number(literal))) return { offset: i, path: pathOf(), problem: `number ${literal.slice(0, 40)} is beyond the range of a double` };
      i += literal.length - 1;
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let from = start + 1; ; ) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return text.length - 1;
    let backslash = quote - 1;
    while (text[backslash] === '\\') backslash--;
    // An even run of backslashes escapes itself, not the quote.
    if ((quote - 1 - backslash) % 2 === 0) return quote;
    from = quote + 1;
  }
}
