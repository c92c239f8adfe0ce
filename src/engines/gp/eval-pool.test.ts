import { describe, expect, it } from 'vitest';
import { PENALTY } from '../../programs/case-errors.js';
import { EvalPool } from './eval-pool.js';
import { toCaseSet } from '../../programs/evaluate-programs.js';

const train = toCaseSet([1, 2, 3].map((n) => ({ inputs: [n], outputs: [n * 2] })), ['int']);
const sources = ['function (n) {\nreturn n + n;\n}', 'function (n) {\nreturn n;\n}', 'function ( {'];

describe('EvalPool', () => {
  it('replaces a worker whose heap passes the bound, answering every batch the same', { timeout: 60_000 }, async () => {
    const pool = new EvalPool({ train, test: train }, 2, [], 1);
    try {
      const all = Int32Array.from([0, 1, 2]);
      const results = await Promise.all(Array.from({ length: 6 }, () => pool.evaluate(sources, 'train', all)));
      for (const errors of results) expect([...errors]).toEqual([0, 0, 0, 1, 2, 3, PENALTY, PENALTY, PENALTY]);
      expect(pool.recycled).toBeGreaterThan(0);
      expect([...(await pool.evaluate(sources.slice(0, 1), 'train', Int32Array.from([2])))]).toEqual([0]);
    } finally {
      await pool.close();
    }
  });
});
