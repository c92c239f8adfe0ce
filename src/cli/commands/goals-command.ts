import type { Command } from 'commander';
import { registryExists, withRegistry } from '../open-existing-registry.js';
import { printJson } from '../print-json.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { buildGoalTree, formatGoalTree } from '../../index.js';

/** Registers `goals`: the goal tree (directives with parent, priority weight, status and why each was proposed). */
export function registerGoalsCommand(program: Command): void {
  program
    .command('goals')
    .description('show the goal tree: every directive with its parent, priority weight, status and why it was proposed')
    .option('--json', 'print JSON: { goals: [{ id, parent, goal, priority, status, children, proposedBy, why }] }')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const workDir = workDirOf(command);
      const found = !registryExists(workDir)
        ? { directives: [], proposals: [] }
        : withRegistry(workDir, (registry) => ({ directives: registry.listDirectives(), proposals: registry.listEvents({ kind: 'goal-proposed' }) }));
      const why = new Map(found.proposals.map((e) => [e.directiveId, { proposedBy: String(e.data.kind), why: String(e.data.why) }]));
      if (flags.json) {
        const goals = found.directives.map((d) => ({
          id: d.id,
          parent: d.parent ?? null,
          goal: d.goal,
          priority: d.priority,
          status: d.status,
          children: found.directives.filter((c) => c.parent === d.id).map((c) => c.id),
          ...(why.get(d.id) ?? { proposedBy: 'user', why: null }),
        }));
        printJson({ goals });
        return;
      }
      // Proposed goals may be an LLM's words: printLines shows any control character instead of acting on it.
      printLines(found.directives.length === 0 ? ['no goals yet'] : formatGoalTree(buildGoalTree(found.directives)));
    });
}
