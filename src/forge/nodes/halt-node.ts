import { Node } from 'pocketflow';
import type { ForgeState } from '../flow/forge-state.js';
import { recordEvent } from '../flow/record-event.js';
import { summariseLlmFailures } from '../flow/report-llm-failures.js';
import { checkpoint } from './govern-node.js';

/** Ends a directive's loop: records why it halted and leaves a final checkpoint. */
export class HaltNode extends Node<ForgeState> {
  override async post(shared: ForgeState): Promise<undefined> {
    const halted = shared.halted ?? { reason: 'error', detail: 'halted without a reason' };
    shared.halted = halted;
    checkpoint(shared);
    summariseLlmFailures(shared);
    recordEvent(shared, 'directive-halted', { reason: halted.reason, detail: halted.detail, cycle: shared.counters.cycle });
    return undefined;
  }
}
