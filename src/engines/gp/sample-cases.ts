import type { Rng } from '../../util/rng.js';

/** Share of the train cases each generation is evaluated on under down-sampled lexicase. */
export const DOWNSAMPLE_RATE = 0.25;

/** The cases of one generation, drawn from those selection may see (the validation cases are held back). */
export function sampleCases(rng: Rng, selection: Int32Array, downsample: boolean): Int32Array {
  if (!downsample) return selection;
  const n = selection.length;
  const k = Math.min(n, Math.max(10, Math.round(n * DOWNSAMPLE_RATE)));
  return Int32Array.from(rng.shuffled([...selection]).slice(0, k)).sort();
}
