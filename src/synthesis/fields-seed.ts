import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal } from '../programs/program-tree.js';
import type { Fielded } from '../constant-mining/output-fields.js';
import { fieldedOutput } from '../constant-mining/output-fields.js';
import { exactOnAll } from './exact-check.js';
import { fieldSlices } from './field-slices.js';
import type { Solve } from './part-seeds.js';
import { partProblem } from './part-seeds.js';

/** `texts[0] + String(f0) + texts[1] + …`, each number padded with zeros to its field's width where it has one. */
export function fieldedNode(fielded: Fielded, parts: GpNode[]): GpNode {
  return textsBetween(
    fielded,
    parts.map((part, i) => {
      const printed = call('str_int', 'string', [part]);
      const width = fielded.fields[i].width;
      return width ? call('padStart_string', 'string', [printed, literal('int', width), literal('string', '0')]) : printed;
    }),
  );
}

/** `texts[0] + pieces[0] + texts[1] + …`: the fixed texts with a text piece between each two. */
function textsBetween(fielded: Fielded, pieces: GpNode[]): GpNode {
  const all: GpNode[] = [];
  fielded.texts.forEach((text, i) => {
    if (text) all.push(literal('string', text));
    if (i < pieces.length) all.push(pieces[i]);
  });
  return all.reduce((acc, piece) => call('cat_string', 'string', [acc, piece]));
}

/**
 * Seeds a problem whose output prints several numbers between fixed texts ("m:ss" from seconds, "$d.cc" from cents, a
 * date): each number is an integer problem of its own (the same parameters, each case's number as its output) that
 * `solve` seeds with an equal part of a part's share, stopping at the first it finds nothing exact for; the numbers
 * found are printed between the texts, padded as the outputs pad them. Returns the program when it is exact on every case.
 */
export function fieldsSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], solve: Solve): { node?: GpNode; executions: number } {
  if (ctx.returns.length !== 1 || ctx.returns[0] !== 'string' || ctx.problem.tests) return { executions: 0 };
  const fielded = fieldedOutput(cases);
  if (!fielded) return { executions: 0 };
  // The numbers as slices of a text input first (a phone number's groups of digits): no search, leading zeros kept.
  const slices = fieldSlices(ctx, cases, fielded);
  let executions = 0;
  if (slices) {
    const ran = { count: 0 };
    const node = textsBetween(fielded, slices);
    if (exactOnAll(ctx, table, node, cases, ran)) return { node, executions: ran.count };
    executions += ran.count;
  }
  const parts: GpNode[] = [];
  for (const [k, field] of fielded.fields.entries()) {
    const sub = partProblem(ctx, `field${k + 1}`, 'int', cases.map((c, i) => ({ inputs: c.inputs, outputs: [field.values[i]] })));
    const found = solve(sub, sub.problem.train, 1 / fielded.fields.length);
    executions += found.executions;
    if (!found.node) return { executions };
    parts.push(found.node);
  }
  const node = fieldedNode(fielded, parts);
  const ran = { count: 0 };
  const exact = exactOnAll(ctx, table, node, cases, ran);
  return { node: exact ? node : undefined, executions: executions + ran.count };
}
