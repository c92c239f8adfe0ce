import type { ForgeState } from '../flow/forge-state.js';
import { recordEvent } from '../flow/record-event.js';
import type { RemoteEvaluation } from './remote-evaluation.js';

/** How many of a cycle's candidates may be on the queue at once: enough to keep many workers busy. */
const IN_FLIGHT = 64;

/**
 * The test stage of a scaled-out run: every proposal of the cycle is sent to the workers (build, test and score there),
 * a bounded number at a time. A job that fails for good is recorded as an event and the candidate as crashed.
 */
export async function evaluateRemotely(state: ForgeState, remote: RemoteEvaluation): Promise<undefined> {
  const queue = state.items.filter((item) => !item.proposal.failure && !item.build);
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      if (state.services.stop.requested) return;
      const { failed } = await remote.evaluate(item, state.directive, state.examples, state.config);
      if (failed) recordEvent(state, 'worker-job-failed', { hash: item.hash, reason: failed });
      if (item.build?.ok) state.counters.evaluations += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, queue.length) }, worker));
  return undefined;
}
