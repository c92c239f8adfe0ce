import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { ForgeConfig } from '../config/config-schema.js';
import type { Directive, ExampleSet } from '../directive/directive.js';
import { loadDirective } from '../directive/load-directive.js';
import type { CandidateRecord } from '../registry/records.js';
import type { Registry } from '../registry/registry.js';
import type { GoalProposal } from './goal-proposal.js';
import { proposeOffline } from './propose-offline.js';
import { proposeWithLlm } from './propose-with-llm.js';
import { writeProposal } from './write-proposal.js';

/** What the proposer needs to add directives below one directive of the goal tree. */
export interface ProposeGoalsInput {
  workDir: string;
  registry: Registry;
  runId: string;
  config: ForgeConfig;
  directive: Directive;
  examples: ExampleSet;
  best?: CandidateRecord;
  /** decompose: the directive stalled; extend: it is solved (extensions need an LLM). */
  mode: 'decompose' | 'extend';
  model?: LanguageModelV3;
  signal?: AbortSignal;
}

/** A proposal written to disk and registered in the goal tree. */
export interface ProposedGoal {
  proposal: GoalProposal;
  file: string;
}

/** How many ancestors a directive has in the registry's goal tree. */
export function goalDepth(registry: Registry, id: string): number {
  let depth = 0;
  for (let parent = registry.getDirective(id)?.parent; parent && depth < 64; parent = registry.getDirective(parent)?.parent) depth += 1;
  return depth;
}

async function candidates(input: ProposeGoalsInput): Promise<GoalProposal[]> {
  const { directive, examples, best, mode, model, registry, runId } = input;
  const offline = (): GoalProposal[] => (mode === 'decompose' ? proposeOffline(directive, examples, best, input.config.autonomy.min_cluster_cases) : []);
  if (!model) return offline();
  try {
    const { proposals, dropped } = await proposeWithLlm(model, { directive, examples, best, mode, signal: input.signal });
    if (dropped.length > 0) registry.recordEvent({ runId, directiveId: directive.id, kind: 'goal-proposals-dropped', data: { dropped } });
    return proposals.length > 0 ? proposals : offline();
  } catch (error) {
    registry.recordEvent({ runId, directiveId: directive.id, kind: 'goal-proposer-failed', data: { message: (error as Error).message, fallback: 'offline' } });
    return offline();
  }
}

/**
 * Proposes new directives below `directive` (decomposition or curriculum when it stalls, extensions when it is solved),
 * writes each as a directive file under .hephaestus/proposed/, registers it in the goal tree with its parent, and
 * records a `goal-proposed` event saying why. Ids already in the registry and proposals past `autonomy.max_depth` are
 * skipped, so a directive is decomposed the same way only once.
 */
export async function proposeGoals(input: ProposeGoalsInput): Promise<ProposedGoal[]> {
  const { registry, directive, runId } = input;
  if (goalDepth(registry, directive.id) + 1 > input.config.autonomy.max_depth) return [];
  const parentPriority = registry.getDirective(directive.id)?.priority ?? directive.priority;
  const proposed: ProposedGoal[] = [];
  for (const proposal of await candidates(input)) {
    if (registry.getDirective(proposal.id)) continue;
    // Sub-goals are worked before their parent (their solutions feed it); extensions after it.
    const priority = Number((parentPriority * (proposal.kind === 'llm-extend' ? 0.8 : 1.5)).toFixed(4));
    const file = writeProposal(input.workDir, proposal, directive, priority);
    const loaded = loadDirective(file);
    registry.upsertDirective({ id: loaded.id, file, goal: loaded.goal, signature: loaded.signature, json: JSON.stringify(loaded), parent: directive.id, priority, status: 'open' });
    registry.recordEvent({
      runId,
      directiveId: loaded.id,
      kind: 'goal-proposed',
      data: { id: loaded.id, parent: directive.id, kind: proposal.kind, why: proposal.why, file, train: proposal.train.length, test: proposal.test.length, priority },
    });
    proposed.push({ proposal, file });
  }
  return proposed;
}
