import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, inLoop, literal } from '../programs/program-tree.js';
import type { SequenceReading } from '../constant-mining/sequence-outputs.js';
import { sequenceReadings } from '../constant-mining/sequence-outputs.js';
import { Rng } from '../util/rng.js';
import { exactOnAll, nodeValues } from './exact-check.js';
import { tag } from '../primitives/primitive.js';
import type { Solve } from './part-seeds.js';
import { partProblem } from './part-seeds.js';

/**
 * Bounds: each case gives `elementCases` / cases positions (at least two, at most `perCase`: its first, its last and
 * some between), so 30 cases or more give about `elementCases` element cases; `order` seeds the fixed shuffle that
 * puts positions of several cases among the few the enumeration runs on.
 */
export const SEQUENCE = { elementCases: 240, perCase: 8, order: 7 };

/** Up to `n` positions of a sequence of `length`, its first and last among them, spread between. */
function positions(length: number, n: number): number[] {
  if (length <= n) return Array.from({ length }, (_, i) => i);
  return [...new Set(Array.from({ length: n }, (_, k) => Math.round((k * (length - 1)) / (n - 1))))];
}

/** Each case's parts as cases of their own: the inputs and a position (and a lined-up list's element there) in, the part there out. */
export function elementCases(cases: ExampleCase[], parts: unknown[][], aligned?: Aligned): ExampleCase[] {
  const per = Math.min(SEQUENCE.perCase, Math.max(2, Math.ceil(SEQUENCE.elementCases / Math.max(1, cases.length))));
  const more = (c: ExampleCase, i: number): unknown[] => (aligned ? [i, aligned.value(c.inputs, i)] : [i]);
  const list = cases.flatMap((c, j) => positions(parts[j].length, per).map((i) => ({ inputs: [...c.inputs, ...more(c, i)], outputs: [parts[j][i]] })));
  return new Rng(SEQUENCE.order).shuffled(list);
}

/** A list parameter lined up with the output's parts: its element at a position. */
interface Aligned {
  type: GpType;
  /** The element at position `i` as an expression; the list's length; the element's value in a case's inputs. */
  at: (i: GpNode) => GpNode;
  length: GpNode;
  value: (inputs: unknown[], i: number) => unknown;
}

/**
 * The first list parameter whose elements line up with the output's parts in every case (as many): the element at a
 * position is then an input of the element problem (a map that reads its position: each number times its position),
 * found with the position far more cheaply than from the whole list. (A text's words are not read so: the program
 * would split the text again at every position, quadratic in its length.)
 */
function alignedParts(ctx: GpContext, reading: SequenceReading, cases: ExampleCase[]): Aligned | undefined {
  const k = ctx.params.findIndex((p, k) => ['int[]', 'float[]', 'string[]'].includes(p.type) && cases.every((c, j) => Array.isArray(c.inputs[k]) && (c.inputs[k] as unknown[]).length === reading.parts[j].length));
  if (k < 0) return undefined;
  const p = ctx.params[k];
  const v: GpNode = { kind: 'var', type: p.type, name: p.name };
  const type = p.type.slice(0, -2) as GpType;
  return { type, at: (i) => call(`nth_${tag(p.type)}`, type, [v, i]), length: call(`len_${tag(p.type)}`, 'int', [v]), value: (inputs, i) => (inputs[k] as unknown[])[i] };
}

/** Each item of `items` (an array of `part`) printed as the outputs print it: kept as an array, or joined by (or each followed by) the separator. */
function printedItems(reading: SequenceReading, items: GpNode, part: (printed: GpNode) => GpNode, over: GpType): GpNode {
  if (reading.sep === null) return items;
  const each = reading.terminated ? (n: GpNode): GpNode => call('cat_string', 'string', [part(n), literal('string', reading.sep as string)]) : part;
  const x1: GpNode = { kind: 'var', type: over, name: 'x1' };
  return call('join_strings', 'string', [call(`map_${tag(`${over}[]` as GpType)}_string`, 'string[]', [items, each(x1)]), literal('string', reading.terminated ? '' : reading.sep)]);
}

/** A part printed as text (a text part as it is). */
const asText = (type: GpType) => (n: GpNode): GpNode => (type === 'string' ? n : call(`str_${type}`, 'string', [n]));

/**
 * The sequence of a known length as a program: the element body over `range(length)`, its position bound as the
 * loop's `x1`; printed in the same loop where the output is a text.
 */
export function sequenceNode(reading: SequenceReading, length: GpNode, element: GpNode, position: string): GpNode {
  const range = call('range_int', 'int[]', [length]);
  const body = inLoop(element, [position], [{ kind: 'var', type: 'int', name: 'x1' }]);
  if (reading.sep === null) return call(`map_ints_${reading.part}`, `${reading.part}[]` as GpType, [range, body]);
  return printedItems(reading, range, () => asText(reading.part)(body), 'int');
}

