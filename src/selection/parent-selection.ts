import type { CandidateRecord } from '../registry/records.js';

/** The candidates a cycle's parents are chosen from. */
export interface SelectionPool {
  /** The directive's best candidates that built and ran, best first. */
  byScore: CandidateRecord[];
  /** The candidates whose descendants improved most (ancestry credit), best first. */
  byAncestry: CandidateRecord[];
}

/** How many parents to choose and how. */
export interface SelectionOptions {
  count: number;
  /** The cycle's seeded random source: the same sequence gives the same parents. */
  random: () => number;
  /** Share of draws made from the ancestry ranking rather than by score (adaptive entropy raises it). */
  ancestryWeight: number;
  /** Injected diversity (an escalation rung): choose with as little regard for score as the strategy allows. */
  diverse: boolean;
}

/**
 * A named, pluggable way of choosing a cycle's parents. Every strategy runs the contract suite in
 * parent-selection.contract.ts: at most `count` distinct candidates of the pool, best first, the best of the pool
 * always among them, the same parents for the same random sequence.
 */
export interface ParentSelection {
  readonly name: string;
  select(pool: SelectionPool, options: SelectionOptions): CandidateRecord[];
}
