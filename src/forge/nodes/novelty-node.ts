import { cosineSimilarity } from '../../memory/vector-blob.js';
import { withEntropy } from '../../custodian/entropy-settings.js';
import { ForgeStage } from '../flow/forge-stage.js';
import type { CycleItem, ForgeState } from '../flow/forge-state.js';
import { recordEvent } from '../flow/record-event.js';

// How many nearest neighbours are looked at to find one of the current version (older versions' are skipped).
const NEAREST = 16;

/**
 * Novelty rejection before build: a proposal whose embedding is at least `memory.novelty_threshold` similar to a
 * candidate this version of the directive already evaluated (or to another proposal of the cycle) is dropped unevaluated: it would
 * cost a sandbox run to learn next to nothing. Exact copies are left to the build stage's duplicate check; a proposal
 * the engine found passing all its cases is always kept.
 */
export class NoveltyNode extends ForgeStage {
  readonly stageName = 'novelty';

  protected async work(state: ForgeState): Promise<undefined> {
    const memory = state.services.memory;
    const { registry } = state.services;
    // A proposal the engine found passing all its cases may be the solution: it is never dropped for being close to earlier code.
    const open = state.items.filter(
      (item) => !item.proposal.failure && item.proposal.operator !== 'seed' && !item.proposal.passesAllCases && !registry.findByHash(state.directive.id, item.hash),
    );
    if (!memory || open.length === 0) return undefined;
    const threshold = withEntropy(state.config, state.custodian?.entropyLevel ?? 0).memory.novelty_threshold;
    let vectors: Float32Array[];
    try {
      vectors = await memory.embedder.embed(open.map((item) => item.proposal.code));
    } catch (error) {
      recordEvent(state, 'memory-failed', { stage: 'novelty', message: (error as Error).message });
      return undefined;
    }
    // Code an older version of the directive evaluated was judged against another problem: it is no duplicate here.
    const version = registry.getDirective(state.directive.id)?.version ?? 1;
    const current = (ref: string): boolean => registry.getCandidate(ref)?.version === version;
    const rejected = new Set<CycleItem>();
    const nearest: { similarity: number; to: string }[] = [];
    const kept: { item: CycleItem; vector: Float32Array }[] = [];
    open.forEach((item, i) => {
      const vector = vectors[i];
      const hit = memory.nearestTo(vector, { kind: 'candidate', directiveId: state.directive.id, limit: NEAREST }).find((h) => current(h.ref));
      const twin = kept.find((k) => k.item.hash !== item.hash && cosineSimilarity(k.vector, vector) >= threshold);
      if (hit && hit.similarity >= threshold) nearest.push({ similarity: Number(hit.similarity.toFixed(5)), to: hit.ref });
      else if (twin) nearest.push({ similarity: Number(cosineSimilarity(twin.vector, vector).toFixed(5)), to: 'this cycle' });
      else {
        kept.push({ item, vector });
        return;
      }
      rejected.add(item);
    });
    if (rejected.size === 0) return undefined;
    state.items = state.items.filter((item) => !rejected.has(item));
    state.counters.noveltyRejected += rejected.size;
    recordEvent(state, 'novelty-rejected', { rejected: rejected.size, proposals: open.length, threshold, nearest, evaluationsSaved: rejected.size });
    return undefined;
  }
}
