// Evaluator of the OR bin-packing directive: packs generated instances online (FunSearch's protocol, empty bins folded into one) with the candidate's
// priority function. Self-contained, because the sandbox loads the evaluator module alone.

/** A priority function: one priority per bin the item fits in; the item goes into the first bin of highest priority. */
export type Priority = (item: number, bins: number[]) => number[];

/**
 * Bins used when packing the items online with FunSearch's rule, the empty bins folded into one: the heuristic gets the
 * remaining capacities of the bins that hold items and fit the item, in opening order, then one empty bin standing for
 * all of them (they are alike, and come after every opened bin). For a heuristic that scores each bin by its own
 * capacity (and max or min over the bins) this is exactly FunSearch's protocol, at a fraction of the cost on long instances.
 */
export function packedBins(priority: Priority, capacity: number, items: number[]): number {
  const open: number[] = [];
  for (const item of items) {
    const fits: number[] = [];
    for (let b = 0; b < open.length; b++) if (open[b] >= item) fits.push(b);
    const scores = priority(item, [...fits.map((b) => open[b]), capacity]);
    if (!Array.isArray(scores) || scores.length !== fits.length + 1) throw new Error('priority must return one number per fitting bin');
    let best = 0;
    for (let j = 1; j < scores.length; j++) if (scores[j] > scores[best]) best = j;
    if (best === fits.length) open.push(capacity - item);
    else open[fits[best]] -= item;
  }
  return open.length;
}

/** Bins used under FunSearch's protocol exactly: every empty bin is offered too (the cost grows with the square of the items). */
export function exactBins(priority: Priority, capacity: number, items: number[]): number {
  const bins: number[] = items.map(() => capacity);
  for (const item of items) {
    const fits: number[] = [];
    for (let b = 0; b < bins.length; b++) if (bins[b] >= item) fits.push(b);
    const scores = priority(item, fits.map((b) => bins[b]));
    let best = 0;
    for (let j = 1; j < fits.length; j++) if (scores[j] > scores[best]) best = j;
    bins[fits[best]] -= item;
  }
  return bins.filter((b) => b !== capacity).length;
}

/** The L1 lower bound on the bins an instance needs: its total size over the capacity, rounded up. */
export function l1Bound(capacity: number, items: number[]): number {
  return Math.ceil(items.reduce((a, b) => a + b, 0) / capacity);
}

/** A seeded generator (mulberry32), so every evaluation packs the same instances. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Training instances of the OR-Library u-family: 500 items of uniform integer size 20..100, capacity 150. */
const CAPACITY = 150;
const INSTANCES = Array.from({ length: 12 }, (_, k) => {
  const next = generator(1000 + k);
  return Array.from({ length: 500 }, () => 20 + Math.floor(next() * 81));
});

/** A short instance packed both ways: a heuristic that packs it differently reads the empty bins' number or order. */
const PROBE = INSTANCES[0].slice(0, 300);

/** Score: 1 minus the excess over the L1 bound (mean bins over mean bound), in [0, 1] as the forge expects; each instance's own excess is a case. */
export function evaluate(priority: Priority): { metrics: Record<string, number>; score: number; cases: number[] } {
  // Training packs with the empty bins folded into one, which is exact only for heuristics that do not count them.
  if (packedBins(priority, CAPACITY, PROBE) !== exactBins(priority, CAPACITY, PROBE)) {
    return { metrics: { excessOverL1: 1 }, score: 0, cases: INSTANCES.map(() => -1) };
  }
  const used = INSTANCES.map((items) => packedBins(priority, CAPACITY, items));
  const bounds = INSTANCES.map((items) => l1Bound(CAPACITY, items));
  const excess = (used.reduce((a, b) => a + b, 0) - bounds.reduce((a, b) => a + b, 0)) / bounds.reduce((a, b) => a + b, 0);
  return { metrics: { excessOverL1: excess }, score: Math.max(0, 1 - excess), cases: used.map((u, i) => -(u - bounds[i]) / bounds[i]) };
}
