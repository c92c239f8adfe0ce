import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { exactOnAll } from './exact-check.js';
import type { GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import type { GpNode, Individual } from '../programs/program-tree.js';
import { call, inLoop, literal } from '../programs/program-tree.js';
import { countedSteps } from '../constant-mining/counted-steps.js';
import type { Printed } from '../constant-mining/output-affixes.js';
import { printedOutput } from '../constant-mining/output-affixes.js';
import { slicedOutputs } from '../constant-mining/output-slices.js';
import { tag } from '../primitives/primitive.js';

/**
 * The seed stage itself, passed in (so this file needs nothing from it): the program it finds exact on the cases, with
 * `share` of the share a part is given.
 */
export type Solve = (sub: GpContext, cases: ExampleCase[], share: number) => { node?: GpNode; executions: number };

/** A part of a problem as a problem of its own: the same goal and parameters (or `params`), each case's part as its one output. */
export function partProblem(ctx: GpContext, name: string, type: GpType, train: ExampleCase[], params = ctx.problem.params): GpContext {
  return new GpContext({ ...ctx.problem, name, params, returns: [type], train, test: [], seedPrograms: undefined });
}

/** `prefix + String(part) + suffix`, leaving out an empty fixed text. */
export function printedNode(printed: Printed, part: GpNode): GpNode {
  let node = printed.type === 'string' ? part : call(`str_${printed.type}`, 'string', [part]);
  if (printed.prefix) node = call('cat_string', 'string', [literal('string', printed.prefix), node]);
  if (printed.suffix) node = call('cat_string', 'string', [node, literal('string', printed.suffix)]);
  return node;
}

/**
 * Seeds a problem whose output is a printed result from the part that changes: the part is a problem of its own (the
 * same parameters, each case's part as its output) that `solve` seeds as it seeds any problem, so a count, a sum or
 * a map found for the part is printed between the fixed texts. Returns the printed program when it is exact on every
 * case; `solve` is the seed stage itself, passed in, so this file needs nothing from it.
 */
export function affixSeed(
  ctx: GpContext,
  table: PrimitiveTable,
  cases: ExampleCase[],
  solve: Solve,
): { node?: GpNode; executions: number } {
  // A test suite's cases are its tests' verdicts, not printed outputs.
  if (ctx.returns.length !== 1 || ctx.returns[0] !== 'string' || ctx.problem.tests) return { executions: 0 };
  const printed = printedOutput(cases, ctx.types);
  if (!printed) return { executions: 0 };
  const sub = partProblem(ctx, 'part', printed.type, cases.map((c, i) => ({ inputs: c.inputs, outputs: [printed.parts[i]] })));
  const found = solve(sub, sub.problem.train, 1);
  if (!found.node) return { executions: found.executions };
  const node = printedNode(printed, found.node);
  const ran = { count: 0 };
  const exact = exactOnAll(ctx, table, node, cases, ran);
  return { node: exact ? node : undefined, executions: found.executions + ran.count };
}

const SLICED = ['string', 'int[]', 'float[]', 'string[]'];

/** Bounds a slice stage seeds at most, each with half a part's share: the stage costs what a printed part does. */
const MOST_BOUNDS = 2;

/**
 * Seeds a problem whose output is a slice of a parameter (the middle character or two, what follows an "@"): each
 * bound that varies is a problem of its own (an integer per case, on the cases that tell it) that `solve` seeds, and
 * the parameter is sliced by what it finds: `s.slice(start, end)`, `s.slice(0, end)` or `s.slice(start)`. Returns the
 * first such program exact on every case.
 */
export function sliceSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], solve: Solve): { node?: GpNode; executions: number } {
  const type = ctx.returns[0];
  if (ctx.returns.length !== 1 || !SLICED.includes(type) || ctx.problem.tests) return { executions: 0 };
  let executions = 0;
  // The same bounds (two parameters alike, a prefix read twice) are seeded once.
  const seeded = new Map<string, GpNode | undefined>();
  const bound = (values: (number | undefined)[]): GpNode | undefined => {
    const key = JSON.stringify(values);
    if (seeded.has(key) || seeded.size >= MOST_BOUNDS) return seeded.get(key);
    const sub = partProblem(ctx, 'bound', 'int', cases.flatMap((c, i) => (values[i] === undefined ? [] : [{ inputs: c.inputs, outputs: [values[i]] }])));
    const found = solve(sub, sub.problem.train, 1 / MOST_BOUNDS);
    executions += found.executions;
    seeded.set(key, found.node);
    return found.node;
  };
  const t = type === 'string' ? 'string' : tag(type);
  for (const sliced of slicedOutputs(cases, ctx.params.map((p) => p.type), ctx.returns, SLICED)) {
    const whole: GpNode = { kind: 'var', type, name: ctx.params[sliced.param].name };
    const start = sliced.kind === 'prefix' ? literal('int', 0) : bound(sliced.starts);
    const end = sliced.kind === 'suffix' || !start ? undefined : bound(sliced.ends);
    const node = start && (end ? call(`slice2_${t}`, type, [whole, start, end]) : sliced.kind === 'suffix' ? call(`slice1_${t}`, type, [whole, start]) : undefined);
    if (!node) continue;
    const ran = { count: 0 };
    const exact = exactOnAll(ctx, table, node, cases, ran);
    executions += ran.count;
    if (exact) return { node, executions };
  }
  return { executions };
}

