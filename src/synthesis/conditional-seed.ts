import type { ExampleCase } from '../directive/directive.js';
import { caseError } from '../programs/case-errors.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { Found } from './enumerate-programs.js';
import { enumeratePrograms } from './enumerate-programs.js';
import { exactOrRounded } from './exact-check.js';
import { roundedDecimals, roundTo } from './rounding.js';
import type { GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { stepBudget } from '../programs/step-budget.js';
import { UNIFY_LIMITS, unifyConditional } from './unify-conditional.js';

/** Spreads the pairs a body is enumerated on over the whole list, so the first few parts' kind does not fill them. */
export const spread = <T>(items: T[], n: number): T[] => (items.length <= n ? [...items] : Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]));

/** Candidates the enumeration of conditions may try, and the bank's expressions re-run as branches on the wider cases (best, smallest, smallest right on each case). */
export const CONDITIONAL_LIMITS = { conditions: 40_000, branches: 300, smallest: 100, perCase: 5, classes: 8 };

/**
 * A conditional exact on every case, when the enumeration found no single expression. Twelve cases hold too few of a
 * problem's branches (letter grades: mostly one letter), so the unification works on up to 30 cases, one of each
 * output the enumeration's cases lack first: the bank's branches that are right on the most enumeration cases (and
 * the smallest) are run on them, a few-class output's values join them as literals, and conditions are enumerated on
 * them on their own (the enumeration of a non-boolean output keeps only what can reach it, and a comparison cannot
 * without a conditional). A conditional unified from them (unify-conditional.ts) must be exact on every case.
 */
export function conditionalSeed(ctx: GpContext, table: PrimitiveTable, bank: Map<GpType, Found[]>, used: ExampleCase[], cases: ExampleCase[], candidates: number): { node?: GpNode; executions: number } {
  const type = ctx.returns[0];
  if (ctx.returns.length !== 1 || candidates <= 0) return { executions: 0 };
  const wide = [...used, ...widening(used, cases, UNIFY_LIMITS.maxCases - used.length)];
  const ran = { count: 0 };
  // Float outputs all rounded to a few decimals (cents) are met by branches rounded the same way: the conditional is
  // unified from rounded values, and the program rounds its result (a tiered price: `q * p * 0.9` rounded to cents).
  const decimals = type === 'float' ? roundedDecimals(cases.map((c) => c.outputs[0])) : undefined;
  const rounded = (f: Found): Found => (decimals === undefined ? f : { ...f, values: f.values.map((v) => roundTo(v, decimals)) });
  const rightOn = (f: Found): number => f.values.reduce<number>((n, v, i) => n + (caseError(type, v, used[i].outputs[0]) === 0 ? 1 : 0), 0);
  const seen = new Set<string>();
  const distinct = (bank.get(type) ?? []).map(rounded).filter((f) => {
    const key = JSON.stringify(f.values);
    return !seen.has(key) && (seen.add(key), true);
  });
  // The branches right on most enumeration cases, and the smallest ones, which may be right only on cases it lacks.
  const best = distinct
    .map((f) => ({ f, right: rightOn(f) }))
    .filter((b) => b.right > 0)
    .sort((a, b) => b.right - a.right || a.f.size - b.f.size)
    .slice(0, CONDITIONAL_LIMITS.branches)
    .map((b) => b.f);
  // And the smallest right on each case: a branch right on few cases (the texts a truncation cuts, where most keep
  // theirs) ranks behind hundreds right on the many, and the unification needs it all the same.
  const perCase = used.flatMap((c, i) => distinct.filter((f) => caseError(type, f.values[i], c.outputs[0]) === 0).slice(0, CONDITIONAL_LIMITS.perCase));
  const branches = [...new Set([...best, ...distinct.slice(0, CONDITIONAL_LIMITS.smallest), ...perCase])];
  const joined = new Map<GpType, Found[]>([[type, [...classLiterals(type, wide), ...rerun(ctx, table, branches, wide, ran).map(rounded)]]]);
  const asks = new GpContext({ ...ctx.problem, returns: ['boolean'], train: wide, test: [] }, ctx.constants);
  // `candidates` counts the caller's candidates on `used`: on the wider cases each costs more.
  const share = Math.floor((candidates * used.length) / wide.length);
  const limits = { maxSize: 7, maxCandidates: Math.min(share, CONDITIONAL_LIMITS.conditions), perPrimitive: 500, perType: 5_000, maxBytes: Infinity };
  const conditions = enumeratePrograms(asks, wide, limits);
  joined.set('boolean', [...(type === 'boolean' ? (joined.get(type) ?? []) : []), ...(conditions.bank.get('boolean') ?? [])]);
  for (const n of unifyConditional(joined, type, wide)) {
    const node = exactOrRounded(ctx, table, n, cases, decimals, ran);
    if (node) return { node, executions: conditions.executions + ran.count };
  }
  return { executions: conditions.executions + ran.count };
}

/**
 * The outputs themselves as literal branches when they fall in a few classes ("Student has a B grade."): a literal
 * the pools lack cannot be enumerated (a concatenation of literals is never built, the leaves being meant to cover it).
 */
function classLiterals(type: GpType, cases: ExampleCase[]): Found[] {
  if (!['int', 'float', 'string', 'boolean'].includes(type)) return [];
  const values = [...new Set(cases.map((c) => c.outputs[0]))];
  if (values.length > CONDITIONAL_LIMITS.classes) return [];
  return values.map((value) => ({ node: { kind: 'const', type, value } as GpNode, size: 1, values: cases.map(() => value) }));
}

/** The expressions' values on other cases (an expression that throws on one is dropped). */
function rerun(ctx: GpContext, table: PrimitiveTable, list: Found[], cases: ExampleCase[], ran: { count: number }): Found[] {
  const fns = compilePrograms(list.map((f) => programSource(ctx, { lets: [], outs: [f.node] })), table);
  const out: Found[] = [];
  list.forEach((f, k) => {
    const fn = fns[k];
    if (!fn) return;
    try {
      const values = cases.map((c) => {
        ran.count++;
        table.resetSteps(stepBudget(c.inputs));
        return fn(...c.inputs);
      });
      out.push({ ...f, values });
    } catch {
      // a branch that fails on a case is no branch
    }
  });
  return out;
}

/** Up to `room` more cases: first one of each output the cases in hand lack (a branch they never take), then spread. */
function widening(used: ExampleCase[], cases: ExampleCase[], room: number): ExampleCase[] {
  const key = (c: ExampleCase): string => JSON.stringify(c.outputs);
  const have = new Set(used.map(key));
  const others = cases.filter((c) => !used.includes(c));
  const novel = others.filter((c) => !have.has(key(c)) && (have.add(key(c)), true));
  if (novel.length >= room) return spread(novel, room);
  return [...novel, ...spread(others.filter((c) => !novel.includes(c)), room - novel.length)];
}

