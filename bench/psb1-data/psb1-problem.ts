import type { Rng } from './rng.js';

/** One PSB1 problem's data recipe: random inputs from its README domains and a reference implementation of its spec. */
export interface Psb1Problem {
  name: string;
  /** Draws the inputs of one random case. */
  random(rng: Rng): unknown[];
  /** The reference implementation: the expected outputs for the inputs. */
  solve(inputs: unknown[]): unknown[];
  /** A finite input domain: random cases are then drawn from it without repeats (sum-of-squares, even-squares). */
  pool?: () => unknown[][];
  /** Types the data cannot show (floats that may be whole numbers), written as the problem's `types` file. */
  types?: { inputs: string[]; outputs: string[] };
}
