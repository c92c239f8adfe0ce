import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { programSource } from '../programs/compile-program.js';
import { evaluateSources, toCaseSet } from '../programs/evaluate-programs.js';
import { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode, Individual } from '../programs/program-tree.js';
import { call, inLoop, literal } from '../programs/program-tree.js';
import { cutOutputs } from '../constant-mining/output-cuts.js';
import { tag } from '../primitives/primitive.js';
import type { Found } from './enumerate-programs.js';
import { enumeratePrograms } from './enumerate-programs.js';
import type { Solve } from './part-seeds.js';
import { partProblem } from './part-seeds.js';

/**
 * Bounds of the measure's enumeration: the cases it runs on (those cut inside first) and their cuts in all (each case
 * gives one per place, its length and one more), the largest measure, how many measures that order the sampled cuts
 * right are run on every case, and the most candidates it runs (about 2.9 M executions).
 */
export const CUT = { cases: 6, cuts: 48, maxSize: 7, perPrimitive: 500, checked: 40, most: 60_000 };

const CUTS = ['string', 'int[]', 'float[]', 'string[]'];

const v = (type: GpType, name: string): GpNode => ({ kind: 'var', type, name });

/** The program returning `whole` cut at `lets`' last binding. */
function cutProgram(type: GpType, whole: GpNode, lets: GpNode[]): Individual {
  const t = type === 'string' ? 'string' : tag(type);
  const at = v('int', `v${lets.length}`);
  return { lets, outs: [call(`slice2_${t}`, type, [whole, literal('int', 0), at]), call(`slice1_${t}`, type, [whole, at])] };
}

/** Whether a program gives every case's outputs exactly; `ran` counts the cases run. */
function exactProgram(ctx: GpContext, table: PrimitiveTable, individual: Individual, cases: ExampleCase[], ran: { count: number }): boolean {
  ran.count += cases.length;
  const errors = evaluateSources([programSource(ctx, individual)], table, toCaseSet(cases, ctx.returns), cases.map((_, i) => i));
  return errors.every((e) => e === 0);
}

/**
 * The first place from `lo` on where `values` (from `offset`, `count` of them) are least (`dir` 1) or greatest (-1), or
 * (`dir` 0) true; -1 where none is, -2 where a value is of another kind.
 */
function firstBest(values: unknown[], offset: number, count: number, lo: number, dir: number): number {
  if (dir === 0) {
    for (let i = lo; i < count; i++) if (values[offset + i] === true) return i;
    return -1;
  }
  let best = -1;
  for (let i = lo; i < count; i++) {
    const x = values[offset + i];
    if (typeof x !== 'number' || Number.isNaN(x)) return -2;
    if (best < 0 || dir * x < dir * (values[offset + best] as number)) best = i;
  }
  return best;
}

/**
 * Seeds a problem whose two outputs are a parameter cut in two (output-cuts.ts: a list's numbers before and after a
 * cut): the place of the cut is a problem of its own (an integer per case) that `solve` seeds (half the length); failing
 * that, the cut may be where a measure of the two parts is least or greatest, first such place (where their sums are
 * closest: `max(sum(left), sum(right))` least). Measures are enumerated over the cuts of a few cases, the parts as two
 * more inputs, and kept where they order those cuts right; the program is then
 * `const v1 = range(xs.length + 1).map((x1) => measure(xs.slice(0, x1), xs.slice(x1)))`,
 * `const v2 = v1.indexOf(minOf(v1))`, `[xs.slice(0, v2), xs.slice(v2)]` (from the first place on, or the second where a
 * part may not be empty); or where a condition on the parts first holds (the fewest first chapters with half the pages:
 * `range(xs.length + 1).findIndex((x1) => sum(xs.slice(0, x1)) >= sum(xs.slice(x1)))`). `candidates`: the most the
 * measures' enumeration runs (CUT.most at most). Returns the first such program exact on every case.
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
    if (direct && exactProgram(ctx, table, direct, cases, ran)) return { individual: direct, executions: executions + ran.count };
    const measured = measuredCut(ctx, table, cases, reading.param, reading.cuts, Math.min(CUT.most, candidates) / readings.length, ran);
    executions += measured.executions;
    if (measured.individual) return { individual: measured.individual, executions: executions + ran.count };
  }
  return { executions: executions + ran.count };
}

/** The cut where an enumerated measure of the two parts is first least or greatest, exact on every case; see cutSeed. */
function measuredCut(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], param: number, cuts: number[], candidates: number, ran: { count: number }): { individual?: Individual; executions: number } {
  const type = ctx.returns[0];
  const t = type === 'string' ? 'string' : tag(type);
  const key: GpType = type === 'float[]' ? 'float' : 'int';
  const keys = tag(`${key}[]` as GpType);
  const needed = [`map_ints_${key}`, `min_${keys}`, `max_${keys}`, `indexOf_${keys}`, 'range_int', 'add_int', `len_${t}`];
  if (!needed.every((name) => ctx.set.byName.has(name))) return { executions: 0 };
  const sample = sampled(cases, param, cuts);
  const [left, right] = partNames(ctx);
  // Measures and conditions both are enumerated as answers (a condition is not built up to a number first).
  const conditions = ctx.set.byName.has('findIndex_ints');
  const cutCases = sample.flatMap(({ c }) => {
    const w = c.inputs[param] as string | unknown[];
    const others = c.inputs.filter((_, k) => k !== param);
    const outputs = conditions ? [key === 'int' ? 0 : 0.5, false] : [key === 'int' ? 0 : 0.5];
    return Array.from({ length: w.length + 1 }, (_, i) => ({ inputs: [...others, w.slice(0, i), w.slice(i)], outputs }));
  });
  // The cut parameter itself is left out: it is the two parts together.
  const params = [...ctx.problem.params.filter((_, k) => k !== param), { name: left, type }, { name: right, type }];
  const sub = new GpContext({ ...ctx.problem, name: 'measure', params, returns: conditions ? [key, 'boolean'] : [key], train: cutCases, test: [], seedPrograms: undefined });
  const offsets = sample.map((_, j) => sample.slice(0, j).reduce((n, s) => n + (s.c.inputs[param] as unknown[]).length + 1, 0));
  const whole = v(type, ctx.params[param].name);
  let checked = 0;
  let individual: Individual | undefined;
  const done = (f: Found): boolean => {
    const condition = f.node.type === 'boolean' && conditions;
    if ((f.node.type !== key && !condition) || checked >= CUT.checked) return checked >= CUT.checked;
    for (const lo of [0, 1]) {
      // A condition: the first place it holds (a number: the first where it is least, or greatest).
      for (const dir of condition ? [0] : [1, -1]) {
        const ordered = sample.every((s, j) => firstBest(f.values, offsets[j], (s.c.inputs[param] as unknown[]).length + 1, lo, dir) === s.cut);
        if (!ordered) continue;
        checked++;
        const program = cutProgram(type, whole, measureLets(f.node, [left, right], whole, t, lo, dir));
        if (exactProgram(ctx, table, program, cases, ran)) {
          individual = program;
          return true;
        }
      }
    }
    return false;
  };
  const limits = { maxSize: CUT.maxSize, maxCandidates: Math.max(1, Math.floor(candidates)), perPrimitive: CUT.perPrimitive, perType: 20_000, maxBytes: 32 * 2 ** 20 };
  const { executions } = enumeratePrograms(sub, cutCases, limits, done);
  return { individual, executions };
}

