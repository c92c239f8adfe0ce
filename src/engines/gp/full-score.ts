import { Evaluator } from './evaluator.js';
import type { Individual } from '../../programs/program-tree.js';

/** A program scored on the whole train set and, when it passes all of it, on the test set. */
export interface Scored {
  individual: Individual;
  totalError: number;
  trainPassed: number;
  testPassed: number;
}

/** Test cases a train-perfect program must pass before it is run on the rest of the test set (overfit programs rarely get past them). */
const TEST_SCREEN = 100;

/**
 * Scores programs on the full train set (held-back validation cases included), and those that pass every train case
 * on the test set in `testOrder`: the first cases screen, and only programs passing them all meet the rest.
 */
export async function fullScore(ev: Evaluator, programs: Individual[], testOrder: Int32Array): Promise<Scored[]> {
  const rows = await ev.errors(programs, 'train', ev.all('train'));
  const scored = programs.map((individual, i) => ({
    individual,
    totalError: rows[i].reduce((a, b) => a + b, 0),
    trainPassed: ev.passed(rows[i]),
    testPassed: 0,
  }));
  const perfect = scored.filter((s, i) => Evaluator.perfect(rows[i]));
  const screen = testOrder.subarray(0, Math.min(TEST_SCREEN, testOrder.length));
  const screened = await ev.errors(
    perfect.map((s) => s.individual),
    'test',
    screen,
  );
  perfect.forEach((s, i) => (s.testPassed = ev.passed(screened[i])));
  const rest = testOrder.subarray(screen.length);
  const promising = perfect.filter((s) => s.testPassed === screen.length);
  if (rest.length === 0 || promising.length === 0) return scored;
  const restRows = await ev.errors(
    promising.map((s) => s.individual),
    'test',
    rest,
  );
  promising.forEach((s, i) => (s.testPassed += ev.passed(restRows[i])));
  return scored;
}
