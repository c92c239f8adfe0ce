import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { printLines } from '../print-lines.js';
import { workDirOf } from '../work-dir.js';
import { CONFIG_PATH, forgeConfigSchema, HephaestusError, writeFileAtomic } from '../../index.js';

const EXAMPLE_CASES = [
  [3, 4],
  [-2, 10],
  [0, 0],
  [17, -5],
  [100, 23],
  [-8, -9],
];

/** Registers `init`: writes a default config and a small example directive with its cases. */
export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('write config/forge_config.json and an example directive (directives/example/)')
    .option('--force', 'overwrite existing files')
    .action((flags: { force?: boolean }, command: Command) => {
      const workDir = workDirOf(command);
      const files: [string, string][] = [
        [CONFIG_PATH, `${JSON.stringify(forgeConfigSchema.parse({}), null, 2)}\n`],
        [join('directives', 'example', 'directive.json'), `${JSON.stringify(exampleDirective(), null, 2)}\n`],
        [join('directives', 'example', 'train.jsonl'), cases(EXAMPLE_CASES.slice(0, 4))],
        [join('directives', 'example', 'test.jsonl'), cases(EXAMPLE_CASES.slice(4))],
      ];
      const existing = files.filter(([path]) => existsSync(join(workDir, path))).map(([path]) => path);
      if (existing.length > 0 && !flags.force) {
        throw new HephaestusError('INVALID_INPUT', `${existing.join(', ')} already exist(s); use --force to overwrite`, { file: existing[0] });
      }
      for (const [path, text] of files) writeFileAtomic(join(workDir, path), text);
      printLines([`wrote ${files.map(([path]) => path).join(', ')}`, 'next: hephaestus run directives/example/directive.json']);
    });
}

function exampleDirective(): object {
  return {
    id: 'example-abs-difference',
    goal: 'Return the absolute difference between two integers.',
    signature: '(a: number, b: number) => number',
    evaluator: { kind: 'examples', train: 'train.jsonl', test: 'test.jsonl' },
    budget: { cycles: 50 },
  };
}

function cases(rows: number[][]): string {
  return rows.map(([a, b]) => JSON.stringify({ input1: a, input2: b, output1: Math.abs(a - b) })).join('\n') + '\n';
}
