import type { ForgeConfig } from '../../config/config-schema.js';
import type { Directive } from '../../directive/directive.js';
import { writeNodeModule } from '../../registry/nodes-writer.js';
import type { CandidateRecord } from '../../registry/records.js';
import type { Registry } from '../../registry/registry.js';

/** Where a promotion happens: the project, its registry and config, the directive and the run (or eval) promoting. */
export interface PromotionSite {
  registry: Registry;
  workDir: string;
  config: ForgeConfig;
  directive: Pick<Directive, 'id' | 'name' | 'requireApproval'>;
  runId: string;
}

/**
 * Records a candidate judged clean and better than the last promoted one. Only a solved candidate reaches nodes/
 * (`node-written`), or, when the directive requires approval, waits for `hephaestus approve` (`awaiting-approval`).
 * An unsolved one stays in the registry as the best so far (`kept-unsolved`: `show` and `status` point to it), and is
 * written to `output.unsolved_dir`, marked unsolved, only when that is configured. Returns the event kind recorded.
 */
export function promoteCandidate(site: PromotionSite, candidate: CandidateRecord): 'node-written' | 'awaiting-approval' | 'kept-unsolved' {
  const { registry, directive } = site;
  const record = (kind: ReturnType<typeof promoteCandidate>, data: Record<string, unknown>): typeof kind => {
    const facts = { score: candidate.score, version: candidate.version ?? 1, solved: candidate.status === 'solved', ...data };
    registry.recordEvent({ runId: site.runId, directiveId: directive.id, candidateId: candidate.id, kind, data: facts });
    return kind;
  };
  if (candidate.status !== 'solved') {
    const dir = site.config.output.unsolved_dir ?? undefined;
    return record('kept-unsolved', dir === undefined ? {} : { path: writeNodeModule(site.workDir, directive, candidate, dir) });
  }
  if (directive.requireApproval) return record('awaiting-approval', {});
  return record('node-written', { path: writeNodeModule(site.workDir, directive, candidate) });
}
