// The transfer benchmark: `npm run bench:transfer -- [--seeds N] [--families a,b] [--population P] [--generations G] [--cycles C] [--out FILE]`.
import { resolve } from 'node:path';
import { Command } from 'commander';
import { positive } from './positive-option.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { measureTarget, type TransferSettings } from './transfer/measure-transfer.js';
import { TRANSFER_FAMILIES } from './transfer/transfer-families.js';
import { transferTable, type FamilyResult } from './transfer/transfer-report.js';

const program = new Command()
  .name('bench:transfer')
  .description('Program executions to solve a directive from scratch, after related ones through the memory only, and with their modules as building blocks')
  .option('--seeds <n>', 'seeds per family and condition', positive('--seeds'), 5)
  .option('--families <list>', `comma-separated families (${TRANSFER_FAMILIES.map((f) => f.name).join(', ')})`)
  .option('--population <n>', 'offline engine population', positive('--population'), 300)
  .option('--generations <n>', 'generations per forge cycle', positive('--generations'), 5)
  .option('--cycles <n>', 'forge cycles per directive', positive('--cycles'), 20)
  .option('--out <file>', 'markdown report', resolve(import.meta.dirname, 'results', 'transfer.md'))
  .parse();
const opts = program.opts<{ seeds: number; families?: string; population: number; generations: number; cycles: number; out: string }>();
const wanted = opts.families?.split(',').map((f) => f.trim()) ?? TRANSFER_FAMILIES.map((f) => f.name);
const families = TRANSFER_FAMILIES.filter((f) => wanted.includes(f.name));
if (families.length === 0) program.error(`--families names none of ${TRANSFER_FAMILIES.map((f) => f.name).join(', ')}`);
const settings: TransferSettings = { population: opts.population, generations: opts.generations, cycles: opts.cycles };

const results: FamilyResult[] = [];
const command = `npm run bench:transfer -- ${process.argv.slice(2).join(' ')}`;
const write = (): void => {
  const text = [
    '# Transfer benchmark',
    '',
    `\`${command}\` — ${new Date().toISOString()}, ${opts.seeds} seed(s) per condition, offline engine (population ${settings.population}, ${settings.generations} generations per cycle, at most ${settings.cycles} cycles per directive).`,
    '',
    'Through the product path: each attempt is a `hephaestus run` (startRun) of the target directive in a temporary work directory.',
    'Scratch: the target alone. Memory only: the related directives are forged first (their modules land in nodes/, their candidates',
    "in the memory, which seeds the target's population), and the target's directive closes nodes/ to it (`library: { use: [] }`).",
    'With library: the same, with nodes/ open, so the related solution is also offered as a typed primitive (a building block).',
    '',
    transferTable(results),
    '',
  ].join('\n');
  writeFileAtomic(opts.out, text);
};
for (const family of families) {
  const result: FamilyResult = { family: family.name, target: family.target.id, seeds: [] };
  results.push(result);
  for (let seed = 1; seed <= opts.seeds; seed++) {
    const costs = await measureTarget(family, seed, settings);
    result.seeds.push({ seed, costs });
    for (const [condition, cost] of Object.entries(costs)) {
      console.error(`${family.name} seed ${seed} ${condition}: ${cost.solved ? 'solved' : 'not solved'}, ${cost.executions} executions${cost.usedLibrary ? ', uses a block' : ''}`);
    }
    write();
  }
}
console.log(transferTable(results));
