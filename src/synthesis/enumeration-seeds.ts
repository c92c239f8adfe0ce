import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { buildTable } from '../programs/compile-program.js';
import { outputsSeed, sliceSeed, stepSeed } from './part-seeds.js';
import { printedSeed } from './printed-branches-seed.js';
import { sequenceSeed } from './sequence-seed.js';
import { cutSeed } from './cut-seed.js';
import { choiceSeed } from './choice-seed.js';
import { MEASURES } from './best-measure.js';
import { aggregateSeed } from './aggregate-seed.js';
import { ELEMENT_WISE, elementWise } from './element-wise.js';
import { conditionalSeed } from './conditional-seed.js';
import { exactChecker } from './exact-check.js';
import { linearSeed } from './linear-seed.js';
import { pairSeed } from './pair-seed.js';
import { hingeSeed } from './hinge-seed.js';
import { affineLoopSeed } from './affine-loop-seed.js';
import { affineUntilSeed } from './affine-until-seed.js';
import { RECURRENCE_SHARE, recurrenceSeed } from './recurrence-seed.js';
import type { EnumerationLimits, Found } from './enumerate-programs.js';
import { enumeratePrograms } from './enumerate-programs.js';
import type { GpType } from '../programs/gp-problem.js';
import { bankSeeds } from './bank-seeds.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode, Individual } from '../programs/program-tree.js';
import { treeSize } from '../programs/program-tree.js';

/** Bounds of the enumeration seeding a run of up to about 10 M executions (a second or two); its candidates bound its memory. */
export const SEED_ENUMERATION: EnumerationLimits = { maxSize: 8, maxCandidates: 150_000, perPrimitive: 500, perType: 5_000, maxBytes: Infinity };

/** A larger budget's enumeration: one size further (nine nodes), up to 1.5 M candidates (7–20 s), kept values bounded. */
export const LARGE_SEED_ENUMERATION: Pick<EnumerationLimits, 'maxSize' | 'maxCandidates' | 'maxBytes'> = { maxSize: 9, maxCandidates: 1_500_000, maxBytes: 64 * 2 ** 20 };

/**
 * Whether a share of `candidates` pays for more than the small enumeration: up to twice its bound (budgets up to about
 * 12 M executions with 12 cases) the small one is kept as it is, since one size more spread over fewer than twice its
 * candidates would reach less deep at every size it had.
 */
export function deepens(candidates: number): boolean {
  return candidates >= 2 * SEED_ENUMERATION.maxCandidates;
}

/**
 * The enumeration's bounds for a share of `candidates`: the small one as it is, or past twice its candidates one size more
 * with the per-primitive and per-type caps grown in proportion, so each size gets what the share can pay for. Its kept
 * values stay under one memory bound whatever the budget (the main thread may run under a 384 MB heap).
 */
export function seedLimits(candidates: number): EnumerationLimits {
  if (!deepens(candidates)) return { ...SEED_ENUMERATION, maxCandidates: Math.min(candidates, SEED_ENUMERATION.maxCandidates) };
  const maxCandidates = Math.min(candidates, LARGE_SEED_ENUMERATION.maxCandidates);
  const scale = maxCandidates / SEED_ENUMERATION.maxCandidates;
  return {
    ...LARGE_SEED_ENUMERATION,
    maxCandidates,
    perPrimitive: Math.round(SEED_ENUMERATION.perPrimitive * scale),
    perType: Math.round(SEED_ENUMERATION.perType * scale),
  };
}

/**
 * Most of a run's execution budget the enumeration may spend. The larger enumeration runs only once the islands
 * stagnate (see runGp), so its share is paid when the search needs it, from what is left then (at a 60 M run's first
 * restart about 1.4 M candidates; 1.5 M on the enumeration probe found PSB2 square-digits' 9-node answer on 6 of 6 case
 * samples where 1 M found it on 3 of 6).
 */
export const SEED_BUDGET_SHARE = 0.3;

/** Candidates the enumeration may try within a run's `budget` on (up to SEED_CASES of) `cases` cases. */
export function seedCandidates(budget: number, cases: number): number {
  return Math.floor((budget * SEED_BUDGET_SHARE) / Math.max(1, Math.min(cases, SEED_CASES)));
}

/** The share of the enumeration's candidates the part of a printed result (or a slice's bounds together) is seeded with. */
const PRINTED_SHARE = 0.25;

/** Cases the enumeration runs on: enough to tell behaviours apart, few enough to keep its cost a small share of a run. */
export const SEED_CASES = 12;

/**
 * Seeds for the first population from a bottom-up enumeration over the selection cases: for each output, the
 * enumerated expression closest to it (an exact one solves a short problem outright), then expressions picked by
 * lexicase over the cases, so structures that are best on some cases are kept beside those closest on average.
 * `candidates` (see seedCandidates) sets its bounds (seedLimits); `conditionCandidates` those of the conditions a
 * conditional is built from (a tenth of the run's share, which a capped first enumeration would not give them).
 */