/**
 * Seeds a problem whose output is a step applied a parameter's number of times to another (`countedSteps`: the snow on
 * the ground after some hours): the step is a problem of its own, on the cases that apply it once (the count left out,
 * the start read as the state), that `solve` seeds; what it finds is the body of `loop(n, start, (acc1, i1) => step)`.
 * Returns the first such loop exact on every case.
 */
export function stepSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], solve: Solve): { node?: GpNode; executions: number } {
  const type = ctx.returns[0];
  const loop = `loop_${tag(type)}`;
  if (ctx.returns.length !== 1 || ctx.problem.tests || !ctx.set.all.some((p) => p.name === loop)) return { executions: 0 };
  let executions = 0;
  const readings = countedSteps(cases, ctx.params.map((p) => p.type), ctx.returns);
  for (const { count, start, once } of readings) {
    const sub = partProblem(ctx, 'step', type, once, ctx.problem.params.filter((_, i) => i !== count));
    const found = solve(sub, once, 1 / readings.length);
    executions += found.executions;
    if (!found.node) continue;
    // Inside the loop the start is the state the step is given (`acc1`), and the step's own loops go one level deeper.
    const body = inLoop(found.node, [ctx.params[start].name], [{ kind: 'var', type, name: 'acc1' }]);
    const node = call(loop, type, [{ kind: 'var', type: 'int', name: ctx.params[count].name }, { kind: 'var', type, name: ctx.params[start].name }, body]);
    const ran = { count: 0 };
    const exact = exactOnAll(ctx, table, node, cases, ran);
    executions += ran.count;
    if (exact) return { node, executions };
  }
  return { executions };
}

/**
 * Seeds a problem of several outputs one output at a time: each output is a problem of its own (the same parameters,
 * that output alone) that `solve` seeds with an equal part of a part's share, stopping at the first it finds nothing
 * exact for; where every output is found, the program returning them together is exact on every case, as each part is.
 */
export function outputsSeed(ctx: GpContext, cases: ExampleCase[], solve: Solve): { individual?: Individual; executions: number } {
  if (ctx.returns.length < 2 || ctx.problem.tests) return { executions: 0 };
  let executions = 0;
  const outs: GpNode[] = [];
  for (const [k, type] of ctx.returns.entries()) {
    const sub = partProblem(ctx, `output${k + 1}`, type, cases.map((c) => ({ inputs: c.inputs, outputs: [c.outputs[k]] })));
    const found = solve(sub, sub.problem.train, 1 / ctx.returns.length);
    executions += found.executions;
    if (!found.node) return { executions };
    outs.push(found.node);
  }
  return { individual: { lets: [], outs }, executions };
}
