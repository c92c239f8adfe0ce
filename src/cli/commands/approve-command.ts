import type { Command } from 'commander';
import { findCandidate } from '../find-candidate.js';
import { withRegistry } from '../open-existing-registry.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { HephaestusError, writeNodeModule } from '../../index.js';

/** Registers `approve <candidate-or-directive-id>`: promotes a result waiting for approval to nodes/. */
export function registerApproveCommand(program: Command): void {
  program
    .command('approve')
    .description('write a candidate to nodes/ (a directive id approves the candidate it is waiting on, else its best)')
    .argument('<id>', 'a candidate id (or a unique prefix of 6+ characters) or a directive id')
    .action(async (id: string, _flags: unknown, command: Command) => {
      const workDir = workDirOf(command);
      const line = withRegistry(workDir, (registry) => {
        const waiting = registry.listEvents({ directiveId: id, kind: 'awaiting-approval' }).at(-1)?.candidateId;
        const candidate = registry.getCandidate(id) ?? registry.getCandidate(waiting ?? '') ?? registry.best(id) ?? findCandidate(registry, id);
        if (!candidate) throw new HephaestusError('NOT_FOUND', `no candidate or directive "${id}" with a candidate to approve`);
        if (candidate.status !== 'evaluated' && candidate.status !== 'solved') {
          throw new HephaestusError('INVALID_INPUT', `candidate ${candidate.id} is ${candidate.status}: only evaluated or solved candidates can be approved`, { field: 'id' });
        }
        const directive = registry.getDirective(candidate.directiveId);
        if (!directive) throw new HephaestusError('NOT_FOUND', `candidate ${candidate.id} belongs to unknown directive ${candidate.directiveId}`);
        const name = (JSON.parse(directive.json) as { name?: string }).name;
        const path = writeNodeModule(workDir, { id: directive.id, name }, candidate);
        if (directive.status === 'flagged' && candidate.status === 'solved') registry.setDirectiveStatus(directive.id, 'solved');
        registry.recordEvent({ runId: candidate.runId, directiveId: directive.id, candidateId: candidate.id, kind: 'approved', data: { by: 'human', path, score: candidate.score } });
        return `approved ${candidate.id} (${directive.id}, score ${candidate.score.toFixed(4)}): ${path}`;
      });
      printLines([line]);
    });
}
