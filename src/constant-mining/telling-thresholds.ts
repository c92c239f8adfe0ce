import type { ExampleCase } from '../directive/directive.js';
import { outputClasses } from './telling-divisors.js';

/** Bounds: the information a threshold must give, the fewest cases (and share of them) all of one class on one side, thresholds kept per number. */
export const THRESHOLD_LIMITS = { minBits: 0.15, pure: 4, share: 0.05, kept: 2 };


/** The whole numbers a case shows of its inputs: each integer, and each text's or list's length. */
function measures(c: ExampleCase): (number | undefined)[] {
  return c.inputs.map((v) => (Number.isSafeInteger(v) ? (v as number) : typeof v === 'string' || Array.isArray(v) ? v.length : undefined));
}

/**
 * Thresholds that tell the outputs apart (a tweet of more than 140 characters, an age of 18 or more), where the goal
 * does not name them: when the outputs that recur fall in a few classes (as `tellingDivisors` reads them), for each
 * integer input and each text's or list's length, the splits `n > a` between two neighbouring values the cases show are
 * chosen greedily, each the one that adds most to what the ones before tell about the class (at least 0.15 bits, the
 * cases on one side all of one class and all of that class, four and 5 % of them or more: a threshold a person sets
 * gives one side its own answer, where a length that goes with an answer by chance, short lists that hold no pair
 * among lists that may, rarely does; the two values no further apart than a 50th
 * of the values' range, or 1, so the number is read off the cases, not guessed in a gap), up to two per number. A split's number is its lower side's largest value or its upper
 * side's smallest (`n > 140` or `n >= 141`), the rounder of the two; where the cases leave a gap, the roundest number
 * in it that splits them so. These become preferred literals, as the divisors do.
 */
export function tellingThresholds(train: ExampleCase[]): number[] {
  const classes = outputClasses(train);
  if (!classes) return [];
  const found = new Set<number>();
  const rows = train.map(measures);
  train[0].inputs.forEach((_, j) => {
    const known = rows.flatMap((r, i) => (r[j] === undefined ? [] : [{ n: r[j] as number, cls: classes[i] }])).sort((a, b) => a.n - b.n);
    if (known.length < 8 || known.length < train.length / 2) return;
    const pureSide = Math.max(THRESHOLD_LIMITS.pure, THRESHOLD_LIMITS.share * known.length);
    // A split the cases pin down: no wider than a 50th of the values' range (or 1), so its number is read, not guessed.
    const tight = Math.max(1, (known[known.length - 1].n - known[0].n) / 50);
    let keys = known.map(() => '');
    for (let kept = 0; kept < THRESHOLD_LIMITS.kept; kept++) {
      const best = bestSplit(known, keys, pureSide, tight);
      if (!best) break;
      const k = roundestBetween(best.a, best.b);
      // 0, 1, 2 and -1 are leaves of every enumeration already.
      if (k > 2 || k < -1) found.add(k);
      keys = keys.map((key, i) => key + (known[i].n <= best.a ? '0' : '1'));
    }
  });
  return [...found];
}

/**
 * The split of the cases (sorted by `n`) between two neighbouring values that adds most to what `keys` (the splits
 * before) tell about the class, at least THRESHOLD_LIMITS.minBits, one side pure; one sweep upward with running counts
 * per key and class, so a search costs the sort and a few counts per value, not a pass over the cases per value.
 */
function bestSplit(known: { n: number; cls: string }[], keys: string[], pureSide: number, tight: number): { a: number; b: number } | undefined {
  const total = new Map<string, number>();
  const classTotal = new Map<string, number>();
  known.forEach((r, i) => {
    total.set(`${keys[i]}\u0000${r.cls}`, (total.get(`${keys[i]}\u0000${r.cls}`) ?? 0) + 1);
    classTotal.set(r.cls, (classTotal.get(r.cls) ?? 0) + 1);
  });
  const before = groupEntropy([total], known.length);
  const below = new Map<string, number>();
  const belowClass = new Map<string, number>();
  let best: { a: number; b: number; bits: number } | undefined;
  for (let i = 0; i + 1 < known.length; i++) {
    const key = `${keys[i]}\u0000${known[i].cls}`;
    below.set(key, (below.get(key) ?? 0) + 1);
    belowClass.set(known[i].cls, (belowClass.get(known[i].cls) ?? 0) + 1);
    const [a, b] = [known[i].n, known[i + 1].n];
    if (a === b || b - a > tight) continue;
    // One side all of one class, and all of that class: below, or above.
    const lowPure = belowClass.size === 1 && i + 1 >= pureSide && belowClass.get(known[i].cls) === classTotal.get(known[i].cls);
    const aboveClasses = [...classTotal].filter(([c, n]) => n > (belowClass.get(c) ?? 0));
    const highPure = aboveClasses.length === 1 && known.length - i - 1 >= pureSide && !belowClass.has(aboveClasses[0][0]);
    if (!lowPure && !highPure) continue;
    const above = new Map([...total].map(([k, n]) => [k, n - (below.get(k) ?? 0)]));
    const bits = before - groupEntropy([below, above], known.length);
    if (bits > (best?.bits ?? THRESHOLD_LIMITS.minBits) + 1e-12) best = { a, b, bits };
  }
  return best;
}

/** The entropy of the classes within groups, given per group the counts by `key\u0000class`, weighted by group size. */
function groupEntropy(sides: Map<string, number>[], n: number): number {
  let h = 0;
  for (const side of sides) {
    const groups = new Map<string, number[]>();
    for (const [k, count] of side) {
      if (count === 0) continue;
      const key = k.slice(0, k.indexOf('\u0000'));
      const list = groups.get(key);
      if (list) list.push(count);
      else groups.set(key, [count]);
    }
    for (const counts of groups.values()) {
      const size = counts.reduce((x, y) => x + y, 0);
      for (const c of counts) h -= (size / n) * (c / size) * Math.log2(c / size);
    }
  }
  return h;
}

/** The roundest whole number from a to b (a person's threshold: 140 between 140 and 141, 100 between 97 and 130), the smaller of equals. */
function roundestBetween(a: number, b: number): number {
  if (a <= 0 && b >= 0) return 0;
  // A power of ten at a time, from the largest that fits: the first of its multiples in [a, b] is the roundest there.
  for (let step = 10 ** Math.floor(Math.log10(Math.max(1, Math.abs(a), Math.abs(b)))); step >= 1; step /= 10) {
    const k = Math.ceil(a / step) * step;
    if (k <= b) return k;
  }
  return a;
}
