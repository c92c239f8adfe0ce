import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { Found } from './enumerate-programs.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, inLoop, literal } from '../programs/program-tree.js';
import { affineStep, checkSmallest } from './affine-loop-seed.js';

/**
 * Bounds: the factors tried (the bank's smallest float expressions), the most steps a case may count, the steps all
 * trials together may take (charged as executions, a case's worth of steps each), the checks.
 */
export const AFFINE_UNTIL_LIMITS = { factors: 20_000, steps: 1_000, totalSteps: 20_000_000, checks: 10 };

const COMPARISONS = [
  { prim: 'ge_float', holds: (x: number, t: number) => x >= t },
  { prim: 'gt_float', holds: (x: number, t: number) => x > t },
  { prim: 'le_float', holds: (x: number, t: number) => x <= t },
  { prim: 'lt_float', holds: (x: number, t: number) => x < t },
];

/** Steps of `x -> x * a + b` from `x` until `x` compares so with `t` (undefined past `most` or once `x` is no number); `taken` counts them. */
function stepsUntil(x: number, a: number, b: number, holds: (x: number, t: number) => boolean, t: number, most: number, taken: { steps: number }): number | undefined {
  for (let n = 0; n <= most && Number.isFinite(x); n++, x = x * a + b) {
    taken.steps++;
    if (holds(x, t)) return n;
  }
  return undefined;
}

/**
 * How many times a quantity is multiplied by a factor and increased by an amount until it reaches a bound (years until a
 * balance reaches a target, months until a loan is paid off): `timesUntil(start, (x1) => x1 >= bound, (x1) => x1 * a +
 * b)`, the state a float whatever the parameters' type. The start and the bound are parameters (the bound also 0), the
 * amount 0 or a parameter added or taken away, the factor one of the bank's smallest float expressions; each
 * combination is run on the enumeration's cases, and those right there are checked on every case, smallest first.
 * Only where the goal asks for such a loop (the cued `timesUntil`) and the output is a count.
 */
export function affineUntilSeed(ctx: GpContext, table: PrimitiveTable, bank: Map<GpType, Found[]>, used: ExampleCase[], cases: ExampleCase[]): { node?: GpNode; executions: number } {
  const ys = used.map((c) => c.outputs[0]);
  if (ctx.returns[0] !== 'int' || ctx.returns.length !== 1 || ctx.problem.tests || !ctx.set.byName.has('timesUntil_float')) return { executions: 0 };
  if (used.length < 3 || !ys.every((y) => Number.isInteger(y) && (y as number) >= 0 && (y as number) <= AFFINE_UNTIL_LIMITS.steps) || !ys.some((y) => (y as number) > 1)) return { executions: 0 };
  const numeric = ctx.params.flatMap((p, i) => (p.type === 'int' || p.type === 'float' ? [i] : []));
  const asFloat = (i: number): GpNode => {
    const v: GpNode = { kind: 'var', type: ctx.params[i].type, name: ctx.params[i].name };
    return ctx.params[i].type === 'float' ? v : call('float_of_int', 'float', [v]);
  };
  const value = (c: ExampleCase, i: number): number => c.inputs[i] as number;
  const factors = (bank.get('float') ?? [])
    .filter((f) => (f.values as unknown[]).every((v) => typeof v === 'number' && Number.isFinite(v) && v !== 0))
    .sort((p, q) => p.size - q.size)
    .slice(0, AFFINE_UNTIL_LIMITS.factors);
  const amounts: { of: (c: ExampleCase) => number; sign: number; param?: number }[] = [
    { of: () => 0, sign: 0 },
    ...numeric.flatMap((i) => [1, -1].map((sign) => ({ of: (c: ExampleCase) => sign * value(c, i), sign, param: i }))),
  ];
  const found: { node: GpNode; size: number }[] = [];
  const taken = { steps: 0 };
  // The cases counting the fewest steps first: a wrong factor is then found wrong for the fewest steps.
  const byCount = used.map((_, k) => k).sort((p, q) => (ys[p] as number) - (ys[q] as number));
  const finish = (): { node?: GpNode; executions: number } => {
    const checked = checkSmallest(ctx, table, found, cases, AFFINE_UNTIL_LIMITS.checks);
    return { node: checked.node, executions: checked.executions + Math.ceil(taken.steps / used.length) };
  };
  for (const start of numeric) {
    // 0 first (paid off, used up), then each other parameter.
    for (const bound of [-1, ...numeric.filter((i) => i !== start)]) {
      const t = (c: ExampleCase): number => (bound === -1 ? 0 : value(c, bound));
      for (const cmp of COMPARISONS) {
        // Where the start already compares so, no step is taken: the cases counting 0 must be those.
        if (!used.every((c, k) => cmp.holds(value(c, start), t(c)) === (ys[k] === 0))) continue;
        for (const amount of amounts) {
          if (amount.param === start) continue;
          for (const factor of factors) {
            const a = factor.values as number[];
            if (taken.steps > AFFINE_UNTIL_LIMITS.totalSteps) return finish();
            if (!byCount.every((k) => stepsUntil(value(used[k], start), a[k], amount.of(used[k]), cmp.holds, t(used[k]), ys[k] as number, taken) === ys[k])) continue;
            const x: GpNode = { kind: 'var', type: 'float', name: 'x1' };
            const b = amount.param === undefined ? literal('float', 0) : amount.sign > 0 ? asFloat(amount.param) : call('neg_float', 'float', [asFloat(amount.param)]);
            const done = call(cmp.prim, 'boolean', [x, bound === -1 ? literal('float', 0) : asFloat(bound)]);
            const node = call('timesUntil_float', 'int', [asFloat(start), done, affineStep('float', x, inLoop(factor.node, [], []), b)]);
            found.push({ node, size: factor.size });
            if (found.length >= AFFINE_UNTIL_LIMITS.checks * 4) return finish();
            break;
          }
        }
      }
    }
  }
  return finish();
}
