import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal, treeSize } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import { printedBeside } from '../constant-mining/output-affixes.js';
import { conditionalSeed } from './conditional-seed.js';
import { exactOnAll } from './exact-check.js';
import type { Found } from './enumerate-programs.js';
import type { Solve } from './part-seeds.js';
import { affixSeed, partProblem, printedNode } from './part-seeds.js';
import { fieldsSeed } from './fields-seed.js';
import { echoSeed } from './echo-seed.js';

/** An input's emptiness as a condition (`s === ""`, `xs.length === 0`), and whether a value of it is empty; none for other types. */
function emptiness(name: string, type: GpType): { node: GpNode; holds: (v: unknown) => boolean } | undefined {
  const v: GpNode = { kind: 'var', type, name };
  if (type === 'string') return { node: call('eq_string', 'boolean', [v, literal('string', '')]), holds: (x) => x === '' };
  if (!type.endsWith('[]')) return undefined;
  return { node: call('eq_int', 'boolean', [call(`len_${tag(type)}`, 'int', [v]), literal('int', 0)]), holds: (x) => Array.isArray(x) && x.length === 0 };
}

/**
 * Seeds a problem whose outputs mostly print one result between fixed texts and otherwise give a few fixed answers
 * (`printedBeside`: "Your tweet has 12 characters", "Too many characters", "You didn't type anything"): the printed
 * part is seeded from the cases that print it, as a printed result is. A fixed answer given exactly where an input is
 * empty is that input's emptiness's answer, the first rule; a conditional of the printed result and the other answers
 * as its branches (conditional-seed.ts, with `conditions` candidates for its conditions) is unified over the other
 * cases (the first `firstCases` and one of each answer). Returns the program when it is exact on every case.
 */
export function printedBranchesSeed(
  ctx: GpContext,
  table: PrimitiveTable,
  cases: ExampleCase[],
  solve: Solve,
  conditions: number,
  firstCases: number,
): { node?: GpNode; executions: number } {
  if (ctx.returns.length !== 1 || ctx.returns[0] !== 'string' || ctx.problem.tests) return { executions: 0 };
  const beside = printedBeside(cases, ctx.types);
  if (!beside) return { executions: 0 };
  const { printed, at, answers } = beside;
  const sub = partProblem(ctx, 'part', printed.type, at.map((i, k) => ({ inputs: cases[i].inputs, outputs: [printed.parts[k]] })));
  const found = solve(sub, sub.problem.train, 1);
  if (!found.node) return { executions: found.executions };
  const node = printedNode(printed, found.node);
  // The answer to an empty input ("You didn't type anything"), where one answer is given exactly there: conditions
  // enumerated on a few cases would tell those cases apart by chance as often as by emptiness.
  const peeled = ctx.params.flatMap((p, j) => {
    const empty = emptiness(p.name, p.type);
    const where = empty ? cases.filter((c) => empty.holds(c.inputs[j])) : [];
    const answer = where[0]?.outputs[0];
    const exactly = where.length > 0 && cases.every((c) => empty!.holds(c.inputs[j]) === (c.outputs[0] === answer));
    return exactly && answers.includes(answer as string) ? [{ condition: empty!.node, answer: answer as string, j, holds: empty!.holds }] : [];
  })[0];
  const rest = peeled ? cases.filter((c) => !peeled.holds(c.inputs[peeled.j])) : cases;
  const others = answers.filter((a) => a !== peeled?.answer);
  const inner = others.length === 0 ? { node, executions: 0 } : unifiedBranches(ctx, table, node, rest, others, conditions, firstCases);
  if (!inner.node) return { executions: found.executions + inner.executions };
  // A conditional unified over every case is checked on them already.
  if (!peeled) return { node: inner.node, executions: found.executions + inner.executions };
  const whole = call('if_string', 'string', [peeled.condition, literal('string', peeled.answer), inner.node]);
  const ran = { count: 0 };
  const exact = exactOnAll(ctx, table, whole, cases, ran);
  return { node: exact ? whole : undefined, executions: found.executions + inner.executions + ran.count };
}

/** A conditional of the printed result and the fixed answers as its branches, unified over `cases` (see above). */
function unifiedBranches(ctx: GpContext, table: PrimitiveTable, node: GpNode, cases: ExampleCase[], answers: string[], conditions: number, firstCases: number): { node?: GpNode; executions: number } {
  const used = [...cases.slice(0, firstCases)];
  for (const answer of answers) if (!used.some((c) => c.outputs[0] === answer)) used.push(cases.find((c) => c.outputs[0] === answer)!);
  // The conditional runs its branches on its own cases; these values only rank them (the printed one is right where
  // the case prints no fixed answer, and is taken first).
  const branches: Found[] = [
    { node, size: treeSize(node), values: used.map((c) => (answers.includes(c.outputs[0] as string) ? undefined : c.outputs[0])) },
    ...answers.map((answer): Found => ({ node: literal('string', answer), size: 1, values: used.map(() => answer) })),
  ];
  return conditionalSeed(ctx, table, new Map([['string', branches]]), used, cases, conditions);
}

/**
 * The printed seeds in turn, each tried when the one before finds nothing: one result between fixed texts (`affixSeed`),
 * several numbers between them (`fieldsSeed`), one result beside a few fixed answers (`printedBranchesSeed`), an
 * input's text before or after the rest (`echoSeed`).
 */
export function printedSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], solve: Solve, conditions: number, firstCases: number): { node?: GpNode; executions: number } {
  const affixed = affixSeed(ctx, table, cases, solve);
  if (affixed.node) return affixed;
  const fielded = fieldsSeed(ctx, table, cases, solve);
  if (fielded.node) return { node: fielded.node, executions: affixed.executions + fielded.executions };
  const beside = printedBranchesSeed(ctx, table, cases, solve, conditions, firstCases);
  const before = affixed.executions + fielded.executions + beside.executions;
  if (beside.node) return { node: beside.node, executions: before };
  const echoed = echoSeed(ctx, table, cases, solve);
  return { node: echoed.node, executions: before + echoed.executions };
}
