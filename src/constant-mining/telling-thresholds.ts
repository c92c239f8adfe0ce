import type { ExampleCase } from '../directive/directive.js';
import { conditionalEntropy, outputClasses } from './telling-divisors.js';

/** Bounds: the information a threshold must give, the fewest cases (and share of them) all of one class on one side, thresholds kept per number. */
export const THRESHOLD_LIMITS = { minBits: 0.15, pure: 4, share: 0.05, kept: 2 };

/** Whether the cases on one side of a split are `least` or more, all of one class, and every case of it (the other side holds none). */
const pure = (side: { cls: string }[], other: { cls: string }[], least: number): boolean =>
  side.length >= least && side.every((r) => r.cls === side[0].cls) && !other.some((r) => r.cls === side[0].cls);

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
    const known = rows.flatMap((r, i) => (r[j] === undefined ? [] : [{ n: r[j] as number, cls: classes[i] }]));
    if (known.length < 8 || known.length < train.length / 2) return;
    const values = [...new Set(known.map((r) => r.n))].sort((a, b) => a - b);
    const pureSide = Math.max(THRESHOLD_LIMITS.pure, THRESHOLD_LIMITS.share * known.length);
    const cls = known.map((r) => r.cls);
    let keys = known.map(() => '');
    for (let kept = 0; kept < THRESHOLD_LIMITS.kept; kept++) {
      const before = conditionalEntropy(cls, keys);
      let best = { at: -1, bits: THRESHOLD_LIMITS.minBits };
      // A split the cases pin down: no wider than a 50th of the values' range (or 1), so its number is read, not guessed.
      const tight = Math.max(1, (values[values.length - 1] - values[0]) / 50);
      for (let v = 0; v + 1 < values.length; v++) {
        if (values[v + 1] - values[v] > tight) continue;
        const below = known.filter((r) => r.n <= values[v]);
        const above = known.filter((r) => r.n > values[v]);
        if (!pure(below, above, pureSide) && !pure(above, below, pureSide)) continue;
        const bits = before - conditionalEntropy(cls, keys.map((key, i) => key + (known[i].n <= values[v] ? '0' : '1')));
        if (bits > best.bits + 1e-12) best = { at: v, bits };
      }
      if (best.at < 0) break;
      const [a, b] = [values[best.at], values[best.at + 1]];
      const k = roundestBetween(a, b);
      // 0, 1, 2 and -1 are leaves of every enumeration already.
      if (k > 2 || k < -1) found.add(k);
      keys = keys.map((key, i) => key + (known[i].n <= a ? '0' : '1'));
    }
  });
  return [...found];
}

/** The roundest whole number from a to b (a person's threshold: 140 between 140 and 141, 100 between 97 and 130), the smaller of equals. */
function roundestBetween(a: number, b: number): number {
  // A power of ten at a time, from the largest that fits: the first of its multiples in [a, b] is the roundest there.
  for (let step = 10 ** Math.floor(Math.log10(Math.max(1, Math.abs(a), Math.abs(b)))); step >= 1; step /= 10) {
    const k = Math.ceil(a / step) * step;
    if (k <= b) return k;
  }
  return a;
}
