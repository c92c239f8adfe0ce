/**
 * PushGP's published down-sampled-lexicase successes out of 100 (GPTP 2025, as listed in ../shared/bench/README.md),
 * for comparison in the results table; problems not listed have no known reference.
 */
export const PUSHGP_DOWNSAMPLED: Readonly<Record<string, number>> = {
  'bouncing-balls': 3,
  bowling: 0,
  'camel-case': 1,
  'cut-vector': 1,
  'dice-game': 3,
  'fizz-buzz': 82,
  'indices-of-substring': 1,
  leaders: 0,
  luhn: 0,
  mastermind: 0,
  'shopping-list': 0,
  'solve-boolean': 6,
  'square-digits': 0,
  'vector-distance': 0,
};
