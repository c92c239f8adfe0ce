import type { ExampleCase } from '../directive/directive.js';

/** Bounds: the fewest cases, how well the line must fit (R²), how near a whole number its slope or its inverse must be. */
export const RATIO_LIMITS = { cases: 8, fit: 0.98, near: 0.02, largest: 1_000 };

/** The whole numbers a case shows of its inputs: each integer, each integer list's sum, each text's or list's length. */
function measures(c: ExampleCase): number[] {
  return c.inputs.flatMap((v) => {
    if (Number.isSafeInteger(v)) return [v as number];
    if (typeof v === 'string') return [v.length];
    if (!Array.isArray(v)) return [];
    return v.every((x) => Number.isSafeInteger(x)) ? [v.reduce((a: number, b: number) => a + b, 0), v.length] : [v.length];
  });
}

/**
 * Scales an integer output follows, where the goal names none: for each integer output and each whole number a case
 * shows of its inputs (see `measures`), the least-squares line through the cases; where it fits (R² of 0.98 or more),
 * the whole number its slope is (×7) or its slope's inverse is (÷3, a quarter of 100 cents in a 25), within 2 %, from
 * 3 to 1,000 (0, 1 and 2 are always leaves). Fuel from masses, `sum(xs.map((x) => idiv(x, 3) - 2))`, follows a third of
 * the masses' sum; quarters in an amount of cents follow a 25th of it. These become preferred literals.
 */
export function tellingRatios(train: ExampleCase[], returns: string[]): number[] {
  if (train.length < RATIO_LIMITS.cases) return [];
  const rows = train.map(measures);
  const found = new Set<number>();
  returns.forEach((type, o) => {
    if (type !== 'int') return;
    const ys = train.map((c) => c.outputs[o]);
    if (!ys.every((y) => Number.isSafeInteger(y))) return;
    for (let j = 0; j < rows[0].length; j++) {
      if (!rows.every((r) => r.length === rows[0].length)) return;
      const slope = fittedSlope(rows.map((r) => r[j]), ys as number[]);
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
