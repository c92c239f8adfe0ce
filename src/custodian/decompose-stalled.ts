import { proposeGoals } from '../goal-proposer/propose-goals.js';
import type { ForgeState } from '../forge/flow/forge-state.js';

/** The decomposition rung: asks the goal proposer for sub-directives of the stalled directive; returns their ids. */
export async function decomposeStalled(state: ForgeState): Promise<string[]> {
  const { services, directive, examples } = state;
  if (!examples) return [];
  const proposed = await proposeGoals({
    workDir: services.workDir,
    registry: services.registry,
    runId: state.run.id,
    config: state.config,
    directive,
    examples,
    best: state.best,
    mode: 'decompose',
    model: services.goalModel,
    signal: services.stop.signal,
  });
  return proposed.map((p) => p.proposal.id);
}
