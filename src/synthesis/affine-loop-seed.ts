import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { Found } from './enumerate-programs.js';
import { exactOrRounded } from './exact-check.js';
import { roundedDecimals, roundTo } from './rounding.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, inLoop, literal } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import { ValueIndex } from './value-index.js';

/**
 * Bounds of the search: the factors tried (the smallest expressions of the bank), the cases a float's key is made of
 * (each rounded to `grid`, looked up in the neighbouring cells too), the increments one key holds, the loops kept that
 * fit the enumeration's cases and the checks of the smallest of those on every case.
 */
export const AFFINE_LIMITS = { factors: 20_000, keyCases: 2, grid: 0.01, perKey: 16, loops: 200, checks: 10 };

/** The state after `n` steps of `s -> s * a + b` from `start`. */
export function affineAfter(start: number, a: number, b: number, n: number): number {
  let s = start;
  for (let k = 0; k < n; k++) s = s * a + b;
  return s;
}

/**
 * The increment `b` that takes `start` to `y` in `n` steps of `s -> s * a + b` (undefined where `n` is 0: any `b`
 * does): the geometric sum solved for `b`, `(y - start·aⁿ)·(1 - a) / (1 - aⁿ)`, or `(y - start) / n` where `a` is 1.
 */
export function affineIncrement(start: number, a: number, y: number, n: number): number | undefined {
  if (n === 0) return undefined;
  if (a === 1) return (y - start) / n;
  const power = a ** n;
  return power === 1 ? undefined : ((y - start * power) * (1 - a)) / (1 - power);
}

/**
 * A quantity updated a parameter's number of times by a factor and an increment, `loop(n, start, (acc1) => acc1 * a
 * + b)`, for expressions `a` and `b` of the bank (the distance a bouncing ball travels, a balance with interest and a
 * deposit each year): for each count parameter, start (0 or a parameter) and factor among the bank's smallest
 * expressions, the increment each case needs is solved from the geometric sum and looked up among the bank's values
 * (as pair-seed.ts looks up a partner), so a loop whose step is twice the enumeration's size is reached without
 * enumerating it. Loops that fit the enumeration's cases are checked on every case, smallest first.
 */
