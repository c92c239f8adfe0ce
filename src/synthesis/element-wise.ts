import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { enumeratePrograms } from './enumerate-programs.js';
import { exactChecker, exactOnAll, firstFailure } from './exact-check.js';
import type { GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { partPairs, partReadings } from './part-readings.js';
import type { GpNode } from '../programs/program-tree.js';
import { inLoop } from '../programs/program-tree.js';
import { aggregateSeed } from './aggregate-seed.js';
import { unifyConditional } from './unify-conditional.js';
import { conditionalSeed, spread } from './conditional-seed.js';

/**
 * Distinct part pairs a body is enumerated on (at first), and checked on (the first so many; the composed loop is
 * checked on every case after), its largest size, and the enumerations a counterexample may restart.
 */
export const ELEMENT_WISE = { enumerated: 16, checked: 400, maxSize: 8, rounds: 3, perPrimitive: 2_000 };

/**
 * Deduction for maps and filters (as in λ² and FlashFill's witness functions): when a parameter and the output split
 * into parts (array elements, characters, pieces between a separator) and every case agrees with one reading of them
 * (part-readings.ts: the i-th output part made from the i-th input part alone, or the input parts a condition keeps),
 * the loop body is a problem of its own over those part pairs, many more cases than the problem has, solved by the
 * same bottom-up enumeration, with a condition between two expressions where no single one fits. Returns the composed
 * loop when it is exact on every case; `candidates` bounds all its enumerations together, and the nested aggregates
 * below spend two thirds of them again at most.
 */
export function elementWise(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], candidates: number): { node?: GpNode; executions: number } {
  let executions = 0;
  // One budget of candidates for every reading and round, and one in executions for the nested aggregates below.
  let left = candidates;
  let nestedLeft = 2 * Math.ceil(candidates / 3) * ELEMENT_WISE.enumerated;
  if (ctx.returns.length !== 1 || candidates <= 0) return { executions };
  const all = partReadings(ctx, cases);
  for (const reading of all) {
    const parts = partPairs(reading, cases, ELEMENT_WISE.checked);
    if (!parts) continue;
    const sub = new GpContext({
      name: 'part',
      goal: ctx.problem.goal,
      params: [{ name: 'el', type: reading.part }],
      returns: [reading.outPart],
      train: parts,
      test: [],
      extraPrimitives: ctx.problem.extraPrimitives,
    }, ctx.constants);
    // Equivalence on a few pairs can drop the answer for a smaller expression exact on them only: a pair such an
    // expression gets wrong joins the ones enumerated on, and the enumeration runs again (counterexample-guided).
    const used = spread(parts, ELEMENT_WISE.enumerated);
    let body: GpNode | undefined;
    for (let round = 0; round < ELEMENT_WISE.rounds && !body && left > 0; round++) {
      // The first round keeps a third of the candidates back for a counterexample's rounds: a conditional unified on
      // the first pairs (`z` → `a`) may miss a part none of them had (a space), and a round without candidates left
      // could not add it.
      const share = round === 0 && ELEMENT_WISE.rounds > 1 ? Math.ceil((left * 2) / 3) : left;
      const limits = { maxSize: ELEMENT_WISE.maxSize, maxCandidates: share, perPrimitive: ELEMENT_WISE.perPrimitive, perType: 20_000, maxBytes: Infinity };
      const { check, state } = exactChecker(sub, table, used, parts, true);
      const { bank, executions: spent } = enumeratePrograms(sub, used, limits, check);
      executions += spent;
      left -= Math.ceil(spent / used.length);
      body = state.solution?.node;
      // No single expression: a condition choosing between two of them (a body such as `isUpper(c) ? lower(c) : upper(c)`).
      for (const node of body ? [] : unifyConditional(bank, reading.outPart, used)) {
        const failed = firstFailure(sub, table, node, parts, state.ran);
        if (failed === -1) body = node;
        else if (failed >= 0) state.missed ??= failed;
        if (body) break;
      }
      // A number's conditions are enumerated on their own, as for a whole problem (conditional-seed.ts): this
      // enumeration keeps no comparison, which cannot become a number without a conditional (double the even ones).
      // Only from a whole bank (or in the last round): one stopped at a counterexample lacks most branches, and the
      // next round has them.
      const whole = state.missed === undefined || round === ELEMENT_WISE.rounds - 1;
      if (!body && whole && (reading.outPart === 'int' || reading.outPart === 'float')) {
        // A third of the round's share: on 30 wider pairs, conditions of five nodes took some 13 k candidates.
        const chosen = conditionalSeed(sub, table, bank, used, parts, Math.ceil(share / 3));
        executions += chosen.executions;
        left -= Math.ceil(chosen.executions / used.length);
        // One condition only: a decision list over a few distinct parts fits them by rote (each running sum of a
        // fixed sequence, told apart by its element alone).
        const listed = (n: GpNode): boolean => n.kind === 'call' && n.prim.startsWith('if_') && n.kids[2].kind === 'call' && n.kids[2].prim.startsWith('if_');
        body = chosen.node && !listed(chosen.node) ? chosen.node : undefined;
      }
      executions += state.ran.count;
      if (body || state.missed === undefined) break;
      used.push(parts[state.missed]);
    }
    // Or each part's number is an aggregate over the part itself (the vowels of each word: a count over its characters),
    // from a budget of its own shared by every reading, since the rounds above may have spent every candidate: a third
    // of them, in executions, to each aggregate search (which spends as much again at most on its means and folds).
    if (!body && nestedLeft > 0 && (reading.outPart === 'int' || reading.outPart === 'float')) {
      const nested = aggregateSeed(sub, table, parts, Math.min(Math.ceil(candidates / 3) * used.length, nestedLeft / 2));
      executions += nested.executions;
      nestedLeft -= nested.executions;
      body = nested.node;
    }
    if (!body || !usesOnly(body, ctx.types)) continue;
    const param = ctx.params[reading.param];
    const node = reading.compose({ kind: 'var', type: param.type, name: param.name }, inLoop(body, ['el'], [{ kind: 'var', type: reading.part, name: reading.bound }]));
    const ran = { count: 0 };
    const exact = exactOnAll(ctx, table, node, cases, ran);
    executions += ran.count;
    if (exact) return { node, executions };
  }
  return { executions };
}

/** Whether every node of a tree has one of the problem's types (a body may not bring a type the program has not). */
function usesOnly(node: GpNode, types: GpType[]): boolean {
  return types.includes(node.type) && (node.kind !== 'call' || node.kids.every((k) => usesOnly(k, types)));
}
