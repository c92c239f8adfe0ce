/** One case of a concatenating loop: its input parts in loop order, and the output they were printed into. */
export interface Segmented {
  ins: unknown[];
  out: string;
}

/** The most parts read over all the readings of cases (one reading of a case reads each of its parts once). */
export const SEGMENT_WORK = 5_000_000;

/**
 * What text each input part gives where every output is its parts' texts one after another, with nothing between them
 * (a character doubled, a symbol spelled out, a number written as words): the witness of a concatenation in FlashFill's
 * and λ²'s sense, read off the cases. A case whose parts are all known but one (in any number of copies) tells that
 * part's text by the length left over, and a case that reads exactly as its unknown parts printed as they are tells
 * them so; a case is read again only when a part it holds has been told, and reading stops after SEGMENT_WORK parts.
 * Returns each part told (the JSON of a part as the key) with its text, in the order they were told, or undefined when
 * a case contradicts what the others tell. Cases left with two unknown parts or more tell nothing else; a program built
 * on these texts must still be checked on every case.
 */
export function segmentParts(cases: Segmented[]): Map<string, { part: unknown; text: string }> | undefined {
  const told = new Map<string, { part: unknown; text: string }>();
  const keyed = cases.map((c) => ({ ...c, keys: c.ins.map((x) => JSON.stringify(x)) }));
  // The open cases holding each part, read again once it is told.
  const holders = new Map<string, number[]>();
  keyed.forEach((c, i) =>
    new Set(c.keys).forEach((k) => {
      const list = holders.get(k);
      if (list) list.push(i);
      else holders.set(k, [i]);
    }),
  );
  const settled = new Uint8Array(keyed.length);
  const queue = keyed.map((_, i) => keyed.length - 1 - i);
  const tell = (key: string, part: unknown, text: string): void => {
    told.set(key, { part, text });
    queue.push(...(holders.get(key) ?? []));
  };
  let work = 0;
  for (let i = queue.pop(); i !== undefined && work < SEGMENT_WORK; i = queue.pop()) {
    const c = keyed[i];
    if (settled[i]) continue;
    work += c.keys.length;
    const unknown = [...new Set(c.keys.filter((k) => !told.has(k)))];
    if (unknown.length > 1) {
      // Where the case reads exactly as its parts printed as they are, those parts are.
      if (c.keys.map((k, j) => told.get(k)?.text ?? String(c.ins[j])).join('') !== c.out) continue;
      c.keys.forEach((k, j) => told.has(k) || tell(k, c.ins[j], String(c.ins[j])));
    } else if (unknown.length === 1) {
      const u = unknown[0];
      const copies = c.keys.filter((k) => k === u).length;
      const left = c.out.length - c.keys.reduce((n, k) => n + (told.get(k)?.text.length ?? 0), 0);
      if (left < 0 || left % copies !== 0) return undefined;
      const first = c.keys.indexOf(u);
      const at = c.keys.slice(0, first).reduce((n, k) => n + (told.get(k)?.text.length ?? 0), 0);
      tell(u, c.ins[first], c.out.slice(at, at + left / copies));
    }
    if (c.keys.map((k) => told.get(k)?.text).join('') !== c.out) return undefined;
    settled[i] = 1;
  }
  return told;
}
