import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { Found } from './enumerate-programs.js';
import { exactOnAll } from './exact-check.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';

/** Bank expressions tried as the feature of a line, smallest first; and the checks of fitted lines on every case. */
export const LINEAR_LIMITS = { features: 3_000, checks: 10 };

/**
 * The value with the fewest decimals (up to ten) that differs from `v` by float noise only: noise relative to `v`, or to
 * `scale`, the size the constant's term takes in the output (a coefficient of 1e-9 on inputs of 1e9 is no noise).
 */
export function tidyConstant(v: number, scale = Math.abs(v)): number {
  for (let d = 0; d <= 10; d++) {
    const r = Number(v.toFixed(d));
    if (Math.abs(r - v) <= 1e-9 * Math.max(Math.abs(v), scale)) return r;
  }
  return v;
}

/** The least-squares line y ≈ a·x + b through the points, or undefined when x does not vary or a value is not finite. */
function fit(xs: number[], ys: number[]): { a: number; b: number } | undefined {
  const n = xs.length;
  if (!xs.every(Number.isFinite)) return undefined;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) ** 2;
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  return sxx === 0 ? undefined : { a: sxy / sxx, b: my - (sxy / sxx) * mx };
}

/**
 * Linear scaling (Keijzer, EuroGP 2003): a numeric output that is `a·f + b` for an enumerated expression `f` and two
 * constants no pool holds (`c * 1.8 + 32`, `m * 60`), found by least squares over the enumeration's cases, the constants
 * tidied to the fewest decimals that fit, checked on every selection case. Integer outputs take integer constants only.
 */
export function linearSeed(ctx: GpContext, table: PrimitiveTable, bank: Map<GpType, Found[]>, used: ExampleCase[], cases: ExampleCase[]): { node?: GpNode; executions: number } {
  const ran = { count: 0 };
  const type = ctx.returns[0];
  const ys = used.map((c) => c.outputs[0]);
  if (ctx.returns.length !== 1 || (type !== 'int' && type !== 'float') || used.length < 3 || !ys.every((y): y is number => Number.isFinite(y))) return { executions: 0 };
  const features = [...(bank.get('int') ?? []), ...(type === 'float' ? (bank.get('float') ?? []) : [])].sort((x, y) => x.size - y.size).slice(0, LINEAR_LIMITS.features);
  let checks = 0;
  for (const f of features) {
    const xs = f.values as number[];
    const chosen = exactLine(xs, ys, type);
    if (!chosen || chosen.a === 0 || (chosen.a === 1 && chosen.b === 0)) continue;
    const node = lineNode(type, f.node, chosen.a, chosen.b);
    if (exactOnAll(ctx, table, node, cases, ran)) return { node, executions: ran.count };
    if (++checks >= LINEAR_LIMITS.checks) break;
  }
  return { executions: ran.count };
}

/**
 * The line through the points within the tolerance, its constants tidied where they still fit (else as fitted), whole
 * numbers for an integer output; undefined when no line fits or x does not vary.
 */
export function exactLine(xs: number[], ys: number[], type: 'int' | 'float'): { a: number; b: number } | undefined {
  const line = fit(xs, ys);
  if (!line) return undefined;
  // The output's size scales the noise in b; a's is that over the feature's size.
  const yScale = Math.max(...ys.map(Math.abs));
  const tidied = { a: tidyConstant(line.a, yScale / Math.max(1e-300, ...xs.map(Math.abs))), b: tidyConstant(line.b, yScale) };
  const fits = ({ a, b }: { a: number; b: number }): boolean =>
    (type !== 'int' || (Number.isInteger(a) && Number.isInteger(b))) && ys.every((y, i) => Math.abs(a * xs[i] + b - y) < (type === 'int' ? 1e-9 : 1e-4));
  return fits(tidied) ? tidied : fits(line) ? line : undefined;
}

/** `a·x + b` as a person writes it (`x * 1.8 + 32`, `x - 7`, a constant where a is 0), the feature made a float if need be. */
export function lineNode(type: 'int' | 'float', feature: GpNode, a: number, b: number): GpNode {
  const constant = (value: number): GpNode => ({ kind: 'const', type, value });
  const call = (prim: string, ...kids: GpNode[]): GpNode => ({ kind: 'call', prim, type, kids });
  if (a === 0) return constant(b);
  const x = feature.type === type ? feature : call('float_of_int', feature);
  const scaled = a === 1 ? x : a === -1 ? call(`neg_${type}`, x) : call(`mul_${type}`, x, constant(a));
  return b === 0 ? scaled : b < 0 ? call(`sub_${type}`, scaled, constant(-b)) : call(`add_${type}`, scaled, constant(b));
}
