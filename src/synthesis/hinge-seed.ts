import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { exactOnAll } from './exact-check.js';
import type { GpContext } from '../programs/gp-context.js';
import { exactLine, lineNode, tidyConstant } from './linear-seed.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal } from '../programs/program-tree.js';

/** Cases on each side of a threshold at least this many (two points fit any line), and the composed programs checked. */
export const HINGE_LIMITS = { leastSide: 3, checks: 10 };

/**
 * Two lines split at a threshold on a numeric parameter (a tiered price: 12 cents a kWh up to 500, 15 above, plus a
 * fixed charge): for each place the cases sorted by the parameter can be split, a line is fitted exactly to each side
 * (exactLine, either side may be flat); the threshold is where the two lines meet when that lies between the sides (a
 * price that does not jump), else a number the goal names at either side's end, else none: a threshold guessed inside
 * a gap of the data would be wrong on the cases that fall in it. `p <= t ? a1·p + b1 : a2·p + b2` is checked on every case.
 */
export function hingeSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[]): { node?: GpNode; executions: number } {
  const type = ctx.returns[0];
  const ran = { count: 0 };
  if (ctx.returns.length !== 1 || (type !== 'int' && type !== 'float') || ctx.problem.tests) return { executions: 0 };
  const named = [...ctx.constants.preferred.int, ...ctx.constants.preferred.float];
  const checks = { left: HINGE_LIMITS.checks };
  const numeric = ctx.params.flatMap((param, p) => (param.type === 'int' || param.type === 'float' ? [{ p, x: { kind: 'var', type: param.type, name: param.name } as GpNode }] : []));
  const ys = cases.map((c) => c.outputs[0]);
  if (!ys.every((y): y is number => typeof y === 'number' && Number.isFinite(y))) return { executions: 0 };
  for (const { p, x } of numeric) {
    const xs = cases.map((c) => c.inputs[p] as number);
    if (!xs.every(Number.isFinite)) continue;
    // The output itself; or, for a float output, the output over another parameter that scales it (a week's pay
    // is the rate times the hours counted with overtime), the hinge then multiplied by it.
    const scales = [undefined, ...(type === 'float' ? numeric.filter((q) => q.p !== p) : [])];
    for (const scaled of scales) {
      const by = scaled && cases.map((c) => c.inputs[scaled.p] as number);
      if (by && !by.every((v) => Number.isFinite(v) && v !== 0)) continue;
      const scale = scaled?.x;
      const inner = hingeOver(xs, by ? ys.map((y, i) => y / by[i]) : ys, type, x, named);
      for (const hinged of inner) {
        const node = scale ? call('mul_float', 'float', [scale.type === 'float' ? scale : call('float_of_int', 'float', [scale]), hinged]) : hinged;
        if (exactOnAll(ctx, table, node, cases, ran)) return { node, executions: ran.count };
        if (--checks.left <= 0) return { executions: ran.count };
      }
    }
  }
  return { executions: ran.count };
}

/** The hinges of `ys` over the parameter `x` takes the values `xs` of, in split order (lazily: the caller checks each). */
function* hingeOver(unsorted: number[], targets: number[], type: 'int' | 'float', x: GpNode, named: number[]): Generator<GpNode> {
  // An integer output is a line in an integer parameter only (whole constants, no conversion).
  if (type === 'int' && x.type === 'float') return;
  const order = unsorted.map((_, i) => i).sort((i, j) => unsorted[i] - unsorted[j]);
  const xs = order.map((i) => unsorted[i]);
  const ys = order.map((i) => targets[i]);
  const { leastSide } = HINGE_LIMITS;
  // The splits where both sides fit a line lie between the longest prefix and the longest suffix that do: a line that
  // fits some cases fits fewer of them, so each is found by bisection, not by fitting every split (10,000 cases).
  const fits = (from: number, to: number): Line | undefined => exactLine(xs.slice(from, to), ys.slice(from, to), type);
  const longest = (ok: (n: number) => boolean): number => {
    let [good, bad] = [leastSide - 1, xs.length + 1];
    while (bad - good > 1) {
      const mid = (good + bad) >> 1;
      if (ok(mid)) good = mid;
      else bad = mid;
    }
    return good;
  };
  // Fewer cases than `leastSide`, or all at one value, fit no line of their own: counted as fitting, they set no bound.
  const flatOrFits = (from: number, to: number): boolean => xs[from] === xs[to - 1] || fits(from, to) !== undefined;
  const prefix = longest((n) => flatOrFits(0, n));
  const suffix = longest((n) => flatOrFits(xs.length - n, xs.length));
  const lastSplit = Math.min(prefix, xs.length - leastSide);
  for (let k = Math.max(leastSide, xs.length - suffix), tried = 0; k <= lastSplit && tried < HINGE_LIMITS.checks; k++) {
    if (xs[k - 1] === xs[k]) continue;
    const left = fits(0, k);
    const right = left && fits(k, xs.length);
    if (!left || !right || (left.a === right.a && left.b === right.b)) continue;
    tried++;
    const found = threshold(left, right, xs[k - 1], xs[k], named);
    if (!found) continue;
    // An integer parameter is compared with a whole number (p <= 500 for lines meeting at 500.5).
    const t = x.type === 'int' && found.le ? Math.floor(found.t) : found.t;
    const test = call(`${found.le ? 'le' : 'lt'}_${x.type}`, 'boolean', [x, literal(x.type, t)]);
    yield call(`if_${type}`, type, [test, lineNode(type, x, left.a, left.b), lineNode(type, x, right.a, right.b)]);
  }
}

type Line = { a: number; b: number };

/**
 * The threshold between a side ending at `lo` and one starting at `hi`: where the lines meet, tidied, when that lies
 * in [lo, hi] (both lines give the same there, so `p <= t`); else a number the goal names that is `lo` (`p <= lo`) or
 * `hi` (`p < hi`). A named number strictly between is no threshold: which side it belongs to, no case tells; and
 * where one lies there apart from the meeting point, the price may jump at it instead, so none is taken.
 */
function threshold(left: Line, right: Line, lo: number, hi: number, named: number[]): { t: number; le: boolean } | undefined {
  const meet = left.a === right.a ? undefined : tidyConstant((right.b - left.b) / (left.a - right.a), Math.max(Math.abs(lo), Math.abs(hi)));
  if (named.some((n) => n > lo && n < hi && n !== meet)) return undefined;
  if (meet !== undefined && meet >= lo && meet <= hi) return { t: meet, le: true };
  if (named.includes(lo)) return { t: lo, le: true };
  return named.includes(hi) ? { t: hi, le: false } : undefined;
}
