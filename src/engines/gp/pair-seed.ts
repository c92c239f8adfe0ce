import type { ExampleCase } from '../../directive/directive.js';
import type { PrimitiveTable } from './compile-program.js';
import type { Found } from './enumerate-programs.js';
import { exactOnAll } from './exact-check.js';
import type { GpType } from './gp-api.js';
import type { GpContext } from './gp-context.js';
import type { GpNode } from './program-tree.js';
import { call } from './program-tree.js';

/**
 * Bounds of the pair search: the cases a value's key is made from (a float's rounded to `grid`), the expressions one
 * key holds, the pairs kept that fit the enumeration's cases, and the checks of those on every case.
 */
export const PAIR_LIMITS = { keyCases: 4, grid: 0.01, perKey: 4, pairs: 200, checks: 10 };

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
  const k = Math.min(PAIR_LIMITS.keyCases, used.length);
  const keyOf = (values: number[]): string => values.slice(0, k).map((v) => (type === 'int' ? v : Math.round(v / PAIR_LIMITS.grid))).join(',');
  const byKey = new Map<string, Found[]>();
  for (const f of found) {
    const key = keyOf(f.values as number[]);
    const list = byKey.get(key) ?? [];
    if (list.length < PAIR_LIMITS.perKey) byKey.set(key, [...list, f]);
  }
  const fits = (values: number[]): boolean => values.every((v, i) => Math.abs(v - ys[i]) < (type === 'int' ? 1e-9 : 1e-4));
  const pairs: { node: GpNode; size: number }[] = [];
  for (const first of found) {
    const a = first.values as number[];
    for (const split of SPLITS[type]) {
      const wanted = a.map((v, i) => split.other(v, ys[i]));
      if (!wanted.every(Number.isFinite) || (type === 'int' && !wanted.every(Number.isInteger))) continue;
      for (const second of byKey.get(keyOf(wanted)) ?? []) {
        const b = second.values as number[];
        // The pair's own values, computed as the program will: the lookup only narrowed the search.
        const values = a.map((v, i) => apply(split.prim, v, b[i]));
        if (!fits(values)) continue;
        pairs.push({ node: call(split.prim, type, [first.node, second.node]), size: first.size + second.size + 1 });
        if (pairs.length >= PAIR_LIMITS.pairs) break;
      }
      if (pairs.length >= PAIR_LIMITS.pairs) break;
    }
    if (pairs.length >= PAIR_LIMITS.pairs) break;
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
