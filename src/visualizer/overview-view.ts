import type { DirectiveRecord, RunRecord, StopRecord } from '../registry/records.js';
import type { Registry } from '../registry/registry.js';

/** A directive in the goal tree: its record (minus the raw JSON), how many candidates it has and its best score. */
export interface GoalNode extends Omit<DirectiveRecord, 'json'> {
  candidates: number;
  bestScore: number | null;
  bestId: string | null;
}

/** The dashboard's left column: the goal tree of directives, the runs and the stops. */
export interface Overview {
  directives: GoalNode[];
  runs: Omit<RunRecord, 'options'>[];
  stops: StopRecord[];
}

/** Reads the overview; cheap (one count and one best lookup per directive) so that it can be re-sent on every change. */
export function overviewView(registry: Registry): Overview {
  const directives = registry.listDirectives().map(({ json: _json, ...directive }) => {
    const best = registry.best(directive.id);
    return {
      ...directive,
      candidates: registry.countCandidates(directive.id),
      bestScore: best && Number.isFinite(best.score) ? best.score : null,
      bestId: best?.id ?? null,
    };
  });
  const runs = registry.listRuns().map(({ options: _options, ...run }) => run);
  return { directives, runs, stops: registry.listStops() };
}
