import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import { openRegistry, registryPath } from '../../src/registry/open-registry.js';
import type { CandidateRecord, EventRecord } from '../../src/registry/records.js';
import { isHostile, voidsEvaluation } from '../../src/sandbox/escape/candidate-flags.js';

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

/** Asserts a candidate's flags hold `flag`, or (null) none at all: it failed on its own answers. */
export function expectFlags(flags: readonly string[] | undefined, flag: string | null): void {
  if (flag === null) expect(flags ?? []).toEqual([]);
  else expect(flags ?? []).toContain(flag);
}

/** Asserts the program ended contained and recorded: a failure, flagged with its reason (if any), raised when hostile. */
export function expectFlagged(recorded: Recorded, candidate: CandidateRecord | undefined, flag: string | null): void {
  expect(candidate, 'the program was not registered').toBeDefined();
  if (!candidate) return;
  // Never solved: refused at build, voided, or registered with the (failing) score its own answers earned.
  expect(['build-failed', 'test-failed', 'evaluated']).toContain(candidate.status);
  if (candidate.status !== 'build-failed' && voidsEvaluation(candidate.artifacts.flags ?? [])) expect(candidate.status).toBe('test-failed');
  expectFlags(candidate.artifacts.flags, flag);
  const raised = recorded.events.filter((event) => event.candidateId === candidate.id);
  const hostile = isHostile(candidate.artifacts.flags ?? []);
  expect(raised.length).toBe(hostile ? 1 : 0);
  if (hostile) expect(candidate.score).toBe(Number.NEGATIVE_INFINITY);
}
