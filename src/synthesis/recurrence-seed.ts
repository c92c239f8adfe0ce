import type { ExampleCase } from '../directive/directive.js';
import { caseError } from '../programs/case-errors.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { exactOnAll } from './exact-check.js';
import type { GpContext, ScopeVar } from '../programs/gp-context.js';
import { tableFunction } from './candidate-functions.js';
import { LAMBDA_BODY_LIMITS, LambdaBodies } from './lambda-bodies.js';
import { printNode } from '../programs/print-program.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal } from '../programs/program-tree.js';

/**
 * Bounds of the loop search: the sizes of the condition's and the step's bodies, the bodies of each kept, the steps
 * whose next value a condition may bound, the iterations a loop may run on one case before it counts as endless, the loops kept that are right on the
 * enumeration's cases, and those checked on every case (the fewest steps first).
 */
export const RECURRENCE_LIMITS = { doneSize: 3, stepSize: 5, bodies: 400, lookahead: 100, iterations: 200, kept: 20, checks: 5 };

/** The enumeration's executions over this: what the loop search may spend (its bodies, then its loops). */
export const RECURRENCE_SHARE = 10;

/** A loop the search may compose: its primitive, the state's type, two terms or one, and whether it returns the steps taken. */
interface LoopKind {
  prim: string;
  state: 'int' | 'float';
  pair: boolean;
  count: boolean;
}

type Body = (...args: unknown[]) => unknown;

/**
 * Loops until a condition, their condition and step found by enumeration: a two-term recurrence from two parameters
 * (`recurUntil(a, b, (x1, y1) => y1 < 1, (x1, y1) => mod(x1, y1))`, Euclid's algorithm; a primitive only deductions
 * compose) for an integer output, and where the goal asks for such a loop (the cued `until` and `timesUntil`) a state
 * started from a parameter, its value or its steps the output (`timesUntil(h, (x1) => x1 * 0.6 < 1, (x1) => x1 * 0.6)`).
 * The conditions and steps are enumerated as lambda bodies over the state and the parameters, each compiled once, and
 * every pair of them is run on the enumeration's cases, a loop past a few hundred steps counting as wrong; of the loops
 * right there, those taking the fewest steps are checked on every case first (Euclid's remainders before its repeated
 * subtraction, right too but as slow as the quotient).
 */
export function recurrenceSeed(ctx: GpContext, table: PrimitiveTable, used: ExampleCase[], cases: ExampleCase[], budget: number): { node?: GpNode; executions: number } {
  const type = ctx.returns[0];
  if (ctx.returns.length !== 1 || ctx.problem.tests || used.length < 3 || !used.every((c) => typeof c.outputs[0] === 'number')) return { executions: 0 };
  const of = (t: string): number[] => ctx.params.flatMap((p, i) => (p.type === t ? [i] : []));
  const kinds: LoopKind[] = [
    { prim: 'recurUntil_int', state: 'int' as const, pair: true, count: false },
    ...(['int', 'float'] as const).flatMap((state) => [
      { prim: `timesUntil_${state}`, state, pair: false, count: true },
      { prim: `until_${state}`, state, pair: false, count: false },
    ]),
  ].filter((k) => ctx.set.byName.has(k.prim) && ctx.set.get(k.prim).ret === type && of(k.state).length >= (k.pair ? 2 : 1));
  let executions = 0;
  for (const kind of kinds) {
    const found = searchLoops(ctx, table, used, cases, kind, of(kind.state), budget / kinds.length);
    executions += found.executions;
    if (found.node) return { node: found.node, executions };
  }
  return { executions };
}

