import { describe, expect, it } from 'vitest';
import { aggregateSeed } from './aggregate-seed.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { Rng } from '../util/rng.js';

const prime = (n: number): boolean => n > 1 && Array.from({ length: n - 2 }, (_, k) => k + 2).every((d) => n % d !== 0);

describe('aggregate counterexamples', () => {
  it('passes over a body whose counterexample has more tuples than a round takes, and goes on to the right one', () => {
    // Whether n is prime, for n from 300 to 960: a body right on the smallest case and wrong on another (hundreds of
    // divisors to try, more than a round takes beside the first) ended the search before; now it is passed over.
    const rng = new Rng(7);
    const ns = Array.from({ length: 60 }, () => rng.range(300, 960));
    const p: GpProblem = { params: [{ name: 'n', type: 'int' }], returns: ['boolean'], train: ns.map((n) => ({ inputs: [n], outputs: [prime(n)] })), test: [] };
    const ctx = new GpContext(p);
    const { node } = aggregateSeed(ctx, buildTable(), p.train, 18_000_000);
    expect(node).toBeDefined();
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node!] })], table)[0]!;
    // Beyond the cases: every n from 0 to 300 and a few past 960.
    for (const n of [...Array.from({ length: 301 }, (_, k) => k), 997, 1001]) {
      table.resetSteps(1e7);
      expect(fn(n), `n = ${n}`).toBe(prime(n));
    }
  });
});
