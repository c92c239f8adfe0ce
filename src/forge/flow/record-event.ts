import type { EventRecord } from '../../registry/records.js';
import type { ForgeState } from './forge-state.js';

/** Records an event of the current run and directive in the registry. */
export function recordEvent(state: ForgeState, kind: string, data: EventRecord['data'], candidateId?: string): void {
  state.services.registry.recordEvent({ runId: state.run.id, directiveId: state.directive.id, candidateId, kind, data });
}
