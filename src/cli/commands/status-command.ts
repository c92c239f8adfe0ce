import type { Command } from 'commander';
import { commandPrefix } from '../command-prefix.js';
import { registryExists, withRegistry } from '../open-existing-registry.js';
import { printJson } from '../print-json.js';
import { printLines } from '../print-lines.js';
import { type DirectiveRow, type StatusReport, statusReport } from '../status-report.js';
import { workDirOf } from '../work-dir.js';

/** Registers `status`: forge runs and why they stopped, eval runs apart, and each directive's current version. */
export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description("show each forge run's state and stop, the eval runs, and each directive's current version, what nodes/ holds for it and its best candidate")
    .option('--json', 'print JSON ({ runs, evals, directives })')
    .action((flags: { json?: boolean }, command: Command) => {
      const workDir = workDirOf(command);
      const report: StatusReport = !registryExists(workDir) ? { runs: [], evals: [], directives: [] } : withRegistry(workDir, statusReport);
      if (flags.json) {
        printJson(report);
        return;
      }
      const out = report.runs.length + report.evals.length === 0 ? ['no runs yet'] : [];
      for (const run of report.runs) {
        const stop = run.stop ? ` — stopped: ${run.stop.reason}: ${run.stop.detail}` : '';
        out.push(`${run.id}  ${run.status}  engine=${run.engine} seed=${run.seed}${stop}`);
        for (const d of run.directives) out.push(`  ${d.id}  ${d.candidates} candidates${d.versions.length ? ` (version ${d.versions.join(', ')})` : ''}`);
      }
      if (report.evals.length > 0) out.push('eval runs (hephaestus eval):');
      for (const e of report.evals) {
        const verdict = e.candidateId ? `candidate ${e.candidateId} version ${e.version}  ${e.status}  score ${scoreText(e.score)}${e.promoted ? `  (${e.promoted})` : ''}` : 'nothing recorded';
        out.push(`  ${e.id}  ${e.directiveId}  ${e.module ?? ''}  ${verdict}`);
      }
      if (report.directives.length > 0) out.push('directives (current version):');
      for (const d of report.directives) out.push(...directiveLines(d, commandPrefix(workDir)));
      printLines(out);
    });
}

// What nodes/ holds for the directive's current version, and the command that gets at what is not there.
function directiveLines(d: DirectiveRow, cli: string): string[] {
  const version = `version ${d.version}${d.fingerprint ? ` (fingerprint ${d.fingerprint})` : ''}`;
  const out = [`  ${d.id}  ${d.status}  ${version}  ${d.candidates} candidates  best ${d.bestCandidateId ?? '—'} ${d.bestScore === undefined ? '' : scoreText(d.bestScore)}`];
  const p = d.promoted;
  if (p?.kind === 'awaiting-approval') out.push(`    solved by ${p.candidateId} (score ${scoreText(p.score)}), awaiting approval: ${cli} approve ${p.candidateId}`);
  else if (p && p.kind !== 'kept-unsolved') out.push(`    promoted: ${p.candidateId} (${p.kind}, score ${scoreText(p.score)})`);
  else out.push('    promoted: nothing');
  if (p?.kind === 'kept-unsolved') out.push(`    best unsolved judged clean: ${p.candidateId} (score ${scoreText(p.score)}), kept in the registry, not in nodes/: ${cli} show ${p.candidateId}`);
  else if (!p && d.bestCandidateId) out.push(`    best so far: ${d.bestCandidateId}: ${cli} show ${d.bestCandidateId}`);
  if (d.refused) out.push(`    not promoted: ${d.refused.candidateId} (score ${scoreText(d.refused.score)}): ${d.refused.objections.join('; ')}`);
  return out;
}

const scoreText = (score: unknown): string => (typeof score === 'number' ? score.toFixed(4) : String(score));