/** The sequence's terms while they keep a condition (`sequenceWhile`), printed as the outputs print them. */
export function whileNode(reading: SequenceReading, element: GpNode, keep: GpNode, position: string, term: string): GpNode {
  const t = reading.part;
  const terms = inLoop(element, [position], [{ kind: 'var', type: 'int', name: 'x1' }]);
  const kept = inLoop(keep, [term], [{ kind: 'var', type: t, name: 'x1' }]);
  return printedItems(reading, call(`sequenceWhile_${t}`, `${t}[]` as GpType, [terms, kept]), asText(t), t);
}

/**
 * Seeds a problem whose output is a sequence made from the inputs and a position (sequence-outputs.ts): the part at
 * a position (the inputs and the position in; a lined-up list's element there too) is one part problem, how many
 * parts each case has another (a lined-up list's length), both seeded by `solve` (the seed stage itself, passed in);
 * what they find is `range(length).map(element)`. Where the length is not found, numbers' terms may be kept while a
 * condition holds, a third part problem (every term of a case keeps it, the one after the last does not: the even
 * squares below n). Returns the first such program exact on every case.
 */
export function sequenceSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], solve: Solve): { node?: GpNode; executions: number } {
  if (ctx.returns.length !== 1 || ctx.problem.tests) return { executions: 0 };
  const readings = sequenceReadings(cases, ctx.params.map((p) => p.type), ctx.returns, ctx.types).filter((r) => ctx.set.all.some((p) => p.name === `map_ints_${r.part}`));
  const share = 1 / (3 * Math.max(1, readings.length));
  const [position, term, part] = [ctx.freeName(['position', 'index', 'position_']), ctx.freeName(['term', 'value', 'term_']), ctx.freeName(['part', 'item', 'part_'])];
  let executions = 0;
  const ran = { count: 0 };
  for (const reading of readings) {
    const aligned = alignedParts(ctx, reading, cases);
    const indexed = elementCases(cases, reading.parts, aligned);
    const alignedParam = aligned ? [{ name: part, type: aligned.type }] : [];
    const elements = partProblem(ctx, 'element', reading.part, indexed, [...ctx.problem.params, { name: position, type: 'int' }, ...alignedParam]);
    // With the part lined up, no length or condition is asked for: the element has the reading's whole share.
    const found = solve(elements, indexed, aligned ? 3 * share : share);
    executions += found.executions;
    if (!found.node) continue;
    // The aligned part read at the position: the element is then over the inputs and the position alone.
    const element = { node: aligned ? substitute(found.node, part, aligned.at({ kind: 'var', type: 'int', name: position })) : found.node };
    if (aligned) {
      const node = sequenceNode(reading, aligned.length, element.node, position);
      if (exactOnAll(ctx, table, node, cases, ran)) return { node, executions: executions + ran.count };
      continue;
    }
    const counted = cases.map((c, j) => ({ inputs: c.inputs, outputs: [reading.parts[j].length] }));
    const length = solve(partProblem(ctx, 'length', 'int', counted), counted, share);
    executions += length.executions;
    let node = length.node && sequenceNode(reading, length.node, element.node, position);
    if (!node && reading.part !== 'string' && ctx.set.byName.has(`sequenceWhile_${reading.part}`)) {
      // The term after each case's last: the first its condition must not keep.
      const next = nodeValues(elements, table, element.node, cases.map((c, j) => [...c.inputs, reading.parts[j].length]), ran);
      if (next.some((v) => typeof v !== 'number')) continue;
      const kept = new Rng(SEQUENCE.order).shuffled([
        ...indexed.map((c) => ({ inputs: [...c.inputs.slice(0, -1), c.outputs[0]], outputs: [true] })),
        ...cases.map((c, j) => ({ inputs: [...c.inputs, next[j]], outputs: [false] })),
      ]);
      const keep = solve(partProblem(ctx, 'keep', 'boolean', kept, [...ctx.problem.params, { name: term, type: reading.part }]), kept, share);
      executions += keep.executions;
      if (keep.node) node = whileNode(reading, element.node, keep.node, position, term);
    }
    if (!node) continue;
    const exact = exactOnAll(ctx, table, node, cases, ran);
    if (exact) return { node, executions: executions + ran.count };
  }
  return { executions: executions + ran.count };
}

/** A tree with every reference to `name` replaced by `by`. */
function substitute(node: GpNode, name: string, by: GpNode): GpNode {
  if (node.kind === 'var') return node.name === name ? by : node;
  return node.kind === 'call' ? { ...node, kids: node.kids.map((k) => substitute(k, name, by)) } : node;
}
