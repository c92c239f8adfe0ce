import type { ExampleCase } from '../directive/directive.js';
import { caseError } from '../programs/case-errors.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { Found } from './enumerate-programs.js';
import { enumeratePrograms } from './enumerate-programs.js';
import { firstFailure } from './exact-check.js';
import type { GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, inLoop } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import type { Aggregate } from './aggregates.js';
import { aggregatesFor, arrayOf, keptAggregates, keptPositions, plausible, roundedTo, wholeScale } from './aggregates.js';
import { roundedDecimals } from './rounding.js';
import type { TupleReading } from './tuple-readings.js';
import { casesTuples, Tuples, tupleReadings } from './tuple-readings.js';
import { withMeans, withScalars } from './reading-means.js';
import { betweenReadings, fromOneReadings } from './between-readings.js';
import { pairReadings } from './pair-readings.js';
import { literalReadings, parameterListReadings } from './literal-readings.js';
import { pieceReadings } from './piece-readings.js';
import { joinedAggregates, keptJoined, separatorsOf } from './joined-aggregates.js';
import { foldAggregates, keptPartSums, keptProducts } from './fold-aggregates.js';

/**
 * Distinct tuples a body is first enumerated on, the most it may grow to, its size limits in turn, the counterexample
 * rounds, the memory its kept values may take, and the most tuples a reading may make of the cases.
 */
export const AGGREGATE_LIMITS = { tuples: 8, checked: 400, sizes: [5, 8], rounds: 6, perPrimitive: 2_000, bytes: 16 * 2 ** 20, allTuples: 100_000 };

/**
 * Deduction for aggregates (the map-then-reduce of Bird–Meertens, found bottom-up as λ² finds fold bodies): when the
 * output is a count, sum, root of a sum, all/any, concatenation (or texts joined by a separator) or list of one value
 * per tuple of the inputs (each element or character, two parameters side by side, a parameter's neighbours, the
 * integers between two parameters or from 1 to a lone one; last, every pair of a parameter's parts and number
 * parameters as one list; scalar parameters beside them), the body is enumerated over the
 * tuples themselves, distinct ones only, and each candidate is checked by aggregating its values per case. Hamming
 * distance is a count of `el !== el2` over two strings side by side; a sum of squared differences under a root is a
 * distance. Returns a composed loop exact on every case; `executions` bounds its enumerations together, and
 * `meansExecutions` those of the readings with a number list's mean after them, and as many those of the folds after
 * those, and of the pairs and parameter lists last.
 */
