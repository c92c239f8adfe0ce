import type { PreparedDirective } from '../run/prepare-directives.js';
import type { DirectiveOutcome } from '../run/run-options.js';

/** Decides which directive a run works on next and what follows from each outcome. */
export interface GoalQueue {
  /** The next directive to run, or undefined when the run has nothing left to do. */
  next(): PreparedDirective | undefined;
  /** Records how a directive's loop ended (goal-tree status, proposals, reopened parents). */
  done(prepared: PreparedDirective, outcome: DirectiveOutcome): Promise<void>;
}
