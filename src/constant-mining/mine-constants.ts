import type { ExampleCase } from '../directive/directive.js';
import { countedCharacters } from './counted-characters.js';
import { goalConstants } from './goal-constants.js';
import { addedPieces, outputAffixes } from './output-affixes.js';
import { tellingDivisors } from './telling-divisors.js';
import { tellingThresholds } from './telling-thresholds.js';
import { tellingRatios } from './telling-ratios.js';

/** A value type as the engines name it (`int`, `float`, `string`, `boolean`, `int[]`, …). */
type GpType = string;

/** Constant pools per scalar type: generic defaults plus literals that recur in the training data. */
export interface ConstantPools {
  int: number[];
  float: number[];
  string: string[];
  /** Literals with direct evidence (named in the goal, or in outputs but never in inputs): drawn more often. */
  preferred: { int: number[]; float: number[]; string: string[] };
  /** Short pieces that recur across the inputs (tokens, two-character sequences such as an operator and its operand). */
  inputParts: string[];
  /** Float literals a bottom-up enumeration also takes as leaves, without reading them first (a scaled sum's divisor). */
  floatLeaves?: number[];
}

interface Sink {
  ints: Map<number, number>;
  strings: Map<string, number>;
  chars: Set<string>;
  /** Two-character sequences, counted once per value they occur in. */
  pairs: Map<string, number>;
  /** Whitespace characters other than the space, counted once per value they occur in. */
  layout: Map<string, number>;
}

const newSink = (): Sink => ({ ints: new Map(), strings: new Map(), chars: new Set(), pairs: new Map(), layout: new Map() });

const BASE_STRINGS = ['', ' ', ',', '.', '-', '_', '\n', 'a', '0', '1'];

function collect(value: unknown, type: GpType | undefined, sink: Sink): void {
  const bump = <K>(m: Map<K, number>, k: K): void => {
    m.set(k, (m.get(k) ?? 0) + 1);
  };
  if (Array.isArray(value)) {
    for (const v of value) collect(v, undefined, sink);
    return;
  }
  if (typeof value === 'number' && Number.isInteger(value) && type !== 'float') bump(sink.ints, value);
  if (typeof value === 'string') {
    bump(sink.strings, value);
    // A value that is one token is counted once: one output word seen once is no recurring literal.
    const tokens = new Set(value.match(/[A-Za-z]+|[0-9]+|[^A-Za-z0-9\s]/g) ?? []);
    tokens.delete(value);
    for (const token of tokens) bump(sink.strings, token);
    for (const ch of value) sink.chars.add(ch);
    const pairs = new Set<string>();
    for (let i = 0; i + 2 <= value.length; i++) pairs.add(value.slice(i, i + 2));
    for (const pair of pairs) bump(sink.pairs, pair);
    for (const ch of new Set(value.match(/[^\S ]/g) ?? [])) bump(sink.layout, ch);
  }
}

/** Characters of the numbers in an input: they reach an output through String(n), so they are not literals to build. */
function numberChars(value: unknown, chars: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) numberChars(v, chars);
  else if (typeof value === 'number') for (const ch of String(value)) chars.add(ch);
}

function frequent<K>(counts: Map<K, number>, minCount: number, limit: number): K[] {
  return [...counts.entries()]
    .filter(([, n]) => n >= minCount)
    .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
    .slice(0, limit)
    .map(([k]) => k);
}

