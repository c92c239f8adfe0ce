import type { Command } from 'commander';
import { registryExists, withRegistry } from '../open-existing-registry.js';
import { printJson } from '../print-json.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { lastPromotion, type Registry } from '../../index.js';

/** Registers `status`: each run's state and, for a stopped run, why it stopped. */
export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description("show each run's state, its directives' best scores and, for a stopped run, the stop's reason")
    .option('--json', 'print JSON')
    .action((flags: { json?: boolean }, command: Command) => {
      const workDir = workDirOf(command);
      const rows = !registryExists(workDir) ? [] : withRegistry(workDir, (registry) =>
        registry.listRuns().map((run) => ({
          id: run.id,
          status: run.status,
          engine: run.engine,
          seed: run.seed,
          startedAt: run.startedAt,
          endedAt: run.endedAt,
          stop: run.stop ? { reason: run.stop.reason, detail: run.stop.detail, at: run.stop.at } : undefined,
          directives: run.directiveIds.map((id) => {
            const best = registry.best(id);
            return { id, status: registry.getDirective(id)?.status ?? 'open', candidates: registry.countCandidates(id, run.id), bestCandidateId: best?.id, bestScore: best?.score, ...promotionOf(registry, id) };
          }),
        })),
      );
      if (flags.json) {
        printJson({ runs: rows });
        return;
      }
      const out = rows.length === 0 ? ['no runs yet'] : [];
      for (const run of rows) {
        const stop = run.stop ? ` — stopped: ${run.stop.reason}: ${run.stop.detail}` : '';
        out.push(`${run.id}  ${run.status}  engine=${run.engine} seed=${run.seed}${stop}`);
        for (const d of run.directives) {
          out.push(`  ${d.id}  ${d.status}  ${d.candidates} candidates  best ${d.bestCandidateId ?? '—'} ${d.bestScore?.toFixed(4) ?? ''}`);
          out.push(`    promoted: ${d.promoted ? `${d.promoted.candidateId} (${d.promoted.kind}, score ${scoreText(d.promoted.score)})` : 'nothing'}`);
          if (d.refused) out.push(`    not promoted: ${d.refused.candidateId} (score ${scoreText(d.refused.score)}): ${d.refused.objections.join('; ')}`);
        }
      }
      printLines(out);
    });
}

/** What nodes/ holds for a directive, and the last candidate the custodian refused to promote since then. */
function promotionOf(registry: Registry, directiveId: string): { promoted?: { candidateId?: string; kind: string; score: unknown }; refused?: { candidateId?: string; score: unknown; objections: string[] } } {
  const promoted = lastPromotion(registry, directiveId);
  const refused = registry.listEvents({ directiveId, kind: 'promotion-refused', limit: 1 }).at(-1);
  const objections = Array.isArray(refused?.data.objections) ? refused.data.objections.map(String) : [];
  return {
    promoted: promoted && { candidateId: promoted.candidateId, kind: promoted.kind, score: promoted.data.score },
    refused: refused && (refused.id ?? 0) > (promoted?.id ?? 0) ? { candidateId: refused.candidateId, score: refused.data.score, objections } : undefined,
  };
}

const scoreText = (score: unknown): string => (typeof score === 'number' ? score.toFixed(4) : String(score));