export function enumerationSeeds(ctx: GpContext, cases: ExampleCase[], count: number, candidates: number, conditionCandidates = candidates / 10): { seeds: Individual[]; executions: number } {
  if (cases.length === 0 || count === 0) return { seeds: [], executions: 0 };
  const table = buildTable(ctx.problem.extraPrimitives);
  const found = seedStage(ctx, table, cases, count, candidates, conditionCandidates, true);
  if (found.exact && !found.fitted) return found;
  // A text printed between fixed texts ("The number of syllables is 3"): the part that changes seeded as a problem of its
  // own (the same stage, once, a quarter of the share: with the whole share a 60 M run's seeding overran by 11 M).
  const solve = (sub: GpContext, subCases: ExampleCase[], share: number): { node?: GpNode; executions: number } => {
    const stage = (list: ExampleCase[], part: number) => seedStage(sub, table, list, 1, candidates * PRINTED_SHARE * part, conditionCandidates * PRINTED_SHARE * part);
    const part = stage(subCases, share);
    if ((part.exact && !part.fitted) || part.missed === undefined) return { node: part.exact, executions: part.executions };
    // An expression exact on the enumeration's cases missed another (`term < n` kept for `term <= n`, alike on them): the
    // stage runs again with that case among them (counterexample-guided, as element-wise.ts), for half the share.
    const again = stage([subCases[part.missed], ...subCases.filter((_, i) => i !== part.missed)], share / 2);
    const node = again.exact && (!part.exact || treeSize(again.exact) < treeSize(part.exact)) ? again.exact : part.exact;
    return { node, executions: part.executions + again.executions };
  };
  // Or several numbers between fixed texts ("m:ss"), or one beside a few fixed answers ("Too many characters").
  const printed = found.exact ? { executions: 0 } : printedSeed(ctx, table, cases, solve, conditionCandidates * PRINTED_SHARE, SEED_CASES);
  // Or a slice of a parameter (the middle character), its varying bounds seeded in turn with half that share each; tried
  // beside a conditional fitted to the cases (its branches may fit the lengths the cases have): the smaller exact one
  // leads the seeds, the other seeds kept behind it in case it fails validation.
  const sliced = printed.node ? { executions: 0 } : sliceSeed(ctx, table, cases, solve);
  // Or a step applied a parameter's number of times to another, seeded from the cases applying it once; or a sequence
  // made from the inputs and a position (the numbers from a to b in steps of c), each part seeded alone. Neither after
  // a stage before it that ran: the seeding would pay for a third part problem.
  const stepped = printed.node || sliced.node || sliced.executions > 0 ? { executions: 0 } : stepSeed(ctx, table, cases, solve);
  const sequenced = printed.node || sliced.executions > 0 || stepped.executions > 0 ? { executions: 0 } : sequenceSeed(ctx, table, cases, solve);
  // Two outputs that cut a parameter in two: the place of the cut seeded, or where a measure of the parts is least
  // (cut-seed.ts); failing that, each output seeded as a problem of its own (two elements of a list that add up to a
  // target).
  // The measures' searches (best-measure.ts) together: a quarter of the seed enumeration's candidates on four times its
  // cases (48 items), as many executions as it (a 60 M run's first cycle: 37,500), MEASURES.most at most.
  const measures = Math.min(MEASURES.most, (candidates * SEED_CASES) / MEASURES.items);
  const cut = found.exact ? { executions: 0 } : cutSeed(ctx, table, cases, solve, measures);
  const split = cut.individual ? cut : outputsSeed(ctx, cases, solve);
  // Or one item chosen from a collection of a parameter where a measure of the items is best (choice-seed.ts: the
  // longest word), for what the cut may spend; not after a deduction that found a program. It leads a conditional fitted
  // to the cases (which picked the largest number or the smallest by comparing them, and missed ties of sign).
  const chosen = printed.node || sliced.node || stepped.node || sequenced.node ? { executions: 0 } : choiceSeed(ctx, table, cases, measures);
  const executions = found.executions + printed.executions + sliced.executions + stepped.executions + sequenced.executions + split.executions + (cut === split ? 0 : cut.executions) + chosen.executions;
  if (chosen.individual) return { seeds: [chosen.individual, ...found.seeds].slice(0, Math.max(1, count)), executions };
  if (split.individual) return { seeds: [split.individual, ...found.seeds].slice(0, Math.max(1, count)), executions };
  if (printed.node) return { seeds: [{ lets: [], outs: [printed.node] }], executions };
  const deduced = sliced.node ?? stepped.node ?? sequenced.node;
  if (deduced && (!found.exact || treeSize(deduced) < treeSize(found.exact))) return { seeds: [{ lets: [], outs: [deduced] }, ...found.seeds].slice(0, Math.max(1, count)), executions };
  return { seeds: found.seeds, executions };
}

/**
 * The enumeration and the deductions after it; `exact`: a program exact on every case, when one was found, `fitted`
 * when that is a line or conditional composed to fit the cases; `missed`: a case an expression exact on the
 * enumeration's cases got wrong. `whole`: the directive's own problem, not a part of it.
 */