/** Mines constants from the goal text and the train cases: outputs' recurring strings/tokens and integers, characters seen. */
export function mineConstants(train: ExampleCase[], returns: GpType[], goal?: string, names: string[] = []): ConstantPools {
  const outputs = newSink();
  const inputs = newSink();
  for (const c of train) {
    c.outputs.forEach((v, i) => collect(v, returns[i], outputs));
    c.inputs.forEach((v) => {
      collect(v, undefined, inputs);
      numberChars(v, inputs.chars);
    });
  }
  const minCount = Math.max(2, Math.ceil(train.length * 0.03));
  const fromGoal = goalConstants(goal, names);
  // Output text no input contains must be built from a literal: the strongest evidence the data gives.
  // A letter whose other case the inputs hold (title case, camel case) comes from a case change, not from a literal.
  const recased = (ch: string): boolean => inputs.chars.has(ch.toLowerCase()) || inputs.chars.has(ch.toUpperCase());
  const unseen = [...outputs.chars].filter((ch) => !inputs.chars.has(ch)).sort();
  const newChars = unseen.filter((ch) => !recased(ch));
  const caseChanged = unseen.filter(recased);
  // An input's letters and digits run together count as its text too: `helloBigWorld` is built from `hello-big-world`.
  const inputTexts = [...inputs.strings.keys()].flatMap((t) => [t.toLowerCase(), t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')]);
  const newTokens = frequent(outputs.strings, minCount, 12).filter((s) => s.length > 1 && !inputTexts.some((t) => t.includes(s.toLowerCase())));
  // Line breaks and tabs lay printed output out; the tokens above never hold whitespace, so they are mined here.
  const layout = [...outputs.layout.entries()].filter(([, n]) => n >= Math.max(minCount, train.length / 3)).map(([ch]) => ch);
  // The text answered to empty inputs is a fixed answer ("You didn't type anything"), however rarely the cases show it.
  const isEmpty = (v: unknown): boolean => v === '' || v === 0 || (Array.isArray(v) && v.length === 0);
  const emptyAnswers = [...new Set(train
    .filter((c) => c.inputs.length > 0 && c.inputs.every(isEmpty))
    .flatMap((c) => c.outputs.filter((o): o is string => typeof o === 'string' && o.length >= 2)))]
    .slice(0, 3);
  const classes = countedCharacters(train, returns);
  const templates = [...outputAffixes(train, returns), ...addedPieces(train, returns, minCount), ...classes];
  const preferredStrings = [...new Set([...fromGoal.strings, ...templates, ...emptyAnswers, ...newTokens, ...newChars.slice(0, 12), ...layout])];
  const strings = new Set<string>([...BASE_STRINGS, ...preferredStrings, ...frequent(outputs.strings, minCount, 12)]);
  for (const ch of newChars) if (strings.size < 48) strings.add(ch);
  // A few case-changed letters may still be literals ("x" in, "X" out); many are a case change of the input's text.
  if (caseChanged.length <= 3) caseChanged.forEach((ch) => strings.add(ch));
  for (const ch of classes.flatMap((c) => [...c])) strings.add(ch);
  for (const s of frequent(inputs.strings, minCount, 6)) if (s.length <= 3) strings.add(s);
  // Pieces in a third of the cases or more: the syntax of structured inputs ("t|f&t": "|", "|t", "&f"), not random text's.
  const common = Math.max(minCount, Math.ceil(train.length / 3));
  const inputParts = [
    ...frequent(inputs.strings, common, 6).filter((s) => s.length <= 3),
    ...frequent(inputs.pairs, common, 8).filter((s) => s.trim().length === 2),
    // Line breaks and tabs that lay the inputs out (lines of a text): the separators a program splits them by.
    ...frequent(inputs.layout, common, 2),
  ];
  for (const s of inputParts) strings.add(s);
  const ints = new Set<number>([0, 1, 2, 3, 4, 5, 10, -1, 100, 1000]);
  for (const n of frequent(outputs.ints, minCount, 8)) if (Math.abs(n) <= 1e6) ints.add(n);
  for (const n of frequent(inputs.ints, minCount, 6)) if (Math.abs(n) <= 1e6) ints.add(n);
  for (const n of fromGoal.ints) ints.add(n);
  // Divisors whose multiples tell a classification's outputs apart are literals the data points to, as goal numbers are.
  // So are thresholds that tell them apart (more than 140 characters), where the goal names no number,
  const divisors = tellingDivisors(train).filter((k) => !fromGoal.ints.includes(k));
  // And the scales an integer output follows (a third of a sum).
  const told = fromGoal.ints.length > 0 ? [] : [...tellingThresholds(train), ...tellingRatios(train, returns)];
  const thresholds = [...new Set(told)].filter((k) => !divisors.includes(k));
  for (const n of [...divisors, ...thresholds]) ints.add(n);
  const floats = new Set([0, 0.5, 1, 2, 10, 0.1, 100, -1, ...fromGoal.floats]);
  return {
    int: [...ints],
    float: [...floats],
    string: [...strings],
    preferred: { int: [...fromGoal.ints, ...divisors, ...thresholds], float: fromGoal.floats, string: preferredStrings },
    inputParts,
  };
}