export function aggregateSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], executions: number, meansExecutions = executions * MEANS_SHARE): { node?: GpNode; executions: number } {
  // A text may be items joined by a separator the outputs hold (joined-aggregates.ts).
  const separators = ctx.returns.length === 1 && ctx.returns[0] === 'string' ? separatorsOf(cases.map((c) => c.outputs[0])) : [];
  const aggregates = ctx.returns.length === 1 ? [...aggregatesFor(ctx.returns[0], ctx.constants.float), ...joinedAggregates(separators)] : [];
  if (aggregates.length === 0 || executions <= 0) return { executions: 0 };
  // Float outputs all rounded to a few decimals (cents) are compared, and computed, after the same rounding.
  const decimals = ctx.returns[0] === 'float' ? roundedDecimals(cases.map((c) => c.outputs[0])) : undefined;
  // The aggregates as they are first, then rounded: a sum of prices in cents is a plain sum, not a rounded one.
  const withRounded = (list: Aggregate[]): Aggregate[] => (decimals === undefined ? list : [...list, ...list.map((a) => roundedTo(a, decimals))]);
  const readings = [...tupleReadings(ctx, cases), ...betweenReadings(ctx, cases), ...fromOneReadings(ctx, cases), ...pieceReadings(ctx, cases), ...literalReadings(ctx)].map((r) => withScalars(ctx, r));
  // `folds`: products, extremes and sums of kept parts (fold-aggregates.ts) instead of the aggregates above.
  const jobs = (list: TupleReading[], folds = false): Job[] => list.flatMap((reading) => {
    const perCase = casesTuples(reading, cases, AGGREGATE_LIMITS.allTuples);
    if (!perCase || perCase.every((t) => t.length <= 1)) return [];
    // A numeric array's own elements may also be kept by a condition and summed or averaged.
    const own = reading.vars.length === 1 && reading.loop.element === reading.vars[0];
    // A parameter's positions, or the parts there, may be kept by a condition on the part, its index and the parameters.
    const out = ctx.returns[0];
    const kept = reading.whole ? (folds ? keptPartSums : keptPositions)(out, reading.whole, reading.loop.access[0]) : [];
    const all = folds
      ? [...foldAggregates(out), ...(own ? keptProducts(out, reading.vars[0]) : []), ...kept]
      : [...aggregates, ...(own ? [...keptAggregates(out, reading.vars[0]), ...keptJoined(separators, reading.vars[0])] : []), ...kept];
    const fits = withRounded(all).filter((a) => cases.every((c, k) => plausible(a, perCase[k], c.outputs[0])));
    if (fits.length === 0) return [];
    const tuples = new Tuples(perCase);
    // The cases with the fewest tuples first, as many as the first enumeration's tuples hold.
    const order = cases.map((_, k) => k).sort((a, b) => perCase[a].length - perCase[b].length);
    const covered: number[] = [];
    // At least the smallest case, however many tuples it has (16-digit numbers, long texts).
    for (const k of order) {
      if (!tuples.add(k, covered.length === 0 ? AGGREGATE_LIMITS.checked : AGGREGATE_LIMITS.tuples)) break;
      covered.push(k);
    }
    // Cases without tuples (a negative count) tell the enumeration nothing: it needs some to run on.
    if (tuples.list.length === 0) return [];
    return [{ reading, fits, tuples, covered, order }];
  });
  const plain = deepen(ctx, table, cases, jobs(readings), executions);
  if (plain.node) return plain;
  // Then, with a budget of their own (`meansExecutions`, by default half as much again), the readings that also read
  // each number list's mean (or sum and length): after the others, so a problem they solve pays nothing for them
  // (PSB2 leaders took 24 M executions instead of 4 M when its positions were read with the extra variables at once).
  const means = readings.map((r) => withMeans(ctx, r)).filter((r) => r.derived !== undefined);
  const derived = means.length === 0 ? { executions: 0 } : deepen(ctx, table, cases, jobs(means), meansExecutions);
  if (derived.node) return { node: derived.node, executions: plain.executions + derived.executions };
  // Last, with a budget of their own as large, the folds: their spurious fits on the cases enumerated on (a largest
  // value right by chance) cost the others counterexample rounds when read beside them.
  const folded = deepen(ctx, table, cases, jobs(readings, true), meansExecutions);
  if (folded.node) return { node: folded.node, executions: plain.executions + derived.executions + folded.executions };
  // And after all of them, as much again, the readings only some problems need: a list's or a text's parts two at a
  // time (pair-readings.ts, n² / 2 tuples a case), and number parameters as one list (`[a, b]`: read beside the others,
  // it took the integers between a and b divisible by k their share).
  // Only where the search has LAST_TIER_FROM executions or more: a small run's seeding (a budget of thousands) cannot
  // pay for a tier as large as the folds' again, and would leave its islands nothing.
  const pairs = executions < LAST_TIER_FROM ? [] : [...pairReadings(ctx, cases), ...parameterListReadings(ctx)].map((r) => withScalars(ctx, r));
  const paired = pairs.length === 0 ? { executions: 0 } : deepen(ctx, table, cases, [...jobs(pairs), ...jobs(pairs, true)], meansExecutions);
  return { node: paired.node, executions: plain.executions + derived.executions + folded.executions + paired.executions };
}

/** The share of an aggregate search's executions the readings with a number list's mean get after the others. */
export const MEANS_SHARE = 0.5;

/** The fewest executions an aggregate search must have for its last tier (pairs, parameters as one list) to run. */
export const LAST_TIER_FROM = 1_000_000;

/**
 * Iterative deepening over the readings: each size limit is offered to every reading before the next one, each
 * reading its weight's share of what the level may spend, so the first reading's largest bodies never take it all.
 */
function deepen(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], jobs: Job[], executions: number): { node?: GpNode; executions: number } {
  let spent = 0;
  for (const [level, maxSize] of AGGREGATE_LIMITS.sizes.entries()) {
    const levelEnd = spent + (executions - spent) / (AGGREGATE_LIMITS.sizes.length - level);
    for (const [j, job] of jobs.entries()) {
      const weights = jobs.slice(j).reduce((w, other) => w + other.reading.weight, 0);
      const until = spent + ((levelEnd - spent) * job.reading.weight) / weights;
      const found = searchBodies(ctx, table, cases, job, maxSize, until - spent);
      spent += found.executions;
      if (found.node) return { node: found.node, executions: spent };
    }
  }
  return { executions: spent };
}

