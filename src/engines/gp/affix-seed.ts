import type { ExampleCase } from '../../directive/directive.js';
import type { PrimitiveTable } from './compile-program.js';
import { exactOnAll } from './exact-check.js';
import { GpContext } from './gp-context.js';
import type { GpNode } from './program-tree.js';
import { call, literal } from './program-tree.js';
import type { Printed } from '../../constant-mining/output-affixes.js';
import { printedOutput } from '../../constant-mining/output-affixes.js';

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
  solve: (sub: GpContext, cases: ExampleCase[]) => { node?: GpNode; executions: number },
): { node?: GpNode; executions: number } {
  // A test suite's cases are its tests' verdicts, not printed outputs.
  if (ctx.returns.length !== 1 || ctx.returns[0] !== 'string' || ctx.problem.tests) return { executions: 0 };
  const printed = printedOutput(cases, ctx.types);
  if (!printed) return { executions: 0 };
  const train = cases.map((c, i) => ({ inputs: c.inputs, outputs: [printed.parts[i]] }));
  const sub = new GpContext({ ...ctx.problem, name: 'part', returns: [printed.type], train, test: [], seedPrograms: undefined });
  const subCases = sub.problem.train;
  const found = solve(sub, subCases);
  if (!found.node) return { executions: found.executions };
  const node = printedNode(printed, found.node);
  const ran = { count: 0 };
  const exact = exactOnAll(ctx, table, node, cases, ran);
  return { node: exact ? node : undefined, executions: found.executions + ran.count };
}
