import type { Registry } from '../registry/registry.js';
import type { CandidateRecord } from '../registry/records.js';
import type { CustodianState } from './custodian-state.js';

/** The first ancestor of a candidate (following first parents), cached in the custodian state. */
export function rootOf(registry: Registry, custodian: CustodianState, candidate: CandidateRecord): string {
  const path: string[] = [];
  let current: CandidateRecord | undefined = candidate;
  let root = candidate.id;
  while (current) {
    const known = custodian.roots[current.id];
    if (known) {
      root = known;
      break;
    }
    path.push(current.id);
    root = current.id;
    const parent: string | undefined = current.parents[0];
    current = parent ? registry.getCandidate(parent) : undefined;
  }
  for (const id of path) custodian.roots[id] = root;
  return root;
}

/**
 * Stagnation per lineage: each family (candidates sharing a first ancestor) keeps its best score and the cycle it last
 * improved; a family that has not improved for `patience` cycles is newly stalled. Returns the lineages that stalled this cycle.
 */
export function trackLineages(registry: Registry, custodian: CustodianState, registered: CandidateRecord[], cycle: number, patience: number): string[] {
  for (const candidate of registered) {
    if (!Number.isFinite(candidate.score)) continue;
    const root = rootOf(registry, custodian, candidate);
    const lineage = custodian.lineages[root];
    if (!lineage || candidate.score > lineage.best) custodian.lineages[root] = { best: candidate.score, cycle, stalled: false };
  }
  const stalled: string[] = [];
  for (const [root, lineage] of Object.entries(custodian.lineages)) {
    if (!lineage.stalled && cycle - lineage.cycle >= patience) {
      lineage.stalled = true;
      stalled.push(root);
    }
  }
  return stalled;
}
