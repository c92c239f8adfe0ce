import { describe, expect, it } from 'vitest';
import { createRandom } from '../util/random.js';
import { runParentSelectionContract, selectionPool } from './parent-selection.contract.js';
import { tournamentSelection } from './tournament-selection.js';

runParentSelectionContract(tournamentSelection);

describe('tournamentSelection', () => {
  it('favours higher scores, and injected diversity reaches further down the pool', () => {
    const pool = selectionPool(12);
    const mean = (diverse: boolean): number => {
      let total = 0;
      let n = 0;
      for (let seed = 1; seed <= 200; seed++) {
        const parents = tournamentSelection.select(pool, { count: 2, random: createRandom(seed).next, ancestryWeight: 0, diverse });
        for (const p of parents.slice(1)) {
          total += p.score;
          n += 1;
        }
      }
      return total / n;
    };
    expect(mean(false)).toBeGreaterThan(mean(true));
  });
});
