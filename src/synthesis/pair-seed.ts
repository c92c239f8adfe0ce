import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { Found } from './enumerate-programs.js';
import { exactOnAll } from './exact-check.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call } from '../programs/program-tree.js';
import { ValueIndex } from './value-index.js';

/**
 * Bounds of the pair search: the cases a float's key is made from (each rounded to `grid`; an integer's is every
 * enumeration case), the expressions one key holds, the pairs kept that fit the enumeration's cases, and the checks of
 * the smallest of those on every case.
 */
export const PAIR_LIMITS = { keyCases: 2, grid: 0.01, perKey: 16, pairs: 200, checks: 10 };

const COMMUTES = new Set(['add_int', 'mul_int', 'add_float', 'mul_float']);

/** One way a pair makes the output, `prim(first, second)`: the second's values from the first's and the output's. */
interface Split {
  prim: string;
  other: (first: number, output: number) => number;
}

const SPLITS: Record<'int' | 'float', Split[]> = {
  int: [
    { prim: 'add_int', other: (a, y) => y - a },
    { prim: 'sub_int', other: (a, y) => a - y },
    { prim: 'mul_int', other: (a, y) => y / a },
  ],
  float: [
    { prim: 'add_float', other: (a, y) => y - a },
    { prim: 'sub_float', other: (a, y) => a - y },
    { prim: 'mul_float', other: (a, y) => y / a },
    { prim: 'div_float', other: (a, y) => a / y },
  ],
};

/**
 * Meet in the middle (the bidirectional search of program synthesis): a numeric output that is `e1 op e2` for two
 * enumerated expressions and one arithmetic operation, found by looking up, for each expression, the values its
 * partner must have among the others' values (hashed on a few cases), so a program of twice the enumeration's size
 * is reached without enumerating it: the snow after one hour, `(ground + rate) * (1 - melt)`. Pairs that fit the
 * enumeration's cases are checked on every case, smallest first.
 */
export function pairSeed(ctx: GpContext, table: PrimitiveTable, bank: Map<GpType, Found[]>, used: ExampleCase[], cases: ExampleCase[]): { node?: GpNode; executions: number } {
  const type = ctx.returns[0];
  const ys = used.map((c) => c.outputs[0]);
  if (ctx.returns.length !== 1 || (type !== 'int' && type !== 'float') || used.length < 3 || !ys.every((y): y is number => Number.isFinite(y))) return { executions: 0 };
  const found = (bank.get(type) ?? []).filter((f) => (f.values as unknown[]).every((v) => typeof v === 'number' && Number.isFinite(v)));
  // Integers are keyed on every enumeration case; floats on the first two (value-index.ts).
  const float = type === 'float';
  const index = new ValueIndex(found, used.map((_, c) => c).slice(0, float ? PAIR_LIMITS.keyCases : used.length), float, PAIR_LIMITS.grid, PAIR_LIMITS.perKey);
  const fits = (values: number[]): boolean => values.every((v, i) => Math.abs(v - ys[i]) < (float ? 1e-4 : 1e-9));
  const pairs: { node: GpNode; size: number }[] = [];
  const seen = new Set<string>();
  search: for (const [i, first] of found.entries()) {
    const a = first.values as number[];
    for (const split of SPLITS[type]) {
      const wanted = a.map((v, c) => split.other(v, ys[c]));
      if (!wanted.every(Number.isFinite) || (!float && !wanted.every(Number.isInteger))) continue;
      for (const j of index.lookup(wanted)) {
        // `a + b` and `b + a` are one pair (likewise `*`): the second found is no new program.
        const name = COMMUTES.has(split.prim) ? `${split.prim}:${Math.min(i, j)}:${Math.max(i, j)}` : `${split.prim}:${i}:${j}`;
        const b = found[j].values as number[];
        // The pair's own values, computed as the program will: the lookup only narrowed the search.
        if (seen.has(name) || !fits(a.map((v, c) => apply(split.prim, v, b[c])))) continue;
        seen.add(name);
        pairs.push({ node: call(split.prim, type, [first.node, found[j].node]), size: first.size + found[j].size + 1 });
        if (pairs.length >= PAIR_LIMITS.pairs) break search;
      }
    }
  }
  const ran = { count: 0 };
  for (const pair of pairs.sort((p, q) => p.size - q.size).slice(0, PAIR_LIMITS.checks)) {
    if (exactOnAll(ctx, table, pair.node, cases, ran)) return { node: pair.node, executions: ran.count };
  }
  return { executions: ran.count };
}

/** The operation a split names on two numbers, as the primitives compute it (a division by 0 gives 0, as `fdiv`). */
function apply(prim: string, a: number, b: number): number {
  if (prim.startsWith('add')) return a + b;
  if (prim.startsWith('sub')) return a - b;
  if (prim.startsWith('mul')) return a * b;
  return b === 0 ? 0 : a / b;
}
