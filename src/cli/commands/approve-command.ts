import type { Command } from 'commander';
import { findCandidate } from '../find-candidate.js';
import { withRegistry } from '../open-existing-registry.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { HephaestusError, lastPromotion, writeNodeModule } from '../../index.js';

/** Registers `approve <candidate-or-directive-id>`: promotes a solution waiting for approval to nodes/. */
export function registerApproveCommand(program: Command): void {
  program
    .command('approve')
    .description("write a solved candidate to nodes/ (a directive id approves the solution its current version is waiting on, else that version's best)")
    .argument('<id>', 'a candidate id (or a unique prefix of 6+ characters) or a directive id')
    .action(async (id: string, _flags: unknown, command: Command) => {
      const workDir = workDirOf(command);
      const line = withRegistry(workDir, (registry) => {
        const last = lastPromotion(registry, id);
        const waiting = last?.kind === 'awaiting-approval' ? last.candidateId : undefined;
        const candidate = registry.getCandidate(id) ?? registry.getCandidate(waiting ?? '') ?? registry.best(id) ?? findCandidate(registry, id);
        if (!candidate) throw new HephaestusError('NOT_FOUND', `no candidate or directive "${id}" with a candidate to approve`);
        const directive = registry.getDirective(candidate.directiveId);
        if (!directive) throw new HephaestusError('NOT_FOUND', `candidate ${candidate.id} belongs to unknown directive ${candidate.directiveId}`);
        // nodes/ holds solutions of the directive as it is now: an unsolved module or an older version's answer is refused.
        if (candidate.status !== 'solved') {
          throw new HephaestusError('INVALID_INPUT', `candidate ${candidate.id} is ${candidate.status}, not solved: nodes/ holds solutions only (output.unsolved_dir in config/forge_config.json keeps the best unsolved module elsewhere)`, { field: 'id' });
        }
        if ((candidate.version ?? 1) !== (directive.version ?? 1)) {
          throw new HephaestusError('INVALID_INPUT', `candidate ${candidate.id} solves version ${candidate.version ?? 1} of ${directive.id}, which has changed since: its current version is ${directive.version ?? 1}`, { field: 'id' });
        }
        const name = (JSON.parse(directive.json) as { name?: string }).name;
        const path = writeNodeModule(workDir, { id: directive.id, name }, candidate);
        // An approved solution solves the directive; a human's pause stays until resume-goal.
        if (directive.status !== 'solved' && directive.status !== 'paused') registry.setDirectiveStatus(directive.id, 'solved');
        registry.recordEvent({ runId: candidate.runId, directiveId: directive.id, candidateId: candidate.id, kind: 'approved', data: { by: 'human', path, score: candidate.score, version: candidate.version ?? 1 } });
        return `approved ${candidate.id} (${directive.id} version ${directive.version ?? 1}, score ${candidate.score.toFixed(4)}): ${path}`;
      });
      printLines([line]);
    });
}
