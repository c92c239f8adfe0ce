import type { Command } from 'commander';
import { findCandidate } from '../find-candidate.js';
import { withRegistry } from '../open-existing-registry.js';
import { printJson } from '../print-json.js';
import { describeFailingCase } from '../describe-failing-case.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { HephaestusError } from '../../index.js';

/** Registers `show`: one candidate with its code, ancestry, metrics and artifacts. */
export function registerShowCommand(program: Command): void {
  program
    .command('show')
    .description("show a candidate: code, parents, metrics, failing cases and errors (a directive id shows its current version's best)")
    .argument('<candidate-id>', 'the candidate (its id or a unique prefix of 6+ characters), or a directive id')
    .option('--json', 'print JSON')
    .action((candidateId: string, flags: { json?: boolean }, command: Command) => {
      const { candidate, credit, bestOf } = withRegistry(workDirOf(command), (registry) => {
        const directive = registry.getCandidate(candidateId) ? undefined : registry.getDirective(candidateId);
        const found = directive ? registry.best(directive.id) : findCandidate(registry, candidateId);
        if (!found) throw new HephaestusError('NOT_FOUND', directive ? `directive ${directive.id} has no usable candidate in its current version` : `no candidate "${candidateId}" in the registry`);
        return { candidate: found, credit: registry.ancestryCredit(found.id), bestOf: directive };
      });
      if (flags.json) {
        printJson({ ...candidate, ancestryCredit: credit });
        return;
      }
      const out: string[] = bestOf ? [`best candidate of directive ${bestOf.id} version ${bestOf.version ?? 1}${candidate.status === 'solved' ? '' : ' (not solved: it is not in nodes/)'}`] : [];
      out.push(
        `candidate ${candidate.id}  (${candidate.status}, score ${candidate.score.toFixed(4)}, ancestry credit ${credit.toFixed(4)})`,
        `directive ${candidate.directiveId} version ${candidate.version ?? 1}  run ${candidate.runId}  cycle ${candidate.cycle}`,
        `engine ${candidate.engine}  operator ${candidate.operator}${candidate.promptVariant ? `  prompt ${candidate.promptVariant}` : ''}${candidate.model ? `  model ${candidate.model}` : ''}`,
        `parents ${candidate.parents.join(', ') || '—'}`,
        ...(candidate.uses ?? []).map((use) => `uses the solution of directive ${use.directiveId} (candidate ${use.candidateId}, from nodes/)`),
        `metrics ${Object.entries(candidate.metrics).map(([k, v]) => `${k}=${Number(v.toFixed(4))}`).join(' ')}`,
      );
      for (const error of candidate.artifacts.buildErrors ?? []) out.push(`build ${error.stage}${error.line ? ` line ${error.line}` : ''}: ${error.message}`);
      for (const failing of candidate.artifacts.failingCases?.slice(0, 10) ?? []) {
        out.push(describeFailingCase(failing));
      }
      for (const note of candidate.artifacts.notes ?? []) out.push(`note: ${note}`);
      if (candidate.artifacts.truncated) out.push('note: artifacts were cut to the registry\'s 64 KB cap when recorded');
      printLines([...out, '']);
      // The code keeps its line breaks and tabs; any other control character in it is shown, not acted on.
      printLines([candidate.code], { multiline: true, maxChars: 65_536 });
    });
}
