import { LexicaseSelector, madEpsilons } from '../../selection/lexicase.js';
import type { Individual } from '../../programs/program-tree.js';
import { programSize } from '../../programs/program-tree.js';

/** Lexicase selection over a population's error rows (epsilon-lexicase when asked), with its programs' sizes and total errors. */
export function lexicaseOver(pop: Individual[], rows: Float64Array[], epsilon: boolean): { selector: LexicaseSelector; sizes: number[]; totals: number[] } {
  const n = pop.length;
  const width = rows[0].length;
  const matrix = new Float64Array(n * width);
  rows.forEach((row, i) => matrix.set(row, i * width));
  const sizes = pop.map(programSize);
  const selector = new LexicaseSelector(matrix, n, width, epsilon ? madEpsilons(matrix, n, width) : undefined, sizes);
  return { selector, sizes, totals: rows.map((row) => row.reduce((a, b) => a + b, 0)) };
}