function seedStage(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], count: number, candidates: number, conditionCandidates: number, whole = false): { seeds: Individual[]; executions: number; exact?: GpNode; fitted?: boolean; missed?: number } {
  const used = cases.slice(0, SEED_CASES);
  const limits = seedLimits(candidates);
  // With one output, an expression exact on the enumeration's cases and then on every selection case ends the
  // enumeration instead of letting it spend its whole share.
  const { check, state } = exactChecker(ctx, table, used, cases);
  // The bank is let go once its seeds are picked: its values may take a hundred MB of a 384 MB main heap, and
  // aggregate deduction enumerates its own after it (PSB2 luhn ran out of heap with both alive).
  let bank: Map<GpType, Found[]> | undefined;
  let enumerated: number;
  ({ bank, executions: enumerated } = enumeratePrograms(ctx, used, limits, check));
  enumerated += state.ran.count;
  const solution = state.solution;
  // Failing that, a loop whose body is found from the parts of the inputs and outputs (element-wise.ts) solves a map.
  // Its candidates run on 16 or more parts where the enumeration's run on `used`: half the share in executions.
  const partCandidates = Math.floor((Math.min(SEED_ENUMERATION.maxCandidates, candidates / 2) * used.length) / ELEMENT_WISE.enumerated);
  const mapped = solution ? { executions: 0 } : elementWise(ctx, table, cases, partCandidates);
  if (mapped.node) return { seeds: [{ lets: [], outs: [mapped.node] }], executions: mapped.executions + enumerated, exact: mapped.node };
  // Or a line through a bank expression, or a conditional of them (EUSolver's unification), checked on every selection case.
  const line = solution ? { executions: 0 } : linearSeed(ctx, table, bank, used, cases);
  // Or an operation on two expressions of the bank (pair-seed.ts: twice the enumeration's size, found by lookup).
  const pair = solution || line.node ? { executions: 0 } : pairSeed(ctx, table, bank, used, cases);
  // Or a quantity a parameter's number of times multiplied by one expression and increased by another (affine-loop-seed.ts),
  // or (a cued count) how many such steps take it to a bound (affine-until-seed.ts).
  const affine = solution || line.node || pair.node ? { executions: 0 } : affineLoopSeed(ctx, table, bank, used, cases);
  const until = solution || line.node || pair.node || affine.node ? { executions: 0 } : affineUntilSeed(ctx, table, bank, used, cases);
  // Or two lines split at a threshold on a parameter (hinge-seed.ts: a tiered price), fitted to every selection case.
  const hinge = solution || line.node || pair.node || affine.node || until.node ? { executions: 0 } : hingeSeed(ctx, table, cases);
  const unified = solution || line.node || pair.node || affine.node || until.node || hinge.node ? { executions: 0 } : conditionalSeed(ctx, table, bank, used, cases, conditionCandidates);
  // A composed program leads the seeds, not replacing them: fitted on a sample, it may fail validation.
  const composedNode = line.node ?? pair.node ?? affine.node ?? until.node ?? hinge.node ?? unified.node;
  const composed: Individual[] = composedNode ? [{ lets: [], outs: [composedNode] }] : [];
  const picked = bankSeeds(ctx, bank, solution, used, count);
  bank = undefined;
  // Or a count, sum or other aggregate of a body over the inputs' tuples (aggregate-seed.ts), for as many executions
  // as the enumeration may spend: its bodies run on the tuples of several cases, and a two-variable body of seven nodes
  // (a squared difference) takes 2.5 M of them, and half as much again each for the readings with a list's mean, the
  // folds and the pairs after them (at most 2.5 times as much in all, where none is found).
  // Like a map, an exact one is the run's seed. On the `whole` problem it is sought after a conditional fitted to the
  // cases too, and leads it: one body over the data's parts generalises where branches fitted to the cases may not
  // (whether a list counts up by one had been `(xs.length !== 2) ? equal(unique(xs), sorted(xs)) : 1 < minOf(xs)`,
  // exact on all 60 cases). Not on a part's problem, whose few cases an aggregate fits as easily (a sequence's terms).
  const fittedConditional = whole ? (hinge.node ?? unified.node) : undefined;
  const aggregated = solution || (composedNode && !fittedConditional) ? { executions: 0 } : aggregateSeed(ctx, table, cases, limits.maxCandidates * used.length);
  // Or a two-term recurrence until a condition on the pair (recurrence-seed.ts: Euclid's algorithm), for a tenth of
  // what the enumeration may spend.
  const recurred = solution || composedNode || aggregated.node ? { executions: 0 } : recurrenceSeed(ctx, table, used, cases, (limits.maxCandidates * used.length) / RECURRENCE_SHARE);
  const executions = mapped.executions + aggregated.executions + recurred.executions + enumerated + line.executions + pair.executions + affine.executions + until.executions + hinge.executions + unified.executions;
  const deduced = aggregated.node ?? recurred.node;
  if (deduced) return { seeds: [{ lets: [], outs: [deduced] }, ...composed].slice(0, Math.max(1, count)), executions, exact: deduced };
  const exact = ctx.returns.length === 1 ? (solution?.node ?? composedNode) : undefined;
  return { seeds: [...composed, ...picked].slice(0, Math.max(1, count)), executions, exact, fitted: !solution?.node && exact !== undefined, missed: state.missed };
}
