import type { Registry } from '../../src/registry/registry.js';

/** What an autonomous run did, read back from its registry. */
export interface AutonomySummary {
  given: number;
  proposed: number;
  byStatus: Record<string, number>;
  attempts: number;
  haltReasons: Record<string, number>;
  reopened: number;
  escalations: Record<string, number>;
  entropyChanges: number;
  flags: number;
  evaluations: number;
  noveltyRejected: number;
  /** Longest run of consecutive cycles without a better score within one attempt at one directive. */
  longestStall: number;
}

const tally = (values: string[]): Record<string, number> => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

/** Reads the goal tree, the custodian's events and the checkpoint counters of one run. */
export function summarizeAutonomy(registry: Registry, runId: string, given: string[]): AutonomySummary {
  const run = registry.getRun(runId);
  const events = registry.listEvents({ runId });
  const of = (kind: string) => events.filter((e) => e.kind === kind);
  const ids = new Set([...given, ...of('goal-proposed').map((e) => String(e.directiveId))]);
  const directives = registry.listDirectives().filter((d) => ids.has(d.id));
  const counter = (name: string): number => [...ids].reduce((sum, id) => sum + (run?.checkpoint[`${id}.${name}`] ?? 0), 0);
  let longestStall = 0;
  const streak = new Map<string, { best: number; stall: number }>();
  for (const e of events) {
    if (e.kind === 'directive-halted') streak.delete(String(e.directiveId));
    if (e.kind !== 'cycle') continue;
    const id = String(e.directiveId);
    const best = Number(e.data.best);
    const last = streak.get(id);
    const stall = last && !(best > last.best) ? last.stall + 1 : 0;
    streak.set(id, { best: Math.max(best, last?.best ?? best), stall });
    longestStall = Math.max(longestStall, stall);
  }
  return {
    given: given.length,
    proposed: of('goal-proposed').length,
    byStatus: tally(directives.map((d) => d.status)),
    attempts: of('directive-halted').length,
    haltReasons: tally(of('directive-halted').map((e) => String(e.data.reason))),
    reopened: of('goal-reopened').length,
    escalations: tally(of('escalation').map((e) => String(e.data.rung))),
    entropyChanges: of('entropy-changed').length,
    flags: of('misalignment-flag').length,
    evaluations: counter('evaluations'),
    noveltyRejected: counter('noveltyRejected'),
    longestStall,
  };
}
