import type { CandidateSummary } from '../registry/registry.js';

/** What a view draws for one candidate: no code, its score, and whether it failed to build or was flagged. */
export interface LineageNode {
  id: string;
  parents: string[];
  /** The version of the directive the candidate was made for (older versions are history). */
  version: number;
  cycle: number;
  score: number | null;
  status: CandidateSummary['status'];
  engine: string;
  operator: string;
  buildFailed: boolean;
  flagged: boolean;
}

/** The drawable form of a candidate; non-finite scores become null so that the node survives JSON. */
export function lineageNode(candidate: Pick<CandidateSummary, 'id' | 'parents' | 'version' | 'cycle' | 'score' | 'status' | 'engine' | 'operator'>, flagged: boolean): LineageNode {
  return {
    id: candidate.id,
    parents: candidate.parents,
    version: candidate.version ?? 1,
    cycle: candidate.cycle,
    score: Number.isFinite(candidate.score) ? candidate.score : null,
    status: candidate.status,
    engine: candidate.engine,
    operator: candidate.operator,
    buildFailed: candidate.status === 'build-failed',
    flagged: flagged || candidate.status === 'rejected',
  };
}
