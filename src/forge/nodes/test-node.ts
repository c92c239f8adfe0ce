import type { SandboxJob } from '../../sandbox/sandbox.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { CycleItem, ForgeState } from '../flow/forge-state.js';

/** Runs every built candidate in the sandbox against the directive's evaluator, a few at a time. */
export class TestNode extends ForgeStage {
  protected override readonly drainOnStop = true;
  readonly stageName = 'test';

  protected async work(state: ForgeState): Promise<undefined> {
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
  const { directive } = state;
  const evaluator = directive.evaluator;
  let jobEvaluator: SandboxJob['evaluator'];
  if (evaluator.kind === 'examples') {
    if (!state.examples) throw new Error(`examples of ${directive.id} are not loaded`);
    jobEvaluator = { kind: 'examples', cases: state.examples };
  } else if (evaluator.kind === 'tests') {
    jobEvaluator = { kind: 'tests', files: evaluator.files };
  } else {
    jobEvaluator = { kind: 'script', module: evaluator.module, solvedAt: evaluator.solvedAt };
  }
  item.evaluation = await state.services.sandbox.evaluate({
    modulePath: item.build?.modulePath ?? '',
    evaluator: jobEvaluator,
    limits: {
      timeoutMs: directive.constraints.timeoutMs,
      memoryMb: directive.constraints.memoryMb,
      maxOutputBytes: state.config.sandbox.max_output_bytes,
    },
  });
  state.counters.evaluations += 1;
}
