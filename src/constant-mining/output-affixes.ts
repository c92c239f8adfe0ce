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
 * outputs all share ("The number of syllables is " before a count, " grade." after a letter), or else those of the
 * largest group that starts (ends) with one word ("Your tweet has " beside "Too many characters"), of two or more
 * characters, when at least half the cases print something and the outputs are not all the same text. A template of
 * several words is then one constant, not a chain of concatenated tokens.
 */
export function outputAffixes(train: ExampleCase[], returns: GpType[]): string[] {
  const found = new Set<string>();
  returns.forEach((type, o) => {
    if (type !== 'string') return;
    const texts = train.map((c) => c.outputs[o]).filter((v): v is string => typeof v === 'string' && v !== '');
    if (texts.length < Math.max(2, train.length / 2) || texts.every((t) => t === texts[0])) return;
    // Beside fixed answers ("Too many characters", "You didn't type anything"), many outputs may still print one result
    // between fixed texts ("Your tweet has 12 characters"): where all the outputs share no affix, the largest group of
    // those that start (end) with the same word shares one, if it is a quarter of the cases.
    const least = Math.max(4, train.length / 4);
    const prefix = commonPrefix(texts);
    found.add(prefix.length >= 2 ? prefix : fixedPrefix(largestGroup(texts, firstWord, least)));
    const suffix = commonSuffix(texts);
    found.add(suffix.length >= 2 ? suffix : fixedSuffix(largestGroup(texts, lastWord, least)));
  });
  return [...found].filter((affix) => affix.length >= 2);
}

const firstWord = (t: string): string => /^\S*/u.exec(t)?.[0] ?? '';
const lastWord = (t: string): string => /\S*$/u.exec(t)?.[0] ?? '';

/**
 * The texts' common prefix short of a digit, a sign or a decimal point (a number's first digit is never taken for fixed
 * text shared by chance) and of half a character outside the Basic Multilingual Plane; `fixedSuffix` likewise.
 */
function fixedPrefix(texts: string[]): string {
  let prefix = commonPrefix(texts);
  while (/(\d|[+-]|\d\.|[\ud800-\udbff])$/.test(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

function fixedSuffix(texts: string[]): string {
  let suffix = commonSuffix(texts);
  while (/^(\d|\.\d|[\udc00-\udfff])/.test(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/**
 * The largest group of texts with the same key that are not all one text (a fixed answer), if it holds `least` texts or
 * more; else none (an empty list's affix is "").
 */
function largestGroup(texts: string[], keyOf: (t: string) => string, least: number): string[] {
  const groups = new Map<string, string[]>();
  for (const t of texts) {
    const group = groups.get(keyOf(t));
    if (group) group.push(t);
    else groups.set(keyOf(t), [t]);
  }
  const varied = [...groups.values()].filter((g) => g.some((t) => t !== g[0]));
  const largest = varied.sort((a, b) => b.length - a.length)[0] ?? [];
  return largest.length >= least ? largest : [''];
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
 * items"), the fixed texts two characters or more together (or one around a number: "25%", "$7"), and what changes between them: integers or decimals as
 * `String` prints them where every case's part is one (and the problem has decimals), else text. The fixed texts end
 * short of a digit, a sign or a decimal point (a full stop after the number stays: "is 3."), so a number's first digit
 * is never taken for a fixed text shared by chance.
 */
export function printedOutput(cases: ExampleCase[], types: GpType[]): Printed | undefined {
  const outs = cases.map((c) => c.outputs[0]);
  if (outs.length < 2 || !outs.every((o): o is string => typeof o === 'string')) return undefined;
  const prefix = fixedPrefix(outs);
  const suffix = fixedSuffix(outs.map((o) => o.slice(prefix.length)));
  if (prefix.length + suffix.length === 0) return undefined;
  const texts = outs.map((o) => o.slice(prefix.length, o.length - suffix.length));
  if (texts.every((t) => t === texts[0])) return undefined;
  const type = printedType(texts, types);
  // One fixed character is a printed number's sign or unit ("25%", "$7"); beside text it is mostly chance.
  if (prefix.length + suffix.length === 1 && type === 'string') return undefined;
  return { prefix, suffix, type, parts: type === 'string' ? texts : texts.map(Number) };
}

/** What texts print: integers or decimals as `String` prints them where every one is (decimals where the problem has them), else text. */
export function printedType(texts: string[], types: GpType[]): Printed['type'] {
  if (texts.every((t) => INT_TEXT.test(t))) return 'int';
  const decimal = texts.every((t) => t !== '' && Number.isFinite(Number(t)) && String(Number(t)) === t);
  return decimal && types.includes('float') ? 'float' : 'string';
}

/** Most fixed answers a printed result is read beside. */
export const MOST_FIXED_ANSWERS = 6;

/**
 * Whether many outputs print one result between fixed texts and the others are a few fixed answers ("Your tweet has
 * 12 characters" beside "Too many characters" and "You didn't type anything"): the texts around the largest group of
 * outputs that start with the same word (end with the same word), the cases that print between them (a quarter or
 * more, four at least, read as `printedOutput` reads them), and the fixed answers of the others (up to MOST_FIXED_ANSWERS).
 * Undefined where every output prints between the same texts (that is `printedOutput`'s) or there is no such group.
 */
export function printedBeside(cases: ExampleCase[], types: GpType[]): { printed: Printed; at: number[]; answers: string[] } | undefined {
  const outs = cases.map((c) => c.outputs[0]);
  if (outs.length < 8 || !outs.every((o): o is string => typeof o === 'string')) return undefined;
  const varying = outs.filter((t) => t !== '');
  const least = Math.max(4, cases.length / 4);
  const prefix = fixedPrefix(largestGroup(varying, firstWord, least));
  const suffix = fixedSuffix(largestGroup(varying, lastWord, least));
  if (prefix.length + suffix.length < 2) return undefined;
  const at = outs.flatMap((o, i) => (o.length >= prefix.length + suffix.length && o.startsWith(prefix) && o.endsWith(suffix) ? [i] : []));
  const printing = new Set(at);
  const answers = [...new Set(outs.filter((_, i) => !printing.has(i)))];
  if (at.length < least || answers.length === 0 || answers.length > MOST_FIXED_ANSWERS) return undefined;
  const printed = printedOutput(at.map((i) => cases[i]), types);
  return printed && printed.prefix.startsWith(prefix) && printed.suffix.endsWith(suffix) ? { printed, at, answers } : undefined;
}