/**
 * The bindings choosing the cut: the measure at each place from `lo` on (its parts read from `whole` at the loop's
 * `x1`, the measure's own loops one level deeper), then the first place where it is least (`dir` 1) or greatest.
 */
function measureLets(measure: GpNode, parts: string[], whole: GpNode, t: string, lo: number, dir: number): GpNode[] {
  const key = measure.type;
  const keys = `${key}[]` as GpType;
  const x1 = v('int', 'x1');
  const at = lo === 0 ? x1 : call('add_int', 'int', [x1, literal('int', lo)]);
  const body = inLoop(measure, parts, [call(`slice2_${t}`, whole.type, [whole, literal('int', 0), at]), call(`slice1_${t}`, whole.type, [whole, at])]);
  const length = call(`len_${t}`, 'int', [whole]);
  const places = lo === 1 ? length : call('add_int', 'int', [length, literal('int', 1 - lo)]);
  const from = (index: GpNode): GpNode => (lo === 0 ? index : call('add_int', 'int', [index, literal('int', lo)]));
  if (dir === 0) return [from(call('findIndex_ints', 'int', [call('range_int', 'int[]', [places]), body]))];
  const v1 = v(keys, 'v1');
  const best = call(`${dir === 1 ? 'min' : 'max'}_${tag(keys)}`, key, [v1]);
  const index = call(`indexOf_${tag(keys)}`, 'int', [v1, best]);
  return [call(`map_ints_${key}`, keys, [call('range_int', 'int[]', [places]), body]), from(index)];
}

/** Up to CUT.cases cases with at most CUT.cuts cuts in all, those cut inside first (they tell the measure most). */
function sampled(cases: ExampleCase[], param: number, cuts: number[]): { c: ExampleCase; cut: number }[] {
  const length = (c: ExampleCase): number => (c.inputs[param] as unknown[]).length;
  const inside = cases.map((c, i) => ({ c, cut: cuts[i] })).filter((s) => s.cut > 0 && s.cut < length(s.c));
  const edge = cases.map((c, i) => ({ c, cut: cuts[i] })).filter((s) => !(s.cut > 0 && s.cut < length(s.c)));
  const sample: { c: ExampleCase; cut: number }[] = [];
  let total = 0;
  for (const s of [...inside, ...edge]) {
    if (sample.length >= CUT.cases) break;
    if (total + length(s.c) + 1 > CUT.cuts) continue;
    sample.push(s);
    total += length(s.c) + 1;
  }
  return sample;
}

/** Parameter names for the two parts that no parameter of the problem has. */
function partNames(ctx: GpContext): [string, string] {
  const free = (names: string[]): string => names.find((n) => !ctx.params.some((p) => p.name === n)) ?? `${names[0]}__`;
  return [free(['left', 'head', 'left_']), free(['right', 'tail', 'right_'])];
}
