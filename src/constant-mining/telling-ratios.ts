import type { ExampleCase } from '../directive/directive.js';

/** Bounds: the fewest cases, how well the line must fit (R²), how near a whole number its slope or its inverse must be. */
export const RATIO_LIMITS = { cases: 8, fit: 0.98, near: 0.02, largest: 1_000 };

/**
 * The whole numbers the cases show of each input, one column per reading that every case gives: each integer input,
 * each text's or list's length, and each list's sum where every list holds only integers.
 */
function columns(train: ExampleCase[]): number[][] {
  return train[0].inputs.flatMap((_, j): number[][] => {
    const values = train.map((c) => c.inputs[j]);
    if (values.every((v) => Number.isSafeInteger(v))) return [values as number[]];
    if (values.every((v) => typeof v === 'string')) return [(values as string[]).map((v) => v.length)];
    if (!values.every((v) => Array.isArray(v))) return [];
    const lists = values as unknown[][];
    const lengths = lists.map((v) => v.length);
    const whole = lists.every((v) => v.every((x) => Number.isSafeInteger(x)));
    return whole ? [lists.map((v) => (v as number[]).reduce((a, b) => a + b, 0)), lengths] : [lengths];
  });
}

/**
 * Scales an integer output follows, where the goal names none: for each integer output and each whole number the cases
 * show of an input (see `columns`), the least-squares line through the cases; where it fits (R² of 0.98 or more),
 * the whole number its slope is (×7) or its slope's inverse is (÷3, a quarter of 100 cents in a 25), within 2 %, from
 * 3 to 1,000 (0, 1 and 2 are always leaves). Fuel from masses, `sum(xs.map((x) => idiv(x, 3) - 2))`, follows a third of
 * the masses' sum; quarters in an amount of cents follow a 25th of it. These become preferred literals.
 */
export function tellingRatios(train: ExampleCase[], returns: string[]): number[] {
  if (train.length < RATIO_LIMITS.cases) return [];
  const measured = columns(train);
  const found = new Set<number>();
  returns.forEach((type, o) => {
    if (type !== 'int') return;
    const ys = train.map((c) => c.outputs[o]);
    if (!ys.every((y) => Number.isSafeInteger(y))) return;
    for (const xs of measured) {
      const slope = fittedSlope(xs, ys as number[]);
      if (slope === undefined || slope === 0) continue;
      for (const scale of [Math.abs(slope), 1 / Math.abs(slope)]) {
        const k = Math.round(scale);
        if (k >= 3 && k <= RATIO_LIMITS.largest && Math.abs(scale - k) <= RATIO_LIMITS.near * k) found.add(k);
      }
    }
  });
  return [...found];
}

/** The least-squares slope of y on x, where the line explains RATIO_LIMITS.fit of y's variance or more; else undefined. */
function fittedSlope(xs: number[], ys: number[]): number | undefined {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return undefined;
  return (sxy * sxy) / (sxx * syy) >= RATIO_LIMITS.fit ? sxy / sxx : undefined;
}
