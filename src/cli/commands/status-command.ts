import type { Command } from 'commander';
import { registryExists, withRegistry } from '../open-existing-registry.js';
import { workDirOf } from '../work-dir.js';

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
            return { id, status: registry.getDirective(id)?.status ?? 'open', candidates: registry.countCandidates(id, run.id), bestCandidateId: best?.id, bestScore: best?.score };
          }),
        })),
      );
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ runs: rows }, null, 2)}\n`);
        return;
      }
      if (rows.length === 0) process.stdout.write('no runs yet\n');
      for (const run of rows) {
        const stop = run.stop ? ` — stopped: ${run.stop.reason}: ${run.stop.detail}` : '';
        process.stdout.write(`${run.id}  ${run.status}  engine=${run.engine} seed=${run.seed}${stop}\n`);
        for (const d of run.directives) {
          process.stdout.write(`  ${d.id}  ${d.status}  ${d.candidates} candidates  best ${d.bestCandidateId ?? '—'} ${d.bestScore?.toFixed(4) ?? ''}\n`);
        }
      }
    });
}
