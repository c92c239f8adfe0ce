import type { ExampleCase } from '../directive/directive.js';

/** A value type as the engines name it (`int`, `float`, `string`, `boolean`, `int[]`, …). */
type GpType = string;

function commonPrefix(texts: string[]): string {
  let prefix = texts[0];
  for (const t of texts) while (!t.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function commonSuffix(texts: string[]): string {
  let suffix = texts[0];
  for (const t of texts) while (!t.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/**
 * The fixed text around a printed result: for each string output, the prefix and the suffix its non-empty train
 * outputs all share ("The number of syllables is " before a count, " grade." after a letter), of two or more
 * characters, when at least half the cases print something and the outputs are not all the same text. A template
 * of several words is then one constant, not a chain of concatenated tokens.
 */
export function outputAffixes(train: ExampleCase[], returns: GpType[]): string[] {
  const found = new Set<string>();
  returns.forEach((type, o) => {
    if (type !== 'string') return;
    const texts = train.map((c) => c.outputs[o]).filter((v): v is string => typeof v === 'string' && v !== '');
    if (texts.length < Math.max(2, train.length / 2) || texts.every((t) => t === texts[0])) return;
    for (const affix of [commonPrefix(texts), commonSuffix(texts)]) if (affix.length >= 2) found.add(affix);
  });
  return [...found];
}

/** An input's text as an output would hold it: strings as they are, numbers as String(n) prints them. */
const asText = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

/**
 * The text an output adds around an input it holds ("00042" around 42, "[abc]" around "abc", "abc!!!" after "abc"):
 * the pieces before and after the input's text (of two characters or more, so a letter is not found by chance). A
 * piece of one repeated character is that character (a fill: "000", "00" and "0" are all padding with "0"). Pieces
 * added in at least `minCount` cases, most frequent first.
 */
export function addedPieces(train: ExampleCase[], returns: GpType[], minCount: number, limit = 4): string[] {
  const counts = new Map<string, number>();
  for (const c of train) {
    const seen = new Set<string>();
    returns.forEach((type, o) => {
      const out = c.outputs[o];
      if (type !== 'string' || typeof out !== 'string') return;
      for (const input of c.inputs) {
        const text = asText(input);
        const at = text === undefined || text.length < 2 ? -1 : out.indexOf(text);
        if (at < 0 || text === undefined || out.length === text.length) continue;
        for (const piece of [out.slice(0, at), out.slice(at + text.length)]) {
          if (piece !== '') seen.add(/^(.)\1*$/su.test(piece) ? [...piece][0] : piece);
        }
      }
    });
    for (const piece of seen) counts.set(piece, (counts.get(piece) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([piece]) => piece);
}

/** A text output printed between fixed texts: the part that changes, its type, and the texts around it. */
export interface Printed {
  prefix: string;
  suffix: string;
  type: 'int' | 'float' | 'string';
  /** Each case's changing part, as a value of `type`. */
  parts: unknown[];
}

/** An integer as `String` prints it ("42", "-7"; not "007", "+3" or "1e21"). */
const INT_TEXT = /^(0|-?[1-9]\d{0,14})$/;

/**
 * Whether every output is one text printed between the same fixed texts ("The number of syllables is 3", "Total: 42
 * items"), the fixed texts two characters or more together, and what changes between them: integers or decimals as
 * `String` prints them where every case's part is one (and the problem has decimals), else text. The fixed texts end
 * short of a digit, a sign or a decimal point (a full stop after the number stays: "is 3."), so a number's first digit
 * is never taken for a fixed text shared by chance.
 */
export function printedOutput(cases: ExampleCase[], types: GpType[]): Printed | undefined {
  const outs = cases.map((c) => c.outputs[0]);
  if (outs.length < 2 || !outs.every((o): o is string => typeof o === 'string')) return undefined;
  let prefix = commonPrefix(outs);
  // Short of a digit, a sign or a decimal point, and of half a character outside the Basic Multilingual Plane.
  while (/(\d|[+-]|\d\.|[\ud800-\udbff])$/.test(prefix)) prefix = prefix.slice(0, -1);
  let suffix = commonSuffix(outs.map((o) => o.slice(prefix.length)));
  while (/^(\d|\.\d|[\udc00-\udfff])/.test(suffix)) suffix = suffix.slice(1);
  if (prefix.length + suffix.length < 2) return undefined;
  const texts = outs.map((o) => o.slice(prefix.length, o.length - suffix.length));
  if (texts.every((t) => t === texts[0])) return undefined;
  if (texts.every((t) => INT_TEXT.test(t))) return { prefix, suffix, type: 'int', parts: texts.map(Number) };
  const decimal = texts.every((t) => t !== '' && Number.isFinite(Number(t)) && String(Number(t)) === t);
  if (decimal && types.includes('float')) return { prefix, suffix, type: 'float', parts: texts.map(Number) };
  return { prefix, suffix, type: 'string', parts: texts };
}
