import type { ExampleCase } from '../../directive/directive.js';
import { caseError } from './case-errors.js';
import type { PrimitiveTable } from './compile-program.js';
import { exactOnAll } from './exact-check.js';
import type { GpContext, ScopeVar } from './gp-context.js';
import { LAMBDA_BODY_LIMITS, LambdaBodies } from './lambda-bodies.js';
import { printNode } from './print-program.js';
import type { GpNode } from './program-tree.js';
import { call, literal } from './program-tree.js';

/**
 * Bounds of the recurrence search: the sizes of the condition's and the step's bodies, the bodies of each kept, the
 * iterations a pair may run on one case before it counts as endless, the pairs kept that are right on the enumeration's
 * cases, and those checked on every case (the fewest steps first).
 */
export const RECURRENCE_LIMITS = { doneSize: 3, stepSize: 5, bodies: 400, iterations: 200, kept: 20, checks: 5 };

/** The enumeration's executions over this: what the recurrence search may spend (its bodies, then its pairs). */
export const RECURRENCE_SHARE = 10;

type Body = (x: number, y: number, ...params: unknown[]) => unknown;

/**
 * A two-term recurrence until a condition on the pair holds, then its first term (`recurUntil`; Euclid's algorithm is
 * `recurUntil(a, b, (x1, y1) => y1 <= 0, (x1, y1) => mod(x1, y1))`): for an integer output from two integer parameters,
 * the condition's and the step's bodies over the pair (and the parameters) are enumerated as lambda bodies, each
 * compiled once, and every condition and step are run from the two parameters in either order on the enumeration's
 * cases, a pair that runs past a few hundred steps counting as wrong; a pair right there is composed and checked on
 * every case. `recurUntil` is a primitive only deductions compose: the search itself never draws it.
 */
export function recurrenceSeed(ctx: GpContext, table: PrimitiveTable, used: ExampleCase[], cases: ExampleCase[], budget: number): { node?: GpNode; executions: number } {
  const ints = ctx.params.flatMap((p, i) => (p.type === 'int' ? [i] : []));
  if (ctx.returns.length !== 1 || ctx.returns[0] !== 'int' || ints.length < 2 || ctx.problem.tests || !ctx.set.byName.has('recurUntil_int') || used.length < 3) return { executions: 0 };
  if (!used.every((c) => Number.isInteger(c.outputs[0]) && ints.every((i) => Number.isInteger(c.inputs[i])))) return { executions: 0 };
  const bound: ScopeVar[] = [
    { name: 'x1', type: 'int' },
    { name: 'y1', type: 'int' },
  ];
  const numbers = [...new Set([0, 1, 2, ...ctx.constants.preferred.int])];
  const leaves: GpNode[] = [...ctx.params.map((p): GpNode => ({ kind: 'var', type: p.type, name: p.name })), ...numbers.map((v) => literal('int', v))];
  // Bodies are told apart on a few cases' numbers and on small ones (0, 1, 2, 3, -1, which lambda bodies always sample
  // after the inputs' values): a condition such as `y1 <= 0` holds only where a term reaches 0. A number the goal names
  // is sampled beside its neighbours, so a bound such as `y1 > 1000` is no constant there either.
  const near = numbers.slice(3, 7).map((n) => used[0].inputs.map((v, k) => (ints.includes(k) ? n + (k % 2 === 0 ? 1 : -1) : v)));
  const inputs = [...used.slice(0, 4).map((c) => c.inputs), ...near];
  let executions = 0;
  // Bodies by increasing size, those reading both terms first at each size (LambdaBodies' order).
  const shape = (type: 'int' | 'boolean', size: number): GpNode[] => {
    const bodies = new LambdaBodies(ctx, table, type, bound, leaves, inputs);
    // Each shape's enumeration takes at most a quarter of the budget (its candidates run on every environment).
    executions += bodies.grow(size, Math.min(RECURRENCE_LIMITS.bodies * 50, Math.floor(budget / 4 / LAMBDA_BODY_LIMITS.environments)));
    const list: GpNode[] = [];
    for (let n = 1; n <= size; n++) list.push(...bodies.bodies(n));
    return list.slice(0, RECURRENCE_LIMITS.bodies);
  };
  const dones = shape('boolean', RECURRENCE_LIMITS.doneSize);
  const steps = shape('int', RECURRENCE_LIMITS.stepSize);
  const compile = (body: GpNode): Body | undefined => {
    const names = Object.keys(table).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
    try {
      const expr = printNode(ctx, body, false, new Set());
      return new Function('P', `"use strict";\nconst { ${names.join(', ')} } = P;\nreturn (x1, y1, ${ctx.params.map((p) => p.name).join(', ')}) => ${expr};`)(table) as Body;
    } catch {
      return undefined;
    }
  };
  const doneFns = dones.map(compile);
  const stepFns = steps.map(compile);
  // The first term once the condition holds, from (a, b), and the steps taken; none past the iterations or on a throw.
  const run = (done: Body, step: Body, a: number, b: number, params: unknown[]): { value: number; steps: number } | undefined => {
    table.resetSteps(RECURRENCE_LIMITS.iterations * 50);
    try {
      let i = 0;
      for (; !done(a, b, ...params); i++) {
        if (i >= RECURRENCE_LIMITS.iterations) return undefined;
        const next = step(a, b, ...params) as number;
        a = b;
        b = next;
      }
      return { value: a, steps: i };
    } catch {
      return undefined;
    }
  };
  const starts = ints.flatMap((i) => ints.filter((j) => j !== i).map((j) => [i, j]));
  // Pairs right on the enumeration's cases, with the steps they took there: of equal programs the faster is taken
  // (Euclid's remainders before its repeated subtraction, which needs as many steps as the quotient).
  const right: { node: GpNode; steps: number }[] = [];
  const v = (k: number): GpNode => ({ kind: 'var', type: 'int', name: ctx.params[k].name });
  search: for (const [i, j] of starts) {
    for (const [d, done] of doneFns.entries()) {
      for (const [s, step] of stepFns.entries()) {
        if (executions >= budget) break search;
        if (!done || !step) continue;
        let total = 0;
        const fits = used.every((c) => {
          executions++;
          const got = run(done, step, c.inputs[i] as number, c.inputs[j] as number, c.inputs);
          total += got?.steps ?? 0;
          return got !== undefined && caseError('int', got.value, c.outputs[0]) === 0;
        });
        if (!fits) continue;
        right.push({ node: call('recurUntil_int', 'int', [v(i), v(j), dones[d], steps[s]]), steps: total });
        if (right.length >= RECURRENCE_LIMITS.kept) break search;
      }
    }
  }
  for (const { node } of right.sort((p, q) => p.steps - q.steps).slice(0, RECURRENCE_LIMITS.checks)) {
    const ran = { count: 0 };
    const exact = exactOnAll(ctx, table, node, cases, ran);
    executions += ran.count;
    if (exact) return { node, executions };
  }
  return { executions };
}
