import type { GpProblem, GpType } from './gp-problem.js';
import type { ConstantPools } from '../constant-mining/mine-constants.js';
import { mineConstants } from '../constant-mining/mine-constants.js';
import { goalCues, goalTypes } from '../constant-mining/goal-cues.js';
import { libraryPrimitives } from './library-primitives.js';
import { HELPERS, PrimitiveSet, problemTypes, RESERVED } from '../primitives/primitive-set.js';

/** A variable visible at some point of a program: a parameter, a local binding or a lambda parameter. */
export interface ScopeVar {
  name: string;
  type: GpType;
}

/** Limits on program shape that keep emitted modules short and evaluation cheap. */
export const LIMITS = { maxLets: 6, maxTreeSize: 50, maxDepth: 10, initDepth: 5 } as const;

/** Everything derived once from a problem: safe parameter names, the primitive set and constant pools. */
export class GpContext {
  readonly params: ScopeVar[];
  readonly returns: GpType[];
  readonly set: PrimitiveSet;
  readonly constants: ConstantPools;
  readonly name: string;
  /** The types this problem's programs use (see problemTypes). */
  readonly types: GpType[];

  /** `constants`: pools to use instead of mining the problem's own cases (a sub-problem borrows its parent's). */
  constructor(
    readonly problem: GpProblem,
    constants?: ConstantPools,
  ) {
    const taken = new Set<string>();
    this.params = problem.params.map((p, i) => {
      let name = /^[A-Za-z_$][\w$]*$/.test(p.name) ? p.name : `input${i + 1}`;
      while (taken.has(name) || RESERVED.has(name) || HELPERS[name] || /^(v|x|y|c|i|acc)\d+$/.test(name)) name = `${name}_`;
      taken.add(name);
      return { name, type: p.type };
    });
    this.returns = problem.returns;
    const signature = [...problem.params.map((p) => p.type), ...problem.returns];
    const types = problemTypes([...signature, ...goalTypes(problem.goal)], problem.extraPrimitives);
    this.types = [...types];
    this.name = problem.name && /^[A-Za-z_$][\w$]*$/.test(problem.name) ? problem.name : 'evolved';
    // Building blocks are named in the emitted module beside the parameters, the function itself, helpers and extras.
    const names = new Set([...taken, this.name, ...RESERVED, ...Object.keys(HELPERS), ...(problem.extraPrimitives ?? []).map((x) => x.name)]);
    this.set = new PrimitiveSet(problem.extraPrimitives, types, libraryPrimitives(problem.library ?? [], names), goalCues(problem.goal));
    this.constants = constants ?? mineConstants(problem.train, problem.returns, problem.goal, problem.params.map((p) => p.name));
  }

  /** The first of `names` no parameter has (the last with underscores added where every one is taken): a seed's own names. */
  freeName(names: string[]): string {
    return names.find((n) => !this.params.some((p) => p.name === n)) ?? `${names[names.length - 1]}__`;
  }
}
