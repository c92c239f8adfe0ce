import type { ExampleCase } from '../directive/directive.js';

/** How a proposal came about. */
export type ProposalKind = 'failure-cluster' | 'curriculum' | 'llm-decompose' | 'llm-extend';

/** A directive the proposer wants to add to the goal tree, with its own cases and the reason it was proposed. */
export interface GoalProposal {
  id: string;
  /** The directive it helps (decomposition, curriculum) or builds on (extension). */
  parent: string;
  kind: ProposalKind;
  goal: string;
  why: string;
  train: ExampleCase[];
  test: ExampleCase[];
}
