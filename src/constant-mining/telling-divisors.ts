import type { ExampleCase } from '../directive/directive.js';

/** Bounds: divisors tried, the most outputs a classification has, the information a divisor must give, divisors kept, cases read. */
export const DIVISOR_LIMITS = { largest: 1_000, classes: 8, minBits: 0.15, kept: 3, rows: 4_000 };

function entropy(counts: Iterable<number>, total: number): number {
  let h = 0;
  for (const n of counts) if (n > 0) h -= (n / total) * Math.log2(n / total);
  return h;
}

/**
 * Divisors whose multiples tell the outputs apart (leap years: 4, 100 and 400; FizzBuzz: 3, 5 and 15): when the outputs
 * that recur (in 3 cases and 5 % of them or more; the rest count as one class) fall in a few classes,
 * for each integer input, divisors k from 2 to 1,000 are chosen greedily, each the one whose `n % k === 0` adds most to
 * what the ones before tell about the class (at least 0.15 bits, over the non-zero inputs, which every k divides; each
 * side of its split holding 4 cases or more, so a large k that a few cases happen to share is not taken; of equals, the
 * rounder), and the least common multiple of two of them where its multiples are all one class. Smaller
 * divisors are in the constant pools anyway; these become preferred literals.
 */
export function tellingDivisors(train: ExampleCase[]): number[] {
  const classes = outputClasses(train);
  if (!classes) return [];
  const chosen: number[] = [];
  train[0].inputs.forEach((_, j) => {
    const all = train.map((c, i) => ({ n: c.inputs[j], cls: classes[i] })).filter((r): r is { n: number; cls: string } => Number.isSafeInteger(r.n) && r.n !== 0);
    if (all.length < 8 || all.length < train.length / 2) return;
    // At most DIVISOR_LIMITS.rows of them, spread over the cases: a thousand divisors are tried on each.
    const step = Math.max(1, all.length / DIVISOR_LIMITS.rows);
    const rows = all.length <= DIVISOR_LIMITS.rows ? all : Array.from({ length: DIVISOR_LIMITS.rows }, (_, i) => all[Math.floor(i * step)]);
    const cls = rows.map((r) => r.cls);
    // The partition the divisors chosen so far make, as a key per case.
    let keys = rows.map(() => '');
    let before = 0;
    const gainOf = (k: number): number => {
      const split = rows.map((r) => r.n % k === 0);
      const yes = split.filter(Boolean).length;
      if (yes < 4 || rows.length - yes < 4) return 0;
      return before - conditionalEntropy(cls, keys.map((key, i) => key + (split[i] ? '1' : '0')));
    };
    while (chosen.length < DIVISOR_LIMITS.kept) {
      before = conditionalEntropy(cls, keys);
      let best = { k: 0, bits: DIVISOR_LIMITS.minBits };
      for (let k = 2; k <= DIVISOR_LIMITS.largest; k++) {
        const bits = gainOf(k);
        // Of divisors telling the same, the rounder (100 rather than 25 beside 4): the one a person names.
        const rounder = Math.abs(bits - best.bits) <= 1e-12 && best.k > 0 && roundness(k) > roundness(best.k);
        if (bits > best.bits + 1e-12 || rounder) best = { k, bits };
      }
      if (best.k === 0) break;
      chosen.push(best.k);
      keys = keys.map((key, i) => key + (rows[i].n % best.k === 0 ? '1' : '0'));
    }
    // Both of two divisors at once is their least common multiple: kept where all its multiples are one class
    // (FizzBuzz's 15 beside 3 and 5; 400 beside 100 and 16), so a rule can say it in one condition.
    for (const [i, a] of chosen.entries()) {
      for (const b of chosen.slice(i + 1)) {
        const k = (a * b) / gcd(a, b);
        const held = rows.filter((r) => r.n % k === 0);
        if (k <= DIVISOR_LIMITS.largest && !chosen.includes(k) && held.length >= 2 && held.every((r) => r.cls === held[0].cls)) chosen.push(k);
      }
    }
  });
  return chosen;
}

/**
 * Each case's class: its outputs where they recur (in 3 cases and 5 % of them or more), else "other" (a number printed
 * back, "7"); undefined where fewer than 8 cases, one class or more than DIVISOR_LIMITS.classes.
 */
export function outputClasses(train: ExampleCase[]): string[] | undefined {
  const keys = train.map((c) => JSON.stringify(c.outputs));
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const recurs = Math.max(3, 0.05 * train.length);
  const classes = keys.map((key) => ((counts.get(key) ?? 0) >= recurs ? key : '\u0000other'));
  const distinct = new Set(classes).size;
  return train.length < 8 || distinct > DIVISOR_LIMITS.classes || distinct < 2 ? undefined : classes;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Trailing zeros of a number's decimal digits. */
const roundness = (k: number): number => /0*$/.exec(String(k))?.[0].length ?? 0;

/** The entropy of the classes left once each case's key (its side of every split) is known. */
export function conditionalEntropy(classes: string[], keys: string[]): number {
  const groups = new Map<string, string[]>();
  keys.forEach((key, i) => {
    const members = groups.get(key);
    if (members) members.push(classes[i]);
    else groups.set(key, [classes[i]]);
  });
  let h = 0;
  for (const members of groups.values()) {
    const counts = new Map<string, number>();
    for (const c of members) counts.set(c, (counts.get(c) ?? 0) + 1);
    h += (members.length / classes.length) * entropy(counts.values(), members.length);
  }
  return h;
}
