// The transfer benchmark: `npm run bench:transfer -- [--seeds N] [--families a,b] [--population P] [--generations G] [--cycles C] [--out FILE]`.
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { writeFileAtomic } from '../src/util/atomic-write.js';
import { measureTarget, type TransferSettings } from './transfer/measure-transfer.js';
import { TRANSFER_FAMILIES } from './transfer/transfer-families.js';
import { transferTable, type FamilyResult } from './transfer/transfer-report.js';

const positive = (flag: string) => (text: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} must be a positive integer`);
  return n;
};

const program = new Command()
  .name('bench:transfer')
  .description('Program executions to solve a directive after related ones were solved (nodes/ + memory) vs from scratch')
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
    'From scratch: the target directive alone in a fresh work directory. With transfer: the related directives are forged first',
    'in the same work directory (their modules in nodes/, their candidates in the memory), then the target; the memory',
    "recalls their solutions as the target's inspirations, which seed the offline engine's population.",
    '',
    transferTable(results),
    '',
  ].join('\n');
  writeFileAtomic(opts.out, text);
};
for (const family of families) {
  const result: FamilyResult = { family: family.name, target: family.target.id, scratch: [], transfer: [] };
  results.push(result);
  for (let seed = 1; seed <= opts.seeds; seed++) {
    for (const withTransfer of [false, true]) {
      const cost = await measureTarget(family, seed, withTransfer, settings);
      (withTransfer ? result.transfer : result.scratch).push(cost);
      console.error(`${family.name} seed ${seed} ${withTransfer ? 'transfer' : 'scratch'}: ${cost.solved ? 'solved' : 'not solved'}, ${cost.executions} executions, ${cost.evaluations} evaluations, ${cost.noveltyRejected} novelty-rejected`);
    }
    write();
  }
}
console.log(transferTable(results));
console.error(`written to ${opts.out}`);
