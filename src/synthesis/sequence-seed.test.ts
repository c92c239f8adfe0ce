import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { enumerationSeeds } from './enumeration-seeds.js';
import { elementCases, sequenceSeed } from './sequence-seed.js';
import type { Solve } from './part-seeds.js';
import { Rng } from '../util/rng.js';

function problemOf(goal: string, params: [string, GpType][], returns: GpType, inputs: (rng: Rng) => number[], outputOf: (...xs: number[]) => unknown, seed = 11): GpProblem {
  const rng = new Rng(seed);
  const train: ExampleCase[] = Array.from({ length: 40 }, () => inputs(rng)).map((xs) => ({ inputs: xs, outputs: [outputOf(...xs)] }));
  return { goal, params: params.map(([name, type]) => ({ name, type })), returns: [returns], train, test: [] };
}

/** The first seed's program, run on `inputs` beyond the cases. */
function seeded(p: GpProblem): { run: (...xs: number[]) => unknown; source: string } {
  const ctx = new GpContext(p);
  const { seeds } = enumerationSeeds(ctx, p.train, 5, 150_000);
  const table = buildTable();
  const source = programSource(ctx, seeds[0]);
  const fn = compilePrograms([source], table)[0]!;
  return { run: (...xs) => (table.resetSteps(1e6), fn(...xs)), source };
}

const odds = (count: number, start: number): number[] => Array.from({ length: count }, (_, i) => start + 2 * i);
const squaresBelow = (n: number): string => Array.from({ length: Math.ceil(Math.sqrt(n)) - 1 }, (_, i) => (i + 1) ** 2).join(', ');

describe('sequenceSeed', () => {
  it('finds a list of a given length from its element at a position, and prints one as the outputs do', () => {
    const p = problemOf('The first n odd numbers from start.', [['n', 'int'], ['start', 'int']], 'int[]', (r) => [r.range(0, 12), 2 * r.range(-20, 20) + 1], odds);
    const list = seeded(p);
    for (const [n, start] of [[0, 1], [40, -99], [300, 7]]) expect(list.run(n, start)).toEqual(odds(n, start));
    const printed = seeded({ ...p, returns: ['string'], train: p.train.map((c) => ({ ...c, outputs: [(c.outputs[0] as number[]).join('\n')] })) });
    expect(printed.run(25, 3)).toBe(odds(25, 3).join('\n'));
    expect(printed.source).toContain('range(');
  });

  it('keeps the terms while they keep a condition where the length is no expression it finds', () => {
    const p = problemOf('The squares below n.', [['n', 'int']], 'string', (r) => [r.range(1, 400)], squaresBelow);
    const below = seeded(p);
    for (const n of [1, 2, 17, 1000, 4096, 4097]) expect(below.run(n), `n = ${n}`).toBe(squaresBelow(n));
    // At most n: `x1 < n` and `x1 <= n` are alike on the few cases enumerated on unless one has n a square; the case
    // the first missed joins them and the stage runs again, so the condition is the comparison, not a fitted conditional.
    const atMost = seeded(problemOf('The squares up to n.', [['n', 'int']], 'string', (r) => [r.range(1, 400)], (n) => squaresBelow(n + 1), 2));
    for (const n of [0, 1, 16, 1000, 4096]) expect(atMost.run(n), `n = ${n}`).toBe(squaresBelow(n + 1));
    expect(atMost.source).toMatch(/sequenceWhile\(.*, \(x1\) => (n >= x1|x1 <= n)\)/);
  });

  it('makes element cases of every case: the inputs and a position in, the part there out, the first and last among them', () => {
    const cases: ExampleCase[] = [{ inputs: [5], outputs: [''] }, { inputs: [9], outputs: [''] }];
    const parts = [[10, 20, 30], Array.from({ length: 50 }, (_, i) => i)];
    const made = elementCases(cases, parts);
    expect(made.filter((c) => c.inputs[0] === 5).map((c) => c.inputs[1]).sort()).toEqual([0, 1, 2]);
    const nines = made.filter((c) => c.inputs[0] === 9);
    expect(nines.length).toBe(8);
    expect(nines.every((c) => c.outputs[0] === c.inputs[1])).toBe(true);
    expect(nines.map((c) => c.inputs[1])).toEqual(expect.arrayContaining([0, 49]));
  });

  it('reads the element of a list that lines up with the output at the position, and its count for the length', () => {
    const p = problemOf('Each number times its position.', [['n', 'int']], 'int[]', (r) => [r.range(0, 9)], () => []);
    const lists = p.train.map((c, j) => Array.from({ length: c.inputs[0] as number }, (_, i) => ((i * 7 + j) % 23) - 11));
    const listed: GpProblem = { ...p, params: [{ name: 'xs', type: 'int[]' }], train: lists.map((xs) => ({ inputs: [xs], outputs: [xs.map((x, i) => x * i + 1)] })) };
    const times = seeded(listed);
    expect(times.run([4, -2, 9, 0, 7, 7, 30, -8, 5, 5, 1] as never)).toEqual([4, -2, 9, 0, 7, 7, 30, -8, 5, 5, 1].map((x, i) => x * i + 1));
    expect(times.source).toMatch(/range\(xs\.length\)/);
  });

  it('asks for the length only once an element is found, and is not tried where no output is a sequence', () => {
    const p = problemOf('Odd numbers.', [['n', 'int'], ['start', 'int']], 'int[]', (r) => [r.range(2, 9), r.range(0, 9)], odds);
    const asked: string[] = [];
    const none: Solve = (sub) => (asked.push(sub.problem.name ?? ''), { executions: 5 });
    expect(sequenceSeed(new GpContext(p), buildTable(), p.train, none)).toEqual({ executions: 5 });
    expect(asked).toEqual(['element']);
    const listed = { ...p, returns: ['int' as GpType], train: p.train.map((c) => ({ ...c, outputs: [(c.outputs[0] as number[]).length] })) };
    const never: Solve = () => {
      throw new Error('no sequence to seed');
    };
    expect(sequenceSeed(new GpContext(listed), buildTable(), listed.train, never)).toEqual({ executions: 0 });
  });
});
