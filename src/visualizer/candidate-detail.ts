import { createTwoFilesPatch } from 'diff';
import type { CandidateRecord, EventRecord } from '../registry/records.js';
import type { Registry } from '../registry/registry.js';

/** Everything the dashboard shows about one candidate: the record, a unified diff against each parent, its events. */
export interface CandidateDetail {
  candidate: CandidateRecord;
  diffs: { parentId: string; patch: string }[];
  events: EventRecord[];
}

/** Loads a candidate with its diffs against its parents; undefined when there is no such candidate. */
export function candidateDetail(registry: Registry, id: string): CandidateDetail | undefined {
  const candidate = registry.getCandidate(id);
  if (!candidate) return undefined;
  const diffs = candidate.parents.map((parentId) => {
    const parent = registry.getCandidate(parentId);
    const patch = parent ? createTwoFilesPatch(parentId, id, parent.code, candidate.code, undefined, undefined, { context: 3 }) : '';
    return { parentId, patch };
  });
  const events = registry.listEvents({ directiveId: candidate.directiveId, runId: candidate.runId }).filter((e) => e.candidateId === id);
  return { candidate, diffs, events };
}