function searchLoops(ctx: GpContext, table: PrimitiveTable, used: ExampleCase[], cases: ExampleCase[], kind: LoopKind, params: number[], budget: number): { node?: GpNode; executions: number } {
  const { state } = kind;
  const bound: ScopeVar[] = (kind.pair ? ['x1', 'y1'] : ['x1']).map((name) => ({ name, type: state }));
  const c = ctx.constants.preferred;
  const numbers = [...new Set([0, 1, 2, ...c.int, ...(state === 'float' ? c.float : [])])];
  const leaves: GpNode[] = [...ctx.params.map((p): GpNode => ({ kind: 'var', type: p.type, name: p.name })), ...numbers.map((v) => literal(state, v))];
  // Bodies are told apart on a few cases' numbers and on small ones (0, 1, 2, 3, -1, which lambda bodies always sample
  // after the inputs' values): a condition such as `y1 <= 0` holds only where a term reaches 0. A number the goal names
  // is sampled beside its neighbours, so a bound such as `y1 > 1000` is no constant there either.
  const near = numbers.slice(3, 7).map((n) => used[0].inputs.map((v, k) => (params.includes(k) ? n + (k % 2 === 0 ? 1 : -1) : v)));
  const inputs = [...used.slice(0, 4).map((u) => u.inputs), ...near];
  let executions = 0;
  // Bodies by increasing size, those reading every bound term first at each size (LambdaBodies' order).
  const shape = (type: 'boolean' | 'int' | 'float', size: number): GpNode[] => {
    const bodies = new LambdaBodies(ctx, table, type, bound, leaves, inputs);
    // Each shape's enumeration takes at most a quarter of the budget (its candidates run on every environment).
    executions += bodies.grow(size, Math.min(RECURRENCE_LIMITS.bodies * 50, Math.floor(budget / 4 / LAMBDA_BODY_LIMITS.environments)));
    const list: GpNode[] = [];
    for (let n = 1; n <= size; n++) list.push(...bodies.bodies(n));
    return list.slice(0, RECURRENCE_LIMITS.bodies);
  };
  const dones = shape('boolean', RECURRENCE_LIMITS.doneSize);
  const steps = shape(state, RECURRENCE_LIMITS.stepSize);
  const args = [...bound.map((b) => b.name), ...ctx.params.map((p) => p.name)];
  const compile = (body: GpNode): Body | undefined => tableFunction(table, args, printNode(ctx, body, false, new Set()));
  const doneFns = dones.map(compile);
  const stepFns = steps.map(compile);
  // What the loop returns from its start, and the steps taken; none past the iterations or where a body throws.
  const run = (done: Body, step: Body, start: number[], inputs: unknown[]): { value: number; steps: number } | undefined => {
    table.resetSteps(RECURRENCE_LIMITS.iterations * 50);
    let [a, b] = start;
    try {
      let i = 0;
      for (; !(kind.pair ? done(a, b, ...inputs) : done(a, ...inputs)); i++) {
        if (i >= RECURRENCE_LIMITS.iterations) return undefined;
        const next = (kind.pair ? step(a, b, ...inputs) : step(a, ...inputs)) as number;
        if (kind.pair) [a, b] = [b, next];
        else a = next;
      }
      return { value: kind.count ? i : a, steps: i };
    } catch {
      return undefined;
    }
  };
  const starts = kind.pair ? params.flatMap((i) => params.filter((j) => j !== i).map((j) => [i, j])) : params.map((i) => [i]);
  // A single state may also stop where its next value passes a bound (`(x1) => x1 * 0.6 < 1` beside the step
  // `(x1) => x1 * 0.6`: how many bounces still reach 1 m), a condition the lambda bodies' few samples cannot tell from
  // a smaller one (`x1 < 2`).
  const bounds = leaves.filter((l) => l.type === state);
  const lookahead = (step: GpNode, s: number): { node: GpNode; fn?: Body }[] =>
    kind.pair || s >= RECURRENCE_LIMITS.lookahead ? [] : ['lt', 'le', 'gt', 'ge'].flatMap((op) => bounds.map((k) => call(`${op}_${state}`, 'boolean', [step, k]))).map((node) => ({ node, fn: compile(node) }));
  const plain = dones.map((node, d) => ({ node, fn: doneFns[d] }));
  const right: { node: GpNode; steps: number }[] = [];
  const v = (k: number): GpNode => ({ kind: 'var', type: state, name: ctx.params[k].name });
  search: for (const [s, step] of stepFns.entries()) {
    if (!step) continue;
    for (const done of [...plain, ...lookahead(steps[s], s)]) {
      for (const start of starts) {
        if (executions >= budget) break search;
        if (!done.fn) continue;
        let total = 0;
        const fits = used.every((u) => {
          executions++;
          const got = run(done.fn as Body, step, start.map((k) => u.inputs[k] as number), u.inputs);
          total += got?.steps ?? 0;
          return got !== undefined && caseError(ctx.returns[0], got.value, u.outputs[0]) === 0;
        });
        if (!fits) continue;
        right.push({ node: call(kind.prim, ctx.returns[0], [...start.map(v), done.node, steps[s]]), steps: total });
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
