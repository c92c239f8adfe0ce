import type { Command } from 'commander';
import { withRegistry } from '../open-existing-registry.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { HephaestusError, type DirectiveRecord } from '../../index.js';

// A human override is an event of the latest run (or of no run), so it shows beside the custodian's own steps.
function setStatus(workDir: string, id: string, status: DirectiveRecord['status'], from: DirectiveRecord['status'][] | undefined, kind: string): string {
  return withRegistry(workDir, (registry) => {
    const directive = registry.getDirective(id);
    if (!directive) throw new HephaestusError('NOT_FOUND', `no directive "${id}" in the goal tree (see hephaestus goals)`);
    if (from && !from.includes(directive.status)) {
      const fresh = directive.status === 'solved' ? ` (hephaestus run --fresh <directive.json> searches again as a new version; a changed directive file does so by itself)` : '';
      throw new HephaestusError('INVALID_INPUT', `directive ${id} is ${directive.status}; only a ${from.join(', ')} directive can be resumed${fresh}`, { field: 'id' });
    }
    registry.setDirectiveStatus(id, status);
    registry.recordEvent({ runId: registry.latestRun()?.id ?? 'none', directiveId: id, kind, data: { by: 'human', from: directive.status, to: status } });
    return `${id}: ${directive.status} → ${status}`;
  });
}

/** Registers `pause <id>` and `resume-goal <id>`: human overrides of a directive's place in the goal tree. */
export function registerGoalStatusCommands(program: Command): void {
  program
    .command('pause')
    .description('pause a directive: a running forge halts it at the end of the cycle, and no run picks it up until resume-goal')
    .argument('<directive-id>')
    .action((id: string, _flags: unknown, command: Command) => {
      printLines([setStatus(workDirOf(command), id, 'paused', undefined, 'goal-paused')]);
    });
  program
    .command('resume-goal')
    .description('release a paused, flagged or stalled directive: it is open again for the next run')
    .argument('<directive-id>')
    .action((id: string, _flags: unknown, command: Command) => {
      printLines([setStatus(workDirOf(command), id, 'open', ['paused', 'flagged', 'stalled'], 'goal-resumed')]);
    });
}
