import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode, Individual } from '../programs/program-tree.js';
import { call, inLoop, literal, variable as v } from '../programs/program-tree.js';
import { cutOutputs } from '../constant-mining/output-cuts.js';
import { tag } from '../primitives/primitive.js';
import type { Found } from './enumerate-programs.js';
import type { Pick } from './best-measure.js';
import { offerOptions, pickIndex, picked, picks, picksOffered, sampledSearch, searchMeasures } from './best-measure.js';
import { individualMiss } from './exact-check.js';
import type { Solve } from './part-seeds.js';
import { partProblem } from './part-seeds.js';

const CUTS = ['string', 'int[]', 'float[]', 'string[]'];

/** The program returning `whole` cut at `lets`' last binding. */
function cutProgram(type: GpType, whole: GpNode, lets: GpNode[]): Individual {
  const t = type === 'string' ? 'string' : tag(type);
  const at = v('int', `v${lets.length}`);
  return { lets, outs: [call(`slice2_${t}`, type, [whole, literal('int', 0), at]), call(`slice1_${t}`, type, [whole, at])] };
}

/**
 * Seeds a problem whose two outputs are a parameter cut in two (output-cuts.ts: a list's numbers before and after a
 * cut): the place of the cut is a problem of its own (an integer per case) that `solve` seeds (half the length); failing
 * that, the cut may be where a measure of the two parts is least or greatest (where their sums are closest:
 * `max(sum(left), sum(right))` least), the first such place or the last. Measures are searched over the cuts of a few
 * cases, the parts as two more inputs (best-measure.ts), and kept where they pick those cuts right; the program is then
 * `const v1 = range(xs.length + 1).map((x1) => measure(xs.slice(0, x1), xs.slice(x1)))`,
 * `const v2 = v1.indexOf(minOf(v1))`, `[xs.slice(0, v2), xs.slice(v2)]` (from the first place on, or the second where a
 * part may not be empty); or where a condition on the parts first holds (the fewest first chapters with half the pages:
 * `range(xs.length + 1).findIndex((x1) => sum(xs.slice(0, x1)) >= sum(xs.slice(x1)))`). `candidates`: the most the
 * measures' enumeration runs (MEASURES.most at most). Returns the first such program exact on every case.
 */
export function cutSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], solve: Solve, candidates: number): { individual?: Individual; executions: number } {
  const type = ctx.returns[0];
  if (ctx.returns.length !== 2 || ctx.problem.tests) return { executions: 0 };
  const readings = cutOutputs(cases, ctx.params.map((p) => p.type), ctx.returns, CUTS);
  let executions = 0;
  const ran = { count: 0 };
  for (const reading of readings) {
    const whole = v(type, ctx.params[reading.param].name);
    const counted = cases.map((c, i) => ({ inputs: c.inputs, outputs: [reading.cuts[i]] }));
    const place = solve(partProblem(ctx, 'cut', 'int', counted), counted, 1 / (2 * readings.length));
    executions += place.executions;
    const direct = place.node && cutProgram(type, whole, [place.node]);
    if (direct && individualMiss(ctx, table, direct, cases, ran) === -1) return { individual: direct, executions: executions + ran.count };
    const measured = measuredCut(ctx, table, cases, reading.param, reading.cuts, candidates / readings.length, ran);
    executions += measured.executions;
    if (measured.individual) return { individual: measured.individual, executions: executions + ran.count };
  }
  return { executions: executions + ran.count };
}

/**
 * The place a program cutting from `from` on gives where the pick made `at`: -1 (none) gives `from - 1`, as
 * `indexOf(…) + from` does; -2 (a value of another kind) stays no place.
 */
const placeOf = (at: number, from: number): number => (at === -1 ? from - 1 : at);

/** The cut where an enumerated measure of the two parts is first least or greatest, exact on every case; see cutSeed. */
function measuredCut(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], param: number, cuts: number[], candidates: number, ran: { count: number }): { individual?: Individual; executions: number } {
  const type = ctx.returns[0];
  const t = type === 'string' ? 'string' : tag(type);
  const key: GpType = type === 'float[]' ? 'float' : 'int';
  if (!picksOffered(ctx, key) || ![`map_ints_${key}`, 'range_int', 'add_int', `len_${t}`].every((name) => ctx.set.byName.has(name))) return { executions: 0 };
  const places = (c: ExampleCase): number => (c.inputs[param] as unknown[]).length + 1;
  const groups = cases.map((c, i) => ({ c, cut: cuts[i], i }));
  const [left, right] = [ctx.freeName(['left', 'head', 'left_']), ctx.freeName(['right', 'tail', 'right_'])];
  // The cut parameter itself is left out: it is the two parts together.
  const params = [...ctx.params.filter((_, k) => k !== param), { name: left, type }, { name: right, type }];
  const whole = v(type, ctx.params[param].name);
  let individual: Individual | undefined;
  const run = (sample: typeof groups, share: number, missed: (i: number) => void): { found: boolean; executions: number } => {
    const items = sample.flatMap(({ c }) => {
      const w = c.inputs[param] as string | unknown[];
      const others = c.inputs.filter((_, k) => k !== param);
      return Array.from({ length: w.length + 1 }, (_, i) => [...others, w.slice(0, i), w.slice(i)]);
    });
    const offsets = sample.map((_, j) => sample.slice(0, j).reduce((n, s) => n + places(s.c), 0));
    const offer = (f: Found): 'found' | 'tried' | 'skipped' =>
      offerOptions(
        [0, 1].flatMap((from) => picks(f.node.type).map((pick) => ({ from, pick }))),
        ({ from, pick }) => sample.every((s, j) => placeOf(picked(f.values, offsets[j], places(s.c), from, pick), from) === s.cut),
        ({ from, pick }) => cutProgram(type, whole, measureLets(f.node, [left, right], whole, t, from, pick)),
        (program) => individualMiss(ctx, table, program, cases, ran),
        missed,
        (program) => void (individual = program),
      );
    return { found: individual !== undefined, executions: searchMeasures(ctx, params, items, key, ctx.set.byName.has('findIndex_ints'), share, offer) };
  };
  const executions = sampledSearch(groups, (g) => places(g.c), (g) => g.cut > 0 && g.cut < places(g.c) - 1, candidates, run);
  return { individual, executions };
}

/**
 * The bindings choosing the cut: the measure at each place from `from` on (its parts read from `whole` at the loop's
 * `x1`, the measure's own loops one level deeper), then the place the pick makes.
 */
function measureLets(measure: GpNode, parts: string[], whole: GpNode, t: string, from: number, pick: Pick): GpNode[] {
  const x1 = v('int', 'x1');
  const at = from === 0 ? x1 : call('add_int', 'int', [x1, literal('int', from)]);
  const body = inLoop(measure, parts, [call(`slice2_${t}`, whole.type, [whole, literal('int', 0), at]), call(`slice1_${t}`, whole.type, [whole, at])]);
  const length = call(`len_${t}`, 'int', [whole]);
  const range = call('range_int', 'int[]', [from === 1 ? length : call('add_int', 'int', [length, literal('int', 1 - from)])]);
  const shifted = (index: GpNode): GpNode => (from === 0 ? index : call('add_int', 'int', [index, literal('int', from)]));
  if (pick.dir === 0) return [shifted(call('findIndex_ints', 'int', [range, body]))];
  const keys = `${measure.type}[]` as GpType;
  return [call(`map_ints_${measure.type}`, keys, [range, body]), shifted(pickIndex(v(keys, 'v1'), pick))];
}
