import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { registryExists } from '../open-existing-registry.js';
import { printJson } from '../print-json.js';
import { printLines } from '../print-lines.js';
import { integerFlag, workDirOf } from '../work-dir.js';
import { loadConfig, openMemory, resolveEmbedder } from '../../index.js';

const KINDS = ['candidate', 'directive', 'lesson'];

/** Registers `recall "<text>"`: the memory's nearest candidates, directives and lessons to a text. */
export function registerRecallCommand(program: Command): void {
  program
    .command('recall')
    .description('search the memory (code, goals and lessons of every run) for the items nearest to a text')
    .argument('<text>', 'code or words to look for')
    .option('--kind <kind>', 'only candidate(s), directive(s) or lesson(s)', (value: string) => {
      // The help names the plurals, so both spellings are taken; the memory stores the singular.
      const kind = value.endsWith('s') ? value.slice(0, -1) : value;
      if (!KINDS.includes(kind)) throw new InvalidArgumentError(`--kind must be one of ${KINDS.join(', ')} (or their plurals), got "${value}"`);
      return kind;
    })
    .option('--limit <n>', 'how many items', integerFlag('--limit'), 5)
    .option('--json', 'print JSON')
    .action(async (text: string, flags: { kind?: 'candidate' | 'directive' | 'lesson'; limit: number; json?: boolean }, command: Command) => {
      const workDir = workDirOf(command);
      let hits: Awaited<ReturnType<ReturnType<typeof openMemory>['recall']>> = [];
      if (registryExists(workDir)) {
        const memory = openMemory(workDir, resolveEmbedder(loadConfig(workDir)));
        try {
          hits = await memory.recall(text, { kind: flags.kind, limit: flags.limit });
        } finally {
          memory.close();
        }
      }
      if (flags.json) {
        printJson({ hits });
        return;
      }
      if (hits.length === 0) printLines(['nothing remembered yet']);
      for (const hit of hits) {
        const score = hit.score === undefined ? '' : ` score ${hit.score.toFixed(4)}`;
        // Remembered text is candidate code: each of its lines is escaped and cut like any other printed line.
        printLines([`${hit.similarity.toFixed(3)}  ${hit.kind} ${hit.ref}${hit.directiveId ? ` (${hit.directiveId})` : ''}${score}`, ...hit.text.split('\n').slice(0, 6).map((l) => `    ${l}`)]);
      }
    });
}
