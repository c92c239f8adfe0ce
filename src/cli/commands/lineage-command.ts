import type { Command } from 'commander';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import { lineageJson, lineageMermaid } from '../../visualizer/lineage-mermaid.js';
import { withRegistry } from '../open-existing-registry.js';
import { workDirOf } from '../work-dir.js';

/** Registers `lineage`: a directive's family tree of candidates. */
export function registerLineageCommand(program: Command): void {
  program
    .command('lineage')
    .description("print a directive's lineage of candidates")
    .argument('<directive-id>', 'the directive')
    .option('--format <format>', 'mermaid or json', 'mermaid')
    .action((directiveId: string, flags: { format: string }, command: Command) => {
      if (!['mermaid', 'json'].includes(flags.format)) command.error(`--format must be mermaid or json, got "${flags.format}"`);
      const lineage = withRegistry(workDirOf(command), (registry) => {
        if (!registry.getDirective(directiveId)) throw new HephaestusError('NOT_FOUND', `no directive "${directiveId}" in the registry`);
        return registry.lineage(directiveId);
      });
      process.stdout.write(flags.format === 'json' ? `${JSON.stringify(lineageJson(lineage), null, 2)}\n` : lineageMermaid(lineage));
    });
}
