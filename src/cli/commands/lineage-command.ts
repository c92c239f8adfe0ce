import type { Command } from 'commander';
import { withRegistry } from '../open-existing-registry.js';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { HephaestusError, flaggedCandidates, lineageHtml, lineageJson, lineageMermaid, terminalSafeJson } from '../../index.js';

const FORMATS = ['mermaid', 'html', 'json'];

/** Registers `lineage`: a directive's family tree of candidates as mermaid, a standalone html page, or json. */
export function registerLineageCommand(program: Command): void {
  program
    .command('lineage')
    .description("print a directive's lineage of candidates")
    .argument('<directive-id>', 'the directive')
    .option('--format <format>', 'mermaid, html (one standalone file, no network) or json', 'mermaid')
    .action((directiveId: string, flags: { format: string }, command: Command) => {
      if (!FORMATS.includes(flags.format)) command.error(`--format must be mermaid, html or json, got "${flags.format}"`);
      const output = withRegistry(workDirOf(command), (registry) => {
        const directive = registry.getDirective(directiveId);
        if (!directive) throw new HephaestusError('NOT_FOUND', `no directive "${directiveId}" in the registry`);
        const lineage = registry.lineage(directiveId);
        if (flags.format === 'json') return terminalSafeJson(lineageJson(lineage), 2, false);
        if (flags.format === 'mermaid') return lineageMermaid(lineage);
        const flagged = new Set(flaggedCandidates(registry, directiveId).keys());
        return lineageHtml({ directiveId, goal: directive.goal }, lineage, flagged);
      });
      printLines([output.replace(/\n$/, '')], { multiline: true, maxChars: Number.POSITIVE_INFINITY });
    });
}
