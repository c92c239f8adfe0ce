import type { Command } from 'commander';
import { resolve } from 'node:path';
import { commandPrefix } from '../command-prefix.js';
import { printJson } from '../print-json.js';
import { describeFailingCase } from '../describe-failing-case.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { EXIT_CODES, evaluateModule } from '../../index.js';

/** Registers `eval`: scores one module in the sandbox against a directive. */
export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('build and score one module in the sandbox against a directive and record it in the registry (exit 0 when it solves it, 1 when not)')
    .argument('<directive>', 'directive JSON file')
    .argument('<module>', 'TypeScript module whose default export implements the signature')
    .option('--json', 'print one JSON object (solved, trainPassRate, testPassRate, score, metrics, ...)')
    .action(async (directiveFile: string, moduleFile: string, flags: { json?: boolean }, command: Command) => {
      const verdict = await evaluateModule({ workDir: workDirOf(command), directiveFile: resolve(directiveFile), moduleFile: resolve(moduleFile), record: true });
      const evaluation = verdict.evaluation;
      if (flags.json) {
        const { evaluation: _omit, recorded: _recorded, ...rest } = verdict;
        const extra = evaluation ? { status: evaluation.status, failingCases: evaluation.failingCases, notes: evaluation.notes } : { status: 'build-failed' };
        printJson({ ...rest, ...extra, ...verdict.recorded });
      } else {
        // Failing cases, notes and build errors carry what the candidate returned or threw: printLines escapes them.
        // The printed score counts the held-out test cases; the forge's own (train-only) score is named when it differs.
        const forge = verdict.trainScore.toFixed(4) === verdict.score.toFixed(4) ? '' : `  (forge score, train only: ${verdict.trainScore.toFixed(4)})`;
        const out = [`${verdict.directiveId}: ${verdict.solved ? 'SOLVED' : 'not solved'}  score ${verdict.score.toFixed(4)}${forge}`];
        if (evaluation) {
          out.push(`  train ${evaluation.train.passed}/${evaluation.train.total}  test ${evaluation.test.passed}/${evaluation.test.total}  (${evaluation.status})`);
          for (const failing of evaluation.failingCases.slice(0, 5)) {
            out.push(`  ${describeFailingCase(failing)}`);
          }
          for (const note of evaluation.notes.slice(0, 20)) out.push(`  note: ${note}`);
          if (evaluation.notes.length > 20) out.push(`  … ${evaluation.notes.length - 20} more notes (hephaestus show)`);
        }
        for (const error of verdict.buildErrors) out.push(`  build ${error.stage}${error.line ? ` line ${error.line}` : ''}: ${error.message}`);
        if (verdict.recorded) out.push(`  recorded as candidate ${verdict.recorded.candidateId} of run ${verdict.recorded.runId}${verdict.recorded.flags.length ? `, flagged: ${verdict.recorded.flags.join(', ')}` : ''}`);
        const promoted = verdict.recorded?.promoted;
        if (promoted === 'node-written') out.push(`  the directive is solved (version ${verdict.recorded?.version}): module written to nodes/${verdict.directiveId}/`);
        if (promoted === 'awaiting-approval') out.push(`  the directive is solved (version ${verdict.recorded?.version}), awaiting approval: ${commandPrefix(workDirOf(command))} approve ${verdict.recorded?.candidateId}`);
        printLines(out);
      }
      process.exitCode = verdict.solved ? EXIT_CODES.ok : EXIT_CODES.failure;
    });
}
