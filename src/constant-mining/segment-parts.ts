/** One case of a concatenating loop: its input parts in loop order, and the output they were printed into. */
export interface Segmented {
  ins: unknown[];
  out: string;
}

/**
 * What text each input part gives where every output is its parts' texts one after another, with nothing between them
 * (a character doubled, a symbol spelled out, a number written as words): the witness of a concatenation in FlashFill's
 * and λ²'s sense, read off the cases. A case whose parts are all known but one (in any number of copies) tells that
 * part's text by the length left over, and a case that reads exactly as its unknown parts printed as they are tells
 * them so; the cases are read again until none tells more. Returns each part told (the
 * JSON of a part as the key) with its text, in the order they were told, or undefined when a case contradicts what
 * the others tell. Cases left with two unknown parts or more tell nothing else; a program built on these texts must
 * still be checked on every case.
 */
export function segmentParts(cases: Segmented[]): Map<string, { part: unknown; text: string }> | undefined {
  const told = new Map<string, { part: unknown; text: string }>();
  let open = cases.map((c) => ({ ...c, keys: c.ins.map((x) => JSON.stringify(x)) }));
  for (let progress = true; progress && open.length > 0; ) {
    progress = false;
    const still: typeof open = [];
    for (const c of open) {
      const unknown = [...new Set(c.keys.filter((k) => !told.has(k)))];
      if (unknown.length > 1) {
        // Where the case reads exactly as its parts printed as they are, those parts are.
        if (c.keys.map((k, i) => told.get(k)?.text ?? String(c.ins[i])).join('') !== c.out) {
          still.push(c);
          continue;
        }
        c.keys.forEach((k, i) => told.has(k) || told.set(k, { part: c.ins[i], text: String(c.ins[i]) }));
        progress = true;
      }
      if (unknown.length === 1) {
        const u = unknown[0];
        const copies = c.keys.filter((k) => k === u).length;
        const left = c.out.length - c.keys.reduce((n, k) => n + (told.get(k)?.text.length ?? 0), 0);
        if (left < 0 || left % copies !== 0) return undefined;
        const first = c.keys.indexOf(u);
        const at = c.keys.slice(0, first).reduce((n, k) => n + (told.get(k)?.text.length ?? 0), 0);
        told.set(u, { part: c.ins[first], text: c.out.slice(at, at + left / copies) });
        progress = true;
      }
      if (c.keys.map((k) => told.get(k)?.text).join('') !== c.out) return undefined;
    }
    open = still;
  }
  return told;
}