interface Job {
  reading: TupleReading;
  fits: Aggregate[];
  tuples: Tuples;
  covered: number[];
  /** The cases, fewest tuples first. */
  order: number[];
}

/** The program: the body in the aggregate's loop, over two arrays side by side as a zip where it only maps them. */
function composed(reading: TupleReading, a: Aggregate, body: GpNode, names: string[]): GpNode {
  const { xs, element, access } = reading.loop;
  const zip = reading.zip && a.maps && a.body === reading.zip.element ? reading.zip : undefined;
  const map = (r: GpType, f: GpNode): GpNode => (zip ? zip.map(f) : call(`map_${tag(arrayOf(element))}_${r}`, arrayOf(r), [xs, f]));
  const derived = reading.derived ?? [];
  return a.compose({ xs, element, map }, inLoop(body, [...names, ...derived.map((d) => d.name)], [...(zip?.access ?? access), ...derived.map((d) => d.node)]));
}

/** Enumerates a reading's bodies up to `maxSize` within `budget` executions, a counterexample joining its cases up to five times. */
function searchBodies(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], job: Job, maxSize: number, budget: number): { node?: GpNode; executions: number } {
  const { reading, fits, tuples, covered, order } = job;
  // The parts' names (`el`, `el2`) differ from every parameter's, which a position's body may read beside them.
  const taken = new Set(ctx.params.map((p) => p.name));
  const names = reading.vars.map((_, i) => {
    let name = i === 0 ? 'el' : 'el2';
    while (taken.has(name)) name = `${name}_`;
    return (taken.add(name), name);
  });
  const params = [...reading.vars.map((type, i) => ({ name: names[i], type })), ...(reading.whole?.params ?? reading.beside ?? [])];
  // A float body may use the whole numbers of the pool and the whole inverses of its fractions (`x * (100 - y)`
  // summed, then `/ 100`), as the scaled sums take them.
  const scales = ctx.constants.float.flatMap(wholeScale).filter((c) => Math.abs(c) > 1);
  const constants = { ...ctx.constants, floatLeaves: [...new Set(scales)] };
  const sub = new GpContext({ name: 'part', goal: ctx.problem.goal, params, returns: [...new Set(fits.map((a) => a.body))], train: [], test: [], extraPrimitives: ctx.problem.extraPrimitives }, constants);
  let spent = 0;
  for (let round = 0; round < AGGREGATE_LIMITS.rounds && spent < budget; round++) {
    const used = tuples.list.map((inputs) => ({ inputs, outputs: [] }));
    let missed: number | undefined;
    let solution: GpNode | undefined;
    const check = (f: Found): boolean => {
      for (const a of fits) {
        if (f.node.type !== a.body || !covered.every((k) => caseError(ctx.returns[0], a.apply(tuples.of(k).map((i) => f.values[i]), tuples.of(k).map((i) => tuples.list[i])), cases[k].outputs[0]) === 0)) continue;
        const node = composed(reading, a, f.node, names);
        const ran = { count: 0 };
        // Checked smallest case first, so a counterexample adds as few tuples as any would.
        const failed = firstFailure(ctx, table, node, order.map((k) => cases[k]), ran);
        spent += ran.count;
        // A failure on a case enumerated on (a step limit, characters beyond 16 bits) is no counterexample, nor one on a
        // case with more tuples than a round may take (a prime's 900 divisors): the body is passed over.
        if (failed === -1) solution = node;
        else if (failed >= 0 && !tuples.has(order[failed]) && tuples.fits(order[failed], AGGREGATE_LIMITS.checked)) missed ??= order[failed];
        // A body right on the cases enumerated but wrong on another stops the round: the next one enumerates with it.
        if (solution || missed !== undefined) return true;
      }
      return false;
    };
    const maxCandidates = Math.max(1, Math.floor((budget - spent) / used.length));
    const limits = { maxSize, maxCandidates, perPrimitive: AGGREGATE_LIMITS.perPrimitive, perType: 20_000, maxBytes: AGGREGATE_LIMITS.bytes };
    spent += enumeratePrograms(sub, used, limits, check).executions;
    if (solution) return { node: solution, executions: spent };
    if (missed === undefined || !tuples.add(missed, AGGREGATE_LIMITS.checked)) break;
    covered.push(missed);
  }
  return { executions: spent };
}