export function affineLoopSeed(ctx: GpContext, table: PrimitiveTable, bank: Map<GpType, Found[]>, used: ExampleCase[], cases: ExampleCase[]): { node?: GpNode; executions: number } {
  const type = ctx.returns[0];
  const ys = used.map((c) => c.outputs[0]);
  const loop = `loop_${tag(type)}`;
  if (ctx.returns.length !== 1 || (type !== 'int' && type !== 'float') || ctx.problem.tests || !ctx.set.all.some((p) => p.name === loop)) return { executions: 0 };
  if (!ys.every((y): y is number => Number.isFinite(y))) return { executions: 0 };
  // The count parameters first (never negative, at most 1,000, above 1 somewhere), so a problem without one costs nothing.
  const float = type === 'float';
  // Float outputs all rounded to a few decimals (cents): a loop is right where its value so rounded is.
  const decimals = float ? roundedDecimals(cases.map((c) => c.outputs[0])) : undefined;
  const near = (v: number, y: number): boolean => (decimals === undefined ? Math.abs(v - y) < (float ? 1e-4 : 1e-9) : Math.abs((roundTo(v, decimals) as number) - y) < 1e-9);
  const counts = ctx.params.flatMap((param, count) => {
    const ns = used.map((c) => c.inputs[count]);
    if (param.type !== 'int' || !ns.every((n): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 1000)) return [];
    // The cases whose increment is known (counted at least once) key the lookup.
    const keyCases = ns.flatMap((n, c) => (n > 0 ? [c] : [])).slice(0, float ? AFFINE_LIMITS.keyCases : used.length);
    return keyCases.length >= 2 && ns.some((n) => n > 1) ? [{ count, param, ns, keyCases }] : [];
  });
  if (counts.length === 0) return { executions: 0 };
  const found = (bank.get(type) ?? []).filter((f) => (f.values as unknown[]).every((v) => typeof v === 'number' && Number.isFinite(v)));
  // The bank comes size by size; sorted only if it does not.
  const ordered = found.every((f, i) => i === 0 || found[i - 1].size <= f.size) ? found : [...found].sort((p, q) => p.size - q.size);
  const factors = ordered.slice(0, AFFINE_LIMITS.factors);
  const loops: { node: GpNode; size: number }[] = [];
  const indices = new Map<string, ValueIndex>();
  for (const { count, param, ns, keyCases } of counts) {
    const key = keyCases.join(',');
    const index = indices.get(key) ?? new ValueIndex(found, keyCases, float, AFFINE_LIMITS.grid, AFFINE_LIMITS.perKey);
    indices.set(key, index);
    // Starts: 0 or a parameter of the output's type (a whole-number parameter as a decimal: a principal in whole dollars).
    const starts: { start: GpNode; param?: number }[] = [{ start: literal(type, 0) }];
    ctx.params.forEach((p, i) => {
      const v: GpNode = { kind: 'var', type: p.type, name: p.name };
      if (i !== count && p.type === type) starts.push({ start: v, param: i });
      else if (i !== count && float && p.type === 'int') starts.push({ start: call('float_of_int', 'float', [v]), param: i });
    });
    for (const { start, param: from } of starts) {
      const s = used.map((c) => (from === undefined ? 0 : (c.inputs[from] as number)));
      // Where nothing is counted, the output is the start.
      if (!ns.every((n, c) => n > 0 || Math.abs(s[c] - ys[c]) < 1e-9)) continue;
      // At most AFFINE_LIMITS.loops per count and start, so one reading that fits loosely leaves room for the others.
      let kept = 0;
      factors: for (const factor of factors) {
        const a = factor.values as number[];
        const wanted = used.map((_, c) => affineIncrement(s[c], a[c], ys[c], ns[c]) ?? 0);
        // A key case no increment tells (a factor of -1 an even number of times) rules the factor out.
        if (!keyCases.every((c) => affineIncrement(s[c], a[c], ys[c], ns[c]) !== undefined && Number.isFinite(wanted[c]) && (float || Number.isInteger(wanted[c])))) continue;
        for (const j of index.lookup(wanted)) {
          const b = found[j].values as number[];
          // The loop's own values, computed step by step as the program will: the lookup only narrowed the search.
          if (!used.every((_, c) => near(affineAfter(s[c], a[c], b[c], ns[c]), ys[c]))) continue;
          const acc: GpNode = { kind: 'var', type, name: 'acc1' };
          const body = affineStep(type, acc, inLoop(factor.node, [], []), inLoop(found[j].node, [], []));
          loops.push({ node: call(loop, type, [{ kind: 'var', type: 'int', name: param.name }, start, body]), size: factor.size + found[j].size });
          if (++kept >= AFFINE_LIMITS.loops) break factors;
        }
      }
    }
  }
  return checkSmallest(ctx, table, loops, cases, AFFINE_LIMITS.checks, decimals);
}

const isConst = (node: GpNode, value: number): boolean => node.kind === 'const' && node.value === value;

/** `acc * a + b` as a person writes it: no `* 1`, no `+ 0`, `- c` for `+ (-c)`. */
export function affineStep(type: GpType, acc: GpNode, a: GpNode, b: GpNode): GpNode {
  const scaled = isConst(a, 1) ? acc : call(`mul_${type}`, type, [acc, a]);
  if (isConst(b, 0)) return scaled;
  return b.kind === 'call' && b.prim === `neg_${type}` ? call(`sub_${type}`, type, [scaled, b.kids[0]]) : call(`add_${type}`, type, [scaled, b]);
}

/** The first of the smallest `checks` programs found that is exact on every case (or is so rounded to `decimals`). */
export function checkSmallest(ctx: GpContext, table: PrimitiveTable, loops: { node: GpNode; size: number }[], cases: ExampleCase[], checks: number, decimals?: number): { node?: GpNode; executions: number } {
  const ran = { count: 0 };
  for (const { node } of loops.sort((p, q) => p.size - q.size).slice(0, checks)) {
    const exact = exactOrRounded(ctx, table, node, cases, decimals, ran);
    if (exact) return { node: exact, executions: ran.count };
  }
  return { executions: ran.count };
}
