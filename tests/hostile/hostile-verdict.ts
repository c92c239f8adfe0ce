import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { openRegistry, registryPath } from '../../src/registry/open-registry.js';
import type { CandidateRecord, EventRecord } from '../../src/registry/records.js';
import { isHostile } from '../../src/sandbox/escape/candidate-flags.js';

/** What the registry of one hostile program's working directory holds about it. */
export interface Recorded {
  candidates: CandidateRecord[];
  events: EventRecord[];
}

/** Reads every candidate and escape-attempt event of the hostile directive from a working directory's registry. */
export function readRecorded(workDir: string): Recorded {
  if (!existsSync(registryPath(workDir))) return { candidates: [], events: [] };
  const registry = openRegistry(workDir);
  try {
    return { candidates: registry.listCandidates({ directiveId: 'hostile-abs-diff' }), events: registry.listEvents({ kind: 'escape-attempt' }) };
  } finally {
    registry.close();
  }
}

/** Asserts the program ended contained and recorded: a failure, flagged with its reason, raised when hostile. */
export function expectFlagged(recorded: Recorded, candidate: CandidateRecord | undefined, flag: string): void {
  expect(candidate, 'the program was not registered').toBeDefined();
  if (!candidate) return;
  expect(['build-failed', 'test-failed']).toContain(candidate.status);
  expect(candidate.artifacts.flags ?? []).toContain(flag);
  const raised = recorded.events.filter((event) => event.candidateId === candidate.id);
  const hostile = isHostile(candidate.artifacts.flags ?? []);
  expect(raised.length).toBe(hostile ? 1 : 0);
  if (hostile) expect(candidate.score).toBe(Number.NEGATIVE_INFINITY);
}
