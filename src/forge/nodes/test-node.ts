import { ForgeStage } from '../flow/forge-stage.js';
import type { CycleItem, ForgeState } from '../flow/forge-state.js';
import { evaluateRemotely } from '../scale/evaluate-remotely.js';
import { sandboxJob } from '../stages/sandbox-job.js';

/** Runs every built candidate in the sandbox against the directive's evaluator, a few at a time. */
export class TestNode extends ForgeStage {
  protected override readonly drainOnStop = true;
  readonly stageName = 'test';

  protected async work(state: ForgeState): Promise<undefined> {
    if (state.services.remote) return evaluateRemotely(state, state.services.remote);
    const queue = state.items.filter((item) => item.build?.ok && item.build.modulePath);
    const width = Math.max(1, state.config.sandbox.concurrency);
    const worker = async (): Promise<void> => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        if (state.services.stop.requested) return;
        await evaluate(state, item);
      }
    };
    await Promise.all(Array.from({ length: width }, worker));
    return undefined;
  }
}

async function evaluate(state: ForgeState, item: CycleItem): Promise<void> {
  const trust = item.proposal.whitelisted ? 'gp-whitelist' : 'untrusted';
  const job = sandboxJob(state.directive, state.examples, item.build?.modulePath ?? '', state.config.sandbox.max_output_bytes, trust);
  item.evaluation = await state.services.sandbox.evaluate(job);
  state.counters.evaluations += 1;
}
