import type { Registry } from '../../registry/registry.js';
import type { PreparedDirective } from '../run/prepare-directives.js';
import type { DirectiveOutcome } from '../run/run-options.js';
import type { GoalQueue } from './goal-queue.js';

/** The queue of an ordinary run: the given directives in priority order, each once; finished ones are skipped. */
export class FixedQueue implements GoalQueue {
  private readonly pending: PreparedDirective[];

  constructor(
    private readonly registry: Registry,
    prepared: PreparedDirective[],
    finished: Set<string | undefined>,
  ) {
    this.pending = prepared.filter((p) => !finished.has(p.directive.id));
  }

  next(): PreparedDirective | undefined {
    return this.pending.shift();
  }

  async done(prepared: PreparedDirective, outcome: DirectiveOutcome): Promise<void> {
    const id = prepared.directive.id;
    if (outcome.halted.reason === 'solved') this.registry.setDirectiveStatus(id, 'solved');
    else if (outcome.halted.reason === 'stagnation' || outcome.halted.reason === 'decomposed') this.registry.setDirectiveStatus(id, 'stalled');
  }
}
