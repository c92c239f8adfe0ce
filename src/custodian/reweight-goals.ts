import type { Registry } from '../registry/registry.js';

/**
 * Re-weights the open goals of a tree from their progress: a directive whose best candidate passes more of its train
 * cases, or one of whose children was just solved (a fresh building block), moves up; each earlier attempt that ended
 * without a solution moves it down. The directive file's priority is the base; every change is a `goal-reweighted` event.
 */
export function reweightGoals(registry: Registry, runId: string, members: Set<string>): void {
  const all = registry.listDirectives();
  const solvedChildren = new Set(all.filter((d) => d.status === 'solved' && d.parent).map((d) => d.parent));
  for (const record of all) {
    if (!members.has(record.id) || record.status !== 'open') continue;
    const base = (JSON.parse(record.json) as { priority?: number }).priority ?? record.priority;
    const passRate = registry.best(record.id)?.metrics.train_pass_rate ?? 0;
    const attempts = registry.listEvents({ directiveId: record.id, kind: 'directive-halted' }).length;
    const factor = (1 + passRate) * 0.75 ** attempts * (solvedChildren.has(record.id) ? 1.25 : 1);
    const priority = Number((base * factor).toFixed(4));
    if (Math.abs(priority - record.priority) <= 0.01 * Math.max(1e-9, record.priority)) continue;
    registry.upsertDirective({ ...record, priority });
    registry.recordEvent({ runId, directiveId: record.id, kind: 'goal-reweighted', data: { from: record.priority, to: priority, base, passRate, attempts, childSolved: solvedChildren.has(record.id) } });
  }
}
