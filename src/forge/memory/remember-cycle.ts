import { clusterFailures } from '../../goal-proposer/failure-clusters.js';
import type { ForgeState } from '../flow/forge-state.js';
import type { CandidateRecord } from '../../registry/records.js';
import type { MemoryItem } from '../../memory/memory-item.js';

// A lesson is a failure summary: which cases the best candidate still fails, and how.
function lessons(state: ForgeState, best: CandidateRecord): MemoryItem[] {
  if (!state.examples || best.status === 'solved') return [];
  const { directive, examples } = state;
  return clusterFailures(best, examples)
    .slice(0, 3)
    .map((cluster) => {
      const example = examples.train[cluster.indices[0]];
      return {
        kind: 'lesson' as const,
        ref: `${directive.id}:${cluster.signature}`,
        directiveId: directive.id,
        signature: directive.signature,
        text: `${directive.goal} — ${cluster.indices.length} of ${examples.train.length} train cases fail with "${cluster.signature}", e.g. ${JSON.stringify(example.inputs)} → ${JSON.stringify(example.outputs)} (best score ${best.score.toFixed(4)})`,
      };
    });
}

/**
 * Adds a cycle to the memory: the directive's goal (once), every candidate that built and ran, and, when the best
 * improved, the lessons of its remaining failures. A memory failure is recorded and never stops the forge.
 */
export async function rememberCycle(state: ForgeState, registered: CandidateRecord[], improved: boolean): Promise<void> {
  const memory = state.services.memory;
  if (!memory) return;
  const { directive } = state;
  const items: MemoryItem[] = [{ kind: 'directive', ref: directive.id, directiveId: directive.id, signature: directive.signature, text: `${directive.goal}\n${directive.signature}` }];
  for (const candidate of registered) {
    items.push({ kind: 'candidate', ref: candidate.id, directiveId: directive.id, signature: directive.signature, text: candidate.code, score: candidate.score });
  }
  try {
    await memory.remember(items);
    if (improved && state.best) await memory.remember(lessons(state, state.best), true);
  } catch (error) {
    state.services.registry.recordEvent({ runId: state.run.id, directiveId: directive.id, kind: 'memory-failed', data: { message: (error as Error).message } });
  }
}
