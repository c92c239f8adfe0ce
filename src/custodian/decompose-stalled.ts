import { proposeGoals } from '../goal-proposer/propose-goals.js';
import type { CustodianView } from './custodian-view.js';

/** The decomposition rung: asks the goal proposer for sub-directives of the stalled directive; returns their ids. */
export async function decomposeStalled(view: CustodianView): Promise<string[]> {
  const { directive, examples } = view;
  if (!examples) return [];
  const proposed = await proposeGoals({
    workDir: view.workDir,
    registry: view.registry,
    runId: view.runId,
    config: view.config,
    directive,
    examples,
    best: view.best,
    mode: 'decompose',
    model: view.goalModel,
    signal: view.signal,
  });
  return proposed.map((p) => p.proposal.id);
}
